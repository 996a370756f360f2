import type { OfficeCatalogue } from './office-en';

/** Die Texte zum Büro (Ausgabe 3 des Ergebnisses) auf Deutsch. */
export const OFFICE_DE: OfficeCatalogue = {
  'office.shapeLabel': 'Form des Büros',
  'office.controlLabel': 'Grad der Steuerung',
  'office.shape.none': 'Kein Büro',
  'office.shape.capability-first': 'Erst die Fähigkeiten',
  'office.shape.formalise': 'Bestehendes formalisieren',
  'office.shape.programme': 'Programmbüro',
  'office.shape.portfolio': 'Portfoliobüro',
  'office.shape.department': 'Abteilung der Projektleiter',
  'office.shape.hub-and-spoke': 'Zentrale mit Außenstellen',
  'office.shape.lean-portfolio': 'Agiles (Lean-)Portfolio',
  'office.shapeMeaning.none':
    'Projekte laufen ohne zentrales Büro; zuerst kommen bessere Gewohnheiten in den Teams.',
  'office.shapeMeaning.capability-first':
    'Erst Projektkompetenz in den Teams aufbauen, dann ein Büro; höchstens eine Koordination in Teilzeit.',
  'office.shapeMeaning.formalise':
    'Der Koordination, die es schon gibt, ein Mandat, eine Verantwortliche und wenige gemeinsame Regeln geben.',
  'office.shapeMeaning.programme': 'Ein Büro für ein oder zwei große Programme, das mit ihnen endet.',
  'office.shapeMeaning.portfolio':
    'Ein Büro sieht alle Projekte, setzt gemeinsame Regeln und hilft zu entscheiden, was startet und was endet.',
  'office.shapeMeaning.department':
    'Das Büro beschäftigt auch die Projektleiter und setzt sie in den Projekten ein.',
  'office.shapeMeaning.hub-and-spoke':
    'Ein kleines zentrales Büro setzt die Regeln; jede Einheit führt daneben ihr eigenes Büro.',
  'office.shapeMeaning.lean-portfolio':
    'Für agile Arbeit: finanziert Wertströme statt Projekte und prüft sie jedes Quartal.',
  'office.beside':
    'Ein befristetes Büro neben dem bestehenden: Das heutige Büro behält seine Arbeit, dieses dient dem Vorhaben und schließt mit ihm.',
  'office.servicesTitle': 'Leistungen des Büros',
  'office.servicesIntro':
    'Der Aufwand jeder Leistung folgt aus ihrem Treiber (Projekte, Projektleiter, Ausgaben …); zusammen ergeben sie die Besetzung.',
  'office.servicesEmpty':
    'Die Leistungen hinter der Besetzung sind für dieses Ergebnis nicht aufgeschlüsselt.',
  'office.col.service': 'Leistung',
  'office.col.driver': 'Treiber',
  'office.col.effort': 'Aufwand',
  'office.col.why': 'Warum dabei',
  'office.col.source': 'Quelle der Zahl',
  'office.total': 'Summe: die Besetzung',
  'office.driver.projects': '{units, plural, one {# Projekt} other {# Projekte}}',
  'office.driver.project-managers': '{units, plural, one {# Projektleiter} other {# Projektleiter}}',
  'office.driver.spend': '{units} Mio. jährliche Ausgaben',
  'office.driver.programmes': '{units, plural, one {# Programm} other {# Programme}}',
  'office.driver.business-units': '{units, plural, one {# Einheit} other {# Einheiten}}',
  'office.driver.people': '{units, plural, one {# eingeplante Person} other {# eingeplante Personen}}',
  'office.driver.office': 'das Büro als Ganzes',
  'office.perUnit': 'je {hours} Std. pro Woche',
  'office.hours': '{hours} Std. pro Woche',
  'office.fte': '{fte} VZÄ',
  'office.reason.maturity-gap': 'Reifelücke',
  'office.reason.context': 'Ihre Lage',
  'office.reason.expectations': 'von Beteiligten gewünscht',
  'office.reason.in-place': 'schon vorhanden',
  'office.staffing': 'Besetzung',
  'office.fteRange': '{min}–{max} Vollzeitäquivalente',
  'office.hoursRange': '{min}–{max} Stunden pro Woche',
  'office.hoursRangeNote': 'weniger als eine halbe Stelle: ein Teil der Woche einer Person',
  'office.yearlyCost': 'Jährliche Kosten',
  'office.oneOffCost': 'Einmalige Kosten',
  'office.costBasis': 'Wie die Kosten berechnet wurden',
  'office.oneOffNone': 'keine',
  'office.money': '{range} {currency}',
  'office.returnsTitle': 'Was es jährlich einbringen sollte',
  'office.returnsIntro': 'Gegen die Kosten abzuwägen: Jeder Wert beruht auf der Annahme daneben.',
  'office.returnsEmpty': 'Für dieses Ergebnis ist kein Nutzen geschätzt.',
  'office.col.benefit': 'Nutzen',
  'office.col.value': 'Wert pro Jahr',
  'office.col.assumption': 'Annahme',
  'office.notPriced': 'nicht beziffert',
  'office.weigh': 'Kosten {cost} pro Jahr, {oneOff} einmalig; bezifferter Nutzen {returns} pro Jahr.',
  'office.weighUnpriced': 'Kosten {cost} pro Jahr, {oneOff} einmalig; der Nutzen ist nicht beziffert.',
  'office.kind.outcome': 'Ergebnis',
  'office.kind.maturity': 'Reife',
  'office.col.kind': 'Art',
  'office.target': '{target} {unit}',
  'office.expectationsTitle': 'Was sich die Beteiligten wünschten, und die Antwort',
  'office.col.asked': 'Gewünscht von',
  'office.col.answer': 'Erfüllt?',
  'office.share': '{share} %',
  'office.answered': 'Ja',
  'office.notAnswered': 'Nein',
  'office.directionTitle': 'Nur eine Richtung',
  'office.directionBody':
    'Die Grundlage reicht nicht für Besetzung, Kosten oder Plan. Das Ergebnis weist eine Richtung: {shape}.',
  'office.directionNextQuick':
    'Als Nächstes: mehr Fragen bewerten („weiß nicht“ und offene Fragen zählen nicht), dann das Ergebnis erneut ansehen.',
  'office.directionNextTeam':
    'Als Nächstes: mehr Personen einladen und die Eingeladenen erinnern, damit jede Dimension auf genug Antworten ruht.',
  'office.noPlan': 'Noch kein Einführungsplan: Die Grundlage gibt nur eine Richtung.',
  'office.planTitle': 'Einführungsplan',
};
