import { frEdition2026_1 } from './fr-2026-1';
import { frEdition2026_3 } from './fr-2026-3';
import type { QuestionnaireText } from './types';

let made: QuestionnaireText | undefined;

/**
 * Le questionnaire en français (vouvoiement). Mêmes identifiants que l’anglais ; les descripteurs
 * de niveau restent strictement ordonnés : chaque niveau inclut le précédent.
 * Built on first use (the literal sits in a function): a cold start evaluates only the
 * languages its requests read.
 */
export const frQuestionnaire = (): QuestionnaireText =>
  (made ??= {
    shared: {
      levels: [
        {
          name: 'Initial',
          description: 'Le travail en mode projet dépend des individus ; la pratique est improvisée.',
        },
        {
          name: 'Reproductible',
          description: 'Certaines équipes reproduisent ce qui a marché, mais la pratique varie.',
        },
        {
          name: 'Défini',
          description: 'Une démarche documentée unique est appliquée dans toute l’organisation.',
        },
        { name: 'Maîtrisé', description: 'La pratique est mesurée, appliquée et pilotée par les données.' },
        {
          name: 'Optimisé',
          description: 'La pratique est améliorée en continu à partir des résultats constatés.',
        },
      ],
      special: { dontKnow: 'Je ne sais pas', notApplicable: 'Non applicable' },
      services: {
        'status-reporting': 'Reporting consolidé de l’avancement pour la direction',
        'single-source': 'Une source unique et fiable de données projet',
        standards: 'Une méthodologie, des modèles et des processus communs',
        coaching: 'La formation et l’accompagnement des chefs de projet',
        'risk-support': 'Une aide à la tenue des registres de risques, de problèmes et de changements',
        assurance: 'Des revues de projet et des contrôles de conformité',
        tooling: 'Des outils et une information projet partagés',
        prioritisation: 'La sélection et la priorisation du portefeuille de projets',
        'resource-allocation': 'L’affectation des personnes et du budget partagés entre les projets',
        'project-authorisation': 'L’autorisation, la suspension et l’arrêt des projets',
      },
      context: {
        employees: {
          label: 'Effectif de l’organisation',
          help: 'Nombre de personnes dans toute l’organisation.',
        },
        concurrentProjects: {
          label: 'Projets menés en parallèle',
          help: 'Comptez tout travail qui a son propre objectif, son budget et sa date de fin.',
        },
        projectManagers: {
          label: 'Personnes qui gèrent des projets',
          help: 'À temps plein ou pour une large part de leur poste.',
        },
        pmExpertise: {
          label: 'Expertise interne en gestion de projet',
          help: 'Vos propres équipes pourraient-elles concevoir et faire vivre des standards de projet communs ?',
          options: {
            none: 'Aucune : personne ne l’a jamais fait',
            basic: 'De base : quelques chefs de projet formés ou expérimentés',
            strong: 'Solide : des personnes qui ont déjà bâti de tels standards',
          },
        },
        urgency: {
          label: 'Urgence',
          help: 'Dans quel délai la conduite des projets doit-elle s’améliorer ?',
          options: {
            low: 'Faible : d’ici un ou deux ans',
            medium: 'Moyenne : d’ici quelques trimestres',
            high: 'Forte : sous quelques semaines, quelque chose échoue déjà',
          },
        },
        controlAppetite: {
          label: 'Appétence pour un pilotage central',
          help: 'Quel pouvoir sur les projets la direction donnerait-elle à un bureau central, et la culture l’accepterait-elle ?',
          options: {
            low: 'Faible : de la visibilité seulement, les projets gardent leur liberté',
            medium: 'Moyenne : des règles et des contrôles communs sont bienvenus',
            high: 'Forte : un mandat pour décider des projets et des personnes',
          },
        },
        resourceContention: {
          label: 'Concurrence pour les personnes et le budget partagés',
          help: 'Les projets se disputent-ils les mêmes spécialistes ou le même argent ?',
          options: {
            low: 'Faible : les projets ont rarement besoin des mêmes personnes',
            medium: 'Moyenne : des conflits surviennent de temps en temps',
            high: 'Forte : conflits et retards permanents',
          },
        },
        horizon: {
          label: 'Quelle est la durée du besoin ?',
          help: 'Un effort temporaire (un programme, une fusion) ou une façon de travailler durable ?',
          options: {
            temporary: 'Temporaire : pour un programme ou une période',
            lasting: 'Durable : notre façon de travailler désormais',
          },
        },
        annualProjectBudget: {
          label: 'Dépense annuelle en projets (facultatif)',
          help: 'Tous les budgets de projet additionnés, dans votre devise. Laissez vide si inconnu.',
        },
        existingPmo: {
          label: 'PMO en place aujourd’hui (facultatif)',
          help: 'Si un bureau de gestion de projets existe déjà, que fait-il ?',
          options: {
            none: 'Aucun',
            'weather-station': 'Station météo : il collecte l’avancement et produit le reporting',
            'control-tower': 'Tour de contrôle : il fixe aussi les standards et en vérifie l’application',
            'resource-source': 'Réservoir de ressources : il décide aussi des priorités et des personnes',
          },
        },
        regulated: {
          label: 'Projets réglementés (facultatif)',
          help: 'Vos projets rendent-ils des comptes à un régulateur ou à un auditeur externe ?',
        },
      },
    },
    editions: {
      '2026.1': frEdition2026_1(),
      '2026.2': {
        answerRule:
          'Choisissez le niveau le plus élevé qui est entièrement vrai pour la plupart des projets.',
        dimensions: {
          standards: {
            name: 'Standards et méthodologie',
            summary: 'Une façon commune de conduire les projets, adaptée à leur taille.',
            quickWin: 'Convenez d’une fiche de lancement de projet d’une page et de cinq termes communs.',
          },
          governance: {
            name: 'Gouvernance et conformité',
            summary: 'Qui décide, sur quels éléments, et si les règles convenues sont respectées.',
            quickWin: 'Nommez un sponsor pour chaque projet et un jalon où il décide de poursuivre.',
          },
          portfolio: {
            name: 'Gestion de portefeuille et alignement stratégique',
            summary: 'Choisir, classer et arrêter les projets selon la stratégie.',
            quickWin: 'Listez chaque projet en cours avec son sponsor, son objectif et sa date de fin.',
          },
          resources: {
            name: 'Gestion des ressources',
            summary: 'Qui travaille sur quoi, et si la demande correspond à la capacité.',
            quickWin: 'Tenez un tableau partagé unique de qui travaille sur quel projet ce mois-ci.',
          },
          reporting: {
            name: 'Suivi de la performance et reporting',
            summary: 'Un état d’avancement fiable et des indicateurs qui mènent à des décisions.',
            quickWin:
              'Convenez d’un point d’avancement en cinq lignes que chaque projet envoie le même jour.',
          },
          'risk-control': {
            name: 'Maîtrise des risques, des problèmes et des changements',
            summary: 'Traiter délibérément l’incertitude, les problèmes et les changements.',
            quickWin:
              'Ouvrez une liste partagée des risques et des problèmes sur les trois plus grands projets.',
          },
          competencies: {
            name: 'Compétences, formation et accompagnement',
            summary: 'Des compétences, de l’aide et un avenir pour les personnes qui conduisent des projets.',
            quickWin: 'Associez chaque nouveau chef de projet à un chef de projet expérimenté.',
          },
          tools: {
            name: 'Outils et information',
            summary: 'Des outils au service de la façon de travailler commune.',
            quickWin: 'Choisissez un lieu partagé unique pour les plannings et l’avancement des projets.',
          },
          lifecycle: {
            name: 'Discipline du cycle de vie des projets',
            summary: 'Bien lancer, planifier et clôturer les projets.',
            quickWin: 'Clôturez chaque projet terminé par une revue d’une heure.',
          },
          stakeholders: {
            name: 'Implication des parties prenantes',
            summary: 'Associer les personnes qu’un projet concerne.',
            quickWin: 'Listez les principales parties prenantes de chaque projet et leurs attentes.',
          },
          benefits: {
            name: 'Réalisation des bénéfices',
            summary: 'Les projets apportent-ils la valeur promise ?',
            quickWin: 'Écrivez, pour chaque projet en cours, un bénéfice mesurable et son responsable.',
          },
          finance: {
            name: 'Gestion financière',
            summary: 'Budgets, maîtrise des coûts et business cases.',
            quickWin: 'Donnez à chaque projet une ligne budgétaire et un contrôle mensuel des coûts.',
          },
        },
        questions: {
          'std-method': {
            text: 'Comment les équipes conduisent-elles leurs projets ?',
            levels: [
              'Chaque chef de projet travaille à sa façon.',
              'Certaines équipes reprennent ce qui a marché, de manière informelle.',
              'La plupart des projets suivent la même démarche convenue.',
              'Tous la suivent ; les écarts sont convenus et suivis.',
              'La démarche est améliorée à partir des résultats des projets.',
            ],
          },
          'std-templates': {
            text: 'Comment sont rédigés les plannings, les points d’avancement et les bilans de clôture ?',
            levels: [
              'À partir d’une page blanche à chaque fois.',
              'Certaines équipes partagent leurs propres formats.',
              'La plupart des projets utilisent les formats communs.',
              'Tous les utilisent, et leur usage est vérifié.',
              'Les formats sont affinés à partir des retours des utilisateurs.',
            ],
          },
          'std-vocabulary': {
            text: 'Quand deux projets disent « terminé » ou « à risque », veulent-ils dire la même chose ?',
            levels: [
              'Non, cela dépend de qui le dit.',
              'Au sein de certaines équipes, oui.',
              'Oui sur la plupart des projets ; les nouveaux venus apprennent les termes.',
              'Oui partout, y compris dans les outils et les rapports.',
              'Les termes sont révisés lorsqu’ils prêtent à confusion.',
            ],
          },
          'std-tailoring': {
            text: 'Comment la façon de travailler est-elle adaptée à la taille et au risque d’un projet ?',
            levels: [
              'Elle ne l’est pas ; il n’y a pas de démarche commune.',
              'Les chefs de projet expérimentés adaptent au jugé.',
              'La plupart des projets choisissent une démarche allégée ou complète selon des règles convenues.',
              'Ce choix est consigné et revu au lancement.',
              'Les règles évoluent quand les résultats montrent une inadéquation.',
            ],
          },
          'gov-decisions': {
            text: 'Comment décide-t-on de lancer, de poursuivre ou d’arrêter un projet ?',
            levels: [
              'Les projets démarrent et continuent sans décision.',
              'Un cadre dirigeant décide pour les grands projets, au cas par cas.',
              'La plupart des projets ont des jalons de décision convenus avec un décideur désigné.',
              'Les décisions s’appuient sur les mêmes éléments et sont consignées.',
              'Les critères de décision sont ajustés à partir des résultats passés.',
            ],
          },
          'gov-roles': {
            text: 'Sait-on qui est le sponsor, qui pilote et qui décide sur un projet ?',
            levels: [
              'Non ; on ne sait pas clairement qui décide.',
              'Sur les grands projets seulement.',
              'Sur la plupart des projets, et chacun agit en conséquence.',
              'Sur tous les projets ; les manques sont repérés et corrigés.',
              'Les rôles sont ajustés à partir des revues de projet.',
            ],
          },
          'gov-compliance': {
            text: 'Quand un projet ne respecte pas une règle convenue, que se passe-t-il ?',
            levels: [
              'Personne ne le remarque ; il n’y a pas de règles communes.',
              'On le remarque quand quelque chose tourne mal.',
              'Les revues le repèrent sur la plupart des projets, et c’est corrigé.',
              'Chaque projet est contrôlé ; les manquements répétés sont remontés.',
              'Les règles souvent contournées sont retravaillées.',
            ],
          },
          'gov-escalation': {
            text: 'Comment les problèmes qu’un projet ne peut résoudre parviennent-ils à une décision ?',
            levels: [
              'Par hasard, souvent trop tard.',
              'Par des contacts personnels.',
              'La plupart des projets suivent un circuit d’escalade connu, avec des délais.',
              'Ce circuit est utilisé sur tous les projets et suivi.',
              'Le circuit est raccourci là où il était lent.',
            ],
          },
          'pf-inventory': {
            text: 'Quelqu’un peut-il lister aujourd’hui tous les projets en cours ?',
            levels: [
              'Aucune liste de ce type n’existe.',
              'En partie, en se renseignant à droite et à gauche.',
              'Oui ; la liste est tenue à jour et utilisée en réunion.',
              'Oui, avec le coût, l’état et le responsable de chacun.',
              'La liste alimente des revues de portefeuille régulières.',
            ],
          },
          'pf-selection': {
            text: 'Comment les nouveaux projets sont-ils choisis ?',
            levels: [
              'Celui qui insiste le plus obtient le sien.',
              'Les cadres dirigeants choisissent au cas par cas.',
              'La plupart des propositions sont comparées sur les mêmes critères.',
              'Toutes le sont, et les critères sont reliés à la stratégie.',
              'Les critères sont affinés à partir de la valeur obtenue.',
            ],
          },
          'pf-priority': {
            text: 'Quand des projets entrent en conflit, comment la priorité est-elle tranchée ?',
            levels: [
              'Elle ne l’est pas ; tout est urgent.',
              'Par escalade, au cas par cas.',
              'Un classement convenu tranche la plupart des conflits.',
              'Le classement est revu à un rythme fixe.',
              'La méthode de classement s’améliore à partir des résultats.',
            ],
          },
          'pf-stop': {
            text: 'Arrête-t-on les projets qui ne sont plus rentables ?',
            levels: [
              'Jamais ; un projet commencé est un projet terminé.',
              'Rarement, après un échec visible.',
              'Oui, quand une revue le montre, sur la plupart des projets.',
              'Oui, selon des critères d’arrêt convenus pour chaque projet.',
              'Les critères d’arrêt sont améliorés à partir de l’expérience.',
            ],
          },
          'res-visibility': {
            text: 'Les managers voient-ils qui travaille sur quel projet ?',
            levels: [
              'Non.',
              'Par équipe, pas d’une équipe à l’autre.',
              'Oui, et la plupart des discussions d’affectation s’appuient dessus.',
              'Oui, à jour pour tous les projets.',
              'La vue est améliorée à mesure que les besoins évoluent.',
            ],
          },
          'res-allocation': {
            text: 'Comment les personnes sont-elles affectées aux projets ?',
            levels: [
              'Celui qui est disponible ou sollicité s’en charge.',
              'Les responsables hiérarchiques décident au cas par cas.',
              'La plupart des affectations suivent un processus convenu.',
              'Toutes le suivent, en tenant compte des compétences et de la charge.',
              'Le processus s’améliore à partir des résultats.',
            ],
          },
          'res-conflicts': {
            text: 'Quand deux projets ont besoin de la même personne, que se passe-t-il ?',
            levels: [
              'La personne jongle entre les deux.',
              'Les managers négocient à chaque fois.',
              'Une règle connue tranche la plupart des conflits.',
              'Les conflits sont anticipés et réglés avant de peser.',
              'Les conflits récurrents entraînent des ajustements de capacité.',
            ],
          },
          'res-forecast': {
            text: 'La demande des projets prévus est-elle comparée aux personnes disponibles ?',
            levels: [
              'Non.',
              'Projet par projet, au moment de les staffer.',
              'Oui, pour la plupart des projets, avant leur lancement.',
              'Oui, pour tout le portefeuille, plusieurs mois à l’avance.',
              'Les prévisions sont comparées au réalisé et améliorées.',
            ],
          },
          'rep-status': {
            text: 'Comment la direction apprend-elle où en sont les projets ?',
            levels: [
              'Quand quelqu’un demande ou que quelque chose échoue.',
              'Certains projets rendent compte, chacun à sa façon.',
              'La plupart des projets rendent compte de la même façon, à un rythme régulier.',
              'Tous le font, et la complétude est vérifiée.',
              'Les rapports sont réduits à ce qui est réellement utilisé.',
            ],
          },
          'rep-metrics': {
            text: 'Les délais, les coûts et le périmètre sont-ils suivis par rapport à une référence ?',
            levels: [
              'Non.',
              'Sur certains projets.',
              'Sur la plupart des projets, et les écarts sont discutés.',
              'Sur tous, avec des tolérances convenues.',
              'Les indicateurs sont affinés à partir de la justesse des prévisions.',
            ],
          },
          'rep-truth': {
            text: 'Quand deux rapports sur un projet se contredisent, lequel fait foi ?',
            levels: [
              'Personne ne sait ; les chiffres sont reconstitués à chaque fois.',
              'Le fichier personnel du chef de projet.',
              'Une source convenue unique, utilisée par la plupart des rapports.',
              'Une source unique pour tous les rapports, rapprochée régulièrement.',
              'La source est améliorée là où des erreurs surviennent.',
            ],
          },
          'rep-decisions': {
            text: 'Que se passe-t-il après qu’un rapport a révélé un problème ?',
            levels: [
              'En général, rien.',
              'Quelqu’un réagit si c’est grave.',
              'La plupart des alertes reçoivent un responsable et une action.',
              'Toutes, et les actions font l’objet d’un suivi.',
              'Les seuils d’action sont ajustés à partir des résultats.',
            ],
          },
          'rc-risks': {
            text: 'Comment les risques des projets sont-ils traités ?',
            levels: [
              'On les traite quand ils surviennent.',
              'Certains chefs de projet tiennent une liste.',
              'La plupart des projets revoient leurs risques et agissent.',
              'Tous le font, avec des responsables et des échéances.',
              'Le traitement des risques s’améliore à partir des projets passés.',
            ],
          },
          'rc-issues': {
            text: 'Comment les problèmes ouverts d’un projet sont-ils suivis ?',
            levels: [
              'De tête ou dans les boîtes mail.',
              'Dans la liste personnelle de chaque chef de projet.',
              'La plupart des projets les suivent jusqu’à leur résolution.',
              'Tous le font, en surveillant leur ancienneté.',
              'Les causes des problèmes récurrents sont éliminées.',
            ],
          },
          'rc-change': {
            text: 'Comment les changements de périmètre, de délai ou de budget sont-ils validés ?',
            levels: [
              'Ils se produisent, tout simplement.',
              'Les plus importants sont validés de manière informelle.',
              'La plupart passent par une décision convenue, impact connu.',
              'Tous, et ils sont consignés.',
              'Le circuit de changement est ajusté selon ses délais.',
            ],
          },
          'rc-cross': {
            text: 'Les risques qui touchent plusieurs projets sont-ils examinés ensemble ?',
            levels: [
              'Non.',
              'Quand les chefs de projet se parlent par hasard.',
              'Oui ; les risques partagés sont revus et ont un responsable.',
              'Oui, à un rythme régulier, avec des actions au niveau du portefeuille.',
              'La revue s’améliore à partir de ce qu’elle a manqué.',
            ],
          },
          'cmp-training': {
            text: 'Comment les chefs de projet apprennent-ils le métier ?',
            levels: [
              'Seuls.',
              'Certains suivent des formations, au hasard.',
              'La plupart sont formés et appliquent ce qu’ils ont appris sur leurs projets.',
              'Tous suivent un parcours adapté à leurs projets.',
              'La formation évolue avec les résultats des projets.',
            ],
          },
          'cmp-support': {
            text: 'Où un chef de projet trouve-t-il de l’aide face à un problème difficile ?',
            levels: [
              'Nulle part en particulier.',
              'Auprès de collègues bienveillants.',
              'Auprès de coachs identifiés, sollicités par la plupart des chefs de projet.',
              'Un accompagnement est proposé à chaque chef de projet.',
              'L’accompagnement s’ajuste aux demandes des chefs de projet.',
            ],
          },
          'cmp-career': {
            text: 'Conduire des projets est-il un rôle reconnu, avec des perspectives d’évolution ?',
            levels: [
              'Non ; c’est fait en plus du reste.',
              'Reconnu, mais sans étapes d’évolution.',
              'Oui ; la plupart des chefs de projet ont un rôle et des perspectives.',
              'Oui, avec des niveaux de compétence liés à la taille des projets.',
              'Le parcours est révisé à mesure que les besoins évoluent.',
            ],
          },
          'cmp-knowledge': {
            text: 'Un projet peut-il réutiliser ce que d’autres ont appris ?',
            levels: [
              'Non ; les enseignements se perdent.',
              'En se renseignant à droite et à gauche.',
              'Oui ; la plupart des projets consultent les retours d’expérience au lancement.',
              'Oui, et la réutilisation est vérifiée.',
              'Les enseignements font évoluer la pratique commune.',
            ],
          },
          'tl-planning': {
            text: 'Qu’utilisent les projets pour planifier et suivre le travail ?',
            levels: [
              'Ce que chacun préfère.',
              'Quelques outils, différents selon les équipes.',
              'La plupart des projets utilisent l’outil commun au quotidien.',
              'Tous l’utilisent, paramétré de la même façon.',
              'Le paramétrage s’améliore à partir des retours des utilisateurs.',
            ],
          },
          'tl-documents': {
            text: 'Trouve-t-on facilement les documents à jour d’un projet ?',
            levels: [
              'Rarement.',
              'Si l’on sait à qui demander.',
              'Oui, dans un lieu partagé unique, pour la plupart des projets.',
              'Oui, pour tous, avec des versions claires.',
              'Le rangement est amélioré à partir des recherches infructueuses.',
            ],
          },
          'tl-integration': {
            text: 'Les données projet sont-elles saisies une seule fois et réutilisées, quels que soient les outils ?',
            levels: [
              'Non ; les mêmes données sont souvent ressaisies.',
              'Une partie des ressaisies est évitée à la main.',
              'La plupart des données sont saisies une fois et réutilisées.',
              'Toutes les données essentielles circulent sans ressaisie.',
              'Les ressaisies restantes sont traquées.',
            ],
          },
          'tl-adoption': {
            text: 'Les personnes tiennent-elles à jour les outils communs ?',
            levels: [
              'Il n’y a pas d’outils communs.',
              'Quelques passionnés le font.',
              'La plupart le font, sans relance.',
              'Tous le font ; les manques sont vite repérés.',
              'Les outils évoluent avec la façon de travailler.',
            ],
          },
          'lc-initiation': {
            text: 'Comment un projet démarre-t-il ?',
            levels: [
              'Le travail commence, tout simplement.',
              'Les grands projets ont une réunion de lancement.',
              'La plupart conviennent de l’objectif, du périmètre et du sponsor avant de commencer.',
              'Tous le font, avec une vérification avant de commencer.',
              'Le lancement est amélioré à partir des résultats des projets.',
            ],
          },
          'lc-planning': {
            text: 'Comment un projet est-il planifié ?',
            levels: [
              'Il ne l’est pas, ou seulement dans la tête de quelqu’un.',
              'Certains projets ont un planning.',
              'La plupart des projets planifient et replanifient au fil de l’eau.',
              'Tous le font, et les plannings sont comparés au réalisé.',
              'La planification s’améliore à partir de la justesse des estimations.',
            ],
          },
          'lc-closure': {
            text: 'Comment un projet se termine-t-il ?',
            levels: [
              'Il s’essouffle.',
              'Certains font l’objet d’une remise formelle.',
              'La plupart remettent leurs livrables et libèrent les personnes.',
              'Tous se clôturent par une recette prononcée par le sponsor.',
              'La clôture est améliorée à partir des retours.',
            ],
          },
          'lc-lessons': {
            text: 'Tire-t-on des enseignements à la fin des projets ?',
            levels: [
              'Non.',
              'Parfois, de manière informelle.',
              'La plupart des projets font un bilan et agissent en conséquence.',
              'Tous le font ; les actions font l’objet d’un suivi.',
              'Les enseignements font évoluer la façon de travailler commune.',
            ],
          },
          'sh-identify': {
            text: 'Les personnes concernées par un projet sont-elles identifiées tôt ?',
            levels: [
              'Non ; elles se manifestent par surprise.',
              'Les plus évidentes.',
              'Sur la plupart des projets, elles sont listées et associées dès le lancement.',
              'Sur tous, en tenant compte de leur influence.',
              'L’implication s’améliore à partir des retours.',
            ],
          },
          'sh-communication': {
            text: 'Comment les parties prenantes sont-elles tenues informées ?',
            levels: [
              'Quand elles se plaignent.',
              'Certains projets envoient des points d’information.',
              'La plupart des projets les informent à un rythme convenu.',
              'Tous le font, en s’adaptant à chaque public.',
              'La communication s’améliore à partir des retours.',
            ],
          },
          'sh-expectations': {
            text: 'Les attentes sont-elles convenues et vérifiées ?',
            levels: [
              'Non.',
              'Avec le sponsor seulement.',
              'Sur la plupart des projets, avec les principales parties prenantes.',
              'Sur tous, et revérifiées à chaque jalon de décision.',
              'La vérification s’améliore à partir des mesures de satisfaction.',
            ],
          },
          'sh-sponsor': {
            text: 'Que fait réellement le sponsor d’un projet ?',
            levels: [
              'Il n’y a pas de sponsor.',
              'Il valide le lancement, puis se retire.',
              'Sur la plupart des projets, il décide et lève les blocages.',
              'Sur tous, il pilote activement à chaque jalon de décision.',
              'Les sponsors sont accompagnés à partir des revues de projet.',
            ],
          },
          'ben-define': {
            text: 'Avant le lancement d’un projet, son bénéfice attendu est-il formulé ?',
            levels: [
              'Non.',
              'En termes généraux.',
              'Sur la plupart des projets, de façon mesurable, avec un responsable.',
              'Sur tous, avec une situation de référence.',
              'Les estimations de bénéfices s’améliorent à partir des résultats.',
            ],
          },
          'ben-track': {
            text: 'Les bénéfices sont-ils suivis après la livraison ?',
            levels: [
              'Non.',
              'De façon anecdotique.',
              'Pour la plupart des projets, par le responsable du bénéfice.',
              'Pour tous, avec un compte rendu régulier.',
              'Le suivi est affiné à partir de ce qu’il a manqué.',
            ],
          },
          'ben-decide': {
            text: 'Les bénéfices attendus influencent-ils les décisions en cours de projet ?',
            levels: [
              'Jamais.',
              'Seulement quand un projet échoue gravement.',
              'Sur la plupart des projets, aux jalons de décision.',
              'Sur tous, avec des seuils convenus.',
              'Les seuils s’améliorent à partir des décisions passées.',
            ],
          },
          'ben-learn': {
            text: 'Les bénéfices obtenus sont-ils comparés à ce qui avait été promis ?',
            levels: [
              'Non.',
              'Pour quelques grands projets.',
              'Pour la plupart des projets ; les écarts sont discutés.',
              'Pour tous ; les écarts font évoluer les business cases suivants.',
              'Tout le portefeuille apprend des écarts.',
            ],
          },
          'fin-budget': {
            text: 'Comment le budget d’un projet est-il fixé ?',
            levels: [
              'Il ne l’est pas ; les coûts sont payés au fil de l’eau.',
              'Un chiffre approximatif pour les grands projets.',
              'La plupart des projets reçoivent un budget établi à partir d’une estimation.',
              'Tous, avec des provisions convenues.',
              'L’estimation s’améliore à partir des coûts réels.',
            ],
          },
          'fin-actuals': {
            text: 'Les coûts des projets sont-ils comparés au budget ?',
            levels: [
              'Non.',
              'À la fin, et encore.',
              'Chaque mois, sur la plupart des projets, avec des actions sur les écarts.',
              'Sur tous, avec des prévisions de coût à terminaison.',
              'La maîtrise des coûts est affinée à partir des dépassements.',
            ],
          },
          'fin-case': {
            text: 'Un projet a-t-il besoin d’un business case pour démarrer ?',
            levels: [
              'Non.',
              'Pour les grands projets, de manière informelle.',
              'La plupart démarrent sur un business case court et validé.',
              'Tous ; le business case est revu aux jalons de décision.',
              'Les business cases s’améliorent à partir des résultats obtenus.',
            ],
          },
          'fin-portfolio': {
            text: 'La dépense totale en projets est-elle connue et pilotée ?',
            levels: [
              'Personne ne connaît le total.',
              'Une fois par an, approximativement.',
              'Oui ; le total est revu et réaffecté si nécessaire.',
              'Oui, chaque mois, par rapport au plan de portefeuille.',
              'Les règles de financement s’améliorent à partir des résultats.',
            ],
          },
        },
      },
      '2026.3': frEdition2026_3(),
    },
  });
