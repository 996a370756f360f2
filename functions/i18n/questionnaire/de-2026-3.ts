import type { EditionText } from './types';

/** Ausgabe 2026.3 auf Deutsch: eine Sache je Frage, Stufen 3 und 4 durch Fähigkeit getrennt, eine beobachtbare Stufe 5. */
let made: EditionText | undefined;

/** Built on first use, with the rest of the texts of this language. */
export const deEdition2026_3 = (): EditionText =>
  (made ??= {
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
          'Jede Projektleitung arbeitet auf ihre eigene Art.',
          'Einige Teams greifen formlos auf Bewährtes zurück.',
          'Die Projekte folgen einer vereinbarten Arbeitsweise.',
          'Abweichungen von der vereinbarten Arbeitsweise werden festgehalten und geprüft.',
          'Ein Schritt der Arbeitsweise wurde geändert, nachdem Projektergebnisse gezeigt hatten, dass er nicht funktioniert.',
        ],
      },
      'std-formats': {
        text: 'Nutzen Projekte gemeinsame Vorlagen für ihre Dokumente?',
        levels: [
          'Nein; jedes Dokument beginnt mit einem leeren Blatt.',
          'Einige Teams reichen ihre eigenen Formate weiter.',
          'Ja; gemeinsame Vorlagen werden im Alltag genutzt.',
          'Die Nutzung der Vorlagen wird geprüft, ungenutzte fallen auf.',
          'Eine Vorlage, die gemieden wurde, wurde überarbeitet oder zurückgezogen.',
        ],
      },
      'std-vocabulary': {
        text: 'Wenn zwei Projekte „fertig“ oder „gefährdet“ sagen, meinen sie dasselbe?',
        levels: [
          'Nein, es hängt davon ab, wer es sagt.',
          'Innerhalb einiger Teams, ja.',
          'Ja; die Begriffe sind vereinbart, und Neue lernen sie.',
          'Die vereinbarten Begriffe sind in Werkzeuge und Berichte eingebaut.',
          'Ein Begriff, der Verwirrung stiftete, wurde neu gefasst, und Sie wurden informiert.',
        ],
      },
      'std-tailoring': {
        text: 'Wie wird die Arbeitsweise an die Größe eines Projekts angepasst?',
        levels: [
          'Gar nicht; es gibt keine gemeinsame Arbeitsweise.',
          'Erfahrene Projektleitungen passen nach Gefühl an.',
          'Ein schlankerer oder vollständigerer Weg wird nach vereinbarten Regeln gewählt.',
          'Der gewählte Weg wird zu Beginn festgehalten und geprüft.',
          'Die Regeln wurden geändert, nachdem ein Projekt den falschen Weg erhalten hatte.',
        ],
      },
      'gov-checkpoints': {
        text: 'Wie wird entschieden, ob ein laufendes Projekt fortgesetzt wird?',
        levels: [
          'Es läuft weiter; niemand entscheidet.',
          'Bei großen Projekten greift eine Führungskraft ein.',
          'Es gibt vereinbarte Entscheidungspunkte, an denen eine benannte Person entscheidet.',
          'Jede Entscheidung stützt sich auf dieselben Fakten und wird festgehalten.',
          'Eine Entscheidungsregel wurde überarbeitet, nachdem frühere Entscheidungen rückblickend geprüft wurden.',
        ],
      },
      'gov-decider': {
        text: 'Wissen die Beteiligten eines Projekts, wer das letzte Wort hat?',
        levels: [
          'Nein; das ist unklar.',
          'Bei großen Projekten, vom Hörensagen.',
          'Ja; diese Person wird zu Beginn benannt, und man wendet sich an sie.',
          'Offene Entscheidungen werden festgehalten, mit wer sie bis wann treffen muss.',
          'Als Entscheidungen stockten, haben Sie erlebt, wie die Entscheidungsrechte neu verteilt wurden.',
        ],
      },
      'gov-compliance': {
        text: 'Was passiert, wenn ein Projekt eine vereinbarte Regel übergeht?',
        levels: [
          'Niemand merkt es; es gibt keine gemeinsamen Regeln.',
          'Es fällt auf, wenn etwas schiefgeht.',
          'Projektreviews bemerken es, und es wird behoben.',
          'Verstöße werden gezählt; wiederholte gehen an das Management.',
          'Eine Regel, die Projekte immer wieder übergingen, wurde neu gefasst oder gestrichen.',
        ],
      },
      'gov-escalation': {
        text: 'Wie gelangen festgefahrene Probleme zu einer Entscheidung?',
        levels: [
          'Zufällig, oft zu spät.',
          'Über persönliche Kontakte.',
          'Ein bekannter Weg mit Fristen wird genutzt.',
          'Wie lange Eskalationen dauern, wird verfolgt.',
          'Sie haben erlebt, wie der Weg dort verkürzt wurde, wo er sich als langsam erwiesen hatte.',
        ],
      },
      'pf-inventory': {
        text: 'Kann heute jemand alle laufenden Projekte auflisten?',
        levels: [
          'Eine solche Liste gibt es nicht.',
          'Teilweise, durch Herumfragen.',
          'Ja; die Liste wird aktuell gehalten und in Besprechungen genutzt.',
          'Ja, mit Kosten, Status und verantwortlicher Person je Projekt.',
          'Bei der letzten Portfolioprüfung hat die Liste verändert, welche Projekte weiterliefen.',
        ],
      },
      'pf-selection': {
        text: 'Wie werden neue Projekte ausgewählt?',
        levels: [
          'Wer am lautesten fragt, bekommt eines.',
          'Führungskräfte wählen von Fall zu Fall.',
          'Vorschläge werden nach denselben Kriterien verglichen.',
          'Die Kriterien werden bewertet und an strategische Ziele geknüpft.',
          'Nachdem gelieferte Projekte hinter den Erwartungen blieben, wurden die Kriterien neu gewichtet.',
        ],
      },
      'pf-priority': {
        text: 'Wie wird bei Konflikten zwischen Projekten die Priorität geklärt?',
        levels: [
          'Gar nicht; alles ist dringend.',
          'Durch Eskalation, von Fall zu Fall.',
          'Eine vereinbarte Rangfolge klärt Konflikte.',
          'Die Rangfolge wird in festem Rhythmus überprüft.',
          'Das Verfahren der Rangfolge wurde überarbeitet, nachdem es das falsche Projekt vorn gesehen hatte.',
        ],
      },
      'pf-stop': {
        text: 'Werden Projekte gestoppt, die sich nicht mehr lohnen?',
        levels: [
          'Nie; begonnen heißt beendet.',
          'Selten, nach sichtbarem Scheitern.',
          'Ja, wenn ein Review es zeigt.',
          'Ja, anhand vereinbarter Warnsignale, die jemand beobachtet.',
          'Nachdem ein Projekt zu lange weiterlief, wurden die Stoppsignale verschärft.',
        ],
      },
      'res-view': {
        text: 'Sehen Führungskräfte, wer an welchem Projekt arbeitet?',
        levels: [
          'Nein.',
          'Pro Team, nicht teamübergreifend.',
          'Ja, in einer gemeinsamen Übersicht, die bei Besetzungsfragen genutzt wird.',
          'Die Übersicht zeigt die Auslastung jeder Person und markiert Überlastung.',
          'Die Übersicht wurde erweitert, nachdem sie einen Konflikt übersehen hatte, der einem Projekt schadete.',
        ],
      },
      'res-allocation': {
        text: 'Wie werden Personen Projekten zugeordnet?',
        levels: [
          'Wer frei ist oder gefragt wird, übernimmt es.',
          'Linienvorgesetzte entscheiden von Fall zu Fall.',
          'Zuordnungen folgen einem vereinbarten Ablauf.',
          'Zuordnungen wägen Fähigkeiten gegen die aktuelle Auslastung ab.',
          'Sie haben erlebt, wie sich der Ablauf nach einer Fehlbesetzung änderte.',
        ],
      },
      'res-conflicts': {
        text: 'Was passiert, wenn zwei Projekte dieselbe Person brauchen?',
        levels: [
          'Die Person jongliert mit beidem.',
          'Führungskräfte verhandeln jedes Mal neu.',
          'Eine bekannte Regel klärt den Konflikt.',
          'Konflikte werden aus den Plänen vorhergesehen und geklärt, bevor sie schaden.',
          'Ein immer wiederkehrender Konflikt führte zu Einstellungen oder Umsetzungen.',
        ],
      },
      'res-forecast': {
        text: 'Wird der Personalbedarf geplanter Projekte mit den verfügbaren Personen verglichen?',
        levels: [
          'Nein.',
          'Für einzelne Projekte, bei ihrer Besetzung.',
          'Ja, Projekt für Projekt, vor jedem Start.',
          'Ja, als ein Gesamtbild, Monate im Voraus.',
          'Frühere Prognosen wurden mit dem tatsächlichen Verlauf verglichen, und die Methode wurde geändert.',
        ],
      },
      'rep-status': {
        text: 'Wie erfährt das Management, wie es um die Projekte steht?',
        levels: [
          'Wenn jemand fragt oder etwas scheitert.',
          'Einige Projekte berichten, jedes auf seine Art.',
          'Die Projekte berichten einheitlich in festem Rhythmus.',
          'Berichte werden auf Vollständigkeit geprüft; fehlende werden angemahnt.',
          'Ein Berichtsteil, den niemand las, wurde gestrichen, und ein fehlender ergänzt.',
        ],
      },
      'rep-plan-gap': {
        text: 'Wird der Fortschritt mit dem zu Beginn vereinbarten Plan verglichen?',
        levels: [
          'Nein.',
          'Bei einigen Projekten, ab und zu.',
          'Ja; Abweichungen vom vereinbarten Plan werden in Reviews besprochen.',
          'Abweichungen werden an vereinbarten Grenzen gemessen, ab denen gehandelt wird.',
          'Die Grenzen wurden neu gesetzt, nachdem sie zu spät oder zu oft gewarnt hatten.',
        ],
      },
      'rep-truth': {
        text: 'Wenn sich zwei Berichte über ein Projekt widersprechen, welcher gilt?',
        levels: [
          'Niemand weiß es; die Zahlen werden jedes Mal neu zusammengestellt.',
          'Die eigene Datei der Projektleitung.',
          'Eine vereinbarte Quelle speist die Berichte.',
          'Diese Quelle wird planmäßig abgeglichen, und Fehler werden gezählt.',
          'Ein in einem Bericht gefundener Fehler wurde an der Quelle behoben, nicht nur im Bericht.',
        ],
      },
      'rep-decisions': {
        text: 'Was passiert, nachdem ein Bericht ein Problem zeigt?',
        levels: [
          'Meistens nichts.',
          'Jemand reagiert, wenn es ernst ist.',
          'Jede Warnung erhält eine verantwortliche Person und eine Maßnahme.',
          'Maßnahmen werden verfolgt, bis sich die Zahlen erholt haben.',
          'Die Schwelle für eine Warnung wurde verschoben, nachdem eine Warnung zu spät kam.',
        ],
      },
      'rc-risks': {
        text: 'Wie wird mit Projektrisiken umgegangen?',
        levels: [
          'Man kümmert sich, wenn sie eintreten.',
          'Einige Projektleitungen führen eine Liste.',
          'Die Teams prüfen Risiken regelmäßig und handeln.',
          'Jedes Risiko hat eine verantwortliche Person mit Termin; überfällige Maßnahmen werden angemahnt.',
          'Ein Risiko, das ein früheres Projekt traf, wird bei neuen Projekten jetzt vom ersten Tag an geprüft.',
        ],
      },
      'rc-issues': {
        text: 'Wie werden offene Probleme eines Projekts verfolgt?',
        levels: [
          'In den Köpfen oder Postfächern der Leute.',
          'In der eigenen Liste jeder Projektleitung.',
          'Sie werden in einer gemeinsamen Liste bis zur Lösung verfolgt.',
          'Wie lange Probleme offen bleiben, wird beobachtet.',
          'Bei einem immer wiederkehrenden Problem wurde die Ursache beseitigt.',
        ],
      },
      'rc-plan-change': {
        text: 'Wie wird eine Änderung am Plan eines Projekts vereinbart?',
        levels: [
          'Änderungen passieren einfach.',
          'Große werden formlos abgestimmt.',
          'Änderungen durchlaufen eine vereinbarte Entscheidung, ihre Auswirkung ist bekannt.',
          'Änderungen werden festgehalten, und ihre Gesamtwirkung auf den Plan wird verfolgt.',
          'Der Änderungsweg wurde beschleunigt, nachdem Änderungen zu lange warteten.',
        ],
      },
      'rc-cross': {
        text: 'Werden Risiken, die mehrere Projekte betreffen, gemeinsam betrachtet?',
        levels: [
          'Nein.',
          'Wenn Projektleitungen zufällig miteinander sprechen.',
          'Ja; gemeinsame Risiken werden geprüft und haben eine verantwortliche Person.',
          'Sie werden in festem Rhythmus geprüft, mit projektübergreifenden Maßnahmen.',
          'Nachdem ein gemeinsames Risiko durchgerutscht war, wurde die Prüfung so geändert, dass sie es erfasst.',
        ],
      },
      'cmp-training': {
        text: 'Wie lernen Projektleitungen ihr Handwerk?',
        levels: [
          'Auf sich allein gestellt.',
          'Einige besuchen zufällig Kurse.',
          'Projektleitungen werden geschult und wenden das Gelernte in ihren Projekten an.',
          'Die Schulung folgt einem Pfad, der zu den Projekten der jeweiligen Person passt.',
          'Ein Kurs wurde geändert, nachdem Projektergebnisse eine Lücke gezeigt hatten.',
        ],
      },
      'cmp-help': {
        text: 'Wo bekommt eine Projektleitung Hilfe bei einem schwierigen Problem?',
        levels: [
          'Nirgends im Besonderen.',
          'Bei hilfsbereiten Kolleginnen und Kollegen.',
          'Bei benannten Coaches, die tatsächlich in Anspruch genommen werden.',
          'Hilfeanfragen werden verfolgt, sodass lange Wartezeiten auffallen.',
          'Für ein Problem, das viele Projektleitungen immer wieder meldeten, wurde neue Hilfe geschaffen.',
        ],
      },
      'cmp-path': {
        text: 'Können Projektleitungen Schritt für Schritt zu größeren Projekten aufsteigen?',
        levels: [
          'Nein; Projekte leitet man nebenbei.',
          'Manche wachsen zufällig hinein, ohne feste Stufen.',
          'Ja; es gibt vereinbarte Stufen, und Projektleitungen durchlaufen sie.',
          'Fähigkeiten werden auf jeder Stufe bewertet und der Projektgröße zugeordnet.',
          'Die Stufen wurden neu gefasst, als die Projekte neue Fähigkeiten verlangten.',
        ],
      },
      'cmp-knowledge': {
        text: 'Kann ein Projekt nutzen, was andere gelernt haben?',
        levels: [
          'Nein; Erkenntnisse gehen verloren.',
          'Durch Herumfragen.',
          'Ja; Projekte sehen sich zu Beginn frühere Erkenntnisse an.',
          'Zu Beginn wird geprüft, ob frühere Erkenntnisse genutzt wurden.',
          'Sie haben erlebt, wie eine Erkenntnis aus einem Projekt einem anderen dieselben Schwierigkeiten erspart hat.',
        ],
      },
      'tl-shared-tool': {
        text: 'Womit planen Projekte ihre Arbeit?',
        levels: [
          'Womit jede Person möchte.',
          'Mit einigen Werkzeugen, je nach Team verschieden.',
          'Mit einem gemeinsamen Werkzeug, das täglich genutzt wird.',
          'Das Werkzeug zeigt, wie aktuell jeder Plan ist, und veraltete Pläne werden angemahnt.',
          'Die Einrichtung des Werkzeugs wurde geändert, nachdem Nutzende gezeigt hatten, wo es im Weg war.',
        ],
      },
      'tl-find': {
        text: 'Finden die Beteiligten die aktuellen Dokumente eines Projekts?',
        levels: [
          'Selten.',
          'Wenn sie wissen, wen sie fragen können.',
          'Ja, an einem gemeinsamen Ort.',
          'Ja; Versionen sind eindeutig, und der Ort wird regelmäßig aufgeräumt.',
          'Die Ablage wurde neu geordnet, nachdem Leute Dinge nicht gefunden hatten.',
        ],
      },
      'tl-once': {
        text: 'Werden Projektdaten nur einmal erfasst?',
        levels: [
          'Nein; dieselben Zahlen werden oft neu eingegeben.',
          'Manche Doppeleingabe wird von Hand vermieden.',
          'Die zentralen Zahlen werden einmal erfasst und von dort weiterverwendet.',
          'Verbleibende Doppeleingaben sind bekannt, und Fehler daraus werden verfolgt.',
          'Eine Verbindung zwischen Werkzeugen wurde geschaffen, um eine fehlerträchtige Doppeleingabe zu beenden.',
        ],
      },
      'tl-adoption': {
        text: 'Halten die Beteiligten die gemeinsamen Werkzeuge aktuell?',
        levels: [
          'Es gibt keine gemeinsamen Werkzeuge.',
          'Einige Begeisterte tun es.',
          'Die Leute halten sie ohne Erinnerung aktuell.',
          'Veraltete Einträge fallen über das Werkzeug selbst schnell auf.',
          'Ein Teil der Werkzeuge, den niemand mehr nutzte, wurde geändert oder entfernt.',
        ],
      },
      'lc-initiation': {
        text: 'Wie beginnt ein Projekt?',
        levels: [
          'Die Arbeit fängt einfach an.',
          'Große Projekte haben ein Kick-off.',
          'Ziel, Umfang und Auftraggeber werden vor Arbeitsbeginn vereinbart.',
          'Diese Vereinbarung wird geprüft, bevor die Arbeit beginnen darf.',
          'Die Startschritte wurden geändert, nachdem ein Projekt schlecht angelaufen war.',
        ],
      },
      'lc-planning': {
        text: 'Wie wird ein Projekt geplant?',
        levels: [
          'Gar nicht, oder nur im Kopf von jemandem.',
          'Für einige Projekte gibt es Pläne.',
          'Projekte planen und planen neu, während sie dazulernen.',
          'Pläne werden mit dem tatsächlichen Verlauf verglichen.',
          'Die Art zu schätzen änderte sich, nachdem frühere Schätzungen danebenlagen.',
        ],
      },
      'lc-closure': {
        text: 'Wie endet ein Projekt?',
        levels: [
          'Es läuft aus.',
          'Einige werden förmlich übergeben.',
          'Ergebnisse werden übergeben, und die Beteiligten werden freigegeben.',
          'Der Abschluss verlangt die Abnahme der Ergebnisse durch den Auftraggeber.',
          'Die Übergabe wurde geändert, nachdem Nutzende mit einem gelieferten Ergebnis zu kämpfen hatten.',
        ],
      },
      'lc-lessons': {
        text: 'Werden am Ende von Projekten Lehren gezogen?',
        levels: [
          'Nein.',
          'Manchmal, formlos.',
          'Projekte halten einen Abschlussrückblick und handeln danach.',
          'Maßnahmen aus Rückblicken werden bis zur Erledigung verfolgt.',
          'Ein Abschlussrückblick führte zu einer sichtbaren Änderung der gemeinsamen Arbeitsweise.',
        ],
      },
      'sh-identify': {
        text: 'Sind die Menschen, die ein Projekt betrifft, früh bekannt?',
        levels: [
          'Nein; sie tauchen überraschend auf.',
          'Die offensichtlichen.',
          'Sie werden zu Beginn erfasst und einbezogen.',
          'Ihr Einfluss auf das Projekt wird abgewogen.',
          'Eine bei einem früheren Projekt übersehene Gruppe wird jetzt von Anfang an gefragt.',
        ],
      },
      'sh-communication': {
        text: 'Wie werden die Menschen, die ein Projekt betrifft, auf dem Laufenden gehalten?',
        levels: [
          'Wenn sie sich beschweren.',
          'Einige Projekte verschicken Neuigkeiten.',
          'Neuigkeiten gehen in vereinbartem Rhythmus hinaus.',
          'Neuigkeiten werden auf den Bedarf jedes Publikums zugeschnitten.',
          'Die Neuigkeiten änderten sich, nachdem ihre Empfänger gesagt hatten, was ihnen fehlte.',
        ],
      },
      'sh-agreed': {
        text: 'Werden die Erwartungen wichtiger Stakeholder zu Beginn vereinbart?',
        levels: [
          'Nein.',
          'Nur mit dem Auftraggeber.',
          'Ja; die wichtigen Personen einigen sich darauf, was das Projekt liefert.',
          'Vereinbarte Erwartungen werden an jedem Entscheidungspunkt erneut geprüft.',
          'Nachdem ein Stakeholder enttäuscht worden war, änderte sich, wie Erwartungen vereinbart werden.',
        ],
      },
      'sh-sponsor-role': {
        text: 'Was tut der Auftraggeber eines Projekts tatsächlich?',
        levels: [
          'Es gibt keinen Auftraggeber.',
          'Zeichnet den Start ab und zieht sich dann zurück.',
          'Trifft Entscheidungen und räumt Hindernisse aus dem Weg, wenn man ihn fragt.',
          'Verfolgt die Fortschrittszahlen und greift ein, bevor Probleme wachsen.',
          'Nach einem Projektrückblick haben die Auftraggeber sichtbar geändert, wie sie steuern.',
        ],
      },
      'ben-stated': {
        text: 'Wird der erwartete Nutzen eines Projekts vor dem Start messbar beschrieben?',
        levels: [
          'Nein.',
          'In allgemeinen Worten.',
          'Ja, als messbarer Gewinn mit einer verantwortlichen Person.',
          'Ja, mit dem heutigen Wert gemessen, sodass der Gewinn später belegt werden kann.',
          'Nutzenschätzungen wurden zurückgenommen, nachdem frühere sich als zu rosig erwiesen hatten.',
        ],
      },
      'ben-follow': {
        text: 'Wird der Nutzen nach der Lieferung weiterverfolgt?',
        levels: [
          'Nein.',
          'Anekdotisch.',
          'Ja; die für den Nutzen verantwortliche Person verfolgt ihn.',
          'Er wird in festem Rhythmus am Ausgangswert gemessen.',
          'Die Nachverfolgung wurde geändert, nachdem sie einen ausgebliebenen Nutzen übersehen hatte.',
        ],
      },
      'ben-decide': {
        text: 'Verändert der erwartete Nutzen Entscheidungen während eines Projekts?',
        levels: [
          'Nie.',
          'Nur wenn ein Projekt deutlich scheitert.',
          'Ja, er wird an Entscheidungspunkten berücksichtigt.',
          'Ja, mit vereinbarten Schwellen, die ein Umdenken erzwingen.',
          'Die Schwellen wurden neu gesetzt, nachdem frühere Entscheidungen sie als falsch erwiesen hatten.',
        ],
      },
      'ben-learn': {
        text: 'Wird der erzielte Nutzen mit dem Versprochenen verglichen?',
        levels: [
          'Nein.',
          'Bei einigen großen Projekten.',
          'Ja; Lücken werden besprochen.',
          'Lücken werden gemessen und fließen in die nächsten Business Cases ein.',
          'Eine immer wieder beobachtete Lücke führte zu einer neuen Regel für Business Cases.',
        ],
      },
      'fin-budget': {
        text: 'Wie wird das Budget eines Projekts festgelegt?',
        levels: [
          'Gar nicht; Kosten werden bezahlt, wie sie anfallen.',
          'Eine grobe Zahl für große Projekte.',
          'Projekte erhalten ein Budget auf Basis einer Schätzung.',
          'Budgets enthalten vereinbarte Reserven für bekannte Risiken.',
          'Die Schätzregeln wurden geändert, nachdem die Ist-Kosten ein Muster gezeigt hatten.',
        ],
      },
      'fin-cost-check': {
        text: 'Werden die Projektkosten mit dem Budget verglichen?',
        levels: [
          'Nein.',
          'Am Ende, wenn überhaupt.',
          'Ja, monatlich, mit Maßnahmen bei Abweichungen.',
          'Ja, mit den erwarteten Endkosten, monatlich aktualisiert.',
          'Die Kostenprüfung wurde geändert, nachdem eine Überschreitung zu spät bemerkt worden war.',
        ],
      },
      'fin-case': {
        text: 'Braucht ein Projekt einen Business Case, um zu starten?',
        levels: [
          'Nein.',
          'Große Projekte, formlos.',
          'Ja; Projekte starten mit einem kurzen, vereinbarten Business Case.',
          'Der Business Case wird an Entscheidungspunkten mit aktuellen Zahlen erneut geprüft.',
          'Die Regeln für Business Cases wurden verschärft, nachdem Ergebnisse hinter den Business Cases zurückblieben.',
        ],
      },
      'fin-total': {
        text: 'Sind die gesamten Projektausgaben bekannt?',
        levels: [
          'Niemand kennt die Gesamtsumme.',
          'Einmal im Jahr, grob.',
          'Ja; sie werden in festem Rhythmus zusammengeführt und geprüft.',
          'Ja, monatlich, gegen die geplante Gesamtsumme.',
          'Die Finanzierungsregeln änderten sich, nachdem die Summen Geld in schwachen Projekten gebunden zeigten.',
        ],
      },
    },
  });
