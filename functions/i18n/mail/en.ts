/** The mails stakeholders receive, in English (the source). Template syntax: functions/i18n/format.ts. */
export const MAIL_EN = {
  greeting: 'Hello,',
  greetingNamed: 'Hello {name},',
  'invite.subject': '{client}: your view on how projects are run',
  'invite.purpose':
    '{client} is reviewing how it runs projects and whether a project management office would help.',
  'invite.effort':
    'Your answers take about 15 minutes and are saved as you go, so you can stop and come back.',
  'invite.due': 'Please answer by {dueDate, date}.',
  'invite.languages':
    'You can answer in English, French or German: pick your language at the top of the questionnaire.',
  'invite.onBehalf': 'Sent on behalf of {firm}.',
  'invite.link': 'Your personal link (do not forward it): {link}',
  'privacy.sees':
    'What your consultant sees: who was invited, and how many people have submitted, counted in batches of {k}; never whether you in particular have opened, started or submitted,',
  'privacy.groups':
    'and results by role group once at least {k} people have submitted, in batches of {k} or more.',
  'privacy.hidden': 'What nobody sees: your individual answers, your notes or when exactly you answered.',
  'privacy.pooled':
    'Groups smaller than {k} are pooled or withheld, and your link works only in the browser you first answer in.',
  'reminder.subject': 'Reminder: {client} is waiting for your answers',
  'reminder.closes': 'The survey closes on {dueDate, date}.',
  'reminder.openLink':
    'Open the personal link from your invitation e-mail; what you answered so far is saved.',
  'reminder.everyone':
    'This reminder goes to everyone invited to the {client} project-management questionnaire who has not submitted yet. If you have submitted, thank you: nothing more is needed.',
  'reminder.to': 'Everyone invited who has not submitted',
  'reminder.lostLink': 'Lost the link? Reply to your consultant and a new one will be sent.',
} as const;

export type MailKey = keyof typeof MAIL_EN;
