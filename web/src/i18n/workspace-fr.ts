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
  'workspace.form.k': 'Plus petit groupe affiché (k)',
  'workspace.form.kHint':
    'Aucun chiffre ne repose sur moins de k personnes, et les décomptes avancent par pas de k. Au moins 3 ; figé dès le premier envoi.',
  'workspace.plan.title': 'Qui vous comptez inviter (facultatif)',
  'workspace.plan.intro':
    'Indiquez combien de personnes de chaque rôle vous comptez inviter, pour voir ce que k permettra d’afficher. Rien n’est enregistré ni envoyé.',
  'workspace.plan.previewTitle': 'Ce que vous verrez',
  'workspace.plan.none':
    'Les résultats apparaissent dès que {k, number} personnes ont répondu, et chaque décompte avance par pas de {k, number}.',
  'workspace.plan.own':
    '{roles} : chaque rôle est affiché comme groupe à part dès {k, number} réponses, par pas de {k, number}.',
  'workspace.plan.ownRole': '{count, number} {role}',
  'workspace.plan.pooled':
    'Avec {roles} et k = {k, number}, {count, plural, one {ce rôle est regroupé} other {ces rôles sont regroupés}} avec d’autres petits rôles.',
  'workspace.plan.poolShown':
    'Ce regroupement compte jusqu’à {size, number} personnes : il peut être affiché dès que {k, number} d’entre elles ont répondu.',
  'workspace.plan.poolHidden':
    'Même regroupées, elles ne sont que {size, number}, moins de {k, number} : leurs réponses ne comptent que dans les chiffres d’ensemble, jamais comme groupe.',
  'workspace.plan.rest':
    'Quand l’effectif d’un rôle n’est pas un multiple de {k, number}, les personnes au-delà du dernier pas complet rejoignent le regroupement.',
  'workspace.plan.tooFew':
    'Avec {total, number} personnes au total et k = {k, number}, aucun résultat ne pourra être affiché : invitez-en au moins {k, number}.',
  'workspace.plan.overall':
    'Les résultats d’ensemble apparaissent dès {k, number} réponses ; avec {total, number} personnes prévues, le décompte peut atteindre {reach, number}.',
  'workspace.form.clientMissing': 'Saisissez le nom du client.',
  'workspace.form.kInvalid': 'Saisissez un nombre entier de {min} à {max}.',
  'workspace.form.stillMissing':
    '{count, plural, one {Il manque une information} other {Il manque # informations}} avant de pouvoir enregistrer l’évaluation :',
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
  'workspace.page.submitted': '{submitted, number} sur {invited, number} ont répondu',
  'workspace.page.followUpOf': 'suivi de l’évaluation précédente',
  'workspace.page.closedNote':
    'Cette évaluation est clôturée : plus personne ne peut enregistrer ni envoyer de réponses. Rouvrez-la pour inviter d’autres parties prenantes ou envoyer des relances.',

  'workspace.rates.title': 'Réponses',
  'workspace.rates.overall':
    '{submitted, number} des {invited, number} personnes invitées ont répondu ({percent, number} %).',
  'workspace.rates.batches':
    'Compté par lots de {k, number}, pour qu’aucun chiffre ne bouge à cause d’une seule personne : il affiche {shown, number} jusqu’à ce que {next, number} personnes aient répondu.',
  'workspace.rates.byRoleNote':
    'Le chiffre d’un rôle apparaît dès que {k, number} de ses membres ont répondu, puis progresse par pas de {k, number}.',
  'workspace.rates.caption': 'Questionnaires envoyés par rôle',
  'workspace.rates.role': 'Rôle',
  'workspace.rates.submitted': 'Envoyés',
  'workspace.rates.rate': 'Taux',
  'workspace.rates.count': '{submitted, number} sur {invited, number}',
  'workspace.rates.notShown': '{invited, number} invitées · pas encore affiché',
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
  'workspace.people.caption': 'Parties prenantes invitées et état de leur lien',
  'workspace.people.name': 'Nom',
  'workspace.people.role': 'Rôle',
  'workspace.people.email': 'E-mail',
  'workspace.people.link': 'Lien',
  'workspace.people.invited': 'Invitée le',
  'workspace.people.noEmail': 'aucun',
  'workspace.people.actions': 'Actions',
  'workspace.people.noName': '{role} (sans nom)',
  'workspace.people.empty':
    'Aucune partie prenante pour l’instant. Invitez-les ci-dessus : chacune reçoit un lien personnel.',
  'workspace.people.emptyClosed': 'Personne n’a été invité à cette évaluation.',
  'workspace.people.note':
    'Cette liste montre ce que vous avez fait : qui vous avez invité et l’état de chaque lien. Qu’une personne ait ouvert, commencé ou envoyé le questionnaire n’est jamais affiché, ni ici ni ailleurs.',
  'workspace.link.live': 'Actif',
  'workspace.link.revoked': 'Révoqué',
  'workspace.link.removed': 'Retiré',
  'workspace.action.reissue': 'Nouveau lien',
  'workspace.action.reissueFor': 'Nouveau lien pour {who}',
  'workspace.action.revoke': 'Révoquer',
  'workspace.action.revokeFor': 'Révoquer le lien de {who}',
  'workspace.action.remove': 'Retirer',
  'workspace.action.removeFor': 'Retirer {who}',
  'workspace.action.erase': 'Effacer les données personnelles',
  'workspace.action.eraseFor': 'Effacer les données personnelles de {who}',

  'workspace.manage.title': 'Gérer',
  'workspace.manage.remind': 'Relancer toutes les personnes qui n’ont pas répondu',
  'workspace.manage.close': 'Clôturer l’évaluation',
  'workspace.manage.reopen': 'Rouvrir l’évaluation',
  'workspace.manage.followUp': 'Lancer une évaluation de suivi',

  'workspace.remind.title': 'Relancer toutes les personnes qui n’ont pas répondu ?',
  'workspace.remind.body':
    'Un seul message part vers chaque personne invitée avec une adresse e-mail qui n’a pas encore répondu : le même texte pour tous. Vous ne saurez pas qui le reçoit.',
  'workspace.remind.limit': 'Une relance part au plus une fois par jour.',
  'workspace.remind.how':
    'Une relance ne contient aucun lien : elle invite la personne à ouvrir l’invitation qu’elle a reçue.',
  'workspace.remind.confirm': 'Envoyer la relance',
  'workspace.remind.sent':
    '{sent, plural, =0 {Aucune relance n’est partie : la dernière date de moins d’un jour.} other {La relance part vers toutes les personnes qui n’ont pas répondu.}}',

  'workspace.revoke.title': 'Révoquer le lien de {who} ?',
  'workspace.revoke.body':
    'Le lien cesse de fonctionner immédiatement, et l’invitation ne compte plus parmi les personnes invitées.',
  'workspace.revoke.consequences':
    'Vous ne pouvez pas savoir si cette personne a répondu, et cette fenêtre non plus. Si elle a envoyé ses réponses, elles restent comptées, de façon anonyme. Un brouillon non envoyé ne peut plus être ouvert ni terminé par ce lien.',
  'workspace.revoke.confirm': 'Révoquer le lien',
  'workspace.revoke.done': 'Le lien de {who} est révoqué.',

  'workspace.reissue.title': 'Donner un nouveau lien à {who} ?',
  'workspace.reissue.body':
    'Le lien actuel cesse de fonctionner immédiatement, et le nouveau ouvre un questionnaire vide.',
  'workspace.reissue.revoked':
    'Son lien avait été révoqué. Le nouveau ouvre un questionnaire vide, et l’invitation compte de nouveau parmi les personnes invitées.',
  'workspace.reissue.consequences':
    'Si cette personne a déjà répondu, ses réponses restent comptées, de façon anonyme, et un second envoi par le nouveau lien ne compte pas une deuxième fois. Un brouillon sur l’ancien lien est perdu.',
  'workspace.reissue.email': 'Le nouveau lien est aussi envoyé à {email}.',
  'workspace.reissue.confirm': 'Créer un nouveau lien',

  'workspace.remove.title': 'Retirer {who} ?',
  'workspace.remove.body':
    'L’invitation reste listée comme retirée et son lien cesse de fonctionner ; plus aucune action n’est possible ensuite.',
  'workspace.remove.consequences':
    'Si cette personne a répondu, ses réponses restent comptées, de façon anonyme. Un brouillon sur son lien est effacé, avec ses notes.',
  'workspace.remove.confirm': 'Retirer',
  'workspace.remove.done': '{who} a été retiré de la liste.',
  'workspace.erase.title': 'Effacer les données personnelles de {who} ?',
  'workspace.erase.body':
    'À faire quand la personne le demande. Son nom et son adresse e-mail sont effacés définitivement et son lien cesse de fonctionner ; l’invitation reste listée comme retirée, sans nom.',
  'workspace.erase.consequences':
    'Si cette personne a répondu, ses réponses restent comptées, de façon anonyme : plus rien ne les relie à un nom.',
  'workspace.erase.confirm': 'Effacer définitivement',
  'workspace.erase.keep': 'Conserver les données',
  'workspace.erase.done': 'Les données personnelles de {who} sont effacées.',
  'workspace.erase.unavailable':
    'L’effacement n’a pas pu se faire : ce serveur ne le propose pas encore, ou l’invitation n’existe plus. Rien n’a été modifié.',

  'workspace.close.title': 'Clôturer l’évaluation ?',
  'workspace.close.counted':
    'À ce jour, {submitted, number} des {invited, number} personnes invitées ont répondu, comptées par lots de {k, number}.',
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
  'workspace.access.title': 'Registre des accès',
  'workspace.access.intro':
    'Chaque consultation, export ou partage de ces résultats, et chaque ouverture par un lien de partage, est consigné ici. Votre client peut demander à le voir.',
  'workspace.access.caption': 'Registre des accès aux résultats',
  'workspace.access.when': 'Quand',
  'workspace.access.who': 'Qui',
  'workspace.access.what': 'Quoi',
  'workspace.access.viewed-results': 'A consulté les résultats',
  'workspace.access.exported': 'A exporté les résultats',
  'workspace.access.shared': 'A créé un lien de partage',
  'workspace.access.share-viewed': 'Ouvert par un lien de partage',
  'workspace.access.share-revoked': 'A révoqué un lien de partage',
  'workspace.access.empty': 'Personne n’a encore consulté, exporté ni partagé les résultats.',
  'workspace.access.loading': 'Chargement du registre des accès…',
  'workspace.access.unavailable': 'Ce serveur ne tient pas encore de registre des accès.',
  'workspace.access.failed': 'Le registre des accès ne peut pas être affiché : {error}',
  'workspace.retention.title': 'Conservation des données personnelles',
  'workspace.retention.intro':
    'Les noms et adresses e-mail des parties prenantes sont effacés ce nombre de jours après la clôture de la dernière évaluation d’une série de suivis pour un client. Les réponses comptées restent, de façon anonyme.',
  'workspace.retention.label': 'Jours de conservation ({min, number} à {max, number})',
  'workspace.retention.save': 'Enregistrer',
  'workspace.retention.saved':
    'Enregistré : les données personnelles sont effacées {days, number} jours après la clôture de la dernière évaluation d’un client.',
  'workspace.retention.range': 'Indiquez un nombre entier de jours entre {min, number} et {max, number}.',
  'workspace.retention.unavailable':
    'Ce serveur ne propose pas encore ce réglage ; par défaut, les données personnelles sont conservées {days, number} jours.',
  'workspace.retention.loading': 'Chargement du réglage…',

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
  'workspace.outbox.filters': 'Filtrer les messages',
  'workspace.outbox.search': 'Rechercher',
  'workspace.outbox.kind': 'Type',
  'workspace.outbox.kind.all': 'Invitations et relances',
  'workspace.outbox.kind.invitation': 'Invitations',
  'workspace.outbox.kind.reminder': 'Relances',
  'workspace.outbox.client': 'Évaluation',
  'workspace.outbox.client.all': 'Toutes les évaluations',
  'workspace.outbox.status': 'État',
  'workspace.outbox.status.all': 'Envoyés et en attente',
  'workspace.outbox.status.sent': 'Envoyés',
  'workspace.outbox.status.queued': 'En attente',
  'workspace.outbox.showing':
    '{shown, plural, =0 {Aucun message affiché} one {# message affiché} other {# messages affichés}} sur {total}.',
  'workspace.outbox.clear': 'Tout afficher',
  'workspace.outbox.none': 'Aucun message ne correspond : modifiez la recherche ou les filtres.',
  'workspace.outbox.show': 'Afficher le message',
  'workspace.outbox.tag.invitation': 'Invitation',
  'workspace.outbox.tag.reminder': 'Relance',
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
