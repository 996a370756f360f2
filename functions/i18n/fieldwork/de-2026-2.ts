import type { KitDimensions } from '../../core/fieldwork/types';

/**
 * Die Validierungsmappe der Ausgabe 2026.2 auf Deutsch, nach Dimensions-Id: Interviewfragen nach
 * Rolle, woran man eine Antwort auf jeder Stufe erkennt, und welche Dokumente jede Stufe belegen
 * würden. Ausgabe 2026.1 liest sie ebenfalls (gleiche Ids, gleiche Bedeutung).
 */
export const KIT_DE_2026_2: KitDimensions = {
  standards: {
    interview: {
      'project-manager': [
        'Wie haben Sie Ihr letztes Projekt gestartet und geplant? Welche Schritte haben Sie gemacht, weil die Organisation sie erwartet, und welche aus eigener Wahl?',
        'Wann sind Sie zuletzt vom gemeinsamen Vorgehen abgewichen? Wer hat zugestimmt, und wo steht das?',
      ],
      'team-member': [
        'Wenn Sie morgen in ein anderes Projekt wechselten: Was liefe genauso, und was müssten Sie neu lernen?',
      ],
      management: ['Woran erkennen Sie, ob die Projekte in Ihrem Bereich dem vereinbarten Vorgehen folgen?'],
      executive: ['Wenn zwei Projekte „im Plan“ melden, wie sicher sind Sie, dass beide dasselbe meinen?'],
    },
    listenFor: [
      '„Jeder macht es auf seine Art“; die Methode ist, was die Projektleitung mitbringt; keine gemeinsamen Begriffe.',
      'Gute Praxis wandert mündlich zwischen einzelnen Personen oder Teams; Formate werden vom letzten Projekt kopiert.',
      'Ein beschriebenes, nach Größe skaliertes Vorgehen, das die meisten Projekte tatsächlich nutzen; alle nennen ungefragt dieselben Schritte und Begriffe.',
      'Abweichungen werden beantragt und festgehalten; jemand prüft die Anwendung und kann sagen, wie viele Projekte ihr folgen.',
      'Die Methode hat eine benannte Verantwortung und eine Änderungshistorie; Änderungen kommen aus Projektreviews und Rückmeldungen der Nutzer.',
    ],
    documents: [
      'Nichts zu erwarten. Lassen Sie sich zwei aktuelle Projektpläne zeigen: Wie verschieden sind sie?',
      'Vorlagen oder Checklisten einzelner Teams; dasselbe Format in zwei oder drei Projekten wiederverwendet.',
      'Die Methode oder das Handbuch mit Regeln zur Skalierung; Pläne, Statusberichte und Abschlussnotizen mehrerer Projekte in den gemeinsamen Formaten.',
      'Ein Register genehmigter Abweichungen; Prüf- oder Assurance-Ergebnisse je Projekt; der Anteil der Projekte, die der Methode folgen.',
      'Das Änderungsprotokoll der Methode, jede Änderung auf eine Lessons-learned-Erkenntnis, ein Review oder Nutzerfeedback zurückgeführt.',
    ],
  },
  governance: {
    interview: {
      executive: [
        'Erzählen Sie vom letzten Projekt, das gestoppt oder neu zugeschnitten wurde. Wer hat entschieden, wann, und auf welcher Grundlage?',
        'Welche Entscheidungen über Projekte landen bei Ihnen, und welche wollen Sie nie sehen?',
      ],
      management: [
        'Wie gelangt ein Problem, das ein Projekt nicht lösen kann, zu der Person, die entscheiden kann? Wie lange dauert das?',
      ],
      controller: ['Was muss ein Projekt vorweisen, bevor es die nächste Budgettranche erhält?'],
      'project-manager': [
        'Wer ist Ihr Sponsor, und wann haben Sie ihn zuletzt um eine Entscheidung gebeten? Was ist passiert?',
      ],
    },
    listenFor: [
      'Projekte starten, weil jemand Ranghohes sie will; niemand kann sagen, wer entscheidet; Regeln gibt es nur auf Papier.',
      'Einige große Projekte haben einen Sponsor und einen Lenkungsausschuss; Entscheidungen hängen davon ab, wer im Raum sitzt.',
      'Definierte Entscheidungspunkte mit Kriterien, in den meisten Projekten genutzt; Rollen (Sponsor, Leitung, Entscheider) sind bekannt und benannt.',
      'Gate-Entscheidungen werden protokolliert und nachverfolgt; Regelverstöße haben Folgen; Eskalationsfristen werden eingehalten.',
      'Die Governance selbst wird überprüft: Entscheidungsdauer und -wirkung werden gemessen, Regeln ohne Nutzen vereinfacht.',
    ],
    documents: [
      'Nichts zu erwarten. Fragen Sie, wie die letzten drei Projekte genehmigt wurden: Gibt es etwas Schriftliches?',
      'Protokolle von Lenkungsausschüssen einiger großer Projekte; ein Sponsor in manchen Projektaufträgen benannt.',
      'Ein Governance-Rahmen mit Entscheidungspunkten und Kriterien; Gate- bzw. Go/No-Go-Protokolle in den meisten Projekten; RACI oder Geschäftsordnungen.',
      'Ein Entscheidungslog mit Folgemaßnahmen; Audit- oder Compliance-Berichte zur Gate-Nutzung; ein Eskalationslog mit Entscheidungsdauern.',
      'Eine Überprüfung der Governance selbst (Entscheidungsdauer, übersprungene oder zusammengelegte Gates) und die daraus folgenden Änderungen.',
    ],
  },
  portfolio: {
    interview: {
      executive: [
        'Müssten Sie morgen ein Fünftel der Projekte streichen: Wie würden Sie wählen, und könnten Sie sie heute benennen?',
        'Wann wurde zuletzt ein Projekt aus strategischen statt aus finanziellen Gründen abgelehnt oder gestoppt?',
      ],
      management: [
        'Wenn zwei Ihrer Projekte um dieselben Leute oder dasselbe Budget konkurrieren: Wer entscheidet, und wie?',
      ],
      controller: [
        'Gibt es eine einzige Liste aller laufenden Projekte mit ihren Budgets? Wer pflegt sie, und wie aktuell ist sie?',
      ],
    },
    listenFor: [
      'Niemand kann alle laufenden Projekte aufzählen; neue Vorhaben starten, sobald jemand sie finanziert.',
      'Listen je Abteilung oder für die größten Projekte; Prioritäten werden per Eskalation oder von der lautesten Stimme entschieden.',
      'Ein Register aller Projekte; neue Vorschläge werden nach vereinbarten, strategiebezogenen Kriterien bewertet; Prioritäten sind veröffentlicht.',
      'Das Portfolio wird in festem Rhythmus mit Daten zu Fortschritt, Nutzen und Kapazität überprüft; Projekte werden daraufhin gestoppt oder neu geplant.',
      'Auswahlkriterien und Portfoliomix werden anhand dessen angepasst, was abgeschlossene Projekte tatsächlich erbracht haben.',
    ],
    documents: [
      'Nichts zu erwarten. Lassen Sie sich eine Liste der laufenden Projekte geben und vergleichen Sie sie mit den in Interviews genannten.',
      'Projektlisten der Abteilungen; eine jährliche Budgetliste der größten Projekte.',
      'Ein Portfolioregister aller Projekte; Bewertungs- oder Auswahlkriterien; eine priorisierte Liste und das Protokoll, das sie beschlossen hat.',
      'Protokolle von Portfolioreviews mit Stopp-, Pausen- und Neuplanungsentscheidungen; ein Portfolio-Dashboard; Nachweise abgelehnter Projekte.',
      'Eine Auswertung früherer Auswahlentscheidungen gegen die Ergebnisse und die daraufhin überarbeiteten Kriterien.',
    ],
  },
  resources: {
    interview: {
      management: [
        'Wer arbeitet diese Woche an welchem Projekt, und wie haben Sie das erfahren?',
        'Erzählen Sie vom letzten Fall, in dem zwei Projekte dieselbe Person brauchten. Wie wurde er gelöst?',
      ],
      'project-manager': [
        'Wie sind Sie an die Leute für Ihr aktuelles Projekt gekommen, und wie sicher ist, dass sie bleiben?',
      ],
      'team-member': [
        'In wie vielen Projekten arbeiten Sie gerade, und wer entscheidet, was Sie zuerst tun?',
      ],
      executive: ['Sehen Sie vor der Genehmigung neuer Projekte, ob Leute da sind, die sie umsetzen?'],
    },
    listenFor: [
      'Leute werden nach Bedarf ausgeliehen; niemand kennt die Gesamtauslastung; Überlastung fällt spät auf.',
      'Einige Führungskräfte führen Tabellen zu ihren Leuten; Konflikte werden fallweise nach oben gegeben.',
      'Eine gemeinsame Sicht, wer woran arbeitet; Zuordnungen folgen einem vereinbarten Antrag mit Freigabe; Konflikte werden nach Portfoliopriorität gelöst.',
      'Bedarf wird vor der Projektgenehmigung mit der Kapazität abgeglichen; Auslastung und Prognosegüte werden gemessen.',
      'Die Kapazitätsplanung wird anhand von Ist-Daten verfeinert; die Organisation hält bewusst Puffer und steuert ihren Projekteingang.',
    ],
    documents: [
      'Nichts zu erwarten. Fragen Sie nach den Zuordnungen von drei Personen und sehen Sie, wer sie liefern kann.',
      'Zuordnungstabellen von Teams oder Abteilungen; E-Mails, die einen Ressourcenkonflikt klären.',
      'Ein projektübergreifender Ressourcenplan oder Skill-Katalog; Ressourcenanfragen und Freigaben; die Regel zur Konfliktlösung.',
      'Ein Kapazitätsplan gegen die Projektpipeline; Auslastungsberichte; Protokolle, in denen Bedarf gegen Kapazität eine Entscheidung verändert hat.',
      'Plan-Ist-Auswertungen und die daraufhin geänderten Planungsannahmen oder Eingangsregeln.',
    ],
  },
  reporting: {
    interview: {
      executive: [
        'Zeigen Sie mir den letzten Projektbericht, den Sie erhalten haben. Was haben Sie seinetwegen anders gemacht?',
        'Wann hat Sie ein Bericht zuletzt überrascht, und wie spät kam die Warnung?',
      ],
      controller: [
        'Werden Termine und Kosten gegen eine Baseline gemessen? Woher stammen die Zahlen, und wer prüft sie?',
      ],
      'project-manager': [
        'Wie lange brauchen Sie pro Zyklus für Ihren Statusbericht, und handelt jemand danach?',
      ],
      management: [
        'Wenn zwei Berichte zum selben Projekt sich widersprechen: Welchem trauen Sie, und warum?',
      ],
    },
    listenFor: [
      'Den Stand erfährt man auf dem Flur oder in der Krise; es gibt keinen regelmäßigen Bericht.',
      'Einige Projekte berichten regelmäßig, jedes in eigenem Format; Ampelfarben nach Gefühl.',
      'Ein gemeinsames Format und ein Rhythmus in den meisten Projekten, definierte Kennzahlen und Kriterien für die Ampel; Baselines existieren.',
      'Zahlen kommen aus einer Quelle und werden geprüft; Berichte führen zu protokollierten Entscheidungen; Trends werden verfolgt.',
      'Die Kennzahlen selbst werden darauf geprüft, ob sie Probleme vorhersagen; ungenutzte Berichtsteile werden gestrichen.',
    ],
    documents: [
      'Nichts zu erwarten. Fragen Sie nach dem aktuellen Stand von drei Projekten und vergleichen Sie, wie er jeweils entstand.',
      'Statusberichte einiger Projekte, jeder in eigenem Format.',
      'Der Berichtsstandard (Format, Rhythmus, Ampelkriterien); konsolidierte Berichte; Pläne mit Baseline in den meisten Projekten.',
      'Ein Portfolio-Dashboard aus einer Quelle; Entscheidungslogs, die sich auf Berichte beziehen; Earned-Value- oder Trendanalysen.',
      'Eine Überprüfung der Kennzahlen (welche Probleme vorhersagten, welche gestrichen wurden) und die Änderungen am Berichtswesen.',
    ],
  },
  'risk-control': {
    interview: {
      'project-manager': [
        'Zeigen Sie mir die Risiken Ihres Projekts. Wann wurde die Liste zuletzt geändert, und was haben Sie gegen das größte getan?',
        'Wie wurde die letzte Änderung an Umfang, Termin oder Budget vereinbart?',
      ],
      'team-member': [
        'Wenn Sie ein Risiko oder Problem bemerken: Wohin geht es, und hören Sie wieder davon?',
      ],
      controller: ['Wie gelangen genehmigte Änderungen ins Budget und in die Prognose?'],
      executive: ['Welche projektübergreifenden Risiken kennen Sie heute, und wie haben Sie davon erfahren?'],
    },
    listenFor: [
      'Über Risiken wird geredet, nicht geschrieben; Probleme werden bekämpft, wie sie kommen; Änderungen geschehen ohne Freigabe.',
      'Einige Projekte führen Register, oft zu Beginn gefüllt und seither nicht mehr; Änderungen werden informell vereinbart.',
      'Risiko-, Problem- und Änderungslisten in den meisten Projekten, mit Verantwortlichen und Maßnahmen; eine Änderung wird vor der Umsetzung genehmigt.',
      'Register werden im Rhythmus überprüft, nach Schwellen eskaliert und projektübergreifend zusammengeführt; Änderungen werden auf Kosten und Termine bewertet.',
      'Die Risikopraxis wird anhand eingetretener Risiken justiert; übergreifende Risiken prägen das Portfolio.',
    ],
    documents: [
      'Nichts zu erwarten. Lassen Sie sich eine Risikoliste zeigen und notieren Sie die letzte Aktualisierung.',
      'Risiko- oder Problemlisten einiger Projekte; E-Mails, die Änderungen vereinbaren.',
      'Risiko-, Problem- und Änderungsregister in den meisten Projekten, mit Verantwortlichen, Terminen und Maßnahmen; das Änderungsantragsformular und seine Freigaben.',
      'Eine zusammengeführte Risikosicht über Projekte mit Eskalationsschwellen; Auswirkungsanalysen zu Änderungen; Review-Protokolle.',
      'Eine Auswertung eingetretener gegenüber vorhergesehenen Risiken und die Änderungen an der Praxis.',
    ],
  },
  competencies: {
    interview: {
      'project-manager': [
        'Wie haben Sie hier gelernt, Projekte zu führen? Wer hat Ihnen geholfen, als Sie zuletzt nicht weiterkamen?',
        'Was wäre Ihr nächster Schritt als Projektleitung, und wer spricht mit Ihnen darüber?',
      ],
      management: ['Wie wählen Sie aus, wer ein Projekt leitet, und wie beurteilen Sie die Leistung?'],
      executive: [
        'Ist Projektleitung hier ein Beruf? Was würde aus einer starken Projektleitung in fünf Jahren?',
      ],
      'team-member': ['Wenn ein Projekt endet: Wohin geht das Gelernte, und haben Sie es je genutzt?'],
    },
    listenFor: [
      'Man lernt durch Tun; Projektleitung ist, wer gerade frei ist; Hilfe hängt von persönlichen Kontakten ab.',
      'Einige Schulungen oder informelle Mentoren; Erfahrung wird im Team geteilt.',
      'Ein definiertes Rollenprofil und ein Schulungspfad, dem die meisten folgen; Coaching ist verfügbar; Lessons learned liegen an einem bekannten Ort.',
      'Kompetenzen werden am Profil gemessen; Entwicklungspläne existieren; ein Karrierepfad mit Stufen; die Nutzung der Lessons learned wird geprüft.',
      'Das Curriculum wird anhand von Projektergebnissen und Bewertungen überarbeitet; eine Community of Practice entwickelt das Handwerk weiter.',
    ],
    documents: [
      'Nichts zu erwarten. Fragen Sie, wie die letzten zwei Projektleitungen ausgewählt und vorbereitet wurden.',
      'Schulungsnachweise einzelner Personen; Namen informeller Mentoren.',
      'Ein Rollenprofil oder Kompetenzmodell; ein Schulungskatalog mit Teilnahmen; ein Coaching-Angebot; eine Lessons-learned-Sammlung.',
      'Kompetenzbewertungen; individuelle Entwicklungspläne; ein Karrierepfad mit Stufen; Berichte zu Schulungen und zur Nutzung der Lessons learned.',
      'Überprüfungen des Curriculums gegen Ergebnisse; Unterlagen der Community of Practice und daraus folgende Änderungen.',
    ],
  },
  tools: {
    interview: {
      'project-manager': [
        'Zeigen Sie mir, wo Ihr Plan, Ihre Risiken und Ihre Dokumente liegen. Wie viele Werkzeuge sind das?',
        'Wie oft tippen Sie dieselbe Zahl an mehr als einer Stelle ein?',
      ],
      'team-member': [
        'Wenn ich Sie nach dem aktuellen Projektumfang fragte: Wie lange bräuchten Sie, ihn zu finden?',
      ],
      controller: [
        'Woher kommen die Projektzahlen, die Sie konsolidieren, und wie viel korrigieren Sie von Hand?',
      ],
      management: ['Sagen Ihnen die Werkzeuge etwas, das Sie durch Nachfragen nicht erführen?'],
    },
    listenFor: [
      'Persönliche Dateien und E-Mail; jeder hat seine Kopie; welche Version gilt, ist offen.',
      'Einige geteilte Tabellen oder Werkzeuge, je Team gewählt; Daten werden zwischen ihnen abgetippt.',
      'Vereinbarte Werkzeuge, die das gemeinsame Vorgehen in den meisten Projekten unterstützen; Dokumente an einem bekannten Ort; Namensregeln.',
      'Daten werden einmal erfasst und fließen in Berichte; die Daten in den Werkzeugen sind aktuell und werden geprüft.',
      'Die Werkzeuge werden anhand von Rückmeldungen und Nutzungsdaten verbessert; Automatisierung ersetzt Handarbeit.',
    ],
    documents: [
      'Nichts zu erwarten. Fragen Sie, wo der aktuelle Plan von drei Projekten liegt.',
      'Team-Tabellen; ein gemeinsames Laufwerk mit etwas Struktur.',
      'Die Liste der Standardwerkzeuge und ihres Zwecks; eine Ablagestruktur mit Namensregeln; die meisten Projekte sind darin zu finden.',
      'Schnittstellen oder Datenflüsse ins Berichtswesen; Datenqualitätsprüfungen; Nutzungszahlen der Werkzeuge.',
      'Eine Werkzeug-Roadmap nach Nutzerfeedback und Nutzung; automatisierte Schritte, die Handarbeit ersetzt haben.',
    ],
  },
  lifecycle: {
    interview: {
      'project-manager': [
        'Wie hat Ihr letztes Projekt begonnen: Was musste vorliegen, bevor die Arbeit anfing?',
        'Wie endete das letzte Projekt, das Sie geleitet haben? Gab es eine Übergabe und ein Review?',
      ],
      'team-member': [
        'Haben Sie an einem Lessons-learned-Termin teilgenommen? Hat sich danach etwas geändert?',
      ],
      management: ['Woran erkennen Sie, dass ein Projekt abgeschlossen ist und nicht bloß eingestellt?'],
    },
    listenFor: [
      'Projekte beginnen mit Arbeit und laufen aus; Planung ist eine Aufgabenliste; ein Abschluss findet nicht statt.',
      'Größere Projekte haben ein Kick-off und einen Plan; manche enden mit einem Review.',
      'Definierte Phasen mit Ein- und Ausstiegskriterien in den meisten Projekten; formaler Abschluss mit Abnahme, Übergabe und Lessons learned.',
      'Phasenabschlüsse werden vor dem Weitergehen geprüft; der Abschluss wird kontrolliert; Lessons learned führen zu nachverfolgten Maßnahmen.',
      'Der Lebenszyklus wird anhand von Abschlussreviews verfeinert; Phasen sind auf verschiedene Projektarten zugeschnitten.',
    ],
    documents: [
      'Nichts zu erwarten. Lassen Sie sich die Abschlussunterlagen eines kürzlich beendeten Projekts geben.',
      'Kick-off-Folien oder Projektaufträge einiger Projekte; einzelne Lessons-learned-Notizen.',
      'Der Lebenszyklus mit Phasenkriterien; Projektaufträge und Pläne mit Baseline; Abschlussberichte mit Abnahme und Lessons learned in den meisten Projekten.',
      'Abgezeichnete Phasenabschluss-Checklisten; ein Lessons-learned-Log mit Maßnahmen und Verantwortlichen; Abschlussaudits.',
      'Überarbeitungen des Lebenszyklus, die auf Abschlussreviews zurückgehen; Varianten je Projektart.',
    ],
  },
  stakeholders: {
    interview: {
      'project-manager': [
        'Wen betrifft Ihr Projekt, und wann haben Sie zum ersten Mal mit diesen Personen gesprochen?',
        'Wie prüfen Sie, ob das, was Sie liefern, noch deren Erwartungen entspricht?',
      ],
      executive: ['Was tun Sie als Sponsor in einem gewöhnlichen Projektmonat?'],
      other: ['Wie haben Sie von dem Projekt erfahren, das Sie betrifft, und konnten Sie es beeinflussen?'],
      management: ['Wenn sich eine betroffene Person spät beschwert: Wie wird damit umgegangen?'],
    },
    listenFor: [
      'Betroffene erfahren vom Projekt, wenn es bei ihnen ankommt; der Sponsor ist nur ein Name.',
      'Schlüsselpersonen werden bei großen Projekten informiert; die Kommunikation hängt vom Stil der Projektleitung ab.',
      'Stakeholder werden zu Beginn ermittelt; in den meisten Projekten wird ein Kommunikationsplan befolgt; Erwartungen werden schriftlich vereinbart.',
      'Die Einbindung wird überprüft (Feedback, Zufriedenheit); Sponsoren spielen eine aktive, vereinbarte Rolle; Anliegen werden bis zur Erledigung verfolgt.',
      'Die Einbindung wird anhand von Rückmeldungen verbessert; Stakeholder gestalten das Portfolio mit.',
    ],
    documents: [
      'Nichts zu erwarten. Fragen Sie, wer bei einem aktuellen Projekt wann worüber informiert wurde.',
      'Verteilerlisten; Protokolle einiger Sponsorentermine.',
      'Stakeholder-Landkarten oder -Register; Kommunikationspläne; abgestimmte Erwartungen oder Abnahmekriterien in den meisten Projekten.',
      'Ergebnisse von Stakeholder-Feedback oder Zufriedenheitsumfragen; eine Beschreibung der Sponsorrolle und Nachweise ihrer Entscheidungen.',
      'Änderungen an der Einbindungspraxis, die auf Rückmeldungen zurückgehen; die Rolle der Stakeholder in Portfolioreviews.',
    ],
  },
  benefits: {
    interview: {
      executive: [
        'Nehmen Sie ein Projekt, das letztes Jahr endete: Was sollte es bringen, und hat es das?',
        'Hat ein erwarteter Nutzen schon einmal Ihre Entscheidung während eines Projekts verändert?',
      ],
      controller: ['Wer misst den Nutzen nach Projektabschluss, und gegen welche Ausgangsbasis?'],
      management: ['Wer verantwortet den Nutzen eines Projekts, wenn das Projektteam aufgelöst ist?'],
      'project-manager': ['Welchen Nutzen soll Ihr Projekt bringen, und woran wird man es erkennen?'],
    },
    listenFor: [
      'Nutzen wird vorausgesetzt; niemand könnte sagen, was ein Projekt bringen sollte.',
      'Manche Business Cases nennen Nutzen, in Worten statt in Messgrößen; niemand verfolgt sie.',
      'Die meisten Projekte nennen messbaren Nutzen mit Verantwortlichen und Ausgangsbasis; er wird nach der Lieferung verfolgt.',
      'Nutzen wird an Gates und nach der Lieferung überprüft; sinkende Prognosen ändern Entscheidungen; Ergebnisse werden berichtet.',
      'Realisierter und versprochener Nutzen werden über das Portfolio verglichen, und Schätzung wie Auswahl verbessern sich dadurch.',
    ],
    documents: [
      'Nichts zu erwarten. Fragen Sie, was ein kürzlich beendetes Projekt liefern sollte.',
      'Business Cases einiger Projekte mit genanntem Nutzen.',
      'Nutzenprofile oder ein Nutzenregister mit Verantwortlichen, Messgrößen und Ausgangsbasis; ein Nutzenrealisierungsplan in den meisten Projekten.',
      'Nutzenreviews nach der Lieferung; Gate-Protokolle, in denen Nutzenprognosen eine Entscheidung verändert haben; Nutzenberichte.',
      'Eine Portfolioauswertung von versprochenem gegenüber realisiertem Nutzen und die Änderungen an den Regeln für Business Cases.',
    ],
  },
  finance: {
    interview: {
      controller: [
        'Wie wird das Budget eines Projekts festgelegt, und wie werden die Ausgaben damit verglichen?',
        'Können Sie die Gesamtausgaben für Projekte im letzten Jahr nennen, und wie sicher sind Sie sich?',
      ],
      executive: [
        'Braucht ein Projekt einen Business Case, um zu starten? Erzählen Sie von einem, der abgelehnt wurde.',
      ],
      'project-manager': ['Wissen Sie, was Ihr Projekt bisher ausgegeben hat? Woher stammt die Zahl?'],
      management: ['Was passiert, wenn ein Projekt auf eine Budgetüberschreitung zusteuert?'],
    },
    listenFor: [
      'Budgets sind Schätzungen aus dem Bauch oder der Rest; die Ist-Kosten kennt man erst zum Jahresende.',
      'Große Projekte haben Budgets und etwas Kostenverfolgung; für einige gibt es Business Cases.',
      'Die meisten Projekte haben ein geschätztes Budget, einen Business Case und Kosten, die regelmäßig gegen das Budget verfolgt werden.',
      'Prognosen bis Projektende werden überprüft; Abweichungen lösen Entscheidungen aus; die gesamten Projektausgaben sind bekannt und gesteuert.',
      'Schätzungen werden anhand der Ist-Werte verbessert; die finanzielle Steuerung des Portfolios wird überprüft und verfeinert.',
    ],
    documents: [
      'Nichts zu erwarten. Fragen Sie nach Budget und Ist-Kosten eines aktuellen Projekts.',
      'Budgets der größten Projekte; einige Business Cases.',
      'Eine genutzte Business-Case-Vorlage; Budgets mit Schätzungen; Kosten-Budget-Berichte in den meisten Projekten.',
      'Berichte zur Prognose bis Projektende; Entscheidungen zu Abweichungen; eine konsolidierte Sicht auf die Projektausgaben.',
      'Schätz-Ist-Auswertungen, die in die Schätzregeln einfließen; Überprüfungen der finanziellen Portfoliosteuerung.',
    ],
  },
};
