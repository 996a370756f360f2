import type { EngineKey } from '../../core/english';
import { DE_CALIBRATION } from './calibration';
import { DE_IN_PLACE } from './in-place';
import { officeDeTexts } from './office-de';
import { DE_STRUCTURE } from './structure';

let made: Readonly<Record<EngineKey, string>> | undefined;

/** Was die Engine sagt, auf Deutsch (Sie-Form). Glossar: docs/glossary.md.
 * Built on first use (the object literal sits in a function), so a cold start pays only for the
 * languages its requests read.
 */
export const deTexts = (): Readonly<Record<EngineKey, string>> =>
  (made ??= {
    ...officeDeTexts(),
    ...DE_CALIBRATION,
    ...DE_STRUCTURE,
    ...DE_IN_PLACE,
    'model.weather-station': 'Wetterstation',
    'model.control-tower': 'Kontrollturm',
    'model.resource-source': 'Ressourcenpool',
    'modelName.weather-station': 'Wetterstation',
    'modelName.control-tower': 'Kontrollturm',
    'modelName.resource-source': 'Ressourcenpool',
    'sourcing.internal': 'intern',
    'sourcing.outsourced': 'ausgelagert',
    'sourcing.hybrid': 'hybrid',
    'control.supportive': 'unterstützend',
    'control.controlling': 'steuernd',
    'control.directive': 'direktiv',
    'evidence.status.sufficient': 'ausreichend',
    'evidence.status.provisional': 'vorläufig',
    'evidence.status.insufficient': 'unzureichend',

    'evidence.fewSufficient':
      '{sufficient} von {total} Dimensionen haben genug übereinstimmende Antworten (mindestens {minRated} bewertete Fragen, die übereinstimmen); {needed} sind nötig. Bewerten Sie weitere Fragen.',
    'evidence.fewSufficientStartWith':
      '{sufficient} von {total} Dimensionen haben genug übereinstimmende Antworten (mindestens {minRated} bewertete Fragen, die übereinstimmen); {needed} sind nötig. Bewerten Sie weitere Fragen, zuerst zu: {dimensions}.',
    'evidence.manyUnknownsAskMore':
      '{unrated} von {questions} Fragen haben keine Bewertung („weiß nicht“ oder „nicht zutreffend“): Das Ergebnis erfasst nur einen Teil der Organisation, das Vertrauen darin ist gering. Bevor Geld gebunden wird, sollten zwei oder drei weitere Personen antworten, die die Projekte kennen: die Team-Erhebung.',
    'evidence.manyUnknownsTeam':
      '{unrated} von {questions} Fragen hat keine der {respondents} antwortenden Personen bewertet: Das Ergebnis erfasst nur einen Teil der Organisation, das Vertrauen darin ist gering. Bevor Geld gebunden wird, klären Sie, wer diese Bereiche kennt, und lassen Sie diese Personen antworten.',
    'evidence.fewRespondents':
      '{respondents, plural, one {# antwortende Person} other {# antwortende Personen}}: Das Ergebnis ist nur eine Sicht auf die Organisation. Mindestens {minRespondents} Antwortende aus verschiedenen Rollen machen es belastbar.',
    'evidence.inconsistent':
      '{dimension}: Die Bewertungen der Fragen weichen voneinander ab (stärker als die Grenze von {limit, number, 2}); der Mittelwert verdeckt je nach Thema unterschiedliche Praxis. Besprechen Sie das mit den Antwortenden, bevor Sie sich auf diese Stufe stützen.',
    'evidence.contextContradicts':
      'Die Antworten beschreiben Praxis auf Stufe {claimed}, doch laut Kontext leitet hier niemand Projekte, niemand hat Projektmanagement-Erfahrung und kein Büro übernimmt das, und Praxis auf dieser Stufe braucht Menschen, die sie beherrschen. Die Antworten werden höchstens mit Stufe {level} angerechnet, bis die Menschen, die die Arbeit leiten, sie in einer Teambewertung bestätigen oder Unterlagen die Praxis belegen: Dieses Ergebnis zeigt nur eine Richtung.',
    'evidence.insufficient':
      'Unzureichende Datengrundlage: Die Gesamtstufe braucht mindestens {forLevel} Dimensionen mit {minRated} oder mehr bewerteten Fragen; {counted} erfüllen das. Bis dahin wird höchstens Stufe {maxLevel} angerechnet.',
    'evidence.respondentsCamps':
      'Bei {dimensions} bilden die Antwortenden zwei Lager aus jeweils mehreren Personen, zwei Stufen auseinander: Der Mittelwert beschreibt keines der beiden, daher gelten diese Stufen nicht als übereinstimmend. Besprechen Sie sie mit den Antwortenden, bevor Sie sich darauf stützen.',
    'evidence.sufficientUntested':
      '{sufficient} von {total} Dimensionen haben genug bewertete Fragen innerhalb der Streuungsgrenze, von {respondents} Personen. Ob sie übereinstimmen, ist nicht gezeigt: Zwei Lager lassen sich erst ab {pair} Antwortenden unterscheiden, {k} auf jeder Seite; bei so wenigen kann sich eine Uneinigkeit in den Mittelwerten verbergen.',
    'rationale.thinLeastControl':
      'Bei so dünner Beweislage ist die Richtung vorläufig und verlangt nicht mehr, als die Belege tragen: {model}, das am wenigsten steuernde passende Büro. {best} erzielt {lead} Punkte mehr, aber auf zu wenigen bewerteten Antworten, um mehr Steuerung zu wählen.',
    'rationale.thinKeepsModel':
      'Bei so dünner Beweislage ist die Richtung vorläufig: {model} behält als bestehendes Büro seinen Grad an Steuerung; zu wenige Antworten sind bewertet, um ihn in die eine oder andere Richtung zu ändern.',
    'rationale.thinFirstStep':
      'Der erste und einzige feste Schritt ist eine Team-Erhebung mit mindestens {respondents} Personen aus verschiedenen Rollen: Sie entscheidet über Steuerungsgrad und Größe, und vorher wird niemand eingestellt und nichts eingekauft.',
    'plan.noOffice.rankAndLimit':
      'Eine einzige gereihte Liste aller laufenden Projekte führen, verantwortet von der Person, die Prioritäten setzt; nur so viele gleichzeitig laufen lassen, wie die Projektleitenden tragen können, und den Rest mit einem Datum zur Wiedervorlage zurückstellen.',
    'plan.noOffice.peopleByRank':
      'Wollen mehrere Projekte dieselben Leute, bekommt sie zuerst das höher gereihte; die Verantwortliche der Liste entscheidet nur, was die Reihung offenlässt.',
    'evidence.sufficient':
      '{sufficient} von {total} Dimensionen beruhen auf übereinstimmenden Antworten von {respondents} Personen.',

    'warning.pmShare':
      '{projectManagers} von {employees} Personen leiten Projekte: Prüfen Sie, dass nur Personen gezählt sind, deren Aufgabe die Projektleitung ist.',
    'warning.projectsPerPerson':
      '{projects} Projekte für {employees} Personen sind mehr als {limit} pro Person: Viele sind vermutlich Aufgaben oder kleine Kundenaufträge; diese Empfehlung rechnet mit {credible} davon als Projekten.',
    'warning.managersPerProject':
      '{projectManagers} Projektleiter für {projects} laufende Projekte: Prüfen Sie beide Zahlen. Bis dahin bemisst und bewertet diese Empfehlung ihre Arbeit nur mit {credible} von ihnen, so vielen, wie die Projekte beschäftigen können.',
    'warning.noProjects':
      'Derzeit laufen keine Projekte: Die Empfehlung geht von den Zahlen eines üblichen Zeitraums aus.',
    'warning.contentionWithoutProjects':
      'Starker Wettbewerb um Personal bei {projects, plural, one {# Projekt} other {# Projekten}}: Der Wettbewerb besteht vermutlich mit dem Tagesgeschäft, den ein PMO allein nicht auflöst.',
    'warning.pmoWithoutProjects':
      'Heute besteht ein PMO für {projects, plural, one {# laufendes Projekt} other {# laufende Projekte}}.',
    'warning.directiveWithoutAppetite':
      'Heute arbeitet ein direktives Office, obwohl die Bereitschaft zu zentraler Steuerung {appetite} ist.',
    'warning.lowSpend':
      'Ein jährliches Projektbudget von {spend} für {projects} Projekte liegt unter {minimum} pro Projekt: Prüfen Sie die Zahl.',
    'warning.inconsistentDimension':
      '{dimension}: Die Bewertungen der Fragen weichen voneinander ab (stärker als die Grenze von {limit, number, 2}); ihre Stufe {level} zählt im Gesamtwert, kann aber keine Fähigkeit belegen, die ein PMO-Modell braucht.',
    'warning.thinDimension':
      '{dimension}: nur {rated} von {questions} Fragen bewertet, die Stufe ist also eine einzelne Antwort und noch kein Beleg: eine Stufe zählt ab {minRated} bewerteten Fragen. Wer die übrigen beantworten kann: {who}.',
    'warning.unratedDimension':
      '{dimension}: alle Fragen mit „weiß nicht“ beantwortet, die Dimension hat also keine Stufe, und der Entwurf baut nicht auf ihr auf. Bevor das Ergebnis verwendet wird, sollte jemand, der sie kennt, ihre {questions} Fragen beantworten: {who}.',
    'whoKnows.standards': 'die Projektleitungen, die die Methoden anwenden',
    'whoKnows.governance': 'ein Projektsponsor oder die Geschäftsstelle des Lenkungsausschusses',
    'whoKnows.portfolio': 'wer die Projektliste für die Geschäftsleitung führt',
    'whoKnows.resources': 'die Linienvorgesetzten, die Leute an Projekte ausleihen',
    'whoKnows.reporting': 'ein Sponsor, der die Statusberichte liest',
    'whoKnows.risk-control': 'die Projektleitungen oder das Risikomanagement',
    'whoKnows.competencies': 'die Personalabteilung oder wer die Ausbildung der Projektleitungen organisiert',
    'whoKnows.tools': 'wer in der IT die Projektwerkzeuge betreut',
    'whoKnows.lifecycle': 'die Projektleitungen',
    'whoKnows.stakeholders': 'die fachlichen Auftraggeber der Projekte',
    'whoKnows.benefits': 'die fachlichen Auftraggeber der Projekte oder das Controlling',
    'whoKnows.finance': 'das Controlling',
    'appetite.low': 'gering',
    'appetite.medium': 'mittel',
    'appetite.high': 'hoch',

    'maturity.overallSolid':
      'Der Gesamtwert {overall, number, 2} ist der Mittelwert aus {count, plural, one {# Dimension} other {# Dimensionen}} mit mindestens {minRated} bewerteten Fragen.',
    'maturity.overallRated':
      'Der Gesamtwert {overall, number, 2} ist der Mittelwert aus {count, plural, one {# bisher bewerteten Dimension} other {# bisher bewerteten Dimensionen}}.',
    'maturity.reaches': 'Der Wert erreicht Stufe {level} ({levelName}).',
    'maturity.credited':
      'Angerechnet wird Stufe {level} ({levelName}): Weniger als {forLevel} Dimensionen haben {minRated} oder mehr bewertete Fragen, und eine höhere Stufe braucht Belege aus der ganzen Organisation.',
    'maturity.notCounted':
      '{count, plural, one {# Dimension zählt} other {# Dimensionen zählen}} nicht: nicht bewertet oder weniger als {minRated} bewertete Fragen.',
    'maturity.weakest': 'Schwächste Dimension: {dimension} mit {score, number, 2}.',

    'need.gate.officeShare':
      'eine Vollzeitstelle im PMO macht höchstens {maxShare} % der Belegschaft aus ({minEmployees} Personen oder mehr)',
    'need.gate.officeShareValue': '{share, number, 2} % von {employees} Personen',
    'need.gate.portfolio':
      '{minProjects} oder mehr gleichzeitige Projekte oder 1–2 große ({programmeBudget}+ Jahresbudget; ohne Budgetangabe {programmeEmployees}+ Personen, {programmeManagers}+ Projektleiter und ein Wettbewerb um Personal, der nicht gering ist)',
    'need.gate.portfolioValue': '{projects, plural, one {# Projekt} other {# Projekte}}',
    'need.verdict.coordinationRole':
      'Kein Office: Es gibt Koordinationsarbeit ({score} Bedarfspunkte), aber bei {employees} Personen wäre eine Vollzeitstelle im PMO {share, number, 2} % der Belegschaft, über der Grenze von {maxShare} %. Eine Koordinationsrolle in Teilzeit genügt.',
    'need.verdict.tooSmall':
      'Kein PMO: Bei {employees} Personen würde ein Office einen zu großen Teil der Belegschaft binden, und {score} Bedarfspunkte bleiben unter {threshold}.',
    'need.verdict.programme':
      'Ein Programm-Office ist angezeigt: {projects, plural, one {# großes Projekt} other {# große Projekte}} in einer Organisation mit {employees} Personen. Sein Umfang ist das Programm, nicht die Organisation.',
    'need.verdict.programmeSpending':
      'Ein Programm-Office ist angezeigt: {projects, plural, one {# großes Projekt} other {# große Projekte}} in einer Organisation mit {employees} Personen und {spend} Ausgaben im Jahr. Sein Umfang ist das Programm, nicht die Organisation.',
    'need.verdict.fewLargeOrders':
      'Ein Office ist angezeigt: {projects, plural, one {# großer Kundenauftrag} other {# große Kundenaufträge}} in einer Organisation mit {employees} Personen. Aufträge verschiedener Kunden sind ein Auftragsbestand, kein Programm: Das Office dient allen Aufträgen und den Leuten, die sie sich teilen.',
    'need.verdict.fewProjects':
      'Noch kein PMO: Bei {projects, plural, one {# gleichzeitigen Projekt} other {# gleichzeitigen Projekten}} gibt es zu wenig zu koordinieren; ein fähiger Projektleiter und einige gemeinsame Gewohnheiten leisten mehr.',
    'need.verdict.belowThreshold':
      'Noch kein PMO: {score} Bedarfspunkte liegen unter der Schwelle von {threshold}, ab der sich ein PMO rechnet.',
    'need.verdict.warranted':
      'Ein PMO ist angezeigt: {score} Bedarfspunkte erreichen die Schwelle von {threshold}.',
    'need.alternative.coordinationRole':
      'Geben Sie einer Person eine Koordinationsrolle in Teilzeit (einige Stunden pro Woche): eine Liste aller Vorhaben, ein wöchentlicher Blick darauf, wer woran arbeitet, und eine kurze Rückschau zum Abschluss jedes Vorhabens.',
    'need.alternative.accountableLead':
      'Geben Sie jedem Projekt einen verantwortlichen Projektleiter und einen Auftraggeber (Sponsor), der über Umfang und Budget entscheidet.',
    'need.alternative.trainBasics':
      'Schulen Sie ein oder zwei Personen in den Grundlagen des Projektmanagements, damit sie die nächsten Projekte leiten können.',
    'need.alternative.managersMeet':
      'Lassen Sie Ihre Projektleiter sich monatlich austauschen: Pläne, Risiken und Lessons Learned.',
    'need.alternative.reassess':
      'Wiederholen Sie die Bewertung, wenn Sie {projects} oder mehr Projekte gleichzeitig führen, wenn Projekte um dieselben Personen konkurrieren, oder in sechs Monaten.',
    // ── Runde 16: derzeit läuft nichts ──
    'need.alternative.nextProject':
      'Halten Sie einen einseitigen Startbogen bereit (Ziel, Auftraggeber, Leitung, Budget, Enddatum), auf dem das nächste Projekt beginnt.',
    'need.alternative.reassessWhenApproved':
      'Beantworten Sie den Fragebogen erneut, sobald Projekte genehmigt sind, mit ihrer Zahl und ihren jährlichen Ausgaben.',
    'plan.idle.phase': 'Bereit für das nächste Projekt',
    'plan.idle.startSheet':
      'Einigen Sie sich auf einen einseitigen Startbogen für das nächste Projekt: Ziel, Auftraggeber, Leitung, Budget und Enddatum, ausgefüllt vor dem Start.',
    'plan.idle.whoNames':
      'Legen Sie fest, wer Leitung und Auftraggeber eines Projekts benennt, sobald es genehmigt ist.',
    'plan.idle.milestone':
      'Der Startbogen ist abgestimmt und dort abgelegt, wo der nächste Auftraggeber ihn findet',
    'plan.idle.exit':
      'Das nächste genehmigte Projekt beginnt auf dem Bogen, mit benannter Leitung und benanntem Auftraggeber.',
    'plan.idle.reassess':
      'Sobald Projekte genehmigt sind, beantworten Sie den Fragebogen erneut mit ihrer Zahl und ihren jährlichen Ausgaben',
    'plan.idle.noPmo':
      'Derzeit laufen keine Projekte: noch nichts zu koordinieren; der Plan bereitet das nächste Projekt vor und fragt erneut, sobald Projekte genehmigt sind',

    'action.establish': 'Heute besteht kein PMO: Richten Sie eines ein.',
    'action.none': 'Es besteht kein PMO, und noch ist keines nötig.',
    'action.reshape':
      'Das bestehende Office (Modell {model}) leistet mehr, als die Koordination erfordert: Wandeln Sie es in eine schlankere Rolle um.',
    'action.resetIneligible':
      'Das bestehende Office (Modell {model}) erfüllt seine eigenen Voraussetzungen nicht ({blockers}): Bauen Sie es neu auf.',
    'action.resetWeak':
      'Die Leistungen des bestehenden Office (Modell {model}) erreichen {score, number, 2}, unter {limit, number, 2}: Es arbeitet nicht wie vorgesehen; bauen Sie es neu auf.',
    'action.keep':
      'Das bestehende Office (Modell {model}) passt: Behalten Sie es und verbessern Sie seine schwächsten Leistungen.',
    'action.evolve': 'Entwickeln Sie das bestehende Office (Modell {existing}) zum Modell {model} weiter.',

    'readiness.capabilityRated': '{dimension} {score, number, 2}',
    'readiness.capabilityUnrated': '{dimension} nicht bewertet',
    'readiness.capabilityNeedsRated':
      '{dimension} {score, number, 2} (braucht Stufe {level} auf ausreichender Datengrundlage)',
    'readiness.capabilityNeedsUnrated': '{dimension} nicht bewertet (braucht Stufe {level})',
    'readiness.startAtOnce':
      'Das Modell {model} setzt keine vorherige Fähigkeit voraus; es kann sofort beginnen.',
    'readiness.inPlace': 'Das Modell {model} stützt sich auf {capabilities}: alles vorhanden.',
    'readiness.staged':
      'Das Modell {model} braucht {capabilities}. Die Leistungen kommen in der Reihenfolge des Problems, das sie lösen; die auf einer fehlenden Fähigkeit beruhen, beginnen, während diese aufgebaut wird ({path} zeigt die Richtung, keine Schranke).',
    'readiness.pilot':
      'Das Modell {model} braucht {capabilities}; die früheren Schritte sind bereits im Einsatz: Beginnen Sie damit und bauen Sie die fehlende Fähigkeit im Pilotbetrieb auf.',
    'readiness.passed': '{explanation} Bereits im Einsatz, daher nicht eingeplant: {models}.',

    'rationale.maturity':
      'Der Reifegrad liegt auf Stufe {level} ({levelName}), gesamt {overall, number, 2} von 5; Datengrundlage {evidence}.',
    'rationale.ineligible': '{model} kommt nicht infrage: {blockers}',
    'rationale.bestFit': 'Beste zulässige Eignung: {model} ({control}) mit {score}/100.',
    'rationale.bestFitAhead': 'Beste zulässige Eignung: {model} ({control}) mit {score}/100, vor {behind}.',
    'rationale.bestFitTied':
      'Beste zulässige Eignung: {model} ({control}) mit {score}/100, gleichauf mit {tied} (bei Gleichstand gewinnt das weniger steuernde Modell).',
    'rationale.bestFitTiedAhead':
      'Beste zulässige Eignung: {model} ({control}) mit {score}/100, gleichauf mit {tied} (bei Gleichstand gewinnt das weniger steuernde Modell), vor {behind}.',
    'rationale.bestFitTiedMore':
      'Beste zulässige Eignung: {model} ({control}) mit {score}/100, gleichauf mit {tied}; gewählt wird das stärker steuernde Modell, weil eine Aufsichtsbehörde Governance und Risikosteuerung hier als unzureichend ansähe.',
    'rationale.bestFitTiedAheadMore':
      'Beste zulässige Eignung: {model} ({control}) mit {score}/100, gleichauf mit {tied}; gewählt wird das stärker steuernde Modell, weil eine Aufsichtsbehörde Governance und Risikosteuerung hier als unzureichend ansähe. Dahinter: {behind}.',
    'rationale.bestFitTiedMoreAppetite':
      'Beste zulässige Eignung: {model} ({control}) mit {score}/100, gleichauf mit {tied}; gewählt wird das stärker steuernde Modell, weil die Leitung zentrale Steuerung verlangt (hoher Wunsch) und sonst nichts in den Antworten die beiden unterscheidet.',
    'rationale.bestFitTiedAheadMoreAppetite':
      'Beste zulässige Eignung: {model} ({control}) mit {score}/100, gleichauf mit {tied}; gewählt wird das stärker steuernde Modell, weil die Leitung zentrale Steuerung verlangt (hoher Wunsch) und sonst nichts in den Antworten die beiden unterscheidet. Dahinter: {behind}.',
    'rationale.scored': '{model} {score}/100',
    'rationale.modelReason': '{model}: {reason}',
    'rationale.sourcing': 'Besetzung: {sourcing} mit {score}/100; {reason}',
    'rationale.sourcingTied':
      'Besetzung: {sourcing} mit {score}/100, gleichauf mit {tied} (bei Gleichstand gewinnt intern, dann hybrid); {reason}',
    'rationale.sourcingIneligible': 'Besetzung {sourcing} kommt nicht infrage: {blockers}',
    'rationale.shouldNeedGrow':
      'Wächst der Bedarf, wäre heute das Modell {model} am besten geeignet ({score}/100).',

    'fit.leadershipWantsVisibilityOnlyLow':
      'Die Leitung will nur Transparenz (geringe Bereitschaft zu zentraler Steuerung); ein Kontrollturm setzt und prüft Standards.',
    'fit.noExecutiveMandateToAllocate':
      'Kein Mandat der Leitung zur Zuteilung: Projekte konkurrieren selten um dieselben Personen, ein direktives Office hätte also nichts zu entscheiden.',
    'fit.aProgrammeOfficeServesOne':
      'Ein Programm-Office dient einem Programm; es hat kein Portfolio, aus dem es auswählen könnte.',
    'fit.notRated': 'nicht bewertet',
    'fit.appetiteForCentralControl': 'Bereitschaft zu zentraler Steuerung',
    'fit.aCultureWaryOfCentral':
      'eine Kultur, die zentraler Steuerung misstraut, akzeptiert ein Office, das nur beobachtet und berichtet',
    'fit.aReportingOfficeStaysWithin':
      'ein Reporting-Office bleibt im Rahmen der Steuerung, die die Leitung akzeptiert',
    'fit.leadershipWantsMoreControlThan':
      'die Leitung will mehr Steuerung, als ein reines Reporting-Office bietet',
    'fit.currentMaturity': 'Aktueller Reifegrad',
    'fit.atLowMaturityVisibilityIs': 'bei geringem Reifegrad ist Transparenz das Erste, was aufzubauen ist',
    'fit.definedPracticeNoLongerNeeds': 'definierte Praxis braucht nicht mehr nur Transparenz',
    'fit.practiceIsMatureReportingAlone': 'die Praxis ist reif; Reporting allein bringt wenig',
    'fit.performanceTrackingAndReporting': 'Leistungsmessung und Berichtswesen',
    'fit.below250ManagementLacks':
      'unter 2,50: dem Management fehlt heute eine konsolidierte Sicht auf die Projekte',
    'fit.at250OrAbove': 'ab 2,50 (oder nicht bewertet): das Berichtswesen ist nicht die zu schließende Lücke',
    'fit.competitionForSharedResources': 'Wettbewerb um gemeinsame Ressourcen',
    'fit.littleCompetitionForPeopleSo': 'wenig Wettbewerb um Personal, Beobachten genügt daher',
    'fit.someCompetitionForPeopleThat':
      'etwas Wettbewerb um Personal, den ein Reporting-Office nicht auflösen kann',
    'fit.strongCompetitionForPeopleThat':
      'starker Wettbewerb um Personal, den ein Reporting-Office nicht auflösen kann',
    'fit.projectsAtOnce': 'Gleichzeitige Projekte',
    'fit.aSmallPortfolioIsEasy': 'ein kleines Portfolio ist leicht zu beobachten',
    'fit.aMidSizedPortfolio': 'ein mittelgroßes Portfolio',
    'fit.aLargePortfolioNeedsMore': 'ein großes Portfolio braucht mehr als Beobachtung',
    'fit.aCultureWaryOfControl':
      'eine Kultur, die Steuerung misstraut, wird sich gegen auferlegte Standards wehren',
    'fit.leadershipAcceptsCommonStandardsAnd': 'die Leitung akzeptiert gemeinsame Standards und Prüfungen',
    'fit.leadershipWantsControlStandardsAre':
      'die Leitung will Steuerung; Standards sind ein erster Schritt dahin',
    'fit.standardsAndLifecycleDiscipline': 'Standards und Disziplin im Lebenszyklus',
    'fit.practiceConsistencyIsNotRated': 'die Einheitlichkeit der Praxis ist nicht bewertet',
    'fit.below250PracticeDiffers':
      'unter 2,50: die Praxis unterscheidet sich von Projekt zu Projekt; gemeinsame Standards sind der Bedarf',
    'fit.from250ToBelow': 'von 2,50 bis unter 3,50: gemeinsame Praxis wird noch nicht überall angewandt',
    'fit.350OrAbovePractice': 'ab 3,50: die Praxis ist bereits einheitlich',
    'fit.standardsNeedSomeRepeatablePractice': 'Standards brauchen wiederholbare Praxis als Grundlage',
    'fit.enoughRepeatablePracticeToStandardise': 'genug wiederholbare Praxis, um zu standardisieren',
    'fit.maturePracticeNeedsLessStandard': 'reife Praxis braucht weniger Standardsetzung',
    'fit.projectManagersToSupport': 'Zu unterstützende Projektleiter',
    'fit.thereAreProjectManagersTo': 'es gibt Projektleiter, die gecoacht und begleitet werden können',
    'fit.noProjectManagersToCoach': 'noch keine Projektleiter, die gecoacht werden könnten',
    'fit.aSingleProjectManagerTo': 'ein einzelner Projektleiter, der zu unterstützen ist',
    'fit.standardsAloneDoNotSettle': 'Standards allein lösen starken Wettbewerb um Personal nicht',
    'fit.resourceCompetitionDoesNotCall': 'der Wettbewerb um Ressourcen verlangt nicht mehr',
    'fit.aCultureWaryOfControl2':
      'eine Kultur, die Steuerung misstraut, wird ein Office ablehnen, das über Projekte entscheidet',
    'fit.leadershipIsLukewarmAboutHanding':
      'die Leitung zögert, Projektentscheidungen an ein Office abzugeben',
    'fit.leadershipGivesAMandateFor': 'die Leitung erteilt ein Mandat zu zentraler Steuerung',
    'fit.littleCompetitionForPeopleLeaves': 'wenig Wettbewerb um Personal lässt wenig zu verteilen',
    'fit.someCompetitionForPeopleTo': 'etwas Wettbewerb um Personal, der zu schlichten ist',
    'fit.projectsFightForTheSame':
      'Projekte ringen um dieselben Personen und Budgets; jemand muss sie verteilen',
    'fit.tooFewProjectsToJustify': 'zu wenige Projekte, um zentrales Portfoliomanagement zu rechtfertigen',
    'fit.enoughProjectsToPrioritiseCentrally': 'genug Projekte, um zentral zu priorisieren',
    'fit.manyConcurrentProjectsNeedCentral': 'viele gleichzeitige Projekte brauchen zentrale Priorisierung',
    'fit.directiveControlNeedsDefinedPractice':
      'direktive Steuerung braucht definierte Praxis und verlässliche Daten, die noch fehlen',
    'fit.definedPracticeGivesADirective':
      'definierte Praxis gibt einem direktiven Office eine Arbeitsgrundlage',
    'fit.lastingOrTemporaryNeed': 'Dauerhafter oder befristeter Bedarf',
    'fit.aLastingNeedJustifiesA': 'ein dauerhafter Bedarf rechtfertigt eine ständige Struktur',
    'fit.aDirectiveOfficeIsA': 'ein direktives Office ist eine schwere Struktur für einen befristeten Bedarf',
    'fit.portfolioAndResourceManagement': 'Portfolio- und Ressourcenmanagement',
    'fit.below250NobodySelects': 'unter 2,50: heute wählt und balanciert niemand die Projekte',
    'fit.at250OrAbove2':
      'ab 2,50 (oder nicht bewertet): die Portfoliopraxis ist nicht die zu schließende Lücke',
    'fit.blocker.appetite':
      'Die Bereitschaft zu zentraler Steuerung ist {appetite}; ein direktives Office braucht sie hoch, da es über Prioritäten und Personal entscheidet.',
    'fit.blocker.fewProjects':
      '{projects, plural, one {# gleichzeitiges Projekt} other {# gleichzeitige Projekte}}; die Portfolioauswahl braucht mindestens {minimum}.',
    'fit.level': 'Stufe {level}',
    'fit.score': '{score, number, 2}',
    'fit.horizon.lasting': 'dauerhaft',
    'fit.horizon.temporary': 'befristet',

    'src.aResourceSourceDecidesPriorities':
      'Ein Ressourcenpool entscheidet über Prioritäten und Personal; diese Entscheidungsrechte bleiben in der Organisation, er kann also höchstens hybrid besetzt sein.',
    'src.inHousePmExpertise': 'Projektmanagement-Know-how im Haus',
    'src.lastingOrTemporaryNeed': 'Dauerhafter oder befristeter Bedarf',
    'src.anInternalOfficeNeedsExpertise': 'ein internes Office braucht Know-how, das der Organisation fehlt',
    'src.inHouseExpertiseCanBuild': 'internes Know-how kann ein Office aufbauen, das zur Kultur passt',
    'src.buildingAnOfficeFromWithin':
      'ein Office aus eigener Kraft aufzubauen ist für einen dringenden Bedarf zu langsam',
    'src.thereIsTimeToDiagnose': 'es bleibt Zeit, die Kultur zu verstehen und Standards daraus zu entwickeln',
    'src.aLastingNeedRewardsOwnership': 'ein dauerhafter Bedarf belohnt Eigenverantwortung und Akzeptanz',
    'src.aPermanentDepartmentIsToo': 'eine ständige Abteilung ist zu viel für einen befristeten Bedarf',
    'src.projectManagers': 'Projektleiter',
    'src.existingProjectManagersCanStaff': 'vorhandene Projektleiter können das Office besetzen',
    'src.tooFewProjectManagersTo': 'zu wenige Projektleiter, um das Office intern zu besetzen',
    'src.outsideMethodAddsLittleTo': 'eine externe Methode bringt wenig zu starkem internem Know-how',
    'src.aConsultancyBringsExpertiseThe': 'eine Beratung bringt Know-how, das der Organisation fehlt',
    'src.speedTheMainBenefitOf': 'Tempo, der Hauptvorteil der Auslagerung, wird nicht gebraucht',
    'src.anOutsideTeamAppliesA': 'ein externes Team wendet rasch eine fertige Methode an',
    'src.aTemporaryNeedAvoidsBuilding': 'ein befristeter Bedarf erspart den Aufbau einer ständigen Abteilung',
    'src.aLastingNeedMakesOutside':
      'ein dauerhafter Bedarf macht externe Honorare wiederkehrend und die Eigenverantwortung schwach',
    'src.outsideExpertsCanStandThe':
      'externe Fachleute können das Office aufbauen und Mitarbeitende zur Übernahme coachen',
    'src.aHandOverNeedsInternal':
      'eine Übergabe setzt voraus, dass interne Mitarbeitende zuerst geschult werden',
    'src.strongInHouseExpertiseNeeds': 'starkes internes Know-how braucht wenig externe Hilfe',
    'src.noUrgencyToJustifyOutside': 'keine Dringlichkeit, die externe Hilfe zum Start rechtfertigt',
    'src.outsideHelpGivesAFast': 'externe Hilfe ermöglicht einen schnellen Start',
    'src.aPlannedHandOverLeaves': 'eine geplante Übergabe hinterlässt ein dauerhaftes internes Office',
    'src.urgency': 'Dringlichkeit',
    'src.expertise.none': 'keines',
    'src.expertise.basic': 'grundlegend',
    'src.expertise.strong': 'ausgeprägt',

    'needf.projectsPerProjectManager': 'Projekte je Projektleiter',
    'needf.noProjectManagers': 'keine Projektleiter',
    'needf.severalProjectsAndNobodyWhose':
      'mehrere Projekte und niemand, dessen Aufgabe es ist, sie zu leiten',
    'needf.fewProjectsAndNoProject': 'wenige Projekte und keine Projektleiter',
    'needf.projectsRunningAtOnce': 'Gleichzeitig laufende Projekte',
    'needf.theMoreProjectsRunAt': 'je mehr Projekte gleichzeitig laufen, desto mehr ist zu koordinieren',
    'needf.competitionForSharedPeopleAnd': 'Wettbewerb um gemeinsame Personen und Budgets',
    'needf.projectsCompetingForTheSame':
      'Projekte, die um dieselben Personen konkurrieren, brauchen jemanden, der schlichtet',
    'needf.organisationSize': 'Größe der Organisation',
    'needf.largerOrganisationsLoseSightOf':
      'größere Organisationen verlieren ihre Projekte schneller aus dem Blick',
    'needf.projectManagers': 'Projektleiter',
    'needf.pushLeadsEveryStream':
      'Ein dringender Kraftakt lässt jedes Projekt leiten, von einer Projektleitung oder einer benannten verantwortlichen Person: Der Bedarf zählt die zu leitenden Projekte, nicht die vorhandenen Projektleitungen.',
    'needf.severalProjectManagersBenefitFrom':
      'mehrere Projektleiter profitieren von gemeinsamen Standards und Unterstützung',
    'needf.yearlyProjectSpend': 'Jährliche Projektausgaben',
    'needf.notGiven': 'nicht angegeben',
    'needf.spendNotGivenSoIt': 'Ausgaben nicht angegeben, sie erhöhen den Bedarf daher nicht',
    'needf.theMoreMoneyProjectsSpend': 'je mehr Geld Projekte ausgeben, desto teurer ist ein Scheitern',
    'needf.externalRegulatorOrAuditor': 'Externe Aufsicht oder externer Prüfer',
    'needf.projectsMustShowAnAuditor':
      'Projekte müssen einem Prüfer einheitliche Entscheidungen und Nachweise vorlegen',
    'needf.noOutsideAssuranceToProvide': 'keine Nachweise nach außen zu erbringen',
    'needf.manySmallJobs':
      'mehr als {limit} Projekte je Projektleiter: viele kleine Vorhaben, die ihre Leiter einzeln statt übergreifend koordinieren',
    'needf.realCoordination':
      'höchstens {limit} Projekte je Projektleiter: die Zahl spiegelt echte Koordinationsarbeit',
    'needf.employees': '{employees} Beschäftigte',
    'needf.amount': '{amount}',
    'needf.yes': 'ja',
    'needf.no': 'nein',

    'gap.explanation':
      '{higher} bewerten „{dimension}“ mit {higherScore, number, 2}, {lower} mit {lowerScore, number, 2}: eine Lücke von {gap, number, 2}, die eine Diskussion lohnt.',
    'disclosure.noFigures':
      'Noch keine Zahlen: Ergebnisse erscheinen, sobald {k} Personen geantwortet haben; wie viele es bisher sind, wird nicht gezeigt, da sonst jede einzelne Antwort sichtbar wäre.',
    'disclosure.waiting':
      'Antworten werden in ganzen Gruppen von {k} veröffentlicht; weitere warten auf die nächste volle Gruppe, und wie viele, wird nicht gezeigt, damit sich keine Veränderung der Ergebnisse oder Zahlen auf eine Person zurückführen lässt.',
    'disclosure.tooSmall':
      '{count, plural, one {# antwortende Person ist} other {# antwortende Personen sind}} in Gruppen mit weniger als {k} Personen, auch zusammengefasst: nur in den Gesamtzahlen gezählt.',
    'disclosure.complementary':
      'Die Gruppe „{group}“ wird ebenfalls zurückgehalten: Würde sie gezeigt, verrieten die Gesamtzahlen abzüglich der gezeigten Gruppen die Antworten der kleineren, verborgenen Gruppen.',
    'disclosure.dimensionUnrated':
      '{dimension}: Weniger als {k} Personen haben sie bewertet, daher hat sie keinen Wert.',
    'disclosure.groupUnrated':
      '{dimension} für die Gruppe „{group}“: Weniger als {k} von ihnen haben sie bewertet, daher wird sie zurückgehalten.',
    'disclosure.groupWaits':
      '{dimension} für die Gruppe „{group}“ bleibt zurückgehalten, bis der Gesamtwert dieser Dimension alle von ihnen zählt.',
    'disclosure.ratingsWait':
      'Manche Bewertungen warten, bis {k} Personen denselben Bereich bewertet haben, bevor sie in dessen Wert zählen.',
    'disclosure.expectations': 'Erwartungen, die 1 bis {below} Personen gewählt haben, zeigen keine Zahl.',
    'roleGroup.executive': 'Geschäftsleitung',
    'roleGroup.management': 'Führungskräfte',
    'roleGroup.project-manager': 'Projektleiter',
    'roleGroup.controller': 'Controller',
    'roleGroup.team-member': 'Teammitglieder',
    'roleGroup.other': 'Weitere',
    'roleGroup.pooled': 'Kleinere Gruppen (zusammengefasst)',
    'roleGroupInSentence.executive': 'Geschäftsleitung',
    'roleGroupInSentence.management': 'Führungskräfte',
    'roleGroupInSentence.project-manager': 'Projektleiter',
    'roleGroupInSentence.controller': 'Controller',
    'roleGroupInSentence.team-member': 'Teammitglieder',
    'roleGroupInSentence.other': 'weitere',
    'roleGroupInSentence.pooled': 'kleinere Gruppen (zusammengefasst)',

    'benefit.betterDecisionsFromConsolidated':
      'Bessere Entscheidungen dank konsolidierter, verlässlicher Projektdaten',
    'benefit.anIndependentViewOf': 'Ein unabhängiger Blick auf jedes Projekt für die Geschäftsleitung',
    'benefit.consistentPracticeFromOne': 'Einheitliche Praxis von Projekt zu Projekt',
    'benefit.lessDuplicatedEffortShared':
      'Weniger Doppelarbeit: gemeinsame Vorlagen, Werkzeuge und Lessons Learned',
    'benefit.higherQualityOutcomesFrom': 'Bessere Ergebnisse durch geschulte und unterstützte Projektleiter',
    'benefit.risksSeenAndMitigated': 'Risiken projektübergreifend erkannt und gemindert, nicht einzeln',
    'benefit.projectsChosenAndRanked': 'Projekte nach der Strategie ausgewählt und gereiht',
    'benefit.betterUseOfShared': 'Bessere Nutzung gemeinsamer Personen und Budgets',
    'benefit.because': '{dimension} erreicht heute {score, number, 2} von 5.',
    'benefit.notRated': 'Heute nicht bewertet.',
    'warning.borderline':
      'Grenzfall: {change} wäre die Antwort {answer}. Prüfen Sie diese Angabe, bevor Sie nach der einen oder anderen Antwort handeln.',
    'warning.borderlineMany':
      'Grenzfall bei {count} Angaben, jede nur einen Schritt vom Eingegebenen entfernt: {changes}; mit jeder einzelnen davon wäre die Antwort {answer}. Die Antwort liegt an der Grenze; prüfen Sie diese Angaben, bevor Sie nach der einen oder anderen Antwort handeln.',
    'borderline.employees': 'mit {to, number} statt {from, number} Beschäftigten',
    'borderline.concurrentProjects': 'mit {to, number} statt {from, number} laufenden Projekten',
    'borderline.projectManagers': 'mit {to, number} statt {from, number} Projektleitungen',
    'borderline.annualProjectBudget': 'mit jährlichen Projektausgaben von {to, number} statt {from, number}',
    'borderline.urgency': 'mit Dringlichkeit {to} statt {from}',
    'borderline.controlAppetite': 'mit Wunsch nach Steuerung {to} statt {from}',
    'borderline.resourceContention': 'mit Konkurrenz um Personen {to} statt {from}',
    'borderline.pmExpertise': 'mit Projektmanagement-Erfahrung {to} statt {from}',
    'borderline.level.none': 'keine',
    'borderline.level.basic': 'grundlegend',
    'borderline.level.strong': 'stark',
    'borderline.level.low': 'niedrig',
    'borderline.level.medium': 'mittel',
    'borderline.level.high': 'hoch',
    'sensitivity.change': '{aspect}: {from} → {to}',
    'sensitivity.verdict': 'Urteil',
    'sensitivity.model': 'Modell',
    'sensitivity.sourcing': 'Besetzung',
    'sensitivity.verdict.programme': 'Programm-Office',
    'sensitivity.verdict.needed': 'PMO nötig',
    'sensitivity.verdict.none': 'kein PMO',
    'sensitivity.model.weather-station': 'Wetterstation',
    'sensitivity.model.control-tower': 'Kontrollturm',
    'sensitivity.model.resource-source': 'Ressourcenpool',
    'sensitivity.model.none': 'keines',
    'sensitivity.sourcing.internal': 'intern',
    'sensitivity.sourcing.outsourced': 'ausgelagert',
    'sensitivity.sourcing.hybrid': 'hybrid',
    'sensitivity.sourcing.none': 'keine',

    'risk.weatherStation.risk': 'Berichte gelten als Papierkram, weil sie zu keinen Entscheidungen führen.',
    'risk.weatherStation.mitigation':
      'Vereinbaren Sie mit der Leitung, welche Entscheidungen jeder Bericht speist, und verfolgen Sie sie.',
    'risk.controlTower.risk': 'Standards wirken bei kleinen Projekten wie Bürokratie.',
    'risk.controlTower.mitigation':
      'Bieten Sie kleinen Projekten einen schlanken Weg an und überprüfen Sie die Regeln nach dem Pilotbetrieb.',
    'risk.resourceSource.risk':
      'Linienvorgesetzte wehren sich dagegen, die Verfügung über ihr Personal zu verlieren.',
    'risk.resourceSource.mitigation':
      'Setzen Sie Linienvorgesetzte in das Portfolio-Board und veröffentlichen Sie die Zuteilungsregeln.',
    'risk.stretch.risk': 'Das Office braucht Fähigkeiten, die noch nicht vorhanden sind.',
    'risk.stretch.mitigation':
      'Bauen Sie sie im Pilotbetrieb auf und gehen Sie erst weiter, wenn eine erneute Bewertung sie zeigt.',
    'risk.outsourced.risk': 'Das Wissen geht mit dem Dienstleister; die Organisation wird von ihm abhängig.',
    'risk.outsourced.mitigation':
      'Sichern Sie sich Methoden und Daten vertraglich und vereinbaren Sie die Ausstiegsbedingungen, bevor der Dienstleister beginnt.',
    'risk.hybrid.risk': 'Die Übergabe verzögert sich, und das externe Team bleibt.',
    'risk.hybrid.mitigation':
      'Legen Sie die Übergabetermine je Rolle im Vertrag fest und stellen Sie ab der ersten Woche interne Mitarbeitende zur Seite.',
    'risk.temporary.risk': 'Das Office überdauert den Bedarf, für den es eingerichtet wurde.',
    'risk.temporary.mitigation':
      'Schreiben Sie das Enddatum in den Projektauftrag und planen Sie die Rückgabe.',
    'risk.urgentInterim.risk': 'Die Übergangslösung wird stillschweigend zur Dauerlösung.',
    'risk.urgentInterim.mitigation':
      'Entscheiden Sie bei Unterzeichnung des Projektauftrags über die dauerhafte Lösung und beenden Sie dann die Übergangslösung.',
    'risk.reset.risk':
      'Die Mitarbeitenden des bestehenden Office fühlen sich beschuldigt und ziehen sich zurück.',
    'risk.reset.mitigation':
      'Gehen Sie von den Ergebnissen des Gesundheitschecks aus und geben Sie ihnen Rollen in der Neugestaltung.',
    'risk.evolve.risk': 'Nutzer verlieren geschätzte Leistungen des bestehenden Office.',
    'risk.evolve.mitigation':
      'Behalten Sie die Leistungen, die laut Gesundheitscheck genutzt werden, bis ihr Ersatz läuft.',
    'risk.regulated.risk': 'Lücken in der Dokumentation zeigen sich während der Umstellung in einem Audit.',
    'risk.regulated.mitigation':
      'Bilden Sie die regulatorischen Anforderungen vor dem Pilotbetrieb auf Entscheidungspunkte ab und führen Sie den Prüfpfad ab dem ersten Tag.',
    'risk.thinEvidence.risk': 'Der Entwurf stützt sich auf dünne oder widersprüchliche Belege.',
    'risk.thinEvidence.mitigation':
      'Vervollständigen Sie die Bewertung mit weiteren Antwortenden, bevor der Projektauftrag unterzeichnet wird.',

    'staff.role.pmoLead': 'PMO-Leitung',
    'staff.basis.oneLeadHalfTimeBelow':
      'eine Leitung; halbtags unter 10 Projekten, außer sie führt ein Programm',
    'staff.role.planningAndReportingAnalyst': 'Analyst für Planung und Berichtswesen',
    'staff.basis.onePer25ProjectsAt':
      'eine Stelle je {per} Projekte bis {until}, danach eine je {wide} (mindestens halbtags); für ein Programm eine je {spend} Jahresbudget (0,5 bis 3) oder eine, wenn kein Budget angegeben ist',
    'staff.role.methodologyAndCoachingLead': 'Leitung Methodik und Coaching',
    'staff.basis.onePer10ProjectManagers':
      'eine Stelle je 10 Projektleiter, je 20 bei starker interner Expertise (mindestens halbtags)',
    'staff.role.portfolioAndResourceManager': 'Portfolio- und Ressourcenmanager',
    'staff.basis.onePer20ProjectsAt': 'eine Stelle je 20 Projekte (mindestens eine)',
    'staff.role.assuranceOfficer': 'Verantwortlicher für Qualitätssicherung und Compliance',
    'staff.basis.regulatedOnePer50Projects': 'reguliert: eine Stelle je 50 Projekte (mindestens halbtags)',
    'staff.role.partTimeProjectCoordinator': 'Projektkoordinator in Teilzeit',
    'raci.service.regulatoryAssuranceAndAuditTrail': 'Regulatorische Absicherung und Prüfpfad',
    'party.projectManagers': 'Projektleiter',
    'party.leadership': 'Geschäftsleitung',
    'party.controllers': 'Controller',
    'party.teamMembers': 'Teammitglieder',
    'party.lineManagement': 'Linienvorgesetzte',
    'party.compliance': 'Compliance',
    'party.externalAuditor': 'Externer Prüfer',
    'staff.basis': '{role}: {basis}',
    'staff.capped':
      'Begrenzt auf {share} % der Belegschaft ({limit, number, 2} VZÄ); Rollen anteilig verkleinert, keine unter {floor} VZÄ.',
    'staff.range': 'Spanne: ±{spread} % um die Summe der Rollen.',
    'staff.coordination':
      'Höchstens {share} % der Belegschaft und höchstens {fte} VZÄ; die Spanne beginnt bei der Hälfte.',
    'cost.groupTotal':
      'Die Gruppe insgesamt, Hub und die Offices in den {units} Bereichen: {min, number}–{max, number} {currency} pro Jahr, davon {unitsMin, number}–{unitsMax, number} {currency} für die Offices der Bereiche, von den Bereichen aus eigenem Budget bezahlt; die folgenden Zahlen betreffen nur den Hub.',
    'cost.formula':
      '{min}–{max} VZÄ × {dayRate} {currency} pro Tag × {days} Arbeitstage, auf Tausend gerundet.',
    'cost.ratesGiven':
      'Tagessätze mit der Anfrage angegeben: {internal} {currency} für Ihr eigenes Personal, {external} {currency} für alle, die von außen kommen.',
    'cost.singleRate':
      'Es wurde ein einziger Tagessatz von {internal} {currency} angegeben: Er gilt für eigene wie externe Personen. Ein externer Tag kostet üblicherweise etwa das {factor, number}-Fache eines eigenen; geben Sie einen externen Satz an, um Externe gesondert zu rechnen.',
    'cost.mixedForGood':
      'Ein dauerhaft gemischtes Team: ein eigener Kern von etwa {own} VZÄ zu {internal} {currency} pro Tag neben etwa {outside} VZÄ externen Fachleuten zu {external} {currency}, die bleiben; nichts wird übergeben, und jedes Jahr kostet gleich viel.',
    'cost.mixedForPush':
      'Ein gemischtes Team für die Dauer des Vorhabens: etwa {share} % externe Kräfte zu {external} {currency} pro Tag, der Rest Ihr eigenes Personal zu {internal} {currency}, bis das Vorhaben endet.',
    'cost.mixedForLongPush':
      'Ein gemischtes Team, das noch während des Vorhabens übergibt: etwa {share} % externe Kräfte zu {external} {currency} pro Tag in den ersten {months} Monaten, während sie das Office aufbauen und Ihre eigenen Leute dessen Rollen lernen, danach nur noch etwa {peak} % für Spitzen; der Rest Ihr eigenes Personal zu {internal} {currency}. Über das ganze Vorhaben etwa {average} % extern, die Mischung der Jahreszahl.',
    'cost.contractLead':
      'In den Kosten des Office enthalten: Seine Leitung ({fte} VZÄ) ist eine erfahrene Interim-Kraft auf Vertrag für {months} Monate zum externen Satz von {rate, number} {currency} pro Tag, etwa {amount, number} {currency} mehr als zu Ihrem Satz.',
    'rationale.coachedLead':
      'Eingekauft werden: {days} Tage externes Coaching für die eigene Leitung des Office. Intern hat niemand solche Arbeit geleitet, doch eine Leitung auf Vertrag zum externen Satz ließe unter der Ausgabengrenze etwa {fte, number} VZÄ der Arbeit unbesetzt; Ihre eigenen Leute, begleitet, besetzen für dasselbe Geld etwa {own, number} VZÄ.',
    'rationale.coachedLeadOverLine':
      'Eingekauft werden: {days} Tage externes Coaching für die eigene Leitung des Office. Intern hat niemand solche Arbeit geleitet, doch eine Leitung auf Vertrag zum externen Satz würde den größten Teil dessen verbrauchen, was die Ausgabengrenze erlaubt, und die Arbeit bliebe unbesetzt; Ihre eigenen Leute, begleitet, decken für dasselbe Geld mehr davon ab.',
    'plan.coachedOwnLead':
      'Die Leitung des Office jetzt aus den eigenen Leuten benennen, begleitet von einer erfahrenen externen Office-Leitung etwa einen Tag alle zwei Wochen; mit den kritischsten Projekten beginnen',
    'rationale.boughtInOneSeat':
      'Eingekauft wird: das ganze Office, eine erfahrene Interim-Kraft ({fte} VZÄ) auf Vertrag für die Dauer des Vorhabens zum externen Satz, die Register, Pläne und Erkenntnisse zum Abschluss an die Linie zurückgibt.',
    'rationale.contractLead':
      '{rest, plural, =0 {Eingekauft wird: das ganze Office, eine erfahrene Interim-Kraft ({fte} VZÄ) auf Vertrag zum externen Satz, weil intern niemand solche Arbeit geleitet hat.} other {Eingekauft wird: die Leitung des Office, eine erfahrene Interim-Kraft ({fte} VZÄ) auf Vertrag zum externen Satz, weil intern niemand solche Arbeit geleitet hat; die übrigen {rest} VZÄ sind Ihre eigenen Leute.}}',
    'src.mixedForGood':
      'das Office ist ein zu großer Teil der Belegschaft, um ganz Ihr eigenes zu werden: ein eigener Kern behält die Entscheidungen, externe Fachleute bleiben dauerhaft',
    'src.mixedForGoodExpertise':
      'eigene Leute führen das Office, zugekaufte Fachleute übernehmen Planung und Kostenkontrolle',
    'plan.agreeWhichRolesStay':
      'Vereinbaren, welche Fachrollen der Anbieter dauerhaft besetzt, wie ihre Zahl der Projektpipeline folgt und dass Ihr eigener Kern sie führt',
    'plan.reviewTheMixYearly':
      'Die Zusammensetzung einmal im Jahr prüfen: welche Rollen der Anbieter besetzt, was sie kosten und ob eine davon eine eigene Stelle werden sollte',
    'party.ownCoreAndSpecialists': 'Eigener PMO-Kern mit externen Fachleuten',
    'risk.mixedForGood.risk': 'Das Wissen des Office liegt bei den Fachleuten des Anbieters.',
    'risk.mixedForGood.mitigation':
      'Halten Sie Methoden, Daten und Werkzeuge bei Ihrem eigenen Kern und legen Sie im Vertrag für jede Rolle eine Kündigungsfrist und die Rückgabe der Unterlagen fest.',
    'cost.defaultRate':
      'Standard-Tagessatz für die Besetzung {sourcing} (intern {internal}, hybrid {hybrid}, ausgelagert {outsourced} {currency}); geben Sie Ihren eigenen Satz an, um ihn zu ersetzen.',
    'cost.notIncluded':
      'Werkzeuge, Schulungen und die Zeit, die Projektleiter mit dem Office verbringen, sind nicht enthalten.',
    'cost.shareOfSpend': 'Das sind {min, number, 2}–{max, number, 2} % der jährlichen Projektausgaben.',
    'kpi.measure': 'Wert „{dimension}“ (1–5) bei der erneuten Bewertung zwölf Monate nach dem Projektauftrag',
    'party.pmoTeam': 'PMO-Team',
    'party.outsideThenInternal': 'Externes PMO-Team, dann internes PMO-Personal',
    'party.pmoProvider': 'PMO-Dienstleister',
    'party.programmeSponsor': 'Programm-Auftraggeber',
    'party.executiveSponsor': 'Auftraggeber (Sponsor) aus der Geschäftsleitung',
    'party.pmoLead': 'PMO-Leitung',
    'party.portfolioBoard': 'Portfolio-Board',

    'rollout.quickWin': 'Sofortmaßnahme für „{dimension}“ ({score, number, 2}): {action}',

    'plan.defineTheStatusReportFields': 'Den Statusbericht festlegen: Felder, Rhythmus, Ampelregeln',
    'plan.collectStatusFromThePilot':
      'Status der Pilotprojekte erheben und den ersten konsolidierten Bericht veröffentlichen',
    'plan.extendStatusReportingToEvery': 'Das Statusberichtswesen auf alle Projekte ausweiten',
    'plan.setUpTheSingleSource': 'Die zentrale Quelle für Projektdaten einrichten',
    'plan.publishThePortfolioReportOn':
      'Den Portfoliobericht in festem Rhythmus veröffentlichen und die ausgelösten Entscheidungen verfolgen',
    'plan.draftTheMethodologyTemplatesAnd':
      'Methodik, Vorlagen und Anpassungsregeln aus bestehender guter Praxis entwerfen',
    'plan.applyTheMethodologyOnThe': 'Die Methodik in den Pilotprojekten mit Coaching anwenden',
    'plan.startConsolidatedStatusReporting': 'Konsolidiertes Statusberichtswesen starten',
    'plan.trainEveryProjectManagerIn': 'Jeden Projektleiter in der Methodik schulen',
    'plan.startProjectReviewsAndCompliance': 'Projektreviews und Compliance-Prüfungen starten',
    'plan.reviewAndImproveTheMethodology':
      'Die Methodik anhand der Projektergebnisse überprüfen und verbessern',
    'plan.agreeThePortfolioBoardIts': 'Portfolio-Board, Mandat und Auswahlkriterien vereinbaren',
    'plan.draftTheMethodologyAndTemplates': 'Methodik und Vorlagen entwerfen',
    'plan.runTheFirstPortfolioPrioritisation': 'Die erste Portfoliopriorisierung im Pilotumfang durchführen',
    'plan.planCapacityForThePilot': 'Die Kapazität für die Pilotprojekte planen',
    'plan.bringEveryProjectUnderPortfolio': 'Jedes Projekt unter die Freigabe des Portfolios stellen',
    'plan.allocateSharedPeopleThroughThe': 'Gemeinsam genutzte Personen über das PMO zuteilen',
    'plan.startAudits': 'Audits starten',
    'plan.rebalanceThePortfolioQuarterlyOn':
      'Das Portfolio vierteljährlich nach Nutzen und Kapazität neu ausrichten',
    'plan.interimSetUp': 'Übergangslösung',
    'plan.contractLeadForPush':
      'Eine erfahrene Interim-Kraft auf Vertrag holen, die das Office für die Dauer des Vorhabens leitet, zuerst bei den kritischsten Projekten: intern hat niemand solche Arbeit schon geleitet',
    'plan.contractLeadUntilHire':
      'Eine erfahrene Interim-Kraft auf Vertrag holen, die das Office leitet, bis eine eigene Leitung eingestellt ist, zuerst bei den kritischsten Projekten: intern hat niemand solche Arbeit schon geleitet',
    'plan.ownInterimLead':
      'Die Leitung des Office jetzt aus den eigenen Leuten benennen, so weit von anderer Arbeit freigestellt, wie das Office es verlangt, und mit den kritischsten Projekten beginnen',
    'plan.putAnInterimPmoLead':
      'Sofort eine interimistische PMO-Leitung für die kritischsten Projekte einsetzen',
    'plan.startAWeeklyStatusRound':
      'Eine wöchentliche Statusrunde, eine gemeinsame Risikoliste und ein Entscheidungsprotokoll starten',
    'plan.interimLeadInPlace': 'Interimsleitung im Amt',
    'plan.firstWeeklyStatusRoundHeld': 'Erste wöchentliche Statusrunde abgehalten',
    'plan.executiveSponsor': 'Auftraggeber (Sponsor) aus der Geschäftsleitung',
    'plan.purchasing': 'Einkauf',
    'plan.interimPmoLead': 'Interimistische PMO-Leitung',
    'plan.theCriticalProjectsReportWeekly':
      'Die kritischen Projekte berichten wöchentlich, während das dauerhafte Office entworfen wird.',
    'plan.procurementAndServiceLevels': 'Beschaffung und Service-Level',
    'plan.describeTheServicesScopeAnd':
      'Aus der unterzeichneten Charta Leistungen, Umfang und Berichtswesen beschreiben, die der Dienstleister liefern muss',
    'plan.selectTheProvider': 'Den Dienstleister auswählen',
    'plan.agreeServiceLevelsReportingExit':
      'Service-Level, Berichtswesen, Ausstiegsbedingungen und die Rückgabe von Daten und Methoden vereinbaren',
    'plan.agreeWhichRolesPassTo': 'Vereinbaren, welche Rollen wann an interne Mitarbeitende übergehen',
    'plan.contractWithServiceLevelsSigned':
      'Vertrag mit Service-Levels vor dem Start des Dienstleisters unterzeichnet',
    'plan.aSignedContractNamesServices':
      'Ein unterzeichneter Vertrag nennt Leistungen, Service-Level, Ausstiegsbedingungen und die Übergabetermine.',
    'plan.healthCheckOfTheExisting': 'Gesundheitscheck des bestehenden PMO',
    'plan.askProjectManagersAndSponsors':
      'Projektleiter und Auftraggeber fragen, was bleiben, sich ändern und wegfallen soll',
    'plan.compareItsCostAndStaffing': 'Kosten und Personal mit der vorgeschlagenen Aufstellung vergleichen',
    'plan.healthCheckReportAcceptedBy': 'Bericht zum Gesundheitscheck vom Auftraggeber abgenommen',
    'plan.pmoLead': 'PMO-Leitung',
    'plan.theSponsorAgreesWhatThe':
      'Der Auftraggeber legt fest, was das Office ab heute behält, ändert und aufgibt.',
    'plan.mapWhatTheRegulatorOr':
      'Die Anforderungen von Aufsicht oder Prüfer auf Entscheidungspunkte, Nachweise und Freigaben abbilden',
    'plan.keepAnAuditTrailDecisions':
      'Einen Prüfpfad führen: Entscheidungen, Genehmigungen und Nachweise dort ablegen, wo ein Prüfer sie findet',
    'plan.currentStateAnalysis': 'Ist-Analyse',
    'plan.interviewAndSurveyStakeholdersFrom':
      'Stakeholder aller Rollen befragen; erfassen, was sie von einem PMO erwarten',
    'plan.studyTheKindsOfProjects':
      'Die Projektarten, Prozesse und Werkzeuge untersuchen, die Projektleiter heute nutzen',
    'plan.scoreMaturityPerDimensionAnd':
      'Den Reifegrad je Dimension bewerten und die Wahrnehmungslücken zwischen Rollen besprechen',
    'plan.stakeholderSurveyClosed': 'Stakeholder-Befragung abgeschlossen',
    'plan.currentStateReportAcceptedBy': 'Ist-Bericht vom Auftraggeber abgenommen',
    'plan.pmoProvider': 'PMO-Dienstleister',
    'plan.theSponsorAcceptsTheCurrent':
      'Der Auftraggeber nimmt die Ist-Ergebnisse und die zuerst anzugehenden schwächsten Dimensionen an.',
    'plan.revisedConceptAndCharter': 'Überarbeitetes Konzept und überarbeiteter Projektauftrag',
    'plan.pmoConceptAndCharter': 'PMO-Konzept und Projektauftrag',
    'plan.decideWhereTheOfficeSits': 'Entscheiden, wo das Office angesiedelt ist und wem es berichtet',
    'plan.writeTheSunsetDateAnd': 'Enddatum und Rückgabe in den Projektauftrag schreiben',
    'plan.revisedCharterSigned': 'Überarbeiteter Projektauftrag unterzeichnet',
    'plan.pmoCharterSignedByThe': 'PMO-Projektauftrag vom Auftraggeber unterzeichnet',
    'plan.pmoLeadAppointed': 'PMO-Leitung ernannt',
    'plan.aSignedCharterNamesThe':
      'Ein unterzeichneter Projektauftrag nennt Modell, Leistungen, Team, Kennzahlen und ihre Ziele.',
    'plan.pilotTheChangedServices': 'Die geänderten Leistungen pilotieren',
    'plan.pilotOnAFewProjects': 'Pilot mit einigen Projekten',
    'plan.collectFeedbackFromPilotProject':
      'Rückmeldungen der Pilot-Projektleiter und -Auftraggeber einholen',
    'plan.quickWinsVisibleOnThe': 'Sofortmaßnahmen in den Pilotprojekten sichtbar',
    'plan.pilotReviewHeld': 'Pilotreview abgehalten',
    'plan.pilotProjectManagers': 'Pilot-Projektleiter',
    'plan.pilotProjectManagersAndSponsors':
      'Pilot-Projektleiter und -Auftraggeber bestätigen, dass die Leistungen helfen, und die Anpassungen sind vereinbart.',
    'plan.handOverPmoRolesFrom':
      'PMO-Rollen Rolle für Rolle vom externen Team an interne Mitarbeitende übergeben',
    'plan.organisationWideRollOut': 'Einführung in der ganzen Organisation',
    'plan.everyProjectCoveredByThe': 'Jedes Projekt von den PMO-Leistungen abgedeckt',
    'plan.reAssessmentConfirmsReadinessFor':
      'Eine erneute Bewertung bestätigt die Bereitschaft für jede nächste Stufe',
    'plan.lineManagement': 'Linienvorgesetzte',
    'plan.allProjectsUseThePmo': 'Alle Projekte nutzen die PMO-Leistungen und berichten darüber.',
    'plan.measureTheOfficeAgainstThe': 'Das Office an den Kennzahlen seines Projektauftrags messen',
    'plan.reAssessMaturityWithThe':
      'Den Reifegrad mit demselben Fragebogen erneut bewerten und mit der Ausgangsmessung vergleichen',
    'plan.completeTheHandOverThe': 'Die Übergabe abschließen; das externe Team geht',
    'plan.runTheProgrammeOffice': 'Das Programm-Office betreiben',
    'plan.runTheOfficeForThe': 'Das Office für den befristeten Kraftakt betreiben',
    'plan.midPointReviewWithThe': 'Halbzeitreview mit dem Auftraggeber',
    'plan.pmoTeam': 'PMO-Team',
    'plan.theProgrammeOrPushReaches':
      'Das Programm oder der Kraftakt erreicht sein Enddatum, oder der Auftraggeber beendet ihn.',
    'plan.handBackAndSunset': 'Rückgabe und Auflösung',
    'plan.handRegistersPlansAndOpen':
      'Listen, Pläne und offene Risiken an die Linienvorgesetzten zurückgeben',
    'plan.recordLessonsLearnedAndWhat': 'Lessons Learned festhalten und was als Gewohnheit bleiben soll',
    'plan.closeTheProviderContractAnd':
      'Den Vertrag mit dem Dienstleister beenden und Daten und Methoden zurückholen',
    'plan.dissolveTheOfficeAndRelease': 'Das Office auflösen und seine Mitarbeitenden freigeben',
    'plan.handBackAcceptedByLine': 'Rückgabe von den Linienvorgesetzten abgenommen',
    'plan.officeClosed': 'Office geschlossen',
    'plan.nothingDependsOnTheOffice':
      'Nichts hängt mehr vom Office ab, und es wird zu seinem Enddatum geschlossen.',
    'plan.operateMeasureAndImprove': 'Betreiben, messen und verbessern',
    'plan.firstReAssessment': 'Erste erneute Bewertung',
    'plan.pmoServiceReviewWithLeadership': 'Review der PMO-Leistungen mit der Geschäftsleitung',
    'plan.portfolioBoard': 'Portfolio-Board',
    'plan.theReAssessmentShowsProgress':
      'Die erneute Bewertung zeigt Fortschritte bei den schwächsten Dimensionen; der nächste Verbesserungszyklus ist vereinbart.',
    'plan.anOfficeExistsThePlan':
      'Ein Office besteht: Der Plan beginnt heute mit einem Gesundheitscheck, nicht mit einer neuen Analyse',
    'plan.reshapeTheExistingOffice': 'Das bestehende Office umgestalten',
    'plan.sharedBasics': 'Gemeinsame Grundlagen',
    'plan.moveItsPeopleBackTo':
      'Seine Mitarbeitenden in die Projektarbeit oder in eine Koordinationsrolle in Teilzeit überführen',
    'plan.coordinatorKeepsTheList':
      'Einer Person eine Koordinationsrolle in Teilzeit geben: eine aktuelle Liste aller Vorhaben führen und die regelmäßige Portfolio-Überprüfung der Leitung vorbereiten; die Leute werden schon dort eingeplant, wo sie arbeiten',
    'plan.giveOnePersonAPart':
      'Einer Person eine Koordinationsrolle in Teilzeit geben: eine Liste aller Vorhaben und ein wöchentlicher Blick darauf, wer woran arbeitet',
    'plan.agile.rankedInitiatives':
      'Eine einzige priorisierte Liste der Initiativen führen, an denen die Teams arbeiten, jede mit einer verantwortlichen Person und dem angestrebten Ergebnis, und sie einmal im Quartal neu priorisieren; keine Auftraggeber oder Freigabestufen je Projekt',
    'plan.agile.dependencyBoard':
      'Ein einziges Board führen, auf dem steht, worauf jedes Team von einem anderen wartet, und es alle zwei Wochen mit je einer Person aus jedem Team durchgehen',
    'plan.agile.retrospectives':
      'Aus den Retrospektiven der Teams eine kurze Liste dessen speisen, was sich teamübergreifend ändern soll, und sie bei jeder neuen Priorisierung der Initiativen ansehen',
    'plan.agile.coordinator':
      'Einer Person eine Teilzeitrolle geben, um die priorisierte Quartalsliste und das Abhängigkeits-Board zu pflegen',
    'plan.agile.teamRetro':
      'Am Ende jeder Arbeit eine kurze Retrospektive halten und eine einzige Liste dessen führen, was das Team als Nächstes ändert',
    'plan.orders.coordinator':
      'Einer Person eine Teilzeitrolle für den Auftragsbestand geben: offene Kundenaufträge in der Reihenfolge ihrer zugesagten Termine, wer an welchem arbeitet, und neue Angebote daran gemessen',
    'plan.orders.leadPerOrder':
      'Für jeden Kundenauftrag eine verantwortliche Person benennen, die Umfang, zugesagten Termin und Budget gegenüber dem Kunden hält',
    'plan.orders.weeklyLook':
      'Einmal pro Woche alle offenen Aufträge gemeinsam ansehen: verbrauchte Stunden gegen die Schätzung, zugesagte Termine und wo Leute fehlen',
    'plan.orders.closure':
      'Jeden Auftrag abschließen, indem seine endgültigen Stunden und seine Marge neben das Angebot gestellt werden, und das Gelernte in die nächste Schätzung übernehmen',
    'plan.orders.listAgreed':
      'Der Auftragsbestand wird in der Reihenfolge der zugesagten Termine geführt, und jeder Auftrag hat eine verantwortliche Person',
    'plan.orders.firstReview': 'Erste abgeschlossene Aufträge mit ihrem Angebot verglichen',
    'plan.orders.practiceExit':
      'Der wöchentliche Blick auf die Aufträge und der Vergleich mit dem Angebot bei jedem Abschluss geschehen, ohne dass jemand daran erinnern muss.',
    'plan.agile.listAgreed':
      'Die priorisierte Quartalsliste ist vereinbart, und jede Initiative darauf hat eine verantwortliche Person',
    'plan.agile.firstReview':
      'Erste zweiwöchentliche Durchsicht des Abhängigkeits-Boards gehalten, mit allen Teams',
    'plan.agile.practiceExit':
      'Das Abhängigkeits-Board wird alle zwei Wochen durchgesehen und die Liste jedes Quartal neu priorisiert, ohne dass jemand daran erinnern muss.',
    'quickWin.fewLeads.competencies':
      'Zu wenige Projektleitungen hier, um jeder neuen eine erfahrene zur Seite zu stellen: Wer Projekte leitet, geht alle zwei Wochen die Pläne der anderen durch und legt, was sich so nicht klären lässt, einer erfahrenen Projektleitung von außen vor.',
    'quickWin.noExpertise.competencies':
      'Hier hat noch niemand solche Arbeit geleitet: Wer sie leitet, trifft sich alle zwei Wochen, um zu teilen, was funktioniert hat, und legt, was sich so nicht klären lässt, jemandem von außen vor, der es schon getan hat.',
    'plan.nameAnAccountableLeadAnd':
      'Für jedes Projekt einen verantwortlichen Projektleiter und einen Auftraggeber benennen',
    'plan.everyProjectHasALead':
      'Jedes Projekt hat einen Projektleiter, einen Auftraggeber und einen einseitigen Plan',
    'plan.businessOwner': 'Unternehmer',
    'plan.theBasicsAreInUse': 'Die Grundlagen sind in jedem laufenden Projekt im Einsatz.',
    'plan.practiseOnLiveProjects': 'An laufenden Projekten üben',
    'plan.holdAShortStatusRound': 'Alle zwei Wochen eine kurze projektübergreifende Statusrunde abhalten',
    'plan.closeEachProjectWithA': 'Jedes Projekt mit einem Lessons-Learned-Review abschließen',
    'plan.firstLessonsLearnedReviewsWritten': 'Erste Lessons-Learned-Reviews schriftlich festgehalten',
    'plan.projectLeads': 'Projektleiter',
    'plan.statusRoundsAndClosureReviews': 'Statusrunden und Abschlussreviews finden ohne Erinnerung statt.',
    'plan.reAssessTheNeedFor': 'Den Bedarf an einem PMO erneut bewerten',
    'plan.answerTheQuestionnaireAgainAnd':
      'Den Fragebogen erneut beantworten und prüfen, ob sich der Kontext geändert hat',
    'plan.decisionStayLeanOrSet': 'Entscheidung: schlank bleiben oder ein PMO einrichten',
    'plan.aDocumentedDecisionOnWhether': 'Eine dokumentierte Entscheidung, ob jetzt ein PMO nötig ist.',
    'plan.noPmoIsRecommendedYet':
      'Noch wird kein PMO empfohlen: Der Plan baut grundlegende Gewohnheiten auf und setzt einen Termin für die nächste Entscheidung',
    'plan.smallOrganisationUnder100People': 'kleine Organisation (unter 100 Personen): Dauern ×0,75',
    'plan.midSizedOrganisation100U2013999': 'mittelgroße Organisation (100–999 Personen): Basisdauern',
    'plan.largeOrganisation1000People': 'große Organisation (1.000 Personen oder mehr): Dauern ×1,5',
    'plan.reviewCurrent':
      'Prüfen, was das bestehende Office (Modell {model}) leistet: genutzte Leistungen, gelesene Berichte, ausgelöste Entscheidungen',
    'plan.definePmo':
      'Das PMO nach dem Modell {model} ({control}) festlegen: seine Aufgaben, Verantwortlichkeiten und Kompetenzen',
    'plan.urgentCut':
      'Den Abbau in {weeks} Wochen vollziehen, nicht über ein Jahr: das Office von {fte} VZÄ auf etwa {target} VZÄ bringen und zunächst nur die Entscheidungen über Fortführen oder Stoppen von Projekten, die Freigabe von Ausgaben und einen einzigen Bericht behalten; die übrigen Dienste beginnen erst wieder, wenn der Abbau vollzogen ist',
    'plan.defineProgrammeOffice':
      'Das Programm-Office nach dem Modell {model} ({control}) festlegen: seine Aufgaben, Verantwortlichkeiten und Kompetenzen',
    'plan.staffTeam': 'Das Team besetzen: {staffing}',
    'plan.buildCapabilities': 'Die fehlenden Fähigkeiten aufbauen: {capabilities}',
    'plan.stage': 'Stufe {stage}: Betrieb nach dem Modell {model} ({control}) — {services}',
    'plan.sourcingSetup': 'Besetzung {sourcing}: Aufbauphasen ×{setup}',
    'plan.temporaryNeed':
      'Befristeter Bedarf: geplant über {weeks} Wochen einschließlich {handBack} Wochen Rückgabe; Aufbauphasen ×{factor}',
    'plan.rolloutBase': 'Basis der Einführung für das Modell {model}: {weeks} Wochen',
    'plan.rolloutBaseStaged':
      'Basis der Einführung für das Modell {model}: {weeks} Wochen, plus {perStage} Wochen für jede von {stages, plural, one {# früheren Stufe} other {# früheren Stufen}}',
    'plan.highUrgency': 'Hohe Dringlichkeit: zuerst {weeks} Wochen Übergangslösung',
    'plan.quickWinsFrom': 'Sofortmaßnahmen ergeben sich aus den schwächsten Dimensionen: {dimensions}',
    'plan.quickWinsFromNone': 'Sofortmaßnahmen ergeben sich aus den schwächsten Dimensionen: keine bewertet',
    'plan.reviewAndKeep':
      'Prüfen, was das bestehende Office (Modell {model}) leistet, und nur behalten, was Projekte nutzen',
    'plan.staffing.weather-station': 'Eine bis zwei Personen für bis zu etwa 30 Projekte.',
    'plan.staffing.control-tower': 'Zwei bis fünf Personen mit Methodik- und Coaching-Kompetenz.',
    'plan.staffing.resource-source':
      'Fünf oder mehr Personen, darunter Portfolio- und Ressourcenmanager, mit einem Mandat der Geschäftsleitung.',

    'evidence.fewSufficientAnswersDisagree':
      '{sufficient} von {total} Dimensionen haben genug übereinstimmende Antworten (mindestens {minRated} bewertete Fragen, die übereinstimmen); {needed} sind nötig. Die Fragen sind bewertet; es sind die Antworten, die voneinander abweichen (siehe unten).',
    'evidence.respondentsSplitMany':
      'Die Antwortenden sind sich in {count} Dimensionen uneinig (Streuung ihrer eigenen Werte bis {spread, number, 2}, Grenze {limit, number, 2}): {dimensions}. Die Mittelwerte geben niemandes Sicht wieder; besprechen Sie sie mit den Antwortenden, bevor Sie sich auf diese Stufen stützen.',
    'evidence.respondentsSplit':
      '{dimension}: Die Antwortenden sind sich uneinig (Streuung ihrer eigenen Werte {spread, number, 2}, Grenze {limit, number, 2}); der Mittelwert gibt niemandes Sicht wieder. Besprechen Sie das mit den Antwortenden, bevor Sie sich auf diese Stufe stützen.',
    'warning.respondentsSplitMany':
      'Die Antwortenden sind sich in {count} Dimensionen uneinig (Streuung ihrer eigenen Werte bis {spread, number, 2}, Grenze {limit, number, 2}): {dimensions}. Ihre Stufen zählen im Gesamtwert, können aber keine Fähigkeit belegen, die ein PMO-Modell braucht; besprechen Sie die Antworten zuerst mit den Antwortenden.',
    'warning.respondentsSplit':
      '{dimension}: Die Antwortenden sind sich uneinig (Streuung ihrer eigenen Werte {spread, number, 2}, Grenze {limit, number, 2}); ihre Stufe {level} zählt im Gesamtwert, kann aber keine Fähigkeit belegen, die ein PMO-Modell braucht.',
    'warning.inflated':
      'Jede bewertete Dimension erreicht {from, number, 2} oder mehr: Durchweg höchste Antworten können geschönt sein. Prüfen Sie sie anhand von Belegen (Berichte, Entscheidungen, Audits), bevor Sie sich darauf stützen.',
    'warning.highCostShare':
      'Das Office würde bis zu {share, number, 2} % des angegebenen jährlichen Projektbudgets kosten, mehr als die {limit} %, ab denen ein Office für dieses Budget teuer ist (begrenzt ist es auf {hard} %). Was umfasst das Budget: nur Investitionsprojekte oder auch die laufenden Kosten der Veränderung (Arbeitszeit der Beteiligten, Software, Prozessarbeit)? Fehlt davon etwas, ist der Anteil kleiner; sonst beginnen Sie am unteren Ende der Personalspanne oder mit weniger Leistungen.',
    'warning.spendHeld':
      'Das Office ist auf {share} % des jährlichen Projektbudgets begrenzt: Seine Leistungen brauchen etwa {full} VZÄ, das gezeigte Office hat etwa {shown}, also bleiben {heldBack} VZÄ dieser Arbeit unbesetzt (jede Leistung zu {percent} % behalten). Muss die Arbeit vollständig geleistet werden (Zusagen an eine Behörde, ein fester Termin), legen Sie den vollen Bedarf und seine Kosten denen vor, die die Ausgaben genehmigen, oder staffeln Sie die Arbeit; prüfen Sie zuerst, was das Budget umfasst (nur Investitionen oder auch die laufenden Kosten der Veränderung).',
    'warning.costOverSpend':
      'Das Büro würde mehr kosten als die gesamten jährlichen Projektausgaben (das {times, number}-Fache): Prüfen Sie diese Angabe oder beginnen Sie mit deutlich weniger Leistungen.',
    'maturity.allEqual':
      'Jede bewertete Dimension erreicht {score, number, 2}: Keine ist schwächer als eine andere.',
    'maturity.weakestTied': 'Schwächste Dimensionen, gleichauf bei {score, number, 2}: {dimensions}.',
    'need.alternative.reassessLater':
      'Wiederholen Sie die Bewertung, wenn Projekte um dieselben Personen konkurrieren, wenn die Organisation wächst, oder in sechs Monaten.',
    'need.gate.costShare':
      'das kleinste Office ({fte} Vollzeitstelle, intern) kostet höchstens {maxShare} % des jährlichen Projektbudgets',
    'need.gate.costShareValue': '{cost} sind {share, number, 2} % von {spend}',
    'need.verdict.tooCostly':
      'Kein Office: Es gibt Koordinationsarbeit, aber das kleinste Office würde {costShare, number, 2} % des jährlichen Projektbudgets von {spend} kosten, mehr als die {maxSpendShare} %, die ein Office ausmachen darf. Eine Koordinationsrolle in Teilzeit genügt.',
    'need.verdict.tooCostlyOverSpend':
      'Kein Büro: Es gibt Koordinationsarbeit, aber das kleinste Büro würde mehr kosten als die gesamten jährlichen Projektausgaben von {spend} (das {times, number}-Fache). Prüfen Sie diese Angabe; eine Koordinationsrolle in Teilzeit genügt.',
    'src.outsideExpertsAlongsideStaff':
      'externe Fachleute können das Office gemeinsam mit Mitarbeitenden aufbauen, die die Organisation kennen',
    'src.outsideExpertsBringExpertise':
      'externe Fachleute bringen die Expertise ein, während interne Mitarbeitende mit ihnen zusammenarbeiten',
    'src.officeInPlace': 'Bestehendes Office',
    'src.officeAction.keep': 'beibehalten',
    'src.officeAction.evolve': 'weiterentwickeln',
    'src.teamInPlaceRunsOffice': 'das vorhandene Team betreibt das Office bereits',
    'src.providerWouldReplaceTeam':
      'ein externer Anbieter würde ein Team ersetzen, das das Office bereits betreibt',
    'src.blocker.keptOfficeOwnTeam':
      'Das bestehende Office passt und wird beibehalten: Sein eigenes Team betreibt es. Einen externen Anbieter hinzuzuziehen wäre eine Änderung, kein Beibehalten.',
    'fit.blocker.insufficientEvidence':
      'Die Datengrundlage ist unzureichend: Schließen Sie die Bewertung ab, bevor ein direktives Office empfohlen wird; bis dahin tritt vorläufig das am besten passende zulässige Modell an seine Stelle.',
    'readiness.capabilityNeedsRatedThin':
      '{dimension} {score, number, 2} (braucht Stufe {level} auf ausreichender Datengrundlage; nur {rated} Frage bewertet)',
    'readiness.capabilityNeedsRatedDisagree':
      '{dimension} {score, number, 2} (braucht Stufe {level} auf ausreichender Datengrundlage; die Antworten weichen voneinander ab)',
    'readiness.programme':
      'Das Modell {model} braucht {capabilities}; die früheren Schritte sind bereits im Einsatz: Beginnen Sie damit und bauen Sie die fehlende Fähigkeit auf, während es das Programm steuert.',
    'cost.pooledLeftOut':
      'Die {pooled} gepoolten Projektleitungen sind in diesen Kosten nicht enthalten: Sie leiten Projekte und würden dafür mit oder ohne das Office bezahlt, sie sind also nicht sein Gemeinkostenanteil.',
    'cost.formulaSingle':
      '{fte} VZÄ × {dayRate} {currency} pro Tag × {days} Arbeitstage, auf Tausend gerundet.',
    'cost.shareOfSpendSingle': 'Das sind {share, number, 2} % der jährlichen Projektausgaben.',
    'cost.moreThanSpend':
      'Das ist mehr als die gesamten jährlichen Projektausgaben (das {times, number}-Fache): Prüfen Sie diese Angabe.',
    'need.gate.costOverSpend': '{cost} sind mehr als die gesamten {spend} (das {times, number}-Fache)',
    'kpi.measureTemporary':
      'Wert „{dimension}“ (1–5) bei der erneuten Bewertung vor der Rückgabe, innerhalb des Horizonts von {weeks} Wochen',
    'kpi.sustain': '{measure}; bereits auf der höchsten Stufe, daher ist das Ziel, sie zu halten',
    'kpi.provisional':
      '{measure}. Vorläufig: Die Datengrundlage ist unzureichend; bestätigen Sie Ausgangswert und Ziel, wenn die Bewertung vollständig ist',
    'rationale.credited':
      'Der Wert erreicht Stufe {reached}, angerechnet wird aber nur Stufe {level}: Die Datengrundlage ist {evidence}, und eine höhere Stufe braucht Belege aus der ganzen Organisation.',
    'plan.staffTeamFte': 'Das Team besetzen: {fte} VZÄ ({roles})',
    'plan.staffTeamFteRange': 'Das Team besetzen: {min}–{max} VZÄ ({roles})',
    'plan.staffRole': '{role} {fte}',
    'plan.talkDividedViewsFirst':
      'Beginnen Sie mit dem Gespräch, nicht mit den Durchschnitten: Bringen Sie die Befragten zusammen und klären Sie, warum ihre Bewertungen bei den meisten Dimensionen auseinanderliegen; diese Lücke ist der erste Befund, und die schwächsten Dimensionen und die einzubeziehenden Beteiligten werden erst benannt, wenn sie sich einig sind, wo die Organisation steht',
    'plan.takeAssessmentAsCurrentState':
      'Diese Bewertung als Ist-Zustand nehmen: die schwächsten Dimensionen und die einzubeziehenden Stakeholder benennen',
    'plan.kpisMeasuredBeforeHandBack': 'Kennzahlen vor der Rückgabe am Projektauftrag gemessen',
    'plan.handOverRolesToInternalStaff':
      'PMO-Rollen vom externen Team an interne Mitarbeitende übergeben, die bewahren, was als Gewohnheit bleibt',

    // --- Spaltungen: ein Mittelwert, der zwei Lager verbirgt (functions/core/splits.ts; docs/privacy.md, Regel 11).
    // Nur Tatsachen: nie eine Anzahl, ein Mittelwert oder ein Anteil eines der beiden Lager.
    'split.withinRole':
      'In der Gruppe „{group}“ bilden die Antworten zu „{dimension}“ zwei Lager, mindestens einen ganzen Punkt auseinander und jedes mit mindestens {k} Personen: ihr Mittelwert beschreibt keines der beiden. Die Verlässlichkeit dieser Dimension wird herabgesetzt.',
    'split.executivesHigher':
      'Die Geschäftsleitung bewertet „{dimension}“ mindestens einen Punkt höher als {delivery}, die die Projekte durchführen: wer die Richtung vorgibt und wer liefert, sieht es unterschiedlich. Die Verlässlichkeit dieser Dimension wird herabgesetzt.',
    'split.executivesLower':
      'Die Geschäftsleitung bewertet „{dimension}“ mindestens einen Punkt niedriger als {delivery}, die die Projekte durchführen: wer die Richtung vorgibt und wer liefert, sieht es unterschiedlich. Die Verlässlichkeit dieser Dimension wird herabgesetzt.',
    // --- Ende der Spaltungen
    // ── Fragebogen 2026.3: widersprüchliche Antworten und Vergleichbarkeit zwischen Ausgaben ──
    'evidence.contradictionOwn':
      'Einige Antworten widersprechen sich. Bei {dimensions} ist eine Praxis höher bewertet, als Ihre eigenen Antworten zu ihrer Voraussetzung zulassen; angerechnet wird sie nur bis zu der Stufe, die diese Antworten tragen. Prüfen Sie sie noch einmal, falls die höhere Bewertung stimmt.',
    'evidence.contradictionsCapped':
      '{count, plural, one {# Dimension wurde} other {# Dimensionen wurden}} niedriger angerechnet, weil manche Antworten eine Praxis höher bewerteten, als die Antworten derselben Person zu ihrer Voraussetzung tragen. Wessen Antworten, wird nicht gezeigt.',
    'baseline.editionsDiffer':
      'Die Ausgangsmessung wurde in Ausgabe {earlier} beantwortet, diese Bewertung in Ausgabe {now}. Verglichen wird nur, was beide Ausgaben gleich messen: {compared} von {total} Dimensionen, jeweils anhand der Fragen, die beide Ausgaben gleich stellen. Der Gesamtwert wird nicht verglichen.',
    'baseline.notComparable': 'Nicht verglichen: Die beiden Ausgaben messen diese Dimension unterschiedlich.',
    'benchmark.editionsDiffer':
      'Dieses Ergebnis stammt aus Ausgabe {now}; der Benchmark enthält auch Ergebnisse früherer Ausgaben. {count, plural, one {# Dimension wird} other {# Dimensionen werden}} seit {earlier} anders gemessen ({dimensions}): Lesen Sie {count, plural, one {ihr Perzentil} other {ihre Perzentile}} mit Vorsicht.',
    // ── Round 10: plans by situation (people scaled to the organisation, temporary pushes, kept offices, risks by trigger) ──
    'quickWin.atScale.standards':
      'Veröffentlichen Sie eine kurze Kernmethode mit leichtem, mittlerem und vollem Vorgehen.',
    'quickWin.atScale.governance':
      'Prüfen Sie, ob jedes größere Projekt einen Auftraggeber und eine dokumentierte Entscheidung hat.',
    'quickWin.atScale.portfolio': 'Führen Sie verstreute Projektlisten in einem Register zusammen.',
    'quickWin.atScale.resources': 'Vergleichen Sie monatlich Bedarf und Kapazität der knappen Rollen.',
    'quickWin.atScale.reporting':
      'Vereinbaren Sie fünf Statusfelder in einem Format und Rhythmus für alle Projekte.',
    'quickWin.atScale.risk-control':
      'Heben Sie die Top-Risiken der größten Projekte auf eine monatlich geprüfte Liste.',
    'quickWin.atScale.competencies':
      'Bilden Sie einen Pool erfahrener Projektleiter, die neue Projektleitungen coachen.',
    'quickWin.atScale.tools': 'Legen Sie ein führendes System für den Projektstatus fest.',
    'quickWin.atScale.lifecycle':
      'Übernehmen Sie die Lehren aus den Abschlüssen großer Projekte in die Startcheckliste.',
    'quickWin.atScale.stakeholders':
      'Vereinbaren Sie eine Stimme gegenüber Stakeholdern, die mehrere große Projekte betreffen.',
    'quickWin.atScale.benefits':
      'Geben Sie jedem größeren Projekt einen fachlichen Verantwortlichen und einen messbaren Nutzen.',
    'quickWin.atScale.finance':
      'Gleichen Sie die Budgets größerer Projekte monatlich mit dem Finanzsystem ab.',
    'plan.push.accountableDirector':
      'Eine Programmdirektorin oder einen Programmdirektor aus Ihrer Leitung benennen, verantwortlich für das ganze Vorhaben über seine gesamte Dauer: ein Vorhaben ab {line, number} Millionen Euro Projektausgaben im Jahr ist für jede Organisation groß und wird an ihrer Spitze verantwortet, gleich wie erfahren Ihre Projektleitenden sind; die Leitung des Büros führt das Büro für sie und verantwortet dessen Planung, Steuerung und Berichte',
    'plan.push.sunsetAddedOnly':
      'Das Ende des Vorhabens in den Projektauftrag schreiben: das Datum, an dem die für das Vorhaben hinzugenommenen Personen und Leistungen enden und zurückgegeben werden; das bestehende Büro selbst besteht über das Vorhaben hinaus',
    'plan.push.addedEndsOfficeStays':
      'Das Vorhaben beenden: die dafür hinzugenommenen Personen freigeben und die dafür hinzugefügten Leistungen einstellen; das bestehende Büro wird mit dem Vorhaben nicht aufgelöst, und was es danach leistet, entscheidet sein Auftraggeber vor der Rückgabe',
    'plan.windDown.phase': 'Auslaufen und übergeben',
    'plan.windDown.initiatives':
      'Jede offene Initiative der Reihe nach abschließen: fertig und abgenommen, an eine benannte Linienverantwortliche oder einen Linienverantwortlichen übergeben oder mit festgehaltenem Grund gestoppt',
    'plan.windDown.benefits':
      'Die Nutzenverfolgung an Finanzen und Linienverantwortliche übergeben: jeder Nutzen mit Verantwortlichen, Ausgangswert und Datum, geprüft sechs und zwölf Monate nach Schließung des Büros',
    'plan.windDown.archive':
      'Tracker, Entscheidungsprotokoll und Unterlagen so ablegen, dass die Organisation sie nach der Schließung des Büros wiederfindet',
    'plan.windDown.lasting':
      'Getrennt von der Schließung entscheiden, ob ein dauerhaftes Portfoliobüro gewollt ist; das schließende Büro erhält dafür keinen neuen Auftrag und wird nicht neu aufgesetzt',
    'plan.windDown.close':
      'Das Büro schließen, sobald nichts mehr davon abhängt, und seine Mitarbeitenden mit der Personalabteilung weiterbegleiten',
    'plan.push.accountableLead':
      'Eine Person für den ganzen Kraftakt verantwortlich machen, für seine gesamte Dauer: {pms, plural, =0 {wer solche Arbeit schon geleitet hat, aus dem Haus oder wie in diesem Plan von außen geholt} one {Ihre Projektleitung, so weit von anderen Aufgaben freigestellt, wie der Kraftakt es verlangt, oder eine Interimsleitung, wenn sie nicht freigestellt werden kann} other {eine Ihrer Projektleitungen, so weit von anderen Aufgaben freigestellt, wie der Kraftakt es verlangt, oder eine Interimsleitung, wenn keine freigestellt werden kann}}',
    'plan.push.accountableOfficeLead.contract':
      'Eine Programmleitung aus Ihrer Führung benennen, die für den ganzen Kraftakt über seine gesamte Dauer verantwortlich ist; die Leitung des Office, die erfahrene Interim-Kraft, die dieser Plan holt, führt das Office für sie und verantwortet dessen Plan, Steuerung und Berichte, nicht den Kraftakt selbst',
    'plan.push.accountableOfficeLead.coached':
      'Eine Programmleitung aus Ihrer Führung benennen, die für den ganzen Kraftakt über seine gesamte Dauer verantwortlich ist; die eigene Leitung des Office, von außen begleitet wie in diesem Plan, führt das Office für sie und verantwortet dessen Plan, Steuerung und Berichte, nicht den Kraftakt selbst',
    'plan.people.workstreamOwners':
      'Jedem Arbeitsstrang eine verantwortliche Person aus dem Personal geben, das die Arbeit schon steuert; sie berichten an die Leitung des Kraftakts',
    'plan.people.owner': 'Eine Person für alle Projekte benennen, die ihre Liste führt',
    'plan.limitWorkInProgress':
      'Weniger Projekte gleichzeitig führen: {projects} laufen nebeneinander bei {employees} Beschäftigten und {projectManagers, plural, =0 {keinem Projektleiter} one {einem Projektleiter} other {# Projektleitern}}, und um dieselben Leute wird gerungen. Alle laufenden Projekte in eine Rangfolge bringen, wobei Pflicht-, Sicherheits-, Regulierungs- und vertraglich zugesagte Arbeit stets oberhalb der Linie steht, die unterhalb der Linie anhalten, die Ihre Leute tragen können, und ein neues erst beginnen, wenn ein anderes abgeschlossen ist',
    'plan.people.via.hire': '{count, plural, one {eine Einstellung} other {neue Einstellungen}}',
    'plan.people.via.interim':
      '{count, plural, one {Interim für den Kraftakt} other {Interims für den Kraftakt}}',
    'plan.people.via.interim-then-hire':
      '{count, plural, one {jetzt Interim, dann Einstellung} other {jetzt Interims, dann Einstellungen}}',
    'plan.people.appointFirst':
      '{count, plural, one {Eine Projektleitung} other {# Projektleitungen}} aus dem Personal benennen, das die Arbeit schon trägt',
    'plan.people.checkNamedLeads':
      'Prüfen, dass jedes laufende Projekt eine benannte Leitung eigener Art hat, eine Koordination, Prüfärztin oder einen Verantwortlichen, der dafür einsteht, und nur dort jemanden aus dem Personal benennen, wo sie fehlt; aus einem Verhältnis von Projekten zu Projektleitern folgt keine Einstellung',
    'plan.people.appoint':
      '{count, plural, one {Eine weitere Projektleitung} other {# weitere Projektleitungen}} aus dem eigenen Personal benennen',
    'plan.people.partTimeLeads':
      '{named, plural, =0 {Die Projekte} other {Die übrigen Projekte}} in Teilzeit von denen leiten lassen, die die Arbeit schon steuern',
    'plan.people.train': 'Projektleitungen ein bis zwei Tage in den Grundlagen schulen',
    'plan.people.coaching':
      'Höchstens {days} Tage externes Coaching für die ersten Projekte, keine Einstellung',
    'plan.keepWhatWorks': 'Bewahren, was funktioniert',
    'plan.namePortfolioOwner':
      'Eine Person für den Portfolioüberblick benennen, monatlich mit der Leitung besprochen',
    'plan.takeFurther': 'Die schwächsten Praktiken eine Stufe weiterbringen, datengesteuert: {dimensions}',
    'plan.reassessBooked': 'Nächste Bewertung in einem Jahr, früher, wenn das Portfolio wächst',
    'plan.keepWhatWorksExit':
      'Eine Person führt den Portfolioüberblick; was funktioniert, ist aufgeschrieben.',
    'plan.noPmoMature': 'Kein PMO: Die Praxis funktioniert; der Plan bewahrt sie und ergänzt, was fehlt',
    'plan.temp.mobilise': 'Den Kraftakt von Beginn an führen',
    'plan.temp.steering': 'Mit Lieferanten und Fachbereichen vereinbaren, wer jeden Schritt abnimmt',
    'plan.temp.criteria': 'Kriterien für die Inbetriebnahme festlegen und wer über Go oder No-Go entscheidet',
    'plan.temp.mobiliseExit':
      'Lieferanten und Fachbereiche arbeiten mit einem Plan und vereinbarten Kriterien.',
    'plan.temp.deliver': 'Liefern und die Inbetriebnahme vorbereiten',
    'plan.temp.cutover': 'Die Umstellung planen und proben, mit einem Weg zurück',
    'plan.temp.goNoGo': 'Go oder No-Go nach den Kriterien entschieden',
    'plan.temp.deliverExit': 'Das Ergebnis ist in Betrieb, die Kriterien sind erfüllt.',
    'plan.temp.endInterim': 'Das Interim nach Abnahme der Rückgabe beenden',
    'plan.temp.decideWhatStays': 'Vor dem Ende entscheiden, welche Rollen und Gewohnheiten bleiben',
    'plan.temp.closeExit': 'Nichts hängt mehr am Kraftakt.',
    'plan.temporaryNoOffice':
      'Befristeter Bedarf von {weeks} Wochen ohne Office: darin geführt und zurückgegeben',
    'plan.strengthenService':
      '„{service}“ dort stärken, wo es nicht reicht: Der Teil, der {dimensions} aufbaut, wirkt noch nicht nachweislich',
    'plan.strengthenPhase': 'Die Leistungen stärken, die noch nicht wirken',
    'plan.addServicesPhase': 'Die neuen Leistungen im laufenden Betrieb hinzufügen',
    'plan.addedServicesRunning': 'Die hinzugefügten Leistungen laufen für jedes Projekt, dem sie dienen',
    'plan.addedServicesExit':
      'Die hinzugefügten Leistungen laufen, ohne dass die übrige Arbeit des Office in Verzug gerät.',
    'risk.hubResisted.risk': 'Die Bereiche sehen im Hub den Zugriff der Zentrale.',
    'risk.hubResisted.mitigation':
      'Lassen Sie die Bereichs-Offices die wenigen gemeinsamen Regeln des Hubs schreiben.',
    'risk.unitsDiverge.risk':
      'Die Praktiken der Bereiche driften auseinander; die Konzernzahlen sind nicht vergleichbar.',
    'risk.unitsDiverge.mitigation':
      'Vereinbaren Sie einen kleinen gemeinsamen Kern aus Feldern, Begriffen und Entscheidungspunkten.',
    'risk.hubBureaucracy.risk': 'Der Hub wird zur Berichtsbürokratie.',
    'risk.hubBureaucracy.mitigation':
      'Knüpfen Sie jede angeforderte Zahl an eine Entscheidung, oder streichen Sie sie.',
    'risk.programmeControls.risk': 'Office und Lieferanten führen doppelte Pläne und Zahlen.',
    'risk.programmeControls.mitigation':
      'Vereinbaren Sie, wer welche Steuerung trägt: ein Terminplan, ein Kostenbericht.',
    'risk.keptDrift.risk': 'Das beibehaltene Office entfernt sich vom Bedarf der Projekte.',
    'risk.keptDrift.mitigation':
      'Fragen Sie die Nutzer jährlich, was bleiben, sich ändern oder wegfallen soll.',
    'risk.repair.risk': 'Leistungen ohne bisherige Wirkung behalten ihren schlechten Ruf.',
    'risk.repair.mitigation':
      'Starten Sie jede mit einer sichtbaren, mit den Nutzern vereinbarten Änderung neu.',
    'risk.scale.risk': 'Bei so vielen Projekten entfernt sich der gemeldete Status von der Wirklichkeit.',
    'risk.scale.mitigation':
      'Prüfen Sie vierteljährlich eine Stichprobe von Berichten an den Projektnachweisen.',
    'risk.keyPerson.risk': 'Eine Person hält das Office: Fehlt sie oder geht sie, steht seine Arbeit still.',
    'risk.keyPerson.mitigation':
      'Benennen Sie eine Vertretung, die Register und Nachweise führt, und halten Sie fest, wie es arbeitet.',
    'risk.lastingValue.risk': 'Das Office wird nach Aktivität statt nach Ergebnissen beurteilt.',
    'risk.lastingValue.mitigation': 'Berichten Sie dem Auftraggeber vierteljährlich die Ergebnis-KPIs.',
    'warning.projectsWithoutManager':
      '{projects, plural, one {Ein Projekt läuft} other {# Projekte laufen}} ohne Projektleitung: Prüfen Sie, wer {projects, plural, one {es führt} other {sie führt}}; ein Office ersetzt das nicht.',
    'need.alternative.initiativeLead':
      'Den großen teamübergreifenden Initiativen eine Programmleitung geben, höchstens eine Vollzeitkraft: für jede einen Verantwortlichen und Quartalsmeilensteine, eine gemeinsame Liste ihrer Abhängigkeiten, und ihr Geld in der Finanzierung der stabilen Teams, die sie liefern, statt in einer Kostenkontrolle je Projekt.',
    'need.alternative.portfolioOwner':
      'Benennen Sie eine Person für den Portfolioüberblick, und bewahren Sie, was funktioniert.',
    // ── Runde 15: das Tempo eines befristeten Vorhabens und Pläne für sehr kleine Betriebe ──
    'tempo.cadence.weekly': 'wöchentlich',
    'tempo.cadence.fortnightly': 'alle zwei Wochen',
    'tempo.cadence.monthly': 'monatlich',
    'kpi.outcome.cost-growth': 'Kosten- und Umfangszuwachs',
    'kpi.outcome.cost-growth.measure':
      'Zuwachs der prognostizierten Endkosten über das genehmigte Budget, Umfangsänderungen eingeschlossen, {cadence} gelesen: höchstens {target} % über die {months} Monate des Vorhabens.',
    'kpi.outcome.readiness-gates': 'Bestandene Bereitschaftsprüfungen',
    'kpi.outcome.readiness-gates.measure':
      'Anteil der Bereitschaftsprüfungen, die zum geplanten Termin nach ihren schriftlichen Kriterien bestanden werden: {target} % über die {months} Monate des Vorhabens.',
    'kpi.outcome.forecast-accuracy.push.measure':
      'Anteil der {cadence} erstellten Kostenprognosen mit höchstens 5 % Abweichung von den Endkosten: {target} % über die {months} Monate des Vorhabens.',
    'kpi.outcome.time-to-decision.push.measure':
      'Arbeitstage von einem gemeldeten Problem oder Änderungswunsch bis zur Entscheidung der Steuerung: höchstens {target}, {cadence} verfolgt über die {months} Monate des Vorhabens.',
    'plan.push.steer':
      'Das Vorhaben {cadence} steuern: Termine, Kosten- und Umfangszuwachs gegenüber der Basis, und die noch offenen Entscheidungen',
    'plan.push.gates.release':
      'Vor jedem Release eine Bereitschaftsprüfung abhalten: schriftliche Kriterien, wer über Go oder No-Go entscheidet, und ein geprobter Weg zurück',
    'plan.push.gates.live':
      'Vor jeder Inbetriebnahme oder Übergabe an die Nutzer (ein System, eine Linie, ein Standort oder ein Dienst) eine Bereitschaftsprüfung abhalten: schriftliche Kriterien, wer über Go oder No-Go entscheidet, und eine vorher erprobte Rückfallebene',
    'plan.push.gates.start-up':
      'Vor jedem Anfahren eine Bereitschaftsprüfung abhalten: abgezeichnete Inbetriebnahmeprüfungen, wer über Go oder No-Go entscheidet, und ein sicherer Weg zum Abschalten',
    'plan.push.gates.close':
      'Vor jeder Übergabe, Inbetriebnahme oder jedem fälligen Bericht eine Bereitschaftsprüfung abhalten: schriftliche Kriterien, wer über Go oder No-Go entscheidet, und die Nachweise für die Prüfung abgelegt',
    'plan.push.closeAuditFile':
      'Die Prüfakte schließen: der Schlussbericht von dem abgenommen, der das Vorhaben finanziert oder beaufsichtigt, und die Unterlagen so lange aufbewahrt, wie er es vorgibt',
    'plan.temp.steering.close':
      'Mit Fachbereichen, Lieferanten und dem, der das Vorhaben finanziert oder beaufsichtigt, vereinbaren, wer jeden Schritt und jeden Bericht abnimmt',
    'plan.temp.criteria.close':
      'Festhalten, was zum Abschluss gehört: was übergeben oder in Betrieb genommen wird, was der Schlussbericht zeigen muss und wer was abnimmt',
    'plan.temp.deliver.close': 'Liefern, übergeben und den Abschluss vorbereiten',
    'plan.temp.cutover.close':
      'Jede Übergabe in die Nutzung Schritt für Schritt planen, mit einem Rückweg überall, wo etwas in Betrieb geht, und Schlussbericht und Prüfakte laufend aktuell halten',
    'plan.temp.deliverExit.close':
      'Die Ergebnisse sind übergeben, der Schlussbericht ist abgenommen und die Prüfakte ist vollständig.',
    'plan.push.handOverAfterStartUp':
      'Bis Monat {months} die Rollen der externen Kräfte an Ihre eigenen Leute übergeben, wie ein dauerhaft gemischtes Team übergibt; danach externe Hilfe nur noch für Spitzen, etwa {peak} % des Teams',
    'plan.push.releaseContractors':
      'Die externen Kräfte freigeben, sobald ihre Arbeit endet: Ihre Organisation hat für diese Rollen keinen dauerhaften Platz, das gemischte Team bleibt daher bis zum Schluss, und Ihre eigenen Leute behalten die Register und das Gelernte',
    'plan.push.afterHandBack':
      'Der Linie übergeben, was nach dem Vorhaben gemessen wird: jeden erwarteten Nutzen mit Verantwortlichem und Termin, und diese Bewertung als Basis für eine spätere',
    'plan.temp.criteria.live':
      'Kriterien für den Übergang in den laufenden Betrieb festlegen und wer über Go oder No-Go entscheidet',
    'plan.temp.deliver.live': 'Liefern und den Übergang in den laufenden Betrieb vorbereiten',
    'plan.temp.cutover.live':
      'Jede Inbetriebnahme oder Übergabe an die Nutzer Schritt für Schritt planen und proben, mit einer Rückfallebene',
    'plan.temp.deliverExit.live': 'Das Ergebnis läuft im Betrieb, und die Kriterien sind erfüllt.',
    'plan.temp.criteria.start-up':
      'Kriterien für das Anfahren festlegen und wer über Go oder No-Go entscheidet',
    'plan.temp.deliver.start-up': 'Liefern, in Betrieb nehmen und das Anfahren vorbereiten',
    'plan.temp.cutover.start-up':
      'Inbetriebnahme und Anfahren Schritt für Schritt planen, mit einem sicheren Weg zum Abschalten',
    'plan.temp.deliverExit.start-up': 'Die Anlage ist in Betrieb, und die Kriterien sind erfüllt.',
    'quickWin.small.governance':
      'Für jedes Projekt notieren, wer darüber entscheidet, oft der Kunde, und an welchem Punkt über Weitermachen oder Aufhören entschieden wird.',
    'quickWin.small.portfolio':
      'Jedes laufende Projekt mit Ziel, Endtermin und der Person auflisten, die darüber entscheidet.',
    'quickWin.small.reporting':
      'Eine einzige Liste aller Projekte führen, mit nächstem Termin, ausgegebenem Geld und dem, was hakt.',
    'quickWin.small.benefits': 'Aufschreiben, was jedes Projekt bringen soll, und es am Projektende prüfen.',
    'quickWin.small.resources': 'Die Tage des kommenden Monats in einem Kalender auf die Projekte verteilen.',
    'quickWin.small.competencies':
      'Einen kurzen Kurs in Projektgrundlagen besuchen oder ein Projekt mit jemandem durchsprechen, der Ähnliches geleitet hat.',
    'plan.small.onePager':
      'Jedem Projekt einen einseitigen Plan geben: Ziel, Endtermin, Budget und wer darüber entscheidet',
    'plan.small.weeklyLook': 'Einmal pro Woche alle Projekte gemeinsam ansehen: Termine, Geld und was hakt',
    'plan.small.everyProjectHasAPlan': 'Jedes Projekt hat einen einseitigen Plan',
    'plan.small.habitsExit': 'Der wöchentliche Blick und die Abschlussrückblicke geschehen ohne Erinnerung.',
    'plan.small.lookAgain':
      'Diese Gewohnheiten in einem Jahr erneut ansehen; ein Office wird erst ab etwa {employees} Personen zur Frage',
    'plan.small.noPmo':
      'Kein PMO in dieser Größe: Der Plan baut einige Gewohnheiten auf, die zu {employees, plural, one {einem Ein-Personen-Betrieb} other {einem Betrieb mit # Personen}} passen',
    'src.blocker.pushKeepsInside':
      'Dieser Kraftakt lässt sich nicht vollständig einkaufen: {what} {count, plural, one {bleibt in der Organisation} other {bleiben in der Organisation}}.',
    'src.blocker.pushMixedTeam':
      'Das empfohlene gemischte Team sorgt dafür: eigene Leute, die die Arbeit führen oder erlernen, mit externen Planern und Controllern, die mit dem Ende des Kraftakts gehen.',
    'src.keep.regulated':
      'die Entscheidungen, an die eine Aufsicht oder Prüfung sie bindet (Freigaben, Änderungsmanagement, Prüfpfad)',
    'src.keep.directive': 'die Entscheidungen über die eigenen Leute',
    'src.keep.office-in-place': 'das bestehende Office, dessen Leute den Kraftakt führen',
    'src.keep.know-how': 'das Wissen, das die eigenen Projektleitungen für die folgenden Projekte brauchen',
    'src.strongLeadDirectsOutsideStaff':
      'eine erfahrene eigene Leitung führt externe Planer und Controller und behält die Entscheidungen',
    'src.longPushMixedTeam':
      'zu einem langen Kraftakt passt eigenes Personal mit externer Hilfe: Externe bauen das Office auf und fangen Spitzen ab, eigene Leute übernehmen nach dem Aufbau seine Rollen und behalten das Gelernte',
    'src.pushMixedTeam':
      'zu einem Kraftakt passt ein gemischtes Team: Eigene Leute behalten die Entscheidungen und das Gelernte, externe gehen am Ende, und nichts muss übergeben werden',
    'src.teamLeadsPushValue': 'vom Kraftakt überschritten',
    'src.teamLeadsPush':
      'das vorhandene Team führt den Kraftakt; wen es darüber hinaus braucht, kommt für dessen Dauer und geht mit ihm',
    'src.officeExistsNothingBuilt':
      'das bestehende Office gibt es schon und trägt die Arbeit: Nichts muss aufgebaut werden, weder für den Kraftakt noch auf Dauer',
    'src.ownPmsForPush': 'Eigene Projektleitungen für den Kraftakt',
    'src.ownPmsForPushValue': '{pms} erfahrene Projektleitungen für ein Office von etwa {fte} VZÄ',
    'src.ownPmsStaffPush':
      'die eigenen erfahrenen Projektleitungen können das Office dieses Kraftakts besetzen, höchstens die Hälfte von ihnen: Sie heranzuziehen ist der schnellste Start, ohne Ausschreibung und ohne Übergabe; allenfalls kommen einige befristete Fachleute über die üblichen Agenturen',
    'src.ownPmsPulledIn':
      'eigene Projektleitungen werden für den Kraftakt abgestellt, nicht eingestellt: Nichts wird aufgebaut, das ihn überdauert, und sie fangen sofort an',
    'src.ownPmsNoTender':
      'erfahrene eigene Projektleitungen können diesen Kraftakt besetzen: externe Kräfte brächten eine Ausschreibung und eine Übergabe, keinen Zeitgewinn',
    'src.paid.tooFewToMix':
      'zu wenige Personen, um eigene und externe Kräfte zu mischen (dafür braucht es {limit} oder mehr)',
    'src.paid.partTimeSeat':
      'eine Teilzeitstelle, zum etwa doppelten internen Satz eingekauft, die keine Fähigkeit hinterlässt',
    'src.paid.releasesOwnTeam':
      'kleiner als das bestehende Office, dessen eigene Leute freigestellt würden, während andere eingekauft werden',
    'src.blocker.paidMixed':
      'Zum Mischsatz eigener und externer Kräfte bezahlt, {ceiling, plural, =0 {} other {würde dieses Office bis zu {share, number} % der Jahresausgaben kosten, mehr als die {ceiling, number} %, an die die Ausgabenobergrenze jede Art der Besetzung hält, und }}ließe die Obergrenze etwa {percent} % davon übrig: {reasons}.',
    'src.blocker.paidBoughtIn':
      'Zum externen Satz eingekauft, {ceiling, plural, =0 {} other {würde dieses Office bis zu {share, number} % der Jahresausgaben kosten, mehr als die {ceiling, number} %, an die die Ausgabenobergrenze jede Art der Besetzung hält, und }}ließe die Obergrenze etwa {percent} % davon übrig: {reasons}.',
    'orders.service.commercial':
      'Kaufmännisches Projektcontrolling (Restkosten gegen vereinbarten Umfang und Preis, mit dem Kunden vereinbarte Änderungen)',
    'orders.service.jobControls':
      'Projektcontrolling der ausgeführten Arbeit (der Terminplan und seine Annahme durch den Kunden, die Planung, die Restkosten, Änderungen und Nachträge)',
    'orders.service.sequencing':
      'Auftragsreihenfolge und Kapazität, mit Unterstützung bei Bid/No-Bid-Entscheidungen',
    'orders.ceiling':
      'Die Projekte sind hier Kundenaufträge: Das Office bleibt bei {fte, number, 1} VZÄ, dem größeren Wert aus einer Person je {per} Aufträge ({byCount, number, 1} VZÄ) und einer Person je {million} Millionen Euro Auftragswert im Jahr ({byValue, number, 1} VZÄ){people}{regulated}, nie unter einer Person; seine Leitung arbeitet selbst in Aufträgen mit. Jeder Dienst wird auf {percent} % seines Aufwands skaliert.',
    'orders.bound.people':
      ', mindestens aber eine Person je {perPeople} Personen, die in den Aufträgen arbeiten ({byPeople, number, 1} VZÄ)',
    'orders.bound.regulated': ', um {percent} % erhöht, weil die Aufträge Nachweise für eine Aufsicht tragen',
    'warning.spendHeldOwn':
      'Das Office bleibt bei {share} % der eigenen Veränderung der Organisation, angesetzt als {own} % der angegebenen jährlichen Ausgaben, weil der Rest Kundenaufträge sind, deren Wert keine Steuerung des Office bemisst: Seine Dienste brauchen etwa {full} VZÄ, das gezeigte Office hat etwa {shown} VZÄ, also bleiben {heldBack} VZÄ dieser Arbeit ({percent} % jedes Dienstes erhalten) unbesetzt. Ist das Verhältnis von Aufträgen und eigener Veränderung nicht hälftig, verschiebt sich die Obergrenze mit; muss die Arbeit vollständig geschehen, den vollen Bedarf und seine Kosten denen vorlegen, die die Ausgaben genehmigen.',
    'warning.ordersHeld':
      'Das Office wird durch Zahl und Wert seiner Kundenaufträge begrenzt, nicht durch einen Anteil der angegebenen Ausgaben: höchstens {fte, number, 1} VZÄ, der größere Wert aus einer Person je {per} Aufträge ({byCount, number, 1} VZÄ) und einer Person je {million} Millionen Euro Auftragswert im Jahr ({byValue, number, 1} VZÄ){people}{regulated}. Seine Dienste brauchen etwa {full} VZÄ, das gezeigte Office hat etwa {shown} VZÄ, also bleiben {heldBack} VZÄ dieser Arbeit ({percent} % jedes Dienstes erhalten) bei den Projektleitern. Wo die Aufträge sie vollständig brauchen (Vertragsstrafen, Abnahme durch den Kunden), den vollen Bedarf besetzen und in den Angeboten einpreisen.',
    'plan.noOffice.orders.sequence':
      'Eine einzige Liste der offenen Kundenaufträge in der Reihenfolge ihrer zugesagten Liefertermine führen, mit der Last, die jeder auf die Fertigung und die knappen Leute legt; neue Angebote an dieser Last abgeben oder ablehnen, statt einen bereits vergebenen Auftrag zurückzustellen.',
    'plan.noOffice.orders.peopleBySequence':
      'Wollen Aufträge dieselben Leute, bekommt sie der mit dem früheren zugesagten Termin; wer die Liste führt, klärt mit dem Kunden jeden Termin, den die Kapazität nicht halten kann, bevor er rutscht.',
    'kpi.outcome.on-time-delivery': 'Arbeit für Kunden zum vereinbarten Termin geliefert',
    'kpi.outcome.on-time-delivery.measure':
      'Anteil der Arbeit für Kunden, die der Auftraggeber bis zum vereinbarten Termin abnimmt (Freigabe, Abnahmetest, Bericht oder Go-live, wie der Vertrag es festlegt): {target} % innerhalb von {months} Monaten.',
    'kpi.outcome.margin-erosion': 'Margenverlust gegen den vereinbarten Preis',
    'kpi.outcome.margin-erosion.measure':
      'Durchschnittlich verlorene Marge zwischen vereinbartem Preis und Abschluss je Arbeit für Kunden (letzte Rechnung gestellt, mit dem Kunden vereinbarte Änderungen erledigt), in Prozentpunkten: höchstens {target} innerhalb von {months} Monaten.',
    'quickWin.customer.benefits':
      'Für jeden offenen Kundenauftrag die Marge im Angebot neben die heute erwartete stellen und die abrutschenden mit ihren Projektleitern durchgehen.',
    'quickWin.both.benefits':
      'Jedem größeren eigenen Projekt einen fachlich Verantwortlichen und einen messbaren Nutzen geben; Kundenaufträge werden an ihrer Marge gemessen, nicht an einem Nutzen.',
    'quickWin.customer.portfolio':
      'Eine einzige Liste der offenen Kundenaufträge in der Reihenfolge ihrer zugesagten Liefertermine führen, mit den knappen Leuten, die jeder braucht, und neue Angebote daran entscheiden.',
    'plan.limitWorkInProgressOrders':
      'Weniger eigene Projekte gleichzeitig führen: {projects} laufen nebeneinander bei {employees} Beschäftigten und {projectManagers, plural, =0 {keinem Projektleiter} one {einem Projektleiter} other {# Projektleitern}}, und um dieselben Leute wird gerungen. Die eigenen Projekte in eine Rangfolge bringen, wobei Pflicht-, Sicherheits-, Regulierungs- und vertraglich zugesagte Arbeit stets oberhalb der Linie steht, und die unterhalb der Linie anhalten, die Ihre Leute tragen können; Kundenaufträge sind gegebene Zusagen: einen neuen erst annehmen, wenn die Leute dafür frei sind, und das schon im Angebot sagen',
    'plan.orderBook':
      'Die Kundenaufträge in einem Auftragsbuch neben den eigenen Projekten führen: jeden mit seinem zugesagten Termin und seiner Marge bei Angebot neben der heutigen Prognose',
    'plan.orderControlsRole':
      'Das kaufmännische Controlling der Aufträge einer Person übertragen, einem kaufmännischen Projektleiter oder Kalkulator, nicht einem Büro: Restkosten, Nachträge und Forderungen jedes Auftrags, monatlich mit seinem Projektleiter durchgesehen, so viel der Woche dieser Person, wie die Aufträge brauchen, höchstens eine volle Stelle',
    'warning.highCostShareOrders':
      'Das Office würde bis zu {share, number, 2} % des angegebenen jährlichen Werts der Kundenaufträge kosten, mehr als die {limit} %, ab denen ein Office für diesen Betrag teuer ist. Es richtet sich nach Zahl und Wert der Aufträge, die es bezahlen: Kalkulieren Sie es in die Angebote ein und prüfen Sie, ob der angegebene Wert der ganze Auftragswert ist oder nur die Projektarbeit darin.',
    'orders.service.scheduling':
      'Einsatzplanung der Mitarbeitenden über Kundenaufträge hinweg (Buchungen, Kapazität und wöchentlicher Ressourcenplan)',
    'orders.askedKept':
      'Die Obergrenze kürzt zuerst, was am wenigsten gewünscht wurde: Die Dienste, die mindestens die Hälfte der Beteiligten wünschte, behalten {asked} % ihres Aufwands, die übrigen {others} %.',
    'fit.schedulingMandateSettles':
      'die knappen Mitarbeitenden sind das Problem: Ein unterstützendes Büro, dem die Charta die Einsatzplanung des gemeinsamen Pools überträgt, löst den Wettbewerb um sie',
    'fit.sharedPeopleNotStandards':
      'das Problem sind geteilte Mitarbeitende, nicht Standards: Das verlangt kein Büro, das Standards setzt und prüft',
    'plan.schedulingMandateMixed':
      'Schreiben Sie das eine weisungsbefugte Mandat des Büros in die Charta, nur für die plangetriebenen Projekte: Es plant die Fachleute, die sich diese Projekte teilen, namentlich auf einer wöchentlichen Tafel ein; die Produktteams werden als ganze Teams geplant, nicht Person für Person, und Linienvorgesetzte, Teamleitungen und Projektleitungen behalten alle anderen Entscheidungen',
    'plan.mixed.oneIntake':
      'Führen Sie alle neue Arbeit, Produktfunktionen wie Projekte, über einen Eingang und eine Rangliste; zählen Sie die Kapazität der Produktteams je Team in einem vierteljährlichen Portfolio-Review, und behalten Sie Phasentore und Projektvorlagen den plangetriebenen Projekten vor, nicht den Produktteams',
    'plan.schedulingMandate':
      'Das eine weisungsbefugte Mandat des Büros in die Charta schreiben: Es plant die geteilten Mitarbeitenden über die Projekte hinweg auf einer wöchentlichen Kapazitätstafel, Linienvorgesetzte und Projektleitungen behalten alle anderen Entscheidungen',
    'evidence.viewsDiffer':
      'Bei {dimensions} liegen die Einschätzungen der Befragten etwa eine Stufe oder mehr auseinander (Streuung ihrer eigenen Werte ab {limit, number, 2}): Der Durchschnitt gibt niemandes Sicht gut wieder, daher zählen diese Dimensionen mit geringerer Sicherheit. Besprechen Sie den Unterschied, bevor Sie sich auf ihre Stufen stützen.',
    'evidence.sufficientViewsDiffer':
      '{sufficient} von {total} Dimensionen haben genug bewertete Fragen innerhalb der Streuungsgrenze von {respondents} Befragten, doch bei einigen gehen ihre Einschätzungen auseinander (siehe oben).',
    'readiness.inPlaceDivided':
      'Das Modell {model} stützt sich auf {capabilities}: im Durchschnitt vorhanden, doch die Einschätzungen der Befragten zu {dimensions} liegen etwa eine Stufe oder mehr auseinander. Die Voraussetzung beruht also auf geteilten Antworten und kann in einem Teil der Organisation fehlen. Prüfen Sie sie dort, wo die Antworten niedriger waren, bevor Sie sich darauf stützen.',
    'scoreEdge.capability': '{dimension} {score, number, 2} gegenüber Stufe {level}',
    'warning.scoreEdgeReadiness':
      'Voraussetzungen auf der Kippe: {capabilities} liegen weniger als {margin, number, 2} von der Schwelle entfernt, die das empfohlene Modell liest; ein kleiner Unterschied in den Antworten macht aus „vorhanden“ „aufzubauen“ oder umgekehrt. Prüfen Sie diese Antworten, bevor Sie sich auf diese Aussage stützen.',
    'warning.controlTie.less':
      'Steuerungsgrad auf der Kippe: Die Modelle {model} und {tied} erreichen beide {score}/100. Der Gleichstand geht an weniger Steuerung, weil der Wunsch nach zentraler Steuerung nicht hoch ist; ein Projekt oder eine Projektleitung mehr oder ein stärkerer Wunsch würde ihn kippen. Klären Sie, was das Büro nach dem Willen der Leitung entscheiden soll, bevor Sie das Modell festlegen.',
    'warning.controlTie.more-appetite':
      'Steuerungsgrad auf der Kippe: Die Modelle {model} und {tied} erreichen beide {score}/100. Der Gleichstand geht an mehr Steuerung, weil die Leitung sie verlangt (hoher Wunsch); ein kleiner Unterschied in den Antworten würde ihn kippen. Klären Sie, ob die Leitung ein Büro stützt, das entscheidet, bevor Sie das Modell festlegen.',
    'warning.controlTie.more-regulator':
      'Steuerungsgrad auf der Kippe: Die Modelle {model} und {tied} erreichen beide {score}/100. Der Gleichstand geht an mehr Steuerung, weil eine Aufsichtsbehörde Governance und Risikosteuerung als unzureichend ansähe; ein kleiner Unterschied in den Antworten würde ihn kippen. Klären Sie, was die Aufsicht erwartet, bevor Sie das Modell festlegen.',
    'warning.scoreEdgeOffice':
      'Urteil über das bestehende Büro auf der Kippe: Was es liefert, erreicht {score, number, 2} gegenüber der Neuausrichtungsschwelle von {limit}, weniger als {margin, number, 2} davon entfernt. Ob es neu ausgerichtet oder beibehalten wird, hängt an einem Unterschied, den die Antworten nicht tragen; bestätigen Sie die Werte mit seinen Nutzern, bevor Sie das eine oder das andere ankündigen.',
    'warning.scoreEdgeBasics':
      'Urteil über das bestehende Büro auf der Kippe: Der bessere Wert aus Berichtswesen und Governance erreicht {score, number, 2} gegenüber der Neuausrichtungsschwelle von {limit}, weniger als {margin, number, 2} davon entfernt. Ob es neu ausgerichtet oder beibehalten wird, hängt an einem Unterschied, den die Antworten nicht tragen; bestätigen Sie die Werte mit seinen Nutzern, bevor Sie das eine oder das andere ankündigen.',
    'quickWin.fewProjects.riskControl':
      'Führen Sie eine gemeinsame Risiko- und Problemliste für alle laufenden Projekte ein.',
    'plan.hireAfterAssessment':
      'Vor der Teambewertung niemanden neu einstellen: Diese Antworten lassen zu viel offen, um Geld zu binden; führen Sie sie zuerst mit mindestens {respondents} Personen aus verschiedenen Rollen durch, die die Antworten kennen. Das Team von {min}–{max} VZÄ wird erst besetzt, wenn sie den Bedarf bestätigt{existing, plural, =0 {} other {; bis dahin arbeiten die Leute des bestehenden Büros weiter wie bisher}}.',
    'plan.hireAfterAssessmentFte':
      'Vor der Teambewertung niemanden neu einstellen: Diese Antworten lassen zu viel offen, um Geld zu binden; führen Sie sie zuerst mit mindestens {respondents} Personen aus verschiedenen Rollen durch, die die Antworten kennen. Das Team von {fte} VZÄ wird erst besetzt, wenn sie den Bedarf bestätigt{existing, plural, =0 {} other {; bis dahin arbeiten die Leute des bestehenden Büros weiter wie bisher}}.',
    'kpi.outcome.projects-decided': 'Gestoppte, pausierte oder bestätigte Projekte',
    'kpi.outcome.projects-decided.measure':
      'Anteil der zu Beginn laufenden Projekte, für die Stopp, Pause oder Fortführung entschieden und festgehalten ist, samt der Ausgaben, die jedes gebunden hat, im ersten Monat des Vorhabens: {target} %.',
    'kpi.outcome.spend-against-cap': 'Gebundene Ausgaben innerhalb der Obergrenze',
    'kpi.outcome.spend-against-cap.measure':
      'Anteil der {cadence} Ablesungen, bei denen die gebundenen Projektausgaben innerhalb der vom Auftraggeber gesetzten Obergrenze bleiben, jede neue Bindung am Freigabepunkt genehmigt, daneben die durch gestoppte oder pausierte Projekte freigesetzten Ausgaben: {target} % über die {months} Monate des Vorhabens.',
    'plan.triage.cut':
      'Zuerst die Projekte kürzen, noch diese Woche: alle {projects} mit den Ausgaben auflisten, die jedes gebunden hat, und entscheiden, welche stoppen, welche pausieren und welche weiterlaufen. Behalten, worauf das Vorhaben nicht verzichten kann (gesetzliche, sicherheitsrelevante und vertraglich zugesagte Arbeit), und nicht mehr, als {projectManagers, plural, =0 {die Personen, die Projekte leiten,} one {Ihr einziger Projektleiter} other {Ihre # Projektleiter}} führen können, etwa {keep}; danach bindet kein Projekt weitere Ausgaben, ohne den Freigabepunkt zu passieren',
    'plan.triage.cutOrders':
      'Zuerst die eigenen Projekte kürzen, noch diese Woche: alle {projects} mit den Ausgaben auflisten, die jedes gebunden hat, und entscheiden, welche stoppen, welche pausieren und welche weiterlaufen. Kundenaufträge sind Zusagen und bleiben; von den eigenen Projekten behalten, worauf das Vorhaben nicht verzichten kann (gesetzliche, sicherheitsrelevante und vertraglich zugesagte Arbeit), und nicht mehr, als {projectManagers, plural, =0 {die Personen, die Projekte leiten,} one {Ihr einziger Projektleiter} other {Ihre # Projektleiter}} neben den Aufträgen führen können, etwa {keep} insgesamt; danach bindet kein Projekt weitere Ausgaben, ohne den Freigabepunkt zu passieren',
    'need.verdict.belowThresholdRole':
      'Noch kein Büro: {score} Bedarfspunkte liegen unter der Schwelle von {threshold}, ab der sich ein Büro lohnt, doch es gibt Koordinationsarbeit: eine Koordinationsrolle in Teilzeit genügt.',
    'quickWin.agile.standards':
      'Eine Seite vereinbaren, die „bereit“ und „fertig“ festlegt und die jedes Team für seine Initiativen nutzt.',
    'quickWin.agile.governance':
      'Für jede Initiative einen fachlichen Verantwortlichen benennen und den quartalsweisen Punkt, an dem sie fortgesetzt oder gestoppt wird.',
    'quickWin.agile.portfolio':
      'Jede laufende Initiative mit Verantwortlichem, angestrebtem Ergebnis und den beteiligten Teams auflisten.',
    'quickWin.agile.resources':
      'Auf einem Board zeigen, welches Team in diesem Quartal an welcher Initiative arbeitet.',
    'quickWin.agile.reporting':
      'Drei Flussmaße vereinbaren, die jedes Team auf seinem Board zeigt: laufende Arbeit, Durchlaufzeit und was blockiert ist.',
    'quickWin.agile.risk-control':
      'Eine Liste der teamübergreifenden Risiken und Blockaden führen und im zweiwöchentlichen Abgleich ansehen.',
    'quickWin.agile.competencies':
      'Jedem neuen Product Owner oder Teamleiter einen erfahrenen zur Seite stellen.',
    'quickWin.agile.tools':
      'Ein Werkzeug benennen, in dem das Backlog jedes Teams und die Initiativen darüber sichtbar sind.',
    'quickWin.agile.lifecycle':
      'Eine kurze Rückschau halten, wenn eine Initiative endet oder gestoppt wird, und ihre Lehren in die nächste Quartalsrunde tragen.',
    'quickWin.agile.stakeholders':
      'Die Betroffenen jeder Initiative zu ihrer Rückschau am Ende jedes Inkrements einladen.',
    'quickWin.agile.benefits':
      'Das angestrebte Ergebnis jeder Initiative und seine Messung aufschreiben und in der Quartalsrunde prüfen.',
    'quickWin.agile.finance':
      'Die Teams je Quartal finanzieren und die Ausgaben jedes Teams monatlich mit seiner Finanzierung vergleichen.',
  });
