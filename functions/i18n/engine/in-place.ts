import type { EN_IN_PLACE } from '../../core/english-in-place';

type InPlaceTexts = Readonly<Record<keyof typeof EN_IN_PLACE, string>>;

/** The office in place, en français (vouvoiement). */
export const FR_IN_PLACE: InPlaceTexts = {
  'inPlace.action.resetSeen':
    'Les répondants jugent ce que produit le bureau en place (modèle {model}) à deux niveaux d’écart : il est donc jugé comme la plupart d’entre eux le voient, et ses propres services obtiennent alors {score, number, 2}, sous le seuil de {limit, number, 2}. Il ne fonctionne pas comme prévu ; refondez-le.',
  'inPlace.action.resetSplit':
    'Les répondants jugent ce que produit le bureau en place (modèle {model}) à deux niveaux d’écart ({dimensions}) : la plupart le placent sous le niveau {limit}, quelques-uns deux niveaux plus haut, ce qui est le plus souvent le regard du bureau sur lui-même. Un bureau qui ne voit pas ce que vivent ses utilisateurs ne fonctionne pas : refondez-le autour de leurs besoins, et faites de cet écart le premier constat du bilan de santé.',
  'inPlace.action.resetOutcomes':
    'Le bureau en place (modèle {model}) a eu la main sur les décisions des projets, mais ce qu’elles doivent produire (le portefeuille, les bénéfices, les personnes servies) reste à {outcomes, number, 2}, sous le niveau {limit} : il ne fonctionne pas comme prévu, quoi que montrent ses rapports. Refondez-le, d’après ce qu’il apporte et non d’après sa taille.',
  'inPlace.action.resetCore':
    'Le bureau en place (modèle {model}) échoue dans la mission centrale de son degré de contrôle : la plupart des réponses placent au niveau 1 ce qu’il existe pour obtenir, à savoir {job}. Quoi que montrent ses moyennes, il ne fonctionne pas comme prévu : refondez-le autour de sa raison d’être, dimensionné selon les services qu’elle demande, et dites clairement en quoi il échoue.',
  'inPlace.action.evolveWeak':
    'Le bureau en place (modèle {model}) convient, mais rien ne montre qu’il fonctionne : les réponses placent ce qu’il produit lui-même ({dimensions}) sous {limit, number, 1}, sur des éléments suffisants. Faites-le évoluer, sous réserve du bilan de santé : son modèle et ses personnes restent, le bilan de santé montre quelle part de son travail sert, et ce qui ne sert pas, comme les rapports que personne ne lit ni ne demande, cède la place aux services qui lui manquent.',
  'inPlace.action.evolveCore':
    'Le bureau en place (modèle {model}) convient, mais sa mission centrale n’est pas remplie en entier : une partie de ce qu’il doit faire advenir, {job}, est placée au niveau 1 par les réponses. Ce n’est ni un bureau à garder tel quel, ni un bureau à refonder : faites-le évoluer, en gardant son modèle et ses personnes, et corrigez d’abord cette partie.',
  'inPlace.core.weather-station':
    'que la direction sache où en sont les projets, à partir d’une source fiable unique, et qu’un problème signalé dans un rapport mène quelque part',
  'inPlace.core.control-tower':
    'qu’une règle ignorée soit remarquée, qu’un problème bloqué parvienne à une décision et qu’un problème signalé dans un rapport soit traité',
  'inPlace.core.resource-source':
    'que les conflits de priorité et de personnes soient tranchés par ses décisions, et les personnes affectées selon elles',
  'inPlace.action.keepWorks':
    'Garder le bureau en place (modèle {model}) : ce qu’il produit fonctionne déjà, au niveau d’une pratique définie ou mieux ; son équipe reprend donc {services} en cours de route, avec un plan d’améliorations plutôt qu’une nouvelle charte et un programme de changement.',
  'inPlace.staffing.pending':
    'Cible : environ {fte} ETP, ce que demandent ici les services, dans la fourchette indiquée. Le bureau en place compte {existing} ETP : ses {pending} autres ETP y restent en attendant un bilan de santé avec une évaluation en équipe qui confirme la cible, et coûtent environ {amount, number} {currency} par an d’ici là. Personne ne change de poste avant ce bilan, et les RH sont consultées sur les reclassements avant toute annonce.',
  'inPlace.staffing.pendingKept':
    'Cible : environ {fte} ETP, dans la fourchette indiquée. Ses services demandent ici environ {need} ETP ; les {kept} autres ETP sont gardés pour l’instant, car un bureau n’est pas réduit pour sa seule taille avant qu’un bilan de santé ait montré dans quelle mesure son travail est utilisé. Le bureau en place compte {existing} ETP : ses {pending} autres ETP y restent en attendant un bilan de santé mené avec une évaluation en équipe, et coûtent environ {amount, number} {currency} par an d’ici là. Personne ne bouge avant ce bilan, et les RH sont consultées sur les réaffectations avant toute annonce.',
  'inPlace.staffing.pendingTransition':
    'Cible : environ {fte} ETP, dans la fourchette indiquée. Ses services demandent ici environ {need} ETP ; les {kept} autres ETP sont des membres du bureau en place réaffectés le temps que le nouveau mandat s’installe, qui partent avant la fin de sa première année. Le bureau en place compte {existing} ETP : ses {pending} autres ETP y restent en attendant un bilan de santé, mené avec une évaluation en équipe, qui confirme la cible, et coûtent environ {amount, number} {currency} par an d’ici là. Personne ne bouge avant ce bilan, et les RH sont consultées sur les réaffectations avant toute annonce.',
  'inPlace.staffing.grow':
    'Le bureau passe des {existing} ETP en place à environ {fte} ETP ({min}–{max}) : {difference} ETP de plus, car ses services demandent ici davantage que ce dont il dispose. Le plan les fait venir, par mobilité interne ou par recrutement, une fois que le bilan de santé a confirmé le travail qui les attend.',
  'inPlace.plan.redeployPending':
    'Consulter les RH avant toute annonce au sujet des {pending} ETP du bureau en place au-delà de la cible d’environ {fte} ETP : une fois la cible confirmée par le bilan de santé, convenir avec les RH et les personnes concernées des postes possibles (rôles de projet, d’analyste ou opérationnels), et procéder par étapes',
  'inPlace.plan.poolCheck':
    'Établir d’abord combien des {existing} ETP en place sont des chefs de projet que le bureau regroupe et combien sont son propre personnel : ce plan en compte {pooled} comme chefs de projet regroupés, qui retournent dans les métiers pour mener des projets ; corriger les chiffres ci-dessous si le compte diffère',
  'inPlace.plan.grow':
    'Faire passer le bureau de {existing} à environ {fte} ETP une fois que le bilan de santé a confirmé le travail en attente : faire venir ou recruter les {difference} ETP supplémentaires, d’abord parmi les personnes de l’organisation, chacun au démarrage du service sur lequel il travaille',
  'inPlace.closed.released':
    'Fermer le bureau en place (modèle {model}) laisse un rôle de coordination à temps partiel d’environ {role} ETP, soit environ {roleCost, number} {currency} par an au taux interne. Les {released} autres ETP de ses {existing} ETP rejoignent la réalisation des projets ou des postes opérationnels, selon ce qui est convenu avec les RH avant toute annonce : une économie d’environ {saving, number} {currency} par an.',
  'inPlace.closed.none':
    'Fermer le bureau en place (modèle {model}) laisse un rôle de coordination à temps partiel d’environ {role} ETP, soit environ {roleCost, number} {currency} par an au taux interne ; ses {existing} ETP tiennent dans ce rôle, personne ne part donc.',
  'inPlace.closed.unknown':
    'Fermer le bureau en place (modèle {model}) laisse un rôle de coordination à temps partiel d’environ {role} ETP, soit environ {roleCost, number} {currency} par an au taux interne. Ses autres membres rejoignent la réalisation des projets ou des postes opérationnels, selon ce qui est convenu avec les RH avant toute annonce ; chaque personne à temps plein ainsi libérée représente une économie d’environ {perFte, number} {currency} par an.',
  'inPlace.plan.closedHr':
    'Consulter les RH avant toute annonce : convenir avec elles et avec chaque membre du bureau qui ne garde pas le rôle de coordination de sa nouvelle affectation (projet, analyste ou poste opérationnel)',
  'risk.closedBuilt.risk':
    'Ce que le bureau a construit (ses registres, ses modèles de documents, le rythme de ses points d’avancement) se perd après le départ de ses membres, et les projets perdent leur vue commune.',
  'risk.closedBuilt.mitigation':
    'Avant tout départ, confiez les registres et les modèles au rôle de coordination et désignez qui anime désormais le point d’avancement.',
  'risk.closedPeople.risk':
    'Le responsable et l’équipe du bureau voient dans la fermeture un jugement sur leur travail, s’y opposent ou partent avec ce qu’ils savent.',
  'risk.closedPeople.mitigation':
    'Informez-les en premier, avec les RH : pourquoi le besoin reste en deçà d’un bureau et où chacun va ; faites-leur consigner ce qu’ils savent avant de changer de poste.',
  'inPlace.closed.releasedThin':
    'Fermer le bureau en place (modèle {model}) laisse un rôle de coordination à temps partiel d’environ {role} ETP, soit environ {roleCost, number} {currency} par an au taux interne. Les {released} autres ETP de ses {existing} ETP ont vocation à rejoindre la réalisation des projets ou des postes opérationnels, pour une économie d’environ {saving, number} {currency} par an, une fois la fermeture confirmée par un bilan de santé avec une évaluation en équipe ; personne ne change de poste avant, et les RH sont consultées avant toute annonce.',
  'inPlace.closed.unknownThin':
    'Fermer le bureau en place (modèle {model}) laisse un rôle de coordination à temps partiel d’environ {role} ETP, soit environ {roleCost, number} {currency} par an au taux interne. Ses autres membres ont vocation à rejoindre la réalisation des projets ou des postes opérationnels une fois la fermeture confirmée par un bilan de santé avec une évaluation en équipe ; personne ne change de poste avant, et les RH sont consultées avant toute annonce. Chaque personne à temps plein ainsi libérée représente une économie d’environ {perFte, number} {currency} par an.',
  'inPlace.plan.closedHrThin':
    'Consulter les RH avant toute annonce, une fois la cible confirmée par le bilan de santé (la fermeture et le rôle de coordination qui reste) : convenir avec elles et avec chaque membre du bureau qui ne garde pas ce rôle de sa nouvelle affectation (projet, analyste ou poste opérationnel)',
  'inPlace.action.evolveDivided':
    'Ce que produit le bureau en place (modèle {model}) paraît en échec, mais les répondants sont partagés sur la plupart de ses propres dimensions : les chiffres peuvent refléter deux groupes qui s’en servent différemment (ou pas encore du tout), et non un bureau en échec. Il n’est donc pas refondu pour autant : il évolue, garde son personnel, et une évaluation de confirmation auprès des groupes qu’il sert établit s’il fonctionne.',
  'inPlace.staffing.resetHeld':
    'Ses nouveaux services sont estimés à environ {services} ETP, au-delà des {existing} ETP en place. Une refonte maintient le bureau à sa taille le temps que les services recentrés prouvent qu’ils sont utilisés : il ne grandit vers cette taille que lors d’une étape ultérieure, une fois que le bilan de santé a constaté leur usage et le travail en attente.',
  'inPlace.staffing.heldMature':
    'Ses services sont estimés ici à environ {services} ETP, pour {existing} ETP en place, mais ce que produit le bureau obtient de bons résultats : une norme seule ne permet pas de le dire surdimensionné, et une partie d’un tel bureau travaille souvent sur les projets eux-mêmes (imputée à ceux-ci ou détachée). Il garde son personnel ; un bilan de santé avec une évaluation en équipe, distinguant l’équipe centrale de celle qui travaille sur les projets, tranche toute question de taille.',
  'inPlace.staffing.heldDivided':
    'Ses services sont estimés ici à environ {services} ETP, pour {existing} ETP en place. Les répondants sont partagés sur ce qu’il produit : ces éléments ne suffisent pas à le réduire, et il garde son personnel jusqu’à ce qu’une évaluation de confirmation auprès des groupes qu’il sert montre ce que son travail demande.',
};

/** Das bestehende Office, auf Deutsch (Sie-Form). */
export const DE_IN_PLACE: InPlaceTexts = {
  'inPlace.action.resetSeen':
    'Die Befragten bewerten, was das bestehende Office (Modell {model}) liefert, zwei Stufen auseinander; es wird daher so beurteilt, wie die meisten von ihnen es sehen: Seine eigenen Leistungen kommen dann auf {score, number, 2}, unter {limit, number, 2}. Es funktioniert nicht wie vorgesehen; setzen Sie es neu auf.',
  'inPlace.action.resetSplit':
    'Die Befragten bewerten, was das bestehende Office (Modell {model}) liefert, zwei Stufen auseinander ({dimensions}): die meisten unter Stufe {limit}, einige wenige zwei Stufen höher, meist die Sicht des Office auf sich selbst. Ein Office, das nicht sieht, wie seine Nutzer es erleben, funktioniert nicht: Setzen Sie es neu auf, ausgerichtet auf das, was diese brauchen, und nehmen Sie die Lücke als ersten Befund des Gesundheitschecks.',
  'inPlace.action.resetOutcomes':
    'Das bestehende Office (Modell {model}) hatte die Entscheidungen über die Projekte in der Hand, doch wofür sie da sind (das Portfolio, der Nutzen, die Menschen, denen es dient) bleibt bei {outcomes, number, 2}, unter Stufe {limit}: Es funktioniert nicht wie vorgesehen, was auch immer seine Berichte zeigen. Setzen Sie es neu auf, nach dem, was es leistet, nicht nach seiner Größe.',
  'inPlace.action.resetCore':
    'Das bestehende Office (Modell {model}) scheitert an der Kernaufgabe seines Steuerungsgrads: Die meisten Antworten sehen auf Stufe 1, wofür es da ist, nämlich {job}. Was auch immer seine Durchschnitte zeigen, es funktioniert nicht wie vorgesehen: Setzen Sie es neu auf, ausgerichtet auf seinen Zweck und bemessen an den Leistungen, die dieser verlangt, und benennen Sie offen, woran es scheitert.',
  'inPlace.action.evolveWeak':
    'Das bestehende Office (Modell {model}) passt, aber dass es funktioniert, ist nicht belegt: Die Antworten bewerten, was es selbst erbringt ({dimensions}), unter {limit, number, 1}, auf ausreichender Grundlage. Entwickeln Sie es weiter, vorbehaltlich des Gesundheitschecks: Modell und Mitarbeitende bleiben, der Gesundheitscheck zeigt, welcher Teil seiner Arbeit genutzt wird, und was nicht genutzt wird, etwa Berichte, die niemand liest oder verlangt hat, weicht den Leistungen, die ihm fehlen.',
  'inPlace.action.evolveCore':
    'Das bestehende Office (Modell {model}) passt, doch seine Kernaufgabe wird nicht ganz erfüllt: Einen Teil dessen, wofür es da ist, {job}, sehen die Antworten auf Stufe 1. Das ist weder ein Office, das so bleibt, wie es ist, noch eines für einen Neuanfang: Entwickeln Sie es weiter, mit seinem Modell und seinen Leuten, und beheben Sie diesen Teil zuerst.',
  'inPlace.core.weather-station':
    'dass die Leitung aus einer verlässlichen Quelle erfährt, wie es um die Projekte steht, und ein gemeldetes Problem Folgen hat',
  'inPlace.core.control-tower':
    'dass eine übergangene Regel bemerkt wird, ein festgefahrenes Problem zu einer Entscheidung kommt und ein gemeldetes Problem angegangen wird',
  'inPlace.core.resource-source':
    'dass Konflikte um Vorrang und um Personen durch seine Entscheidungen geklärt und Personen danach eingesetzt werden',
  'inPlace.action.keepWorks':
    'Das bestehende Office (Modell {model}) behalten: Was es liefert, funktioniert bereits, auf der Stufe definierter Praxis oder besser; sein eigenes Team übernimmt daher {services} im laufenden Betrieb, mit einem Verbesserungsplan statt einer neuen Charta und eines Veränderungsprogramms.',
  'inPlace.staffing.pending':
    'Ziel: etwa {fte} VZÄ, was die Leistungen hier brauchen, innerhalb der angegebenen Spanne. Das bestehende Office hat {existing} VZÄ: Seine übrigen {pending} VZÄ bleiben, bis ein Gesundheitscheck mit einer Team-Bewertung das Ziel bestätigt, und kosten bis dahin etwa {amount, number} {currency} im Jahr. Vor diesem Check wechselt niemand, und die Personalabteilung wird zu Versetzungen gehört, bevor etwas angekündigt wird.',
  'inPlace.staffing.pendingKept':
    'Ziel: etwa {fte} VZÄ, innerhalb der angegebenen Spanne. Seine Leistungen brauchen hier etwa {need} VZÄ; die übrigen {kept} VZÄ bleiben vorerst, weil ein Office nicht allein wegen seiner Größe verkleinert wird, bevor ein Gesundheitscheck gezeigt hat, wie weit seine Arbeit genutzt wird. Das bestehende Office hat {existing} VZÄ: Seine übrigen {pending} VZÄ bleiben bis zu einem Gesundheitscheck mit einer Team-Bewertung und kosten bis dahin etwa {amount, number} {currency} im Jahr. Vor diesem Check wechselt niemand, und die Personalabteilung wird zu Versetzungen angehört, bevor etwas angekündigt wird.',
  'inPlace.staffing.pendingTransition':
    'Ziel: etwa {fte} VZÄ, innerhalb der angegebenen Spanne. Seine Leistungen brauchen hier etwa {need} VZÄ; die übrigen {kept} VZÄ sind Mitarbeitende des bestehenden Office, die umgesetzt werden, bis das neue Mandat greift, und die bis zum Ende seines ersten Jahres gehen. Das bestehende Office hat {existing} VZÄ: Seine übrigen {pending} VZÄ bleiben, bis ein Gesundheitscheck mit einer Team-Bewertung das Ziel bestätigt, und kosten bis dahin etwa {amount, number} {currency} im Jahr. Vor diesem Check wechselt niemand, und die Personalabteilung wird zu Versetzungen angehört, bevor etwas angekündigt wird.',
  'inPlace.staffing.grow':
    'Das Office wächst von den vorhandenen {existing} VZÄ auf etwa {fte} VZÄ ({min}–{max}): {difference} VZÄ mehr, weil seine Leistungen hier mehr brauchen, als es hat. Der Plan holt sie dazu, intern versetzt oder eingestellt, sobald der Gesundheitscheck die Arbeit bestätigt hat, die auf sie wartet.',
  'inPlace.plan.redeployPending':
    'Die Personalabteilung anhören, bevor etwas angekündigt wird, zu den {pending} VZÄ des bestehenden Office über dem Ziel von etwa {fte} VZÄ: Sobald der Gesundheitscheck das Ziel bestätigt hat, mit ihr und den Betroffenen vereinbaren, wohin sie wechseln können (Projekt-, Analyse- oder Linienrollen), und schrittweise vorgehen',
  'inPlace.plan.poolCheck':
    'Zuerst klären, wie viele der {existing} VZÄ im bestehenden Office Projektleiter sind, die das Office bündelt, und wie viele seine eigenen Mitarbeitenden: Dieser Plan rechnet {pooled} als gebündelte Projektleiter, die als Projektleiter in die Linie zurückgehen; die Zahlen unten berichtigen, wenn die Zählung abweicht',
  'inPlace.plan.grow':
    'Das Office von {existing} auf etwa {fte} VZÄ bringen, sobald der Gesundheitscheck die wartende Arbeit bestätigt hat: die {difference} VZÄ mehr intern holen oder einstellen, zuerst aus der eigenen Organisation, jeweils wenn die Leistung startet, an der sie arbeiten',
  'inPlace.closed.released':
    'Wird das bestehende Büro ({model}) geschlossen, bleibt eine Koordinationsrolle in Teilzeit von etwa {role} VZÄ, zu etwa {roleCost, number} {currency} im Jahr zum internen Satz. Die übrigen {released} seiner {existing} VZÄ wechseln in die Projektarbeit oder in Linienfunktionen, wie mit der Personalabteilung vereinbart, bevor etwas angekündigt wird: eine Einsparung von etwa {saving, number} {currency} im Jahr.',
  'inPlace.closed.none':
    'Wird das bestehende Büro ({model}) geschlossen, bleibt eine Koordinationsrolle in Teilzeit von etwa {role} VZÄ, zu etwa {roleCost, number} {currency} im Jahr zum internen Satz; seine {existing} VZÄ passen in diese Rolle, niemand wechselt also.',
  'inPlace.closed.unknown':
    'Wird das bestehende Büro ({model}) geschlossen, bleibt eine Koordinationsrolle in Teilzeit von etwa {role} VZÄ, zu etwa {roleCost, number} {currency} im Jahr zum internen Satz. Seine übrigen Mitarbeitenden wechseln in die Projektarbeit oder in Linienfunktionen, wie mit der Personalabteilung vereinbart, bevor etwas angekündigt wird; jede frei werdende Vollzeitkraft spart etwa {perFte, number} {currency} im Jahr.',
  'inPlace.plan.closedHr':
    'Vor jeder Ankündigung die Personalabteilung einbeziehen: mit ihr und mit jeder Person des Büros, die nicht in der Koordinationsrolle bleibt, vereinbaren, wohin sie wechselt (Projekt-, Analyse- oder Linienfunktion)',
  'risk.closedBuilt.risk':
    'Was das Büro aufgebaut hat (seine Register, Vorlagen und sein Statusrhythmus), verfällt, sobald seine Leute gegangen sind, und die Projekte verlieren ihr gemeinsames Bild.',
  'risk.closedBuilt.mitigation':
    'Bevor jemand wechselt, Register und Vorlagen an die Koordinationsrolle übergeben und festlegen, wer die Statusrunde künftig leitet.',
  'risk.closedPeople.risk':
    'Leitung und Team des Büros verstehen die Schließung als Urteil über ihre Arbeit, wehren sich dagegen oder gehen mit ihrem Wissen.',
  'risk.closedPeople.mitigation':
    'Sie zuerst informieren, gemeinsam mit der Personalabteilung: warum der Bedarf unter einem Büro liegt und wohin jede Person wechselt; ihr Wissen vor dem Wechsel aufschreiben lassen.',
  'inPlace.closed.releasedThin':
    'Wird das bestehende Büro ({model}) geschlossen, bleibt eine Koordinationsrolle in Teilzeit von etwa {role} VZÄ, zu etwa {roleCost, number} {currency} im Jahr zum internen Satz. Die übrigen {released} seiner {existing} VZÄ sollen in die Projektarbeit oder in Linienfunktionen wechseln, eine Einsparung von etwa {saving, number} {currency} im Jahr, sobald ein Gesundheitscheck mit einer Teambewertung die Schließung bestätigt hat; vorher wechselt niemand, und die Personalabteilung wird vor jeder Ankündigung einbezogen.',
  'inPlace.closed.unknownThin':
    'Wird das bestehende Büro ({model}) geschlossen, bleibt eine Koordinationsrolle in Teilzeit von etwa {role} VZÄ, zu etwa {roleCost, number} {currency} im Jahr zum internen Satz. Seine übrigen Mitarbeitenden sollen in die Projektarbeit oder in Linienfunktionen wechseln, sobald ein Gesundheitscheck mit einer Teambewertung die Schließung bestätigt hat; vorher wechselt niemand, und die Personalabteilung wird vor jeder Ankündigung einbezogen. Jede frei werdende Vollzeitkraft spart etwa {perFte, number} {currency} im Jahr.',
  'inPlace.plan.closedHrThin':
    'Vor jeder Ankündigung die Personalabteilung einbeziehen, sobald der Gesundheitscheck das Ziel bestätigt hat (die Schließung und die verbleibende Koordinationsrolle): mit ihr und mit jeder Person des Büros, die nicht in dieser Rolle bleibt, vereinbaren, wohin sie wechselt (Projekt-, Analyse- oder Linienfunktion)',
  'inPlace.action.evolveDivided':
    'Was das bestehende Office (Modell {model}) liefert, wirkt gescheitert, doch die Befragten sind bei den meisten seiner eigenen Dimensionen geteilter Meinung: Die Zahlen können zwei Gruppen beschreiben, die es unterschiedlich (oder noch gar nicht) nutzen, statt eines scheiternden Office. Es wird deshalb nicht neu aufgesetzt: Es entwickelt sich weiter, behält seine Mitarbeitenden, und eine bestätigende Bewertung mit den Gruppen, für die es arbeitet, klärt, ob es funktioniert.',
  'inPlace.staffing.resetHeld':
    'Seine neuen Leistungen werden auf etwa {services} VZÄ veranschlagt, mehr als die {existing} VZÄ im bestehenden Office. Ein Neuaufsetzen hält das Office bei seiner Größe, bis die neu ausgerichteten Leistungen zeigen, dass sie genutzt werden: Auf diese Größe wächst es erst in einem späteren Schritt, wenn der Gesundheitscheck ihre Nutzung und die wartende Arbeit festgestellt hat.',
  'inPlace.staffing.heldMature':
    'Seine Leistungen werden hier auf etwa {services} VZÄ veranschlagt, bei {existing} VZÄ im bestehenden Office, doch was das Office liefert, schneidet gut ab: Eine Norm allein kann es nicht für überdimensioniert erklären, und ein Teil eines solchen Office arbeitet oft in den Projekten selbst (auf sie verbucht oder dorthin entsandt). Es behält seine Mitarbeitenden; ein Gesundheitscheck mit einer Teambewertung, der das zentrale Personal von dem in den Projekten trennt, klärt jede Frage der Größe.',
  'inPlace.staffing.heldDivided':
    'Seine Leistungen werden hier auf etwa {services} VZÄ veranschlagt, bei {existing} VZÄ im bestehenden Office. Die Befragten sind bei dem, was es liefert, geteilter Meinung, daher trägt die Evidenz keine Verkleinerung: Es behält seine Mitarbeitenden, bis eine bestätigende Bewertung mit den Gruppen, für die es arbeitet, zeigt, was seine Arbeit braucht.',
};
