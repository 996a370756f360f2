import type { WebCatalogue } from './en';

/** Die Web-App auf Deutsch (Sie-Form). */
export const WEB_DE: WebCatalogue = {
  'app.skip': 'Zum Inhalt springen',
  'app.notFound': 'Seite nicht gefunden',
  'app.backToStart': 'Zurück zum Start',
  'nav.main': 'Hauptnavigation',
  'nav.quickCheck': 'Schnellcheck',
  'nav.compare': 'Vergleichen',
  'nav.assessments': 'Bewertungen',
  'nav.portfolio': 'Portfolio',
  'nav.branding': 'Branding',
  'nav.outbox': 'Postausgang',
  'nav.signOut': 'Abmelden ({organisation})',
  'nav.signIn': 'Anmeldung für Berater',
  'language.label': 'Sprache',

  'respond.invalidLink':
    'Dieser Link ist ungültig. Er wurde vielleicht ersetzt oder zurückgezogen; bitten Sie Ihren Berater um einen neuen.',
  'respond.cannotLoad':
    'Der Fragebogen kann gerade nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.',
  'respond.malformedLink':
    'Diese Adresse ist kein vollständiger Einladungslink. Öffnen Sie den Link aus Ihrer Einladung erneut oder bitten Sie Ihre Beraterin oder Ihren Berater um einen neuen.',
  'respond.noLink':
    'Diese Seite öffnet sich mit Ihrem persönlichen Einladungslink. Öffnen Sie ihn aus Ihrer Einladung; nach dem Absenden Ihrer Antworten zeigt der Link in diesem Browser nichts mehr an.',
  'respond.alreadySubmitted':
    'Ihre Antworten wurden abgesendet. Sie sind endgültig und zählen anonym; zu ihrem Schutz zeigt dieser Link nichts mehr an.',
  'respond.loading': 'Ihr Fragebogen wird geladen…',
  'respond.thanks': 'Vielen Dank: Ihre Antworten sind abgeschickt. Sie sind endgültig und zählen anonym.',
  'respond.submitFailed':
    'Das Absenden ist fehlgeschlagen; Ihre Antworten bleiben erhalten. Versuchen Sie es erneut.',
  'respond.invitedBy': 'Eingeladen von {firm}',
  'respond.answeringAs': 'Sie antworten als {who}',
  'respond.answerBy': 'bitte antworten Sie bis zum {dueDate, date}',
  'respond.submittedMark': 'abgeschickt',
  'respond.submittedNotice':
    'Ihre Antworten sind abgeschickt: Sie werden hier angezeigt, können aber nicht mehr geändert werden.',
  'respond.closedNotice':
    'Diese Bewertung ist abgeschlossen. Ihre Antworten werden angezeigt, können aber nicht mehr geändert werden.',
  'respond.introTitle': 'Wie {client} Projekte durchführt',
  'respond.intro':
    '{sections} kurze Abschnitte fragen, wie Projekte heute durchgeführt werden. {rule} Wenn Sie es nicht beurteilen können, wählen Sie „{dontKnow}“; wenn es Sie nicht betrifft, „{notApplicable}“. Beides zählt nicht in den Werten.',
  'respond.saving':
    'Jede Antwort wird sofort gespeichert: Sie können unterbrechen und mit diesem Link in diesem Browser weitermachen (für ein anderes Gerät nutzen Sie oben „Auf einem anderen Gerät fortfahren“).',
  'respond.servicesTitle': 'Was sollte ein Projektmanagement-Office für Sie leisten?',
  'respond.servicesLegend': 'Wählen Sie bis zu drei Leistungen, die Ihnen am meisten helfen würden.',
  'respond.submitting': 'Wird abgeschickt…',
  'respond.submit': 'Meine Antworten abschicken',
  'respond.back': '← Zurück',
  'respond.start': 'Beginnen',
  'respond.next': 'Weiter →',
  'question.note': 'Notiz (optional)',
  'respond.keys':
    'Tastatur: Die Tasten 1 bis 5 wählen eine Stufe, D „Weiß nicht“, N „Nicht zutreffend“, H „Nicht mein Bereich“; Tab geht weiter.',
  'save.saved': 'Alle Antworten gespeichert',
  'save.saving': 'Wird gespeichert…',
  'save.offline':
    'Offline: Die Antworten bleiben auf diesem Gerät und werden gesendet, sobald die Verbindung zurück ist',
  'save.error': 'Nicht gespeichert',
  'save.idle': 'Antworten werden laufend gespeichert',
  'privacy.seesTitle': 'Was Ihr Berater sieht:',
  'privacy.sees':
    'wer eingeladen wurde und wie viele abgeschickt haben, gezählt in Schritten von {k}; Ergebnisse nach Rollengruppe, sobald mindestens {k} Personen abgeschickt haben. Nie, ob Sie den Fragebogen geöffnet, begonnen oder abgeschickt haben, und auch nicht wann.',
  'privacy.hiddenTitle': 'Was niemand sieht:',
  'privacy.hidden':
    'Ihre einzelnen Antworten, Ihre Notizen und ob und wann Sie geantwortet haben. Gruppen unter {k} Personen werden zusammengefasst oder zurückgehalten. Ihr Link funktioniert nur in dem Browser, in dem Sie zuerst antworten; nach dem Abschicken sind Ihre Antworten endgültig.',
  'respond.among':
    'Ihre Antworten werden nur zusammen mit denen der {count, number} eingeladenen {roles} veröffentlicht, in Gruppen von mindestens {k}, nie für sich allein.',
  'respond.pooled':
    'Es sind weniger als {k} {roles} eingeladen; Ihre Antworten werden daher mit anderen kleinen Rollen zusammengefasst und nie als die Ihrer Rolle gezeigt.',
  'respond.contested':
    'Am {date, date} hat jemand versucht, Ihren Link auf einem anderen Gerät zu verwenden, und wurde abgewiesen. Wenn Sie das nicht waren, bitten Sie Ihren Berater um einen neuen Link.',
  'respond.starting': 'Wird geöffnet …',
  'respond.startFailed': 'Der Fragebogen konnte nicht zum Antworten geöffnet werden: {error}',
  'respond.erase.summary': 'Ihre Daten',
  'respond.erase.intro':
    'Sie können löschen, was dieser Fragebogen über Sie enthält: Ihren Namen, Ihre E-Mail-Adresse sowie nicht abgeschickte Antworten und Notizen. Haben Sie bereits abgeschickt, zählen diese Antworten weiter, anonym. Danach öffnet dieser Link Ihren Fragebogen nicht mehr.',
  'respond.erase.button': 'Meine Daten löschen',
  'respond.erase.title': 'Ihre Daten löschen?',
  'respond.erase.body':
    'Das lässt sich nicht rückgängig machen. Name, E-Mail-Adresse, Entwurf und Notizen werden gelöscht; eine bereits abgeschickte Antwort zählt weiter, anonym. Ihr Berater sieht, dass diese Einladung gelöscht wurde.',
  'respond.erase.confirm': 'Endgültig löschen',
  'respond.erase.keep': 'Daten behalten',
  'respond.erase.done':
    'Ihre Daten sind gelöscht, und nichts von diesem Fragebogen bleibt in diesem Browser. Sie können die Seite schließen.',
  'respond.erase.unavailable':
    'Das Löschen ist hier noch nicht möglich. Bitten Sie Ihren Berater, Ihre Daten zu löschen.',
  'role.executive': 'Geschäftsleitung',
  'role.management': 'Führungskraft',
  'role.project-manager': 'Projektleiter',
  'role.controller': 'Controller',
  'role.team-member': 'Teammitglied',
  'role.other': 'Weitere Stakeholder',
  'transfer.summary': 'Auf einem anderen Gerät fortfahren',
  'steps.sections': 'Abschnitte',
  'steps.stillOpen': '{open, plural, one {# Frage noch offen} other {# Fragen noch offen}}',
  'steps.goOn':
    'Sie können ohne sie weitermachen, aber jede Antwort macht das Ergebnis belastbarer. „Weiß nicht“ zählt als Antwort.',
  'steps.question': '{section}, Frage {n}',
  // respondents' time (issue 12)
  'respond.doneLabel': '{done} von {total} Fragen erledigt',
  'respond.progressDone':
    '{done} von {total} erledigt{handedOn, plural, =0 {} other { (# nicht mein Bereich)}} · {minutes, plural, =0 {nichts mehr offen} other {noch etwa # Min.}}',
  'respond.routeTime': 'Etwa {minutes, plural, one {# Minute} other {# Minuten}} für Ihre Rolle.',
  'respond.routeSplit':
    '{own, plural, one {# Frage betrifft} other {# Fragen betreffen}} Ihre eigene Arbeit und stehen in jedem Abschnitt zuerst. Die übrigen {others} sind eher für andere Rollen: Antworten Sie, wenn Sie können, sonst wählen Sie „Nicht mein Bereich“.',
  'question.keys':
    'Tastatur: 1–5 wählen eine Stufe, D „{dontKnow}“, N „{notApplicable}“, danach geht es zur nächsten Frage; Tab springt von Frage zu Frage.',
  'question.keysHandOn': 'H: nicht mein Bereich.',
  'question.keysNote': 'C: Notiz schreiben (Esc verlässt sie).',
  'question.handOn': 'Nicht mein Bereich',
  'question.handedOnNote':
    'Weitergegeben: zählt weder als Antwort noch als „Weiß nicht“. Wählen Sie eine Stufe, um doch zu antworten.',
  'question.othersTitle': 'Oft von anderen Rollen beantwortet',
  'question.othersIntro': 'Antworten Sie, wenn Sie können; sonst wählen Sie „Nicht mein Bereich“.',
  'question.oftenBy': 'Für Ihre Rolle freiwillig: oft beantwortet von {roles}.',
  'roles.executive': 'der Geschäftsleitung',
  'roles.management': 'Führungskräften',
  'roles.project-manager': 'Projektleitern',
  'roles.controller': 'dem Controlling',
  'roles.team-member': 'Teammitgliedern',
  'roles.other': 'weiteren Beteiligten',
  'steps.chipDone':
    '{section}: {done} von {total} erledigt{handedOn, plural, =0 {} other {, # nicht mein Bereich}}',
  // route titles and shell (issue 12)
  'title.home': 'Brauchen Sie ein PMO, und welches?',
  'title.quickCheckResult': 'Ihr Ergebnis des Schnellchecks',
  'title.quickCheck': 'Schnellcheck',
  'title.respond': 'Fragebogen',
  'title.signIn': 'Anmeldung für Berater',
  'title.newAssessment': 'Neue Bewertung',
  'title.report': 'Bericht',
  'title.assessment': 'Bewertung',
  'title.assessments': 'Bewertungen',
  'title.outbox': 'Postausgang',
  'title.compare': 'Die PMO-Optionen vergleichen',
  'title.share': 'Geteiltes Ergebnis',
  'title.portfolio': 'Portfolio',
  'title.branding': 'Branding',
  'title.notFound': 'Seite nicht gefunden',
  'nav.menu': 'Menü',
  'shell.offline':
    'Sie sind offline. Diese Seite ist vielleicht nicht aktuell; sie wird aktualisiert, sobald Sie wieder online sind.',
  'shell.offlineAnswers':
    'Sie sind offline. Ihre Antworten bleiben auf diesem Gerät gespeichert und werden gesendet, sobald Sie wieder online sind.',
};
