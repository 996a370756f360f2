import type { MailKey } from './en';

/** Die Mails an die Stakeholder, auf Deutsch (Sie-Form). */
export const MAIL_DE: Readonly<Record<MailKey, string>> = {
  greeting: 'Guten Tag,',
  greetingNamed: 'Guten Tag {name},',
  'invite.subject': '{client}: Ihre Sicht auf die Projektarbeit',
  'invite.purpose':
    '{client} prüft, wie Projekte durchgeführt werden und ob ein Projektmanagement-Office (PMO) helfen würde.',
  'invite.effort':
    'Die Beantwortung dauert etwa 15 Minuten; Ihre Antworten werden laufend gespeichert, Sie können also unterbrechen und später weitermachen.',
  'invite.due': 'Bitte antworten Sie bis zum {dueDate, date}.',
  'invite.languages':
    'Sie können auf Deutsch, Englisch oder Französisch antworten: Wählen Sie Ihre Sprache oben im Fragebogen.',
  'invite.onBehalf': 'Gesendet im Auftrag von {firm}.',
  'invite.link': 'Ihr persönlicher Link (bitte nicht weiterleiten): {link}',
  'privacy.sees':
    'Was Ihr Berater sieht: wer eingeladen wurde und wie viele Personen abgeschickt haben, gezählt in Gruppen von {k}; nie, ob gerade Sie den Fragebogen geöffnet, begonnen oder abgeschickt haben,',
  'privacy.groups':
    'und Ergebnisse nach Rollengruppen, sobald mindestens {k} Personen geantwortet haben, in Gruppen von {k} oder mehr.',
  'privacy.hidden':
    'Was niemand sieht: Ihre einzelnen Antworten, Ihre Notizen oder wann genau Sie geantwortet haben.',
  'privacy.pooled':
    'Gruppen mit weniger als {k} Personen werden zusammengefasst oder zurückgehalten, und Ihr Link funktioniert nur in dem Browser, in dem Sie zuerst antworten.',
  'reminder.subject': 'Erinnerung: {client} wartet auf Ihre Antworten',
  'reminder.closes': 'Die Befragung endet am {dueDate, date}.',
  'reminder.openLink':
    'Öffnen Sie den persönlichen Link aus Ihrer Einladungs-E-Mail; Ihre bisherigen Antworten sind gespeichert.',
  'reminder.everyone':
    'Diese Erinnerung geht an alle, die zum Projektmanagement-Fragebogen von {client} eingeladen wurden und noch nicht abgeschickt haben. Falls Sie schon abgeschickt haben: Danke, Sie müssen nichts weiter tun.',
  'reminder.to': 'Alle Eingeladenen, die noch nicht abgeschickt haben',
  'reminder.lostLink': 'Link verloren? Antworten Sie Ihrem Berater, dann erhalten Sie einen neuen.',
};
