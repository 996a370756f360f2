import type { OfficeKey } from '../../core/office/words';

let made: Readonly<Record<OfficeKey, string>> | undefined;

/** Was die Engine über das Office sagt, das sie entwirft, auf Deutsch (Sie-Form). Glossar: docs/glossary.md.
 * Built on first use (the object literal sits in a function), like de.ts.
 */
export const officeDeTexts = (): Readonly<Record<OfficeKey, string>> =>
  (made ??= {
    'office.service.office-lead': 'Leitung des Office',
    'office.service.status-reporting': 'Statusberichtswesen für das Portfolio',
    'office.service.programme-controls': 'Programmcontrolling (Planung, Kosten, Risiken und Änderungen)',
    'office.service.portfolio-controls':
      'Portfoliocontrolling (Kosten, Termine und Änderungen über alle Projekte)',
    'office.service.push-management':
      'Steuerung des Kraftakts (Lenkungsrhythmus, Abhängigkeiten und Einführungsbereitschaft)',
    'office.service.portfolio-prioritisation': 'Portfoliopriorisierung für das Portfolio-Board',
    'office.service.lean-portfolio': 'Lean-Portfolio-Betrieb (Finanzierung, Vorhabeneingang und Flow)',
    'office.service.capacity-planning': 'Kapazitätsplanung für gemeinsam genutztes Personal',
    'office.service.standards': 'Standards und Vorlagen',
    'office.service.coaching': 'Coaching und Schulung der Projektleiter',
    'office.service.assurance': 'Projektreviews und Qualitätssicherung',
    'office.service.benefits-tracking': 'Nutzenverfolgung',
    'office.service.tooling': 'Projektwerkzeuge und -daten',
    'office.service.hub-coordination': 'Koordination der Bereichs-Offices durch den Hub',
    'office.service.project-coordination': 'Projektkoordination in Teilzeit',

    'office.role.controls': 'Planer sowie Kosten- und Risikocontroller',
    'office.role.single': 'Leitung des Projekt-Office (eine Person für alle Leistungen)',
    'office.role.hub':
      'Hub: Leitung, Portfolioentscheidungen, Steuerung, Prüfung und Standards für die ganze Gruppe sowie Koordination der Geschäftsbereiche',
    'office.role.hubView':
      'Zentrale: Leitung, die eine Portfolioliste und der eine Bericht der Gruppe sowie die Koordination der Bereiche',
    'office.hubFirst.unitsApart':
      'Nicht in dieser Größe und diesen Kosten enthalten: Offices in den {units} Bereichen, zusammen etwa {min}–{max} VZÄ ({costMin, number}–{costMax, number} pro Jahr zum selben Tagessatz). Sie sind die Richtung, nicht der erste Schritt: Eine einzige Sicht auf die Gruppe reicht nicht, um sie aufzubauen; eine Teambewertung mit Personen aus den Bereichen klärt zuerst, welche Bereiche eines brauchen und welche bereits eines führen.',
    'office.unitsOwn':
      'Nicht in dieser Größe und diesen Kosten enthalten: die Offices in den {units} Bereichen, je etwa {perUnit} VZÄ (zusammen {min}–{max} VZÄ), je etwa {costMin, number}–{costMax, number} pro Jahr zum selben Tagessatz. Jeder Bereich besetzt und bezahlt sein eigenes Office mit eigenen Leuten und eigenem Budget nach dem gemeinsamen Standard des Hubs; der Preis des Hubs umfasst nur den Hub, und niemand wechselt zwischen Zentrale und Bereichen.',
    'office.unitsShared':
      'Der Anteil jedes Bereichs liegt unter einem Tag pro Woche, zu wenig für ein eigenes Office: Benachbarte Bereiche teilen sich eines, etwa {offices} Offices für die {units} Bereiche, jedes von etwa einer Person aus den Bereichen besetzt, denen es dient, und mit einer Ansprechperson in jedem.',
    'office.unitContacts':
      'Jeder der {units} Bereiche benennt eine Ansprechperson (einige Stunden pro Woche von jemandem, der schon dort arbeitet): Sie hält die Projekte des Bereichs in der Liste des Office, liefert seine Zahlen im gemeinsamen Format und holt das Office dazu, wo der Bereich Unterstützung möchte.',
    'office.ordersBilled':
      'Nicht in dieser Größe und diesen Kosten enthalten: etwa {fte} VZÄ kaufmännisches Auftragscontrolling in den {units} Bereichen. Die Controller auf Kundenaufträgen gehören zum Personal der Aufträge, werden den Aufträgen belastet und dem Kunden verrechnet; die Bereichs-Offices arbeiten mit denen, die schon auf den Aufträgen sind, statt sie einzustellen, und der eigene Aufwand des Office sind der Hub und die Unterstützung der Bereiche.',
    'office.role.spokes': 'Bereichs-Offices in den {units} Geschäftsbereichen (zusammen)',

    'office.source.statusBought':
      'Unsere Einschätzung: ¾ Stunde pro Woche und Projekt, um den Status zu erheben, zu prüfen und zu konsolidieren; wird mehr der jährlichen Ausgaben geliefert, als die internen Projektleitungen selbst führen (etwa 1,5 Millionen Euro je Person, 4,5 Millionen bei erfahrenen), kommen für die bei Partnern eingekaufte Lieferung etwa 6 Stunden pro Woche je Quadratwurzel jeder Million Euro im Jahr oberhalb dieser Linie hinzu, um die Berichte der Partner mit einer einzigen Datenquelle abzugleichen, statt sie ungeprüft zu übernehmen.',
    'office.source.assuranceBought':
      'Unsere Einschätzung: etwa 25 Minuten pro Woche und Projekt für Reviews und Gesundheitschecks; wird mehr der jährlichen Ausgaben geliefert, als die internen Projektleitungen selbst führen (etwa 1,5 Millionen Euro je Person, 4,5 Millionen bei erfahrenen), kommen für die bei Partnern eingekaufte Lieferung etwa 6 Stunden pro Woche je Quadratwurzel jeder Million Euro im Jahr oberhalb dieser Linie hinzu, für Abnahmen dessen, was die Partner liefern, und die Änderungssteuerung ihrer Verträge.',
    'office.source.reporting':
      'Unsere Einschätzung: ¾ Stunde pro Woche und Projekt, um den Status zu erheben, zu prüfen und zu konsolidieren, die Hälfte davon oberhalb von 40 Projekten, sobald ein gemeinsames Werkzeug die Routine übernimmt (agile Teams mit sichtbaren Boards: 60 %); vereinbar mit der Faustregel aus der Praxis von einem Planer auf fünf bis sechs Projektleiter (schwache Quelle).',
    'office.source.controls':
      'Projektcontrolling kostet bei kleineren Projekten etwa 5 % der Projektkosten und sinkt bei Milliardenprojekten unter 1 % (Heywood and Allen, PMI-Fachbeitrag); ein Programm-Office führt für alle Teilprojekte eine gemeinsame Rechnung (Termine, Kosten, Risiken und Änderungen) und trägt ein Fünftel dieses Anteils, den Teil des Auftraggebers (unsere Einschätzung), bei 110.000 pro Jahr und Person, ob das Vorhaben befristet oder dauerhaft ist. Das setzt voraus, dass die ausführenden Unternehmen oder Berater jedes Projekt selbst planen und seine Kosten steuern und das Office dies zusammenführt: Berichtet ein Realisierungspartner oder ein Rahmenvertragsbüro schon Kosten und Termine über alle Projekte, braucht es weniger; steuert sonst niemand die Projekte, mehr.',
    'office.source.commercial':
      'Kundenaufträge: etwa eine Dreiviertelstunde pro Woche und Auftrag für Restkosten gegen vereinbarten Umfang und Preis und die mit dem Kunden vereinbarten Änderungen (unsere Einschätzung).',
    'office.source.crossJob':
      'Kundenaufträge, deren Baustellen ihre eigenen Kaufleute und Planer behalten, bezahlt aus dem jeweiligen Vertrag: Das Office leistet die Arbeit über alle Aufträge hinweg (Standardformate, eine monatliche Prognoseprüfung je Auftrag, der Auftragsbestand und die Angebots- und Vertragsterminpläne größerer Aufträge), etwa eine halbe Stunde pro Woche und Auftrag, bis zu zwei weitere für die Terminplanung, je näher die Aufträge an 50 Millionen Euro im Jahr liegen, plus 1,5 Stunden je Quadratwurzel des jährlichen Auftragswerts in Millionen Euro, nie mehr, als das dauerhafte Office eines Bauherrn für dieselben Ausgaben und Projekte tragen würde (unsere Einschätzung).',
    'office.source.jobControls':
      'Ein Vorhaben auf Zeit, das die Arbeit für den Kunden ausführt, ist selbst das Projektcontrolling der Aufträge: Niemand sonst plant sie oder verfolgt ihre Kosten. Projektcontrolling kostet etwa 5 % der Projektkosten bei kleineren Projekten und unter 1 % bei Projekten in Milliardenhöhe (Heywood und Allen, PMI-Beitrag); das ausführende Team trägt zwei Fünftel davon, doppelt so viel wie das Programmbüro eines Bauherrn (unsere Einschätzung), zu 110.000 pro Jahr und Person.',
    'office.source.controlsByPm':
      'Keine Ausgaben angegeben: ein Planer oder Controller je fünf Projektleiter (Faustregel aus der Praxis, schwache Quelle; mit einer Ausgabenangabe lässt es sich besser bemessen).',
    'office.source.portfolioControls':
      'Projektcontrolling kostet bei kleineren Projekten etwa 5 % der Projektkosten und sinkt bei Milliardenprojekten unter 1 % (Heywood and Allen, PMI-Fachbeitrag); ein Portfolio-Office trägt 7 % dieses Anteils (unsere Einschätzung), bei 110.000 pro Jahr und Person. Das setzt voraus, dass das Team oder das ausführende Unternehmen jedes Projekts dessen Kosten und Termine selbst führt und das Office sie verdichtet; werden die Projekte für Kunden abgewickelt, die ihr Controlling bezahlen, braucht es weniger. Bei Projekten von etwa einer Million pro Jahr widmet das Office jedem höchstens 3 Stunden pro Woche, da sie ihr eigenes Controlling führen; je größer das durchschnittliche Projekt, desto mehr trägt es vom Anteil eines Programm-Office (ein Fünftel des Ganzen), ab 50 Millionen pro Jahr und Projekt ganz: Große Bauvorhaben brauchen das Controlling eines Programms, ob dieses befristet oder dauerhaft ist (unsere Einschätzung).',
    'office.source.push':
      'Unsere Einschätzung: Ein befristeter Kraftakt läuft in schnellerem Takt als ein dauerhaftes Office, mit 8 Stunden pro Woche für Steuerung und Entscheidungen plus 2 Stunden pro Woche und Teilprojekt für Abhängigkeiten, Risiken und Einführungsbereitschaft.',
    'office.source.prioritisation':
      'Unsere Einschätzung: 2 Stunden pro Woche für den Board-Zyklus plus etwa 20 Minuten pro Projekt für Eingang, Bewertung und Optionen.',
    'office.source.lean':
      'Unsere Einschätzung, angelehnt an das Lean Portfolio Management von SAFe: 4 Stunden pro Woche für den Portfolio Sync und die vierteljährliche Finanzierungs- und Kapazitätsrunde plus etwa eine halbe Stunde pro Initiative für Eingang, Leitplanken (Guardrails) und Flow-Kennzahlen.',
    'office.source.capacity':
      'Unsere Einschätzung: etwa 20 Minuten pro Woche und Projekt, um den Bedarf an gemeinsam genutztem Personal mit dessen Kapazität abzugleichen, eine halbe Stunde, wo um diese Leute stark konkurriert wird.',
    'office.source.standards':
      'Unsere Einschätzung: eine halbe Stunde pro Woche und Projektleiter, damit Methoden und Vorlagen genutzt werden und passend bleiben.',
    'office.source.coaching':
      'Unsere Einschätzung: je Projektleiter 1½ Stunden pro Woche, wo Know-how fehlt, 1 Stunde, wo es grundlegend ist, 25 Minuten, wo es ausgeprägt ist.',
    'office.source.assurance':
      'Unsere Einschätzung: etwa 25 Minuten pro Woche und Projekt für Reviews und Gesundheitschecks, wo Governance und Risikosteuerung zu schwach sind oder Beteiligte danach fragen; sind die Anforderungen einer Aufsicht oder eines Prüfers zu erfüllen, kommt der Prüfpfad hinzu (2 Stunden pro Woche plus etwa 6 Minuten pro Projekt).',
    'office.source.evidenceTrail':
      'Unsere Einschätzung: Eine Aufsicht oder ein Prüfer verlangt einen Prüfpfad (Entscheidungen, Freigaben und Unterlagen so abgelegt, dass ein Prüfer sie findet): 2 Stunden pro Woche plus etwa 6 Minuten pro Projekt. Hier wird nur der Prüfpfad geführt: Reviews der Projekte kommen hinzu, wo Governance und Risikosteuerung in einem prüfenden Office zu schwach sind oder Beteiligte danach fragen.',
    'office.source.benefits':
      'Unsere Einschätzung: etwa 12 Minuten pro Woche und Projekt, um den Nutzen gegen den Business Case zu verfolgen; in einem Vorhaben unter zwei Jahren, das für seinen Nutzen besteht (Synergien, Einsparungen), etwa 75 Minuten, wobei der Wert jeder Initiative im Takt des Vorhabens gegen den Plan neu prognostiziert wird.',
    'office.source.tooling':
      'Unsere Einschätzung: 1 Stunde pro Woche plus etwa 10 Minuten pro Projekt, um gemeinsame Werkzeuge zu betreiben und die Daten sauber zu halten.',
    'office.source.hub':
      'Unsere Einschätzung, angelehnt an das Hub-and-Spoke-Modell von P3O: 4 Stunden pro Woche und Geschäftsbereich, um die Bereichs-Offices abzustimmen und das Portfolio der Unternehmensgruppe zu konsolidieren.',
    'office.source.coordination':
      'Unsere Einschätzung: 1 Stunde pro Woche plus etwa 20 Minuten pro Projekt für eine schlanke Statusrunde und Hilfe bei den Plänen.',
    'office.source.lead':
      'Unsere Einschätzung: Solange eine Person das Büro allein trägt, leitet sie es neben ihrer Arbeit, und die Leitung braucht keine eigenen Stunden; über eine Person an Leistungen hinaus braucht die Leitung 30 % der zusätzlichen Stunden, höchstens eine halbe Person, bis 12 % aller Leistungen mehr sind (ein großes Büro).',

    'office.effort.projects':
      '{perUnit, number, 2} h pro Woche und Projekt × {units} Projekte = {hours} h pro Woche',
    'office.effort.project-managers':
      '{perUnit, number, 2} h pro Woche und Projektleiter × {units} = {hours} h pro Woche',
    'office.effort.spend':
      '{perUnit, number, 2} h pro Woche je Million Jahresausgaben × {units} Mio. = {hours} h pro Woche',
    'office.effort.business-units':
      '{perUnit, number, 2} h pro Woche und Geschäftsbereich × {units} Geschäftsbereiche = {hours} h pro Woche',
    'office.effort.programmes':
      '{perUnit, number, 2} h pro Woche und Programm × {units} = {hours} h pro Woche',
    'office.effort.office': '{hours} h pro Woche',
    'office.effort.lead': 'Leitung von {units} h Leistungen pro Woche: {hours} h pro Woche',
    'office.effort.leadsDoubted':
      '{perUnit, number, 2} h pro Woche je Projektleitung × {units} = {hours} h pro Woche (nur so viele, wie die Projekte beschäftigen können, von {managers} angegebenen: siehe den Hinweis zu dieser Zahl)',
    'office.effort.leads':
      '{perUnit, number, 2} h pro Woche je Person, die Projekte leitet × {units} = {hours} h pro Woche (gezählt als eine Person je {per} Projekte; angegeben: {managers, plural, =0 {keine Projektleitung} one {eine Projektleitung} other {# Projektleitungen}})',

    'office.why.maturity-gap': '{dimensions}: im Mittel {gap, number, 2} unter Stufe {target}.',
    'office.why.context': 'Die Lage erfordert es.',
    'office.why.expectations': 'Die Stakeholder haben es gewünscht.',
    'office.why.in-place':
      '{dimensions}: bereits auf Stufe {target} oder höher; das Office hält diese Praxis am Laufen, statt sie aufzubauen.',
    'office.spendCeilingScaled':
      'Begrenzt auf {share} % des jährlichen Projektbudgets: Jede Leistung wird auf {percent} % ihres Aufwands verkleinert.',
    'office.managersCeilingDuties':
      'Begrenzt auf {fte, number} VZÄ, {perLead, number} für jede der {leads} Personen, die seine Projekte leiten, dazu {duty, number} VZÄ für die Prüfungen und Berichte, die eine Aufsicht oder ein Geldgeber verlangt und die diese Grenze nicht erfasst: Jede andere Leistung wird auf {percent} % ihres Aufwands verkleinert.',
    'office.managersCeiling':
      'Begrenzt auf {fte, number} VZÄ, {perLead, number} für jede der {leads} Personen, die seine Projekte leiten: Jede Leistung wird auf {percent} % ihres Aufwands verkleinert.',
    'warning.managersHeld':
      'Das Büro ist auf höchstens {cap, number} VZÄ begrenzt, eine halbe Stelle für jede der {leads} Personen, die seine Projekte leiten; mehr trägt ein Aufsichtsgremium neben ihnen selten mit. Seine Leistungen bräuchten etwa {full, number} VZÄ. Die übrigen {heldBack, number} VZÄ dieser Arbeit bleiben bei den Projektleitern; lassen Sie das Büro mit der Zahl der Projektleiter wachsen, die es unterstützt.',
    'warning.managersHeldDuties':
      'Das Büro ist auf höchstens {cap, number} VZÄ begrenzt: eine halbe Stelle für jede der {leads} Personen, die seine Projekte leiten, mehr trägt ein Aufsichtsgremium neben ihnen selten mit, dazu {duty, number} VZÄ für die Prüfungen, Nachweise und Berichte, die eine Aufsicht oder ein Geldgeber verlangt; diese lässt die Grenze unberührt, denn sie werden zentral erledigt, wer auch immer die Projekte leitet. Seine Leistungen bräuchten etwa {full, number} VZÄ; die übrigen {heldBack, number} VZÄ dieser Arbeit bleiben bei den Projektleitern; lassen Sie das Büro mit der Zahl der Projektleiter wachsen, die es unterstützt.',
    'office.managersCeilingControls':
      'Begrenzt auf {fte, number} VZÄ, {perLead, number} für jede der {leads} Personen, die seine Projekte leiten, dazu {controls, number} VZÄ für die Kosten-, Termin- und Änderungssteuerung des Bauherrn über die Ausgaben; sie wächst mit dem eingesetzten Geld, nicht mit der Zahl der Projektleiter, und diese Grenze erfasst sie nicht: Jede andere Leistung wird auf {percent} % ihres Aufwands verkleinert.',
    'office.managersCeilingControlsDuties':
      'Begrenzt auf {fte, number} VZÄ, {perLead, number} für jede der {leads} Personen, die seine Projekte leiten, dazu {controls, number} VZÄ für die Kosten-, Termin- und Änderungssteuerung des Bauherrn über die Ausgaben und {duty, number} VZÄ für die Prüfungen und Berichte, die eine Aufsicht oder ein Geldgeber verlangt; diese Grenze erfasst beides nicht: Jede andere Leistung wird auf {percent} % ihres Aufwands verkleinert.',
    'warning.managersHeldControls':
      'Das Büro ist auf höchstens {cap, number} VZÄ begrenzt: eine halbe Stelle für jede der {leads} Personen, die seine Projekte leiten, mehr trägt ein Aufsichtsgremium neben ihnen selten mit, dazu {controls, number} VZÄ für die Kosten-, Termin- und Änderungssteuerung des Bauherrn; diese lässt die Grenze unberührt, denn sie wächst mit den Ausgaben, nicht mit der Zahl der Projektleiter. Seine Leistungen bräuchten etwa {full, number} VZÄ; die übrigen {heldBack, number} VZÄ dieser Arbeit bleiben bei den Projektleitern; lassen Sie das Büro mit der Zahl der Projektleiter wachsen, die es unterstützt.',
    'warning.managersHeldControlsDuties':
      'Das Büro ist auf höchstens {cap, number} VZÄ begrenzt: eine halbe Stelle für jede der {leads} Personen, die seine Projekte leiten, mehr trägt ein Aufsichtsgremium neben ihnen selten mit, dazu {controls, number} VZÄ für die Kosten-, Termin- und Änderungssteuerung des Bauherrn, die mit den Ausgaben wächst, nicht mit der Zahl der Projektleiter, und {duty, number} VZÄ für die Prüfungen, Nachweise und Berichte, die eine Aufsicht oder ein Geldgeber verlangt; beides lässt die Grenze unberührt. Seine Leistungen bräuchten etwa {full, number} VZÄ; die übrigen {heldBack, number} VZÄ dieser Arbeit bleiben bei den Projektleitern; lassen Sie das Büro mit der Zahl der Projektleiter wachsen, die es unterstützt.',
    'office.headcountCeiling':
      'Begrenzt auf {share} % der {employees} Beschäftigten der Organisation: Jede Leistung wird auf {percent} % ihres Aufwands verkleinert.',
    'office.headcountTop':
      'Die Spanne endet oben bei {fte, number} VZÄ, {share} % der {employees} Beschäftigten der Organisation, dem Höchsten, was ein Office von ihnen beansprucht; seine Leistungen brauchen weniger, daher wird keine verkleinert.',
    'office.coachingCourse':
      'Die Projektleitungen besuchen einmalig eine Schulung von {days} Tagen, die in den Aufbau eingerechnet ist: Ein Unternehmen dieser Größe hat keinen ständigen Coaching-Dienst.',
    'office.sizeLineCeiling':
      'Begrenzt auf {fte, number} VZÄ, ein Promille der {employees} Beschäftigten der Organisation: Das Office entsteht, weil die Organisation groß genug ist, ihre Projektleitungen darin aufzubauen, nicht weil ihre Projekte mehr brauchen als bei einer Person weniger; jede Leistung wird auf {percent} % ihres Aufwands verkleinert. Es wächst, sobald die aufgebauten Projektleitungen die Projekte übernehmen.',
    'office.partTimeCeiling':
      'Eine Koordinationsrolle ist die Teilzeitaufgabe einer Person neben ihrer eigenen: begrenzt auf höchstens {fte} VZÄ, jede Leistung wird auf {percent} % ihres Aufwands verkleinert.',
    'office.tooSmall':
      'Unter {hours} Stunde pro Woche, sobald auf Größe und Ausgaben der Organisation begrenzt: keine Stelle zu besetzen; die Arbeit bleibt bei den Personen, die die Projekte leiten.',
    'office.role.inPlace':
      'Weitere Mitarbeitende des bestehenden Office (der Gesundheitscheck bestätigt ihre Arbeit)',
    'office.inPlace.unknown':
      'Die Größe des bestehenden Office wurde nicht angegeben: Der Gesundheitscheck vergleicht sie mit den {fte} VZÄ, die seine Leistungen brauchen.',
    'office.inPlace.delivered':
      'Das bestehende Office funktioniert: Die Leistungen, die es heute erbringt, zählen mit dem, was seine {existing} VZÄ jetzt liefern, nicht mit den {norms} VZÄ, die die Richtwerte ihnen als neuen Leistungen gäben, und es wächst nur um die für es neuen Leistungen ({added} VZÄ), auf etwa {fte} VZÄ. Mehr Personen nur, wenn der Gesundheitscheck einen Rückstau zeigt.',
    'office.inPlace.larger':
      'Das bestehende Office hat {existing} VZÄ, mehr als die {services} VZÄ, die diese Leistungen brauchen: Die Spanne reicht von drei Vierteln bis zum Ganzen, und der Gesundheitscheck zeigt, was die Differenz abdeckt (oft dem Office zugeordnete Projektleiter oder Analysten), bevor jemand wechselt.',
    'office.role.deputy': 'Benannte Vertretung, die die Stelle abdeckt (etwa ein Tag pro Woche)',
    'office.inPlace.viableSeat':
      'Seine Leistungen ergeben etwa {services} VZÄ, doch ein Office, das bleibt, ist eine Stelle, die jemand innehat: mindestens {seat} VZÄ, mit einer benannten Vertretung von {deputy} VZÄ, damit Register und Nachweise nicht stillstehen, wenn diese Person fehlt.',
    'office.inPlace.seatUnderLine':
      'Seine Leistungen ergeben etwa {services} VZÄ. Eine volle Stelle für eine Person kostete mehr als den Anteil der jährlichen Projektausgaben, auf den jedes Office begrenzt ist: Das bleibende Office ist daher eine Teilzeitstelle von höchstens {fte} VZÄ, ohne Vertretung daneben.',
    'office.inPlace.deputy':
      'Eine Person hält dieses Office: Eine benannte Vertretung mit {deputy} VZÄ hält Register und Nachweise am Laufen, wenn diese Person fehlt.',
    'office.inPlace.heldThin':
      'Seine Leistungen werden hier auf etwa {services} VZÄ veranschlagt, bei {existing} VZÄ im bestehenden Office. Das Office funktioniert, und eine einzelne Sicht darauf reicht nicht, um es zu verkleinern: Es behält seine Mitarbeitenden, bis ein Gesundheitscheck mit einer Teambewertung zeigt, was seine Arbeit braucht.',
    'office.role.unitSeats':
      'Ansprechstellen in den {units} Einheiten, besetzt mit Personen des bestehenden Office',
    'office.role.secondStep': 'Personal des bestehenden Office, umgesetzt gehalten bis zum zweiten Schritt',
    'office.inPlace.resetCentre':
      'Das bestehende Office hat {existing} VZÄ; die Leistungen des neu ausgerichteten Office brauchen etwa {services} VZÄ. Es behält davon bis zu {centre} VZÄ in der Zentrale, die für den neuen Auftrag eingesetzt werden, bis er greift{perUnit, plural, =0 {} other {, und in jeder der {units} Einheiten eine schlanke Ansprechstelle von etwa {perUnit} VZÄ, besetzt mit eigenen Leuten, die die Projekte ihrer Einheit auf der Liste des Office und ihre Zahlen im gemeinsamen Format halten}}.',
    'office.inPlace.resetFirstStep':
      'Der Abbau erfolgt in Stufen: Der erste Schritt gibt höchstens {percent} % der {existing} VZÄ frei, also wechseln {released} VZÄ wie mit der Personalabteilung vereinbart; {held} VZÄ über das neu ausgerichtete Office hinaus bleiben, umgesetzt, bis zum zweiten Schritt, über den entschieden wird, sobald das neu ausgerichtete Office nach seinem ersten Jahr an seiner Charta gemessen wurde.',
    'office.inPlace.resetReleased':
      'Die übrigen {difference} VZÄ wechseln wie mit der Personalabteilung vereinbart.',
    'office.role.retasked':
      'Mitarbeitende des bestehenden Office, die bis zur Umsetzung des neuen Auftrags umgesetzt werden, längstens bis Woche {weeks}',
    'office.inPlace.resetRange':
      'Das bestehende Office hat {existing} VZÄ; die Leistungen des neu ausgerichteten Office brauchen etwa {services} VZÄ. Es behält davon bis zu {max} VZÄ, die für den neuen Auftrag eingesetzt werden, bis er greift; die übrigen {difference} VZÄ wechseln wie mit der Personalabteilung vereinbart.',
    'office.inPlace.atLine':
      'Das bestehende Office hat {existing} VZÄ, seine Leistungen brauchen hier etwa {services} VZÄ: mehr als die {line} VZÄ, bis zu denen ein Office nicht allein wegen seiner Größe verkleinert wird. Es behält, was ein Office mit {line} VZÄ behalten würde, nie weniger als ein kleineres; nur die {difference} VZÄ über dieser Grenze sind Sache des Gesundheitschecks und der Personalabteilung.',
    'action.evolveOverLine':
      'Das bestehende Office (Modell {model}) hat {existing} VZÄ, wo seine Leistungen hier etwa {need} brauchen: mehr als die {line} VZÄ, bis zu denen ein Office nicht allein wegen seiner Größe verkleinert wird. Die Größe allein ist kein Grund für eine Neuausrichtung: Es entwickelt sich zu dem, was ein Office mit {line} VZÄ behält, und ein Gesundheitscheck zeigt, wohin die Menschen darüber hinaus gehen.',
    'action.evolveOverLineThin':
      'Das bestehende Office (Modell {model}) hat {existing} VZÄ, wo seine Leistungen hier etwa {need} brauchen: mehr als die {line} VZÄ, bis zu denen ein Office nicht allein wegen seiner Größe verkleinert wird. Es entwickelt sich zu dem, was ein Office mit {line} VZÄ behält, sobald ein Gesundheitscheck mit einer Teambewertung das bestätigt hat; vorher wechselt niemand.',
    'office.inPlace.resetKeepsAll':
      'Das bestehende Office hat {existing} VZÄ; die Leistungen des neu ausgerichteten Office brauchen etwa {services} VZÄ. Es behält alle seine Mitarbeitenden und setzt sie für den neuen Auftrag ein: Die Spanne reicht von diesem Bedarf bis zum Office, wie es ist.',
    'office.inPlace.same': 'Etwa so groß wie das bestehende Office ({existing} VZÄ).',
    'office.inPlace.smaller':
      'Von den vorhandenen {existing} VZÄ auf etwa {fte} VZÄ: {difference} VZÄ wechseln in Projekt- oder Analystenrollen oder gehen über die normale Fluktuation. Sagen Sie das offen, bevor die Änderung angekündigt wird.',
    'office.basis.sum':
      'Das Office ist die Summe seiner Leistungen: {hours} Stunden pro Woche, bei {perFte} Stunden je Vollzeitkraft = {fte, number, 2} VZÄ.',
    'office.basis.range': 'Spanne: ±{spread} % um diese Summe.',
    'office.basis.rangeHours':
      'Spanne: ±{spread} % um diese Summe; unter einer halben Person wird sie in Stunden pro Woche angegeben.',

    'cost.hybridHandover':
      'Hybrid: In den ersten {months} Monaten besteht das Team zur Hälfte aus externen Fachleuten zu {external} {currency} pro Tag neben Ihrem eigenen Personal zu {internal} {currency}; nach der Übergabe ist es ganz Ihr eigenes, und ab dem zweiten Jahr kostet das Office {min}–{max} {currency} pro Jahr.',
    'cost.defaultRates':
      'Standard-Tagessätze: {internal} {currency} intern, {outsourced} {currency} bei einem externen Anbieter; geben Sie Ihre eigenen Sätze an, um sie zu ersetzen.',
    'cost.oneOff':
      'Einmalig: {days} Personentage für den Aufbau der Leistungen (Methoden, Listen, Werkzeuge, erste Schulungen) zu {rate} {currency} pro Tag{procurement, plural, =0 {} other {, plus # Tage Ihrer eigenen Mitarbeitenden, um den Anbieter auszuwählen und zu beauftragen}}.',

    'cost.totalPushWithPeople':
      'Insgesamt über seine {months} Monate: {min, number}–{max, number} {currency} für das Office, seinen Aufbau und die Leute, die der Plan hereinholt; die Jahreszahl ist der Satz des Office, solange es läuft.',
    'cost.totalYearWithPeople':
      'Insgesamt im ersten Jahr: {min, number}–{max, number} {currency} für das Office, seinen Aufbau und die Leute, die der Plan hereinholt.',
    'cost.totalYearWithPeopleShare':
      'Insgesamt im ersten Jahr: {min, number}–{max, number} {currency} für das Office, seinen Aufbau und die Leute, die der Plan hereinholt, {low}–{high} % der jährlichen Projektausgaben.',
    'cost.overHorizon':
      'Über seine {months} Monate kostet das Office insgesamt {min}–{max} {currency}, Aufbau eingeschlossen.',
    'cost.overStages':
      'Über seine {months} Monate, nach seinen Phasen besetzt: insgesamt {min, number}–{max, number} {currency} für das Office{people, plural, =0 {, Aufbau eingeschlossen} other {, seinen Aufbau und die Leute, die der Plan hereinholt}}: der Kern von etwa {core} VZÄ für {coreWeeks} Wochen (Aufbau, frühe Phasen und Übergabe) und das volle Team von etwa {full} VZÄ für die {fullWeeks} Wochen der Umsetzung. Die Jahreszahl ist der Satz des vollen Teams.',
    'office.basis.sizeAssumed':
      'Es wurden keine jährlichen Projektausgaben angegeben, daher wird jedes Projekt wie eines mit etwa {pivot, number} EUR im Jahr bemessen. Mit angegebenen Ausgaben reichen die Stunden, die der Projektgröße folgen, vom {low, number}- bis zum {high, number}-Fachen davon: Das Office könnte bis zur Hälfte kleiner oder um ein Viertel größer ausfallen.',
    'need.verdict.servicesUnderHalf':
      '{score} Bedarfspunkte erreichen die Schwelle von {threshold}, doch die Leistungen, die diese Arbeit braucht, ergeben zusammen {hours, number} Stunden pro Woche, weniger als eine halbe Person: Unterhalb dieser Grenze ist die Hilfe eine Teilzeitrolle einer Person neben ihrer eigenen Arbeit, kein Office.',
    'expectation.planStarts': 'Ein Schritt des Plans bringt es in Gang: {step}',
    'expectation.noOfficeStep': 'Kein Büro wird empfohlen; ein Schritt des Plans beantwortet es: {step}',
    'expectation.noOfficeWhyNot':
      'Kein Büro wird empfohlen, und ohne eines hat niemand das Mandat über alle Projekte, das dafür nötig ist; die im Plan vorgesehene Neubewertung stellt die Frage erneut.',
    'expectation.programme.prioritisation':
      'Das Programmbüro bereitet die Prioritätsentscheidungen des Programmausschusses vor: welcher Umfang in welche Tranche kommt und was wartet. Die Wahl zwischen diesem Programm und anderer Arbeit bleibt bei den Verantwortlichen des Portfolios.',
    'expectation.answered': 'Das Office bietet es an.',
    'expectation.in-place':
      '{share} % haben es gewünscht, und es funktioniert bereits auf Stufe 4 oder höher: Das Office behält es bei, ohne neue Leistung.',
    'expectation.no-mandate':
      '{share} % haben es gewünscht, aber die Leitung will wenig zentrale Steuerung: Ohne Mandat könnte das Office es nur vorbereiten. Sprechen Sie es beim Auftraggeber an.',
    'expectation.spend':
      '{share} % haben es gewünscht; es wurde weggelassen, damit das Office innerhalb seines Anteils am Budget bleibt.',
    'expectation.not-offered':
      '{share} % haben es gewünscht; ein Office dieses Zuschnitts erbringt es nicht. Besprechen Sie es mit dem Auftraggeber.',

    'shape.reason.no-need': 'Zuschnitt: kein Office; der Bedarf rechtfertigt noch keines.',
    'shape.reason.coordination':
      'Zuschnitt: eine Koordination in Teilzeit; ein Office lohnt sich hier nicht, also koordiniert eine Person neben ihrer Aufgabe (höchstens eine halbe Stelle), mit geschulten Projektleitern.',
    'shape.reason.no-project-leads':
      'Zuschnitt: zuerst Projektfähigkeit; {load, plural, =1 {{projects} Projekte für {managers, plural, one {einen einzigen Projektleiter} other {# Projektleiter}} sind eine Last, die ihre Leitungen selbst tragen, zu klein, um einem Office Arbeit zu geben. Schulen Sie die Projektleitungen und führen Sie eine einzige Liste der Projekte.} other {mit {managers, plural, =0 {keinem Projektleiter} one {einem einzigen Projektleiter} other {# Projektleitern}} für {projects} Projekte hätte ein Office niemanden zu unterstützen. Benennen und schulen Sie zuerst Personen, die die Projekte leiten.}}',
    'shape.reason.leads-binding':
      'Zuschnitt: zuerst Projektleitungen; {projects} Projekte hängen an {managers, plural, =0 {keinem eigenen Projektleiter} one {einem einzigen Projektleiter} other {# Projektleitern}}, weit mehr, als eine Person gut leiten kann. Das Geld geht zuerst in die Benennung oder Einstellung von Projektleitungen, von denen eine die einzige Auftragsliste in Teilzeit führt; ein Office wartet, bis diese Leitungen da sind.',
    'shape.reason.no-expertise':
      'Zuschnitt: zuerst Projektfähigkeit; hier hat noch niemand Projektmanagement-Know-how, und {managers, plural, =0 {niemand leitet} one {eine Person leitet} other {# Personen leiten}} {projects} Projekte. Die Hilfe, die die Arbeit braucht, behält ihren Umfang: Ein Koordinator leistet sie neben den Personen, die Projekte leiten, während diese benannt, geschult und begleitet werden; ein Office folgt, wenn sie es führen können.',
    'shape.reason.programme': 'Zuschnitt: ein Programm-Office, bemessen am Programm, das es steuert.',
    'shape.reason.temporary':
      'Zuschnitt: ein befristetes Office für einen Kraftakt von etwa {months} Monaten, das mit dessen Ende geschlossen wird.',
    'shape.reason.hub':
      'Zuschnitt: Hub and Spoke; eine Unternehmensgruppe mit {employees} Beschäftigten in {units} Geschäftsbereichen betreibt Offices in den Bereichen, verbunden durch einen Hub, der das Portfolio der ganzen Gruppe priorisiert, steuert und prüft.',
    'shape.reason.hubView':
      'Zuschnitt: Hub and Spoke; eine Unternehmensgruppe mit {employees} Beschäftigten in {units} Geschäftsbereichen betreibt Offices in den Bereichen, verbunden durch einen Hub, der die eine Portfoliosicht der Gruppe führt (eine Liste, ein gemeinsames Statusvokabular, ein vierteljährlicher Portfolio-Review und ein Protokoll seiner Entscheidungen); Freigaben und Kontrollen bleiben in den Bereichen.',
    'shape.reason.department':
      'Zuschnitt: Bereichs-Offices; {units} Bereiche führen ihre eigenen Projekte und die Leitung will wenig zentrale Steuerung: Jeder Bereich hat sein Office, eine schlanke Konzernverdichtung führt ihre Zahlen zusammen, ohne zentrales Mandat.',
    'shape.reason.agile':
      'Zuschnitt: ein Lean-Portfolio-Office für agile Umsetzung: Finanzierung, Vorhabeneingang und Flow statt Phasenberichten.',
    'shape.reason.mature-no-office':
      'Zuschnitt: kein Office; mit {overall, number, 2} führt die Organisation ihre Projekte bereits gut. Behalten Sie, was funktioniert, und benennen Sie eine verantwortliche Person für die Portfoliosicht.',
    'shape.reason.mature':
      'Zuschnitt: Bestehendes formalisieren; mit {overall, number, 2} leistet die Organisation vieles davon bereits, daher bewahrt und verbindet es ein schlankes Office.',
    'shape.reason.portfolio': 'Zuschnitt: ein Portfolio-Office für die Projekte der Organisation.',
    'rationale.formaliseLight':
      'Ein schlankes, unterstützendes Office: Das Modell {best} passt auf dem Papier am besten ({score}/100), aber mit {overall, number, 2} trägt die Praxis bereits; ein neues Mandat brächte Steuerung ohne Bedarf.',
    'need.verdict.shapeNoOffice':
      '{score} Bedarfspunkte erreichen die Schwelle von {threshold}, aber ein Office ist hier noch nicht die Antwort (siehe Zuschnitt unten).',
    'need.verdict.shapeOffice':
      'Ein Office wird empfohlen: {score} Bedarfspunkte bei einer Schwelle von {threshold}.',
    'rationale.directionOnly':
      'Die Datengrundlage ist unzureichend: Dies ist nur eine Richtung, ohne Personal, Kosten oder Plan. Bewerten Sie weitere Fragen oder laden Sie weitere Personen ein, um das Office zu bemessen.',

    'kpi.unit.days': 'Arbeitstage',
    'kpi.unit.percent': '%',
    'kpi.unit.level': 'Stufe (1–5)',
    'kpi.maturity.measureScore':
      '{dimension}: den Wert bis zur Neubewertung in {months} Monaten auf {target, number, 2} heben, eine Stufe über heute, auf dem Weg zu Stufe {level}.',
    'kpi.maturity.measure':
      '{dimension}: Stufe {target} bis zur erneuten Bewertung in {months} Monaten erreichen.',
    'kpi.maturity.sustain':
      '{dimension}: Stufe {target} bei der erneuten Bewertung in {months} Monaten halten.',
    'kpi.outcome.on-time': 'Projekte im Zeitplan',
    'kpi.outcome.on-time.measure':
      'Anteil der Projekte, die mit höchstens 10 % Abweichung vom geplanten Termin abschließen: {target} % innerhalb von {months} Monaten. Erheben Sie den ersten Ausgangswert im ersten Monat.',
    'kpi.outcome.predictability': 'Planbarkeit',
    'kpi.outcome.predictability.measure':
      'Anteil der für ein Quartal geplanten Ziele, die die Teams im selben Quartal liefern: {target} % innerhalb von {months} Monaten.',
    'kpi.outcome.lead-time': 'Durchlaufzeit',
    'kpi.outcome.lead-time.measure':
      'Arbeitstage von einer angenommenen Idee bis zu ihrem ersten Release: höchstens {target} innerhalb von {months} Monaten.',
    'kpi.outcome.on-budget': 'Projekte im Budget',
    'kpi.outcome.on-budget.measure':
      'Anteil der Projekte, die mit höchstens 10 % Abweichung vom genehmigten Budget abschließen: {target} % innerhalb von {months} Monaten.',
    'kpi.outcome.forecast-accuracy': 'Prognosegenauigkeit',
    'kpi.outcome.forecast-accuracy.measure':
      'Anteil der monatlichen Kostenprognosen mit höchstens 5 % Abweichung von den Endkosten: {target} % innerhalb von {months} Monaten.',
    'kpi.outcome.time-to-decision': 'Zeit bis zur Entscheidung',
    'kpi.outcome.time-to-decision.measure':
      'Arbeitstage von einem Projektantrag bis zur Portfolioentscheidung: höchstens {target} innerhalb von {months} Monaten.',
    'kpi.outcome.staffed-as-planned': 'Projekte wie geplant besetzt',
    'kpi.outcome.staffed-as-planned.measure':
      'Anteil der Projekte, die mit dem für sie geplanten Personal starten: {target} % innerhalb von {months} Monaten.',
    'kpi.outcome.benefits-on-track': 'Nutzen auf Kurs',
    'kpi.outcome.benefits-on-track.measure':
      'Anteil des Nutzens, für den der Kraftakt besteht (Synergien, Einsparungen oder das finanzierte Ergebnis), jeweils mit Verantwortlichen und Ausgangswert, dessen Prognose das Ziel erreicht oder übertrifft: {target} % in den Steuerungsrunden ({cadence}) innerhalb von {months} Monaten.',
    'kpi.outcome.benefits-measured': 'Nutzen gemessen',
    'kpi.outcome.benefits-measured.measure':
      'Anteil der abgeschlossenen Projekte, deren Nutzen am Business Case gemessen wird: {target} % innerhalb von {months} Monaten.',
    'kpi.outcome.reviews-on-time': 'Reviews termingerecht',
    'kpi.outcome.reviews-on-time.measure':
      'Anteil der geplanten Projektreviews, die termingerecht stattfinden: {target} % innerhalb von {months} Monaten.',

    'returns.orders': 'Vermiedene Vertragsstrafen für Verzug und verlorene Marge',
    'office.role.hubOrders':
      'Zentrale: Leitung, Auftragsreihenfolge und Kapazität in der ganzen Gruppe, kaufmännisches Auftragscontrolling und Koordination der Einheiten',
    'returns.overruns': 'Vermiedene Überschreitungen und Verschwendung',
    'returns.overruns.assumption':
      'Etwa {waste} % der Projektinvestitionen gehen durch schwache Projektleistung verloren (PMI, Pulse of the Profession); wir nehmen an, dass das Office {min}–{max} % davon vermeidet, deutlich weniger, als Offices über sich selbst berichten, und rechnen ihm höchstens das {multiple}-Fache seiner eigenen Jahreskosten an.',
    'returns.overruns.noSpend':
      'Nicht beziffert: Geben Sie das jährliche Projektbudget an, um die Überschreitungen zu beziffern, die das Office vermeiden hilft.',
    'returns.capacity': 'Freigesetzte Zeit der Projektleiter',
    'returns.capacity.assumption':
      '{pms} Projektleiter sparen je {min}–{max} Stunden pro Woche durch gemeinsame Vorlagen, Berichte und Werkzeuge, über {weeks} Arbeitswochen zu {rate} {currency} pro Stunde (unsere Annahme).',
    'returns.capacity.hub':
      'Nur für die Leiter der größten Projekte der Gruppe gerechnet, die {percent} %, die die eigenen Leistungen des Hubs erreichen, nicht für alle {all}: Die Büros der Einheiten sparen ihren eigenen Projektleitern Zeit, auf eigene Kosten.',
    'returns.decisions': 'Schnellere Projektentscheidungen',
    'returns.decisions.assumption':
      'Nicht beziffert: Ein regelmäßiger Portfoliozyklus bringt Entscheidungen, Projekte zu starten, anzuhalten oder zu beenden, in Tagen statt Wochen.',

    'fit.blocker.directiveTemporary':
      'Ein direktives Office braucht ein Jahr oder länger, um sich sein Mandat zu erarbeiten; ein befristeter Kraftakt leiht sich stattdessen die Autorität des Auftraggebers.',
    'fit.blocker.directiveUnits':
      'Bei {units} Geschäftsbereichen, die ihre eigenen Projekte führen, wird Personal innerhalb der Bereiche zugeteilt; eine Zentrale, die es bereichsübergreifend zuteilt, arbeitet gegen die Struktur.',
    'fit.blocker.directiveLevel':
      'Auf Reifegradstufe {level} würde ein direktives Office über Projekte und Personal entscheiden, ohne die definierte Praxis (Stufe {minimum}), auf der es beruht.',
    'office.leanFunction':
      'Auf mindestens {fte} Person gehalten: {initiatives} agile Vorhaben (ab {minimum}) und ihr Budget brauchen eine eigene Lean-Portfolio-Funktion, die die priorisierte Liste, die Übersicht darüber, worauf Teams voneinander warten, und die Finanzierungsleitplanken führt, keine Nebenaufgabe von ein paar Stunden.',
    'fit.blocker.leanPortfolio':
      'Agile Teams liefern in Inkrementen und werden als stabile Teams finanziert: Ein Lean-Portfolio entscheidet, was startet und womit es finanziert wird, und überlässt die Lieferung den Teams; ein Kontrollturm würde Phasen-Standards an jedem Projekt prüfen. Dafür braucht es einen hohen Kontrollwillen.',
    'fit.blocker.directiveAgile':
      'Agile Teams werden als stabile Teams finanziert und besetzt; eine Zentrale, die Personal Projekt für Projekt zuteilt, reißt sie auseinander.',
    'fit.inPlaceKeepsControl':
      'das bestehende Office arbeitet bereits mit diesem Steuerungsgrad; ihn zu ändern ist eine Reorganisation, die eine eigene Begründung braucht',
    'fit.deliveryApproach': 'Vorgehen in der Projektumsetzung',
    'fit.portfolioWorksAlready':
      'ab 3,50: Projekte werden bereits sorgfältig ausgewählt und besetzt; zentrale Zuteilung bringt wenig',
    'fit.agile': 'agil',
    'fit.agileResistsStandards':
      'agile Teams wehren sich gegen Standards mit Quality Gates und gegen Compliance-Prüfungen',
    'src.officeAction.reset': 'neu aufbauen',
    'src.resetKeepsTeam':
      'Ein Neuaufbau ändert, was das Office tut, nicht wer es tut: Das vorhandene Team kennt die Projekte und bleibt.',
    'src.blocker.hybridTooSmall':
      'Ein Office von {min} bis {max} VZÄ, also etwa {fte} Personen, ist zu klein, um eigene und externe Kräfte zu mischen (dafür braucht es {limit} oder mehr): Es wird entweder von der Organisation selbst betrieben, mit externem Coaching, oder eingekauft.',

    'plan.startService': '„{service}“ starten',
    'plan.formaliseService': '„{service}“ formalisieren und beibehalten (funktioniert bereits)',
    'plan.agreeServices':
      'Die Leistungen in dieser Reihenfolge vereinbaren, die dringlichste zuerst: {services}',
    'plan.runServices': 'Die Leistungen erbringen: {services}',
    'plan.extendServices': 'Von den Pilotprojekten auf alle Projekte ausweiten: {services}',
    'plan.appointAndTrainLeads':
      'Für jedes Projekt, das länger als einige Wochen läuft, einen Projektleiter benennen und in den Grundlagen schulen',
    'action.evolveGrow':
      'Den bestehenden {model} weiterentwickeln: Das Modell bleibt, aber seine Leistungen brauchen deutlich mehr als seine {existing} VZÄ; neue Leistungen werden daher wie eine Veränderung aufgebaut und erprobt, nicht einfach beibehalten.',
    'plan.pushEndsOfficeStays':
      'Den Kraftakt abschließen: Das bestehende Office kehrt zu seinen dauerhaften Leistungen zurück und gibt die für den Kraftakt hinzugenommenen Personen frei',
    'plan.redeploy':
      'Mit der Personalabteilung und den Betroffenen vereinbaren, wohin die {difference} VZÄ gehen, die das neu ausgerichtete Office nicht mehr braucht (Projekt-, Analyse- oder Linienrollen), bevor die Änderung angekündigt wird',
    'plan.validateAssessment':
      'Diese Bewertung in kurzen Gesprächen mit dem Auftraggeber und zwei oder drei Projektleitern bestätigen und die Unterlagen dazu sammeln',
    'shape.reason.small-portfolio':
      'Zuschnitt: eine Koordination in Teilzeit; {projects} gleichzeitige Projekte sind zu wenige für ein Office, unabhängig von der Größe der Organisation.',
    'src.blocker.partTimeSeat':
      'Ein Office von {min} bis {max} VZÄ, also etwa {fte} Personen, ist eine Teilzeitstelle (unter {limit} Person): von einer Firma eingekauft kostet sie etwa das Doppelte des internen Satzes und hinterlässt keine Fähigkeit; eine eigene Koordination mit externem Coaching dient besser.',
    'office.role.leadership': 'Leitung des Office (eine Leitung und Bereichsleitungen)',
    'warning.weakSourcing':
      'Die gewählte Besetzung, {sourcing}, erreicht nur {score}/100: {ruledOut, plural, =0 {die anderen Optionen liegen noch darunter} other {sie bleibt übrig, weil die anderen Optionen ausgeschlossen sind}}. Was ihr fehlt: {missing}. Was die Lücke schließen würde: {fixes}. Das vor Unterzeichnung der Charta mit dem Sponsor klären.',
    'warning.weakSourcing.noPoints': 'nichts zu ihren Gunsten über die Grundpunkte hinaus',
    'warning.weakSourcing.fix.expertise':
      'eine erfahrene Office-Leitung von außen für die ersten Monate, auf Vertrag oder als Coaching der eigenen Leitung, neben dem Office beziffert',
    'warning.weakSourcing.fix.urgency':
      'Leute, jetzt von der Linienarbeit freigestellt, die das Office starten, während die übrigen gefunden werden',
    'warning.weakSourcing.fix.horizon':
      'Leute, aus der Linie für die Dauer des Bedarfs ausgeliehen, statt einer dafür aufgebauten Abteilung',
    'warning.weakSourcing.fix.managers':
      'Projektleitungen, von ihren Projekten freigestellt oder eingestellt, um das Office zu besetzen',
    'warning.weakSourcing.fix.budget':
      'ein größeres Budget für das Office, wo eine andere Option wegen ihrer Kosten oder Größe ausgeschlossen wurde',
    'warning.weakSourcing.fix.review': 'eine Prüfung der Angaben, die gegen sie sprechen',
    'warning.returnsRestOnTrackedBenefits':
      'Die hier bezifferten Erträge decken die Kosten des Office nicht: Der Fall beruht auf dem Nutzen, den das Vorhaben verfolgt (den Einsparungen, Synergien oder dem Ergebnis, für das es besteht), und den beziffert Ihr eigener Plan, nicht diese Bewertung. Legen Sie die Zahlen dieses Plans für den Lenkungsausschuss neben die Kosten des Office.',
    'warning.returnsBelowCost':
      'Der bezifferbare Nutzen deckt die Kosten des Office nicht: Der Fall beruht auf dem, was sich nicht beziffern lässt (Entscheidungen, Absicherung, weniger Überraschungen). Sagen Sie das dem Lenkungsausschuss.',
    'warning.returnsBelowAddedCost':
      'Der für die Änderungen bezifferte Nutzen deckt nicht, was die Änderung zu den Kosten des bestehenden Office hinzufügt. Verglichen wird hier nur dieser Zuwachs: Die laufenden Kosten von heute stehen bereits im Budget, und was das Office heute einbringt, ist nicht beziffert. Der Zuwachs stützt sich auf das, was sich nicht beziffern lässt (Entscheidungen, Absicherung, weniger Überraschungen); sagen Sie das denen, die das Budget genehmigen.',
    'action.resetOversized':
      'Den bestehenden {model} neu ausrichten: Seine {existing} VZÄ sind mehr als das Doppelte der {need} VZÄ, die seine Leistungen hier brauchen; ihn so zu belassen, würde die Differenz im Budget verstecken.',
    'inPlace.action.evolveWork':
      'Das bestehende Office (Modell {model}) weiterentwickeln: Das Modell bleibt, aber der Plan setzt {percent} % seiner Arbeit neu auf (Leistungen, die es nie erbracht hat oder unter dem erwarteten Niveau erbringt), mehr als ein Team im laufenden Betrieb übernimmt; diese Arbeit wird wie eine Veränderung entworfen und erprobt, mit überarbeiteter Charta.',
    'action.evolveServices':
      'Den bestehenden {model} weiterentwickeln: Das Modell bleibt, aber er übernimmt Leistungen, die er nie erbracht hat; sie werden wie eine Veränderung entworfen und erprobt, mit überarbeiteter Charta.',
    'rationale.leanLight':
      'Ein Lean-Portfolio-Office ist unterstützend: Es finanziert Teams und macht den Arbeitsfluss sichtbar; der {best} passt auf dem Papier am besten ({score}/100), aber agile Teams steuern sich innerhalb von Leitplanken selbst.',
    'rationale.keepsModel':
      'Der bestehende {model} behält seinen Steuerungsgrad: Der {best} liegt nur {lead} Punkte vorn, und den Steuerungsgrad eines Office zu ändern ist eine Reorganisation, die einen klareren Fall braucht.',
    'kpi.outcome.regulator-milestones': 'Termine der Aufsicht eingehalten',
    'kpi.outcome.regulator-milestones.measure':
      'Anteil der Termine, die der Kraftakt einer Aufsicht, einem Fördergeber oder einem Prüfer schuldet (angeordnete Maßnahmen, Lieferungen, Berichte, Einreichungen), die zum zugesagten Datum eingehalten werden: {target} %, ausnahmslos alle, über seine {months} Monate.',
    'kpi.outcome.internal-milestones': 'Interne Meilensteine im Plan',
    'kpi.outcome.internal-milestones.measure':
      'Anteil der eigenen Meilensteine des Kraftakts, ohne die einer Aufsicht, einem Fördergeber oder einem Prüfer geschuldeten Termine, die höchstens eine Woche nach ihrem Basistermin erreicht werden: {target} % über seine {months} Monate.',
    'kpi.outcome.milestones-on-plan': 'Meilensteine im Plan',
    'kpi.outcome.milestones-on-plan.measure':
      'Anteil der Meilensteine des Kraftakts, die höchstens eine Woche nach ihrem Basistermin erreicht werden: {target} % über seine {months} Monate.',
    'needf.maturity': 'Aktueller Reifegrad',
    'needf.maturityWorks': 'Praxis, die schon funktioniert, braucht weniger Unterstützung',
    'needf.maturityGap': 'Praxis unter Stufe 3 lässt einem Office Arbeit',
    'needf.noUrgency': 'nichts drängt: die Organisation kann sich in ihrem Tempo verbessern',
    'needf.urgency': 'bessere Umsetzung wird bald gebraucht',
    'needf.nearDefined':
      'Praxis nahe Stufe 3, von erfahrenen Projektleitern getragen, ohne Kampf um Personen und ohne Zeitdruck, braucht weniger Unterstützung',
    'needf.regulationCarried': 'Nachweise für die Aufsicht bereits durch die Praxis erbracht',
    'needf.regulationCarriedWhy':
      'Governance und Risikosteuerung auf Stufe {level} oder höher halten die Entscheidungen und Aufzeichnungen, die eine Aufsicht prüft, schon fest: die Regulierung bringt einem Office keine zusätzliche Arbeit',
    'warning.highCostShareTemporary':
      'Das Office würde bis zu {share, number, 2} % des jährlichen Projektbudgets kosten, über {limit} %: üblich für einen kurzen, intensiven Kraftakt, aber prüfen Sie, ob das Budget alles abdeckt, was der Kraftakt liefert.',
    'returns.released': 'Für andere Aufgaben frei werdende Personen des bestehenden Office',
    'returns.releasedWorth':
      'Für andere Aufgaben frei werdende Personen des bestehenden Office: {freed} VZÄ mit jährlichen Kosten von etwa {worth} {currency}; gespart wird das nur, wenn ihre Stellen nicht nachbesetzt werden, darum getrennt vom Gesamtnutzen ausgewiesen',
    'returns.released.assumption':
      'Nicht als Geld gezählt: {freed} der {existing} bestehenden VZÄ wechseln in andere Aufgaben, etwa {worth} {currency} im Jahr zum internen Satz. Eine Einsparung ist das nur, wo ihre Stellen nicht nachbesetzt werden oder sie Arbeit übernehmen, die sonst eingekauft würde.',
    'returns.released.pooled':
      'Die {pooled} im Office gebündelten Projektleiter kehren zur Projektleitung zurück: Sie sind nicht sein Overhead, und ihre Versetzung spart nichts.',
    'returns.today': 'Was das bestehende Office heute schon bringt',
    'returns.today.assumption':
      'Es erbringt bereits {services}: Was diese bringen, wird nicht noch einmal als Gewinn dieser Empfehlung gezählt.',
    'returns.overToday':
      'Als Gewinn gegenüber dem bestehenden Office gezählt: nur die Dienste, die es heute nicht erbringt, {percent} % dieser Arbeit.',
    'plan.bringInExperiencedPm':
      '{count, plural, one {Eine erfahrene Projektleitung holen ({via}), die {projects, plural, one {das Projekt führt} other {das größte Projekt führt und die anderen coacht}}} other {# erfahrene Projektleitungen holen ({via}), die die größten Projekte führen und die anderen coachen}}',
    'src.pushSize': 'Größe des Teams für den Kraftakt',
    'src.pushSizeValue': 'etwa {fte} VZÄ',
    'src.largePushMixes':
      'ein großes befristetes Team verbindet einen Kern eigener Leute, die das Gelernte behalten, mit externen Kräften, die es am Ende freigibt',
    'action.resetSmaller':
      'Den bestehenden {model} neu ausrichten: Sein Modell ändert sich und er schrumpft von {existing} VZÄ auf höchstens {fte} VZÄ; das ist eine Reorganisation, die zuerst die wechselnden Personen plant.',
    'office.role.pooled': 'Gepoolte Projektleiter, die das Office den Projekten zuweist',
    'office.inPlace.poolBack':
      'Hier angenommen, zuerst zu prüfen: Von den {existing} VZÄ im bestehenden Office sind {pooled} Projektleiter, die das direktive Office heute bündelt (so viele, wie Projekte leiten). Trifft das zu, gehen sie als Projektleiter in die Linie zurück, getrennt von diesem Office ausgewiesen, weder in seinen Kosten noch als Einsparung, und gegen seine Services gewogen wird das übrige Office mit {overhead} VZÄ.',
    'office.pooledAssumed':
      'Hier angenommen, durch den Gesundheitscheck zu bestätigen: Von den {existing} VZÄ im bestehenden Office sind {pooled} gepoolte Projektleiter, die Projekte leiten; sie bleiben beim Office und zählen nicht zu seinem Overhead. Die Zahl reicht höchstens bis zu den gemeldeten Projektleitern und lässt dem Office {own} eigene VZÄ, nicht weniger als die {need} VZÄ, die seine Services brauchen; sind mehr seiner Leute Planer, Controller oder Ressourcenmanager, führt es weniger gepoolte Projektleiter und kostet mehr.',
    'warning.officeLargeForPeople':
      'Ein Office mit bis zu {fte} VZÄ in einer Organisation von {employees} Personen besteht überwiegend aus Leuten von außen: Prüfen Sie, ob ein Auftragnehmer oder Realisierungspartner Planung und Kostenkontrolle schon trägt, und bemessen Sie das eigene Team des Bauherrn nach dem, was es selbst halten muss.',
    'office.serviceOffered.portfolio-prioritisation':
      'Vorbereitung der Portfolioentscheidungen (die Leitung entscheidet)',
    'office.serviceLean.status-reporting': 'Statusberichte zum Portfolio, schlank: ein Monatspaket',
    'office.serviceOffered.standards': 'Vorlagen und Leitfäden als Angebot (nicht verpflichtend)',
    'office.serviceOffered.assurance': 'Projektreviews auf Anfrage',
    'office.serviceDuty.assurance': 'Prüfpfad für die Aufsicht',
    'office.serviceOffered.tooling': 'Projektwerkzeuge und -daten als Angebot',
    'office.serviceOffered.portfolio-controls':
      'Zusammenführung von Kosten und Terminen der Projekte (jedes Projekt behält seine eigene Änderungssteuerung)',
    'office.serviceDelivery.portfolio-controls':
      'Kosten-, Termin- und Änderungssteuerung bleibt bei den Projekten (das Büro bereitet vor und führt zusammen; Projektleitungen und Auftraggeber entscheiden)',
    'office.serviceDelivery.assurance':
      'Projektreviews als Grundlage der Nachweise für die Aufsicht (das Büro prüft und legt ab; die Projektleitungen entscheiden)',
    'office.deliveryForm':
      'Mit vollem Aufwand gehalten, gleich welcher Steuerungsgrad: Diese Arbeit fällt in den Projekten an, und Aufsicht oder Verträge verlangen sie; der Steuerungsgrad legt nur fest, wer entscheidet.',
    'office.offeredForm':
      'In unterstützender Form angeboten: Das Büro bereitet vor und berät, die Verantwortlichen entscheiden (etwa {percent} % des vollen Aufwands).',
    'fit.pushDrivesDecisions':
      'Ein dringendes Vorhaben braucht rechtzeitige Entscheidungen; ein Büro, das nur berichtet, kann sie nicht herbeiführen.',
    'fit.urgentPush': 'Befristetes Vorhaben mit hoher Dringlichkeit',
    'fit.blocker.directiveResources':
      'Ein steuerndes Büro teilt Personen zu; das Ressourcenmanagement liegt bei {score, number, 2}, unter der definierten Praxis (Stufe {minimum}), auf der die Zuteilung beruht.',
    'src.blocker.releasesOwnTeamUpTo':
      'Das bestehende Büro schrumpft von {existing} auf höchstens {fte} VZÄ, und die Personalabteilung wird angehört, bevor etwas angekündigt wird, wohin die Personen darüber hinaus gehen können: Externe in dieser Zeit zu bezahlen hieße, dieselbe Arbeit doppelt zu bezahlen.',
    'src.blocker.releasesOwnTeamHr':
      'Das bestehende Büro schrumpft von {existing} auf höchstens {fte} VZÄ, und die Personalabteilung wird angehört, bevor etwas angekündigt wird, wohin {leaving} VZÄ seiner Leute gehen können: Externe in dieser Zeit zu bezahlen hieße, dieselbe Arbeit doppelt zu bezahlen.',
    'src.blocker.releasesOwnTeamHrPooled':
      'Das bestehende Büro schrumpft von {existing} auf höchstens {fte} VZÄ: Sind {pooled} seiner Leute Projektleiter, die es bündelt, wie hier angenommen, gehen sie als Projektleiter in die Linie zurück, und die Personalabteilung wird angehört, bevor etwas angekündigt wird, wohin {leaving} VZÄ seiner übrigen Leute gehen können. Externe in dieser Zeit zu bezahlen hieße, dieselbe Arbeit doppelt zu bezahlen.',
    'src.blocker.releasesPooledOnly':
      'Das bestehende Büro schrumpft von {existing} auf höchstens {fte} VZÄ: Sind {pooled} seiner Leute Projektleiter, die es bündelt, wie hier angenommen, gehen sie als Projektleiter in die Linie zurück, und sonst geht niemand. Externe in dieser Zeit zu bezahlen hieße, Arbeit zu bezahlen, die die eigenen Leute tun.',
    'src.blocker.releasesOwnTeam':
      'Das bestehende Büro schrumpft von {existing} auf etwa {fte} VZÄ: Personen extern einzukaufen und zugleich eigene freizusetzen, bezahlte dieselbe Arbeit doppelt.',
    'office.changeDays':
      'Das bestehende Büro umzubauen ({what}) kostet einmalig etwa {days} Personentage: Charta und Entscheidungsrechte, Abstimmung mit den Linienvorgesetzten, Personalwechsel und ein Parallelbetrieb von Alt und Neu; die einmaligen Kosten enthalten sie.',
    'office.change.model': 'ein neuer Steuerungsgrad',
    'office.change.shape': 'eine neue Struktur',
    'office.role.coordinator': 'Projekt- und Ressourcenkoordination (etwa eine Person)',
    'fit.strongLeads': 'Erfahrene Projektleitungen',
    'fit.strongLeadsNeedLessChecking':
      'Erfahrene, gut ausgebildete Projektleitungen führen ihre Projekte selbst; ein Büro, das ihre Standards setzt und prüft, bringt wenig.',
    'rationale.shouldNeedGrowUnscored':
      'Wächst der Bedarf, käme diesen Antworten das Modell {model} am nächsten; die Belege reichen nicht, um es zu bewerten.',
    'src.blocker.cappedBoughtIn':
      'Extern zum externen Satz eingekauft, {ceiling, plural, =0 {} other {würde das Office bis zu {share, number} % der Jahresausgaben kosten, mehr als die {ceiling, number} %, an die die Ausgabenobergrenze jede Art der Besetzung hält, und }}würde die Ausgabenobergrenze das Büro auf {percent} % seiner Leistungen kürzen; eigenes Personal mit externer Unterstützung behält für dasselbe Geld mehr davon.',
    'fit.regulatedControl': 'Governance und Risikosteuerung in einer regulierten Organisation',
    'fit.regulatorExpectsControlledChange':
      'Eine Aufsicht erwartet genehmigte, dokumentierte und geprüfte Änderungen; bei Governance und Risikosteuerung mit durchschnittlich {score, number, 2}, unter {limit, number, 1}, kann ein Büro, das nur berichtet, die Feststellungen nicht ausräumen.',
    'action.resetOutputs':
      'Das bestehende Office (Modell {model}) liefert seine eigenen Produkte gut ({delivered, number, 2}), während die Entscheidungen, Nutzen und Menschen, für die sie gedacht sind, bei {outcomes, number, 2} bleiben: Es arbeitet für sich selbst. Richten Sie sein Mandat neu auf Ergebnisse aus; seine Leute bleiben.',
    'action.evolveOversized':
      'Das bestehende Office (Modell {model}) hat {existing} VZÄ, wo seine Leistungen hier etwa {need} brauchen: Es entwickelt sich zu dieser Größe hin, sobald ein Gesundheitscheck mit einer Teambewertung sie bestätigt hat.',
    'office.inPlace.confirmFirst':
      'Dies beruht auf einer einzigen Sicht auf die Organisation: Bestätigen Sie es mit einem Gesundheitscheck und einer Teambewertung, bevor jemand wechselt.',
    'plan.people.cost.interim':
      'Nicht in den Kosten des Büros: {count, plural, one {die Interim-Projektleitung} other {die # Interim-Projektleitungen}}, die der Plan holt, etwa {amount, number} {currency} für {months} Monate zum externen Satz.',
    'plan.people.partTimeLead':
      'Statt einer Projektleitung in Vollzeit, deren Kosten in keinem Verhältnis zu den Ausgaben stünden: eine erfahrene Leitung in Teilzeit, etwa {days} Tage im Monat, oder die Projektleitung des Lieferanten im Rahmen des Vertrags, mit Meilensteinen und Abnahmekriterien im Vertrag',
    'plan.people.fewerBroughtIn':
      '{count, plural, one {Eine erfahrene Person holen, nicht {wanted}:} other {# Personen holen, nicht {wanted}:}} mehr stünde in keinem Verhältnis zu den Projektausgaben; die übrigen Leitungen kommen aus Ihren eigenen Reihen',
    'plan.people.cost.partTimeLead':
      'Nicht in den Kosten des Büros: die erfahrene Leitung in Teilzeit, insgesamt {days} Tage, etwa {amount, number} {currency} zum externen Satz.',
    'plan.people.deliveryLeads':
      '{count, plural, one {Die Projektleitung verstärken, wo Ihre Projektleitungen überlastet sind: eine erfahrene Projektleitung oder eine Bauherrenvertretung ({via}) für die größten Projekte} other {Die Projektleitung verstärken, wo Ihre Projektleitungen überlastet sind: # erfahrene Projektleitungen oder Bauherrenvertretungen ({via}) für die größten Projekte}}',
    'plan.people.cost.coaching':
      'Nicht in den Kosten des Büros: die {days} Tage externes Coaching, die der Plan vorsieht, etwa {amount, number} {currency} zum externen Satz.',
    'plan.people.bringInLead':
      '{projects, plural, one {Eine erfahrene Programmleitung holen ({via}), die das Office leitet und auch das Projekt führt} other {Eine erfahrene Programmleitung holen ({via}), die das Office leitet, auch das größte der # Projekte führt und die anderen Projektleitungen coacht}}',
    'office.role.interimLead': '{role}: die erfahrene Interim-Kraft, die der Plan holt',
    'cost.interimLead':
      'Die Leitung ({fte} VZÄ) ist die erfahrene Interim-Kraft, die der Plan holt: hier zum externen Satz von {rate, number} {currency} pro Tag gerechnet und nicht noch einmal neben dem Plan.',
    'plan.people.cost.hire':
      'Nicht in den Kosten des Büros: {count, plural, one {die neue Projektleitung} other {die # neuen Projektleitungen}}, die der Plan einstellt, etwa {amount, number} {currency} pro Jahr zum internen Satz.',
    'warning.projectsPerManager':
      '{projects} Projekte für {projectManagers, plural, one {eine Projektleitung} other {# Projektleitungen}}, mehr als {limit} je Person: Viele sind wohl Tätigkeiten oder kleine Aufträge. Trennen Sie zuerst Projekte von Tätigkeiten; bis dahin rechnet diese Empfehlung mit {credible} Projekten, höchstens {limit} für jede Person, die sie leitet.',
    'warning.projectsWithoutManagerMany':
      '{projects} Projekte laufen ohne Projektleitung, mehr als eine Person mit {limit} je Kopf tragen kann: Viele sind wohl Tätigkeiten oder kleine Aufträge. Klären Sie, wer sie führt, und trennen Sie zuerst Projekte von Tätigkeiten; bis dahin rechnet diese Empfehlung mit {credible} Projekten.',
    'warning.managersStretchedProjects':
      '{projects} Projekte für {projectManagers, plural, one {einen Projektleiter} other {# Projektleiter}}, mehr als {limit} je Kopf: So viele Projekte führt niemand gut. {agile, plural, =1 {In agiler Arbeit führen Product Owner und Teams: Prüfen Sie, dass jede Initiative einen hat.} other {Klären Sie, wer die übrigen führt und ob die Zeit dafür reicht; das Büro unterstützt diese Leitungen, es ersetzt sie nicht.}}',
    'warning.managersStretchedSpend':
      '{spend, number} Projektausgaben im Jahr für {projectManagers, plural, one {einen Projektleiter} other {# Projektleiter}}: etwa {perManager} Millionen je Kopf, mehr als {expertise, plural, =1 {selbst ein erfahrener Projektleiter} other {ein Projektleiter, der noch Erfahrung sammelt,}} gewöhnlich trägt (etwa {limit} Millionen im Jahr). Wo die Umsetzung an Auftragnehmer vergeben ist (ein Auftragnehmer, Lieferant oder Integrator mit eigenem Team), kann das normal sein. Zu klären ist, wer Sie auf den größten Projekten als Auftraggeber vertritt und ob diese Person die Zeit dafür hat. Aus dem Volumen allein folgt keine Einstellung.',
    'expectation.coordinator': 'Die Koordination in Teilzeit übernimmt es; dafür braucht es kein Büro.',
    'src.blocker.tooLargeForOwnStaff':
      'Ein Büro von etwa {fte} VZÄ in einer Organisation mit {employees} Personen macht mehr als {share} % von ihnen aus: Es wird größtenteils von außen besetzt, mit einem eigenen Kern.',
    'office.effort.spendThousands':
      '{perUnit, number, 2} h pro Woche je Milliarde Jahresausgaben × {units} Mrd. = {hours} h pro Woche',
    'rationale.noCallForMore':
      'Der bestehende {model} {works, plural, =0 {behält seinen} other {funktioniert und behält seinen}} Steuerungsgrad: Der {best} {lead, plural, =0 {erreicht gleich viele Punkte} one {erreicht # Punkt mehr} other {erreicht # Punkte mehr}}, aber nichts hier verlangt mehr Steuerung. Um Ressourcen wird nicht gerungen, der Bedarf ist nicht dringend, und die Arbeit, die er hinzufügen würde ({dimensions}), steht bei {score}.',
    'rationale.noCallForMoreUnrated':
      'Der bestehende {model} {works, plural, =0 {behält seinen} other {funktioniert und behält seinen}} Steuerungsgrad: Der {best} {lead, plural, =0 {erreicht gleich viele Punkte} one {erreicht # Punkt mehr} other {erreicht # Punkte mehr}}, aber nichts hier verlangt mehr Steuerung. Um Ressourcen wird nicht gerungen, und der Bedarf ist nicht dringend.',
    'rationale.federatedKeepsControl':
      'Das bestehende Modell {model} {works, plural, =0 {behält seinen} other {funktioniert und behält seinen}} Steuerungsgrad: Das Modell {best} {lead, plural, =0 {erzielt gleich viele Punkte} one {erzielt # Punkt mehr} other {erzielt # Punkte mehr}}, aber die {units} Einheiten führen ihre eigenen Projekte, und die Leitung verlangt von der Zentrale nicht mehr Steuerung. Konflikte um gemeinsam genutzte Personen klärt die Priorisierung der Gruppe mit ihrem Blick über die Einheiten.',
    'rationale.confirmMoreControl':
      'Der bestehende {model} {works, plural, =0 {behält vorerst} other {funktioniert und behält vorerst}} seinen Steuerungsgrad: Der {best} {lead, plural, =0 {erreicht gleich viele Punkte} one {erreicht # Punkt mehr} other {erreicht # Punkte mehr}}, aber die Grundlage hier ist zu dünn, um {works, plural, =0 {ein bestehendes Office umzubauen.} other {ein funktionierendes Office umzubauen.}} Eine Teambewertung bestätigt, ob es mehr Steuerung übernehmen soll.',
    'action.keepAdds':
      'Den bestehenden {model} behalten: Er funktioniert und nimmt {services} zu seiner laufenden Arbeit hinzu. Das sind {percent} % seiner Arbeit, im laufenden Betrieb übernommen, ohne Reorganisation.',
    'warning.pushCostShare':
      'Das Office würde bis zu {share, number, 2} % der für das Vorhaben angegebenen Jahresausgaben kosten, mehr als die für ein Programm-Office üblichen {limit} %{ceiling, plural, =0 {} other {, innerhalb der {ceiling, number} %, an die ein Vorhaben dieser Dauer gehalten wird, wer es auch besetzt}}. Das ist häufig, wenn die angegebenen Ausgaben die eigenen Leute des Vorhabens nicht enthalten; prüfen Sie, was sie umfassen, bevor Sie diese Größe einem Lenkungsausschuss vorlegen.',
    'warning.unknownCurrency':
      'Die Währung {currency} ist der Engine nicht bekannt: Die Ausgaben werden gegenüber ihren Schwellen (Mindestausgaben eines Programms, Großprojekte, Steuerung je Million) wie Euro gelesen. Prüfen Sie die Größen oder geben Sie die Ausgaben in einer gängigen Währung an.',
    'returns.orders.margin':
      'Gerechnet auf den angegebenen jährlichen Auftragswert, gemessen an der Marge, die er trägt: Verzugsstrafen, nicht durchgesetzte Nachträge und Überschreitungen gehen von einer Marge von etwa {margin} % des Umsatzes ab; dieser Anteil der Aufträge ist daher der gefährdete Abwicklungsaufwand (nicht die {waste} % der Investitionen, die PMI bei Projekten allgemein als verschwendet findet); wir nehmen an, dass das Office {min}–{max} % davon vermeidet, und rechnen ihm höchstens das {multiple}-Fache seiner eigenen Jahreskosten an.',
    'returns.overruns.hub':
      'Nur für die größten Projekte der Gruppe gerechnet, die {percent} % ihrer Ausgaben, die der Hub bei diesem gewünschten Maß an Steuerung priorisiert, konsolidiert und vollständig berichtet; die Büros der Einheiten vermeiden die Überschreitungen ihrer übrigen Projekte auf eigene Kosten.',
    'returns.overruns.mature':
      'Die Praxis steht hier bei {overall, number, 2}, über dem Durchschnitt von etwa {average, number, 1}, den diese Zahl beschreibt: Es geht weniger verloren, daher wird sie mit {percent} % gezählt.',
    'office.serviceThreshold': '{service}: vollständig für die größten Projekte der Gruppe',
    'office.serviceMinimum.standards':
      'Gemeinsamer Mindeststandard: eine Statussprache und die Gate-Kriterien für große Projekte',
    'office.thresholdFormReport':
      'Die Gruppe berichtet vollständig über ihre größten Projekte, etwa {percent} % davon, die den Großteil der Ausgaben tragen; die übrigen stehen in ihrer einen Liste mit einer monatlichen Statuszeile, die ihre Einheit führt (etwa {share} % des vollen Aufwands).',
    'office.thresholdForm':
      'Von der Gruppe nur für ihre größten Projekte geführt, etwa {percent} % davon, die den Großteil der Ausgaben tragen; die übrigen sind Sache ihrer Einheiten (etwa {share} % des vollen Aufwands).',
    'office.minimumForm':
      'Jeder Hub einer Gruppe führt ihn, welchen Steuerungsgrad er auch hat: eine Statussprache, damit sich die Zahlen der Gruppe addieren lassen, und Gate-Kriterien für ihre großen Projekte; die Einheiten behalten darunter ihre eigenen Methoden (etwa {percent} % des vollen Standard-Service).',
    'office.serviceReview': '{service}: monatliche Durchsicht der größten Projekte',
    'office.reviewForm':
      'Gewünscht, doch die Praxis dahinter steht bereits auf Stufe {level, number} oder darüber: Das Büro sieht die größten Projekte einmal im Monat durch, statt die Leistung für jedes Projekt zu erbringen (etwa {percent} % des vollen Aufwands); die Projektteams erledigen die Arbeit weiterhin selbst.',
    'office.role.hubGroup':
      'Hub: Leitung, Investitionsentscheidungen, Standards und Konsolidierung der Gruppe sowie Koordination der Geschäftsbereiche',
    'shape.reason.hubGroup':
      'Zuschnitt: Hub and Spoke; eine Unternehmensgruppe mit {employees} Beschäftigten in {units} Geschäftsbereichen betreibt Offices in den Bereichen, verbunden durch einen Hub, der hält, was die ganze Gruppe betrifft: die Investitionsentscheidungen, die gemeinsamen Standards und die Konsolidierung. Die Leitung verlangt vom Hub keine straffe Kontrolle, daher steuert und prüft das Office jedes Bereichs seine eigenen Projekte.',
    'src.blocker.outsideOneSeat':
      'Gemischt hätte ein Office von {min} bis {max} VZÄ etwa {outside} externe Personen, weniger als {limit}: Das ist eine einzelne eingekaufte Person (eine Leitung auf Vertragsbasis oder ein Coaching) neben Ihren eigenen Leuten, abgerufen statt ausgeschrieben, kein Team, das ein Dienstleister stellt. Das Office ist Ihr eigenes, mit dieser Person darin.',
    'src.blocker.tenderTooSmall':
      'Gemischt hätte ein Office von {min}–{max} VZÄ etwa {outside} seiner Leute von außen, weniger als die {limit}, für die sich bei einem dauerhaften Office die Ausschreibung eines Dienstleisters, Service-Levels und eine Übergabe lohnen: Die fehlende Erfahrung wird als eine erfahrene Leitung eingekauft, die vom Markt eingestellt wird, neben Ihren eigenen Leuten.',
    'src.paid.tenderTooSmall':
      'sein externer Teil hätte weniger als {limit} Personen, zu wenige für die Ausschreibung eines Dienstleisters bei einem dauerhaften Office',
    'plan.hireOfficeLead':
      'Die Leitung des Office vom Markt einstellen: jemand, der ein solches Office schon geführt hat, im eigenen Team angestellt; für die Suche etwa drei Monate einplanen',
    'plan.hireOfficeLeadBridged':
      'Die Leitung des Office vom Markt einstellen: jemand, der ein solches Office schon geführt hat, im eigenen Team angestellt; die jetzt aus Ihren eigenen Leuten benannte Leitung hält die Stelle, bis diese Person anfängt',
    'src.paid.outsideOneSeat':
      'sein externer Teil wäre eine einzelne Person, weniger als {limit}, neben den eigenen Leuten eingekauft statt bei einem Dienstleister',
    'plan.callOffSeat': 'Abruf der externen Person',
    'plan.callOffDescribeRole':
      'Die Rolle aus der unterzeichneten Charta beschreiben: was die Person tut, wie lange und was sie an Ihre eigenen Leute übergibt',
    'plan.callOffAgency':
      'Die Person über eine Interim-Agentur oder einen bereits bekannten Freiberufler abrufen: eine Person, ohne Ausschreibung und ohne Service-Level',
    'plan.callOffFramework':
      'Die Person über Ihren Rahmenvertrag oder eine zugelassene Agentur abrufen: eine Person, ohne Ausschreibung und ohne Service-Level',
    'plan.callOffPersonStarts': 'Die externe Person beginnt, der Termin ihrer Übergabe ist vereinbart',
    'plan.selectTheProviderRegulated':
      'Über einen Abruf aus einem bestehenden Rahmenvertrag einkaufen, oder über eine Ausschreibung, wo für Sie die Regeln des öffentlichen Vergaberechts gelten; Ihre Aufsicht verlangt, dass Auswahl und Vertrag dokumentiert sind, nicht dass ausgeschrieben wird',
    'src.blocker.overWarningLine':
      'So eingekauft würde das Office bis zu {share, number} % der jährlichen Projektausgaben kosten, mehr als die {limit} %, unter denen ein Office bleiben sollte, während eine günstigere Besetzung darunter bleibt: Diese wird gewählt.',
    'fit.blocker.unitsAlone':
      'Ein Kontrollturm wäre hier ein kleines zentrales Office, das {units} Bereiche prüft, die zusammen {managers, plural, =0 {keinen Projektleiter} one {einen Projektleiter} other {# Projektleiter}} haben, bei einer Gesamtreife von {overall, number, 2}: In den Bereichen beantwortet niemand seine Prüfungen, und {dimension, select, standards {Standards und Methodik liegen} other {Leistungsmessung und Berichtswesen liegen}} bei {score, number, 2}, unter der Stufe {minimum}, die er prüft. Der Aufsicht antworten der Nachweispfad des Office und eine Freigabe durch das Leitungsgremium bei den größten Investitionen; das Office baut zuerst die gemeinsame Praxis auf.',
    'fit.blocker.controlPractice':
      'Ein Kontrollturm prüft eine Praxis, die sich wiederholt; ohne Aufsicht, der Rechenschaft geschuldet wird, und bei mittlerem Wunsch nach Steuerung verlangt nichts ihn vorher: {dimension, select, standards {Standards und Methodik liegen} other {Leistungsmessung und Berichtswesen liegen}} bei {score, number, 2}, unter der Stufe {minimum}, die er prüft. Das Office baut diese Praxis zuerst auf und regelt den Wettbewerb um Personal über Priorisierung und Kapazität, nicht über Kontrolle.',
    'fit.contentionSettledByPrioritisation':
      'Der Wettbewerb um Personal wird in einem Priorisierungsgremium mit Entscheidungsrechten geregelt, das dieses Office führt; solange die Praxis fehlt, die ein Kontrollturm prüft, spricht er nicht für mehr Kontrolle',
    'fit.pushHoldsOwnGates':
      'ein dringendes Vorhaben führt vom ersten Tag an eigene Entscheidungspunkte, Basispläne und Go/No-Go; es wartet nicht, bis eine etablierte Praxis erst sichtbar gemacht ist',
    'plan.firstValue.now':
      '{count, plural, one {Den nächsten Schritt jetzt beginnen: Er braucht niemand Neues und wartet auf keinen Kauf und keine Unterschrift.} other {Die nächsten # Schritte jetzt beginnen: Sie brauchen niemand Neues und warten auf keinen Kauf und keine Unterschrift.}}',
    'plan.firstValue.officeStarts':
      '{count, plural, one {Das bestehende Büro beginnt den nächsten Dienst jetzt mit den Leuten, die es hat, während der Rest aufgebaut wird.} other {Das bestehende Büro beginnt die nächsten # Dienste jetzt mit den Leuten, die es hat, während der Rest aufgebaut wird.}}',
    'plan.push.successorDecision':
      'Spätestens im Monat {month} entscheiden, ob eine dauerhafte Portfoliofunktion übernimmt, wenn das Vorhaben endet, gemessen an den Projekten, die Sie danach erwarten: die eigenen Projekte und Arbeitspakete des Vorhabens enden mit ihm und begründen nie eine. Falls eine nötig ist, benennen, wer sie leitet und welche eigenen Mitarbeitenden die Register und das Entscheidungsprotokoll übernehmen; falls nicht, das Office mit dem Vorhaben schließen und seine Erfahrungen für das nächste festhalten',
    'plan.push.handToLastingFunction':
      'Falls eine dauerhafte Portfoliofunktion beschlossen wurde, ihr Register, Entscheidungsprotokoll und Steuerungsrhythmus übergeben, geführt von Ihren eigenen Leuten, und nur das eigene Office des Vorhabens schließen; falls nicht, das Office schließen und die dafür geholten Leute freigeben',
    'plan.push.releaseToSuccessor':
      'Die externen Kräfte freigeben, sobald ihre Arbeit endet: Das gemischte Team bleibt bis zum Schluss, und, falls eine dauerhafte Portfoliofunktion beschlossen wurde, übernehmen die dafür benannten eigenen Mitarbeitenden von ihnen die Register, das Entscheidungsprotokoll und das Gelernte',
    'warning.managersStretchedOrders':
      '{spend, number} Auftragswert im Jahr für {projectManagers, plural, one {einen Projektleiter} other {# Projektleiter}}: etwa {perManager} Millionen je Kopf, mehr als {expertise, plural, =1 {selbst ein erfahrener Projektleiter} other {ein Projektleiter, der noch Erfahrung sammelt,}} gewöhnlich trägt (etwa {limit} Millionen im Jahr). Bei einem Auftragnehmer führen Projektleiter ihre Aufträge oft mit Bauleitung und kaufmännischer Unterstützung, das kann also normal sein. Zu klären ist, ob für jeden großen Auftrag jemand die Restkosten, Nachträge und Forderungen führt und ob diese Person die Zeit dafür hat. Aus dem Auftragswert allein folgt keine Einstellung.',
    'office.effort.people':
      '{perUnit, number, 2} h pro Woche je eingeplante Person × {units} Personen = {hours} h pro Woche',
    'office.source.scheduling':
      'Unsere Einschätzung: etwa 0,2 Stunden pro Woche für jede Person, die über Kundenaufträge hinweg eingeplant wird (eine Ressourcenmanagerin oder ein Ressourcenmanager für etwa 190 Personen), wo das Unternehmen die Zeit seiner Leute verkauft, um Personen konkurriert wird und mindestens die Hälfte der Beteiligten eine zentrale Zuteilung wünscht; höchstens 20 Personen je Auftrag werden gezählt, die übrigen bleiben für dessen ganze Dauer ihrem Auftrag zugeordnet.',
    'office.effort.unitOffices':
      '{perUnit, number, 2} h pro Woche für jedes Büro, das der Hub verbindet × {units} Büros, die sich die {all} Geschäftsbereiche teilen = {hours} h pro Woche',
    'office.reason.mostAsked':
      'Von {share} % der Beteiligten gewünscht: nie kleiner als der mittlere Dienst des Büros, was auch immer sein Treiber allein ergäbe.',
    'office.reason.consolidated':
      'Jede Praxis dahinter steht bereits bei mindestens {level, number}: Das Büro bündelt und prüft, was die Organisation tut (etwa {percent} % des vollen Aufwands), statt es auf jedem Projekt selbst zu leisten.',
    'kpi.outcome.fromCurrent':
      '{measure} Ausgangswert aus Ihren aktuellen Zahlen, die das bestehende Büro schon hat oder zuerst erhebt; wo sie dieses Ziel schon erreichen, lautet das Ziel, sie zu verbessern.',
    'warning.returnsBelowCostOwner':
      'Die bezifferbaren Erträge decken die Kosten nicht: Die Begründung ruht auf dem, was sich nicht beziffern lässt (Entscheidungen, Sicherheit, weniger Überraschungen). Sagen Sie das dem, der die Ausgabe genehmigt.',
    'office.effort.held': '{line}: {percent} % dessen, was ihre Grundlage ergibt, {reasons}',
    'office.held.form': 'in ihrer leichteren Form (siehe, warum sie gewählt ist)',
    'office.held.scale': 'an Größe und Zahl der Projekte angepasst',
    'office.held.ceiling': 'gehalten durch die Größengrenze des Büros (siehe die Besetzung)',
    'shape.reason.portfolioCustomers':
      'Form: ein Lieferbüro für die Aufträge, die die Organisation für ihre Kunden ausführt.',
    'shape.reason.portfolioBoth':
      'Form: ein Büro für die Kundenaufträge und die eigenen Veränderungsvorhaben der Organisation.',
    'office.reason.consolidatedFinance':
      'Die Finanzfunktion, auf der es ruht, steht bereits bei mindestens {level, number}: Das Büro bündelt und prüft die Restkosten, die die Auftragsteams selbst führen (etwa {percent} % des vollen Aufwands), statt sie für jeden Auftrag selbst zu führen.',
    'warning.hoursAboveStaffingInPlace':
      'Die aufgeführten Leistungen ergeben {hours, number} Stunden pro Woche, etwa {fte, number} VZÄ nach den Normen für ein neues Büro, während das Büro mit {min, number}–{max, number} VZÄ besetzt ist: Das bestehende Büro wird mit dem angesetzt, was seine Leute heute leisten, nicht mit diesen Normen (siehe die Grundlage der Besetzung). Die Stunden zeigen die Arbeit der Leistungen, nicht zusätzliche Leute.',
    'warning.hoursAboveStaffing':
      'Die aufgeführten Leistungen ergeben {hours, number} Stunden pro Woche, etwa {fte, number} VZÄ, während das Büro mit {min, number}–{max, number} VZÄ besetzt ist: Die Grundlage der Besetzung nennt die Grenze, die es hält. Die Stunden zeigen die Arbeit der Leistungen, nicht zusätzliche Leute.',
    'warning.returnsBelowWholeCost':
      'Der hier bezifferte Nutzen ist nur der Zugewinn gegenüber dem bestehenden Büro und bleibt unter den vollen Jahreskosten des Büros: Was das Büro heute bringt, ist nicht beziffert. Stellen Sie die vollen Kosten ebenso dem gegenüber, was es heute leistet, wie dem gezeigten Zugewinn, und sagen Sie das denen, die die Ausgaben freigeben.',
  });
