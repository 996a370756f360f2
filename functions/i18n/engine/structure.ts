import type { EN_STRUCTURE } from '../../core/english-structure';

type StructureTexts = Readonly<Record<keyof typeof EN_STRUCTURE, string>>;

/** Structure of the office and its build-up, en français (vouvoiement). */
export const FR_STRUCTURE: StructureTexts = {
  'shape.reason.units-small':
    'Forme : un seul bureau de portefeuille pour les {units} unités. Elles mènent leurs propres projets, mais le travail de chacune est trop réduit pour justifier un bureau à part entière ; le bureau central les sert, avec un interlocuteur désigné dans chaque unité.',
  'shape.reason.hub-first':
    'Forme : d’abord un hub pour le groupe. Les {units} unités mènent assez de projets pour porter chacune un bureau, mais une seule vue du groupe ne suffit pas pour y créer de nouveaux bureaux : le hub tient la liste unique et le vocabulaire commun du groupe, chaque unité désigne un interlocuteur, et les bureaux des unités sont une orientation qu’une évaluation en équipe avec des personnes des unités confirme, présentée à part avec son coût.',
  'shape.reason.cut-first':
    'Forme : un bureau de portefeuille central, pour l’instant. Les {units} unités mènent leurs propres projets, mais le bureau en place est réduit : le répartir en même temps entre les unités toucherait les mêmes personnes deux fois d’un coup, par la réduction et par le déplacement. La répartition sera réexaminée une fois que le bureau réduit fonctionnera.',
  'shape.reason.kept-structure':
    'Forme : le bureau en place, organisé comme aujourd’hui. Les {units} unités mènent assez de projets pour avoir chacune leur bureau, mais le bureau fonctionne et il est conservé : le répartir dans les unités serait une réorganisation que rien ici ne demande. À examiner lors de la prochaine revue du bureau.',
  'shape.reason.kept-improved':
    'Forme : le bureau en place, organisé comme aujourd’hui. Les {units} unités mènent assez de projets pour avoir chacune leur bureau, mais ce qui change, c’est le travail du bureau, pas sa place : il améliore sur place ce qu’il assure en deçà du niveau attendu, et le répartir en plus dans les unités serait une réorganisation que rien ici ne demande. À examiner lors de la prochaine revue du bureau.',
  'shape.reason.kept-thin':
    'Forme : le bureau en place, organisé comme aujourd’hui. Les {units} unités mènent assez de projets pour avoir chacune leur bureau, mais un seul regard sur l’organisation ne suffit pas pour répartir les personnes d’un bureau entre les unités : une évaluation en équipe, avec des personnes des unités, confirmera s’il faut le faire.',
  'shape.reason.kept-pool':
    'Forme : le bureau en place, organisé comme aujourd’hui. La direction renouvelle le mandat du bureau directif pour affecter les personnes entre les {units} unités : les personnes qu’il affecte restent regroupées au centre au lieu de passer dans les unités.',
  'structure.service.capacityInUnits':
    'Vue d’ensemble, entre les unités, des personnes qu’elles partagent (chaque unité affecte les siennes ; les conflits entre unités sont signalés et tranchés au niveau du groupe)',
  'fit.blocker.directiveStepsDown':
    'Le bureau directif en place confie l’affectation des personnes aux {units} unités, qui mènent leurs propres projets, mais les priorités et les conflits entre unités demandent toujours un centre qui tranche : il descend d’un degré, vers le modèle tour de contrôle, et non directement vers un bureau qui se contente d’observer.',
  'fit.blocker.hubPractice':
    'Les {units} unités mènent leurs propres projets ; sans autorité de contrôle à qui rendre des comptes et avec un appétit moyen pour le contrôle, le centre ne contrôle que la pratique qu’elles partagent : {dimension, select, standards {les standards et la méthodologie sont} other {le suivi et le reporting sont}} à {score, number, 2}, en dessous du niveau {minimum} que vérifie un bureau du modèle tour de contrôle. Le centre construit d’abord la pratique commune, et le contrôle reste dans les unités.',
  'structure.action.restructure':
    'Restructurer le bureau en place (modèle {existing}) : son degré de contrôle reste le même, mais il passe du centre aux unités : {fte, plural, =0 {ses effectifs deviennent} other {ses # ETP deviennent}} {hub, plural, =0 {une consolidation légère au niveau du groupe} other {un pôle central}} d’environ {centre} ETP et des bureaux dans les {units} unités, d’environ {perUnit} ETP chacun. Des personnes changent de poste : le changement est donc conduit comme tel, et les mouvements sont convenus avant d’être annoncés.',
  'structure.action.restructureModel':
    'Restructurer le bureau en place (modèle {existing}) vers le modèle {model} : il change de degré de contrôle et passe du centre aux unités : {fte, plural, =0 {ses effectifs deviennent} other {ses # ETP deviennent}} {hub, plural, =0 {une consolidation légère au niveau du groupe} other {un pôle central}} d’environ {centre} ETP et des bureaux dans les {units} unités, d’environ {perUnit} ETP chacun. Des personnes changent de poste : le changement est donc conduit comme tel, et les mouvements sont convenus avant d’être annoncés.',
  'structure.action.restructureHub':
    'Faire du bureau en place (modèle {existing}) le pôle central du groupe{changes, plural, =0 {, sans changer son degré de contrôle} other {, en modèle {model}}} : {fte, plural, =0 {ses effectifs restent} other {ses # ETP restent}} au centre, où les services du pôle demandent environ {centre} ETP, et personne ne passe dans les unités. Les {units} unités ouvrent leurs propres bureaux d’environ {perUnit} ETP chacun, pourvus et financés par chaque unité selon le standard commun du pôle : le changement est donc conduit comme tel, convenu avec les responsables des unités avant d’être annoncé.',
  'structure.plan.wavesUnits':
    'Constituer l’équipe par vagues : d’abord {hub, plural, =0 {la consolidation du groupe} other {le pôle central}} ({centre} ETP) et {firstUnits, plural, one {le bureau de la première des {units} unités} other {les bureaux des # premières des {units} unités}}, soit environ {first} ETP ; les bureaux des autres unités (environ {rest} ETP) suivent l’un après l’autre pendant le déploiement, pour que personne ne soit recruté avant l’ouverture du bureau de son unité',
  'structure.plan.wavesCore':
    'Constituer l’équipe par vagues : d’abord le responsable et les personnes des premiers services, soit environ {first} ETP ; les {rest} autres ETP arrivent au démarrage des services qu’ils assurent, pour que personne ne soit recruté avant que son travail existe',
  'structure.plan.stages':
    'Constituer l’équipe selon les phases de l’effort : un noyau d’environ {first} ETP (le responsable et le contrôle de la conception et de la planification) dès le départ, l’équipe complète d’environ {total} ETP à partir de la phase de réalisation, puis retour au noyau à mesure que les phases se terminent',
  'structure.plan.restructure':
    'Restructurer le bureau en place : sur {fte, plural, =0 {ses effectifs} other {ses # ETP}}, environ {centre} ETP restent {hub, plural, =0 {à la consolidation du groupe} other {au pôle central}} et les autres rejoignent les bureaux des unités, aucun inférieur à {minimum} ETP (une personne désignée, qui en a le temps). Convenir avec les RH et les personnes concernées de qui va où avant de l’annoncer ; chaque unité reste servie par le centre, comme aujourd’hui, jusqu’à l’ouverture de son bureau',
  'structure.plan.restructureGrows':
    'Restructurer le bureau en place : personne ne le quitte ; ses {fte} ETP s’étoffent en {hub, plural, =0 {une consolidation du groupe} other {un pôle central}} d’environ {centre} ETP et en bureaux des unités, aucun inférieur à {minimum} ETP (une personne désignée, qui en a le temps). Convenir avec les personnes en place de celles qui prennent les premiers postes {hub, plural, =0 {à la consolidation} other {au pôle central}} et dans les unités avant de l’annoncer ; chaque unité reste servie par le centre, comme aujourd’hui, jusqu’à l’ouverture de son bureau',
  'structure.plan.restructureHub':
    'Faire du bureau en place le pôle central : {fte, plural, =0 {ses effectifs restent} other {ses # ETP restent}} au centre, où les services du pôle demandent environ {centre} ETP ; aucune de ces personnes ne passe dans les unités. Convenir avec le responsable de chaque unité de la façon dont elle pourvoit et finance son propre bureau, avec ses équipes, selon le standard commun ; chaque unité reste servie par le centre, comme aujourd’hui, jusqu’à l’ouverture de son bureau',
  'structure.plan.handOverAllocation':
    'Confier dès le premier jour du changement l’affectation quotidienne des personnes, que faisait le bureau en place (modèle {existing}), aux responsables hiérarchiques des équipes de réalisation : le bureau garde le plan de capacité et rend les conflits visibles, et un conflit entre deux lignes est tranché par le sponsor exécutif selon une règle écrite dans la charte',
  'structure.plan.openFirstUnits':
    'Ouvrir {hub, plural, =0 {la consolidation du groupe} other {le pôle central}} et {firstUnits, plural, one {le bureau de la première unité} other {les bureaux des # premières unités}} ; les autres unités restent servies comme aujourd’hui jusqu’à l’ouverture du leur',
  'structure.plan.openOtherUnits':
    '{later, plural, one {Ouvrir le bureau de la dernière unité une fois que les premiers fonctionnent} other {Ouvrir les bureaux des # autres unités l’un après l’autre, chacun une fois que le précédent fonctionne}}{weeks, plural, =0 {} other {; compter environ # semaines pour chacun}}',
  'structure.plan.unitsAfterAssessment':
    'N’ouvrir encore aucun bureau dans les {units} unités : mener l’évaluation en équipe avec des personnes des unités, repérer celles qui ont déjà un bureau et décider sur cette base des bureaux des unités ; d’ici là, l’interlocuteur de chaque unité la sert',
  'structure.plan.bringInRest': 'Faire venir les {rest} autres ETP au démarrage des services qu’ils assurent',
  'structure.plan.earlyStages': 'Faire tourner le bureau avec son noyau pendant les premières phases',
  'structure.plan.earlyCore':
    'Travailler avec un noyau d’environ {first} ETP : le contrôle, la cadence et les premiers services des premières phases : la planification, la conception et les validations qu’elles demandent',
  'structure.plan.coreInPlace': 'Noyau en place ; les plans et le contrôle des premières phases fonctionnent',
  'structure.plan.executionApproved': 'Réalisation approuvée, avec l’équipe complète planifiée',
  'structure.plan.earlyExit':
    'L’effort entre en réalisation, et l’équipe complète est en place pour la mener.',
  'structure.plan.fullStrength':
    'Porter l’équipe à son effectif complet, environ {total} ETP, pour la réalisation ; rendre les personnes au fur et à mesure que les phases se terminent, jusqu’au noyau',
  'fit.blocker.controlPracticeRegulated':
    'Un bureau du modèle tour de contrôle vérifie une pratique qui se répète. Votre autorité de contrôle demande une trace des décisions et des preuves, que le bureau tient, et non un bureau qui contrôle ; un appétit moyen pour le contrôle n’en demande pas davantage avant cela : {dimension, select, standards {les standards et la méthodologie sont} other {le suivi et le reporting sont}} à {score, number, 2}, en dessous du niveau {minimum} qu’il vérifie. Le bureau construit d’abord cette pratique, et règle la concurrence pour les personnes par la priorisation et la capacité, non par le contrôle.',
  'fit.blocker.hubPracticeRegulated':
    'Les {units} unités mènent leurs propres projets. Votre autorité de contrôle demande une trace des décisions et des preuves, et non un centre qui contrôle ; avec un appétit moyen pour le contrôle, le centre ne contrôle que la pratique qu’elles partagent : {dimension, select, standards {les standards et la méthodologie sont} other {le suivi et le reporting sont}} à {score, number, 2}, en dessous du niveau {minimum} que vérifie un bureau du modèle tour de contrôle. Le centre construit d’abord la pratique commune, et le contrôle reste dans les unités.',
  'warning.ordersSplitAssumed':
    'Vos projets servent à la fois des clients et votre propre transformation, sans que la répartition entre les deux soit indiquée : le bureau en compte {percent} % comme votre propre transformation (environ {own} des {projects} projets, et la même part des dépenses) et le reste comme commandes de clients. Les services de votre propre transformation et le contrôle des commandes sont dimensionnés sur cette part ; si la répartition est loin de l’équilibre, leur taille change avec elle.',
  'office.serviceGated.lean-portfolio':
    'Gestion Lean du portefeuille (financement, entrée des demandes et flux) avec une porte « continuer ou arrêter » : critères d’arrêt fixés à l’entrée, décision des métiers à la fin de chaque période bornée',
  'kpi.outcome.gate-decisions': 'Décisions à la porte',
  'kpi.outcome.gate-decisions.measure':
    'Part des initiatives arrêtées, poursuivies ou financées davantage à la fin de leur période bornée, aucune ne continuant au-delà : {target} % d’ici {months} mois.',
  'plan.takeAssessmentExceptDivided':
    'Prendre cette évaluation comme état des lieux, sauf pour {dimensions} : les avis des répondants y diffèrent d’un niveau ou plus, discutez donc de cet écart avec eux avant que le bureau ne s’appuie sur ces niveaux ; nommer ensuite les dimensions les plus faibles et les parties prenantes à impliquer',
};

/** Struktur des Office und sein Aufbau, auf Deutsch (Sie-Form). */
export const DE_STRUCTURE: StructureTexts = {
  'shape.reason.units-small':
    'Zuschnitt: ein Portfolio-Office für die {units} Bereiche. Sie führen ihre eigenen Projekte, aber die Arbeit jedes Bereichs ist zu klein für ein eigenes Office; das zentrale Office betreut sie, mit einer benannten Ansprechperson in jedem Bereich.',
  'shape.reason.hub-first':
    'Zuschnitt: zuerst ein Hub für die Gruppe. Die {units} Bereiche führen genug Projekte für eigene Offices, aber eine einzige Sicht auf die Gruppe reicht nicht, um dort neue Offices aufzubauen: Der Hub führt die eine Liste und das gemeinsame Vokabular der Gruppe, jeder Bereich benennt eine Ansprechperson, und Offices in den Bereichen sind die Richtung, die eine Teambewertung mit Personen aus den Bereichen bestätigt, getrennt mit ihren Kosten ausgewiesen.',
  'shape.reason.cut-first':
    'Zuschnitt: vorerst ein zentrales Portfolio-Office. Die {units} Bereiche führen ihre eigenen Projekte, aber das bestehende Office wird verkleinert: es gleichzeitig auf die Bereiche aufzuteilen, würde dieselben Menschen in einem Schritt abbauen und versetzen. Die Aufteilung wird neu geprüft, sobald das kleinere Office funktioniert.',
  'shape.reason.kept-structure':
    'Zuschnitt: das bestehende Office, so organisiert wie heute. Die {units} Bereiche führen genug Projekte für je ein eigenes Office, aber das Office funktioniert und wird beibehalten: es auf die Bereiche zu verteilen, wäre eine Reorganisation, die hier nichts verlangt. Bei der nächsten Überprüfung des Office abwägen.',
  'shape.reason.kept-improved':
    'Zuschnitt: das bestehende Office, so organisiert wie heute. Die {units} Bereiche führen genug Projekte für je ein eigenes Office, aber was sich ändert, ist die Arbeit des Office, nicht sein Ort: es verbessert dort, wo es ist, was es unter dem erwarteten Niveau erbringt, und es zusätzlich auf die Bereiche zu verteilen, wäre eine Reorganisation, die hier nichts verlangt. Bei der nächsten Überprüfung des Office abwägen.',
  'shape.reason.kept-thin':
    'Zuschnitt: das bestehende Office, so organisiert wie heute. Die {units} Bereiche führen genug Projekte für je ein eigenes Office, aber eine einzelne Sicht auf die Organisation reicht nicht, um die Mitarbeitenden eines Office auf die Bereiche zu verteilen: Eine Team-Bewertung mit Menschen aus den Bereichen klärt, ob das geschehen soll.',
  'shape.reason.kept-pool':
    'Zuschnitt: das bestehende Office, so organisiert wie heute. Die Leitung erneuert das Mandat des direktiven Office, Personal über die {units} Bereiche hinweg zuzuteilen; die Menschen, die es zuteilt, bleiben daher zentral gebündelt, statt in die Bereiche zu wechseln.',
  'structure.service.capacityInUnits':
    'Bereichsübergreifender Blick auf das Personal, das die Bereiche teilen (jeder Bereich setzt sein eigenes ein; Konflikte zwischen Bereichen werden sichtbar gemacht und im Konzern entschieden)',
  'fit.blocker.directiveStepsDown':
    'Das bestehende direktive Office übergibt die Zuteilung des Personals an die {units} Bereiche, die ihre eigenen Projekte führen; Prioritäten und Konflikte zwischen den Bereichen brauchen aber weiterhin eine Zentrale, die entscheidet: Es geht eine Stufe zurück zum Kontrollturm, nicht direkt zu einem Office, das nur beobachtet.',
  'fit.blocker.hubPractice':
    'Die {units} Bereiche führen ihre eigenen Projekte; ohne Aufsicht, der sie Rechenschaft schulden, und bei mittlerem Wunsch nach Steuerung prüft die Zentrale nur eine Praxis, die die Bereiche teilen: {dimension, select, standards {Standards und Methodik liegen} other {Leistungsmessung und Berichtswesen liegen}} bei {score, number, 2}, unter der Stufe {minimum}, die ein Kontrollturm prüft. Die Zentrale baut zuerst die gemeinsame Praxis auf, und die Steuerung bleibt in den Bereichen.',
  'structure.action.restructure':
    'Das bestehende Office (Modell {existing}) umstrukturieren: Sein Steuerungsgrad bleibt, aber es wandert von der Zentrale in die Bereiche: {fte, plural, =0 {seine Mitarbeitenden werden} other {seine # VZÄ werden}} {hub, plural, =0 {eine schlanke Konzernverdichtung} other {ein Hub}} von etwa {centre} VZÄ und Offices in den {units} Bereichen mit je etwa {perUnit} VZÄ. Menschen wechseln ihre Stelle; daher wird es als Veränderung geführt, und die Wechsel werden vereinbart, bevor sie angekündigt werden.',
  'structure.action.restructureModel':
    'Das bestehende Office (Modell {existing}) zum Modell {model} umstrukturieren: Es erhält einen neuen Steuerungsgrad und wandert von der Zentrale in die Bereiche: {fte, plural, =0 {seine Mitarbeitenden werden} other {seine # VZÄ werden}} {hub, plural, =0 {eine schlanke Konzernverdichtung} other {ein Hub}} von etwa {centre} VZÄ und Offices in den {units} Bereichen mit je etwa {perUnit} VZÄ. Menschen wechseln ihre Stelle; daher wird es als Veränderung geführt, und die Wechsel werden vereinbart, bevor sie angekündigt werden.',
  'structure.action.restructureHub':
    'Das bestehende Office (Modell {existing}) zum Hub der Gruppe machen{changes, plural, =0 {, sein Steuerungsgrad bleibt} other {, als Modell {model}}}: {fte, plural, =0 {seine Mitarbeitenden bleiben} other {seine # VZÄ bleiben}} in der Zentrale, wo die Leistungen des Hubs etwa {centre} VZÄ brauchen, und niemand wechselt in die Bereiche. Die {units} Bereiche eröffnen eigene Offices mit je etwa {perUnit} VZÄ, die jeder Bereich nach dem gemeinsamen Standard des Hubs selbst besetzt und bezahlt; daher wird es als Veränderung geführt und mit den Bereichsleitungen vereinbart, bevor es angekündigt wird.',
  'structure.plan.wavesUnits':
    'Das Office in Wellen besetzen: zuerst {hub, plural, =0 {die Konzernverdichtung} other {den Hub}} ({centre} VZÄ) und {firstUnits, plural, one {das Office des ersten der {units} Bereiche} other {die Offices der ersten # der {units} Bereiche}}, zusammen etwa {first} VZÄ; die Offices der übrigen Bereiche (etwa {rest} VZÄ) folgen im Rollout nacheinander, damit niemand eingestellt wird, bevor das Office seines Bereichs öffnet',
  'structure.plan.wavesCore':
    'Das Office in Wellen besetzen: zuerst die Leitung und die Personen für die ersten Leistungen, etwa {first} VZÄ; die übrigen {rest} VZÄ kommen hinzu, wenn die Leistungen starten, die sie erbringen, damit niemand eingestellt wird, bevor es seine Arbeit gibt',
  'structure.plan.stages':
    'Das Office nach den Phasen des Vorhabens besetzen: von Beginn an ein Kern von etwa {first} VZÄ (die Leitung und die Steuerung von Entwurf und Planung), ab der Ausführungsphase das volle Team von etwa {total} VZÄ, und zurück auf den Kern, wenn die Phasen abschließen',
  'structure.plan.restructure':
    'Das bestehende Office umstrukturieren: Von {fte, plural, =0 {seinen Mitarbeitenden} other {seinen # VZÄ}} bleiben etwa {centre} VZÄ {hub, plural, =0 {in der Konzernverdichtung} other {im Hub}}, die übrigen wechseln in die Offices der Bereiche, keines kleiner als {minimum} VZÄ (eine benannte Person, die die Zeit dafür hat). Mit der Personalabteilung und den Betroffenen vereinbaren, wer wohin wechselt, bevor es angekündigt wird; jeder Bereich wird wie heute von der Zentrale betreut, bis sein Office öffnet',
  'structure.plan.restructureGrows':
    'Das bestehende Office umstrukturieren: Niemand verlässt es; seine {fte} VZÄ wachsen zu {hub, plural, =0 {einer Konzernverdichtung} other {einem Hub}} von etwa {centre} VZÄ und zu den Offices der Bereiche, keines kleiner als {minimum} VZÄ (eine benannte Person, die die Zeit dafür hat). Mit den Mitarbeitenden des Office vereinbaren, wer die ersten Stellen {hub, plural, =0 {in der Konzernverdichtung} other {im Hub}} und in den Bereichen übernimmt, bevor es angekündigt wird; jeder Bereich wird wie heute von der Zentrale betreut, bis sein Office öffnet',
  'structure.plan.restructureHub':
    'Das bestehende Office zum Hub machen: {fte, plural, =0 {seine Mitarbeitenden bleiben} other {seine # VZÄ bleiben}} in der Zentrale, wo die Leistungen des Hubs etwa {centre} VZÄ brauchen; niemand davon wechselt in die Bereiche. Mit jeder Bereichsleitung vereinbaren, wie der Bereich sein eigenes Office mit eigenen Leuten nach dem gemeinsamen Standard besetzt und bezahlt; jeder Bereich wird wie heute von der Zentrale betreut, bis sein Office öffnet',
  'structure.plan.handOverAllocation':
    'Die tägliche Zuteilung von Personal, die das bestehende Office (Modell {existing}) vorgenommen hat, ab dem ersten Tag der Veränderung an die Linienvorgesetzten der Umsetzungsteams übergeben: Das Office behält den Kapazitätsplan und macht Konflikte sichtbar, und ein Konflikt zwischen zwei Linien geht nach einer in der Charta festgelegten Regel an den Auftraggeber aus der Geschäftsleitung',
  'structure.plan.openFirstUnits':
    '{hub, plural, =0 {Die Konzernverdichtung} other {Den Hub}} und {firstUnits, plural, one {das Office des ersten Bereichs} other {die Offices der ersten # Bereiche}} eröffnen; die übrigen Bereiche werden wie heute betreut, bis ihres öffnet',
  'structure.plan.openOtherUnits':
    '{later, plural, one {Das Office des letzten Bereichs eröffnen, sobald die ersten laufen} other {Die Offices der übrigen # Bereiche nacheinander eröffnen, jedes, sobald das vorige läuft}}{weeks, plural, =0 {} other {; je etwa # Wochen einplanen}}',
  'structure.plan.unitsAfterAssessment':
    'Noch kein Office in den {units} Bereichen eröffnen: die Teambewertung mit Personen aus den Bereichen durchführen, feststellen, welche bereits ein Office führen, und auf dieser Grundlage über die Offices der Bereiche entscheiden; bis dahin betreut die Ansprechperson jedes Bereichs ihn',
  'structure.plan.bringInRest':
    'Die übrigen {rest} VZÄ hinzuholen, wenn die Leistungen starten, die sie erbringen',
  'structure.plan.earlyStages': 'Das Office in den frühen Phasen mit seinem Kern betreiben',
  'structure.plan.earlyCore':
    'Mit einem Kernteam von etwa {first} VZÄ arbeiten: Steuerung, Takt und die ersten Leistungen der frühen Phasen: Planung, Entwurf und die nötigen Freigaben',
  'structure.plan.coreInPlace': 'Kernteam steht; Pläne und Steuerung der frühen Phasen laufen',
  'structure.plan.executionApproved': 'Ausführung freigegeben, mit geplantem vollem Team',
  'structure.plan.earlyExit': 'Das Vorhaben geht in die Ausführung, und das volle Team steht dafür bereit.',
  'structure.plan.fullStrength':
    'Das Team für die Ausführung auf volle Stärke bringen, etwa {total} VZÄ; Personen zurückgeben, wenn die Phasen abschließen, bis auf den Kern',
  'fit.blocker.controlPracticeRegulated':
    'Ein Kontrollturm prüft eine Praxis, die sich wiederholt. Ihre Aufsicht verlangt eine nachvollziehbare Spur der Entscheidungen und Nachweise, die das Office führt, aber kein Office, das kontrolliert; ein mittlerer Wunsch nach Steuerung verlangt vorher nicht mehr: {dimension, select, standards {Standards und Methodik liegen} other {Leistungsmessung und Berichtswesen liegen}} bei {score, number, 2}, unter der Stufe {minimum}, die er prüft. Das Office baut diese Praxis zuerst auf und regelt den Wettbewerb um Personal über Priorisierung und Kapazität, nicht über Kontrolle.',
  'fit.blocker.hubPracticeRegulated':
    'Die {units} Bereiche führen ihre eigenen Projekte. Ihre Aufsicht verlangt eine nachvollziehbare Spur der Entscheidungen und Nachweise, aber keine Zentrale, die kontrolliert; bei mittlerem Wunsch nach Steuerung prüft die Zentrale nur die Praxis, die die Bereiche teilen: {dimension, select, standards {Standards und Methodik liegen} other {Leistungsmessung und Berichtswesen liegen}} bei {score, number, 2}, unter der Stufe {minimum}, die ein Kontrollturm prüft. Die Zentrale baut zuerst die gemeinsame Praxis auf, und die Kontrolle bleibt in den Bereichen.',
  'warning.ordersSplitAssumed':
    'Ihre Projekte dienen sowohl Kunden als auch Ihrer eigenen Veränderung, und die Aufteilung zwischen beiden wurde nicht angegeben: Das Office rechnet {percent} % davon als eigene Veränderung (etwa {own} der {projects} Projekte und denselben Anteil der Ausgaben) und den Rest als Kundenaufträge. Die Leistungen für Ihre eigene Veränderung und die Steuerung der Aufträge sind auf diesen Anteil bemessen; weicht die Aufteilung deutlich von der Hälfte ab, ändert sich ihr Umfang mit ihr.',
  'office.serviceGated.lean-portfolio':
    'Lean-Portfolio-Betrieb (Finanzierung, Vorhabeneingang und Flow) mit einem Go/Stop-Gate: Abbruchkriterien bei der Aufnahme festgelegt, das Business entscheidet am Ende jedes Zeitrahmens',
  'kpi.outcome.gate-decisions': 'Entscheidungen am Gate',
  'kpi.outcome.gate-decisions.measure':
    'Anteil der Initiativen, die am Ende ihres Zeitrahmens gestoppt, fortgeführt oder weiter finanziert werden, keine läuft darüber hinaus: {target} % innerhalb von {months} Monaten.',
  'plan.takeAssessmentExceptDivided':
    'Diese Bewertung als Ist-Zustand nehmen, außer bei {dimensions}: Dort gehen die Einschätzungen der Befragten um eine Stufe oder mehr auseinander; besprechen Sie den Unterschied mit ihnen, bevor sich das Office auf diese Stufen stützt; danach die schwächsten Dimensionen und die einzubeziehenden Stakeholder benennen',
};
