import type { WorkspaceCatalogue } from './workspace-en';

/** Die Texte des Beraterbereichs auf Deutsch. */
export const WORKSPACE_DE: WorkspaceCatalogue = {
  'workspace.retry': 'Erneut versuchen',
  'workspace.dismiss': 'Schließen',
  'workspace.cancel': 'Abbrechen',
  'workspace.allAssessments': '← Alle Bewertungen',
  'workspace.status.open': 'Offen',
  'workspace.status.closed': 'Abgeschlossen',
  'workspace.percent': '{percent, number} %',
  'workspace.date': '{date, date}',

  'workspace.list.title': 'Bewertungen',
  'workspace.list.new': 'Neue Bewertung',
  'workspace.list.loading': 'Ihre Bewertungen werden geladen…',
  'workspace.list.errorTitle': 'Ihre Bewertungen können nicht angezeigt werden',
  'workspace.list.emptyTitle': 'Noch keine Bewertungen',
  'workspace.list.emptyText':
    'Eine Bewertung sammelt die Sicht der Stakeholder eines Kunden darauf, wie Projekte dort geführt werden. Legen Sie eine für einen Kunden an und laden Sie dann die Personen ein, die antworten sollen.',
  'workspace.list.emptyAction': 'Erste Bewertung anlegen',
  'workspace.list.caption': 'Ihre Bewertungen',
  'workspace.list.client': 'Kunde',
  'workspace.list.status': 'Status',
  'workspace.list.due': 'Antworten bis',
  'workspace.list.responses': 'Antworten',
  'workspace.list.created': 'Angelegt',
  'workspace.list.followUp': 'Folgebewertung',
  'workspace.list.progress': '{submitted, number} von {invited, number} ({percent, number} %)',

  'workspace.new.title': 'Neue Bewertung',
  'workspace.new.submit': 'Bewertung anlegen',

  'workspace.form.loading': 'Formular wird geladen…',
  'workspace.form.client': 'Kunde',
  'workspace.form.due': 'Antworten bis (optional)',
  'workspace.form.language': 'Sprache der Einladungen und des Fragebogens',
  'workspace.form.context': 'Das Umfeld des Kunden',
  'workspace.form.saving': 'Wird gespeichert…',
  'workspace.edit.summary': 'Kunde, Frist und Umfeld bearbeiten',
  'workspace.edit.save': 'Änderungen speichern',
  'workspace.edit.saved': 'Änderungen gespeichert.',
  'workspace.edit.conflict':
    'Jemand anderes hat diese Bewertung inzwischen geändert. Laden Sie die Seite neu und versuchen Sie es noch einmal.',

  'workspace.page.loading': 'Die Bewertung wird geladen…',
  'workspace.page.errorTitle': 'Diese Bewertung kann nicht angezeigt werden',
  'workspace.page.report': 'Bericht',
  'workspace.page.compare': 'Optionen vergleichen',
  'workspace.page.open': 'Offen für Antworten',
  'workspace.page.closed': 'Abgeschlossen',
  'workspace.page.due': 'Antworten bis {date, date}',
  'workspace.page.submitted': '{percent, number} % abgeschickt',
  'workspace.page.followUpOf': 'Folgebewertung der früheren Bewertung',
  'workspace.page.closedNote':
    'Diese Bewertung ist abgeschlossen: Niemand kann Antworten speichern oder abschicken. Öffnen Sie sie wieder, um weitere Stakeholder einzuladen oder Erinnerungen zu senden.',

  'workspace.rates.title': 'Rücklauf nach Rolle',
  'workspace.rates.caption': 'Abgeschickte Fragebögen je Rolle',
  'workspace.rates.role': 'Rolle',
  'workspace.rates.submitted': 'Abgeschickt',
  'workspace.rates.rate': 'Quote',
  'workspace.rates.count': '{submitted, number} von {invited, number}',
  'workspace.rates.empty': 'Die Quoten erscheinen hier, sobald Sie Stakeholder eingeladen haben.',

  'workspace.invite.title': 'Stakeholder einladen',
  'workspace.invite.role': 'Rolle',
  'workspace.invite.name': 'Name (optional)',
  'workspace.invite.email': 'E-Mail (optional)',
  'workspace.invite.emailHint': 'Mit einer E-Mail-Adresse geht die Einladung auch per Mail hinaus.',
  'workspace.invite.submit': 'Hinzufügen und Link erhalten',
  'workspace.invite.busy': 'Wird hinzugefügt…',

  'workspace.bulk.summary': 'Mehrere auf einmal einladen',
  'workspace.bulk.label': 'Ein Stakeholder pro Zeile: die Rolle, dann Name und E-Mail, sofern bekannt',
  'workspace.bulk.placeholder':
    '{executive}, Helene Marx, helene@client.example\n{projectManager}, Sofia Alves\n{teamMember}',
  'workspace.bulk.notRole': 'Zeile {line}: „{word}“ ist keine Rolle. Verwenden Sie eine dieser: {roles}.',
  'workspace.bulk.submit':
    '{count, plural, =0 {Stakeholder einladen} one {# Stakeholder einladen} other {# Stakeholder einladen}}',
  'workspace.bulk.busy': 'Einladungen laufen… ({done, number} von {total, number})',
  'workspace.bulk.failed':
    '{count, plural, one {# Einladung ist fehlgeschlagen} other {# Einladungen sind fehlgeschlagen}}; die betroffenen Zeilen stehen wieder im Eingabefeld, damit Sie sie korrigieren und es erneut versuchen können.',
  'workspace.bulk.failedLine': '{who}: {error}',

  'workspace.people.title': 'Stakeholder ({count, number})',
  'workspace.people.caption': 'Stakeholder und ihr Fortschritt',
  'workspace.people.name': 'Name',
  'workspace.people.role': 'Rolle',
  'workspace.people.progress': 'Fortschritt',
  'workspace.people.answered': 'Beantwortet',
  'workspace.people.actions': 'Aktionen',
  'workspace.people.noName': '{role} (ohne Namen)',
  'workspace.people.answeredCount': '{answered, number} von {questions, number}',
  'workspace.people.empty':
    'Noch keine Stakeholder. Laden Sie sie oben ein: Jede Person erhält einen persönlichen Link.',
  'workspace.people.emptyClosed': 'Zu dieser Bewertung wurde niemand eingeladen.',
  'workspace.progress.invited': 'Eingeladen',
  'workspace.progress.in-progress': 'In Bearbeitung',
  'workspace.progress.submitted': 'Abgeschickt',
  'workspace.progress.revoked': 'Link widerrufen',
  'workspace.action.reissue': 'Neuer Link',
  'workspace.action.reissueFor': 'Neuer Link für {who}',
  'workspace.action.revoke': 'Widerrufen',
  'workspace.action.revokeFor': 'Widerrufen: Link von {who}',
  'workspace.action.remove': 'Entfernen',
  'workspace.action.removeFor': 'Entfernen: {who}',

  'workspace.manage.title': 'Verwalten',
  'workspace.manage.remind': 'Alle erinnern, die noch nicht abgeschickt haben',
  'workspace.manage.close': 'Bewertung abschließen',
  'workspace.manage.reopen': 'Bewertung wieder öffnen',
  'workspace.manage.followUp': 'Folgebewertung starten',

  'workspace.remind.title': 'Erinnerungen senden?',
  'workspace.remind.count':
    '{count, plural, =0 {Im Moment kann niemand per E-Mail erinnert werden.} one {Eine Erinnerung geht an # Stakeholder, der noch nicht abgeschickt hat.} other {Erinnerungen gehen an # Stakeholder, die noch nicht abgeschickt haben.}}',
  'workspace.remind.recent':
    '{count, plural, one {# Person wurde in den letzten 24 Stunden erinnert und wird übersprungen.} other {# Personen wurden in den letzten 24 Stunden erinnert und werden übersprungen.}}',
  'workspace.remind.noEmail':
    '{count, plural, one {# Person hat keine E-Mail-Adresse und kann nicht per Mail erinnert werden.} other {# Personen haben keine E-Mail-Adresse und können nicht per Mail erinnert werden.}}',
  'workspace.remind.how':
    'Eine Erinnerung enthält keinen Link: Sie bittet die Person, die erhaltene Einladung zu öffnen.',
  'workspace.remind.confirm': '{count, plural, one {# Erinnerung senden} other {# Erinnerungen senden}}',
  'workspace.remind.sent':
    '{sent, plural, =0 {Keine Erinnerung gesendet: Alle Übrigen wurden erst kürzlich erinnert.} one {# Erinnerung gesendet.} other {# Erinnerungen gesendet.}}',

  'workspace.revoke.title': 'Link von {who} widerrufen?',
  'workspace.revoke.body':
    'Der Link funktioniert ab sofort nicht mehr, und die Person zählt nicht mehr zum Rücklauf.',
  'workspace.revoke.submitted':
    'Abgeschickte Antworten bleiben anonym in den Ergebnissen: Ein Widerruf nimmt nie eine abgeschickte Antwort heraus.',
  'workspace.revoke.draft':
    'Bereits gespeicherte Antworten bleiben erhalten, zählen aber nie, und kein Link kann sie öffnen. Ein neuer Link für diese Person beginnt leer und löscht sie.',
  'workspace.revoke.confirm': 'Link widerrufen',
  'workspace.revoke.done': 'Der Link von {who} ist widerrufen.',

  'workspace.reissue.title': 'Neuen Link für {who} erstellen?',
  'workspace.reissue.body':
    'Der bisherige Link funktioniert ab sofort nicht mehr; der neue öffnet einen leeren Fragebogen.',
  'workspace.reissue.revoked':
    'Der Link dieser Person war widerrufen. Der neue öffnet einen leeren Fragebogen, und die Person zählt wieder zum Rücklauf.',
  'workspace.reissue.submitted': 'Die früher abgeschickte Antwort zählt weiterhin anonym in den Ergebnissen.',
  'workspace.reissue.draft': 'Gespeicherte, aber nicht abgeschickte Antworten werden gelöscht.',
  'workspace.reissue.email': 'Der neue Link geht auch an {email}.',
  'workspace.reissue.confirm': 'Neuen Link erstellen',

  'workspace.remove.title': '{who} entfernen?',
  'workspace.remove.body': 'Die Person verschwindet aus der Liste, und ihr Link funktioniert nicht mehr.',
  'workspace.remove.submitted': 'Abgeschickte Antworten bleiben anonym in den Ergebnissen.',
  'workspace.remove.draft': 'Gespeicherte, aber nicht abgeschickte Antworten werden gelöscht.',
  'workspace.remove.confirm': 'Entfernen',
  'workspace.remove.done': '{who} wurde entfernt.',

  'workspace.close.title': 'Bewertung abschließen?',
  'workspace.close.open':
    '{open, plural, =0 {Alle {total, number} Stakeholder haben abgeschickt.} one {# von {total, number} Stakeholdern hat noch nicht abgeschickt.} other {# von {total, number} Stakeholdern haben noch nicht abgeschickt.}}',
  'workspace.close.body':
    'Bis Sie sie wieder öffnen, kann niemand Antworten speichern oder abschicken, und es gehen keine Erinnerungen hinaus. Die Links zeigen das Gespeicherte noch 30 Tage nach dem Abschluss an und funktionieren dann nicht mehr.',
  'workspace.close.confirm': 'Bewertung abschließen',
  'workspace.close.done': 'Die Bewertung ist abgeschlossen.',
  'workspace.reopen.done': 'Die Bewertung ist wieder offen.',

  'workspace.followUp.title': 'Folgebewertung starten?',
  'workspace.followUp.body':
    'Die Folgebewertung übernimmt Kunde und Umfeld dieser Bewertung, ohne Frist. Diese Bewertung bleibt unverändert, und der Bericht vergleicht beide.',
  'workspace.followUp.people':
    '{count, plural, =0 {Noch ist niemand eingeladen: Sie fügen die Stakeholder danach hinzu.} one {# Stakeholder wird mit einem neuen Link erneut eingeladen (per Mail, wenn die Adresse bekannt ist).} other {# Stakeholder werden erneut eingeladen, jeder mit einem neuen Link (per Mail, wo die Adresse bekannt ist).}}',
  'workspace.followUp.confirm': 'Folgebewertung starten',

  'workspace.links.title': '{count, plural, one {Neuer Einladungslink} other {# neue Einladungslinks}}',
  'workspace.links.onlyNow':
    'Nur jetzt sichtbar: PMO Blueprint speichert von jedem Link nur einen Fingerabdruck und kann ihn deshalb nicht noch einmal anzeigen. Kopieren, teilen oder laden Sie die Links herunter, bevor Sie diese Seite verlassen.',
  'workspace.links.caption': 'Neue Einladungslinks',
  'workspace.links.who': '{name} ({role})',
  'workspace.links.linkFor': 'Einladungslink für {who}',
  'workspace.links.emailed': 'auch per E-Mail gesendet',
  'workspace.links.notEmailed': 'keine E-Mail: bitte selbst weitergeben',
  'workspace.links.copy': 'Kopieren',
  'workspace.links.copyFor': 'Kopieren: Link für {who}',
  'workspace.links.copied': 'Kopiert',
  'workspace.links.copiedFor': 'Kopiert: Link für {who}',
  'workspace.links.copiedOne': 'Der Link für {who} ist kopiert.',
  'workspace.links.copyRefused':
    'Dieser Browser erlaubt hier kein Kopieren. Der Link ist markiert: Drücken Sie Strg+C (⌘C auf dem Mac), um ihn zu kopieren.',
  'workspace.links.copyAllRefused':
    'Dieser Browser erlaubt hier kein Kopieren. Die Links sind markiert: Drücken Sie Strg+C (⌘C auf dem Mac), um sie zu kopieren.',
  'workspace.links.share': 'Teilen',
  'workspace.links.shareFor': 'Teilen: Link für {who}',
  'workspace.links.shareText': 'Persönlicher Link zum Fragebogen für {who}: {url}',
  'workspace.links.copyAll': 'Alle Links kopieren',
  'workspace.links.copiedAll': '{count, plural, one {# Link kopiert.} other {# Links kopiert.}}',
  'workspace.links.allText': 'Alle Links, einer pro Zeile',
  'workspace.links.csv': 'Als CSV herunterladen',
  'workspace.links.csvNote':
    'Die Datei enthält nur diese neuen Links: Frühere Links lassen sich nicht noch einmal herunterladen. Wer diese Datei hat, kann an Stelle dieser Personen antworten: Löschen Sie sie, sobald die Links verschickt sind.',
  'workspace.links.done': 'Fertig',
  'workspace.links.failed': 'Nicht eingeladen: {error}',
  'workspace.csv.name': 'Name',
  'workspace.csv.email': 'E-Mail',
  'workspace.csv.role': 'Rolle',
  'workspace.csv.link': 'Link',
  'workspace.csv.file': 'einladungslinks',

  'workspace.outbox.title': 'Postausgang',
  'workspace.outbox.intro':
    'Lokal werden keine Mails verschickt: Sie landen hier. In AWS gehen sie über Amazon SES hinaus.',
  'workspace.outbox.loading': 'Mails werden geladen…',
  'workspace.outbox.errorTitle': 'Der Postausgang kann nicht angezeigt werden',
  'workspace.outbox.emptyTitle': 'Noch keine Mails',
  'workspace.outbox.emptyText':
    'Einladungen und Erinnerungen erscheinen hier, sobald Sie Stakeholder mit E-Mail-Adresse einladen oder Erinnerungen senden.',
  'workspace.outbox.emptyAction': 'Zu Ihren Bewertungen',
  'workspace.outbox.to': 'An {to}',
  'workspace.outbox.sent': 'gesendet am {when}',
  'workspace.outbox.queued': 'in der Warteschlange',
  'workspace.signInNeeded': 'Anmeldung erforderlich',
  'workspace.signInText': 'Diese Seite gehört zum Arbeitsbereich für Beraterinnen und Berater.',
  'workspace.signInLink': 'Anmelden',
  'workspace.signIn.title': 'Anmeldung für Beraterinnen und Berater',
  'workspace.signIn.loading': 'Wird geladen…',
  'workspace.signIn.local':
    'Lokaler Betrieb: Jede E-Mail-Adresse funktioniert; die Organisation trennt die Daten Ihrer Kunden von denen anderer.',
  'workspace.signIn.email': 'E-Mail',
  'workspace.signIn.organisation': 'Organisation',
  'workspace.signIn.password': 'Passphrase der Organisation',
  'workspace.signIn.hosted':
    'Melden Sie sich mit dem Konto Ihrer Firma an. Sie werden nach Ihrem Passwort und dem Code Ihrer Authenticator-App gefragt.',
  'workspace.signIn.signingIn': 'Anmeldung läuft…',
  'workspace.signIn.failedRefused': 'Die Anmeldung wurde abgebrochen oder abgelehnt.',
  'workspace.signIn.failedStale': 'Diese Anmeldung ist abgelaufen oder wurde in einem anderen Tab begonnen.',
  'workspace.signIn.failedExchange': 'Die Anmeldung konnte nicht abgeschlossen werden.',
  'workspace.signIn.retry': 'Erneut versuchen',
};
