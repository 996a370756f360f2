import type { FieldworkTexts } from './en';

/** Les mots du kit de validation terrain en français (vouvoiement). */
export const FIELDWORK_FR: FieldworkTexts = {
  'kit.title': 'Kit de validation terrain',
  'kit.pageTitle': 'Kit de validation terrain : {client}',
  'kit.eyebrow': 'Valider l’enquête',
  'kit.intro':
    'L’enquête dit comment chacun perçoit la pratique actuelle. Avant qu’un niveau n’entre dans le rapport, vérifiez-le comme le ferait une évaluation : entretiens avec chaque rôle, lecture des documents qui montreraient la pratique, atelier de calibrage sur les dimensions divergentes. Un niveau ne compte que si les preuves le corroborent.',
  'kit.edition': 'Édition du questionnaire {edition}',
  'kit.back': 'Retour au rapport',
  'kit.print': 'Imprimer le kit',
  'kit.loading': 'Préparation du kit…',
  'kit.cannotLoad': 'Le kit de validation n’a pas pu être préparé.',
  'kit.retry': 'Réessayer',
  'kit.contents': 'Sommaire',
  'kit.confidential': 'Document de travail',
  'kit.open': 'Kit de validation terrain',

  'kit.workbook': 'Télécharger en classeur',
  'kit.preparingWorkbook': 'Préparation du classeur…',
  'kit.pageLabel': 'Page {page} sur {pages}',
  'sheet.agenda': 'Atelier de calibrage',
  'sheet.guide': 'Guide d’entretien',
  'sheet.evidence': 'Preuves par niveau',
  'col.item': 'Point',
  'col.minutes': 'Minutes',
  'col.why': 'Pourquoi ce point',
  'col.dimension': 'Dimension',
  'col.role': 'Rôle interrogé',
  'col.question': 'Question',
  'col.answer': 'Ce qui a été entendu',
  'col.level': 'Niveau',
  'col.listen': 'Ce qu’il faut entendre',
  'col.evidence': 'Preuve qui le montre',
  'col.received': 'Reçu',
  'col.notes': 'Notes',

  'agenda.title': 'Ordre du jour de l’atelier de calibrage',
  'agenda.intro':
    'Les dimensions où les chiffres publiés de cette évaluation divergent : des répondants très éloignés, ou des groupes de rôles qui voient la même pratique différemment. Le groupe s’accorde sur un niveau à partir des preuves, pas de la moyenne.',
  'agenda.privacy':
    'Chaque chiffre ci-dessous est déjà publié dans les résultats, chacun pour au moins {k} personnes. Personne n’est interrogé sur ses réponses, et aucun groupe n’a à défendre son score : demandez à chacun ce qu’il observe.',
  'agenda.noFigures':
    'Aucun chiffre n’est encore publié : l’ordre du jour suivra dès les {k} premières réponses. Le guide d’entretien et la liste des documents ci-dessous n’ont pas à attendre.',
  'agenda.none':
    'Aucun chiffre publié ne diverge assez pour demander un calibrage. Utilisez l’atelier pour confirmer les niveaux à l’aide des documents reçus.',
  'agenda.opening': 'Ouverture',
  'agenda.openingText':
    'But de la séance, l’échelle à cinq niveaux, les règles du jeu : les chiffres sont des chiffres de groupe, chacun parle de ce qu’il voit dans son propre travail, un niveau demande une preuve.',
  'agenda.closing': 'Clôture',
  'agenda.closingText':
    'Relire chaque niveau retenu avec sa preuve ; lister les preuves encore manquantes, avec un responsable et une date ; noter les dimensions reportées à une autre séance.',
  'agenda.minutes': '{n} min',
  'agenda.total': 'Environ {n} minutes au total',
  'agenda.why': 'Pourquoi ce point',
  'agenda.spread':
    'Les répondants sont éloignés : leurs scores ont un écart-type de {spread, number, 2} sur {raters} personnes ({consensus}).',
  'agenda.consensus.weak': 'consensus faible',
  'agenda.consensus.moderate': 'consensus modéré',
  'agenda.gap':
    'Les {higher} la notent {higherScore, number, 1}, les {lower} {lowerScore, number, 1} : {gap, number, 1} point(s) d’écart.',
  'agenda.calibrate':
    'Score publié {score, number, 1}. Demandez au groupe si la pratique de la plupart des projets correspond au niveau {low} ou au niveau {high} :',
  'agenda.bring': 'À avoir dans la salle',
  'agenda.reserve': 'Également divergentes, pour une autre séance',
  'agenda.aligned':
    '{n, plural, =0 {Toutes les autres dimensions publiées divergent aussi.} one {Une autre dimension publiée ne montre pas de divergence.} other {# autres dimensions publiées ne montrent pas de divergence.}}',

  'guide.title': 'Guide d’entretien',
  'guide.intro':
    'Trente à quarante-cinq minutes par personne, un rôle à la fois. Demandez des exemples des derniers mois et le document qui les montre ; notez ce que vous entendez au regard des niveaux, pas du chiffre de l’enquête.',
  'guide.ask': 'Questions par rôle',
  'guide.listen': 'Ce qu’il faut entendre',

  'documents.title': 'Liste des documents à demander',
  'documents.intro':
    'Demandez-les avant les entretiens. Chaque ligne indique ce qui montrerait un niveau ; un niveau est corroboré quand le document existe et sert sur la plupart des projets, pas quand un modèle dort sur un disque partagé.',
  'documents.level': 'Niveau',
  'documents.evidence': 'Preuve qui le montre',
  'documents.received': 'Reçu',

  'source.other-edition': 'Repris du kit d’une autre édition pour cette dimension.',
  'source.english': 'Pas encore traduit : affiché en anglais.',
  'source.questionnaire':
    'Pas encore de kit propre à cette dimension : les questions et les niveaux sont ceux du questionnaire.',

  'level.1': 'Initial',
  'level.2': 'Reproductible',
  'level.3': 'Défini',
  'level.4': 'Maîtrisé',
  'level.5': 'Optimisé',
  levelNumbered: 'Niveau {n} : {name}',

  'role.executive': 'Dirigeant',
  'role.management': 'Manager',
  'role.project-manager': 'Chef de projet',
  'role.controller': 'Contrôleur de gestion',
  'role.team-member': 'Membre d’équipe',
  'role.other': 'Autre partie prenante',

  'group.executive': 'dirigeants',
  'group.management': 'managers',
  'group.project-manager': 'chefs de projet',
  'group.controller': 'contrôleurs de gestion',
  'group.team-member': 'membres d’équipe',
  'group.other': 'autres parties prenantes',
  'group.pooled': 'petits groupes regroupés',
};
