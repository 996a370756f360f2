import type { FieldworkTexts } from './en';

/** Die Texte der Validierungsmappe auf Deutsch (Sie-Form). */
export const FIELDWORK_DE: FieldworkTexts = {
  'kit.title': 'Validierungsmappe',
  'kit.pageTitle': 'Validierungsmappe: {client}',
  'kit.eyebrow': 'Die Befragung validieren',
  'kit.intro':
    'Die Befragung zeigt, wie die Beteiligten die heutige Praxis sehen. Bevor ein Reifegrad in den Bericht geht, prüfen Sie ihn wie ein Appraisal: Interviews mit jeder Rolle, Sichtung der Dokumente, die die Praxis belegen würden, und ein Kalibrierungsworkshop zu den strittigen Dimensionen. Ein Reifegrad zählt nur, wenn Belege ihn stützen.',
  'kit.edition': 'Fragebogen-Ausgabe {edition}',
  'kit.back': 'Zurück zum Bericht',
  'kit.print': 'Mappe drucken',
  'kit.loading': 'Die Validierungsmappe wird vorbereitet …',
  'kit.cannotLoad': 'Die Validierungsmappe konnte nicht vorbereitet werden.',
  'kit.retry': 'Erneut versuchen',
  'kit.contents': 'Inhalt',
  'kit.confidential': 'Arbeitsunterlage',
  'kit.open': 'Validierungsmappe',

  'kit.workbook': 'Als Arbeitsmappe herunterladen',
  'kit.preparingWorkbook': 'Arbeitsmappe wird erstellt …',
  'kit.pageLabel': 'Seite {page} von {pages}',
  'sheet.agenda': 'Kalibrierungsworkshop',
  'sheet.guide': 'Interviewleitfaden',
  'sheet.evidence': 'Belege nach Stufe',
  'col.item': 'Punkt',
  'col.minutes': 'Minuten',
  'col.why': 'Warum auf der Agenda',
  'col.dimension': 'Dimension',
  'col.role': 'Befragte Rolle',
  'col.question': 'Frage',
  'col.answer': 'Was gesagt wurde',
  'col.level': 'Stufe',
  'col.listen': 'Worauf Sie achten',
  'col.evidence': 'Beleg dafür',
  'col.received': 'Erhalten',
  'col.notes': 'Notizen',

  'agenda.title': 'Agenda des Kalibrierungsworkshops',
  'agenda.intro':
    'Die Dimensionen, in denen die veröffentlichten Zahlen dieser Erhebung auseinandergehen: Befragte liegen weit auseinander, oder Rollengruppen sehen dieselbe Praxis unterschiedlich. Die Runde einigt sich anhand der Belege auf einen Reifegrad, nicht anhand des Mittelwerts.',
  'agenda.privacy':
    'Jede Zahl unten ist bereits in den Ergebnissen veröffentlicht, jede für mindestens {k} Personen. Niemand wird gefragt, wie er geantwortet hat, und keine Rollengruppe muss ihren Wert verteidigen: Fragen Sie, was jede beobachtet.',
  'agenda.noFigures':
    'Noch sind keine Zahlen veröffentlicht: Die Agenda folgt, sobald die ersten {k} Antworten vorliegen. Interviewleitfaden und Dokumentenliste unten müssen nicht warten.',
  'agenda.none':
    'Keine veröffentlichte Zahl weicht so stark ab, dass sie kalibriert werden müsste. Nutzen Sie den Workshop, um die Reifegrade anhand der erhaltenen Dokumente zu bestätigen.',
  'agenda.opening': 'Einstieg',
  'agenda.openingText':
    'Ziel der Sitzung, die fünfstufige Skala, die Spielregeln: Die Zahlen sind Gruppenzahlen, alle sprechen über das, was sie in ihrer eigenen Arbeit sehen, ein Reifegrad braucht einen Beleg.',
  'agenda.closing': 'Abschluss',
  'agenda.closingText':
    'Jeden vereinbarten Reifegrad mit seinem Beleg vorlesen; fehlende Belege mit Verantwortlichen und Termin festhalten; vertagte Dimensionen notieren.',
  'agenda.minutes': '{n} Min.',
  'agenda.total': 'Insgesamt etwa {n} Minuten',
  'agenda.why': 'Warum auf der Agenda',
  'agenda.spread':
    'Die Befragten liegen weit auseinander: Ihre Werte streuen um {spread, number, 2} bei {raters} Personen ({consensus}).',
  'agenda.consensus.weak': 'schwacher Konsens',
  'agenda.consensus.moderate': 'mäßiger Konsens',
  'agenda.gap':
    '{higher}: {higherScore, number, 1}, {lower}: {lowerScore, number, 1} – {gap, number, 1} Punkte Abstand.',
  'agenda.calibrate':
    'Veröffentlichter Wert {score, number, 1}. Fragen Sie die Runde, ob die Praxis der meisten Projekte Stufe {low} oder Stufe {high} entspricht:',
  'agenda.bring': 'Im Raum bereithalten',
  'agenda.reserve': 'Ebenfalls strittig, für eine weitere Sitzung',
  'agenda.aligned':
    '{n, plural, =0 {Alle übrigen veröffentlichten Dimensionen weichen ebenfalls ab.} one {Eine weitere veröffentlichte Dimension zeigt keine Abweichung.} other {# weitere veröffentlichte Dimensionen zeigen keine Abweichung.}}',

  'guide.title': 'Interviewleitfaden',
  'guide.intro':
    'Dreißig bis fünfundvierzig Minuten pro Person, eine Rolle nach der anderen. Bitten Sie um Beispiele aus den letzten Monaten und um das Dokument, das sie zeigt; ordnen Sie das Gehörte den Stufen zu, nicht der Zahl aus der Befragung.',
  'guide.ask': 'Fragen nach Rolle',
  'guide.listen': 'Worauf Sie achten',

  'documents.title': 'Dokumentenanforderung',
  'documents.intro':
    'Fordern Sie diese vor den Interviews an. Jede Zeile nennt, was eine Stufe belegen würde; eine Stufe ist belegt, wenn das Dokument existiert und in den meisten Projekten genutzt wird, nicht wenn eine Vorlage auf einem Laufwerk liegt.',
  'documents.level': 'Stufe',
  'documents.evidence': 'Beleg dafür',
  'documents.received': 'Erhalten',

  'source.other-edition': 'Aus der Mappe einer anderen Ausgabe für diese Dimension übernommen.',
  'source.english': 'Noch nicht übersetzt: auf Englisch angezeigt.',
  'source.questionnaire':
    'Für diese Dimension gibt es noch keine eigene Mappe: Fragen und Stufen stammen aus dem Fragebogen.',

  'level.1': 'Initial',
  'level.2': 'Wiederholbar',
  'level.3': 'Definiert',
  'level.4': 'Gesteuert',
  'level.5': 'Optimierend',
  levelNumbered: 'Stufe {n}: {name}',

  'role.executive': 'Geschäftsleitung',
  'role.management': 'Führungskraft',
  'role.project-manager': 'Projektleitung',
  'role.controller': 'Controlling',
  'role.team-member': 'Teammitglied',
  'role.other': 'Weitere Beteiligte',

  'group.executive': 'Geschäftsleitung',
  'group.management': 'Management',
  'group.project-manager': 'Projektleitungen',
  'group.controller': 'Controlling',
  'group.team-member': 'Teammitglieder',
  'group.other': 'Weitere',
  'group.pooled': 'Kleinere Gruppen (zusammengefasst)',
};
