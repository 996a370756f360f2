import type { PublicCatalogue } from './public-en';

/** Les textes des pages publiques en français. */
export const PUBLIC_FR: PublicCatalogue = {
  'form.notStated': 'Non précisé',
  'form.yes': 'Oui',
  'form.no': 'Non',
  'form.choose': 'Choisir…',
  'quick.loading': 'Chargement du questionnaire…',
  'quick.change': '← Modifier les réponses',
  'quick.compare': 'Comparer les options',
  'quick.print': 'Imprimer ou enregistrer en PDF',
  'quick.toAssessment': 'En faire une évaluation complète',
  'quick.signIn': 'Se connecter pour mener une évaluation complète',
  'quick.resultTitle': 'Le résultat de votre diagnostic rapide',
  'quick.stepLabel': 'Étape {step} sur {steps}',
  'quick.whereOrg': 'D’abord votre organisation',
  'quick.whereSection': 'Section {section} sur {sections}',
  'quick.progress':
    '{where} · {answered} questions sur {total} répondues · {minutes, plural, =0 {tout est répondu} other {encore environ # min}}',
  'quick.orgTitle': 'Votre organisation',
  'quick.orgIntro':
    'Quelques faits sur votre organisation déterminent, avec vos réponses, si un PMO est rentable et de quel type.',
  'quick.scoring': 'Calcul en cours…',
  'quick.see': 'Voir mon résultat',
  'home.title': 'Avez-vous besoin d’un PMO, et lequel ?',
  'home.lead':
    'PMO Blueprint mesure la façon dont votre organisation conduit ses projets aujourd’hui, sur {dimensions, plural, =0 {plusieurs dimensions} other {# dimensions}}, détermine si un bureau de gestion de projets (PMO) serait rentable, recommande le modèle adapté (station météo, tour de contrôle ou réservoir de ressources) et son sourcing, et en tire un plan de déploiement par étapes. Chaque chiffre montre comment il a été obtenu.',
  'home.owners': 'Dirigeants d’entreprise',
  'home.ownersText':
    'Répondez seul en un quart d’heure environ, sans compte, et obtenez le verdict aussitôt.',
  'home.ownersCta': 'Lancer le diagnostic rapide',
  'home.consultants': 'Consultants',
  'home.consultantsText':
    'Menez une évaluation client : invitez les parties prenantes par rôle, suivez leurs réponses, repérez où dirigeants et chefs de projet divergent, et remettez un rapport et un plan de déploiement.',
  'home.leadership': 'Direction',
  'home.leadershipText':
    'Comparez côte à côte les trois modèles de PMO et les options de sourcing, et voyez comment la réponse change selon votre contexte.',
  // quick check: its own result address, start over, the open questions, the next step (issue 12)
  'quick.clientName': 'Nom de l’organisation ou du client',
  'quick.create': 'Créer l’évaluation',
  'quick.cancel': 'Annuler',
  'quick.shareTitle': 'Résultat du diagnostic rapide PMO Blueprint',
  'quick.teamTitle': 'Faites-le avec votre équipe.',
  'quick.teamText':
    'Le regard d’une seule personne est un début. Une évaluation complète interroge anonymement dirigeants, managers et équipes projet, montre où leurs avis divergent et aboutit à un rapport à remettre à un comité de pilotage.',
  'quick.badLink':
    'Ce lien de résultat est incomplet : certains chiffres sur l’organisation manquent ou sont hors limites.',
  'quick.cannotScore':
    'Le résultat ne peut pas être calculé pour l’instant. Vérifiez votre connexion et réessayez.',
  'quick.cannotShow': 'Le résultat ne peut pas être affiché',
  'quick.outdated':
    'Ce résultat a été établi avec l’édition {edition} du questionnaire, et les questions ont changé depuis. Revoyez vos réponses ou recommencez avec les questions actuelles.',
  'quick.retry': 'Réessayer',
  'quick.cleared':
    'Nouveau départ : {answered, plural, =0 {vos chiffres ont été effacés} one {vos chiffres et # réponse ont été effacés} other {vos chiffres et # réponses ont été effacés}}.',
  'quick.undo': 'Annuler',
  'quick.dismiss': 'Fermer',
  'quick.startOver': 'Recommencer',
  'quick.cannotStart': 'Le diagnostic rapide ne peut pas démarrer',
  'quick.cannotLoad':
    'Les questions ne peuvent pas être chargées pour l’instant. Vérifiez votre connexion et rechargez la page.',
  'quick.reload': 'Recharger',
  'quick.stepTitle': 'Diagnostic rapide : {section}',
  'quick.orgStepTitle': 'Diagnostic rapide : votre organisation',
  'quick.beforeScoring': 'Avant le calcul',
  'quick.openCounts':
    'Les questions ouvertes comptent comme sans réponse : leurs dimensions reposent sur moins de réponses, et le résultat indique sa fiabilité.',
  'quick.fixFigures':
    'Certains chiffres sont à revoir avant les questions : voir les champs signalés ci-dessous.',
  'quick.seeAnyway': 'Voir mon résultat quand même',
  'share.button': 'Partager ce résultat',
  'share.copied': 'Lien copié : collez-le dans un e-mail ou une conversation.',
  'share.copyFromBar': 'Copiez le lien depuis la barre d’adresse : il ramène à ce résultat.',
  'ctx.enterNumber': 'Saisissez un nombre.',
  'ctx.choose': 'Choisissez l’option la plus proche de votre situation.',
  'ctx.whole': 'Saisissez un nombre entier, par exemple 12.',
  'ctx.negative': 'Cette valeur ne peut pas être négative.',
  'ctx.atLeastOne': 'Comptez au moins une personne : vous-même.',
  'ctx.atLeast': 'Saisissez au moins {min}.',
  'ctx.atMost': 'Saisissez au plus {max}.',
  'ctx.notNumber': 'Saisissez un nombre, par exemple 2,5.',
  'ctx3.businessUnits.label': 'Unités qui mènent leurs propres projets (facultatif)',
  'ctx3.businessUnits.help':
    'Divisions, pays ou filiales avec leur propre budget et leurs propres équipes projet. 1 si les projets sont menés ensemble.',
  'ctx3.deliveryApproach.label': 'Comment les projets sont menés (facultatif)',
  'ctx3.deliveryApproach.help': 'La plupart de vos projets, tels qu’ils sont menés aujourd’hui.',
  'ctx3.deliveryApproach.plan-driven': 'Par plan : phases, plannings et jalons de décision',
  'ctx3.deliveryApproach.agile': 'Agile : sprints, backlogs et équipes produit',
  'ctx3.deliveryApproach.mixed': 'Mixte : un peu des deux',
  'ctx3.projectsFor.label': 'Pour qui sont vos projets ? (facultatif)',
  'ctx3.projectsFor.help':
    'Votre propre transformation, ou des commandes livrées à des clients (machines, bâtiments, systèmes, campagnes) ?',
  'ctx3.projectsFor.own-organisation': 'Notre organisation : les projets changent notre façon de travailler',
  'ctx3.projectsFor.customers': 'Des clients : chaque projet est une commande que nous livrons',
  'ctx3.projectsFor.both': 'Les deux : commandes de clients et transformation interne',
  'ctx3.horizonMonths.label': 'Pour combien de mois ? (facultatif)',
  'ctx3.horizonMonths.help': 'La durée du besoin temporaire : de 3 à 120 mois.',
  'ctx3.existingPmoFte.label': 'Effectif du PMO actuel (facultatif)',
  'ctx3.existingPmoFte.help': 'En équivalents temps plein : deux personnes à mi-temps comptent pour 1.',
  'rates.title': 'Coûts (facultatif)',
  'rates.intro':
    'Avec vos propres taux journaliers, le coût est donné dans votre devise. Sans eux, des taux par défaut documentés en EUR sont utilisés.',
  'rates.currency': 'Devise',
  'rates.currencyHelp': 'Un code comme EUR, CHF, GBP ou USD.',
  'rates.dayRate': 'Taux journalier de vos salariés',
  'rates.dayRateHelp': 'Ce que coûte une journée d’un salarié, toutes charges comprises.',
  'rates.externalDayRate': 'Taux journalier d’un prestataire (facultatif)',
  'rates.externalHelp':
    'Utilisé pour le travail externalisé, et pour un bureau hybride jusqu’à sa reprise en interne.',
  'rates.needCurrency': 'Indiquez la devise des taux.',
  'rates.needDayRate': 'Saisissez aussi le taux de vos salariés, ou laissez les trois champs vides.',
  'rates.positive': 'Saisissez un montant supérieur à 0.',
  'rates.tooLong': 'Au plus 8 caractères, par exemple EUR.',
  'ctx.moreManagers':
    'Il ne peut pas y avoir plus de personnes qui pilotent des projets ({managers}) que de personnes dans l’organisation ({people}).',
};
