import type { WorkspaceCatalogue } from './workspace-en';

/** Les textes de l’espace consultant en français. */
export const WORKSPACE_FR: WorkspaceCatalogue = {
  'workspace.retry': 'Réessayer',
  'workspace.dismiss': 'Fermer',
  'workspace.cancel': 'Annuler',
  'workspace.allAssessments': '← Toutes les évaluations',
  'workspace.status.open': 'Ouverte',
  'workspace.status.closed': 'Clôturée',
  'workspace.percent': '{percent, number} %',
  'workspace.date': '{date, date}',

  'workspace.list.title': 'Évaluations',
  'workspace.list.new': 'Nouvelle évaluation',
  'workspace.list.loading': 'Chargement de vos évaluations…',
  'workspace.list.errorTitle': 'Impossible d’afficher vos évaluations',
  'workspace.list.emptyTitle': 'Aucune évaluation pour l’instant',
  'workspace.list.emptyText':
    'Une évaluation recueille l’avis des parties prenantes d’un client sur la conduite de ses projets. Créez-en une pour un client, puis invitez les personnes qui doivent répondre.',
  'workspace.list.emptyAction': 'Créer la première évaluation',
  'workspace.list.caption': 'Vos évaluations',
  'workspace.list.client': 'Client',
  'workspace.list.status': 'Statut',
  'workspace.list.due': 'Réponses attendues le',
  'workspace.list.responses': 'Réponses',
  'workspace.list.created': 'Créée le',
  'workspace.list.followUp': 'suivi',
  'workspace.list.progress': '{submitted, number} sur {invited, number} ({percent, number} %)',

  'workspace.new.title': 'Nouvelle évaluation',
  'workspace.new.submit': 'Créer l’évaluation',

  'workspace.form.loading': 'Chargement du formulaire…',
  'workspace.form.client': 'Client',
  'workspace.form.due': 'Réponses attendues le (facultatif)',
  'workspace.form.language': 'Langue des invitations et du questionnaire',
  'workspace.form.context': 'Le contexte du client',
  'workspace.form.saving': 'Enregistrement…',
  'workspace.edit.summary': 'Modifier le client, l’échéance et le contexte',
  'workspace.edit.save': 'Enregistrer les modifications',
  'workspace.edit.saved': 'Modifications enregistrées.',
  'workspace.edit.conflict':
    'Quelqu’un d’autre a modifié cette évaluation entre-temps. Rechargez la page et réessayez.',

  'workspace.page.loading': 'Chargement de l’évaluation…',
  'workspace.page.errorTitle': 'Impossible d’afficher cette évaluation',
  'workspace.page.report': 'Rapport',
  'workspace.page.compare': 'Comparer les options',
  'workspace.page.open': 'Ouverte aux réponses',
  'workspace.page.closed': 'Clôturée',
  'workspace.page.due': 'réponses attendues le {date, date}',
  'workspace.page.submitted': '{percent, number} % de réponses envoyées',
  'workspace.page.followUpOf': 'suivi de l’évaluation précédente',
  'workspace.page.closedNote':
    'Cette évaluation est clôturée : plus personne ne peut enregistrer ni envoyer de réponses. Rouvrez-la pour inviter d’autres parties prenantes ou envoyer des relances.',

  'workspace.rates.title': 'Taux de réponse par rôle',
  'workspace.rates.caption': 'Questionnaires envoyés par rôle',
  'workspace.rates.role': 'Rôle',
  'workspace.rates.submitted': 'Envoyés',
  'workspace.rates.rate': 'Taux',
  'workspace.rates.count': '{submitted, number} sur {invited, number}',
  'workspace.rates.empty': 'Les taux s’affichent ici dès que vous avez invité des parties prenantes.',

  'workspace.invite.title': 'Inviter une partie prenante',
  'workspace.invite.role': 'Rôle',
  'workspace.invite.name': 'Nom (facultatif)',
  'workspace.invite.email': 'E-mail (facultatif)',
  'workspace.invite.emailHint': 'Avec une adresse e-mail, l’invitation part aussi par courrier électronique.',
  'workspace.invite.submit': 'Ajouter et obtenir le lien',
  'workspace.invite.busy': 'Ajout…',

  'workspace.bulk.summary': 'Inviter plusieurs personnes à la fois',
  'workspace.bulk.label': 'Une partie prenante par ligne : le rôle, puis le nom et l’e-mail si vous les avez',
  'workspace.bulk.placeholder':
    '{executive}, Hélène Marchand, helene@client.example\n{projectManager}, Sofia Alves\n{teamMember}',
  'workspace.bulk.notRole':
    'Ligne {line} : « {word} » n’est pas un rôle. Utilisez l’un de ceux-ci : {roles}.',
  'workspace.bulk.submit':
    '{count, plural, =0 {Inviter les parties prenantes} one {Inviter # partie prenante} other {Inviter # parties prenantes}}',
  'workspace.bulk.busy': 'Invitations en cours… ({done, number} sur {total, number})',
  'workspace.bulk.failed':
    '{count, plural, one {# invitation a échoué} other {# invitations ont échoué}} ; les lignes concernées sont remises dans la zone de saisie pour que vous puissiez les corriger et réessayer.',
  'workspace.bulk.failedLine': '{who} : {error}',

  'workspace.people.title': 'Parties prenantes ({count, number})',
  'workspace.people.caption': 'Parties prenantes et avancement',
  'workspace.people.name': 'Nom',
  'workspace.people.role': 'Rôle',
  'workspace.people.progress': 'Avancement',
  'workspace.people.answered': 'Réponses',
  'workspace.people.actions': 'Actions',
  'workspace.people.noName': '{role} (sans nom)',
  'workspace.people.answeredCount': '{answered, number} sur {questions, number}',
  'workspace.people.empty':
    'Aucune partie prenante pour l’instant. Invitez-les ci-dessus : chacune reçoit un lien personnel.',
  'workspace.people.emptyClosed': 'Personne n’a été invité à cette évaluation.',
  'workspace.progress.invited': 'Invitée',
  'workspace.progress.in-progress': 'En cours',
  'workspace.progress.submitted': 'A répondu',
  'workspace.progress.revoked': 'Lien révoqué',
  'workspace.action.reissue': 'Nouveau lien',
  'workspace.action.reissueFor': 'Nouveau lien pour {who}',
  'workspace.action.revoke': 'Révoquer',
  'workspace.action.revokeFor': 'Révoquer le lien de {who}',
  'workspace.action.remove': 'Retirer',
  'workspace.action.removeFor': 'Retirer {who}',

  'workspace.manage.title': 'Gérer',
  'workspace.manage.remind': 'Relancer ceux qui n’ont pas répondu',
  'workspace.manage.close': 'Clôturer l’évaluation',
  'workspace.manage.reopen': 'Rouvrir l’évaluation',
  'workspace.manage.followUp': 'Lancer une évaluation de suivi',

  'workspace.remind.title': 'Envoyer des relances ?',
  'workspace.remind.count':
    '{count, plural, =0 {Personne ne peut être relancé par e-mail pour le moment.} one {Une relance part vers # partie prenante qui n’a pas encore envoyé ses réponses.} other {Des relances partent vers # parties prenantes qui n’ont pas encore envoyé leurs réponses.}}',
  'workspace.remind.recent':
    '{count, plural, one {# personne a été relancée au cours des dernières 24 heures et sera ignorée.} other {# personnes ont été relancées au cours des dernières 24 heures et seront ignorées.}}',
  'workspace.remind.noEmail':
    '{count, plural, one {# personne n’a pas d’adresse e-mail et ne peut pas être relancée par courrier électronique.} other {# personnes n’ont pas d’adresse e-mail et ne peuvent pas être relancées par courrier électronique.}}',
  'workspace.remind.how':
    'Une relance ne contient aucun lien : elle invite la personne à ouvrir l’invitation qu’elle a reçue.',
  'workspace.remind.confirm': '{count, plural, one {Envoyer # relance} other {Envoyer # relances}}',
  'workspace.remind.sent':
    '{sent, plural, =0 {Aucune relance envoyée : toutes les personnes restantes ont été relancées récemment.} one {# relance envoyée.} other {# relances envoyées.}}',

  'workspace.revoke.title': 'Révoquer le lien de {who} ?',
  'workspace.revoke.body':
    'Le lien cesse de fonctionner immédiatement, et cette personne ne compte plus dans le taux de réponse.',
  'workspace.revoke.submitted':
    'Ses réponses envoyées restent dans les résultats, de façon anonyme : une révocation ne retire jamais une réponse envoyée.',
  'workspace.revoke.draft':
    'Les réponses déjà enregistrées sont conservées mais jamais comptées, et aucun lien ne permet de les ouvrir. Un nouveau lien pour cette personne repart de zéro et les efface.',
  'workspace.revoke.confirm': 'Révoquer le lien',
  'workspace.revoke.done': 'Le lien de {who} est révoqué.',

  'workspace.reissue.title': 'Donner un nouveau lien à {who} ?',
  'workspace.reissue.body':
    'Le lien actuel cesse de fonctionner immédiatement, et le nouveau ouvre un questionnaire vierge.',
  'workspace.reissue.revoked':
    'Son lien avait été révoqué. Le nouveau ouvre un questionnaire vierge, et cette personne compte de nouveau dans le taux de réponse.',
  'workspace.reissue.submitted':
    'La réponse envoyée auparavant reste comptée dans les résultats, de façon anonyme.',
  'workspace.reissue.draft': 'Les réponses enregistrées mais pas encore envoyées sont effacées.',
  'workspace.reissue.email': 'Le nouveau lien est aussi envoyé à {email}.',
  'workspace.reissue.confirm': 'Créer un nouveau lien',

  'workspace.remove.title': 'Retirer {who} ?',
  'workspace.remove.body': 'Cette personne disparaît de la liste et son lien cesse de fonctionner.',
  'workspace.remove.submitted': 'Ses réponses envoyées restent dans les résultats, de façon anonyme.',
  'workspace.remove.draft': 'Les réponses enregistrées mais pas encore envoyées sont effacées.',
  'workspace.remove.confirm': 'Retirer',
  'workspace.remove.done': '{who} a été retiré de la liste.',

  'workspace.close.title': 'Clôturer l’évaluation ?',
  'workspace.close.open':
    '{open, plural, =0 {Les {total, number} parties prenantes ont toutes envoyé leurs réponses.} one {# partie prenante sur {total, number} n’a pas encore envoyé ses réponses.} other {# parties prenantes sur {total, number} n’ont pas encore envoyé leurs réponses.}}',
  'workspace.close.body':
    'Jusqu’à la réouverture, personne ne peut enregistrer ni envoyer de réponses et aucune relance ne part. Les liens affichent encore ce qui a été enregistré pendant 30 jours après la clôture, puis cessent de fonctionner.',
  'workspace.close.confirm': 'Clôturer l’évaluation',
  'workspace.close.done': 'L’évaluation est clôturée.',
  'workspace.reopen.done': 'L’évaluation est de nouveau ouverte.',

  'workspace.followUp.title': 'Lancer une évaluation de suivi ?',
  'workspace.followUp.body':
    'L’évaluation de suivi reprend le client et le contexte de celle-ci, sans échéance. Cette évaluation reste telle quelle, et le rapport compare les deux.',
  'workspace.followUp.people':
    '{count, plural, =0 {Personne n’est encore invité : vous ajouterez les parties prenantes ensuite.} one {# partie prenante est invitée à nouveau avec un nouveau lien (par e-mail si son adresse est connue).} other {# parties prenantes sont invitées à nouveau, chacune avec un nouveau lien (par e-mail quand l’adresse est connue).}}',
  'workspace.followUp.confirm': 'Lancer le suivi',

  'workspace.links.title':
    '{count, plural, one {Nouveau lien d’invitation} other {# nouveaux liens d’invitation}}',
  'workspace.links.onlyNow':
    'Affichés maintenant seulement : PMO Blueprint ne garde qu’une empreinte de chaque lien et ne peut donc plus les afficher. Copiez-les, partagez-les ou téléchargez-les avant de quitter cette page.',
  'workspace.links.caption': 'Nouveaux liens d’invitation',
  'workspace.links.who': '{name} ({role})',
  'workspace.links.linkFor': 'Lien d’invitation pour {who}',
  'workspace.links.emailed': 'également envoyé par e-mail',
  'workspace.links.notEmailed': 'pas d’e-mail : transmettez-le vous-même',
  'workspace.links.copy': 'Copier',
  'workspace.links.copyFor': 'Copier le lien pour {who}',
  'workspace.links.copied': 'Copié',
  'workspace.links.copiedFor': 'Copié : le lien pour {who}',
  'workspace.links.copiedOne': 'Le lien pour {who} est copié.',
  'workspace.links.copyRefused':
    'Ce navigateur n’autorise pas la copie ici. Le lien est sélectionné : appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.',
  'workspace.links.copyAllRefused':
    'Ce navigateur n’autorise pas la copie ici. Les liens sont sélectionnés : appuyez sur Ctrl+C (⌘C sur Mac) pour les copier.',
  'workspace.links.share': 'Partager',
  'workspace.links.shareFor': 'Partager le lien pour {who}',
  'workspace.links.shareText': 'Lien personnel vers le questionnaire pour {who} : {url}',
  'workspace.links.copyAll': 'Copier tous les liens',
  'workspace.links.copiedAll': '{count, plural, one {# lien copié.} other {# liens copiés.}}',
  'workspace.links.allText': 'Tous les liens, un par ligne',
  'workspace.links.csv': 'Télécharger en CSV',
  'workspace.links.csvNote':
    'Le fichier ne contient que ces nouveaux liens : les liens précédents ne peuvent plus être téléchargés. Toute personne qui a ce fichier peut répondre à la place de ces personnes : supprimez-le une fois les liens envoyés.',
  'workspace.links.done': 'Terminé',
  'workspace.links.failed': 'Non invité : {error}',
  'workspace.csv.name': 'Nom',
  'workspace.csv.email': 'E-mail',
  'workspace.csv.role': 'Rôle',
  'workspace.csv.link': 'Lien',
  'workspace.csv.file': 'liens-invitation',

  'workspace.outbox.title': 'Messages envoyés',
  'workspace.outbox.intro':
    'En local, les e-mails ne partent pas : ils arrivent ici. Sur AWS, ils sont envoyés par Amazon SES.',
  'workspace.outbox.loading': 'Chargement des e-mails…',
  'workspace.outbox.errorTitle': 'Impossible d’afficher les messages envoyés',
  'workspace.outbox.emptyTitle': 'Aucun e-mail pour l’instant',
  'workspace.outbox.emptyText':
    'Les invitations et les relances s’affichent ici dès que vous invitez des parties prenantes avec une adresse e-mail ou envoyez des relances.',
  'workspace.outbox.emptyAction': 'Aller à vos évaluations',
  'workspace.outbox.to': 'À {to}',
  'workspace.outbox.sent': 'envoyé le {when}',
  'workspace.outbox.queued': 'en attente',
  'workspace.signInNeeded': 'Connexion nécessaire',
  'workspace.signInText': 'Cette page fait partie de l’espace consultant.',
  'workspace.signInLink': 'Se connecter',
  'workspace.signIn.title': 'Connexion consultant',
  'workspace.signIn.loading': 'Chargement…',
  'workspace.signIn.local':
    'Version locale : toute adresse e-mail convient ; l’organisation sépare les données de vos clients de celles des autres.',
  'workspace.signIn.email': 'E-mail',
  'workspace.signIn.organisation': 'Organisation',
  'workspace.signIn.password': 'Phrase secrète de l’organisation',
  'workspace.signIn.hosted':
    'Connectez-vous avec le compte de votre cabinet. Votre mot de passe et le code de votre application d’authentification vous seront demandés.',
  'workspace.signIn.signingIn': 'Connexion…',
  'workspace.signIn.failedRefused': 'La connexion a été annulée ou refusée.',
  'workspace.signIn.failedStale': 'Cette connexion a expiré ou a été commencée dans un autre onglet.',
  'workspace.signIn.failedExchange': 'La connexion n’a pas pu aboutir.',
  'workspace.signIn.retry': 'Réessayer',
};
