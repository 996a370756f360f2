import { deEdition2026_1 } from './de-2026-1';
import { deEdition2026_3 } from './de-2026-3';
import type { QuestionnaireText } from './types';

let made: QuestionnaireText | undefined;

/**
 * Der Fragebogen auf Deutsch (Sie-Form). Dieselben Kennungen wie im Englischen; die
 * Stufenbeschreibungen bleiben streng geordnet: Jede Stufe schließt die vorige ein.
 * Built on first use (the literal sits in a function): a cold start evaluates only the
 * languages its requests read.
 */
export const deQuestionnaire = (): QuestionnaireText =>
  (made ??= {
    shared: {
      levels: [
        { name: 'Initial', description: 'Projektarbeit hängt von Einzelnen ab; die Praxis ist ad hoc.' },
        {
          name: 'Wiederholbar',
          description: 'Manche Teams wiederholen, was funktioniert hat, aber die Praxis schwankt.',
        },
        {
          name: 'Definiert',
          description: 'Ein dokumentiertes Vorgehen wird in der ganzen Organisation angewandt.',
        },
        {
          name: 'Gesteuert',
          description: 'Die Praxis wird gemessen, durchgesetzt und datenbasiert gesteuert.',
        },
        { name: 'Optimierend', description: 'Die Praxis wird anhand von Belegen laufend verbessert.' },
      ],
      special: { dontKnow: 'Weiß nicht', notApplicable: 'Nicht zutreffend' },
      services: {
        'status-reporting': 'Konsolidiertes Statusberichtswesen für das Management',
        'single-source': 'Eine verlässliche zentrale Quelle für Projektdaten',
        standards: 'Gemeinsame Methodik, Vorlagen und Prozesse',
        coaching: 'Schulung und Coaching der Projektleiter',
        'risk-support': 'Unterstützung bei Risiko-, Problem- und Änderungslisten',
        assurance: 'Projektreviews und Compliance-Prüfungen',
        tooling: 'Gemeinsame Projektwerkzeuge und -informationen',
        prioritisation: 'Auswahl und Priorisierung des Projektportfolios',
        'resource-allocation': 'Verteilung gemeinsamer Personen und Budgets auf die Projekte',
        'project-authorisation': 'Freigeben, Pausieren und Stoppen von Projekten',
      },
      context: {
        employees: { label: 'Personen in der Organisation', help: 'Kopfzahl der gesamten Organisation.' },
        concurrentProjects: {
          label: 'Gleichzeitig laufende Projekte',
          help: 'Zählen Sie jede Arbeit mit eigenem Ziel, eigenem Budget und eigenem Enddatum.',
        },
        projectManagers: {
          label: 'Personen, die Projekte leiten',
          help: 'In Vollzeit oder als großer Teil ihrer Aufgabe.',
        },
        pmExpertise: {
          label: 'Projektmanagement-Know-how im Haus',
          help: 'Könnten Ihre eigenen Leute gemeinsame Projektstandards entwerfen und betreiben?',
          options: {
            none: 'Keines: Das hat hier noch niemand gemacht',
            basic: 'Grundlegend: einige geschulte oder erfahrene Projektleiter',
            strong: 'Ausgeprägt: Personen, die solche Standards schon aufgebaut haben',
          },
        },
        urgency: {
          label: 'Dringlichkeit',
          help: 'Wie bald muss die Projektabwicklung besser werden?',
          options: {
            low: 'Gering: innerhalb von ein bis zwei Jahren',
            medium: 'Mittel: innerhalb weniger Quartale',
            high: 'Hoch: innerhalb von Wochen, etwas scheitert gerade',
          },
        },
        controlAppetite: {
          label: 'Bereitschaft zu zentraler Steuerung',
          help: 'Wie viel Mitsprache über Projekte würde die Leitung einem zentralen Office geben, und würde die Kultur das mittragen?',
          options: {
            low: 'Gering: nur Transparenz, die Projekte behalten ihre Freiheit',
            medium: 'Mittel: gemeinsame Regeln und Prüfungen sind willkommen',
            high: 'Hoch: ein Mandat, über Projekte und Personal zu entscheiden',
          },
        },
        resourceContention: {
          label: 'Wettbewerb um gemeinsame Personen und Budgets',
          help: 'Konkurrieren Projekte um dieselben Fachleute oder dasselbe Geld?',
          options: {
            low: 'Gering: Projekte brauchen selten dieselben Personen',
            medium: 'Mittel: gelegentlich kommt es zu Konflikten',
            high: 'Hoch: ständige Konflikte und Verzögerungen',
          },
        },
        horizon: {
          label: 'Wie lange besteht der Bedarf?',
          help: 'Ein befristeter Kraftakt (ein Programm, eine Fusion) oder eine dauerhafte Arbeitsweise?',
          options: {
            temporary: 'Befristet: für ein Programm oder einen Zeitraum',
            lasting: 'Dauerhaft: so arbeiten wir künftig',
          },
        },
        annualProjectBudget: {
          label: 'Jährliche Projektausgaben (optional)',
          help: 'Alle Projektbudgets zusammen, in Ihrer Währung. Leer lassen, wenn unbekannt.',
        },
        existingPmo: {
          label: 'Heute bestehendes PMO (optional)',
          help: 'Wenn es bereits ein Projektmanagement-Office gibt: Was tut es?',
          options: {
            none: 'Keines',
            'weather-station': 'Wetterstation: Es sammelt Status und berichtet',
            'control-tower': 'Kontrollturm: Es setzt und prüft zudem Standards',
            'resource-source': 'Ressourcenpool: Es entscheidet zudem über Prioritäten und Personal',
          },
        },
        regulated: {
          label: 'Regulierte Projekte (optional)',
          help: 'Müssen Ihre Projekte gegenüber einer externen Aufsicht oder einem Prüfer Rechenschaft ablegen?',
        },
      },
    },
    editions: {
      '2026.1': deEdition2026_1(),
      '2026.2': {
        answerRule: 'Wählen Sie die höchste Stufe, die für die meisten Projekte vollständig zutrifft.',
        dimensions: {
          standards: {
            name: 'Standards und Methodik',
            summary: 'Ein gemeinsames Vorgehen für Projekte, passend zu ihrer Größe.',
            quickWin: 'Vereinbaren Sie einen einseitigen Projektsteckbrief und fünf gemeinsame Begriffe.',
          },
          governance: {
            name: 'Governance und Compliance',
            summary: 'Wer entscheidet, auf welcher Grundlage, und ob vereinbarte Regeln eingehalten werden.',
            quickWin:
              'Benennen Sie für jedes Projekt einen Auftraggeber und einen Punkt, an dem er über die Fortsetzung entscheidet.',
          },
          portfolio: {
            name: 'Portfoliomanagement und strategische Ausrichtung',
            summary: 'Projekte nach der Strategie auswählen, reihen und stoppen.',
            quickWin: 'Listen Sie jedes laufende Projekt mit Auftraggeber, Ziel und Enddatum auf.',
          },
          resources: {
            name: 'Ressourcenmanagement',
            summary: 'Wer woran arbeitet und ob der Bedarf zur Kapazität passt.',
            quickWin: 'Führen Sie eine gemeinsame Übersicht, wer diesen Monat an welchem Projekt arbeitet.',
          },
          reporting: {
            name: 'Leistungsmessung und Berichtswesen',
            summary: 'Verlässlicher Status und Kennzahlen, die zu Entscheidungen führen.',
            quickWin:
              'Vereinbaren Sie einen fünfzeiligen Statusbericht, den jedes Projekt am selben Tag schickt.',
          },
          'risk-control': {
            name: 'Risiko-, Problem- und Änderungssteuerung',
            summary: 'Unsicherheit, Probleme und Änderungen bewusst handhaben.',
            quickWin: 'Beginnen Sie eine gemeinsame Risiko- und Problemliste für die drei größten Projekte.',
          },
          competencies: {
            name: 'Kompetenzen, Schulung und Unterstützung',
            summary: 'Fähigkeiten, Hilfe und eine Perspektive für die Menschen, die Projekte leiten.',
            quickWin: 'Stellen Sie jedem neuen Projektleiter einen erfahrenen zur Seite.',
          },
          tools: {
            name: 'Werkzeuge und Information',
            summary: 'Werkzeuge, die das gemeinsame Vorgehen unterstützen.',
            quickWin: 'Wählen Sie einen gemeinsamen Ort für Projektpläne und Status.',
          },
          lifecycle: {
            name: 'Disziplin im Projektlebenszyklus',
            summary: 'Projekte gut starten, planen und abschließen.',
            quickWin: 'Schließen Sie jedes beendete Projekt mit einem einstündigen Review ab.',
          },
          stakeholders: {
            name: 'Einbindung der Stakeholder',
            summary: 'Die Menschen einbeziehen, die ein Projekt betrifft.',
            quickWin: 'Listen Sie für jedes Projekt die wichtigsten Stakeholder und ihre Erwartungen auf.',
          },
          benefits: {
            name: 'Nutzenrealisierung',
            summary: 'Ob Projekte den versprochenen Nutzen liefern.',
            quickWin:
              'Schreiben Sie für jedes laufende Projekt einen messbaren Nutzen und seinen Verantwortlichen auf.',
          },
          finance: {
            name: 'Finanzmanagement',
            summary: 'Budgets, Kostenkontrolle und Business Cases.',
            quickWin: 'Geben Sie jedem Projekt eine Budgetposition und eine monatliche Kostenprüfung.',
          },
        },
        questions: {
          'std-method': {
            text: 'Wie führen die Teams ihre Projekte durch?',
            levels: [
              'Jede Projektleitung arbeitet auf ihre Weise.',
              'Manche Teams nutzen informell wieder, was funktioniert hat.',
              'Die meisten Projekte laufen nach demselben vereinbarten Vorgehen.',
              'Alle tun das; Abweichungen werden vereinbart und verfolgt.',
              'Das Vorgehen wird anhand der Projektergebnisse verbessert.',
            ],
          },
          'std-templates': {
            text: 'Wie werden Pläne, Statusberichte und Abschlussberichte erstellt?',
            levels: [
              'Jedes Mal von einem leeren Blatt.',
              'Manche Teams teilen ihre eigenen Formate.',
              'Die meisten Projekte nutzen die gemeinsamen Formate.',
              'Alle tun das, und die Nutzung wird geprüft.',
              'Die Formate werden anhand von Rückmeldungen der Nutzer verfeinert.',
            ],
          },
          'std-vocabulary': {
            text: 'Wenn zwei Projekte „fertig“ oder „gefährdet“ sagen, meinen sie dasselbe?',
            levels: [
              'Nein, das hängt davon ab, wer es sagt.',
              'Innerhalb mancher Teams ja.',
              'Ja, in den meisten Projekten; Neue lernen die Begriffe.',
              'Ja, überall, auch in Werkzeugen und Berichten.',
              'Begriffe werden überarbeitet, wenn sie Verwirrung stiften.',
            ],
          },
          'std-tailoring': {
            text: 'Wie wird das Vorgehen an Größe und Risiko eines Projekts angepasst?',
            levels: [
              'Gar nicht; es gibt kein gemeinsames Vorgehen.',
              'Erfahrene Projektleiter passen es nach Gefühl an.',
              'Die meisten Projekte wählen nach vereinbarten Regeln einen schlankeren oder umfassenderen Weg.',
              'Die Wahl wird beim Start dokumentiert und überprüft.',
              'Die Regeln ändern sich, wenn die Ergebnisse eine Fehlpassung zeigen.',
            ],
          },
          'gov-decisions': {
            text: 'Wie wird entschieden, ein Projekt zu starten, fortzusetzen oder zu stoppen?',
            levels: [
              'Projekte starten und laufen ohne Entscheidung weiter.',
              'Eine Führungskraft entscheidet bei großen Projekten, von Fall zu Fall.',
              'Die meisten Projekte haben vereinbarte Entscheidungspunkte mit einer benannten entscheidenden Person.',
              'Entscheidungen stützen sich auf dieselben Belege und werden dokumentiert.',
              'Die Entscheidungskriterien werden anhand früherer Ergebnisse nachgeschärft.',
            ],
          },
          'gov-roles': {
            text: 'Wissen die Beteiligten, wer ein Projekt beauftragt, wer es leitet und wer entscheidet?',
            levels: [
              'Nein; unklar ist, wer entscheidet.',
              'Nur bei großen Projekten.',
              'Bei den meisten Projekten, und danach wird gehandelt.',
              'Bei allen Projekten; Lücken werden erkannt und geschlossen.',
              'Die Rollen werden anhand von Projektreviews angepasst.',
            ],
          },
          'gov-compliance': {
            text: 'Was passiert, wenn ein Projekt eine vereinbarte Regel übergeht?',
            levels: [
              'Niemand bemerkt es; es gibt keine gemeinsamen Regeln.',
              'Es fällt auf, wenn etwas schiefgeht.',
              'Reviews erkennen es bei den meisten Projekten, und es wird behoben.',
              'Jedes Projekt wird geprüft; wiederholte Lücken werden eskaliert.',
              'Regeln, die oft übergangen werden, werden überarbeitet.',
            ],
          },
          'gov-escalation': {
            text: 'Wie gelangen Probleme, die ein Projekt nicht lösen kann, zu einer Entscheidung?',
            levels: [
              'Zufällig, oft zu spät.',
              'Über persönliche Kontakte.',
              'Die meisten Projekte nutzen einen bekannten Eskalationsweg mit Fristen.',
              'Der Weg wird in allen Projekten genutzt und verfolgt.',
              'Der Weg wird dort verkürzt, wo er langsam war.',
            ],
          },
          'pf-inventory': {
            text: 'Kann heute jemand alle laufenden Projekte auflisten?',
            levels: [
              'Eine solche Liste gibt es nicht.',
              'Teilweise, durch Herumfragen.',
              'Ja; die Liste wird aktuell gehalten und in Besprechungen genutzt.',
              'Ja, mit Kosten, Status und Verantwortlichem für jedes Projekt.',
              'Die Liste ist Grundlage regelmäßiger Portfolioreviews.',
            ],
          },
          'pf-selection': {
            text: 'Wie werden neue Projekte ausgewählt?',
            levels: [
              'Wer am lautesten fragt, bekommt eines.',
              'Führungskräfte wählen von Fall zu Fall.',
              'Die meisten Vorschläge werden nach denselben Kriterien verglichen.',
              'Alle werden es, und die Kriterien sind mit der Strategie verknüpft.',
              'Die Kriterien werden anhand des gelieferten Nutzens verfeinert.',
            ],
          },
          'pf-priority': {
            text: 'Wenn Projekte kollidieren, wie wird die Priorität geklärt?',
            levels: [
              'Gar nicht; alles ist dringend.',
              'Durch Eskalation, von Fall zu Fall.',
              'Eine vereinbarte Rangfolge klärt die meisten Konflikte.',
              'Die Rangfolge wird in festem Rhythmus überprüft.',
              'Das Verfahren für die Rangfolge wird anhand der Ergebnisse verbessert.',
            ],
          },
          'pf-stop': {
            text: 'Werden Projekte gestoppt, die sich nicht mehr lohnen?',
            levels: [
              'Nie; was begonnen ist, wird zu Ende geführt.',
              'Selten, nach sichtbarem Scheitern.',
              'Ja, wenn ein Review es zeigt, bei den meisten Projekten.',
              'Ja, nach vereinbarten Auslösern für jedes Projekt.',
              'Die Stoppkriterien werden aus Erfahrung verbessert.',
            ],
          },
          'res-visibility': {
            text: 'Sehen Führungskräfte, wer an welchem Projekt arbeitet?',
            levels: [
              'Nein.',
              'Je Team, nicht teamübergreifend.',
              'Ja, und die meisten Besetzungsgespräche stützen sich darauf.',
              'Ja, für alle Projekte aktuell gehalten.',
              'Die Übersicht wird verbessert, wenn sich der Bedarf ändert.',
            ],
          },
          'res-allocation': {
            text: 'Wie werden Personen Projekten zugeordnet?',
            levels: [
              'Wer gerade frei ist oder gefragt wird, bekommt es.',
              'Linienvorgesetzte entscheiden von Fall zu Fall.',
              'Die meisten Zuordnungen folgen einem vereinbarten Prozess.',
              'Alle tun das, unter Berücksichtigung von Fähigkeiten und Auslastung.',
              'Der Prozess wird anhand der Ergebnisse verbessert.',
            ],
          },
          'res-conflicts': {
            text: 'Was passiert, wenn zwei Projekte dieselbe Person brauchen?',
            levels: [
              'Die Person jongliert beides.',
              'Führungskräfte verhandeln jedes Mal neu.',
              'Eine bekannte Regel klärt die meisten Konflikte.',
              'Konflikte werden vorhergesehen und geklärt, bevor sie schaden.',
              'Wiederkehrende Konflikte führen zu Änderungen der Kapazität.',
            ],
          },
          'res-forecast': {
            text: 'Wird der Bedarf geplanter Projekte mit den verfügbaren Personen abgeglichen?',
            levels: [
              'Nein.',
              'Für einzelne Projekte, wenn sie besetzt werden.',
              'Ja, für die meisten Projekte, bevor sie starten.',
              'Ja, für das ganze Portfolio, Monate im Voraus.',
              'Prognosen werden mit den Ist-Werten abgeglichen und verbessert.',
            ],
          },
          'rep-status': {
            text: 'Wie erfährt das Management, wie es um die Projekte steht?',
            levels: [
              'Wenn jemand fragt oder etwas scheitert.',
              'Manche Projekte berichten, jedes auf seine Weise.',
              'Die meisten Projekte berichten gleich und in festem Rhythmus.',
              'Alle tun das, auf Vollständigkeit geprüft.',
              'Berichte werden auf das gekürzt, was genutzt wird.',
            ],
          },
          'rep-metrics': {
            text: 'Werden Termine, Kosten und Umfang gegen eine Baseline verfolgt?',
            levels: [
              'Nein.',
              'In manchen Projekten.',
              'In den meisten Projekten, und Abweichungen werden besprochen.',
              'In allen, mit vereinbarten Toleranzen.',
              'Kennzahlen werden anhand der Prognosegenauigkeit verfeinert.',
            ],
          },
          'rep-truth': {
            text: 'Wenn zwei Berichte über ein Projekt sich widersprechen, welcher gilt?',
            levels: [
              'Niemand weiß es; die Zahlen werden jedes Mal neu erstellt.',
              'Die eigene Datei der Projektleitung.',
              'Eine vereinbarte Quelle, die die meisten Berichte nutzen.',
              'Eine Quelle für alle Berichte, regelmäßig abgeglichen.',
              'Die Quelle wird dort verbessert, wo Fehler auftreten.',
            ],
          },
          'rep-decisions': {
            text: 'Was geschieht, nachdem ein Bericht ein Problem zeigt?',
            levels: [
              'Meist nichts.',
              'Jemand reagiert, wenn es ernst ist.',
              'Die meisten Warnsignale bekommen einen Verantwortlichen und eine Maßnahme.',
              'Alle, und die Maßnahmen werden nachverfolgt.',
              'Die Schwellen für Maßnahmen werden anhand der Ergebnisse justiert.',
            ],
          },
          'rc-risks': {
            text: 'Wie wird mit Projektrisiken umgegangen?',
            levels: [
              'Man kümmert sich darum, wenn sie eintreten.',
              'Manche Projektleiter führen eine Liste.',
              'Die meisten Projekte prüfen Risiken und handeln danach.',
              'Alle tun das, mit Verantwortlichen und Terminen.',
              'Der Umgang mit Risiken wird aus früheren Projekten verbessert.',
            ],
          },
          'rc-issues': {
            text: 'Wie werden offene Probleme eines Projekts verfolgt?',
            levels: [
              'Im Kopf oder im Posteingang.',
              'In der eigenen Liste jeder Projektleitung.',
              'Die meisten Projekte verfolgen sie bis zur Erledigung.',
              'Alle tun das, und ihr Alter wird beobachtet.',
              'Ursachen wiederkehrender Probleme werden beseitigt.',
            ],
          },
          'rc-change': {
            text: 'Wie werden Änderungen an Umfang, Zeit oder Budget vereinbart?',
            levels: [
              'Sie passieren einfach.',
              'Große werden informell vereinbart.',
              'Die meisten durchlaufen eine vereinbarte Entscheidung mit bekannter Auswirkung.',
              'Alle tun das, und sie werden dokumentiert.',
              'Der Änderungsweg wird anhand seiner Verzögerungen justiert.',
            ],
          },
          'rc-cross': {
            text: 'Werden Risiken, die mehrere Projekte betreffen, gemeinsam betrachtet?',
            levels: [
              'Nein.',
              'Wenn Projektleiter zufällig miteinander sprechen.',
              'Ja; gemeinsame Risiken werden geprüft und haben einen Verantwortlichen.',
              'Ja, in festem Rhythmus, mit Maßnahmen auf Portfolioebene.',
              'Die Prüfung wird anhand dessen verbessert, was sie übersehen hat.',
            ],
          },
          'cmp-training': {
            text: 'Wie lernen Projektleiter ihre Aufgabe?',
            levels: [
              'Auf sich allein gestellt.',
              'Manche bekommen zufällig Kurse.',
              'Die meisten werden geschult und wenden es in Projekten an.',
              'Alle durchlaufen einen Lernpfad, der zu ihren Projekten passt.',
              'Die Schulung ändert sich mit den Projektergebnissen.',
            ],
          },
          'cmp-support': {
            text: 'Wo bekommt ein Projektleiter Hilfe bei einem schwierigen Problem?',
            levels: [
              'Nirgends im Besonderen.',
              'Bei hilfsbereiten Kollegen.',
              'Bei bekannten Coaches, die die meisten Projektleiter nutzen.',
              'Coaching wird jedem Projektleiter angeboten.',
              'Die Unterstützung wird an das angepasst, was Projektleiter nachfragen.',
            ],
          },
          'cmp-career': {
            text: 'Ist Projektleitung eine anerkannte Rolle mit Entwicklungsmöglichkeiten?',
            levels: [
              'Nein; sie wird nebenher erledigt.',
              'Anerkannt, aber ohne Entwicklungsstufen.',
              'Ja; die meisten Projektleiter haben eine Rolle und nächste Schritte.',
              'Ja, mit Kompetenzstufen, die an die Projektgröße geknüpft sind.',
              'Der Entwicklungspfad wird überarbeitet, wenn sich der Bedarf ändert.',
            ],
          },
          'cmp-knowledge': {
            text: 'Kann ein Projekt nutzen, was andere gelernt haben?',
            levels: [
              'Nein; Erfahrungen gehen verloren.',
              'Durch Herumfragen.',
              'Ja; die meisten Projekte sehen beim Start frühere Lessons Learned ein.',
              'Ja, und die Nutzung wird geprüft.',
              'Lessons Learned verändern die gemeinsame Praxis.',
            ],
          },
          'tl-planning': {
            text: 'Womit planen und verfolgen Projekte ihre Arbeit?',
            levels: [
              'Mit dem, was jeder mag.',
              'Mit einigen Werkzeugen, je nach Team verschieden.',
              'Die meisten Projekte nutzen täglich das gemeinsame Werkzeug.',
              'Alle tun das, gleich eingerichtet.',
              'Die Einrichtung wird anhand von Rückmeldungen der Nutzer verbessert.',
            ],
          },
          'tl-documents': {
            text: 'Finden die Beteiligten die aktuellen Dokumente eines Projekts?',
            levels: [
              'Selten.',
              'Wenn sie wissen, wen sie fragen müssen.',
              'Ja, an einem gemeinsamen Ort, bei den meisten Projekten.',
              'Ja, bei allen, mit klaren Versionen.',
              'Die Ablage wird anhand erfolgloser Suchen verbessert.',
            ],
          },
          'tl-integration': {
            text: 'Werden Projektdaten einmal erfasst und wiederverwendet, unabhängig vom Werkzeug?',
            levels: [
              'Nein; dieselben Daten werden oft neu eingetippt.',
              'Manches Neueintippen wird von Hand vermieden.',
              'Die meisten Daten werden einmal erfasst und wiederverwendet.',
              'Alle Kerndaten fließen ohne erneute Eingabe.',
              'Verbliebene Doppelerfassung wird gezielt beseitigt.',
            ],
          },
          'tl-adoption': {
            text: 'Halten die Beteiligten die gemeinsamen Werkzeuge aktuell?',
            levels: [
              'Es gibt keine gemeinsamen Werkzeuge.',
              'Einige Begeisterte tun es.',
              'Die meisten tun es, ohne Erinnerung.',
              'Alle tun es; Lücken fallen schnell auf.',
              'Die Werkzeuge entwickeln sich mit der Arbeitsweise weiter.',
            ],
          },
          'lc-initiation': {
            text: 'Wie beginnt ein Projekt?',
            levels: [
              'Die Arbeit fängt einfach an.',
              'Große Projekte bekommen ein Kick-off.',
              'Bei den meisten werden Ziel, Umfang und Auftraggeber vor Arbeitsbeginn vereinbart.',
              'Bei allen, vor Arbeitsbeginn geprüft.',
              'Der Projektstart wird anhand der Projektergebnisse verbessert.',
            ],
          },
          'lc-planning': {
            text: 'Wie wird ein Projekt geplant?',
            levels: [
              'Gar nicht oder nur im Kopf von jemandem.',
              'Für manche Projekte gibt es Pläne.',
              'Die meisten Projekte planen und planen neu, während sie lernen.',
              'Alle tun das, und Pläne werden mit den Ist-Werten verglichen.',
              'Die Planung wird anhand der Schätzgenauigkeit verbessert.',
            ],
          },
          'lc-closure': {
            text: 'Wie endet ein Projekt?',
            levels: [
              'Es verläuft im Sande.',
              'Manche werden formal übergeben.',
              'Die meisten übergeben ihre Ergebnisse und geben die Personen frei.',
              'Alle schließen mit einer Abnahme durch den Auftraggeber ab.',
              'Der Abschluss wird anhand von Rückmeldungen verbessert.',
            ],
          },
          'lc-lessons': {
            text: 'Werden am Ende von Projekten Lehren gezogen?',
            levels: [
              'Nein.',
              'Manchmal, informell.',
              'Die meisten Projekte halten ein Review und handeln danach.',
              'Alle tun das; Maßnahmen werden nachverfolgt.',
              'Lessons Learned verändern das gemeinsame Vorgehen.',
            ],
          },
          'sh-identify': {
            text: 'Sind die von einem Projekt Betroffenen früh bekannt?',
            levels: [
              'Nein; sie tauchen überraschend auf.',
              'Die offensichtlichen.',
              'Bei den meisten Projekten werden sie beim Start erfasst und eingebunden.',
              'Bei allen, mit Blick auf ihren Einfluss.',
              'Die Einbindung wird anhand von Rückmeldungen verbessert.',
            ],
          },
          'sh-communication': {
            text: 'Wie werden die Stakeholder auf dem Laufenden gehalten?',
            levels: [
              'Wenn sie sich beschweren.',
              'Manche Projekte verschicken Updates.',
              'Die meisten Projekte informieren sie in einem vereinbarten Rhythmus.',
              'Alle tun das, passend zu jeder Zielgruppe.',
              'Die Kommunikation wird anhand von Rückmeldungen verbessert.',
            ],
          },
          'sh-expectations': {
            text: 'Werden Erwartungen vereinbart und überprüft?',
            levels: [
              'Nein.',
              'Nur mit dem Auftraggeber.',
              'Bei den meisten Projekten, mit den wichtigsten Stakeholdern.',
              'Bei allen, und an Entscheidungspunkten erneut geprüft.',
              'Die Überprüfung wird anhand von Zufriedenheitsergebnissen verbessert.',
            ],
          },
          'sh-sponsor': {
            text: 'Was tut der Auftraggeber (Sponsor) eines Projekts tatsächlich?',
            levels: [
              'Es gibt keinen Auftraggeber.',
              'Er gibt den Start frei und zieht sich dann zurück.',
              'Bei den meisten Projekten entscheidet er und räumt Hindernisse aus dem Weg.',
              'Bei allen steuert er an jedem Entscheidungspunkt aktiv.',
              'Auftraggeber werden anhand von Projektreviews gecoacht.',
            ],
          },
          'ben-define': {
            text: 'Wird der erwartete Nutzen eines Projekts vor dem Start benannt?',
            levels: [
              'Nein.',
              'In allgemeinen Worten.',
              'Bei den meisten Projekten messbar, mit einem Verantwortlichen.',
              'Bei allen, mit einem Ausgangswert.',
              'Die Nutzenschätzungen werden anhand der Ergebnisse verbessert.',
            ],
          },
          'ben-track': {
            text: 'Wird der Nutzen nach der Lieferung verfolgt?',
            levels: [
              'Nein.',
              'Anekdotisch.',
              'Bei den meisten Projekten, durch den Nutzenverantwortlichen.',
              'Bei allen, mit Berichten in festem Rhythmus.',
              'Die Verfolgung wird anhand dessen verfeinert, was sie übersehen hat.',
            ],
          },
          'ben-decide': {
            text: 'Beeinflusst der erwartete Nutzen Entscheidungen während eines Projekts?',
            levels: [
              'Nie.',
              'Nur wenn ein Projekt deutlich scheitert.',
              'Bei den meisten Projekten, an Entscheidungspunkten.',
              'Bei allen, mit vereinbarten Schwellen.',
              'Die Schwellen werden anhand früherer Entscheidungen verbessert.',
            ],
          },
          'ben-learn': {
            text: 'Wird der erzielte Nutzen mit dem Versprochenen verglichen?',
            levels: [
              'Nein.',
              'Bei einigen großen Projekten.',
              'Bei den meisten Projekten; Lücken werden besprochen.',
              'Bei allen; Lücken verändern die nächsten Business Cases.',
              'Das ganze Portfolio lernt aus den Lücken.',
            ],
          },
          'fin-budget': {
            text: 'Wie wird das Budget eines Projekts festgelegt?',
            levels: [
              'Gar nicht; Kosten werden bezahlt, wie sie anfallen.',
              'Eine grobe Zahl für große Projekte.',
              'Die meisten Projekte erhalten ein Budget auf Basis einer Schätzung.',
              'Alle, mit vereinbarten Reserven.',
              'Die Schätzung wird anhand der Ist-Kosten verbessert.',
            ],
          },
          'fin-actuals': {
            text: 'Werden die Projektkosten mit dem Budget verglichen?',
            levels: [
              'Nein.',
              'Am Ende, wenn überhaupt.',
              'Monatlich, bei den meisten Projekten, mit Maßnahmen bei Abweichungen.',
              'Bei allen, mit Prognosen bis zum Abschluss.',
              'Die Kostenkontrolle wird anhand von Überschreitungen verfeinert.',
            ],
          },
          'fin-case': {
            text: 'Braucht ein Projekt einen Business Case, um zu starten?',
            levels: [
              'Nein.',
              'Große Projekte, informell.',
              'Die meisten starten mit einem kurzen, vereinbarten Business Case.',
              'Alle; der Business Case wird an Entscheidungspunkten erneut geprüft.',
              'Business Cases werden anhand der erzielten Ergebnisse verbessert.',
            ],
          },
          'fin-portfolio': {
            text: 'Sind die gesamten Projektausgaben bekannt und werden sie gesteuert?',
            levels: [
              'Niemand kennt die Gesamtsumme.',
              'Einmal im Jahr, grob.',
              'Ja; die Summe wird überprüft und bei Bedarf umgeschichtet.',
              'Ja, monatlich, gegen den Portfolioplan.',
              'Die Finanzierungsregeln werden anhand der Ergebnisse verbessert.',
            ],
          },
        },
      },
      '2026.3': deEdition2026_3(),
    },
  });
