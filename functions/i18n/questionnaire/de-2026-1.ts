import type { EditionText } from './types';

/** Ausgabe 2026.1 auf Deutsch: erhalten für Bewertungen, die in dieser Ausgabe beantwortet wurden. */
let made: EditionText | undefined;

/** Built on first use, with the rest of the DE texts. */
export const deEdition2026_1 = (): EditionText =>
  (made ??= {
    answerRule: 'Wählen Sie die Beschreibung, die heute zutrifft.',
    dimensions: {
      standards: {
        name: 'Standards und Methodik',
        summary: 'Ein gemeinsames Vorgehen für Projekte: Methode, Vorlagen, Begriffe.',
        quickWin:
          'Vereinbaren Sie eine einseitige Vorlage für den Projektstart und gemeinsame Statusbegriffe.',
      },
      governance: {
        name: 'Governance und Compliance',
        summary: 'Wer entscheidet, auf welcher Grundlage, und ob vereinbarte Regeln eingehalten werden.',
        quickWin:
          'Benennen Sie für jedes laufende Projekt einen Auftraggeber und ein Quality Gate (Go/No-Go).',
      },
      portfolio: {
        name: 'Portfoliomanagement und strategische Ausrichtung',
        summary: 'Projekte im Einklang mit der Strategie auswählen, priorisieren und stoppen.',
        quickWin:
          'Erstellen Sie eine Liste aller laufenden und beantragten Projekte mit Verantwortlichem und strategischem Ziel.',
      },
      resources: {
        name: 'Ressourcenmanagement',
        summary: 'Wissen, wer woran arbeitet, und knappe Personen über Projekte hinweg teilen.',
        quickWin:
          'Veröffentlichen Sie monatlich eine einfache Übersicht, wer für welches Projekt eingeplant ist.',
      },
      reporting: {
        name: 'Leistungsmessung und Berichtswesen',
        summary: 'Verlässliche, konsolidierte Projektdaten für Managemententscheidungen.',
        quickWin:
          'Führen Sie für jedes Projekt einen zweiwöchentlichen Einzeilen-Status ein (im Plan / gefährdet / verspätet).',
      },
      'risk-control': {
        name: 'Risiko-, Problem- und Änderungssteuerung',
        summary: 'Listen und Routinen, die Schwierigkeiten früh erkennen und den Umfang steuern.',
        quickWin:
          'Geben Sie jedem Projekt eine gemeinsame Risiko- und Problemliste, die in jeder Statusbesprechung geprüft wird.',
      },
      competencies: {
        name: 'Kompetenzen, Schulung und Unterstützung',
        summary: 'Kompetente Projektleiter und jemand, an den man sich wenden kann.',
        quickWin:
          'Stellen Sie jedem neuen Projektleiter für sein erstes Projekt einen erfahrenen Kollegen zur Seite.',
      },
      tools: {
        name: 'Werkzeuge und Information',
        summary: 'Gemeinsame Werkzeuge, die die Arbeit und ihre Daten sichtbar machen.',
        quickWin: 'Wählen Sie einen gemeinsamen Ort für Projektpläne, Listen und Status.',
      },
      lifecycle: {
        name: 'Disziplin im Projektlebenszyklus',
        summary: 'Saubere Starts, gesteuerte Umsetzung und ein ordentlicher Abschluss mit Lessons Learned.',
        quickWin:
          'Halten Sie am Ende jedes Projekts ein 30-minütiges Lessons-Learned-Review ab und veröffentlichen Sie es.',
      },
      stakeholders: {
        name: 'Einbindung der Stakeholder',
        summary: 'Die Menschen einbeziehen und informieren, die ein Projekt betrifft.',
        quickWin:
          'Listen Sie für jedes Projekt die wichtigsten Stakeholder auf und vereinbaren Sie, wie und wie oft sie informiert werden.',
      },
    },
    questions: {
      'std-method': {
        text: 'Wie werden Projekte von Team zu Team durchgeführt?',
        levels: [
          'Jeder Projektleiter arbeitet auf seine Weise; nichts ist aufgeschrieben.',
          'Einige Teams nutzen wieder, was funktioniert hat, aber informell.',
          'Es gibt eine dokumentierte Methode, und die meisten Projekte folgen ihr.',
          'Die Methode wird überall befolgt; Abweichungen werden verfolgt und genehmigt.',
          'Die Methode wird anhand von Belegen überprüft und jährlich verbessert.',
        ],
      },
      'std-templates': {
        text: 'Welche Vorlagen nutzen Projektleiter für Pläne, Status und Abschluss?',
        levels: [
          'Keine; jedes Dokument beginnt auf einem leeren Blatt.',
          'Einige Vorlagen kursieren per E-Mail und unterscheiden sich je nach Team.',
          'Ein gepflegter Satz Vorlagen ist an einem Ort veröffentlicht.',
          'Die Vorlagen sind verpflichtend, und ihre Nutzung wird geprüft.',
          'Die Vorlagen werden anhand von Rückmeldungen und Projektergebnissen verfeinert.',
        ],
      },
      'std-vocabulary': {
        text: 'Meinen alle dasselbe mit „Meilenstein“, „Risiko“ oder „fertig“?',
        levels: [
          'Nein; die Begriffe wechseln von Projekt zu Projekt.',
          'Manche Teams teilen Begriffe, andere nicht.',
          'Ein Glossar existiert und wird in den meisten Projektdokumenten genutzt.',
          'Die Begriffe sind in allen Berichten und Werkzeugen einheitlich.',
          'Die gemeinsame Sprache wird Neuen vermittelt und mit der Praxis weiterentwickelt.',
        ],
      },
      'std-tailoring': {
        text: 'Wie wird das Vorgehen an kleine, große, agile oder riskante Projekte angepasst?',
        levels: [
          'Es gibt kein Vorgehen, das man anpassen könnte.',
          'Erfahrene Projektleiter passen es nach Gespür an.',
          'Ein dokumentierter Leitfaden beschreibt, wie die Methode je nach Projekttyp skaliert wird.',
          'Anpassungsentscheidungen werden beim Projektstart dokumentiert und geprüft.',
          'Die Anpassungsregeln werden anhand der Ergebnisse früherer Projekte aktualisiert.',
        ],
      },
      'gov-decisions': {
        text: 'Wie werden Go/No-Go-Entscheidungen über Projekte getroffen?',
        levels: [
          'Projekte starten und laufen ohne formale Entscheidungen.',
          'Große Projekte erhalten eine Entscheidung einer Führungskraft, von Fall zu Fall.',
          'Für alle Projekte gibt es definierte Quality Gates mit benannten Entscheidern.',
          'Gate-Entscheidungen stützen sich auf einheitliche Belege und werden dokumentiert.',
          'Die Gate-Kriterien werden danach justiert, was frühere Entscheidungen richtig oder falsch gemacht haben.',
        ],
      },
      'gov-roles': {
        text: 'Sind die Rollen von Auftraggeber, Projektleiter und Lenkungsausschuss klar?',
        levels: [
          'Die Rollen sind unklar; man erfährt sie, wenn Probleme auftreten.',
          'Bei manchen Projekten sind die Rollen klar, meist bei den großen.',
          'Es gibt Rollenbeschreibungen, und jedes Projekt benennt seinen Auftraggeber.',
          'Die Rolleninhaber werden an ihren Verantwortlichkeiten gemessen, und das wird geprüft.',
          'Die Rollen werden überprüft und angepasst, während die Organisation lernt.',
        ],
      },
      'gov-compliance': {
        text: 'Wie wird geprüft, ob Projekte die vereinbarten Regeln einhalten?',
        levels: [
          'Es wird nicht geprüft.',
          'Probleme zeigen sich erst, wenn ein Projekt scheitert.',
          'Regelmäßige Reviews betrachten die größeren Projekte.',
          'Regelmäßige Audits decken alle Projekte ab, und Feststellungen werden nachverfolgt.',
          'Auditergebnisse verändern die Regeln selbst.',
        ],
      },
      'gov-escalation': {
        text: 'Was passiert, wenn ein Projekt eine Entscheidung jenseits seiner Befugnisse braucht?',
        levels: [
          'Es wartet, oder jemand umgeht die Hierarchie.',
          'Eskalation läuft über persönliche Kontakte.',
          'Es gibt einen dokumentierten Eskalationsweg mit Antwortfristen.',
          'Eskalationen werden verfolgt und in vereinbarten Fristen gelöst.',
          'Eskalationsmuster werden analysiert, um wiederkehrende Ursachen zu beseitigen.',
        ],
      },
      'pf-inventory': {
        text: 'Gibt es eine vollständige Liste der laufenden Projekte?',
        levels: [
          'Nein; niemand weiß genau, wie viele Projekte laufen.',
          'Jeder Bereich führt seine eigene unvollständige Liste.',
          'Eine zentrale Liste umfasst alle Projekte und wird aktuell gehalten.',
          'Die Liste enthält Kosten-, Nutzen- und Statusdaten, die in Entscheidungen einfließen.',
          'Die Liste speist regelmäßige Portfolioreviews, die Investitionen neu ausrichten.',
        ],
      },
      'pf-selection': {
        text: 'Wie werden neue Projekte ausgewählt?',
        levels: [
          'Wer am lautesten oder zuerst fragt, bekommt ein Projekt.',
          'Führungskräfte genehmigen Projekte im Rahmen ihres eigenen Budgets.',
          'Vorschläge werden vor der Genehmigung nach gemeinsamen Kriterien verglichen.',
          'Bewertungen verknüpfen jedes Projekt mit strategischen Zielen und Kapazität.',
          'Die Kriterien werden durch den Vergleich von erwartetem und erzieltem Nutzen verfeinert.',
        ],
      },
      'pf-priority': {
        text: 'Wenn zwei Projekte konkurrieren, wie wird die Priorität geklärt?',
        levels: [
          'Gar nicht; beide drängen voran und kollidieren.',
          'Eine Führungskraft entscheidet, wenn der Konflikt sichtbar wird.',
          'Eine gereihte Prioritätenliste existiert und ist bekannt.',
          'Ein Portfolio-Board überprüft die Prioritäten in festem Rhythmus.',
          'Die Prioritäten ändern sich datenbasiert und schnell, wenn sich Strategie oder Kapazität ändern.',
        ],
      },
      'pf-stop': {
        text: 'Werden Projekte gestoppt, die sich nicht mehr lohnen?',
        levels: [
          'Projekte werden fast nie gestoppt.',
          'Projekte werden erst nach offensichtlichem Scheitern gestoppt.',
          'Business Cases werden an wichtigen Meilensteinen erneut geprüft.',
          'Projekte werden auf Basis des verfolgten Nutzens gestoppt oder umgestaltet.',
          'Frühes Stoppen gilt als gute Praxis, und die Einsparungen werden berichtet.',
        ],
      },
      'res-visibility': {
        text: 'Können Sie sehen, wer an welchem Projekt arbeitet?',
        levels: [
          'Nein; jeder kennt nur seine eigene Auslastung.',
          'Linienvorgesetzte wissen es für ihre eigenen Teams.',
          'Es gibt eine teamübergreifende gemeinsame Übersicht der Zuordnungen.',
          'Zuordnungen und Verfügbarkeit werden in einem Werkzeug geführt und aktuell gehalten.',
          'Auslastungsdaten dienen zur Planung von Einstellungen und Schulungen.',
        ],
      },
      'res-allocation': {
        text: 'Wie werden Personen Projekten zugeordnet?',
        levels: [
          'Wer frei oder willig ist, wird hinzugezogen.',
          'Führungskräfte verhandeln Personen Projekt für Projekt.',
          'Zuordnungen folgen vereinbarten Prioritäten und einem definierten Prozess.',
          'Die Kapazität wird vorausschauend für das ganze Portfolio geplant.',
          'Die Zuordnung wird nach Fähigkeiten, Prioritäten und prognostiziertem Bedarf optimiert.',
        ],
      },
      'res-conflicts': {
        text: 'Was passiert, wenn zwei Projekte dieselbe Person brauchen?',
        levels: [
          'Die Person jongliert beides, und Termine verschieben sich.',
          'Die durchsetzungsstärkere Führungskraft gewinnt.',
          'Konflikte werden über einen bekannten Weg eskaliert.',
          'Konflikte werden in Kapazitätsplänen vorhergesehen und geklärt, bevor sie schaden.',
          'Wiederkehrende Engpässe werden durch gezielten Kompetenzaufbau beseitigt.',
        ],
      },
      'res-forecast': {
        text: 'Wie weit im Voraus wird der Ressourcenbedarf prognostiziert?',
        levels: [
          'Er wird nicht prognostiziert.',
          'Einige Wochen im Voraus für die größten Projekte.',
          'Ein Quartal im Voraus für die meisten Projekte.',
          'Bedarf und Angebot werden für das Jahr abgeglichen, und Lücken werden angegangen.',
          'Die Prognosegenauigkeit wird gemessen und die Methode verbessert.',
        ],
      },
      'rep-status': {
        text: 'Wie erfährt das Management den Status der Projekte?',
        levels: [
          'Durch Herumfragen oder wenn etwas schiefgeht.',
          'Einige Projektleiter schicken Berichte, jeder in seinem Format.',
          'Alle Projekte berichten ihren Status in einem gemeinsamen Format und festem Rhythmus.',
          'Der Status wird in einer Portfolioübersicht konsolidiert, die das Management nutzt.',
          'Das Berichtswesen ist weitgehend automatisiert, und Trends lösen frühe Maßnahmen aus.',
        ],
      },
      'rep-metrics': {
        text: 'Welche Kennzahlen werden in Projekten verfolgt?',
        levels: [
          'Keine durchgängig.',
          'Das verbrauchte Budget, in manchen Projekten.',
          'Termine, Kosten und Umfang werden in allen Projekten verfolgt.',
          'Kennzahlen werden mit Baselines und zwischen Projekten verglichen.',
          'Kennzahlen dienen dazu, Ergebnisse vorherzusagen und Schätzungen zu verbessern.',
        ],
      },
      'rep-truth': {
        text: 'Gibt es eine verlässliche zentrale Quelle für Projektdaten?',
        levels: [
          'Nein; die Zahlen unterscheiden sich je nachdem, wen man fragt.',
          'Jeder Bereich hat seine eigenen Zahlen.',
          'Eine vereinbarte Quelle existiert, ist aber oft veraltet.',
          'Eine Quelle ist aktuell, und das Management vertraut ihr.',
          'Die Qualität der Quelle wird geprüft, und sie dient für Prognosen.',
        ],
      },
      'rep-benefits': {
        text: 'Wird der Nutzen abgeschlossener Projekte gemessen?',
        levels: [
          'Nein.',
          'Gelegentlich, wenn jemand danach fragt.',
          'Der erwartete Nutzen wird zu Beginn festgehalten und am Ende geprüft.',
          'Der Nutzen wird nach dem Abschluss verfolgt und dem Management berichtet.',
          'Die Nutzenergebnisse fließen in die Projektauswahl zurück.',
        ],
      },
      'rc-risks': {
        text: 'Wie wird mit Projektrisiken umgegangen?',
        levels: [
          'Risiken werden behandelt, wenn sie eintreten.',
          'Erfahrene Projektleiter führen eigene Risikolisten.',
          'Jedes Projekt führt ein Risikoregister mit Verantwortlichen und Maßnahmen.',
          'Risiken werden projektübergreifend geprüft und nach vereinbarten Schwellen eskaliert.',
          'Risikodaten früherer Projekte verbessern die Bewertung neuer Risiken.',
        ],
      },
      'rc-issues': {
        text: 'Wie werden Probleme bis zur Lösung verfolgt?',
        levels: [
          'Probleme stecken in E-Mails und Köpfen.',
          'Einige Projekte führen eine Problemliste.',
          'In allen Projekten wird ein einheitliches Problemprotokoll genutzt.',
          'Das Alter der Probleme wird überwacht, und überfällige werden eskaliert.',
          'Die Ursachen häufiger Probleme werden analysiert und beseitigt.',
        ],
      },
      'rc-change': {
        text: 'Wie werden Änderungen an Umfang, Zeit oder Budget genehmigt?',
        levels: [
          'Änderungen geschehen, ohne dass jemand sie genehmigt.',
          'Große Änderungen werden informell mit dem Auftraggeber besprochen.',
          'Es gibt einen Änderungsantragsprozess mit Änderungsprotokoll.',
          'Jede Änderung wird auf ihre Auswirkung geprüft und auf der richtigen Ebene genehmigt.',
          'Änderungsmuster werden analysiert, um die Planung zu verbessern.',
        ],
      },
      'rc-cross': {
        text: 'Werden Risiken, die mehrere Projekte betreffen, gemeinsam betrachtet?',
        levels: [
          'Nein; jedes Projekt sieht nur seine eigenen Risiken.',
          'Manchmal, in informellen Gesprächen.',
          'Gemeinsame Risiken werden an einem Ort gesammelt.',
          'Projektübergreifende Risiken werden von einem benannten Verantwortlichen mit Plan gesteuert.',
          'Die Organisation erkennt systemische Risiken frühzeitig aus Portfoliodaten.',
        ],
      },
      'cmp-training': {
        text: 'Wie lernen Projektleiter ihr Handwerk?',
        levels: [
          'Bei der Arbeit, durch Versuch und Irrtum.',
          'Einige besuchen aus eigener Initiative externe Kurse.',
          'Es gibt einen Schulungspfad für Projektleiter.',
          'Schulungen werden anhand ermittelter Kompetenzlücken geplant.',
          'Schulungsinhalte werden anhand von Projektergebnissen und Rückmeldungen verbessert.',
        ],
      },
      'cmp-support': {
        text: 'Wo bekommt ein Projektleiter Hilfe bei einem schwierigen Projekt?',
        levels: [
          'Nirgends im Besonderen.',
          'Bei einem Kollegen, den er zufällig kennt.',
          'Bei einer bekannten Anlaufstelle oder einem Unterstützungsteam.',
          'Gefährdeten Projekten werden Coaching und Reviews von sich aus angeboten.',
          'Die Unterstützung wird anhand der Erkenntnisse aus dem ganzen Portfolio zugeschnitten.',
        ],
      },
      'cmp-career': {
        text: 'Ist Projektmanagement eine anerkannte Rolle oder Laufbahn?',
        levels: [
          'Nein; Projekte werden nebenher geleitet.',
          'Die Bezeichnung gibt es, aber ohne klare Erwartungen.',
          'Rollenprofile und erwartete Kompetenzen sind definiert.',
          'Laufbahnstufen, Beurteilung und Zertifizierung sind eingerichtet.',
          'Das Laufbahnmodell wird an dem gemessen, was die Organisation braucht.',
        ],
      },
      'cmp-knowledge': {
        text: 'Wie wird Know-how zwischen Projektleitern geteilt?',
        levels: [
          'Es wird nicht geteilt.',
          'Durch gelegentlichen informellen Austausch.',
          'Es gibt eine regelmäßige Community oder ein Treffen der Projektleiter.',
          'Gute Praktiken werden gesammelt und sind leicht zu finden.',
          'Geteiltes Wissen wird gepflegt, und seine Wiederverwendung ist messbar.',
        ],
      },
      'tl-planning': {
        text: 'Mit welchen Werkzeugen werden Projekte geplant und terminiert?',
        levels: [
          'Mit dem, was jeder bevorzugt, oft mit nichts.',
          'Mit Tabellenkalkulationen in unterschiedlichem Aufbau.',
          'Mit einem Standard-Planungswerkzeug für alle Projekte.',
          'Das Werkzeug ist mit Berichts- und Ressourcendaten verbunden.',
          'Die Werkzeugnutzung wird überprüft und die Ausstattung anhand von Belegen verbessert.',
        ],
      },
      'tl-documents': {
        text: 'Wo liegen die Projektdokumente?',
        levels: [
          'Auf persönlichen Laufwerken und in Postfächern.',
          'In Teamordnern, jeder anders organisiert.',
          'In einer gemeinsamen Ablage mit einheitlicher Struktur.',
          'Zugriff, Versionen und Aufbewahrung sind geregelt.',
          'Inhalte sind durchsuchbar und werden projektübergreifend wiederverwendet.',
        ],
      },
      'tl-integration': {
        text: 'Teilen die Werkzeuge ihre Daten, oder wird alles neu eingetippt?',
        levels: [
          'Alles wird von Hand neu eingetippt.',
          'Einige Exporte werden zwischen Werkzeugen kopiert.',
          'Die wichtigsten Daten fließen zwischen den Hauptwerkzeugen.',
          'Projekt-, Finanz- und Ressourcendaten sind automatisch verknüpft.',
          'Integrationslücken werden überwacht und laufend geschlossen.',
        ],
      },
      'tl-adoption': {
        text: 'Nutzen die Beteiligten die vereinbarten Werkzeuge tatsächlich?',
        levels: [
          'Es gibt keine vereinbarten Werkzeuge.',
          'Die Nutzung ist lückenhaft und hängt von der Person ab.',
          'Die meisten Projekte nutzen die vereinbarten Werkzeuge.',
          'Die Nutzung ist durchgängig, und die Datenqualität wird geprüft.',
          'Die Nutzer gestalten die Weiterentwicklung der Werkzeuge mit.',
        ],
      },
      'lc-initiation': {
        text: 'Wie wird ein Projekt gestartet?',
        levels: [
          'Die Arbeit beginnt einfach.',
          'Größere Projekte schreiben zuerst eine kurze Beschreibung.',
          'Jedes Projekt hat einen Projektauftrag mit Zielen, Umfang und Auftraggeber.',
          'Projektaufträge werden nach festgelegten Kriterien geprüft und freigegeben.',
          'Der Projektstart wird anhand dessen verbessert, was später schiefging.',
        ],
      },
      'lc-planning': {
        text: 'Wie werden Projekte geplant?',
        levels: [
          'Kaum oder gar nicht vor der Umsetzung.',
          'Für manche Projekte gibt es Pläne, meist als Aufgabenlisten.',
          'Jedes Projekt hat einen Plan für Umfang, Termine, Kosten und Qualität.',
          'Pläne haben eine Baseline, und der Fortschritt wird daran gemessen.',
          'Schätzungen werden durch den Vergleich von Plänen mit Ist-Ergebnissen besser.',
        ],
      },
      'lc-closure': {
        text: 'Wie werden Projekte abgeschlossen?',
        levels: [
          'Sie verlaufen im Sande; niemand schließt sie formal ab.',
          'Manche werden mit einer Abschlussbesprechung beendet.',
          'Eine Abschluss-Checkliste umfasst Übergabe, Abnahme und offene Punkte.',
          'Der Abschluss wird vom Auftraggeber bestätigt und berichtet.',
          'Abschlussdaten werden projektübergreifend analysiert, um die Umsetzung zu verbessern.',
        ],
      },
      'lc-lessons': {
        text: 'Was geschieht mit den Lessons Learned?',
        levels: [
          'Sie werden nicht gesammelt.',
          'Sie werden besprochen, aber nicht aufgeschrieben.',
          'Sie werden an einem gemeinsamen Ort festgehalten.',
          'Neue Projekte müssen beim Start die relevanten Lessons Learned prüfen.',
          'Lessons Learned führen zu nachverfolgten Änderungen der Methode.',
        ],
      },
      'sh-identify': {
        text: 'Werden die von einem Projekt Betroffenen von Anfang an ermittelt?',
        levels: [
          'Nein; sie erfahren es, wenn die Veränderung sie erreicht.',
          'Die offensichtlichen, bei größeren Projekten.',
          'Für jedes Projekt wird eine Stakeholderliste erstellt.',
          'Stakeholder werden nach Einfluss und Interesse analysiert und entsprechend eingebunden.',
          'Die Formen der Einbindung werden anhand von Rückmeldungen verfeinert.',
        ],
      },
      'sh-communication': {
        text: 'Wie kommunizieren Projekte mit ihren Stakeholdern?',
        levels: [
          'Nur auf Nachfrage.',
          'Mit gelegentlichen Updates des Projektleiters.',
          'Ein Kommunikationsplan legt Zielgruppe, Kanal und Rhythmus fest.',
          'Die Wirkung der Kommunikation wird geprüft und angepasst.',
          'Kommunikationspraxis wird projektübergreifend geteilt und verbessert.',
        ],
      },
      'sh-expectations': {
        text: 'Werden die Erwartungen der Stakeholder erfasst und gesteuert?',
        levels: [
          'Erwartungen bleiben unausgesprochen, bis jemand enttäuscht ist.',
          'Die wichtigsten Erwartungen werden zu Beginn besprochen.',
          'Erwartungen werden schriftlich festgehalten und vereinbart.',
          'Erwartungen werden in jeder Phase erneut geprüft und Lücken geschlossen.',
          'Die Zufriedenheit wird gemessen und zur Verbesserung der Umsetzung genutzt.',
        ],
      },
      'sh-sponsor': {
        text: 'Wie engagiert sind die Auftraggeber während des Projekts?',
        levels: [
          'Auftraggeber sind nach der Freigabe abwesend.',
          'Auftraggeber greifen in einer Krise ein.',
          'Auftraggeber nehmen an den geplanten Sitzungen des Lenkungsausschusses teil.',
          'Auftraggeber räumen aktiv Hindernisse aus dem Weg und verfolgen den Nutzen.',
          'Die Rolle des Auftraggebers wird gecoacht und bewertet.',
        ],
      },
    },
  });
