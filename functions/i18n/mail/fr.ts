import type { MailKey } from './en';

/** Les mails reçus par les parties prenantes, en français (vouvoiement). */
export const MAIL_FR: Readonly<Record<MailKey, string>> = {
  greeting: 'Bonjour,',
  greetingNamed: 'Bonjour {name},',
  'invite.subject': '{client} : votre regard sur la conduite des projets',
  'invite.purpose':
    '{client} examine la façon dont ses projets sont conduits et si un bureau de gestion de projets (PMO) serait utile.',
  'invite.effort':
    'Répondre prend environ 15 minutes ; vos réponses sont enregistrées au fur et à mesure, vous pouvez donc vous interrompre et revenir.',
  'invite.due': 'Merci de répondre avant le {dueDate, date}.',
  'invite.languages':
    'Vous pouvez répondre en français, en anglais ou en allemand : choisissez votre langue en haut du questionnaire.',
  'invite.onBehalf': 'Envoyé au nom de {firm}.',
  'invite.link': 'Votre lien personnel (ne le transférez pas) : {link}',
  'privacy.sees':
    'Ce que voit votre consultant : qui a été invité, et combien de personnes ont envoyé leurs réponses, compté par lots de {k} ; jamais si vous, en particulier, avez ouvert, commencé ou envoyé le questionnaire,',
  'privacy.groups':
    'et les résultats par groupe de rôles dès qu’au moins {k} personnes ont répondu, par lots de {k} ou plus.',
  'privacy.hidden':
    'Ce que personne ne voit : vos réponses individuelles, vos notes ni le moment exact de vos réponses.',
  'privacy.pooled':
    'Les groupes de moins de {k} personnes sont regroupés ou masqués, et votre lien ne fonctionne que dans le navigateur où vous répondez la première fois.',
  'reminder.subject': 'Rappel : {client} attend vos réponses',
  'reminder.closes': 'Le questionnaire ferme le {dueDate, date}.',
  'reminder.openLink':
    'Ouvrez le lien personnel de votre mail d’invitation ; ce que vous avez déjà répondu est enregistré.',
  'reminder.everyone':
    'Ce rappel est adressé à toutes les personnes invitées au questionnaire de gestion de projet de {client} qui n’ont pas encore envoyé leurs réponses. Si vous l’avez déjà fait, merci : rien d’autre n’est nécessaire.',
  'reminder.to': 'Toutes les personnes invitées qui n’ont pas encore répondu',
  'reminder.lostLink': 'Lien perdu ? Répondez à votre consultant, un nouveau lien vous sera envoyé.',
};
