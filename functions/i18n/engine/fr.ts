import type { EngineKey } from '../../core/english';
import { FR_CALIBRATION } from './calibration';
import { FR_IN_PLACE } from './in-place';
import { officeFrTexts } from './office-fr';
import { FR_STRUCTURE } from './structure';

let made: Readonly<Record<EngineKey, string>> | undefined;

/** Ce que dit le moteur, en français (vouvoiement). Glossaire : docs/glossary.md.
 * Built on first use (the object literal sits in a function), so a cold start pays only for the
 * languages its requests read.
 */
export const frTexts = (): Readonly<Record<EngineKey, string>> =>
  (made ??= {
    ...officeFrTexts(),
    ...FR_CALIBRATION,
    ...FR_STRUCTURE,
    ...FR_IN_PLACE,
    'model.weather-station': 'station météo',
    'model.control-tower': 'tour de contrôle',
    'model.resource-source': 'réservoir de ressources',
    'modelName.weather-station': 'Station météo',
    'modelName.control-tower': 'Tour de contrôle',
    'modelName.resource-source': 'Réservoir de ressources',
    'sourcing.internal': 'interne',
    'sourcing.outsourced': 'externalisé',
    'sourcing.hybrid': 'hybride',
    'control.supportive': 'de soutien',
    'control.controlling': 'de contrôle',
    'control.directive': 'directif',
    'evidence.status.sufficient': 'suffisantes',
    'evidence.status.provisional': 'provisoires',
    'evidence.status.insufficient': 'insuffisantes',

    'evidence.fewSufficient':
      '{sufficient} dimensions sur {total} reposent sur des réponses suffisantes et cohérentes (au moins {minRated} questions notées qui concordent) ; il en faut {needed}. Notez davantage de questions.',
    'evidence.fewSufficientStartWith':
      '{sufficient} dimensions sur {total} reposent sur des réponses suffisantes et cohérentes (au moins {minRated} questions notées qui concordent) ; il en faut {needed}. Notez davantage de questions, en commençant par : {dimensions}.',
    'evidence.manyUnknownsAskMore':
      '{unrated} questions sur {questions} n’ont aucune note (« je ne sais pas » ou « sans objet ») : ce résultat ne voit qu’une partie de l’organisation et la confiance qu’on peut lui accorder est faible. Avant d’engager de l’argent, faites répondre aussi deux ou trois personnes qui connaissent les projets : c’est l’évaluation en équipe.',
    'evidence.manyUnknownsTeam':
      '{unrated} questions sur {questions} n’ont reçu de note d’aucun des {respondents} répondants : ce résultat ne voit qu’une partie de l’organisation et la confiance qu’on peut lui accorder est faible. Avant d’engager de l’argent, trouvez qui connaît ces domaines et faites-le répondre.',
    'evidence.fewRespondents':
      '{respondents, plural, one {# répondant} other {# répondants}} : le résultat n’est qu’un point de vue sur l’organisation. Au moins {minRespondents} répondants de rôles différents le rendent suffisant.',
    'evidence.inconsistent':
      '{dimension} : les notes des questions divergent (au-delà de la limite de {limit, number, 2}) ; leur moyenne masque des pratiques qui diffèrent selon le sujet. Discutez-en avec les répondants avant de vous fier à ce niveau.',
    'evidence.contextContradicts':
      'Les réponses décrivent des pratiques de niveau {claimed}, alors que le contexte indique que personne ici ne mène de projets ni n’a d’expertise en gestion de projet, et qu’aucun bureau n’en tient lieu ; des pratiques de ce niveau supposent des personnes qui savent les faire vivre. Les réponses ne sont pas retenues au-delà du niveau {level} tant que ceux qui mènent les projets ne les confirment pas lors d’une évaluation en équipe, ou que des documents ne montrent pas ces pratiques : ce résultat n’indique qu’une direction.',
    'evidence.insufficient':
      'Éléments insuffisants : le niveau global exige au moins {forLevel} dimensions comptant {minRated} questions notées ou plus ; {counted} les ont. D’ici là, le niveau retenu est au plus {maxLevel}.',
    'evidence.respondentsCamps':
      'Sur {dimensions}, les répondants forment deux camps de plusieurs personnes chacun, à deux niveaux d’écart : la moyenne ne décrit ni l’un ni l’autre, et ces niveaux ne sont pas comptés comme cohérents. Revoyez-les avec les répondants avant de vous y fier.',
    'evidence.sufficientUntested':
      '{sufficient} dimensions sur {total} ont assez de questions notées, dans la limite d’écart, de {respondents} répondants. Leur accord n’est pas établi : distinguer deux camps demande {pair} répondants, {k} de chaque côté ; avec si peu de personnes, un désaccord peut se cacher dans les moyennes.',
    'rationale.thinLeastControl':
      'Sur des éléments aussi minces, l’orientation est provisoire et ne demande pas plus que ce qu’ils portent : modèle {model}, le bureau le moins contrôlant qui convienne. Le modèle {best} obtient {lead} points de plus, mais sur trop peu de réponses notées pour choisir davantage de contrôle.',
    'rationale.thinKeepsModel':
      'Sur des éléments aussi minces, l’orientation est provisoire : le modèle {model} en place garde son degré de contrôle ; trop peu de réponses sont notées pour le changer dans un sens ou dans l’autre.',
    'rationale.thinFirstStep':
      'La première et seule étape ferme est une évaluation en équipe avec au moins {respondents} personnes de rôles différents : elle décide du degré de contrôle et de la taille, et rien n’est recruté ni acheté avant.',
    'plan.noOffice.rankAndLimit':
      'Tenir une seule liste classée de tous les projets en cours, confiée à qui fixe les priorités ; ne laisser tourner en même temps que ce que les responsables de projet peuvent porter, et mettre le reste en attente avec une date pour le revoir.',
    'plan.noOffice.peopleByRank':
      'Quand des projets veulent les mêmes personnes, le mieux classé sur la liste passe en premier ; le responsable de la liste ne tranche que ce que le classement laisse ouvert.',
    'evidence.sufficient':
      '{sufficient} dimensions sur {total} reposent sur des réponses cohérentes de {respondents} répondants.',

    'warning.pmShare':
      '{projectManagers} personnes sur {employees} gèrent des projets : vérifiez que seules les personnes dont le métier est de conduire des projets sont comptées.',
    'warning.projectsPerPerson':
      '{projects} projets pour {employees} personnes, c’est plus de {limit} par personne : beaucoup sont sans doute des tâches ou de petites missions client ; cette recommandation en retient {credible} comme projets.',
    'warning.managersPerProject':
      '{projectManagers} chefs de projet pour {projects} projets en cours : vérifiez les deux chiffres. D’ici là, cette recommandation ne dimensionne et ne chiffre son travail que sur {credible} d’entre eux, ce que les projets peuvent occuper.',
    'warning.noProjects':
      'Aucun projet n’est en cours : la recommandation suppose les chiffres d’une période habituelle.',
    'warning.contentionWithoutProjects':
      'Forte concurrence pour les ressources avec {projects, plural, one {# projet} other {# projets}} : la concurrence vient sans doute des activités courantes, qu’un PMO ne peut arbitrer seul.',
    'warning.pmoWithoutProjects':
      'Un PMO existe aujourd’hui pour {projects, plural, one {# projet en cours} other {# projets en cours}}.',
    'warning.directiveWithoutAppetite':
      'Un bureau directif fonctionne aujourd’hui alors que l’appétence pour un pilotage central est {appetite}.',
    'warning.lowSpend':
      'Un budget annuel de projets de {spend} pour {projects} projets fait moins de {minimum} par projet : vérifiez le chiffre.',
    'warning.inconsistentDimension':
      '{dimension} : les notes des questions divergent (au-delà de la limite de {limit, number, 2}) ; son niveau {level} compte dans le score global mais ne peut pas prouver une capacité dont un modèle de PMO a besoin.',
    'warning.thinDimension':
      '{dimension} : seulement {rated} de ses {questions} questions est notée, son niveau est donc une réponse isolée, pas encore une preuve : un niveau compte à partir de {minRated} questions notées. Qui peut répondre aux autres : {who}.',
    'warning.unratedDimension':
      '{dimension} : toutes les questions ont reçu « je ne sais pas », la dimension n’a donc pas de niveau et la conception ne s’appuie pas sur elle. Avant d’utiliser le résultat, faites répondre à ses {questions} questions quelqu’un qui la connaît : {who}.',
    'whoKnows.standards': 'les chefs de projet qui appliquent les méthodes',
    'whoKnows.governance': 'un sponsor de projet ou le secrétaire du comité de pilotage',
    'whoKnows.portfolio': 'la personne qui tient la liste des projets pour la direction',
    'whoKnows.resources': 'les responsables hiérarchiques qui prêtent des personnes aux projets',
    'whoKnows.reporting': 'un sponsor qui lit les rapports d’avancement',
    'whoKnows.risk-control': 'les chefs de projet, ou le responsable des risques',
    'whoKnows.competencies': 'les RH ou la personne qui organise la formation des chefs de projet',
    'whoKnows.tools': 'la personne qui gère les outils de projet à l’informatique',
    'whoKnows.lifecycle': 'les chefs de projet',
    'whoKnows.stakeholders': 'les responsables métier des projets',
    'whoKnows.benefits': 'les responsables métier des projets, ou le contrôleur de gestion',
    'whoKnows.finance': 'le contrôleur de gestion',
    'appetite.low': 'faible',
    'appetite.medium': 'moyenne',
    'appetite.high': 'forte',

    'maturity.overallSolid':
      'Le score global de {overall, number, 2} est la moyenne de {count, plural, one {# dimension} other {# dimensions}} comptant au moins {minRated} questions notées.',
    'maturity.overallRated':
      'Le score global de {overall, number, 2} est la moyenne de {count, plural, one {# dimension notée} other {# dimensions notées}} à ce stade.',
    'maturity.reaches': 'Le score atteint le niveau {level} ({levelName}).',
    'maturity.credited':
      'Niveau retenu : {level} ({levelName}) ; moins de {forLevel} dimensions comptent {minRated} questions notées ou plus, et un niveau supérieur exige des éléments à l’échelle de l’organisation.',
    'maturity.notCounted':
      '{count, plural, one {# dimension n’est pas prise} other {# dimensions ne sont pas prises}} en compte : non notées, ou moins de {minRated} questions notées.',
    'maturity.weakest': 'Dimension la plus faible : {dimension}, à {score, number, 2}.',

    'need.gate.officeShare':
      'une personne à temps plein au PMO représente au plus {maxShare} % de l’effectif ({minEmployees} personnes ou plus)',
    'need.gate.officeShareValue': '{share, number, 2} % de {employees} personnes',
    'need.gate.portfolio':
      '{minProjects} projets simultanés ou plus, ou 1 à 2 grands projets ({programmeBudget} de budget annuel ou plus ; sans chiffre de budget, {programmeEmployees} personnes ou plus, {programmeManagers} chefs de projet ou plus et une concurrence pour les ressources qui n’est pas faible)',
    'need.gate.portfolioValue': '{projects, plural, one {# projet} other {# projets}}',
    'need.verdict.coordinationRole':
      'Pas de bureau : il y a un travail de coordination ({score} points de besoin), mais avec {employees} personnes, une personne à temps plein au PMO représenterait {share, number, 2} % de l’effectif, au-delà de la limite de {maxShare} %. Un rôle de coordination à temps partiel suffit.',
    'need.verdict.tooSmall':
      'Pas de PMO : avec {employees} personnes, un bureau pèserait trop lourd dans l’effectif, et {score} points de besoin restent sous le seuil de {threshold}.',
    'need.verdict.programme':
      'Un bureau de programme se justifie : {projects, plural, one {# grand projet} other {# grands projets}} dans une organisation de {employees} personnes. Son périmètre est le programme, non l’organisation.',
    'need.verdict.programmeSpending':
      'Un bureau de programme se justifie : {projects, plural, one {# grand projet} other {# grands projets}} dans une organisation de {employees} personnes qui dépense {spend} par an. Son périmètre est le programme, non l’organisation.',
    'need.verdict.fewLargeOrders':
      'Un bureau se justifie : {projects, plural, one {# grande commande client} other {# grandes commandes client}} dans une organisation de {employees} personnes. Des commandes pour des clients différents forment un carnet de commandes, non un programme : le bureau les sert toutes, avec les personnes qu’elles se partagent.',
    'need.verdict.fewProjects':
      'Pas encore de PMO : avec {projects, plural, one {# projet} other {# projets}} à la fois, il y a trop peu à coordonner ; un chef de projet compétent et quelques habitudes communes suffisent.',
    'need.verdict.belowThreshold':
      'Pas encore de PMO : {score} points de besoin restent sous le seuil de {threshold} à partir duquel un PMO est rentable.',
    'need.verdict.warranted':
      'Un PMO se justifie : {score} points de besoin atteignent le seuil de {threshold}.',
    'need.alternative.coordinationRole':
      'Confiez à une personne un rôle de coordination à temps partiel (quelques heures par semaine) : une liste unique des projets, un point hebdomadaire sur qui travaille sur quoi et un bref bilan à la clôture de chaque projet.',
    'need.alternative.accountableLead':
      'Donnez à chaque projet un chef de projet responsable et un sponsor (commanditaire) qui décide du périmètre et du budget.',
    'need.alternative.trainBasics':
      'Formez une ou deux personnes aux bases de la gestion de projet pour qu’elles conduisent les prochains projets.',
    'need.alternative.managersMeet':
      'Réunissez vos chefs de projet chaque mois pour partager plannings, risques et retours d’expérience.',
    'need.alternative.reassess':
      'Refaites l’évaluation lorsque vous menez {projects} projets ou plus en parallèle, lorsque les projets se disputent les mêmes personnes, ou dans six mois.',
    // ── Manche 16 : rien ne tourne pour l’instant ──
    'need.alternative.nextProject':
      'Tenez prête une fiche de lancement d’une page (objectif, commanditaire, responsable, budget, date de fin) sur laquelle démarrera le prochain projet.',
    'need.alternative.reassessWhenApproved':
      'Répondez de nouveau au questionnaire lorsque des projets sont approuvés, avec leur nombre et leur dépense annuelle.',
    'plan.idle.phase': 'Prêts pour le prochain projet',
    'plan.idle.startSheet':
      'Convenez d’une fiche de lancement d’une page pour le prochain projet : objectif, commanditaire, responsable, budget et date de fin, remplie avant son démarrage.',
    'plan.idle.whoNames':
      'Convenez de qui désigne le responsable et le commanditaire de chaque projet une fois approuvé.',
    'plan.idle.milestone':
      'La fiche de lancement est validée et rangée là où le prochain commanditaire la trouvera',
    'plan.idle.exit':
      'Le prochain projet approuvé démarre sur la fiche, avec un responsable et un commanditaire désignés.',
    'plan.idle.reassess':
      'Lorsque des projets sont approuvés, répondez de nouveau au questionnaire avec leur nombre et leur dépense annuelle',
    'plan.idle.noPmo':
      'Aucun projet en cours : rien à coordonner pour l’instant ; le plan prépare le prochain projet et repose la question lorsque des projets sont approuvés',

    'action.establish': 'Aucun PMO n’existe aujourd’hui : créez-en un.',
    'action.none': 'Aucun PMO n’existe et aucun n’est encore nécessaire.',
    'action.reshape':
      'Le bureau existant (modèle {model}) en fait plus que ne l’exige la coordination : transformez-le en un rôle plus léger.',
    'action.resetIneligible':
      'Le bureau existant (modèle {model}) ne remplit pas ses propres prérequis ({blockers}) : refondez-le.',
    'action.resetWeak':
      'Les services du bureau existant (modèle {model}) obtiennent {score, number, 2}, sous {limit, number, 2} : il ne fonctionne pas comme prévu ; refondez-le.',
    'action.keep':
      'Le bureau existant (modèle {model}) convient : conservez-le et améliorez ses services les plus faibles.',
    'action.evolve': 'Faites évoluer le bureau existant (modèle {existing}) vers le modèle {model}.',

    'readiness.capabilityRated': '{dimension} {score, number, 2}',
    'readiness.capabilityUnrated': '{dimension} non notée',
    'readiness.capabilityNeedsRated':
      '{dimension} {score, number, 2} (exige le niveau {level} sur des éléments suffisants)',
    'readiness.capabilityNeedsUnrated': '{dimension} non notée (exige le niveau {level})',
    'readiness.startAtOnce':
      'Le modèle {model} ne repose sur aucune capacité préalable ; il peut démarrer tout de suite.',
    'readiness.inPlace': 'Le modèle {model} repose sur {capabilities} : tout est en place.',
    'readiness.staged':
      'Le modèle {model} exige {capabilities}. Les services viennent dans l’ordre de la difficulté qu’ils traitent ; ceux qui reposent sur une capacité manquante démarrent pendant qu’on la construit ({path} indique la direction, ce n’est pas un passage obligé).',
    'readiness.pilot':
      'Le modèle {model} exige {capabilities} ; les étapes précédentes sont déjà en usage : commencez par lui et construisez la capacité manquante pendant le pilote.',
    'readiness.passed': '{explanation} Déjà en usage, donc non planifié : {models}.',

    'rationale.maturity':
      'La maturité est au niveau {level} ({levelName}), score global {overall, number, 2} sur 5 ; éléments {evidence}.',
    'rationale.ineligible': '{model} n’est pas éligible : {blockers}',
    'rationale.bestFit': 'Meilleure adéquation éligible : {model} ({control}) avec {score}/100.',
    'rationale.bestFitAhead':
      'Meilleure adéquation éligible : {model} ({control}) avec {score}/100, devant {behind}.',
    'rationale.bestFitTied':
      'Meilleure adéquation éligible : {model} ({control}) avec {score}/100, à égalité avec {tied} (en cas d’égalité, le modèle le moins contrôlant l’emporte).',
    'rationale.bestFitTiedAhead':
      'Meilleure adéquation éligible : {model} ({control}) avec {score}/100, à égalité avec {tied} (en cas d’égalité, le modèle le moins contrôlant l’emporte), devant {behind}.',
    'rationale.bestFitTiedMore':
      'Meilleure adéquation éligible : {model} ({control}) avec {score}/100, à égalité avec {tied} ; le modèle qui contrôle le plus est retenu, car un régulateur trouverait ici la gouvernance et la maîtrise des risques insuffisantes.',
    'rationale.bestFitTiedAheadMore':
      'Meilleure adéquation éligible : {model} ({control}) avec {score}/100, à égalité avec {tied} ; le modèle qui contrôle le plus est retenu, car un régulateur trouverait ici la gouvernance et la maîtrise des risques insuffisantes. Derrière eux : {behind}.',
    'rationale.bestFitTiedMoreAppetite':
      'Meilleure adéquation éligible : {model} ({control}) avec {score}/100, à égalité avec {tied} ; le modèle qui contrôle le plus est retenu, car la direction demande un contrôle central (appétit élevé) et rien d’autre dans les réponses ne départage les deux.',
    'rationale.bestFitTiedAheadMoreAppetite':
      'Meilleure adéquation éligible : {model} ({control}) avec {score}/100, à égalité avec {tied} ; le modèle qui contrôle le plus est retenu, car la direction demande un contrôle central (appétit élevé) et rien d’autre dans les réponses ne départage les deux. Derrière eux : {behind}.',
    'rationale.scored': '{model} {score}/100',
    'rationale.modelReason': '{model} : {reason}',
    'rationale.sourcing': 'Sourcing du PMO : {sourcing} avec {score}/100 ; {reason}',
    'rationale.sourcingTied':
      'Sourcing du PMO : {sourcing} avec {score}/100, à égalité avec {tied} (en cas d’égalité, l’interne l’emporte, puis l’hybride) ; {reason}',
    'rationale.sourcingIneligible': 'Le sourcing {sourcing} n’est pas éligible : {blockers}',
    'rationale.shouldNeedGrow':
      'Si le besoin augmente, le modèle le mieux adapté aujourd’hui serait le modèle {model} ({score}/100).',

    'fit.leadershipWantsVisibilityOnlyLow':
      'La direction ne veut que de la visibilité (faible appétence pour le pilotage central) ; une tour de contrôle fixe des standards et en vérifie l’application.',
    'fit.noExecutiveMandateToAllocate':
      'Pas de mandat de la direction pour affecter les ressources : les projets se disputent rarement les mêmes personnes, un bureau directif n’aurait donc rien à décider.',
    'fit.aProgrammeOfficeServesOne':
      'Un bureau de programme sert un seul programme ; il n’a pas de portefeuille dans lequel choisir.',
    'fit.notRated': 'non noté',
    'fit.appetiteForCentralControl': 'Appétence pour un pilotage central',
    'fit.aCultureWaryOfCentral':
      'une culture méfiante envers le pilotage central accepte un bureau qui se contente d’observer et de rendre compte',
    'fit.aReportingOfficeStaysWithin':
      'un bureau de reporting reste dans les limites du contrôle que la direction acceptera',
    'fit.leadershipWantsMoreControlThan':
      'la direction veut plus de contrôle qu’un bureau limité au reporting n’en offre',
    'fit.currentMaturity': 'Maturité actuelle',
    'fit.atLowMaturityVisibilityIs': 'à faible maturité, la visibilité est la première chose à construire',
    'fit.definedPracticeNoLongerNeeds': 'une pratique définie n’a plus besoin de visibilité seulement',
    'fit.practiceIsMatureReportingAlone': 'la pratique est mature ; le reporting seul apporte peu',
    'fit.performanceTrackingAndReporting': 'Suivi de la performance et reporting',
    'fit.below250ManagementLacks':
      'sous 2,50 : la direction n’a pas aujourd’hui de vue consolidée des projets',
    'fit.at250OrAbove': 'à 2,50 ou plus (ou non noté) : le reporting n’est pas l’écart à combler',
    'fit.competitionForSharedResources': 'Concurrence pour les ressources partagées',
    'fit.littleCompetitionForPeopleSo': 'peu de concurrence pour les personnes, l’observation suffit donc',
    'fit.someCompetitionForPeopleThat':
      'une certaine concurrence pour les personnes, qu’un bureau de reporting ne peut pas arbitrer',
    'fit.strongCompetitionForPeopleThat':
      'une forte concurrence pour les personnes, qu’un bureau de reporting ne peut pas arbitrer',
    'fit.projectsAtOnce': 'Projets en parallèle',
    'fit.aSmallPortfolioIsEasy': 'un petit portefeuille est facile à observer',
    'fit.aMidSizedPortfolio': 'un portefeuille de taille moyenne',
    'fit.aLargePortfolioNeedsMore': 'un grand portefeuille demande plus que de l’observation',
    'fit.aCultureWaryOfControl': 'une culture méfiante envers le contrôle résistera à des standards imposés',
    'fit.leadershipAcceptsCommonStandardsAnd': 'la direction accepte des standards et des contrôles communs',
    'fit.leadershipWantsControlStandardsAre':
      'la direction veut du contrôle ; les standards en sont une première étape',
    'fit.standardsAndLifecycleDiscipline': 'Standards et discipline du cycle de vie',
    'fit.practiceConsistencyIsNotRated': 'la cohérence des pratiques n’est pas notée',
    'fit.below250PracticeDiffers':
      'sous 2,50 : la pratique diffère d’un projet à l’autre ; le besoin est celui de standards communs',
    'fit.from250ToBelow': 'de 2,50 à moins de 3,50 : la pratique commune n’est pas encore appliquée partout',
    'fit.350OrAbovePractice': '3,50 ou plus : la pratique est déjà cohérente',
    'fit.standardsNeedSomeRepeatablePractice':
      'les standards ont besoin d’une pratique reproductible sur laquelle s’appuyer',
    'fit.enoughRepeatablePracticeToStandardise': 'assez de pratique reproductible pour standardiser',
    'fit.maturePracticeNeedsLessStandard': 'une pratique mature a moins besoin de standards',
    'fit.projectManagersToSupport': 'Chefs de projet à accompagner',
    'fit.thereAreProjectManagersTo': 'il y a des chefs de projet à accompagner et à revoir',
    'fit.noProjectManagersToCoach': 'pas encore de chef de projet à accompagner',
    'fit.aSingleProjectManagerTo': 'un seul chef de projet à accompagner',
    'fit.standardsAloneDoNotSettle':
      'des standards seuls ne règlent pas une forte concurrence pour les personnes',
    'fit.resourceCompetitionDoesNotCall': 'la concurrence pour les ressources n’en demande pas davantage',
    'fit.aCultureWaryOfControl2':
      'une culture méfiante envers le contrôle rejettera un bureau qui décide des projets',
    'fit.leadershipIsLukewarmAboutHanding':
      'la direction est réticente à confier les décisions de projet à un bureau',
    'fit.leadershipGivesAMandateFor': 'la direction donne un mandat de pilotage central',
    'fit.littleCompetitionForPeopleLeaves': 'peu de concurrence pour les personnes, donc peu à répartir',
    'fit.someCompetitionForPeopleTo': 'une certaine concurrence pour les personnes, à arbitrer',
    'fit.projectsFightForTheSame':
      'les projets se disputent les mêmes personnes et le même budget ; quelqu’un doit les répartir',
    'fit.tooFewProjectsToJustify': 'trop peu de projets pour justifier une gestion centrale du portefeuille',
    'fit.enoughProjectsToPrioritiseCentrally': 'assez de projets pour prioriser de façon centrale',
    'fit.manyConcurrentProjectsNeedCentral':
      'de nombreux projets simultanés demandent une priorisation centrale',
    'fit.directiveControlNeedsDefinedPractice':
      'un pilotage directif exige une pratique définie et des données fiables qui manquent encore',
    'fit.definedPracticeGivesADirective':
      'une pratique définie donne à un bureau directif une base de travail',
    'fit.lastingOrTemporaryNeed': 'Besoin durable ou temporaire',
    'fit.aLastingNeedJustifiesA': 'un besoin durable justifie une structure permanente',
    'fit.aDirectiveOfficeIsA': 'un bureau directif est une structure lourde pour un besoin temporaire',
    'fit.portfolioAndResourceManagement': 'Gestion du portefeuille et des ressources',
    'fit.below250NobodySelects': 'sous 2,50 : personne ne sélectionne ni n’équilibre les projets aujourd’hui',
    'fit.at250OrAbove2':
      'à 2,50 ou plus (ou non noté) : la pratique du portefeuille n’est pas l’écart à combler',
    'fit.blocker.appetite':
      'L’appétence pour un pilotage central est {appetite} ; un bureau directif exige qu’elle soit forte, puisqu’il décide des priorités et des personnes.',
    'fit.blocker.fewProjects':
      '{projects, plural, one {# projet} other {# projets}} en parallèle ; la sélection du portefeuille en exige au moins {minimum}.',
    'fit.level': 'niveau {level}',
    'fit.score': '{score, number, 2}',
    'fit.horizon.lasting': 'durable',
    'fit.horizon.temporary': 'temporaire',

    'src.aResourceSourceDecidesPriorities':
      'Un réservoir de ressources décide des priorités et des personnes ; ces droits de décision restent dans l’organisation, il peut donc être au plus hybride.',
    'src.inHousePmExpertise': 'Expertise interne en gestion de projet',
    'src.lastingOrTemporaryNeed': 'Besoin durable ou temporaire',
    'src.anInternalOfficeNeedsExpertise': 'un bureau interne exige une expertise qui manque à l’organisation',
    'src.inHouseExpertiseCanBuild': 'l’expertise interne peut bâtir un bureau adapté à la culture',
    'src.buildingAnOfficeFromWithin': 'bâtir un bureau en interne est lent pour un besoin urgent',
    'src.thereIsTimeToDiagnose': 'il y a le temps de diagnostiquer la culture et d’en tirer des standards',
    'src.aLastingNeedRewardsOwnership': 'un besoin durable récompense l’appropriation et l’adhésion',
    'src.aPermanentDepartmentIsToo': 'un service permanent est disproportionné pour un besoin temporaire',
    'src.projectManagers': 'Chefs de projet',
    'src.existingProjectManagersCanStaff': 'les chefs de projet en place peuvent composer le bureau',
    'src.tooFewProjectManagersTo': 'trop peu de chefs de projet pour composer le bureau en interne',
    'src.outsideMethodAddsLittleTo': 'une méthode externe apporte peu à une solide expertise interne',
    'src.aConsultancyBringsExpertiseThe':
      'un cabinet de conseil apporte l’expertise qui manque à l’organisation',
    'src.speedTheMainBenefitOf': 'la rapidité, principal avantage de l’externalisation, n’est pas nécessaire',
    'src.anOutsideTeamAppliesA': 'une équipe externe applique rapidement une méthode éprouvée',
    'src.aTemporaryNeedAvoidsBuilding': 'un besoin temporaire évite de bâtir un service permanent',
    'src.aLastingNeedMakesOutside':
      'un besoin durable rend les honoraires externes récurrents et l’appropriation faible',
    'src.outsideExpertsCanStandThe':
      'des experts externes peuvent lancer le bureau et former l’équipe qui le reprendra',
    'src.aHandOverNeedsInternal': 'une passation exige d’abord de former l’équipe interne',
    'src.strongInHouseExpertiseNeeds': 'une solide expertise interne a peu besoin d’aide externe',
    'src.noUrgencyToJustifyOutside': 'pas d’urgence qui justifie une aide externe au démarrage',
    'src.outsideHelpGivesAFast': 'une aide externe permet un démarrage rapide',
    'src.aPlannedHandOverLeaves': 'une passation planifiée laisse un bureau interne durable',
    'src.urgency': 'Urgence',
    'src.expertise.none': 'aucune',
    'src.expertise.basic': 'de base',
    'src.expertise.strong': 'solide',

    'needf.projectsPerProjectManager': 'Projets par chef de projet',
    'needf.noProjectManagers': 'aucun chef de projet',
    'needf.severalProjectsAndNobodyWhose': 'plusieurs projets et personne dont le métier est de les conduire',
    'needf.fewProjectsAndNoProject': 'peu de projets et aucun chef de projet',
    'needf.projectsRunningAtOnce': 'Projets menés en parallèle',
    'needf.theMoreProjectsRunAt': 'plus il y a de projets en parallèle, plus il y a à coordonner',
    'needf.competitionForSharedPeopleAnd': 'Concurrence pour les personnes et le budget partagés',
    'needf.projectsCompetingForTheSame':
      'des projets qui se disputent les mêmes personnes ont besoin d’un arbitre',
    'needf.organisationSize': 'Taille de l’organisation',
    'needf.largerOrganisationsLoseSightOf':
      'les grandes organisations perdent plus vite de vue leurs projets',
    'needf.projectManagers': 'Chefs de projet',
    'needf.pushLeadsEveryStream':
      'Un effort urgent fait mener chaque projet, par un chef de projet ou un responsable qu’il nomme : le besoin compte les projets à mener, non les chefs de projet présents.',
    'needf.severalProjectManagersBenefitFrom':
      'plusieurs chefs de projet gagnent à partager standards et accompagnement',
    'needf.yearlyProjectSpend': 'Dépense annuelle en projets',
    'needf.notGiven': 'non renseignée',
    'needf.spendNotGivenSoIt': 'dépense non renseignée, elle n’ajoute donc aucun besoin',
    'needf.theMoreMoneyProjectsSpend': 'plus les projets dépensent, plus un échec coûte cher',
    'needf.externalRegulatorOrAuditor': 'Régulateur ou auditeur externe',
    'needf.projectsMustShowAnAuditor':
      'les projets doivent prouver à un auditeur des décisions et des traces cohérentes',
    'needf.noOutsideAssuranceToProvide': 'aucune garantie à fournir à l’extérieur',
    'needf.manySmallJobs':
      'plus de {limit} projets par chef de projet : beaucoup de petites missions, coordonnées par leurs responsables plutôt qu’entre elles',
    'needf.realCoordination':
      'au plus {limit} projets par chef de projet : le nombre reflète un vrai travail de coordination',
    'needf.employees': '{employees} personnes',
    'needf.amount': '{amount}',
    'needf.yes': 'oui',
    'needf.no': 'non',

    'gap.explanation':
      'Les {higher} notent « {dimension} » à {higherScore, number, 2}, les {lower} à {lowerScore, number, 2} : un écart de {gap, number, 2} qui mérite d’être discuté.',
    'disclosure.noFigures':
      'Pas encore de chiffres : les résultats apparaissent dès que {k} personnes ont répondu ; combien l’ont déjà fait n’est pas affiché, car chaque réponse se verrait.',
    'disclosure.waiting':
      'Les réponses sont publiées par lots entiers de {k} ; celles qui dépassent le dernier lot complet attendent le suivant, sans que leur nombre soit affiché, afin qu’aucune évolution des résultats ou des comptes ne puisse être rattachée à une personne.',
    'disclosure.tooSmall':
      '{count, plural, one {# répondant fait} other {# répondants font}} partie de groupes de moins de {k} personnes, même regroupés : pris en compte dans les chiffres globaux seulement.',
    'disclosure.complementary':
      'Le groupe « {group} » est masqué lui aussi : s’il était affiché, les chiffres globaux moins les groupes affichés révéleraient les réponses des groupes plus petits, masqués.',
    'disclosure.dimensionUnrated':
      '{dimension} : moins de {k} personnes l’ont notée, elle n’a donc pas de score.',
    'disclosure.groupUnrated':
      '{dimension} pour le groupe « {group} » : moins de {k} d’entre eux l’ont notée, elle est donc masquée.',
    'disclosure.groupWaits':
      '{dimension} pour le groupe « {group} » reste masquée tant que le score global de cette dimension ne les compte pas tous.',
    'disclosure.ratingsWait':
      'Certaines notes attendent que {k} personnes aient noté le même domaine avant de compter dans son score.',
    'disclosure.expectations': 'Les attentes choisies par 1 à {below} personnes n’affichent pas de nombre.',
    'roleGroup.executive': 'Dirigeants',
    'roleGroup.management': 'Managers',
    'roleGroup.project-manager': 'Chefs de projet',
    'roleGroup.controller': 'Contrôleurs de gestion',
    'roleGroup.team-member': 'Membres d’équipe',
    'roleGroup.other': 'Autres',
    'roleGroup.pooled': 'Petits groupes (regroupés)',
    'roleGroupInSentence.executive': 'dirigeants',
    'roleGroupInSentence.management': 'managers',
    'roleGroupInSentence.project-manager': 'chefs de projet',
    'roleGroupInSentence.controller': 'contrôleurs de gestion',
    'roleGroupInSentence.team-member': 'membres d’équipe',
    'roleGroupInSentence.other': 'autres',
    'roleGroupInSentence.pooled': 'petits groupes (regroupés)',

    'benefit.betterDecisionsFromConsolidated':
      'De meilleures décisions grâce à des données projet consolidées et fiables',
    'benefit.anIndependentViewOf': 'Une vue indépendante de chaque projet pour la direction',
    'benefit.consistentPracticeFromOne': 'Une pratique cohérente d’un projet à l’autre',
    'benefit.lessDuplicatedEffortShared':
      'Moins d’efforts en double : modèles, outils et retours d’expérience partagés',
    'benefit.higherQualityOutcomesFrom':
      'Des résultats de meilleure qualité grâce à des chefs de projet formés et accompagnés',
    'benefit.risksSeenAndMitigated':
      'Des risques repérés et traités à l’échelle des projets, et non un par un',
    'benefit.projectsChosenAndRanked': 'Des projets choisis et classés selon la stratégie',
    'benefit.betterUseOfShared': 'Un meilleur usage des personnes et du budget partagés',
    'benefit.because': '{dimension} obtient {score, number, 2} sur 5 aujourd’hui.',
    'benefit.notRated': 'Non noté aujourd’hui.',
    'warning.borderline':
      'Cas limite : {change}, la réponse serait {answer}. Vérifiez ce chiffre avant d’agir sur l’une ou l’autre réponse.',
    'warning.borderlineMany':
      'Cas limite sur {count} chiffres : un seul de ces changements, chacun à un pas de ce qui a été saisi, suffirait pour que la réponse soit {answer} : {changes}. La réponse se trouve sur la ligne ; vérifiez ces chiffres avant d’agir sur l’une ou l’autre réponse.',
    'borderline.employees': 'avec {to, number} personnes au lieu de {from, number}',
    'borderline.concurrentProjects': 'avec {to, number} projets en cours au lieu de {from, number}',
    'borderline.projectManagers': 'avec {to, number} chefs de projet au lieu de {from, number}',
    'borderline.annualProjectBudget':
      'avec une dépense annuelle de projets de {to, number} au lieu de {from, number}',
    'borderline.urgency': 'avec une urgence {to} au lieu de {from}',
    'borderline.controlAppetite': 'avec un goût du contrôle {to} au lieu de {from}',
    'borderline.resourceContention': 'avec une concurrence pour les personnes {to} au lieu de {from}',
    'borderline.pmExpertise': 'avec une expertise en gestion de projet {to} au lieu de {from}',
    'borderline.level.none': 'nulle',
    'borderline.level.basic': 'de base',
    'borderline.level.strong': 'forte',
    'borderline.level.low': 'faible',
    'borderline.level.medium': 'moyenne',
    'borderline.level.high': 'forte',
    'sensitivity.change': '{aspect} : {from} → {to}',
    'sensitivity.verdict': 'verdict',
    'sensitivity.model': 'modèle',
    'sensitivity.sourcing': 'sourcing',
    'sensitivity.verdict.programme': 'bureau de programme',
    'sensitivity.verdict.needed': 'PMO nécessaire',
    'sensitivity.verdict.none': 'pas de PMO',
    'sensitivity.model.weather-station': 'station météo',
    'sensitivity.model.control-tower': 'tour de contrôle',
    'sensitivity.model.resource-source': 'réservoir de ressources',
    'sensitivity.model.none': 'aucun',
    'sensitivity.sourcing.internal': 'interne',
    'sensitivity.sourcing.outsourced': 'externalisé',
    'sensitivity.sourcing.hybrid': 'hybride',
    'sensitivity.sourcing.none': 'aucun',

    'risk.weatherStation.risk':
      'Les rapports sont perçus comme de la paperasse, car ils ne débouchent sur aucune décision.',
    'risk.weatherStation.mitigation':
      'Convenez avec la direction des décisions qu’alimente chaque rapport, et suivez-les.',
    'risk.controlTower.risk': 'Les standards paraissent bureaucratiques sur les petits projets.',
    'risk.controlTower.mitigation':
      'Proposez une démarche allégée pour les petits projets et revoyez les règles après le pilote.',
    'risk.resourceSource.risk':
      'Les responsables hiérarchiques refusent de perdre la main sur les personnes.',
    'risk.resourceSource.mitigation':
      'Faites siéger les responsables hiérarchiques au comité de portefeuille et publiez les règles d’affectation.',
    'risk.stretch.risk': 'Le bureau exige des capacités qui ne sont pas encore en place.',
    'risk.stretch.mitigation':
      'Construisez-les pendant le pilote et ne passez à l’étape suivante que lorsqu’une nouvelle évaluation les montre.',
    'risk.outsourced.risk': 'Le savoir part avec le prestataire ; l’organisation en dépend.',
    'risk.outsourced.mitigation':
      'Soyez propriétaire des méthodes et des données par contrat, et convenez des conditions de sortie avant le démarrage du prestataire.',
    'risk.hybrid.risk': 'La passation glisse et l’équipe externe reste.',
    'risk.hybrid.mitigation':
      'Fixez par contrat les dates de passation par rôle et associez l’équipe interne dès la première semaine.',
    'risk.temporary.risk': 'Le bureau survit au besoin pour lequel il a été créé.',
    'risk.temporary.mitigation': 'Inscrivez la date de fin dans la charte et planifiez la restitution.',
    'risk.urgentInterim.risk': 'Le dispositif provisoire devient permanent par défaut.',
    'risk.urgentInterim.mitigation':
      'Décidez du dispositif durable à la signature de la charte, et mettez alors fin au provisoire.',
    'risk.reset.risk': 'L’équipe du bureau actuel se sent mise en cause et se désengage.',
    'risk.reset.mitigation': 'Partez des constats du bilan de santé et donnez-lui un rôle dans la refonte.',
    'risk.evolve.risk': 'Les utilisateurs perdent des services du bureau actuel auxquels ils tiennent.',
    'risk.evolve.mitigation':
      'Maintenez les services que le bilan de santé montre utilisés jusqu’à ce que leur remplacement fonctionne.',
    'risk.regulated.risk': 'Des lacunes dans les traces apparaissent lors d’un audit pendant le changement.',
    'risk.regulated.mitigation':
      'Reportez les exigences réglementaires sur les jalons de décision avant le pilote et conservez la piste d’audit dès le premier jour.',
    'risk.thinEvidence.risk': 'La conception repose sur des éléments minces ou incohérents.',
    'risk.thinEvidence.mitigation':
      'Complétez l’évaluation avec davantage de répondants avant la signature de la charte.',

    'staff.role.pmoLead': 'Responsable du PMO',
    'staff.basis.oneLeadHalfTimeBelow':
      'un responsable ; à mi-temps sous 10 projets, sauf s’il pilote un programme',
    'staff.role.planningAndReportingAnalyst': 'Analyste planification et reporting',
    'staff.basis.onePer25ProjectsAt':
      'un pour {per} projets jusqu’à {until}, puis un pour {wide} (au moins à mi-temps) ; pour un programme, un pour {spend} de budget annuel (de 0,5 à 3), ou un lorsque le budget n’est pas indiqué',
    'staff.role.methodologyAndCoachingLead': 'Responsable méthodologie et accompagnement',
    'staff.basis.onePer10ProjectManagers':
      'un pour 10 chefs de projet, un pour 20 lorsque l’expertise interne est solide (au moins à mi-temps)',
    'staff.role.portfolioAndResourceManager': 'Responsable portefeuille et ressources',
    'staff.basis.onePer20ProjectsAt': 'un pour 20 projets (au moins un)',
    'staff.role.assuranceOfficer': 'Chargé d’assurance qualité et conformité',
    'staff.basis.regulatedOnePer50Projects':
      'activité réglementée : un pour 50 projets (au moins à mi-temps)',
    'staff.role.partTimeProjectCoordinator': 'Coordinateur de projets à temps partiel',
    'raci.service.regulatoryAssuranceAndAuditTrail': 'Conformité réglementaire et piste d’audit',
    'party.projectManagers': 'Chefs de projet',
    'party.leadership': 'Direction',
    'party.controllers': 'Contrôleurs de gestion',
    'party.teamMembers': 'Membres d’équipe',
    'party.lineManagement': 'Responsables hiérarchiques',
    'party.compliance': 'Conformité',
    'party.externalAuditor': 'Auditeur externe',
    'staff.basis': '{role} : {basis}',
    'staff.capped':
      'Plafonné à {share} % de l’effectif ({limit, number, 2} ETP) ; rôles réduits en proportion, aucun en dessous de {floor} ETP.',
    'staff.range': 'Fourchette : ±{spread} % autour de la somme des rôles.',
    'staff.coordination':
      'Au plus {share} % de l’effectif et au plus {fte} ETP ; la fourchette commence à la moitié.',
    'cost.groupTotal':
      'Le groupe au total, pôle central et bureaux des {units} unités : {min, number}–{max, number} {currency} par an, dont {unitsMin, number}–{unitsMax, number} {currency} pour les bureaux des unités, payés par les unités sur leur propre budget ; les chiffres qui suivent ne concernent que le pôle.',
    'cost.formula':
      '{min}–{max} ETP × {dayRate} {currency} par jour × {days} jours ouvrés, arrondi au millier le plus proche.',
    'cost.ratesGiven':
      'Taux journaliers fournis avec la demande : {internal} {currency} pour votre personnel, {external} {currency} pour toute personne externe.',
    'cost.singleRate':
      'Un seul taux journalier de {internal} {currency} a été indiqué : il vaut pour le personnel interne comme pour les externes. Une journée externe coûte d’ordinaire environ {factor, number} fois une journée interne ; indiquez un taux externe pour les compter à part.',
    'cost.mixedForGood':
      'Une équipe mixte durable : un noyau interne d’environ {own} ETP à {internal} {currency} par jour, aux côtés d’environ {outside} ETP de spécialistes externes à {external} {currency}, qui restent ; aucune passation, et chaque année coûte autant.',
    'cost.mixedForPush':
      'Une équipe mixte pour la durée de l’effort : environ {share} % de personnes externes à {external} {currency} par jour, le reste votre personnel à {internal} {currency}, jusqu’à la fin de l’effort.',
    'cost.mixedForLongPush':
      'Une équipe mixte qui passe la main pendant l’effort : environ {share} % de personnes externes à {external} {currency} par jour pendant ses {months} premiers mois, le temps de monter le bureau et que vos équipes en apprennent les rôles, puis environ {peak} % pour les pointes seulement ; le reste votre personnel à {internal} {currency}. Environ {average} % d’externes sur tout l’effort, le mélange retenu pour le chiffre annuel.',
    'cost.contractLead':
      'Compris dans le coût du bureau : son responsable ({fte} ETP) est une personne expérimentée de transition sous contrat pendant {months} mois, au tarif externe de {rate, number} {currency} par jour, soit environ {amount, number} {currency} de plus qu’à votre taux.',
    'rationale.coachedLead':
      'Ce qui est acheté : {days} jours d’accompagnement externe pour le responsable interne du bureau. Personne en interne n’a mené un tel travail, mais un responsable sous contrat au tarif externe laisserait environ {fte, number} ETP du travail sans personne sous le plafond de dépense ; vos propres équipes, accompagnées, en assurent environ {own, number} ETP pour le même budget.',
    'rationale.coachedLeadOverLine':
      'Ce qui est acheté : {days} jours d’accompagnement externe pour le responsable interne du bureau. Personne en interne n’a mené un tel travail, mais un responsable sous contrat au tarif externe absorberait l’essentiel de ce que permet le plafond de dépense et laisserait le travail sans personne ; vos propres équipes, accompagnées, en couvrent davantage pour le même budget.',
    'plan.coachedOwnLead':
      'Désigner dès maintenant le responsable du bureau parmi vos équipes, accompagné par un responsable de bureau expérimenté venu de l’extérieur environ un jour toutes les deux semaines ; commencer par les projets les plus critiques',
    'rationale.boughtInOneSeat':
      'Ce qui est acheté : tout le bureau, une personne expérimentée de transition ({fte} ETP) sous contrat pour la durée de l’effort au tarif externe, qui remet registres, plans et enseignements à la hiérarchie à la clôture.',
    'rationale.contractLead':
      '{rest, plural, =0 {Ce qui est acheté : tout le bureau, une personne expérimentée de transition ({fte} ETP) sous contrat au tarif externe, faute de quiconque en interne ayant mené un tel travail.} other {Ce qui est acheté : le responsable du bureau, une personne expérimentée de transition ({fte} ETP) sous contrat au tarif externe, faute de quiconque en interne ayant mené un tel travail ; les {rest} ETP restants sont vos propres équipes.}}',
    'src.mixedForGood':
      'le bureau pèse trop lourd dans l’effectif pour devenir entièrement interne : un noyau interne garde les décisions, des spécialistes externes restent durablement',
    'src.mixedForGoodExpertise':
      'votre personnel dirige le bureau, des spécialistes externes assurent la planification et le contrôle des coûts',
    'plan.agreeWhichRolesStay':
      'Convenir des rôles de spécialistes que le prestataire assure durablement, de la façon dont leur nombre suit le portefeuille de projets, et du fait que votre noyau interne les dirige',
    'plan.reviewTheMixYearly':
      'Revoir la composition une fois par an : quels rôles le prestataire assure, ce qu’ils coûtent, et si l’un d’eux doit devenir un poste interne',
    'party.ownCoreAndSpecialists': 'Noyau PMO interne et spécialistes externes',
    'risk.mixedForGood.risk': 'Le savoir du bureau reste chez les spécialistes du prestataire.',
    'risk.mixedForGood.mitigation':
      'Gardez méthodes, données et outils auprès de votre noyau interne, et inscrivez au contrat, pour chaque rôle, un préavis et la remise des dossiers.',
    'cost.defaultRate':
      'Taux journalier par défaut pour un sourcing {sourcing} (interne {internal}, hybride {hybrid}, externalisé {outsourced} {currency}) ; indiquez votre propre taux pour le remplacer.',
    'cost.notIncluded':
      'Les outils, la formation et le temps que les chefs de projet consacrent au bureau ne sont pas inclus.',
    'cost.shareOfSpend':
      'Cela représente {min, number, 2}–{max, number, 2} % de la dépense annuelle en projets.',
    'kpi.measure': 'Score « {dimension} » (1–5) lors de la réévaluation, douze mois après la charte',
    'party.pmoTeam': 'Équipe PMO',
    'party.outsideThenInternal': 'Équipe PMO externe, puis équipe PMO interne',
    'party.pmoProvider': 'Prestataire PMO',
    'party.programmeSponsor': 'Sponsor du programme',
    'party.executiveSponsor': 'Sponsor exécutif (commanditaire)',
    'party.pmoLead': 'Responsable du PMO',
    'party.portfolioBoard': 'Comité de portefeuille',

    'rollout.quickWin': 'Action rapide pour « {dimension} » ({score, number, 2}) : {action}',

    'plan.defineTheStatusReportFields':
      'Définir le point d’avancement : champs, rythme, règles de la météo (vert, orange, rouge)',
    'plan.collectStatusFromThePilot':
      'Recueillir l’avancement des projets pilotes et publier le premier reporting consolidé',
    'plan.extendStatusReportingToEvery': 'Étendre le reporting d’avancement à tous les projets',
    'plan.setUpTheSingleSource': 'Mettre en place la source unique de données projet',
    'plan.publishThePortfolioReportOn':
      'Publier le reporting de portefeuille à un rythme fixe et suivre les décisions qu’il déclenche',
    'plan.draftTheMethodologyTemplatesAnd':
      'Rédiger la méthodologie, les modèles et les règles d’adaptation à partir des bonnes pratiques existantes',
    'plan.applyTheMethodologyOnThe': 'Appliquer la méthodologie sur les projets pilotes, avec accompagnement',
    'plan.startConsolidatedStatusReporting': 'Lancer le reporting consolidé de l’avancement',
    'plan.trainEveryProjectManagerIn': 'Former chaque chef de projet à la méthodologie',
    'plan.startProjectReviewsAndCompliance': 'Lancer les revues de projet et les contrôles de conformité',
    'plan.reviewAndImproveTheMethodology':
      'Revoir et améliorer la méthodologie à partir des résultats des projets',
    'plan.agreeThePortfolioBoardIts':
      'Convenir du comité de portefeuille, de son mandat et de ses critères de sélection',
    'plan.draftTheMethodologyAndTemplates': 'Rédiger la méthodologie et les modèles',
    'plan.runTheFirstPortfolioPrioritisation':
      'Mener la première priorisation de portefeuille sur le périmètre pilote',
    'plan.planCapacityForThePilot': 'Planifier la capacité pour les projets pilotes',
    'plan.bringEveryProjectUnderPortfolio': 'Placer chaque projet sous l’autorisation du portefeuille',
    'plan.allocateSharedPeopleThroughThe': 'Affecter les personnes partagées par l’intermédiaire du PMO',
    'plan.startAudits': 'Lancer les audits',
    'plan.rebalanceThePortfolioQuarterlyOn':
      'Rééquilibrer le portefeuille chaque trimestre selon les bénéfices et la capacité',
    'plan.interimSetUp': 'Dispositif provisoire',
    'plan.contractLeadForPush':
      'Faire venir sous contrat une personne expérimentée de transition pour diriger le bureau pendant l’effort, en commençant par les projets les plus critiques : personne en interne n’a mené un tel travail',
    'plan.contractLeadUntilHire':
      'Faire venir sous contrat une personne expérimentée de transition pour diriger le bureau jusqu’au recrutement d’un responsable interne, en commençant par les projets les plus critiques : personne en interne n’a mené un tel travail',
    'plan.ownInterimLead':
      'Désigner dès maintenant le responsable du bureau parmi vos équipes, déchargé d’autres tâches autant que le bureau l’exige, et commencer par les projets les plus critiques',
    'plan.putAnInterimPmoLead':
      'Placer dès maintenant un responsable PMO par intérim sur les projets les plus critiques',
    'plan.startAWeeklyStatusRound':
      'Lancer un point d’avancement hebdomadaire, une liste de risques partagée et un journal des décisions',
    'plan.interimLeadInPlace': 'Responsable par intérim en place',
    'plan.firstWeeklyStatusRoundHeld': 'Premier point d’avancement hebdomadaire tenu',
    'plan.executiveSponsor': 'Sponsor exécutif (commanditaire)',
    'plan.purchasing': 'Achats',
    'plan.interimPmoLead': 'Responsable PMO par intérim',
    'plan.theCriticalProjectsReportWeekly':
      'Les projets critiques rendent compte chaque semaine pendant la conception du bureau durable.',
    'plan.procurementAndServiceLevels': 'Achats et niveaux de service',
    'plan.describeTheServicesScopeAnd':
      'Décrire, à partir de la charte signée, les services, le périmètre et le reporting que le prestataire doit fournir',
    'plan.selectTheProvider': 'Choisir le prestataire',
    'plan.agreeServiceLevelsReportingExit':
      'Convenir des niveaux de service, du reporting, des conditions de sortie et de la restitution des données et des méthodes',
    'plan.agreeWhichRolesPassTo': 'Convenir des rôles qui passent à l’équipe interne, et quand',
    'plan.contractWithServiceLevelsSigned':
      'Contrat avec niveaux de service signé avant le démarrage du prestataire',
    'plan.aSignedContractNamesServices':
      'Un contrat signé nomme les services, les niveaux de service, les conditions de sortie et les dates de passation.',
    'plan.healthCheckOfTheExisting': 'Bilan de santé du PMO existant',
    'plan.askProjectManagersAndSponsors':
      'Demander aux chefs de projet et aux sponsors ce qu’il faut garder, changer et abandonner',
    'plan.compareItsCostAndStaffing': 'Comparer son coût et ses effectifs avec le dispositif proposé',
    'plan.healthCheckReportAcceptedBy': 'Rapport de bilan de santé accepté par le sponsor',
    'plan.pmoLead': 'Responsable du PMO',
    'plan.theSponsorAgreesWhatThe':
      'Le sponsor convient de ce que le bureau garde, change et abandonne, à partir d’aujourd’hui.',
    'plan.mapWhatTheRegulatorOr':
      'Reporter les exigences du régulateur ou de l’auditeur sur les jalons de décision, les traces et les validations',
    'plan.keepAnAuditTrailDecisions':
      'Tenir une piste d’audit : décisions, approbations et preuves classées là où un auditeur peut les trouver',
    'plan.currentStateAnalysis': 'Analyse de l’existant',
    'plan.interviewAndSurveyStakeholdersFrom':
      'Interroger et sonder les parties prenantes de tous les rôles ; recueillir ce qu’elles attendent d’un PMO',
    'plan.studyTheKindsOfProjects':
      'Étudier les types de projets, les processus et les outils qu’utilisent aujourd’hui les chefs de projet',
    'plan.scoreMaturityPerDimensionAnd':
      'Noter la maturité par dimension et discuter des écarts de perception entre rôles',
    'plan.stakeholderSurveyClosed': 'Enquête auprès des parties prenantes close',
    'plan.currentStateReportAcceptedBy': 'Rapport sur l’existant accepté par le sponsor',
    'plan.pmoProvider': 'Prestataire PMO',
    'plan.theSponsorAcceptsTheCurrent':
      'Le sponsor accepte les constats sur l’existant et les dimensions les plus faibles à traiter en premier.',
    'plan.revisedConceptAndCharter': 'Concept et charte révisés',
    'plan.pmoConceptAndCharter': 'Concept et charte du PMO',
    'plan.decideWhereTheOfficeSits': 'Décider où le bureau est rattaché et à qui il rend compte',
    'plan.writeTheSunsetDateAnd': 'Inscrire la date de fin et la restitution dans la charte',
    'plan.revisedCharterSigned': 'Charte révisée signée',
    'plan.pmoCharterSignedByThe': 'Charte du PMO signée par le sponsor',
    'plan.pmoLeadAppointed': 'Responsable du PMO nommé',
    'plan.aSignedCharterNamesThe':
      'Une charte signée nomme le modèle, les services, l’équipe, les indicateurs clés et leurs cibles.',
    'plan.pilotTheChangedServices': 'Piloter les services modifiés',
    'plan.pilotOnAFewProjects': 'Pilote sur quelques projets',
    'plan.collectFeedbackFromPilotProject':
      'Recueillir les retours des chefs de projet et des sponsors pilotes',
    'plan.quickWinsVisibleOnThe': 'Actions rapides visibles sur les projets pilotes',
    'plan.pilotReviewHeld': 'Revue du pilote tenue',
    'plan.pilotProjectManagers': 'Chefs de projet pilotes',
    'plan.pilotProjectManagersAndSponsors':
      'Les chefs de projet et les sponsors pilotes confirment que les services aident, et les ajustements sont convenus.',
    'plan.handOverPmoRolesFrom':
      'Transférer les rôles PMO de l’équipe externe à l’équipe interne, rôle par rôle',
    'plan.organisationWideRollOut': 'Déploiement à toute l’organisation',
    'plan.everyProjectCoveredByThe': 'Chaque projet couvert par les services du PMO',
    'plan.reAssessmentConfirmsReadinessFor':
      'Une réévaluation confirme la préparation à chaque étape suivante',
    'plan.lineManagement': 'Responsables hiérarchiques',
    'plan.allProjectsUseThePmo':
      'Tous les projets utilisent les services du PMO et rendent compte par leur intermédiaire.',
    'plan.measureTheOfficeAgainstThe': 'Mesurer le bureau au regard des indicateurs clés de sa charte',
    'plan.reAssessMaturityWithThe':
      'Réévaluer la maturité avec le même questionnaire et comparer à la référence',
    'plan.completeTheHandOverThe': 'Achever la passation ; l’équipe externe se retire',
    'plan.runTheProgrammeOffice': 'Faire fonctionner le bureau de programme',
    'plan.runTheOfficeForThe': 'Faire fonctionner le bureau pendant l’effort',
    'plan.midPointReviewWithThe': 'Revue à mi-parcours avec le sponsor',
    'plan.pmoTeam': 'Équipe PMO',
    'plan.theProgrammeOrPushReaches':
      'Le programme ou l’effort atteint sa date de fin, ou le sponsor y met fin.',
    'plan.handBackAndSunset': 'Restitution et fermeture',
    'plan.handRegistersPlansAndOpen':
      'Restituer registres, plannings et risques ouverts aux responsables hiérarchiques',
    'plan.recordLessonsLearnedAndWhat':
      'Consigner les retours d’expérience et ce qu’il faut garder comme habitudes',
    'plan.closeTheProviderContractAnd': 'Clore le contrat du prestataire et récupérer données et méthodes',
    'plan.dissolveTheOfficeAndRelease': 'Dissoudre le bureau et libérer ses membres',
    'plan.handBackAcceptedByLine': 'Restitution acceptée par les responsables hiérarchiques',
    'plan.officeClosed': 'Bureau fermé',
    'plan.nothingDependsOnTheOffice': 'Plus rien ne dépend du bureau, et il est fermé à sa date de fin.',
    'plan.operateMeasureAndImprove': 'Faire fonctionner, mesurer et améliorer',
    'plan.firstReAssessment': 'Première réévaluation',
    'plan.pmoServiceReviewWithLeadership': 'Revue des services du PMO avec la direction',
    'plan.portfolioBoard': 'Comité de portefeuille',
    'plan.theReAssessmentShowsProgress':
      'La réévaluation montre des progrès sur les dimensions les plus faibles ; le cycle d’amélioration suivant est convenu.',
    'plan.anOfficeExistsThePlan':
      'Un bureau existe : le plan part d’aujourd’hui avec un bilan de santé, et non une nouvelle analyse',
    'plan.reshapeTheExistingOffice': 'Transformer le bureau existant',
    'plan.sharedBasics': 'Bases communes',
    'plan.moveItsPeopleBackTo':
      'Réaffecter ses membres aux projets ou à un rôle de coordination à temps partiel',
    'plan.coordinatorKeepsTheList':
      'Confier à une personne un rôle de coordination à temps partiel : tenir à jour une liste unique de tous les travaux et préparer la revue régulière du portefeuille par la direction ; les personnes sont déjà planifiées là où elles travaillent',
    'plan.giveOnePersonAPart':
      'Confier à une personne un rôle de coordination à temps partiel : une liste unique des projets et un point hebdomadaire sur qui travaille sur quoi',
    'plan.agile.rankedInitiatives':
      'Tenir une seule liste classée des initiatives sur lesquelles travaillent les équipes, chacune avec un responsable et le résultat visé, et la reclasser une fois par trimestre ; ni sponsor ni jalons de validation par projet',
    'plan.agile.dependencyBoard':
      'Tenir un seul tableau de ce que chaque équipe attend d’une autre, et le passer en revue toutes les deux semaines avec une personne de chaque équipe',
    'plan.agile.retrospectives':
      'Faire remonter des rétrospectives de chaque équipe une courte liste de ce qui doit changer entre équipes, revue à chaque nouveau classement des initiatives',
    'plan.agile.coordinator':
      'Confier à une personne un rôle à temps partiel pour tenir la liste classée du trimestre et le tableau des dépendances',
    'plan.agile.teamRetro':
      'Tenir une courte rétrospective à la fin de chaque travail, et garder une seule liste de ce que l’équipe change ensuite',
    'plan.orders.coordinator':
      'Confier à une personne un rôle à temps partiel de tenue du carnet de commandes : les commandes clients ouvertes dans l’ordre de leurs dates promises, qui travaille sur chacune, et les nouvelles offres pesées au regard de ce carnet',
    'plan.orders.leadPerOrder':
      'Nommer un responsable pour chaque commande client, qui porte auprès du client son périmètre, sa date promise et son budget',
    'plan.orders.weeklyLook':
      'Une fois par semaine, passer en revue toutes les commandes ouvertes ensemble : heures consommées face à l’estimation, dates promises, et qui manque où',
    'plan.orders.closure':
      'Clore chaque commande en mettant ses heures et sa marge finales en regard de l’offre, et reporter ce qui a été appris dans la prochaine estimation',
    'plan.orders.listAgreed':
      'Le carnet de commandes est tenu dans l’ordre des dates promises et chaque commande a un responsable',
    'plan.orders.firstReview': 'Premières commandes closes comparées à leur offre',
    'plan.orders.practiceExit':
      'La revue hebdomadaire des commandes et la comparaison avec l’offre à chaque clôture se font sans qu’il faille le rappeler.',
    'plan.agile.listAgreed':
      'La liste classée du trimestre est validée et chaque initiative y a un responsable',
    'plan.agile.firstReview':
      'Première revue bimensuelle du tableau des dépendances tenue, toutes les équipes présentes',
    'plan.agile.practiceExit':
      'Le tableau des dépendances est revu toutes les deux semaines et la liste reclassée chaque trimestre sans qu’il faille le rappeler.',
    'quickWin.fewLeads.competencies':
      'Trop peu de responsables de projet ici pour adjoindre à chaque nouveau un collègue expérimenté : que ceux qui pilotent des projets relisent les plans les uns des autres toutes les deux semaines, et soumettent ce qu’ils ne savent pas trancher à un responsable expérimenté de l’extérieur.',
    'quickWin.noExpertise.competencies':
      'Personne ici n’a encore mené ce genre de travail : que ceux qui le pilotent se retrouvent toutes les deux semaines pour partager ce qui a marché, et soumettent ce qu’ils ne savent pas trancher à quelqu’un de l’extérieur qui l’a déjà fait.',
    'plan.nameAnAccountableLeadAnd': 'Nommer un chef de projet responsable et un sponsor pour chaque projet',
    'plan.everyProjectHasALead': 'Chaque projet a un chef de projet, un sponsor et un plan d’une page',
    'plan.businessOwner': 'Dirigeant de l’entreprise',
    'plan.theBasicsAreInUse': 'Les bases sont appliquées sur chaque projet en cours.',
    'plan.practiseOnLiveProjects': 'S’exercer sur des projets réels',
    'plan.holdAShortStatusRound':
      'Tenir un court point d’avancement commun aux projets tous les quinze jours',
    'plan.closeEachProjectWithA': 'Clôturer chaque projet par un retour d’expérience',
    'plan.firstLessonsLearnedReviewsWritten': 'Premiers retours d’expérience consignés par écrit',
    'plan.projectLeads': 'Chefs de projet',
    'plan.statusRoundsAndClosureReviews':
      'Les points d’avancement et les bilans de clôture ont lieu sans relance.',
    'plan.reAssessTheNeedFor': 'Réévaluer le besoin d’un PMO',
    'plan.answerTheQuestionnaireAgainAnd':
      'Répondre de nouveau au questionnaire et vérifier si le contexte a changé',
    'plan.decisionStayLeanOrSet': 'Décision : rester léger ou créer un PMO',
    'plan.aDocumentedDecisionOnWhether': 'Une décision documentée sur la nécessité d’un PMO à ce stade.',
    'plan.noPmoIsRecommendedYet':
      'Aucun PMO n’est encore recommandé : le plan installe des habitudes de base et fixe une date pour décider de nouveau',
    'plan.smallOrganisationUnder100People': 'petite organisation (moins de 100 personnes) : durées ×0,75',
    'plan.midSizedOrganisation100U2013999':
      'organisation de taille moyenne (100 à 999 personnes) : durées de base',
    'plan.largeOrganisation1000People': 'grande organisation (1 000 personnes ou plus) : durées ×1,5',
    'plan.reviewCurrent':
      'Examiner ce que fournit le bureau actuel (modèle {model}) : services utilisés, rapports lus, décisions déclenchées',
    'plan.definePmo':
      'Définir le PMO selon le modèle {model} ({control}) : ses activités, ses responsabilités et ses compétences',
    'plan.urgentCut':
      'Faire la réduction en {weeks} semaines, pas sur un an : ramener le bureau de {fte} ETP à environ {target} ETP, en ne gardant d’abord que les décisions de poursuivre ou d’arrêter les projets, l’autorisation des dépenses et un seul rapport ; les autres services ne reprennent qu’une fois la réduction faite',
    'plan.defineProgrammeOffice':
      'Définir le bureau de programme selon le modèle {model} ({control}) : ses activités, ses responsabilités et ses compétences',
    'plan.staffTeam': 'Constituer l’équipe : {staffing}',
    'plan.buildCapabilities': 'Construire les capacités manquantes : {capabilities}',
    'plan.stage': 'Étape {stage} : fonctionner selon le modèle {model} ({control}) — {services}',
    'plan.sourcingSetup': 'Sourcing {sourcing} : phases de mise en place ×{setup}',
    'plan.temporaryNeed':
      'Besoin temporaire : planifié sur {weeks} semaines, dont {handBack} semaines de restitution ; phases de mise en place ×{factor}',
    'plan.rolloutBase': 'Base de déploiement du modèle {model} : {weeks} semaines',
    'plan.rolloutBaseStaged':
      'Base de déploiement du modèle {model} : {weeks} semaines, plus {perStage} semaines pour chacune des {stages, plural, one {# étape précédente} other {# étapes précédentes}}',
    'plan.highUrgency': 'Urgence forte : d’abord {weeks} semaines de dispositif provisoire',
    'plan.quickWinsFrom': 'Les actions rapides viennent des dimensions les plus faibles : {dimensions}',
    'plan.quickWinsFromNone': 'Les actions rapides viennent des dimensions les plus faibles : aucune notée',
    'plan.reviewAndKeep':
      'Examiner ce que fournit le bureau actuel (modèle {model}) et ne garder que ce que les projets utilisent',
    'plan.staffing.weather-station': 'Une à deux personnes pour environ 30 projets au plus.',
    'plan.staffing.control-tower':
      'Deux à cinq personnes, avec des compétences en méthodologie et en accompagnement.',
    'plan.staffing.resource-source':
      'Cinq personnes ou plus, dont des responsables portefeuille et ressources, avec un mandat de la direction.',

    'evidence.fewSufficientAnswersDisagree':
      '{sufficient} dimensions sur {total} reposent sur des réponses suffisantes et cohérentes (au moins {minRated} questions notées qui concordent) ; il en faut {needed}. Les questions sont notées ; ce sont les réponses qui divergent (ci-dessous).',
    'evidence.respondentsSplitMany':
      'Les répondants divergent sur {count} dimensions (écart entre leurs propres notes jusqu’à {spread, number, 2}, limite {limit, number, 2}) : {dimensions}. Les moyennes ne reflètent le point de vue de personne ; discutez-en avec les répondants avant de vous fier à ces niveaux.',
    'evidence.respondentsSplit':
      '{dimension} : les répondants divergent (écart entre leurs propres notes {spread, number, 2}, limite {limit, number, 2}) ; la moyenne ne reflète le point de vue de personne. Discutez-en avec les répondants avant de vous fier à ce niveau.',
    'warning.respondentsSplitMany':
      'Les répondants divergent sur {count} dimensions (écart entre leurs propres notes jusqu’à {spread, number, 2}, limite {limit, number, 2}) : {dimensions}. Leurs niveaux comptent dans le score global mais ne peuvent pas prouver une capacité dont un modèle de PMO a besoin ; discutez d’abord des réponses avec les répondants.',
    'warning.respondentsSplit':
      '{dimension} : les répondants divergent (écart entre leurs propres notes {spread, number, 2}, limite {limit, number, 2}) ; son niveau {level} compte dans le score global mais ne peut pas prouver une capacité dont un modèle de PMO a besoin.',
    'warning.inflated':
      'Chaque dimension notée atteint {from, number, 2} ou plus : des réponses uniformément maximales peuvent être surévaluées. Vérifiez-les à l’aide de preuves (rapports, décisions, audits) avant de vous y fier.',
    'warning.highCostShare':
      'Le bureau coûterait jusqu’à {share, number, 2} % du budget annuel des projets indiqué, au-delà des {limit} % à partir desquels un bureau est cher pour ce budget (il est plafonné à {hard} %). Que comprend ce budget : les seuls projets d’investissement, ou aussi le coût courant du changement (temps des équipes, logiciels, travail sur les processus) ? S’il en laisse une partie de côté, la part réelle est plus faible ; sinon, commencez au bas de la fourchette d’effectif ou avec moins de services.',
    'warning.spendHeld':
      'Le bureau est limité à {share} % du budget annuel des projets : ses services demandent environ {full} ETP, le bureau présenté en compte environ {shown}, donc {heldBack} ETP de ce travail ne sont pas pourvus (chaque service gardé à {percent} %). Si le travail doit être fait en entier (engagements envers une autorité, date imposée), présentez le besoin complet et son coût à qui approuve la dépense, ou échelonnez le travail ; vérifiez d’abord ce que comprend le budget (les seuls investissements, ou aussi le coût courant du changement).',
    'warning.costOverSpend':
      'Le bureau coûterait plus que la totalité de la dépense annuelle en projets ({times, number} fois celle-ci) : vérifiez ce chiffre, ou commencez avec bien moins de services.',
    'maturity.allEqual':
      'Chaque dimension notée obtient {score, number, 2} : aucune n’est plus faible qu’une autre.',
    'maturity.weakestTied': 'Dimensions les plus faibles, à égalité à {score, number, 2} : {dimensions}.',
    'need.alternative.reassessLater':
      'Refaites l’évaluation lorsque les projets se disputent les mêmes personnes, lorsque l’organisation grandit, ou dans six mois.',
    'need.gate.costShare':
      'le plus petit bureau ({fte} personne à temps plein, interne) coûte au plus {maxShare} % du budget annuel des projets',
    'need.gate.costShareValue': '{cost} représentent {share, number, 2} % de {spend}',
    'need.verdict.tooCostly':
      'Pas de bureau : il y a un travail de coordination, mais le plus petit bureau coûterait {costShare, number, 2} % du budget annuel des projets de {spend}, au-delà des {maxSpendShare} % qu’un bureau peut représenter. Un rôle de coordination à temps partiel suffit.',
    'need.verdict.tooCostlyOverSpend':
      'Pas de bureau : il y a du travail de coordination, mais le plus petit bureau coûterait plus que la totalité de la dépense annuelle en projets de {spend} ({times, number} fois celle-ci). Vérifiez ce chiffre ; un rôle de coordination à temps partiel suffit.',
    'src.outsideExpertsAlongsideStaff':
      'des experts externes peuvent lancer le bureau aux côtés d’une équipe qui connaît l’organisation',
    'src.outsideExpertsBringExpertise':
      'des experts externes apportent l’expertise pendant que l’équipe interne travaille à leurs côtés',
    'src.officeInPlace': 'Bureau en place',
    'src.officeAction.keep': 'conserver',
    'src.officeAction.evolve': 'faire évoluer',
    'src.teamInPlaceRunsOffice': 'l’équipe en place fait déjà fonctionner le bureau',
    'src.providerWouldReplaceTeam':
      'faire appel à un prestataire remplacerait une équipe qui fait déjà fonctionner le bureau',
    'src.blocker.keptOfficeOwnTeam':
      'Le bureau en place convient et est conservé : sa propre équipe le fait fonctionner. Faire appel à un prestataire serait un changement, pas une conservation.',
    'fit.blocker.insufficientEvidence':
      'Les éléments sont insuffisants : complétez l’évaluation avant qu’un bureau directif soit recommandé ; d’ici là, le modèle éligible le mieux adapté le remplace à titre provisoire.',
    'readiness.capabilityNeedsRatedThin':
      '{dimension} {score, number, 2} (exige le niveau {level} sur des éléments suffisants ; seulement {rated} question notée)',
    'readiness.capabilityNeedsRatedDisagree':
      '{dimension} {score, number, 2} (exige le niveau {level} sur des éléments suffisants ; les réponses divergent)',
    'readiness.programme':
      'Le modèle {model} exige {capabilities} ; les étapes précédentes sont déjà en usage : commencez par lui et construisez la capacité manquante pendant qu’il pilote le programme.',
    'cost.pooledLeftOut':
      'Les {pooled} chefs de projet mis en commun ne sont pas comptés dans ce coût : ils conduisent des projets et seraient payés pour cela avec ou sans le bureau, ce ne sont donc pas ses frais de structure.',
    'cost.formulaSingle':
      '{fte} ETP × {dayRate} {currency} par jour × {days} jours ouvrés, arrondi au millier le plus proche.',
    'cost.shareOfSpendSingle': 'Cela représente {share, number, 2} % de la dépense annuelle en projets.',
    'cost.moreThanSpend':
      'Cela dépasse la totalité de la dépense annuelle en projets ({times, number} fois celle-ci) : vérifiez ce chiffre.',
    'need.gate.costOverSpend': '{cost} dépassent la totalité de {spend} ({times, number} fois)',
    'kpi.measureTemporary':
      'Score « {dimension} » (1–5) lors de la réévaluation avant la restitution, dans l’horizon de {weeks} semaines',
    'kpi.sustain': '{measure} ; déjà au niveau le plus élevé, l’objectif est donc de le maintenir',
    'kpi.provisional':
      '{measure}. Provisoire : les éléments sont insuffisants ; confirmez la référence et l’objectif lorsque l’évaluation sera complète',
    'rationale.credited':
      'Le score atteint le niveau {reached}, mais seul le niveau {level} est retenu : les éléments sont {evidence}, et un niveau supérieur exige des éléments à l’échelle de l’organisation.',
    'plan.staffTeamFte': 'Constituer l’équipe : {fte} ETP ({roles})',
    'plan.staffTeamFteRange': 'Constituer l’équipe : {min}–{max} ETP ({roles})',
    'plan.staffRole': '{role} {fte}',
    'plan.talkDividedViewsFirst':
      'Commencez par la discussion, pas par les moyennes : réunissez les répondants et examinez pourquoi leurs notes divergent sur la plupart des dimensions ; cet écart est le premier constat, et les dimensions les plus faibles et les parties prenantes à associer ne sont nommées qu’une fois qu’ils s’accordent sur la situation de l’organisation',
    'plan.takeAssessmentAsCurrentState':
      'Prendre cette évaluation comme état des lieux : nommer les dimensions les plus faibles et les parties prenantes à impliquer',
    'plan.kpisMeasuredBeforeHandBack': 'Indicateurs mesurés par rapport à la charte avant la restitution',
    'plan.handOverRolesToInternalStaff':
      'Transférer les rôles PMO de l’équipe externe à l’équipe interne, qui conserve ce qui reste comme habitudes',

    // --- Splits: une moyenne qui cache deux camps (functions/core/splits.ts ; docs/privacy.md, règle 11).
    // Des faits seulement : jamais un effectif, une moyenne ou une part de l’un ou l’autre camp.
    'split.withinRole':
      'Chez les {group}, les réponses sur « {dimension} » forment deux camps distants d’au moins un point entier, chacun d’au moins {k} personnes : leur moyenne ne décrit aucun des deux. La fiabilité de cette dimension est abaissée.',
    'split.executivesHigher':
      'Les dirigeants notent « {dimension} » au moins un point plus haut que les {delivery}, qui conduisent les projets : ceux qui fixent le cap et ceux qui livrent la voient différemment. La fiabilité de cette dimension est abaissée.',
    'split.executivesLower':
      'Les dirigeants notent « {dimension} » au moins un point plus bas que les {delivery}, qui conduisent les projets : ceux qui fixent le cap et ceux qui livrent la voient différemment. La fiabilité de cette dimension est abaissée.',
    // --- fin des splits
    // ── Questionnaire 2026.3 : réponses contradictoires et comparabilité entre éditions ──
    'evidence.contradictionOwn':
      'Certaines réponses se contredisent. Pour {dimensions}, une pratique est notée plus haut que vos propres réponses sur ce dont elle dépend ne le permettent : elle n’est retenue qu’au niveau que ces réponses justifient. Revoyez-les si la note la plus haute est la bonne.',
    'evidence.contradictionsCapped':
      '{count, plural, one {# dimension a été retenue} other {# dimensions ont été retenues}} à un niveau inférieur : certaines réponses notaient une pratique au-delà de ce que les réponses de la même personne sur son préalable justifient. Les réponses concernées ne sont pas indiquées.',
    'baseline.editionsDiffer':
      'La référence a été remplie dans l’édition {earlier}, cette évaluation dans l’édition {now}. Seul ce que les deux éditions mesurent de la même façon est comparé : {compared} dimensions sur {total}, chacune sur les questions posées de la même façon dans les deux. Le score global n’est pas comparé.',
    'baseline.notComparable': 'Non comparée : les deux éditions mesurent cette dimension différemment.',
    'benchmark.editionsDiffer':
      'Ce résultat provient de l’édition {now} ; le benchmark regroupe aussi des résultats d’éditions antérieures. {count, plural, one {# dimension est mesurée} other {# dimensions sont mesurées}} autrement depuis {earlier} ({dimensions}) : interprétez {count, plural, one {son percentile} other {leurs percentiles}} avec prudence.',
    // ── Round 10: plans by situation (people scaled to the organisation, temporary pushes, kept offices, risks by trigger) ──
    'quickWin.atScale.standards':
      'Publiez une méthode de base courte, avec un parcours léger, standard ou complet.',
    'quickWin.atScale.governance':
      'Vérifiez que chaque grand projet a un sponsor nommé et une décision consignée.',
    'quickWin.atScale.portfolio': 'Fusionnez les listes de projets dispersées en un seul registre.',
    'quickWin.atScale.resources': 'Comparez chaque mois demande et capacité pour les rôles rares.',
    'quickWin.atScale.reporting':
      'Convenez de cinq champs d’avancement au même format et rythme pour tous les projets.',
    'quickWin.atScale.risk-control':
      'Remontez les principaux risques des grands projets dans une liste revue chaque mois.',
    'quickWin.atScale.competencies':
      'Constituez un vivier de chefs de projet expérimentés qui accompagnent les nouveaux.',
    'quickWin.atScale.tools': 'Désignez un seul système de référence pour l’avancement des projets.',
    'quickWin.atScale.lifecycle':
      'Reportez les leçons de clôture des grands projets dans la liste de lancement.',
    'quickWin.atScale.stakeholders':
      'Convenez d’une seule voix envers les parties prenantes de plusieurs grands projets.',
    'quickWin.atScale.benefits':
      'Donnez à chaque grand projet un responsable métier et un bénéfice mesurable.',
    'quickWin.atScale.finance': 'Rapprochez chaque mois du système financier les budgets des grands projets.',
    'plan.push.accountableDirector':
      'Nommer un directeur de programme issu de votre direction, responsable de tout l’effort pour toute sa durée : un effort de {line, number} millions d’euros par an de dépenses de projets ou plus est grand pour toute organisation et se porte au sommet, quelle que soit l’expérience de vos chefs de projet ; le responsable du bureau conduit le bureau pour lui et répond de son planning, de ses contrôles et de ses rapports',
    'plan.push.sunsetAddedOnly':
      'Inscrire la fin de l’effort dans la charte : la date à laquelle les personnes et les services ajoutés pour l’effort prennent fin et sont restitués ; le bureau en place, lui, survit à l’effort',
    'plan.push.addedEndsOfficeStays':
      'Clore l’effort : libérer les personnes et arrêter les services ajoutés pour lui ; le bureau en place n’est pas dissous avec l’effort, et ce qu’il mène ensuite relève de son commanditaire, qui en décide avant la restitution',
    'plan.windDown.phase': 'Mise en extinction et passation',
    'plan.windDown.initiatives':
      'Clore chaque initiative ouverte l’une après l’autre : terminée et acceptée, confiée à un responsable opérationnel nommé, ou arrêtée avec sa raison consignée',
    'plan.windDown.benefits':
      'Confier le suivi des bénéfices à la finance et aux responsables opérationnels : chaque bénéfice avec son responsable, sa base et sa date, vérifié six et douze mois après la fermeture du bureau',
    'plan.windDown.archive':
      'Archiver le tableau de suivi, le journal des décisions et les pièces là où l’organisation les retrouvera une fois le bureau fermé',
    'plan.windDown.lasting':
      'Décider à part de la fermeture si un bureau de portefeuille durable est voulu ; le bureau qui ferme n’est ni doté d’une nouvelle charte ni remis en place pour cela',
    'plan.windDown.close':
      'Fermer le bureau quand plus rien n’en dépend, et accompagner ses personnes vers la suite avec les RH',
    'plan.push.accountableLead':
      'Rendre une seule personne responsable de tout l’effort, pour toute sa durée : {pms, plural, =0 {quelqu’un qui a déjà mené ce travail, interne ou venu de l’extérieur comme le prévoit ce plan} one {votre chef de projet, libéré de ses autres tâches autant que l’effort l’exige, ou un intérim s’il ne peut l’être} other {l’un de vos chefs de projet, libéré de ses autres tâches autant que l’effort l’exige, ou un intérim si aucun ne peut l’être}}',
    'plan.push.accountableOfficeLead.contract':
      'Nommer un directeur de programme issu de votre direction, responsable de tout l’effort pour toute sa durée ; le responsable du bureau, la personne expérimentée de transition que ce plan fait venir, conduit le bureau pour lui et répond de son planning, de ses contrôles et de ses rapports, pas de l’effort lui-même',
    'plan.push.accountableOfficeLead.coached':
      'Nommer un directeur de programme issu de votre direction, responsable de tout l’effort pour toute sa durée ; le responsable du bureau issu de vos équipes, accompagné de l’extérieur comme le prévoit ce plan, conduit le bureau pour lui et répond de son planning, de ses contrôles et de ses rapports, pas de l’effort lui-même',
    'plan.people.workstreamOwners':
      'Donner à chaque chantier un responsable parmi ceux qui en font déjà le travail ; ils rendent compte au responsable de l’effort',
    'plan.people.owner': 'Nommer un responsable de tous les projets, qui en tient la liste',
    'plan.limitWorkInProgress':
      'Mener moins de projets à la fois : {projects} avancent de front pour {employees} personnes et {projectManagers, plural, =0 {aucun chef de projet} one {un seul chef de projet} other {# chefs de projet}}, et ce sont les mêmes personnes que chacun réclame. Classer tous les projets en cours, en plaçant d’office au-dessus de la ligne le travail obligatoire, de sécurité, réglementaire ou contractuel, suspendre ceux qui passent sous la ligne que vos équipes peuvent tenir, et n’en lancer un nouveau que lorsqu’un autre se termine',
    'plan.people.via.hire': '{count, plural, one {un recrutement} other {des recrutements}}',
    'plan.people.via.interim':
      '{count, plural, one {un intérim pour l’effort} other {des intérims pour l’effort}}',
    'plan.people.via.interim-then-hire':
      '{count, plural, one {un intérim, puis un recrutement} other {des intérims, puis des recrutements}}',
    'plan.people.appointFirst':
      '{count, plural, one {Nommer un responsable de projet} other {Nommer # responsables de projet}} parmi le personnel qui mène déjà le travail',
    'plan.people.checkNamedLeads':
      'Vérifier que chaque projet en cours a un responsable nommé, à sa façon (coordinateur, investigateur ou porteur qui en répond), et n’en nommer un parmi le personnel que là où il manque ; aucun recrutement ne découle d’un ratio de projets par chef de projet',
    'plan.people.appoint':
      '{count, plural, one {Nommer un responsable de projet de plus} other {Nommer # responsables de projet de plus}} parmi le personnel',
    'plan.people.partTimeLeads':
      'Confier à temps partiel {named, plural, =0 {les projets} other {les autres projets}} à ceux qui en font le travail',
    'plan.people.train': 'Former les responsables de projet aux bases, un ou deux jours',
    'plan.people.coaching':
      'Au plus {days} jours d’accompagnement externe pour les premiers projets, pas de recrutement',
    'plan.keepWhatWorks': 'Garder ce qui fonctionne',
    'plan.namePortfolioOwner':
      'Nommer un responsable de la vue du portefeuille, revue chaque mois avec la direction',
    'plan.takeFurther':
      'Faire progresser d’un niveau les pratiques les plus faibles, pilotées sur données : {dimensions}',
    'plan.reassessBooked': 'Prochaine évaluation dans un an, ou plus tôt si le portefeuille grandit',
    'plan.keepWhatWorksExit': 'Un responsable tient la vue du portefeuille ; ce qui fonctionne est écrit.',
    'plan.noPmoMature': 'Pas de PMO : la pratique fonctionne ; le plan la garde et ajoute ce qui manque',
    'plan.temp.mobilise': 'Piloter l’effort dès le départ',
    'plan.temp.steering': 'Convenir avec les fournisseurs et les métiers de qui valide chaque étape',
    'plan.temp.criteria': 'Écrire les critères de mise en service et qui décide du go / no-go',
    'plan.temp.mobiliseExit': 'Fournisseurs et métiers suivent un planning et des critères convenus.',
    'plan.temp.deliver': 'Livrer et préparer la mise en service',
    'plan.temp.cutover': 'Planifier et répéter la bascule, avec un retour arrière',
    'plan.temp.goNoGo': 'Go / no-go décidé sur les critères',
    'plan.temp.deliverExit': 'Le résultat est en service et les critères sont remplis.',
    'plan.temp.endInterim': 'Mettre fin à l’intérim une fois la restitution acceptée',
    'plan.temp.decideWhatStays': 'Avant la fin, décider quels rôles et habitudes restent',
    'plan.temp.closeExit': 'Plus rien ne dépend de l’effort.',
    'plan.temporaryNoOffice':
      'Besoin temporaire de {weeks} semaines, sans bureau : conduit et restitué dans ce délai',
    'plan.strengthenService':
      'Renforcer « {service} » là où il ne suffit pas : la part qui bâtit {dimensions} n’a pas encore fait ses preuves',
    'plan.strengthenPhase': 'Renforcer les services qui ne fonctionnent pas encore',
    'plan.addServicesPhase': 'Ajouter les nouveaux services en cours de route',
    'plan.addedServicesRunning': 'Les services ajoutés fonctionnent pour chaque projet qu’ils servent',
    'plan.addedServicesExit':
      'Les services ajoutés fonctionnent sans que le reste du travail du bureau ne prenne de retard.',
    'risk.hubResisted.risk': 'Les unités voient le pôle comme une prise de contrôle du siège.',
    'risk.hubResisted.mitigation':
      'Faites écrire les quelques règles communes du pôle par les bureaux des unités.',
    'risk.unitsDiverge.risk':
      'Les pratiques des unités divergent ; les chiffres du groupe ne se comparent plus.',
    'risk.unitsDiverge.mitigation':
      'Convenez d’un petit socle commun de champs, définitions et points de décision.',
    'risk.hubBureaucracy.risk': 'Le pôle devient une bureaucratie du reporting.',
    'risk.hubBureaucracy.mitigation': 'Rattachez chaque chiffre demandé à une décision, ou supprimez-le.',
    'risk.programmeControls.risk':
      'Le bureau et les fournisseurs tiennent deux jeux de plannings et de chiffres.',
    'risk.programmeControls.mitigation':
      'Convenez de qui assure quels contrôles : un planning, un rapport de coûts.',
    'risk.keptDrift.risk': 'Le bureau maintenu s’éloigne des besoins des projets.',
    'risk.keptDrift.mitigation': 'Demandez chaque année aux utilisateurs quoi garder, changer ou arrêter.',
    'risk.repair.risk': 'Les services restés sans résultat gardent leur mauvaise réputation.',
    'risk.repair.mitigation': 'Relancez chacun avec un changement visible convenu avec ses utilisateurs.',
    'risk.scale.risk': 'Avec autant de projets, l’avancement déclaré s’éloigne de la réalité.',
    'risk.scale.mitigation':
      'Confrontez chaque trimestre un échantillon de rapports aux éléments des projets.',
    'risk.keyPerson.risk':
      'Une seule personne tient le bureau : en son absence ou à son départ, son travail s’arrête.',
    'risk.keyPerson.mitigation':
      'Désignez un suppléant qui tient ses registres et ses preuves, et consignez son fonctionnement.',
    'risk.lastingValue.risk': 'Le bureau est jugé sur son activité, non sur ses résultats.',
    'risk.lastingValue.mitigation': 'Présentez chaque trimestre ses KPI de résultat au sponsor.',
    'warning.projectsWithoutManager':
      '{projects, plural, one {Un projet est mené} other {# projets sont menés}} sans chef de projet : vérifiez qui {projects, plural, one {le conduit} other {les conduit}} ; un bureau ne les remplace pas.',
    'need.alternative.initiativeLead':
      'Confier les grandes initiatives transverses à un seul responsable de programme, une personne à temps plein au plus : un porteur et des jalons trimestriels pour chacune, une seule liste partagée de leurs dépendances, et leur argent gardé dans le financement des équipes stables qui les livrent, pas dans un contrôle des coûts par projet.',
    'need.alternative.portfolioOwner':
      'Nommez un responsable de la vue du portefeuille et gardez ce qui fonctionne.',
    // ── Round 15 : le tempo d’une action temporaire et des plans à la mesure d’une très petite structure ──
    'tempo.cadence.weekly': 'chaque semaine',
    'tempo.cadence.fortnightly': 'toutes les deux semaines',
    'tempo.cadence.monthly': 'chaque mois',
    'kpi.outcome.cost-growth': 'Dérive des coûts et du périmètre',
    'kpi.outcome.cost-growth.measure':
      'Hausse du coût final prévu par rapport au budget approuvé, changements de périmètre compris, lue {cadence} : au plus {target} % sur les {months} mois de l’action.',
    'kpi.outcome.readiness-gates': 'Jalons de préparation franchis',
    'kpi.outcome.readiness-gates.measure':
      'Part des jalons de préparation franchis à leur date prévue selon leurs critères écrits : {target} % sur les {months} mois de l’action.',
    'kpi.outcome.forecast-accuracy.push.measure':
      'Part des prévisions de coût établies {cadence} à moins de 5 % du coût final : {target} % sur les {months} mois de l’action.',
    'kpi.outcome.time-to-decision.push.measure':
      'Jours ouvrés entre un problème ou une demande de changement et la décision du pilotage : au plus {target}, suivi {cadence} sur les {months} mois de l’action.',
    'plan.push.steer':
      'Piloter l’action {cadence} : délais, dérive des coûts et du périmètre par rapport à la référence, et les décisions encore ouvertes',
    'plan.push.gates.release':
      'Tenir un jalon de préparation avant chaque mise en production : critères écrits, qui décide du go / no-go, et un retour arrière répété',
    'plan.push.gates.live':
      'Tenir un jalon de préparation avant chaque mise en service ou remise aux utilisateurs (un système, une ligne, un site ou un service) : critères écrits, qui décide du go / no-go, et une solution de repli essayée à l’avance',
    'plan.push.gates.start-up':
      'Tenir un jalon de préparation avant chaque démarrage : essais de mise en service signés, qui décide du go / no-go, et un moyen sûr d’arrêter',
    'plan.push.gates.close':
      'Tenir un jalon de préparation avant chaque remise, mise en service ou rapport dû : des critères écrits, qui décide du go / no-go, et les preuves classées pour l’audit',
    'plan.push.closeAuditFile':
      'Clore le dossier d’audit : le rapport final accepté par qui finance ou supervise l’effort, et les pièces conservées pendant la durée qu’il fixe',
    'plan.temp.steering.close':
      'Convenir avec les métiers, les fournisseurs et qui finance ou supervise l’effort de qui valide chaque étape et chaque rapport',
    'plan.temp.criteria.close':
      'Écrire ce que la clôture demande : ce qui est remis ou mis en service, ce que le rapport final doit montrer, et qui valide chaque point',
    'plan.temp.deliver.close': 'Livrer, remettre et préparer la clôture',
    'plan.temp.cutover.close':
      'Préparer chaque remise en usage pas à pas, avec un repli partout où quelque chose est mis en service, et tenir le rapport final et le dossier d’audit à jour au fil du travail',
    'plan.temp.deliverExit.close':
      'Les résultats sont remis, le rapport final est accepté et le dossier d’audit est complet.',
    'plan.push.handOverAfterStartUp':
      'D’ici le mois {months}, confier les rôles des externes à vos propres équipes, comme le fait une équipe mixte durable ; ensuite, ne faire appel à l’aide externe que pour les pointes, environ {peak} % de l’équipe',
    'plan.push.releaseContractors':
      'Libérer les externes à mesure que leur travail s’achève : votre organisation n’a pas de place durable pour ces rôles, l’équipe mixte reste donc jusqu’au bout et vos propres équipes gardent les registres et les enseignements',
    'plan.push.afterHandBack':
      'Remettre aux responsables hiérarchiques ce qui se mesure après l’action : chaque bénéfice attendu avec son responsable et sa date, et cette évaluation comme référence d’une suivante',
    'plan.temp.criteria.live': 'Écrire les critères du passage en exploitation et qui décide du go / no-go',
    'plan.temp.deliver.live': 'Livrer et préparer le passage en exploitation',
    'plan.temp.cutover.live':
      'Planifier et répéter pas à pas chaque mise en service ou remise aux utilisateurs, avec une solution de repli',
    'plan.temp.deliverExit.live': 'Le résultat est en exploitation et les critères sont remplis.',
    'plan.temp.criteria.start-up': 'Écrire les critères du démarrage et qui décide du go / no-go',
    'plan.temp.deliver.start-up': 'Livrer, mettre en service et préparer le démarrage',
    'plan.temp.cutover.start-up':
      'Planifier pas à pas la mise en service et le démarrage, avec un moyen sûr d’arrêter',
    'plan.temp.deliverExit.start-up': 'L’installation fonctionne et les critères sont remplis.',
    'quickWin.small.governance':
      'Noter pour chaque projet qui en décide, souvent le client, et le moment où l’on décide de poursuivre ou d’arrêter.',
    'quickWin.small.portfolio':
      'Lister chaque projet en cours avec son objectif, sa date de fin et qui en décide.',
    'quickWin.small.reporting':
      'Tenir une seule liste de tous les projets avec leur prochaine échéance, l’argent dépensé et ce qui bloque.',
    'quickWin.small.benefits':
      'Écrire ce que chaque projet doit apporter, et le vérifier à la fin du projet.',
    'quickWin.small.resources':
      'Répartir sur un seul calendrier les jours du mois à venir entre les projets.',
    'quickWin.small.competencies':
      'Suivre une courte formation aux bases du projet, ou discuter d’un projet avec un pair qui a mené un travail semblable.',
    'plan.small.onePager':
      'Donner à chaque projet un plan d’une page : objectif, date de fin, budget et qui en décide',
    'plan.small.weeklyLook':
      'Passer en revue tous les projets une fois par semaine : échéances, argent et ce qui bloque',
    'plan.small.everyProjectHasAPlan': 'Chaque projet a un plan d’une page',
    'plan.small.habitsExit': 'La revue hebdomadaire et les bilans de clôture se font sans rappel.',
    'plan.small.lookAgain':
      'Revoir ces habitudes dans un an ; un bureau ne se discute qu’à partir d’environ {employees} personnes',
    'plan.small.noPmo':
      'Pas de PMO à cette taille : le plan installe quelques habitudes à la mesure {employees, plural, one {d’une activité individuelle} other {d’une structure de # personnes}}',
    'src.blocker.pushKeepsInside':
      'Cet effort ne peut pas être acheté en entier à l’extérieur : {what} {count, plural, one {reste à l’organisation} other {restent à l’organisation}}.',
    'src.blocker.pushMixedTeam':
      'L’équipe mixte recommandée y veille : des personnes internes qui dirigent ou apprennent le travail, avec des planificateurs et contrôleurs externes qui partent à la fin de l’effort.',
    'src.keep.regulated':
      'les décisions auxquelles un régulateur ou un auditeur la tient (approbations, gestion des modifications, piste d’audit)',
    'src.keep.directive': 'les décisions sur ses propres collaborateurs',
    'src.keep.office-in-place': 'le bureau en place, dont les personnes dirigent l’effort',
    'src.keep.know-how': 'le savoir-faire dont ses chefs de projet auront besoin pour les projets suivants',
    'src.strongLeadDirectsOutsideStaff':
      'un responsable interne expérimenté dirige les planificateurs et contrôleurs externes et garde les décisions',
    'src.longPushMixedTeam':
      'un effort long convient à une équipe interne aidée de l’extérieur : les externes montent le bureau et couvrent les pointes, les internes en reprennent les rôles après le démarrage et gardent l’acquis',
    'src.pushMixedTeam':
      'une équipe mixte convient à un effort temporaire : les internes gardent les décisions et l’acquis, les externes partent à la fin, et rien n’est à transmettre',
    'src.teamLeadsPushValue': 'dépassé par l’effort',
    'src.teamLeadsPush':
      'l’équipe en place dirige l’effort ; les personnes nécessaires en plus viennent pour la durée de l’effort et repartent avec lui',
    'src.officeExistsNothingBuilt':
      'le bureau en place existe et porte le travail : rien n’est à construire, ni pour l’effort ni durablement',
    'src.ownPmsForPush': 'Chefs de projet internes pour l’effort',
    'src.ownPmsForPushValue': '{pms} chefs de projet expérimentés pour un bureau d’environ {fte} ETP',
    'src.ownPmsStaffPush':
      'les chefs de projet expérimentés de l’organisation peuvent composer le bureau de cet effort, en y consacrant au plus la moitié d’entre eux : c’est le démarrage le plus rapide, sans appel d’offres ni transmission ; tout au plus quelques spécialistes temporaires viennent par les agences habituelles',
    'src.ownPmsPulledIn':
      'les chefs de projet internes sont affectés à l’effort, pas recrutés : rien ne se construit qui lui survive, et ils commencent tout de suite',
    'src.ownPmsNoTender':
      'des chefs de projet internes expérimentés peuvent composer cet effort : des externes ajouteraient un appel d’offres et une transmission, pas de la vitesse',
    'src.paid.tooFewToMix':
      'trop peu de personnes pour combiner internes et externes (il en faut {limit} ou plus)',
    'src.paid.partTimeSeat':
      'un poste à temps partiel, acheté à environ le double du taux interne, qui ne laisse aucune compétence',
    'src.paid.releasesOwnTeam':
      'plus petit que le bureau en place, dont on libérerait les propres collaborateurs tout en achetant d’autres à l’extérieur',
    'src.blocker.paidMixed':
      'Payé au taux mixte d’internes et d’externes, {ceiling, plural, =0 {} other {ce bureau coûterait jusqu’à {share, number} % de la dépense annuelle, au-delà des {ceiling, number} % auxquels le plafond de dépense tient toute façon de le doter, et }}le plafond n’en laisserait qu’environ {percent} % : {reasons}.',
    'src.blocker.paidBoughtIn':
      'Acheté au tarif externe, {ceiling, plural, =0 {} other {ce bureau coûterait jusqu’à {share, number} % de la dépense annuelle, au-delà des {ceiling, number} % auxquels le plafond de dépense tient toute façon de le doter, et }}le plafond n’en laisserait qu’environ {percent} % : {reasons}.',
    'orders.service.commercial':
      'Contrôle de gestion commercial des projets (coût à terminaison face au périmètre et au prix convenus, modifications convenues avec le client)',
    'orders.service.jobControls':
      'Contrôle de projet du travail réalisé (le planning et son acceptation par le client, la planification, le coût à terminaison, les modifications et les réclamations)',
    'orders.service.sequencing':
      'Ordonnancement des commandes et capacité, avec appui à la décision de répondre ou non',
    'orders.ceiling':
      'Les projets sont ici des commandes de clients : le bureau est limité à {fte, number, 1} ETP, le plus grand d’une personne pour {per} commandes ({byCount, number, 1} ETP) et d’une personne par {million} millions d’euros de commandes par an ({byValue, number, 1} ETP){people}{regulated}, jamais moins d’une personne ; son responsable mène lui-même des commandes. Chaque service est ramené à {percent} % de son effort.',
    'orders.bound.people':
      ', et au moins une personne pour {perPeople} personnes occupées par les commandes ({byPeople, number, 1} ETP)',
    'orders.bound.regulated':
      ', relevé de {percent} % parce que les commandes portent les preuves qu’exige un régulateur',
    'warning.spendHeldOwn':
      'Le bureau est limité à {share} % du changement propre de l’organisation, pris comme {own} % de la dépense annuelle indiquée parce que le reste est fait de commandes clients, dont le montant ne dimensionne aucun contrôle du bureau : ses services demandent environ {full} ETP, le bureau présenté en compte environ {shown}, donc {heldBack} ETP de ce travail ({percent} % de chaque service conservé) ne sont pas dotés. Si la part des commandes et du changement propre n’est pas moitié-moitié, le plafond change avec elle ; si le travail doit être fait en entier, portez le besoin complet et son coût à qui approuve la dépense.',
    'warning.ordersHeld':
      'Le bureau est limité par le nombre et la valeur de ses commandes clients, non par une part de la dépense indiquée : au plus {fte, number, 1} ETP, le plus grand d’une personne pour {per} commandes ({byCount, number, 1} ETP) et d’une personne par {million} millions d’euros de commandes par an ({byValue, number, 1} ETP){people}{regulated}. Ses services demandent environ {full} ETP, le bureau présenté en compte environ {shown}, donc {heldBack} ETP de ce travail ({percent} % de chaque service conservé) reviennent aux chefs de projet. Si les commandes l’exigent en entier (pénalités, réception par le client), dotez le besoin complet et récupérez-le dans les offres.',
    'plan.noOffice.orders.sequence':
      'Tenir une seule liste des commandes clients en cours dans l’ordre de leurs dates de livraison promises, avec la charge que chacune met sur l’atelier et sur les personnes rares ; répondre ou non aux nouvelles offres au regard de cette charge, sans jamais mettre en attente une commande déjà signée.',
    'plan.noOffice.orders.peopleBySequence':
      'Quand des commandes veulent les mêmes personnes, celle dont la date promise vient en premier les obtient ; le responsable de la liste règle avec le client toute date que la capacité ne peut pas tenir, avant qu’elle ne glisse.',
    'kpi.outcome.on-time-delivery': 'Travaux pour clients livrés à la date convenue',
    'kpi.outcome.on-time-delivery.measure':
      'Part des travaux pour clients que le client accepte (validation, recette, rapport ou mise en service, selon le contrat) à la date convenue : {target} % d’ici {months} mois.',
    'kpi.outcome.margin-erosion': 'Marge perdue face au prix convenu',
    'kpi.outcome.margin-erosion.measure':
      'Marge perdue en moyenne entre le prix convenu et la clôture de chaque travail pour un client (dernière facture émise, modifications convenues avec le client réglées), en points : au plus {target} d’ici {months} mois.',
    'quickWin.customer.benefits':
      'Mettre la marge de chaque commande client en cours à l’offre à côté de sa marge prévue aujourd’hui, et passer en revue celles qui dérivent avec leurs chefs de projet.',
    'quickWin.both.benefits':
      'Donner à chacun de vos propres projets importants un responsable métier et un bénéfice mesurable ; les commandes des clients se mesurent à leur marge, pas à un bénéfice.',
    'quickWin.customer.portfolio':
      'Tenir une seule liste des commandes clients en cours, dans l’ordre des dates de livraison promises, avec les personnes rares dont chacune a besoin, et décider des nouvelles offres au regard de cette liste.',
    'plan.limitWorkInProgressOrders':
      'Mener moins de vos propres projets à la fois : {projects} avancent de front pour {employees} personnes et {projectManagers, plural, =0 {aucun chef de projet} one {un seul chef de projet} other {# chefs de projet}}, et ce sont les mêmes personnes que chacun réclame. Classer vos propres projets, en plaçant d’office au-dessus de la ligne le travail obligatoire, de sécurité, réglementaire ou contractuel, et suspendre ceux qui passent sous la ligne que vos équipes peuvent tenir ; les commandes clients sont des engagements tenus : n’en accepter une nouvelle que lorsque les personnes pour la réaliser sont libres, et le dire dès l’offre',
    'plan.orderBook':
      'Tenir les commandes clients dans un seul carnet à côté de vos propres projets : chacune avec sa date promise, et sa marge à l’offre à côté de sa marge prévue aujourd’hui',
    'plan.orderControlsRole':
      'Confier le contrôle commercial des commandes à une personne, un responsable commercial ou un métreur, et non à un bureau : le reste à dépenser, les avenants et les réclamations de chaque commande, revus chaque mois avec son chef de projet, autant du temps de cette personne que les commandes en demandent, un temps plein au plus',
    'warning.highCostShareOrders':
      'Le bureau coûterait jusqu’à {share, number, 2} % de la valeur annuelle des commandes clients indiquée, au-delà des {limit} % à partir desquels un bureau est cher pour ce montant. Il est dimensionné par le nombre et la valeur des commandes, qui le paient : intégrez-le dans les offres, et vérifiez si la valeur indiquée est celle des commandes entières ou seulement de leur travail de projet.',
    'orders.service.scheduling':
      'Planification des personnes entre les commandes des clients (réservations, capacité et plan hebdomadaire des ressources)',
    'orders.askedKept':
      'La limite réduit d’abord ce qui a été le moins demandé : les services demandés par au moins la moitié des parties prenantes gardent {asked} % de leur effort, les autres {others} %.',
    'fit.schedulingMandateSettles':
      'le manque de personnes est la difficulté : un bureau de soutien, dont la charte lui confie la planification du vivier partagé, règle la concurrence pour elles',
    'fit.sharedPeopleNotStandards':
      'la difficulté vient des personnes partagées, pas des standards : rien ici n’appelle un bureau qui les fixe et les contrôle',
    'plan.schedulingMandateMixed':
      'Inscrivez dans la charte le seul mandat directif du bureau, pour les projets planifiés seulement : il affecte nommément, sur un tableau hebdomadaire, les spécialistes que ces projets se partagent ; les équipes produit sont planifiées comme des équipes entières, pas personne par personne, et les responsables hiérarchiques, responsables d’équipe et chefs de projet gardent toutes les autres décisions',
    'plan.mixed.oneIntake':
      'Faites passer tout nouveau travail, fonctionnalités produit comme projets, par une seule entrée et une seule liste classée ; comptez la capacité des équipes produit par équipe lors d’une revue trimestrielle du portefeuille, et réservez les jalons de décision et les modèles de projet aux projets planifiés, pas aux équipes produit',
    'plan.schedulingMandate':
      'Inscrire dans la charte le seul mandat directif du bureau : il planifie les personnes partagées entre les projets sur un tableau de capacité hebdomadaire, et les responsables hiérarchiques et chefs de projet gardent toutes les autres décisions',
    'evidence.viewsDiffer':
      'Sur {dimensions}, les avis des répondants s’écartent d’environ un niveau ou plus (écart entre leurs propres notes à partir de {limit, number, 2}) : la moyenne ne reflète bien l’avis de personne, et ces dimensions comptent avec une confiance moindre. Discutez de cet écart avant de vous fier à leurs niveaux.',
    'evidence.sufficientViewsDiffer':
      '{sufficient} dimensions sur {total} ont assez de questions notées, dans la limite d’écart, de {respondents} répondants, mais leurs avis divergent sur certaines (ci-dessus).',
    'readiness.inPlaceDivided':
      'Le modèle {model} repose sur {capabilities} : en place en moyenne, mais les avis des répondants sur {dimensions} s’écartent d’environ un niveau ou plus ; le prérequis repose donc sur des réponses partagées et peut manquer dans une partie de l’organisation. Vérifiez-le là où les réponses étaient plus basses avant de vous y fier.',
    'scoreEdge.capability': '{dimension} {score, number, 2} pour un niveau {level}',
    'warning.scoreEdgeReadiness':
      'Prérequis sur le fil : {capabilities} se situent à moins de {margin, number, 2} du seuil que lit le modèle recommandé ; un petit écart dans les réponses fait passer « en place » à « à construire » ou l’inverse. Vérifiez ces réponses avant de vous fier à ce constat.',
    'warning.controlTie.less':
      'Degré de contrôle sur le fil : le modèle {model} et le modèle {tied} obtiennent tous deux {score}/100. L’égalité va au moindre contrôle, car l’appétit pour un contrôle central n’est pas élevé ; un projet ou un chef de projet de plus, ou un appétit plus fort, la renverserait. Confirmez ce que la direction attend que le bureau décide avant d’arrêter le modèle.',
    'warning.controlTie.more-appetite':
      'Degré de contrôle sur le fil : le modèle {model} et le modèle {tied} obtiennent tous deux {score}/100. L’égalité va au contrôle le plus fort, car la direction le demande (appétit élevé) ; un petit écart dans les réponses la renverserait. Confirmez que la direction soutiendra un bureau qui décide avant d’arrêter le modèle.',
    'warning.controlTie.more-regulator':
      'Degré de contrôle sur le fil : le modèle {model} et le modèle {tied} obtiennent tous deux {score}/100. L’égalité va au contrôle le plus fort, car un régulateur trouverait la gouvernance et la maîtrise des risques insuffisantes ; un petit écart dans les réponses la renverserait. Confirmez ce qu’attend le régulateur avant d’arrêter le modèle.',
    'warning.scoreEdgeOffice':
      'Jugement sur le fil du bureau en place : ce qu’il produit obtient {score, number, 2} pour un seuil de refonte de {limit}, à moins de {margin, number, 2}. Refondre ou garder repose sur un écart que les réponses ne portent pas ; confirmez les notes avec ses utilisateurs avant d’annoncer l’un ou l’autre.',
    'warning.scoreEdgeBasics':
      'Jugement sur le fil du bureau en place : le meilleur de son reporting et de sa gouvernance obtient {score, number, 2} pour un seuil de refonte de {limit}, à moins de {margin, number, 2}. Refondre ou garder repose sur un écart que les réponses ne portent pas ; confirmez les notes avec ses utilisateurs avant d’annoncer l’un ou l’autre.',
    'quickWin.fewProjects.riskControl':
      'Ouvrez une seule liste partagée des risques et des problèmes pour tous les projets en cours.',
    'plan.hireAfterAssessment':
      'N’embaucher personne avant l’évaluation en équipe : ces réponses laissent trop d’inconnues pour engager de l’argent ; menez-la d’abord avec au moins {respondents} personnes de rôles différents qui connaissent les réponses. L’équipe de {min} à {max} ETP n’est constituée qu’une fois le besoin confirmé{existing, plural, =0 {} other { ; d’ici là, les personnes du bureau en place continuent leur travail}}.',
    'plan.hireAfterAssessmentFte':
      'N’embaucher personne avant l’évaluation en équipe : ces réponses laissent trop d’inconnues pour engager de l’argent ; menez-la d’abord avec au moins {respondents} personnes de rôles différents qui connaissent les réponses. L’équipe de {fte} ETP n’est constituée qu’une fois le besoin confirmé{existing, plural, =0 {} other { ; d’ici là, les personnes du bureau en place continuent leur travail}}.',
    'kpi.outcome.projects-decided': 'Projets arrêtés, suspendus ou confirmés',
    'kpi.outcome.projects-decided.measure':
      'Part des projets en cours au départ pour lesquels l’arrêt, la suspension ou la poursuite est décidé et consigné, avec la dépense que chacun a engagée, dans le premier mois de l’action : {target} %.',
    'kpi.outcome.spend-against-cap': 'Dépense engagée dans le plafond',
    'kpi.outcome.spend-against-cap.measure':
      'Part des relevés {cadence} où la dépense engagée sur les projets reste dans le plafond fixé par le commanditaire, chaque nouvel engagement étant autorisé au point de contrôle, avec en regard la dépense libérée par les projets arrêtés ou suspendus : {target} % sur les {months} mois de l’action.',
    'plan.triage.cut':
      'Réduire d’abord les projets, dès cette semaine : lister les {projects} projets avec la dépense que chacun a engagée, et décider lesquels s’arrêtent, lesquels sont suspendus et lesquels continuent. Garder ce dont l’action ne peut se passer (obligations légales, sécurité, engagements contractuels) et pas plus que {projectManagers, plural, =0 {les personnes qui conduisent des projets} one {votre seul chef de projet} other {vos # chefs de projet}} ne peuvent conduire, environ {keep} ; ensuite, aucun projet n’engage de nouvelle dépense sans passer le point de contrôle',
    'plan.triage.cutOrders':
      'Réduire d’abord vos propres projets, dès cette semaine : lister les {projects} projets avec la dépense que chacun a engagée, et décider lesquels s’arrêtent, lesquels sont suspendus et lesquels continuent. Les commandes des clients sont des engagements et sont tenues ; de vos propres projets, garder ce dont l’action ne peut se passer (obligations légales, sécurité, engagements contractuels) et pas plus que {projectManagers, plural, =0 {les personnes qui conduisent des projets} one {votre seul chef de projet} other {vos # chefs de projet}} ne peuvent conduire à côté des commandes, environ {keep} en tout ; ensuite, aucun projet n’engage de nouvelle dépense sans passer le point de contrôle',
    'need.verdict.belowThresholdRole':
      'Pas encore de bureau : {score} points de besoin restent sous le seuil de {threshold} à partir duquel un bureau est rentable, mais il y a un travail de coordination : un rôle de coordination à temps partiel suffit.',
    'quickWin.agile.standards':
      'Convenir d’une page définissant « prêt » et « terminé », utilisée par chaque équipe pour ses initiatives.',
    'quickWin.agile.governance':
      'Nommer un responsable métier pour chaque initiative et le point trimestriel où l’on décide de la poursuivre ou de l’arrêter.',
    'quickWin.agile.portfolio':
      'Lister chaque initiative en cours avec son responsable, le résultat visé et les équipes qui y travaillent.',
    'quickWin.agile.resources':
      'Montrer sur un seul tableau quelle équipe travaille sur quelle initiative ce trimestre.',
    'quickWin.agile.reporting':
      'Convenir de trois mesures de flux que chaque équipe affiche sur son tableau : travail en cours, délai de traitement et ce qui est bloqué.',
    'quickWin.agile.risk-control':
      'Tenir une seule liste des risques et blocages entre équipes, revue à la synchronisation de quinzaine.',
    'quickWin.agile.competencies':
      'Associer chaque nouveau product owner ou responsable d’équipe à un pair expérimenté.',
    'quickWin.agile.tools':
      'Désigner un seul outil où l’on voit le backlog de chaque équipe et les initiatives au-dessus.',
    'quickWin.agile.lifecycle':
      'Tenir une courte revue quand une initiative se termine ou s’arrête, et en porter les leçons au prochain tour trimestriel.',
    'quickWin.agile.stakeholders':
      'Inviter les personnes que chaque initiative touche à sa revue à la fin de chaque incrément.',
    'quickWin.agile.benefits':
      'Écrire le résultat visé par chaque initiative et sa mesure, et le vérifier au tour trimestriel.',
    'quickWin.agile.finance':
      'Financer les équipes par trimestre et comparer chaque mois la dépense de chaque équipe à son financement.',
  });
