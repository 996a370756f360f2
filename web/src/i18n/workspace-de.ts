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
  'workspace.form.k': 'Kleinste angezeigte Gruppe (k)',
  'workspace.form.kHint':
    'Keine Zahl beruht auf weniger als k Personen, und Zählungen wachsen in Schritten von k. Mindestens 3; fest, sobald jemand abschickt.',
  'workspace.plan.title': 'Wen Sie einladen wollen (optional)',
  'workspace.plan.intro':
    'Geben Sie an, wie viele Personen je Rolle Sie einladen wollen, um zu sehen, was k zeigen lässt. Nichts davon wird gespeichert oder versendet.',
  'workspace.plan.previewTitle': 'Was Sie sehen werden',
  'workspace.plan.none':
    'Ergebnisse erscheinen, sobald {k, number} Personen abgeschickt haben, und jede Zählung wächst in Schritten von {k, number}.',
  'workspace.plan.own':
    '{roles}: Jede Rolle wird ab {k, number} Antworten als eigene Gruppe gezeigt, in Schritten von {k, number}.',
  'workspace.plan.ownRole': '{count, number} {role}',
  'workspace.plan.pooled':
    'Mit {roles} und k = {k, number} {count, plural, one {wird diese Rolle} other {werden diese Rollen}} mit anderen kleinen Rollen zusammengefasst.',
  'workspace.plan.poolShown':
    'Die Sammelgruppe umfasst bis zu {size, number} Personen und kann angezeigt werden, sobald {k, number} von ihnen abgeschickt haben.',
  'workspace.plan.poolHidden':
    'Selbst zusammengefasst sind es nur {size, number}, weniger als {k, number}: Ihre Antworten zählen nur im Gesamtergebnis, nie als Gruppe.',
  'workspace.plan.rest':
    'Ist die Zahl einer Rolle kein Vielfaches von {k, number}, kommen die Personen nach dem letzten vollen Schritt in die Sammelgruppe.',
  'workspace.plan.tooFew':
    'Mit insgesamt {total, number} Personen und k = {k, number} kann nie ein Ergebnis angezeigt werden: Laden Sie mindestens {k, number} ein.',
  'workspace.plan.overall':
    'Gesamtergebnisse erscheinen ab {k, number} Antworten; bei {total, number} geplanten Personen kann die Zählung {reach, number} erreichen.',
  'workspace.form.clientMissing': 'Geben Sie den Namen des Kunden ein.',
  'workspace.form.kInvalid': 'Geben Sie eine ganze Zahl von {min} bis {max} ein.',
  'workspace.form.stillMissing':
    '{count, plural, one {Eine Angabe fehlt} other {# Angaben fehlen}}, bevor die Bewertung gespeichert werden kann:',
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
  'workspace.page.submitted': '{submitted, number} von {invited, number} abgeschickt',
  'workspace.page.followUpOf': 'Folgebewertung der früheren Bewertung',
  'workspace.page.closedNote':
    'Diese Bewertung ist abgeschlossen: Niemand kann Antworten speichern oder abschicken. Öffnen Sie sie wieder, um weitere Stakeholder einzuladen oder Erinnerungen zu senden.',

  'workspace.rates.title': 'Rücklauf',
  'workspace.rates.overall':
    '{submitted, number} von {invited, number} Eingeladenen haben abgeschickt ({percent, number} %).',
  'workspace.rates.batches':
    'Gezählt in Schritten von {k, number}, damit sich keine Zahl wegen einer einzelnen Person ändert: Sie zeigt {shown, number}, bis {next, number} Personen abgeschickt haben.',
  'workspace.rates.byRoleNote':
    'Die Zahl einer Rolle erscheint, sobald {k, number} ihrer Mitglieder abgeschickt haben, und wächst dann in Schritten von {k, number}.',
  'workspace.rates.caption': 'Abgeschickte Fragebögen je Rolle',
  'workspace.rates.role': 'Rolle',
  'workspace.rates.submitted': 'Abgeschickt',
  'workspace.rates.rate': 'Quote',
  'workspace.rates.count': '{submitted, number} von {invited, number}',
  'workspace.rates.notShown': '{invited, number} eingeladen · noch nicht angezeigt',
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
  'workspace.people.caption': 'Eingeladene Beteiligte und der Stand ihrer Links',
  'workspace.people.name': 'Name',
  'workspace.people.role': 'Rolle',
  'workspace.people.email': 'E-Mail',
  'workspace.people.link': 'Link',
  'workspace.people.invited': 'Eingeladen am',
  'workspace.people.noEmail': 'keine',
  'workspace.people.actions': 'Aktionen',
  'workspace.people.noName': '{role} (ohne Namen)',
  'workspace.people.empty':
    'Noch keine Stakeholder. Laden Sie sie oben ein: Jede Person erhält einen persönlichen Link.',
  'workspace.people.emptyClosed': 'Zu dieser Bewertung wurde niemand eingeladen.',
  'workspace.people.note':
    'Diese Liste zeigt, was Sie getan haben: wen Sie eingeladen haben und in welchem Zustand jeder Link ist. Ob jemand den Fragebogen geöffnet, begonnen oder abgeschickt hat, wird nie angezeigt, weder hier noch anderswo.',
  'workspace.link.live': 'Aktiv',
  'workspace.link.revoked': 'Widerrufen',
  'workspace.link.removed': 'Entfernt',
  'workspace.action.reissue': 'Neuer Link',
  'workspace.action.reissueFor': 'Neuer Link für {who}',
  'workspace.action.revoke': 'Widerrufen',
  'workspace.action.revokeFor': 'Widerrufen: Link von {who}',
  'workspace.action.remove': 'Entfernen',
  'workspace.action.removeFor': 'Entfernen: {who}',
  'workspace.action.erase': 'Personendaten löschen',
  'workspace.action.eraseFor': 'Personendaten löschen: {who}',

  'workspace.manage.title': 'Verwalten',
  'workspace.manage.remind': 'Alle erinnern, die noch nicht abgeschickt haben',
  'workspace.manage.close': 'Bewertung abschließen',
  'workspace.manage.reopen': 'Bewertung wieder öffnen',
  'workspace.manage.followUp': 'Folgebewertung starten',

  'workspace.remind.title': 'Alle erinnern, die noch nicht abgeschickt haben?',
  'workspace.remind.body':
    'Eine Nachricht geht an alle Eingeladenen mit E-Mail-Adresse, die noch nicht abgeschickt haben: für alle derselbe Text. Wer sie erhält, erfahren Sie nicht.',
  'workspace.remind.limit': 'Eine Erinnerung geht höchstens einmal am Tag hinaus.',
  'workspace.remind.how':
    'Eine Erinnerung enthält keinen Link: Sie bittet die Person, die erhaltene Einladung zu öffnen.',
  'workspace.remind.confirm': 'Erinnerung senden',
  'workspace.remind.sent':
    '{sent, plural, =0 {Keine Erinnerung verschickt: Die letzte ist weniger als einen Tag her.} other {Die Erinnerung geht an alle, die noch nicht abgeschickt haben.}}',

  'workspace.revoke.title': 'Link von {who} widerrufen?',
  'workspace.revoke.body':
    'Der Link funktioniert sofort nicht mehr, und die Einladung zählt nicht mehr zu den Eingeladenen.',
  'workspace.revoke.consequences':
    'Ob diese Person geantwortet hat, können Sie nicht wissen, und dieser Dialog auch nicht. Hat sie abgeschickt, zählen ihre Antworten weiter, anonym. Ein nicht abgeschickter Entwurf lässt sich über diesen Link nicht mehr öffnen oder beenden.',
  'workspace.revoke.confirm': 'Link widerrufen',
  'workspace.revoke.done': 'Der Link von {who} ist widerrufen.',

  'workspace.reissue.title': 'Neuen Link für {who} erstellen?',
  'workspace.reissue.body':
    'Der bisherige Link funktioniert sofort nicht mehr, und der neue öffnet einen leeren Fragebogen.',
  'workspace.reissue.revoked':
    'Der Link war widerrufen. Der neue öffnet einen leeren Fragebogen, und die Einladung zählt wieder zu den Eingeladenen.',
  'workspace.reissue.consequences':
    'Hat diese Person schon abgeschickt, zählen ihre Antworten weiter, anonym, und ein zweites Abschicken über den neuen Link zählt nicht noch einmal. Ein Entwurf auf dem alten Link geht verloren.',
  'workspace.reissue.email': 'Der neue Link geht auch an {email}.',
  'workspace.reissue.confirm': 'Neuen Link erstellen',

  'workspace.remove.title': '{who} entfernen?',
  'workspace.remove.body':
    'Die Einladung bleibt als entfernt gelistet, und ihr Link funktioniert nicht mehr; danach ist keine Aktion mehr möglich.',
  'workspace.remove.consequences':
    'Hat diese Person abgeschickt, zählen ihre Antworten weiter, anonym. Ein Entwurf auf ihrem Link wird gelöscht, mit seinen Notizen.',
  'workspace.remove.confirm': 'Entfernen',
  'workspace.remove.done': '{who} wurde entfernt.',
  'workspace.erase.title': 'Personendaten von {who} löschen?',
  'workspace.erase.body':
    'Tun Sie das, wenn die Person es verlangt. Name und E-Mail-Adresse werden endgültig gelöscht, und ihr Link funktioniert nicht mehr; die Einladung bleibt ohne Namen als entfernt gelistet.',
  'workspace.erase.consequences':
    'Hat diese Person abgeschickt, zählen ihre Antworten weiter, anonym: Nichts verbindet sie mehr mit einem Namen.',
  'workspace.erase.confirm': 'Endgültig löschen',
  'workspace.erase.keep': 'Daten behalten',
  'workspace.erase.done': 'Die Personendaten von {who} sind gelöscht.',
  'workspace.erase.unavailable':
    'Das Löschen war nicht möglich: Dieser Server bietet es noch nicht an, oder die Einladung gibt es nicht mehr. Nichts wurde geändert.',

  'workspace.close.title': 'Bewertung abschließen?',
  'workspace.close.counted':
    'Bisher haben {submitted, number} von {invited, number} Eingeladenen abgeschickt, gezählt in Schritten von {k, number}.',
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
  'workspace.access.title': 'Zugriffsprotokoll',
  'workspace.access.intro':
    'Jedes Ansehen, Exportieren oder Teilen dieser Ergebnisse und jedes Öffnen über einen geteilten Link wird hier festgehalten. Ihr Kunde kann es einsehen wollen.',
  'workspace.access.caption': 'Protokoll der Zugriffe auf die Ergebnisse',
  'workspace.access.when': 'Wann',
  'workspace.access.who': 'Wer',
  'workspace.access.what': 'Was',
  'workspace.access.viewed-results': 'Ergebnisse angesehen',
  'workspace.access.exported': 'Ergebnisse exportiert',
  'workspace.access.shared': 'Geteilten Link erstellt',
  'workspace.access.share-viewed': 'Über einen geteilten Link geöffnet',
  'workspace.access.share-revoked': 'Geteilten Link widerrufen',
  'workspace.access.empty': 'Noch niemand hat die Ergebnisse angesehen, exportiert oder geteilt.',
  'workspace.access.loading': 'Zugriffsprotokoll wird geladen …',
  'workspace.access.unavailable': 'Dieser Server führt noch kein Zugriffsprotokoll.',
  'workspace.access.failed': 'Das Zugriffsprotokoll kann nicht angezeigt werden: {error}',
  'workspace.retention.title': 'Aufbewahrung von Personendaten',
  'workspace.retention.intro':
    'Namen und E-Mail-Adressen der Beteiligten werden so viele Tage gelöscht, nachdem die letzte Bewertung in der Folge eines Kunden geschlossen wurde. Gezählte Antworten bleiben, anonym.',
  'workspace.retention.label': 'Tage der Aufbewahrung ({min, number} bis {max, number})',
  'workspace.retention.save': 'Speichern',
  'workspace.retention.saved':
    'Gespeichert: Personendaten werden {days, number} Tage nach dem Schließen der letzten Bewertung eines Kunden gelöscht.',
  'workspace.retention.range':
    'Geben Sie eine ganze Zahl von Tagen zwischen {min, number} und {max, number} ein.',
  'workspace.retention.unavailable':
    'Dieser Server bietet die Einstellung noch nicht an; standardmäßig werden Personendaten {days, number} Tage aufbewahrt.',
  'workspace.retention.loading': 'Einstellung wird geladen …',

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
  'workspace.outbox.filters': 'Nachrichten filtern',
  'workspace.outbox.search': 'Suchen',
  'workspace.outbox.kind': 'Art',
  'workspace.outbox.kind.all': 'Einladungen und Erinnerungen',
  'workspace.outbox.kind.invitation': 'Einladungen',
  'workspace.outbox.kind.reminder': 'Erinnerungen',
  'workspace.outbox.client': 'Bewertung',
  'workspace.outbox.client.all': 'Alle Bewertungen',
  'workspace.outbox.status': 'Status',
  'workspace.outbox.status.all': 'Gesendet und wartend',
  'workspace.outbox.status.sent': 'Gesendet',
  'workspace.outbox.status.queued': 'Wartend',
  'workspace.outbox.showing':
    '{shown, plural, =0 {Keine Nachricht} one {# Nachricht} other {# Nachrichten}} von {total} angezeigt.',
  'workspace.outbox.clear': 'Alle zeigen',
  'workspace.outbox.none': 'Keine Nachricht passt: Ändern Sie die Suche oder die Filter.',
  'workspace.outbox.show': 'Nachricht anzeigen',
  'workspace.outbox.tag.invitation': 'Einladung',
  'workspace.outbox.tag.reminder': 'Erinnerung',
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
