import type { PublicCatalogue } from './public-en';

/** Die Texte der öffentlichen Seiten auf Deutsch. */
export const PUBLIC_DE: PublicCatalogue = {
  'form.notStated': 'Keine Angabe',
  'form.yes': 'Ja',
  'form.no': 'Nein',
  'form.choose': 'Bitte wählen…',
  'quick.loading': 'Der Fragebogen wird geladen…',
  'quick.change': '← Antworten ändern',
  'quick.compare': 'Optionen vergleichen',
  'quick.print': 'Drucken oder als PDF speichern',
  'quick.toAssessment': 'In eine vollständige Bewertung umwandeln',
  'quick.signIn': 'Anmelden für eine vollständige Bewertung',
  'quick.resultTitle': 'Ihr Schnellcheck-Ergebnis',
  'quick.stepLabel': 'Schritt {step} von {steps}',
  'quick.whereOrg': 'Zuerst Ihre Organisation',
  'quick.whereSection': 'Abschnitt {section} von {sections}',
  'quick.progress':
    '{where} · {answered} von {total} Fragen beantwortet · {minutes, plural, =0 {alles beantwortet} other {noch etwa # Min.}}',
  'quick.orgTitle': 'Ihre Organisation',
  'quick.orgIntro':
    'Einige Angaben zu Ihrer Organisation entscheiden zusammen mit Ihren Antworten, ob sich ein PMO lohnt und welches.',
  'quick.scoring': 'Wird berechnet…',
  'quick.see': 'Mein Ergebnis anzeigen',
  'home.title': 'Brauchen Sie ein PMO, und welches?',
  'home.lead':
    'PMO Blueprint misst in {dimensions, plural, =0 {mehreren Dimensionen} other {# Dimensionen}}, wie Ihre Organisation heute Projekte durchführt, entscheidet, ob sich ein Projektmanagement-Office (PMO) lohnt, empfiehlt das passende Modell (Wetterstation, Kontrollturm oder Ressourcenpool) und seine Besetzung und macht daraus einen Einführungsplan in Phasen. Jede Zahl zeigt, wie sie zustande kam.',
  'home.owners': 'Unternehmer',
  'home.ownersText':
    'Antworten Sie allein in etwa einer Viertelstunde, ohne Konto, und erhalten Sie sofort das Ergebnis.',
  'home.ownersCta': 'Schnellcheck starten',
  'home.consultants': 'Berater',
  'home.consultantsText':
    'Führen Sie eine Kundenbewertung durch: Laden Sie Stakeholder nach Rolle ein, verfolgen Sie ihre Antworten, erkennen Sie, wo Geschäftsleitung und Projektleiter uneins sind, und übergeben Sie einen Bericht und einen Einführungsplan.',
  'home.leadership': 'Geschäftsleitung',
  'home.leadershipText':
    'Vergleichen Sie die drei PMO-Modelle und die Besetzungsoptionen nebeneinander und sehen Sie, wie sich die Antwort mit Ihrem Kontext ändert.',
  // quick check: its own result address, start over, the open questions, the next step (issue 12)
  'quick.clientName': 'Name der Organisation oder des Kunden',
  'quick.create': 'Assessment anlegen',
  'quick.cancel': 'Abbrechen',
  'quick.shareTitle': 'PMO-Blueprint-Schnellcheck: Ergebnis',
  'quick.teamTitle': 'Machen Sie es mit Ihrem Team.',
  'quick.teamText':
    'Die Sicht einer Person ist ein Anfang. Ein vollständiges Assessment befragt Führung, Management und Projektleute anonym, zeigt, wo sie sich uneins sind, und endet in einem Bericht für den Lenkungsausschuss.',
  'quick.badLink':
    'Dieser Ergebnislink ist unvollständig: Einige Angaben zur Organisation fehlen oder liegen außerhalb des Zulässigen.',
  'quick.cannotScore':
    'Das Ergebnis kann gerade nicht berechnet werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'quick.cannotShow': 'Das Ergebnis kann nicht angezeigt werden',
  'quick.outdated':
    'Dieses Ergebnis entstand mit Ausgabe {edition} des Fragebogens; die Fragen haben sich seitdem geändert. Prüfen Sie Ihre Antworten oder beginnen Sie mit den aktuellen Fragen neu.',
  'quick.retry': 'Erneut versuchen',
  'quick.cleared':
    'Neu begonnen: {answered, plural, =0 {Ihre Angaben wurden} one {Ihre Angaben und # Antwort wurden} other {Ihre Angaben und # Antworten wurden}} gelöscht.',
  'quick.undo': 'Rückgängig',
  'quick.dismiss': 'Schließen',
  'quick.startOver': 'Neu beginnen',
  'quick.cannotStart': 'Der Schnellcheck kann nicht starten',
  'quick.cannotLoad':
    'Die Fragen können gerade nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.',
  'quick.reload': 'Neu laden',
  'quick.stepTitle': 'Schnellcheck: {section}',
  'quick.orgStepTitle': 'Schnellcheck: Ihre Organisation',
  'quick.beforeScoring': 'Vor der Auswertung',
  'quick.openCounts':
    'Offene Fragen zählen als unbeantwortet: Ihre Dimensionen stützen sich auf weniger Antworten, und das Ergebnis sagt, wie belastbar es ist.',
  'quick.fixFigures':
    'Einige Angaben brauchen vor den Fragen noch einen Blick: siehe die markierten Felder unten.',
  'quick.seeAnyway': 'Ergebnis trotzdem anzeigen',
  'share.button': 'Ergebnis teilen',
  'share.copied': 'Link kopiert: Fügen Sie ihn in eine E-Mail oder einen Chat ein.',
  'share.copyFromBar': 'Kopieren Sie den Link aus der Adressleiste: Er führt zu diesem Ergebnis zurück.',
  'ctx.enterNumber': 'Bitte eine Zahl eingeben.',
  'ctx.choose': 'Wählen Sie die Option, die am besten passt.',
  'ctx.whole': 'Bitte eine ganze Zahl eingeben, etwa 12.',
  'ctx.negative': 'Der Wert kann nicht unter null liegen.',
  'ctx.atLeastOne': 'Zählen Sie mindestens eine Person: sich selbst.',
  'ctx.atLeast': 'Bitte mindestens {min} eingeben.',
  'ctx.atMost': 'Geben Sie höchstens {max} ein.',
  'ctx.notNumber': 'Geben Sie eine Zahl ein, etwa 2,5.',
  'ctx3.businessUnits.label': 'Einheiten mit eigenen Projekten (optional)',
  'ctx3.businessUnits.help':
    'Sparten, Länder oder Töchter mit eigenem Projektbudget und eigenen Leuten. 1, wenn Projekte gemeinsam geführt werden.',
  'ctx3.deliveryApproach.label': 'Wie Projekte umgesetzt werden (optional)',
  'ctx3.deliveryApproach.help': 'Die meisten Ihrer Projekte, so wie sie heute laufen.',
  'ctx3.deliveryApproach.plan-driven': 'Plangetrieben: Phasen, Pläne und Freigabepunkte',
  'ctx3.deliveryApproach.agile': 'Agil: Sprints, Backlogs und Produktteams',
  'ctx3.deliveryApproach.mixed': 'Gemischt: von beidem etwas',
  'ctx3.projectsFor.label': 'Für wen Ihre Projekte sind (optional)',
  'ctx3.projectsFor.help':
    'Für den eigenen Wandel oder als Aufträge, die Sie Kunden liefern (Maschinen, Gebäude, Anlagen, Kampagnen)?',
  'ctx3.projectsFor.own-organisation': 'Für uns selbst: Projekte verändern, wie wir arbeiten',
  'ctx3.projectsFor.customers': 'Für Kunden: jedes Projekt ist ein Auftrag, den wir liefern',
  'ctx3.projectsFor.both': 'Beides: Kundenaufträge und eigener Wandel',
  'ctx3.horizonMonths.label': 'Für wie viele Monate? (optional)',
  'ctx3.horizonMonths.help': 'Wie lange der befristete Bedarf dauert: 3 bis 120 Monate.',
  'ctx3.existingPmoFte.label': 'Personen im heutigen PMO (optional)',
  'ctx3.existingPmoFte.help': 'In Vollzeitäquivalenten: zwei Halbtagskräfte zählen als 1.',
  'rates.title': 'Kosten (optional)',
  'rates.intro':
    'Mit Ihren eigenen Tagessätzen erscheinen die Kosten in Ihrer Währung. Ohne sie gelten dokumentierte Standardsätze in EUR.',
  'rates.currency': 'Währung',
  'rates.currencyHelp': 'Ein Kürzel wie EUR, CHF, GBP oder USD.',
  'rates.dayRate': 'Tagessatz eigener Mitarbeitender',
  'rates.dayRateHelp': 'Was ein Personentag einer angestellten Person kostet, alles eingerechnet.',
  'rates.externalDayRate': 'Tagessatz eines externen Anbieters (optional)',
  'rates.externalHelp': 'Für ausgelagerte Arbeit und für ein hybrides Büro bis zur Übergabe.',
  'rates.needCurrency': 'Nennen Sie die Währung der Sätze.',
  'rates.needDayRate': 'Geben Sie auch den eigenen Tagessatz ein, oder lassen Sie alle drei Felder leer.',
  'rates.positive': 'Geben Sie einen Betrag über 0 ein.',
  'rates.tooLong': 'Höchstens 8 Zeichen, etwa EUR.',
  'ctx.moreManagers':
    'Es kann nicht mehr Personen geben, die Projekte leiten ({managers}), als Personen in der Organisation ({people}).',
};
