import type { EditionText } from './types';

/** Édition 2026.3 en français : une seule chose par question, des niveaux 3 et 4 séparés par la capacité, un niveau 5 observable. */
let made: EditionText | undefined;

/** Built on first use, with the rest of the texts of this language. */
export const frEdition2026_3 = (): EditionText =>
  (made ??= {
    answerRule: 'Choisissez le niveau le plus élevé qui est entièrement vrai pour la plupart des projets.',
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
        quickWin: 'Convenez d’un point d’avancement en cinq lignes que chaque projet envoie le même jour.',
      },
      'risk-control': {
        name: 'Maîtrise des risques, des problèmes et des changements',
        summary: 'Traiter délibérément l’incertitude, les problèmes et les changements.',
        quickWin: 'Ouvrez une liste partagée des risques et des problèmes sur les trois plus grands projets.',
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
          'Chaque responsable a sa propre façon de faire.',
          'Certaines équipes reprennent ce qui a marché, sans formaliser.',
          'Les projets suivent une façon de travailler convenue.',
          'Les écarts à la façon convenue sont consignés et examinés.',
          'Une étape de la démarche a été modifiée après que des résultats de projet ont montré qu’elle échouait.',
        ],
      },
      'std-formats': {
        text: 'Les projets utilisent-ils des modèles communs pour leurs documents ?',
        levels: [
          'Non ; chaque document part d’une page blanche.',
          'Certaines équipes font circuler leurs propres formats.',
          'Oui ; des modèles communs servent au quotidien.',
          'L’usage des modèles est vérifié, on repère ceux qui ne servent pas.',
          'Un modèle que les gens évitaient a été remanié ou retiré.',
        ],
      },
      'std-vocabulary': {
        text: 'Quand deux projets disent « terminé » ou « à risque », parlent-ils de la même chose ?',
        levels: [
          'Non, cela dépend de qui le dit.',
          'Au sein de certaines équipes, oui.',
          'Oui ; les termes sont convenus et les nouveaux venus les apprennent.',
          'Les termes convenus sont intégrés aux outils et aux rapports.',
          'Un terme source de confusion a été redéfini, et vous en avez été informé.',
        ],
      },
      'std-tailoring': {
        text: 'Comment la façon de travailler est-elle adaptée à la taille d’un projet ?',
        levels: [
          'Elle ne l’est pas ; il n’y a pas de façon commune.',
          'Les responsables expérimentés l’adaptent au jugé.',
          'Un parcours allégé ou complet est choisi selon des règles convenues.',
          'Le parcours retenu est consigné et revu au lancement.',
          'Les règles d’adaptation ont changé après qu’un projet a suivi le mauvais parcours.',
        ],
      },
      'gov-checkpoints': {
        text: 'Comment décide-t-on de la poursuite d’un projet en cours ?',
        levels: [
          'Il continue ; personne ne décide.',
          'Un cadre dirigeant intervient sur les grands projets.',
          'Des points de décision convenus existent, avec une personne désignée qui tranche.',
          'Chaque décision s’appuie sur le même ensemble de faits et elle est consignée.',
          'Une règle de décision a été revue après un retour sur les décisions passées.',
        ],
      },
      'gov-decider': {
        text: 'Les personnes d’un projet savent-elles qui a le dernier mot ?',
        levels: [
          'Non ; ce n’est pas clair.',
          'Sur les grands projets, de bouche à oreille.',
          'Oui ; cette personne est désignée au lancement et on s’adresse à elle.',
          'Les décisions en attente sont notées, avec qui doit les prendre et pour quand.',
          'Quand des décisions restaient bloquées, vous avez vu la répartition des décisions redessinée.',
        ],
      },
      'gov-compliance': {
        text: 'Quand un projet ne respecte pas une règle convenue, que se passe-t-il ?',
        levels: [
          'Personne ne s’en aperçoit ; il n’y a pas de règles communes.',
          'On s’en aperçoit quand quelque chose tourne mal.',
          'Les revues de projet le repèrent et c’est corrigé.',
          'Les manquements sont comptés ; ceux qui se répètent remontent à la direction.',
          'Une règle que les projets contournaient sans cesse a été réécrite ou supprimée.',
        ],
      },
      'gov-escalation': {
        text: 'Comment les problèmes bloqués arrivent-ils jusqu’à une décision ?',
        levels: [
          'Par hasard, souvent trop tard.',
          'Par relations personnelles.',
          'Une voie connue, avec des délais, est utilisée.',
          'La durée des remontées est suivie.',
          'Vous avez vu la voie raccourcie là où elle s’était montrée lente.',
        ],
      },
      'pf-inventory': {
        text: 'Quelqu’un peut-il dresser aujourd’hui la liste de tous les projets en cours ?',
        levels: [
          'Aucune liste de ce type n’existe.',
          'En partie, en se renseignant à droite et à gauche.',
          'Oui ; la liste est tenue à jour et utilisée en réunion.',
          'Oui, avec coût, état et responsable pour chacun.',
          'Lors de la dernière revue du portefeuille, la liste a changé les projets retenus.',
        ],
      },
      'pf-selection': {
        text: 'Comment les nouveaux projets sont-ils choisis ?',
        levels: [
          'Celui qui insiste le plus obtient le sien.',
          'Les cadres dirigeants choisissent au cas par cas.',
          'Les propositions sont comparées sur les mêmes critères.',
          'Les critères sont notés et rattachés aux objectifs stratégiques.',
          'Après des projets livrés en deçà des attentes, le poids des critères a été revu.',
        ],
      },
      'pf-priority': {
        text: 'Quand des projets entrent en conflit, comment la priorité est-elle tranchée ?',
        levels: [
          'Elle ne l’est pas ; tout est urgent.',
          'Par escalade, au cas par cas.',
          'Un classement convenu tranche les conflits.',
          'Le classement est revu à un rythme fixe.',
          'La méthode de classement a été revue après avoir placé le mauvais projet en tête.',
        ],
      },
      'pf-stop': {
        text: 'Les projets qui ne se justifient plus sont-ils arrêtés ?',
        levels: [
          'Jamais ; commencé veut dire terminé.',
          'Rarement, après un échec visible.',
          'Oui, quand une revue le montre.',
          'Oui, sur des signaux d’alerte convenus que quelqu’un surveille.',
          'Après un projet prolongé trop longtemps, les signaux d’arrêt ont été resserrés.',
        ],
      },
      'res-view': {
        text: 'Les managers voient-ils qui travaille sur quel projet ?',
        levels: [
          'Non.',
          'Par équipe, pas d’une équipe à l’autre.',
          'Oui, dans une vue partagée utilisée pour les affectations.',
          'La vue montre la charge de chacun et signale les surcharges.',
          'La vue a été étendue après avoir manqué un conflit qui a nui à un projet.',
        ],
      },
      'res-allocation': {
        text: 'Comment les personnes sont-elles affectées aux projets ?',
        levels: [
          'Celui qui est libre ou sollicité s’en charge.',
          'Les responsables hiérarchiques décident au cas par cas.',
          'Les affectations suivent un processus convenu.',
          'Les affectations mettent en regard compétences et charge actuelle.',
          'Vous avez vu le processus d’affectation changer après une erreur d’affectation.',
        ],
      },
      'res-conflicts': {
        text: 'Quand deux projets ont besoin de la même personne, que se passe-t-il ?',
        levels: [
          'La personne jongle entre les deux.',
          'Les managers négocient à chaque fois.',
          'Une règle connue tranche le conflit.',
          'Les conflits sont anticipés à partir des plans et réglés avant de faire mal.',
          'Un conflit qui revenait sans cesse a conduit à recruter ou à déplacer des personnes.',
        ],
      },
      'res-forecast': {
        text: 'Le besoin en personnes des projets prévus est-il comparé aux personnes disponibles ?',
        levels: [
          'Non.',
          'Pour des projets isolés, au moment de les staffer.',
          'Oui, projet par projet, avant chaque démarrage.',
          'Oui, dans une vue d’ensemble, plusieurs mois à l’avance.',
          'Les prévisions passées ont été confrontées à la réalité, et la méthode a changé.',
        ],
      },
      'rep-status': {
        text: 'Comment la direction apprend-elle où en sont les projets ?',
        levels: [
          'Quand quelqu’un demande ou que quelque chose échoue.',
          'Certains projets rendent compte, chacun à sa façon.',
          'Les projets rendent compte de la même façon, à un rythme fixé.',
          'Les comptes rendus sont vérifiés pour être complets ; les retardataires sont relancés.',
          'Une rubrique que personne ne lisait a été supprimée, et une rubrique manquante ajoutée.',
        ],
      },
      'rep-plan-gap': {
        text: 'L’avancement est-il comparé au plan convenu au départ ?',
        levels: [
          'Non.',
          'Sur certains projets, de temps à autre.',
          'Oui ; les écarts au plan convenu sont discutés en revue.',
          'Les écarts sont mesurés au regard de seuils convenus qui appellent une action.',
          'Les seuils ont été revus après avoir alerté trop tard ou trop souvent.',
        ],
      },
      'rep-truth': {
        text: 'Quand deux rapports sur un projet divergent, lequel fait foi ?',
        levels: [
          'Personne ne sait ; les chiffres sont reconstitués à chaque fois.',
          'Le fichier personnel du responsable de projet.',
          'Une source convenue alimente les rapports.',
          'Cette source est rapprochée selon un calendrier, et les erreurs sont comptées.',
          'Une erreur trouvée dans un rapport a été corrigée à la source, pas seulement dans le rapport.',
        ],
      },
      'rep-decisions': {
        text: 'Que se passe-t-il quand un rapport révèle un problème ?',
        levels: [
          'En général, rien.',
          'Quelqu’un réagit si c’est grave.',
          'Chaque alerte reçoit un responsable et une action.',
          'Les actions sont suivies jusqu’au retour à la normale des chiffres.',
          'Le seuil de déclenchement d’une alerte a été déplacé après une alerte trop tardive.',
        ],
      },
      'rc-risks': {
        text: 'Comment les risques d’un projet sont-ils traités ?',
        levels: [
          'On les gère quand ils surviennent.',
          'Certains responsables tiennent une liste.',
          'Les équipes passent en revue les risques régulièrement et agissent.',
          'Chaque risque a un responsable et une échéance ; les actions en retard sont relancées.',
          'Un risque qui a frappé un projet antérieur est désormais vérifié dès le premier jour sur les nouveaux.',
        ],
      },
      'rc-issues': {
        text: 'Comment les problèmes ouverts d’un projet sont-ils suivis ?',
        levels: [
          'Dans la tête ou la messagerie des gens.',
          'Dans la liste personnelle de chaque responsable.',
          'Ils sont suivis jusqu’à leur résolution dans une liste partagée.',
          'La durée pendant laquelle les problèmes restent ouverts est surveillée.',
          'Un problème qui revenait sans cesse a vu sa cause supprimée.',
        ],
      },
      'rc-plan-change': {
        text: 'Comment une modification du plan d’un projet est-elle décidée ?',
        levels: [
          'Les changements arrivent, tout simplement.',
          'Les plus importants sont convenus de manière informelle.',
          'Les changements passent par une décision convenue, leur impact étant connu.',
          'Les changements sont consignés, et leur effet cumulé sur le plan est suivi.',
          'La procédure de changement a été accélérée après des attentes trop longues.',
        ],
      },
      'rc-cross': {
        text: 'Les risques qui touchent plusieurs projets sont-ils examinés ensemble ?',
        levels: [
          'Non.',
          'Quand les responsables se parlent par hasard.',
          'Oui ; les risques communs sont passés en revue et ont un responsable.',
          'Ils sont revus à un rythme fixe, avec des actions transverses aux projets.',
          'Après qu’un risque commun est passé inaperçu, la revue a été modifiée pour le repérer.',
        ],
      },
      'cmp-training': {
        text: 'Comment les responsables de projet apprennent-ils le métier ?',
        levels: [
          'Seuls.',
          'Certains suivent des formations au hasard.',
          'Les responsables sont formés et appliquent la formation sur leurs projets.',
          'La formation suit un parcours adapté aux projets que chacun conduit.',
          'Une formation a été modifiée après que des résultats de projet ont révélé une lacune.',
        ],
      },
      'cmp-help': {
        text: 'Où un responsable de projet trouve-t-il de l’aide face à un problème difficile ?',
        levels: [
          'Nulle part en particulier.',
          'Auprès de collègues bienveillants.',
          'Auprès de coachs identifiés, auxquels les responsables font réellement appel.',
          'Les demandes d’aide sont suivies, de sorte que les longues attentes se voient.',
          'Une nouvelle aide a été mise en place pour un problème que beaucoup signalaient.',
        ],
      },
      'cmp-path': {
        text: 'Les responsables de projet peuvent-ils évoluer par étapes vers des projets plus grands ?',
        levels: [
          'Non ; conduire des projets se fait en plus du reste.',
          'Certains progressent par hasard, sans étapes définies.',
          'Oui ; il existe des étapes convenues, et les responsables les franchissent.',
          'Les compétences sont évaluées à chaque étape et mises en regard de la taille des projets.',
          'Les étapes ont été redéfinies quand les projets ont demandé de nouvelles compétences.',
        ],
      },
      'cmp-knowledge': {
        text: 'Un projet peut-il réutiliser ce que d’autres ont appris ?',
        levels: [
          'Non ; les enseignements se perdent.',
          'En se renseignant autour de soi.',
          'Oui ; les projets consultent les enseignements passés au lancement.',
          'On vérifie au lancement que les enseignements passés ont été utilisés.',
          'Vous avez vu un enseignement d’un projet éviter à un autre les mêmes difficultés.',
        ],
      },
      'tl-shared-tool': {
        text: 'Qu’utilisent les projets pour planifier leur travail ?',
        levels: [
          'Ce que chacun préfère.',
          'Quelques outils, différents selon les équipes.',
          'Un outil partagé, utilisé au quotidien.',
          'L’outil montre si chaque plan est à jour ; les plans périmés sont relancés.',
          'Le paramétrage de l’outil a changé après que les utilisateurs ont montré où il gênait.',
        ],
      },
      'tl-find': {
        text: 'Les gens trouvent-ils les documents à jour d’un projet ?',
        levels: [
          'Rarement.',
          'S’ils savent à qui demander.',
          'Oui, dans un espace partagé unique.',
          'Oui ; les versions sont claires, et l’espace est rangé à intervalles fixes.',
          'Le rangement a été réorganisé après que des gens n’ont pas trouvé ce qu’ils cherchaient.',
        ],
      },
      'tl-once': {
        text: 'Les données projet ne sont-elles saisies qu’une seule fois ?',
        levels: [
          'Non ; les mêmes chiffres sont souvent ressaisis.',
          'Certaines ressaisies sont évitées à la main.',
          'Les chiffres clés sont saisis une fois et réutilisés à partir de là.',
          'Les ressaisies restantes sont connues, et les erreurs qu’elles causent sont suivies.',
          'Un lien entre outils a été ajouté pour supprimer une ressaisie source d’erreurs.',
        ],
      },
      'tl-adoption': {
        text: 'Les gens tiennent-ils les outils partagés à jour ?',
        levels: [
          'Il n’y a pas d’outils partagés.',
          'Quelques passionnés le font.',
          'Les gens les tiennent à jour sans relance.',
          'Les saisies périmées sont vite repérées grâce à l’outil lui-même.',
          'Une partie des outils que les gens n’utilisaient plus a été modifiée ou supprimée.',
        ],
      },
      'lc-initiation': {
        text: 'Comment un projet démarre-t-il ?',
        levels: [
          'Le travail commence, c’est tout.',
          'Les grands projets ont une réunion de lancement.',
          'Objectif, périmètre et commanditaire sont convenus avant le début du travail.',
          'Cet accord est vérifié avant que le travail puisse commencer.',
          'Les étapes de démarrage ont changé après un projet mal parti.',
        ],
      },
      'lc-planning': {
        text: 'Comment un projet est-il planifié ?',
        levels: [
          'Il ne l’est pas, ou seulement dans la tête de quelqu’un.',
          'Des plans existent pour certains projets.',
          'Les projets planifient, puis replanifient à mesure qu’ils apprennent.',
          'Les plans sont comparés à ce qui s’est réellement passé.',
          'Les habitudes d’estimation ont changé après que des estimations passées se sont révélées fausses.',
        ],
      },
      'lc-closure': {
        text: 'Comment un projet se termine-t-il ?',
        levels: [
          'Il s’éteint peu à peu.',
          'Certains sont formellement remis.',
          'Les résultats sont remis, et les personnes libérées.',
          'La clôture exige que le commanditaire accepte les résultats.',
          'La remise a changé après que des utilisateurs ont eu du mal avec un résultat livré.',
        ],
      },
      'lc-lessons': {
        text: 'Tire-t-on des enseignements à la fin des projets ?',
        levels: [
          'Non.',
          'Parfois, de manière informelle.',
          'Les projets tiennent une revue de clôture et agissent en conséquence.',
          'Les actions issues des revues sont suivies jusqu’à leur terme.',
          'Une revue de clôture a entraîné un changement visible de la façon commune de travailler.',
        ],
      },
      'sh-identify': {
        text: 'Les personnes concernées par un projet sont-elles connues tôt ?',
        levels: [
          'Non ; elles se manifestent par surprise.',
          'Les plus évidentes.',
          'Elles sont recensées et associées dès le lancement.',
          'Leur influence sur le projet est évaluée.',
          'Un groupe oublié sur un projet antérieur est désormais sollicité dès le départ.',
        ],
      },
      'sh-communication': {
        text: 'Comment les personnes concernées par un projet sont-elles tenues informées ?',
        levels: [
          'Quand elles se plaignent.',
          'Certains projets envoient des nouvelles.',
          'Des nouvelles partent à un rythme convenu.',
          'Les nouvelles sont adaptées à ce dont chaque public a besoin.',
          'Les nouvelles ont changé après que leurs destinataires ont dit ce qui leur manquait.',
        ],
      },
      'sh-agreed': {
        text: 'Les attentes des parties prenantes clés sont-elles convenues au départ ?',
        levels: [
          'Non.',
          'Avec le commanditaire seulement.',
          'Oui ; les personnes clés s’accordent sur ce que le projet livrera.',
          'Les attentes convenues sont revérifiées à chaque point de décision.',
          'Après qu’une partie prenante a été déçue, la façon de convenir des attentes a changé.',
        ],
      },
      'sh-sponsor-role': {
        text: 'Que fait concrètement le commanditaire d’un projet ?',
        levels: [
          'Il n’y a pas de commanditaire.',
          'Il valide le lancement, puis se retire.',
          'Il prend des décisions et lève les blocages quand on le sollicite.',
          'Il suit les chiffres d’avancement et intervient avant que les problèmes grossissent.',
          'Après une revue de projet, les commanditaires ont visiblement changé leur façon de piloter.',
        ],
      },
      'ben-stated': {
        text: 'Avant le début d’un projet, le bénéfice attendu est-il exprimé de façon mesurable ?',
        levels: [
          'Non.',
          'En termes généraux.',
          'Oui, comme un gain mesurable avec un responsable.',
          'Oui, avec la valeur actuelle mesurée, pour pouvoir montrer le gain plus tard.',
          'Les estimations de bénéfices ont été revues à la baisse après que les précédentes se sont révélées trop optimistes.',
        ],
      },
      'ben-follow': {
        text: 'Les bénéfices sont-ils suivis après la livraison ?',
        levels: [
          'Non.',
          'De manière anecdotique.',
          'Oui ; le responsable du bénéfice en assure le suivi.',
          'Ils sont mesurés à un rythme fixé, par rapport à la valeur de départ.',
          'Le suivi a changé après avoir manqué un bénéfice qui n’est jamais venu.',
        ],
      },
      'ben-decide': {
        text: 'Les bénéfices attendus modifient-ils les décisions en cours de projet ?',
        levels: [
          'Jamais.',
          'Seulement quand un projet échoue lourdement.',
          'Oui, ils sont pris en compte aux points de décision.',
          'Oui, avec des seuils convenus qui obligent à reconsidérer le projet.',
          'Les seuils ont été revus après que des décisions passées les ont montrés inadaptés.',
        ],
      },
      'ben-learn': {
        text: 'Les bénéfices obtenus sont-ils comparés à ceux promis ?',
        levels: [
          'Non.',
          'Pour quelques grands projets.',
          'Oui ; les écarts sont discutés.',
          'Les écarts sont mesurés et nourrissent les dossiers d’investissement suivants.',
          'Un écart constaté encore et encore a conduit à une nouvelle règle pour les dossiers d’investissement.',
        ],
      },
      'fin-budget': {
        text: 'Comment le budget d’un projet est-il fixé ?',
        levels: [
          'Il ne l’est pas ; les coûts sont payés au fil de l’eau.',
          'Un chiffre approximatif pour les grands projets.',
          'Les projets reçoivent un budget issu d’une estimation.',
          'Les budgets comportent des réserves convenues pour les risques connus.',
          'Les règles d’estimation ont changé après que les coûts réels ont montré une tendance.',
        ],
      },
      'fin-cost-check': {
        text: 'Les coûts des projets sont-ils comparés au budget ?',
        levels: [
          'Non.',
          'À la fin, et encore.',
          'Oui, chaque mois, avec des actions sur les écarts.',
          'Oui, avec le coût final attendu mis à jour chaque mois.',
          'Les contrôles de coûts ont changé après un dépassement repéré trop tard.',
        ],
      },
      'fin-case': {
        text: 'Un projet a-t-il besoin d’un dossier d’investissement pour démarrer ?',
        levels: [
          'Non.',
          'Pour les grands, de manière informelle.',
          'Oui ; les projets démarrent sur un dossier court et convenu.',
          'Le dossier est réexaminé aux points de décision avec des chiffres à jour.',
          'Les règles des dossiers ont été durcies après des résultats inférieurs à ce qu’ils annonçaient.',
        ],
      },
      'fin-total': {
        text: 'La dépense totale consacrée aux projets est-elle connue ?',
        levels: [
          'Personne ne connaît le total.',
          'Une fois par an, approximativement.',
          'Oui ; elle est consolidée à un rythme fixé et examinée.',
          'Oui, chaque mois, par rapport au total prévu.',
          'Les règles de financement ont changé après que les totaux ont montré de l’argent bloqué dans des projets faibles.',
        ],
      },
    },
  });
