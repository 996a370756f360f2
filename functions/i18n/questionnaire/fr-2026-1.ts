import type { EditionText } from './types';

/** Édition 2026.1 en français : conservée pour les évaluations répondues dans cette édition. */
let made: EditionText | undefined;

/** Built on first use, with the rest of the FR texts. */
export const frEdition2026_1 = (): EditionText =>
  (made ??= {
    answerRule: 'Choisissez la description qui est vraie aujourd’hui.',
    dimensions: {
      standards: {
        name: 'Standards et méthodologie',
        summary: 'Une façon commune de conduire les projets : méthode, modèles, vocabulaire.',
        quickWin:
          'Convenez d’un modèle de lancement de projet d’une page et d’un vocabulaire commun d’avancement.',
      },
      governance: {
        name: 'Gouvernance et conformité',
        summary: 'Qui décide, sur quels éléments, et si les règles convenues sont respectées.',
        quickWin: 'Nommez un sponsor et un jalon de décision (go / no-go) pour chaque projet en cours.',
      },
      portfolio: {
        name: 'Gestion de portefeuille et alignement stratégique',
        summary: 'Choisir, prioriser et arrêter les projets en cohérence avec la stratégie.',
        quickWin:
          'Dressez une liste unique de tous les projets en cours et proposés, avec leur responsable et leur objectif stratégique.',
      },
      resources: {
        name: 'Gestion des ressources',
        summary: 'Savoir qui travaille sur quoi et partager les personnes rares entre les projets.',
        quickWin: 'Publiez chaque mois une vue simple de qui est affecté à quel projet.',
      },
      reporting: {
        name: 'Suivi de la performance et reporting',
        summary: 'Des données projet fiables et consolidées pour les décisions de la direction.',
        quickWin:
          'Lancez un point d’avancement d’une ligne tous les quinze jours (dans les temps / à risque / en retard) pour chaque projet.',
      },
      'risk-control': {
        name: 'Maîtrise des risques, des problèmes et des changements',
        summary:
          'Des registres et des routines qui détectent tôt les difficultés et maîtrisent le périmètre.',
        quickWin:
          'Donnez à chaque projet un registre partagé des risques et des problèmes, revu à chaque point d’avancement.',
      },
      competencies: {
        name: 'Compétences, formation et accompagnement',
        summary: 'Des chefs de projet compétents et quelqu’un vers qui se tourner.',
        quickWin: 'Associez chaque nouveau chef de projet à un pair expérimenté pour son premier projet.',
      },
      tools: {
        name: 'Outils et information',
        summary: 'Des outils partagés qui rendent visibles le travail et ses données.',
        quickWin:
          'Choisissez un lieu partagé unique pour les plannings, les registres et l’avancement des projets.',
      },
      lifecycle: {
        name: 'Discipline du cycle de vie des projets',
        summary:
          'Des lancements nets, une exécution maîtrisée et une clôture en bonne et due forme avec retour d’expérience.',
        quickWin: 'Tenez un retour d’expérience de 30 minutes à la fin de chaque projet et publiez-le.',
      },
      stakeholders: {
        name: 'Implication des parties prenantes',
        summary: 'Associer et informer les personnes qu’un projet concerne.',
        quickWin:
          'Listez les principales parties prenantes de chaque projet et convenez de comment et à quelle fréquence elles sont informées.',
      },
    },
    questions: {
      'std-method': {
        text: 'Comment les projets sont-ils conduits d’une équipe à l’autre ?',
        levels: [
          'Chaque chef de projet travaille à sa façon ; rien n’est écrit.',
          'Quelques équipes reprennent ce qui a marché, mais de manière informelle.',
          'Une méthode documentée existe et la plupart des projets la suivent.',
          'La méthode est suivie partout ; les écarts sont suivis et approuvés.',
          'La méthode est revue sur des faits et améliorée chaque année.',
        ],
      },
      'std-templates': {
        text: 'Quels modèles les chefs de projet utilisent-ils pour les plannings, l’avancement et la clôture ?',
        levels: [
          'Aucun ; chaque document part d’une page blanche.',
          'Quelques modèles circulent par mail et diffèrent d’une équipe à l’autre.',
          'Un jeu de modèles tenu à jour est publié en un lieu unique.',
          'Les modèles sont obligatoires et leur usage est vérifié.',
          'Les modèles sont affinés à partir des retours des utilisateurs et des résultats des projets.',
        ],
      },
      'std-vocabulary': {
        text: 'Tout le monde entend-il la même chose par « jalon », « risque » ou « terminé » ?',
        levels: [
          'Non ; les termes changent d’un projet à l’autre.',
          'Certaines équipes partagent les termes, d’autres non.',
          'Un glossaire existe et sert dans la plupart des documents de projet.',
          'Les termes sont cohérents dans tous les rapports et tous les outils.',
          'Le langage commun est enseigné aux nouveaux venus et affiné au fil de la pratique.',
        ],
      },
      'std-tailoring': {
        text: 'Comment la démarche est-elle adaptée aux projets petits, grands, agiles ou risqués ?',
        levels: [
          'Il n’y a pas de démarche à adapter.',
          'Les chefs de projet expérimentés l’adaptent d’instinct.',
          'Un guide documenté indique comment adapter la méthode selon le type de projet.',
          'Les choix d’adaptation sont consignés et revus au lancement du projet.',
          'Les règles d’adaptation sont mises à jour à partir des résultats des projets passés.',
        ],
      },
      'gov-decisions': {
        text: 'Comment les décisions de poursuivre ou non (go / no-go) sont-elles prises ?',
        levels: [
          'Les projets démarrent et continuent sans décision formelle.',
          'Les grands projets reçoivent une décision d’un cadre dirigeant, au cas par cas.',
          'Des jalons de décision définis, avec des décideurs désignés, existent pour tous les projets.',
          'Les décisions aux jalons reposent sur des éléments standard et sont consignées.',
          'Les critères des jalons sont ajustés selon ce que les décisions passées ont eu de juste ou de faux.',
        ],
      },
      'gov-roles': {
        text: 'Les rôles de sponsor, de chef de projet et de comité de pilotage sont-ils clairs ?',
        levels: [
          'Les rôles sont flous ; on les découvre quand surgissent les problèmes.',
          'Les rôles sont clairs sur certains projets, en général les grands.',
          'Des descriptions de rôles existent et chaque projet désigne son sponsor.',
          'Chacun est tenu à ses responsabilités, et c’est vérifié.',
          'Les rôles sont revus et ajustés à mesure que l’organisation apprend.',
        ],
      },
      'gov-compliance': {
        text: 'Comment vérifie-t-on que les projets respectent les règles convenues ?',
        levels: [
          'Ce n’est pas vérifié.',
          'Les problèmes n’apparaissent que lorsqu’un projet échoue.',
          'Des revues périodiques examinent les plus grands projets.',
          'Des audits réguliers couvrent tous les projets et leurs constats sont suivis.',
          'Les résultats d’audit font évoluer les règles elles-mêmes.',
        ],
      },
      'gov-escalation': {
        text: 'Que se passe-t-il quand un projet a besoin d’une décision qui dépasse son autorité ?',
        levels: [
          'Il attend, ou quelqu’un contourne la hiérarchie.',
          'L’escalade passe par des contacts personnels.',
          'Un circuit d’escalade documenté existe, avec des délais de réponse.',
          'Les escalades sont suivies et résolues dans les délais convenus.',
          'Les escalades sont analysées pour supprimer les causes récurrentes.',
        ],
      },
      'pf-inventory': {
        text: 'Existe-t-il une liste complète des projets en cours ?',
        levels: [
          'Non ; personne ne sait exactement combien de projets sont en cours.',
          'Chaque direction tient sa propre liste partielle.',
          'Une liste centrale couvre tous les projets et est tenue à jour.',
          'La liste porte des données de coût, de bénéfice et d’avancement utilisées pour décider.',
          'La liste alimente des revues de portefeuille régulières qui rééquilibrent les investissements.',
        ],
      },
      'pf-selection': {
        text: 'Comment les nouveaux projets sont-ils sélectionnés ?',
        levels: [
          'Celui qui demande le plus fort ou le premier obtient un projet.',
          'Les managers approuvent les projets dans la limite de leur propre budget.',
          'Les propositions sont comparées selon des critères communs avant approbation.',
          'Les notes de sélection relient chaque projet aux objectifs stratégiques et à la capacité.',
          'Les critères sont affinés en comparant les bénéfices attendus et obtenus.',
        ],
      },
      'pf-priority': {
        text: 'Quand deux projets sont en concurrence, comment la priorité est-elle tranchée ?',
        levels: [
          'Elle ne l’est pas ; les deux avancent et se heurtent.',
          'Un cadre dirigeant tranche quand le conflit devient visible.',
          'Une liste de priorités classée existe et est partagée.',
          'Les priorités sont revues à un rythme fixe par un comité de portefeuille.',
          'Les priorités évoluent vite, sur des données, quand la stratégie ou la capacité change.',
        ],
      },
      'pf-stop': {
        text: 'Arrête-t-on les projets qui ne sont plus rentables ?',
        levels: [
          'Les projets ne sont presque jamais arrêtés.',
          'Les projets ne s’arrêtent qu’après un échec manifeste.',
          'Les business cases sont revérifiés aux jalons majeurs.',
          'Les projets sont arrêtés ou redimensionnés selon les bénéfices suivis.',
          'Arrêter tôt est vu comme une bonne pratique et les économies sont rapportées.',
        ],
      },
      'res-visibility': {
        text: 'Voyez-vous qui travaille sur quel projet ?',
        levels: [
          'Non ; chacun ne connaît que sa propre charge.',
          'Les responsables hiérarchiques le savent pour leurs équipes.',
          'Une vue partagée des affectations existe entre les équipes.',
          'Affectations et disponibilités sont suivies dans un outil unique, tenu à jour.',
          'Les données d’occupation servent à planifier recrutements et formations.',
        ],
      },
      'res-allocation': {
        text: 'Comment les personnes sont-elles affectées aux projets ?',
        levels: [
          'On prend qui est libre ou volontaire.',
          'Les managers négocient les personnes projet par projet.',
          'Les affectations suivent des priorités convenues et un processus défini.',
          'La capacité est planifiée à l’avance pour tout le portefeuille.',
          'L’affectation est optimisée selon les compétences, les priorités et la demande prévue.',
        ],
      },
      'res-conflicts': {
        text: 'Que se passe-t-il quand deux projets ont besoin de la même personne ?',
        levels: [
          'La personne jongle entre les deux et les échéances glissent.',
          'Le manager le plus influent l’emporte.',
          'Les conflits remontent par un circuit connu.',
          'Les conflits sont anticipés dans les plans de capacité et réglés avant de peser.',
          'Les goulets récurrents sont supprimés par un développement délibéré des compétences.',
        ],
      },
      'res-forecast': {
        text: 'Avec quelle anticipation la demande en ressources est-elle prévue ?',
        levels: [
          'Elle n’est pas prévue.',
          'Quelques semaines à l’avance pour les plus grands projets.',
          'Un trimestre à l’avance pour la plupart des projets.',
          'Demande et offre sont comparées sur l’année et les écarts traités.',
          'La justesse des prévisions est mesurée et la méthode améliorée.',
        ],
      },
      'rep-status': {
        text: 'Comment la direction apprend-elle l’état des projets ?',
        levels: [
          'En se renseignant, ou quand quelque chose tourne mal.',
          'Certains chefs de projet envoient des rapports, chacun dans son format.',
          'Tous les projets rendent compte dans un format commun, à un rythme régulier.',
          'L’avancement est consolidé dans une vue de portefeuille unique que la direction utilise.',
          'Le reporting est largement automatisé et les tendances déclenchent des actions précoces.',
        ],
      },
      'rep-metrics': {
        text: 'Quels indicateurs sont suivis sur les projets ?',
        levels: [
          'Aucun, de façon régulière.',
          'Le budget consommé, sur certains projets.',
          'Délais, coûts et périmètre sont suivis sur tous les projets.',
          'Les indicateurs sont comparés aux références et d’un projet à l’autre.',
          'Les indicateurs servent à prévoir les résultats et à améliorer les estimations.',
        ],
      },
      'rep-truth': {
        text: 'Existe-t-il une source unique et fiable de données projet ?',
        levels: [
          'Non ; les chiffres diffèrent selon la personne interrogée.',
          'Chaque direction a ses propres chiffres.',
          'Une source convenue existe, mais elle est souvent périmée.',
          'Une source est à jour et la direction s’y fie.',
          'La qualité de la source est auditée et elle sert aux prévisions.',
        ],
      },
      'rep-benefits': {
        text: 'Mesure-t-on les bénéfices des projets terminés ?',
        levels: [
          'Non.',
          'De temps en temps, quand quelqu’un le demande.',
          'Les bénéfices attendus sont consignés au lancement et vérifiés à la fin.',
          'Les bénéfices sont suivis après la clôture et rapportés à la direction.',
          'Les bénéfices obtenus alimentent la sélection des projets.',
        ],
      },
      'rc-risks': {
        text: 'Comment les risques des projets sont-ils traités ?',
        levels: [
          'Les risques sont traités quand ils surviennent.',
          'Les chefs de projet expérimentés tiennent leur propre liste de risques.',
          'Chaque projet tient un registre des risques avec responsables et réponses.',
          'Les risques sont revus entre projets et remontés selon des seuils convenus.',
          'Les données de risque des projets passés améliorent l’évaluation des nouveaux risques.',
        ],
      },
      'rc-issues': {
        text: 'Comment les problèmes sont-ils suivis jusqu’à leur résolution ?',
        levels: [
          'Les problèmes vivent dans les mails et les mémoires.',
          'Certains projets tiennent une liste des problèmes.',
          'Un journal des problèmes standard est utilisé sur tous les projets.',
          'L’ancienneté des problèmes est surveillée et les retards sont remontés.',
          'Les causes profondes des problèmes fréquents sont analysées et supprimées.',
        ],
      },
      'rc-change': {
        text: 'Comment les changements de périmètre, de délai ou de budget sont-ils approuvés ?',
        levels: [
          'Les changements se font sans que personne ne les approuve.',
          'Les changements importants sont discutés avec le sponsor de manière informelle.',
          'Un processus de demande de changement avec un journal des changements existe.',
          'Chaque changement est évalué en impact et approuvé au bon niveau.',
          'Les changements sont analysés pour améliorer la planification.',
        ],
      },
      'rc-cross': {
        text: 'Les risques qui touchent plusieurs projets sont-ils examinés ensemble ?',
        levels: [
          'Non ; chaque projet ne voit que ses propres risques.',
          'Parfois, au fil de conversations informelles.',
          'Les risques partagés sont rassemblés en un lieu unique.',
          'Les risques transverses sont gérés par un responsable désigné, avec un plan.',
          'L’organisation anticipe les risques systémiques à partir des données du portefeuille.',
        ],
      },
      'cmp-training': {
        text: 'Comment les chefs de projet apprennent-ils le métier ?',
        levels: [
          'Sur le tas, par essais et erreurs.',
          'Certains suivent des formations externes de leur propre initiative.',
          'Un parcours de formation des chefs de projet existe.',
          'La formation est planifiée à partir des écarts de compétences évalués.',
          'Le contenu des formations est amélioré à partir des résultats des projets et des retours.',
        ],
      },
      'cmp-support': {
        text: 'Où un chef de projet trouve-t-il de l’aide sur un projet difficile ?',
        levels: [
          'Nulle part en particulier.',
          'Auprès d’un collègue qu’il se trouve connaître.',
          'Auprès d’un contact ou d’une équipe d’appui identifiés.',
          'Coaching et revues sont proposés d’office aux projets à risque.',
          'L’appui est adapté à partir des enseignements de tout le portefeuille.',
        ],
      },
      'cmp-career': {
        text: 'La gestion de projet est-elle un rôle ou un métier reconnu ?',
        levels: [
          'Non ; gérer des projets se fait en plus du reste.',
          'Le titre existe, mais sans attentes claires.',
          'Des profils de rôle et des compétences attendues sont définis.',
          'Des étapes de carrière, une évaluation et une certification sont en place.',
          'Le modèle de carrière est revu au regard des besoins de l’organisation.',
        ],
      },
      'cmp-knowledge': {
        text: 'Comment le savoir-faire est-il partagé entre chefs de projet ?',
        levels: [
          'Il n’est pas partagé.',
          'Au gré d’échanges informels occasionnels.',
          'Une communauté ou une réunion régulière des chefs de projet existe.',
          'Les bonnes pratiques sont rassemblées et faciles à trouver.',
          'Le savoir partagé est entretenu et sa réutilisation est mesurée.',
        ],
      },
      'tl-planning': {
        text: 'Quels outils servent à planifier et ordonnancer les projets ?',
        levels: [
          'Ce que chacun préfère, souvent rien.',
          'Des tableurs, de présentations différentes.',
          'Un outil de planification standard pour tous les projets.',
          'L’outil est relié au reporting et aux données de ressources.',
          'L’usage des outils est revu et l’ensemble amélioré sur des faits.',
        ],
      },
      'tl-documents': {
        text: 'Où se trouvent les documents des projets ?',
        levels: [
          'Sur des disques personnels et dans les boîtes mail.',
          'Dans des dossiers d’équipe, organisés chacun à sa façon.',
          'Dans un espace partagé unique avec une structure standard.',
          'Accès, versions et conservation sont maîtrisés.',
          'Le contenu est consultable par recherche et réutilisé d’un projet à l’autre.',
        ],
      },
      'tl-integration': {
        text: 'Les outils partagent-ils leurs données, ou faut-il les ressaisir ?',
        levels: [
          'Tout est ressaisi à la main.',
          'Quelques exports sont copiés d’un outil à l’autre.',
          'Les données clés circulent entre les principaux outils.',
          'Les données de projet, de finance et de ressources sont reliées automatiquement.',
          'Les lacunes d’intégration sont surveillées et comblées en continu.',
        ],
      },
      'tl-adoption': {
        text: 'Les personnes utilisent-elles réellement les outils convenus ?',
        levels: [
          'Il n’y a pas d’outils convenus.',
          'L’usage est inégal et dépend des personnes.',
          'La plupart des projets utilisent les outils convenus.',
          'L’usage est général et la qualité des données est vérifiée.',
          'Les utilisateurs contribuent à l’évolution des outils.',
        ],
      },
      'lc-initiation': {
        text: 'Comment un projet est-il lancé ?',
        levels: [
          'Le travail commence, tout simplement.',
          'Les projets importants rédigent d’abord une courte description.',
          'Chaque projet a une charte avec objectifs, périmètre et sponsor.',
          'Les chartes sont revues et approuvées selon des critères établis.',
          'La pratique de lancement est améliorée à partir de ce qui a mal tourné ensuite.',
        ],
      },
      'lc-planning': {
        text: 'Comment les projets sont-ils planifiés ?',
        levels: [
          'Peu ou pas de planification avant l’exécution.',
          'Certains projets ont un planning, le plus souvent une liste de tâches.',
          'Chaque projet a un plan couvrant périmètre, délais, coûts et qualité.',
          'Les plans ont une référence et l’avancement est mesuré par rapport à elle.',
          'L’estimation s’améliore en comparant les plans aux résultats réels.',
        ],
      },
      'lc-closure': {
        text: 'Comment les projets sont-ils clôturés ?',
        levels: [
          'Ils s’essoufflent ; personne ne les clôture formellement.',
          'Certains sont clôturés par une réunion finale.',
          'Une liste de contrôle de clôture couvre la remise, la recette et les points ouverts.',
          'La clôture est confirmée par le sponsor et rapportée.',
          'Les données de clôture sont analysées entre projets pour améliorer la réalisation.',
        ],
      },
      'lc-lessons': {
        text: 'Que deviennent les retours d’expérience ?',
        levels: [
          'Ils ne sont pas recueillis.',
          'Ils sont discutés mais pas écrits.',
          'Ils sont consignés en un lieu partagé.',
          'Les nouveaux projets doivent consulter les retours pertinents au lancement.',
          'Les retours d’expérience entraînent des évolutions suivies de la méthode.',
        ],
      },
      'sh-identify': {
        text: 'Les personnes concernées par un projet sont-elles identifiées dès le départ ?',
        levels: [
          'Non ; elles le découvrent quand le changement les atteint.',
          'Les plus évidentes, sur les grands projets.',
          'Une liste des parties prenantes est établie pour chaque projet.',
          'Les parties prenantes sont analysées selon leur influence et leur intérêt, et traitées en conséquence.',
          'Les façons d’impliquer sont affinées à partir des retours.',
        ],
      },
      'sh-communication': {
        text: 'Comment les projets communiquent-ils avec leurs parties prenantes ?',
        levels: [
          'Seulement sur demande.',
          'Par des points ponctuels du chef de projet.',
          'Un plan de communication fixe publics, canaux et rythme.',
          'L’effet de la communication est vérifié et celle-ci ajustée.',
          'Les pratiques de communication sont partagées et améliorées entre projets.',
        ],
      },
      'sh-expectations': {
        text: 'Les attentes des parties prenantes sont-elles recueillies et gérées ?',
        levels: [
          'Les attentes restent implicites jusqu’à ce que quelqu’un soit déçu.',
          'Les attentes principales sont discutées au lancement.',
          'Les attentes sont écrites et convenues.',
          'Les attentes sont revues à chaque phase et les écarts résolus.',
          'La satisfaction est mesurée et sert à améliorer la réalisation.',
        ],
      },
      'sh-sponsor': {
        text: 'Quel est l’engagement des sponsors pendant le projet ?',
        levels: [
          'Les sponsors disparaissent après l’approbation.',
          'Les sponsors interviennent en cas de crise.',
          'Les sponsors participent aux comités de pilotage prévus.',
          'Les sponsors lèvent activement les obstacles et suivent les bénéfices.',
          'Le rôle de sponsor est accompagné et évalué.',
        ],
      },
    },
  });
