import type { PublicCatalogue } from './public-en';

/** Les textes des pages publiques en français. */
export const PUBLIC_FR: PublicCatalogue = {
  'form.notStated': 'Non précisé',
  'form.yes': 'Oui',
  'form.no': 'Non',
  'form.choose': 'Choisir…',
  'quick.loading': 'Chargement du questionnaire…',
  'quick.clientPrompt': 'Nom du client pour l’évaluation ?',
  'quick.change': '← Modifier les réponses',
  'quick.compare': 'Comparer les options',
  'quick.print': 'Imprimer ou enregistrer en PDF',
  'quick.toAssessment': 'En faire une évaluation complète',
  'quick.signIn': 'Se connecter pour mener une évaluation complète',
  'quick.resultTitle': 'Le résultat de votre diagnostic rapide',
  'quick.stepLabel': 'Étape {step} sur {steps}',
  'quick.progress':
    'Étape {step} sur {steps} · {answered} questions sur {total} répondues · encore environ {minutes} min',
  'quick.orgTitle': 'Votre organisation',
  'quick.orgIntro':
    'Quelques faits sur votre organisation déterminent, avec vos réponses, si un PMO est rentable et de quel type.',
  'quick.scoring': 'Calcul en cours…',
  'quick.see': 'Voir mon résultat',
  'home.title': 'Avez-vous besoin d’un PMO, et lequel ?',
  'home.lead':
    'PMO Blueprint mesure la façon dont votre organisation conduit ses projets aujourd’hui, sur dix dimensions, détermine si un bureau de gestion de projets (PMO) serait rentable, recommande le modèle adapté (station météo, tour de contrôle ou réservoir de ressources) et son sourcing, et en tire un plan de déploiement par étapes. Chaque chiffre montre comment il a été obtenu.',
  'home.owners': 'Dirigeants d’entreprise',
  'home.ownersText': 'Répondez seul en une dizaine de minutes, sans compte, et obtenez le verdict aussitôt.',
  'home.ownersCta': 'Lancer le diagnostic rapide',
  'home.consultants': 'Consultants',
  'home.consultantsText':
    'Menez une évaluation client : invitez les parties prenantes par rôle, suivez leurs réponses, repérez où dirigeants et chefs de projet divergent, et remettez un rapport et un plan de déploiement.',
  'home.leadership': 'Direction',
  'home.leadershipText':
    'Comparez côte à côte les trois modèles de PMO et les options de sourcing, et voyez comment la réponse change selon votre contexte.',
};
