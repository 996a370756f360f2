import type { KitDimensions } from '../../core/fieldwork/types';

/**
 * Le kit de validation terrain de l’édition 2026.2 en français, par identifiant de dimension :
 * questions d’entretien par rôle, ce qu’une réponse laisse entendre à chaque niveau, documents qui
 * montreraient chaque niveau. L’édition 2026.1 les lit aussi (mêmes identifiants, même sens).
 */
export const KIT_FR_2026_2: KitDimensions = {
  standards: {
    interview: {
      'project-manager': [
        'Racontez-moi comment vous avez lancé et planifié votre dernier projet. Quelles étapes avez-vous suivies parce que l’organisation les attend, et lesquelles par choix ?',
        'Quand vous êtes-vous écarté pour la dernière fois de la manière commune ? Qui l’a accepté, et où est-ce écrit ?',
      ],
      'team-member': [
        'Si vous passiez demain sur un autre projet, qu’est-ce qui fonctionnerait de la même façon, et que devriez-vous réapprendre ?',
      ],
      management: [
        'Comment savez-vous si les projets de votre périmètre suivent la manière de travailler convenue ?',
      ],
      executive: [
        'Quand deux projets se disent « dans les temps », à quel point êtes-vous sûr qu’ils veulent dire la même chose ?',
      ],
    },
    listenFor: [
      '« Chacun a sa méthode » ; la méthode est celle qu’apporte le chef de projet ; pas de vocabulaire commun.',
      'Les bonnes pratiques circulent entre quelques personnes ou équipes, de bouche à oreille ; on recopie les formats du projet précédent.',
      'Une manière décrite, adaptée à la taille, réellement suivie par la plupart des projets ; chacun cite spontanément les mêmes étapes et les mêmes termes.',
      'Les écarts sont demandés et consignés ; quelqu’un vérifie l’usage de la méthode et sait dire combien de projets la suivent.',
      'La méthode a un responsable nommé et un historique des changements ; ceux-ci viennent des revues de projet et des retours des utilisateurs.',
    ],
    documents: [
      'Rien d’attendu. Demandez deux plans de projet récents : à quel point diffèrent-ils ?',
      'Modèles ou listes de contrôle partagés par quelques équipes ; le même format réutilisé sur deux ou trois projets.',
      'La méthode ou le guide avec ses règles d’adaptation ; plans, rapports d’avancement et notes de clôture de plusieurs projets dans les formats communs.',
      'Un registre des écarts acceptés ; les résultats de conformité ou d’assurance par projet ; la part des projets qui suivent la méthode.',
      'Le journal des évolutions de la méthode, chaque changement relié à un retour d’expérience, une revue ou un retour d’utilisateur.',
    ],
  },
  governance: {
    interview: {
      executive: [
        'Parlez-moi du dernier projet arrêté ou redéfini. Qui a décidé, quand, et sur quelle information ?',
        'Quelles décisions sur les projets vous parviennent, et lesquelles ne voulez-vous jamais voir ?',
      ],
      management: [
        'Comment un problème qu’un projet ne peut pas résoudre arrive-t-il à la personne qui peut trancher ? En combien de temps ?',
      ],
      controller: ['Que doit montrer un projet avant d’obtenir sa tranche de budget suivante ?'],
      'project-manager': [
        'Qui est votre sponsor, et quand lui avez-vous demandé une décision pour la dernière fois ? Que s’est-il passé ?',
      ],
    },
    listenFor: [
      'Les projets démarrent parce qu’un dirigeant le veut ; personne ne sait dire qui décide ; les règles n’existent que sur le papier.',
      'Quelques grands projets ont un sponsor et un comité de pilotage ; les décisions dépendent de qui est dans la salle.',
      'Des points de décision définis, avec des critères, utilisés sur la plupart des projets ; les rôles (sponsor, chef de projet, décideur) sont connus et nommés.',
      'Les décisions aux jalons sont consignées et suivies ; les manquements aux règles ont des conséquences ; les délais d’escalade sont tenus.',
      'La gouvernance elle-même est revue : délais et effets des décisions sont mesurés, et les règles simplifiées là où elles n’apportent rien.',
    ],
    documents: [
      'Rien d’attendu. Demandez comment les trois derniers projets ont été approuvés : y a-t-il une trace écrite ?',
      'Comptes rendus de comités de pilotage pour quelques grands projets ; un sponsor nommé dans certaines chartes.',
      'Un cadre de gouvernance avec points de décision et critères ; comptes rendus de jalons go/no-go sur la plupart des projets ; RACI ou mandats.',
      'Un journal des décisions avec actions de suivi ; rapports d’audit ou de conformité sur les jalons ; journal des escalades avec délais de décision.',
      'Une revue de la gouvernance elle-même (délais de décision, jalons sautés ou fusionnés) et les changements qui en ont découlé.',
    ],
  },
  portfolio: {
    interview: {
      executive: [
        'S’il fallait supprimer demain un cinquième des projets, comment choisiriez-vous, et pourriez-vous les nommer aujourd’hui ?',
        'Quand un projet a-t-il été refusé ou arrêté pour des raisons de stratégie plutôt que d’argent ?',
      ],
      management: [
        'Quand deux de vos projets se disputent les mêmes personnes ou le même budget, qui tranche, et comment ?',
      ],
      controller: [
        'Existe-t-il une liste unique de tous les projets en cours avec leur budget ? Qui la tient, et est-elle à jour ?',
      ],
    },
    listenFor: [
      'Personne ne peut lister tous les projets en cours ; un projet démarre dès que quelqu’un le finance.',
      'Des listes par département ou pour les plus grands projets ; les priorités se règlent par escalade ou au plus insistant.',
      'Un registre unique de tous les projets ; les propositions sont évaluées sur des critères liés à la stratégie ; les priorités sont publiées.',
      'Le portefeuille est revu à intervalle fixe, avec des données d’avancement, de valeur et de capacité ; des projets sont arrêtés ou replanifiés en conséquence.',
      'Les critères de sélection et l’équilibre du portefeuille sont ajustés à partir de ce que les projets livrés ont réellement rapporté.',
    ],
    documents: [
      'Rien d’attendu. Demandez la liste des projets en cours et comparez-la avec ceux cités en entretien.',
      'Listes de projets par département ; liste budgétaire annuelle des plus grands projets.',
      'Un registre de portefeuille couvrant tous les projets ; les critères d’évaluation ou de sélection ; une liste classée et le compte rendu qui l’a validée.',
      'Comptes rendus de revues de portefeuille avec décisions d’arrêt, de pause ou de replanification ; un tableau de bord ; la trace des projets refusés.',
      'Une analyse des décisions de sélection passées au regard des résultats, et les critères révisés en conséquence.',
    ],
  },
  resources: {
    interview: {
      management: [
        'Qui travaille sur quel projet cette semaine, et comment l’avez-vous su ?',
        'Racontez-moi la dernière fois que deux projets ont eu besoin de la même personne. Comment cela s’est-il réglé ?',
      ],
      'project-manager': [
        'Comment avez-vous obtenu l’équipe de votre projet actuel, et êtes-vous sûr qu’elle restera ?',
      ],
      'team-member': [
        'Sur combien de projets êtes-vous en ce moment, et qui décide de ce que vous faites en premier ?',
      ],
      executive: [
        'Avant d’approuver de nouveaux projets, voyez-vous s’il y a les personnes pour les mener ?',
      ],
    },
    listenFor: [
      'On emprunte des personnes au besoin ; personne ne connaît la charge d’ensemble ; la surcharge se découvre tard.',
      'Certains managers tiennent un tableur de leurs équipes ; les conflits remontent au cas par cas.',
      'Une vue unique de qui travaille sur quoi ; les affectations suivent une demande et une validation convenues ; les conflits se règlent selon la priorité du portefeuille.',
      'La demande est comparée à la capacité avant l’approbation des projets ; taux d’occupation et fiabilité des prévisions sont mesurés.',
      'La planification de capacité s’affine à partir du réalisé ; l’organisation garde volontairement de la marge et ajuste ses entrées.',
    ],
    documents: [
      'Rien d’attendu. Demandez les affectations de trois personnes et voyez qui sait les fournir.',
      'Tableurs d’affectation par équipe ou département ; courriels réglant un conflit de ressources.',
      'Un plan de ressources ou un référentiel de compétences transverse ; les demandes et validations d’affectation ; la règle d’arbitrage des conflits.',
      'Un plan de capacité confronté au pipeline ; des rapports d’occupation ; des comptes rendus où l’écart charge/capacité a changé une décision.',
      'Des analyses prévu/réalisé et les changements apportés aux hypothèses de planification ou aux entrées.',
    ],
  },
  reporting: {
    interview: {
      executive: [
        'Montrez-moi le dernier rapport reçu sur les projets. Qu’avez-vous fait différemment grâce à lui ?',
        'Quand un rapport vous a-t-il surpris pour la dernière fois, et avec combien de retard l’alerte est-elle venue ?',
      ],
      controller: [
        'Délais et coûts sont-ils mesurés par rapport à une référence ? D’où viennent les chiffres, et qui les vérifie ?',
      ],
      'project-manager': [
        'Combien de temps vous prend votre rapport d’avancement à chaque cycle, et quelqu’un agit-il dessus ?',
      ],
      management: [
        'Quand deux rapports sur un même projet se contredisent, auquel vous fiez-vous, et pourquoi ?',
      ],
    },
    listenFor: [
      'L’état des projets s’apprend dans les couloirs ou en pleine crise ; pas de rapport régulier.',
      'Certains projets rapportent régulièrement, chacun à sa façon ; les couleurs sont choisies au jugé.',
      'Un format et un rythme communs sur la plupart des projets, des indicateurs définis et des critères pour les couleurs ; des références existent.',
      'Les chiffres viennent d’une source unique et sont vérifiés ; les rapports mènent à des décisions consignées ; les tendances sont suivies.',
      'Les indicateurs eux-mêmes sont revus : prédisent-ils les problèmes ? Les rapports sont allégés là où personne ne s’en sert.',
    ],
    documents: [
      'Rien d’attendu. Demandez le dernier état de trois projets et comparez la façon dont chacun a été produit.',
      'Rapports d’avancement de quelques projets, chacun dans son format.',
      'La norme de reporting (format, rythme, critères de couleur) ; des rapports consolidés ; des plans de référence sur la plupart des projets.',
      'Un tableau de bord de portefeuille alimenté par une source unique ; des journaux de décision qui citent les rapports ; analyses de valeur acquise ou de tendance.',
      'Une revue des indicateurs (lesquels ont prédit des problèmes, lesquels ont été abandonnés) et les changements apportés au reporting.',
    ],
  },
  'risk-control': {
    interview: {
      'project-manager': [
        'Montrez-moi les risques de votre projet. Quand la liste a-t-elle changé pour la dernière fois, et qu’avez-vous fait pour le premier ?',
        'Comment le dernier changement de périmètre, de délai ou de budget a-t-il été accepté ?',
      ],
      'team-member': ['Quand vous repérez un risque ou un problème, où va-t-il, et avez-vous un retour ?'],
      controller: ['Comment les changements approuvés se répercutent-ils sur le budget et la prévision ?'],
      executive: [
        'Quels risques communs à plusieurs projets connaissez-vous aujourd’hui, et comment les avez-vous appris ?',
      ],
    },
    listenFor: [
      'On parle des risques sans les écrire ; les problèmes se traitent au fil de l’eau ; les changements se font sans accord.',
      'Quelques projets tiennent des registres, souvent remplis au démarrage et plus depuis ; les changements s’accordent de façon informelle.',
      'Registres des risques, problèmes et changements tenus sur la plupart des projets, avec responsables et actions ; un changement est approuvé avant d’être fait.',
      'Les registres sont revus à intervalle fixe, escaladés selon des seuils et consolidés entre projets ; l’impact des changements est évalué en coût et en délai.',
      'La pratique du risque s’ajuste d’après ce qui s’est réalisé ; les risques transverses orientent le portefeuille.',
    ],
    documents: [
      'Rien d’attendu. Demandez une liste de risques et notez sa dernière mise à jour.',
      'Registres de risques ou de problèmes sur quelques projets ; courriels validant des changements.',
      'Registres des risques, problèmes et changements sur la plupart des projets, avec responsables, dates et actions ; le formulaire de demande de changement et ses validations.',
      'Une vue consolidée des risques entre projets avec seuils d’escalade ; des analyses d’impact des changements ; des comptes rendus de revue.',
      'Une analyse des risques réalisés au regard de ceux prévus, et les changements apportés à la pratique.',
    ],
  },
  competencies: {
    interview: {
      'project-manager': [
        'Comment avez-vous appris à mener des projets ici ? Qui vous a aidé la dernière fois que vous étiez bloqué ?',
        'Quelle serait votre prochaine étape comme chef de projet, et qui en parle avec vous ?',
      ],
      management: ['Comment choisissez-vous qui pilote un projet, et comment jugez-vous son travail ?'],
      executive: [
        'Piloter des projets, est-ce un métier ici ? Que deviendrait un excellent chef de projet dans cinq ans ?',
      ],
      'team-member': [
        'Quand un projet se termine, où va ce qu’il a appris, et vous en êtes-vous déjà servi ?',
      ],
    },
    listenFor: [
      'On apprend sur le tas ; le chef de projet est celui qui est disponible ; l’aide dépend des relations personnelles.',
      'Quelques formations ou mentors informels ; l’expérience se partage au sein d’une équipe.',
      'Un profil de rôle défini et un parcours de formation suivi par la plupart ; du coaching disponible ; les retours d’expérience sont rangés dans un lieu connu.',
      'Les compétences sont évaluées au regard du profil ; des plans de développement existent ; une filière avec des niveaux ; l’usage des retours d’expérience est vérifié.',
      'Le cursus est révisé d’après les résultats des projets et les évaluations ; une communauté de pratique fait progresser le métier.',
    ],
    documents: [
      'Rien d’attendu. Demandez comment les deux derniers chefs de projet ont été choisis et préparés.',
      'Historique de formation de quelques personnes ; noms de mentors informels.',
      'Un profil de rôle ou un référentiel de compétences ; un catalogue de formations avec participation ; une offre de coaching ; une base de retours d’expérience.',
      'Évaluations de compétences ; plans de développement individuels ; une filière avec des grades ; des rapports sur la formation et l’usage des retours d’expérience.',
      'Des revues du cursus au regard des résultats ; les traces de la communauté de pratique et les changements qui en ont découlé.',
    ],
  },
  tools: {
    interview: {
      'project-manager': [
        'Montrez-moi où vivent votre plan, vos risques et vos documents. Combien d’outils cela fait-il ?',
        'À quelle fréquence saisissez-vous le même chiffre à plusieurs endroits ?',
      ],
      'team-member': [
        'Si je vous demandais la version actuelle du périmètre du projet, combien de temps faudrait-il pour la trouver ?',
      ],
      controller: [
        'D’où viennent les chiffres de projet que vous consolidez, et quelle part corrigez-vous à la main ?',
      ],
      management: ['Les outils vous apprennent-ils quelque chose que vous ne sauriez pas en demandant ?'],
    },
    listenFor: [
      'Fichiers personnels et courriels ; chacun garde sa copie ; la dernière version est une énigme.',
      'Quelques tableurs ou outils partagés, choisis par équipe ; les données sont ressaisies de l’un à l’autre.',
      'Des outils convenus qui soutiennent la méthode commune sur la plupart des projets ; les documents dans un lieu connu ; des règles de nommage.',
      'Les données sont saisies une fois et alimentent les rapports ; les données des outils sont tenues à jour et vérifiées.',
      'Les outils s’améliorent d’après les retours et l’usage ; l’automatisation supprime des étapes manuelles.',
    ],
    documents: [
      'Rien d’attendu. Demandez où se trouve le plan actuel de trois projets.',
      'Tableurs d’équipe ; un disque partagé un peu structuré.',
      'La liste des outils standard et de leur usage ; une arborescence documentaire avec règles de nommage ; la plupart des projets y figurent.',
      'Intégrations ou flux de données vers le reporting ; contrôles de qualité des données ; chiffres d’usage des outils.',
      'Une feuille de route des outils guidée par les retours et l’usage ; des étapes automatisées qui ont remplacé des tâches manuelles.',
    ],
  },
  lifecycle: {
    interview: {
      'project-manager': [
        'Comment votre dernier projet a-t-il démarré : que fallait-il avant que le travail commence ?',
        'Comment s’est terminé le dernier projet que vous avez mené ? Y a-t-il eu une passation et une revue ?',
      ],
      'team-member': ['Avez-vous participé à un retour d’expérience ? Quelque chose a-t-il changé ensuite ?'],
      management: ['Comment savez-vous qu’un projet est terminé, et pas simplement arrêté ?'],
    },
    listenFor: [
      'Les projets commencent par le travail et s’éteignent ; la planification est une liste de tâches ; la clôture n’est pas une étape.',
      'Les plus grands projets ont un lancement et un plan ; certains se terminent par une revue.',
      'Des phases définies avec critères d’entrée et de sortie sur la plupart des projets ; une clôture formelle avec recette, passation et retour d’expérience.',
      'Les sorties de phase sont vérifiées avant de poursuivre ; la clôture est contrôlée ; les retours d’expérience mènent à des actions suivies.',
      'Le cycle de vie s’affine d’après les revues de clôture ; les phases sont adaptées aux différents types de projets.',
    ],
    documents: [
      'Rien d’attendu. Demandez le dossier de clôture d’un projet récemment terminé.',
      'Supports de lancement ou chartes sur quelques projets ; quelques notes de retour d’expérience.',
      'Le cycle de vie avec ses critères de phase ; chartes et plans de référence ; rapports de clôture avec recette et retour d’expérience sur la plupart des projets.',
      'Listes de contrôle de fin de phase signées ; un journal des enseignements avec actions et responsables ; audits de clôture.',
      'Des révisions du cycle de vie reliées aux revues de clôture ; des variantes par type de projet.',
    ],
  },
  stakeholders: {
    interview: {
      'project-manager': [
        'Qui votre projet touche-t-il, et quand leur avez-vous parlé pour la première fois ?',
        'Comment vérifiez-vous que ce que vous livrez correspond toujours à leurs attentes ?',
      ],
      executive: ['Que faites-vous comme sponsor pendant un mois ordinaire d’un projet ?'],
      other: ['Comment avez-vous entendu parler du projet qui vous concerne, et avez-vous pu l’influencer ?'],
      management: ['Quand une partie prenante se plaint tardivement, comment est-ce traité ?'],
    },
    listenFor: [
      'Les parties prenantes découvrent le projet quand il leur arrive dessus ; le sponsor n’est qu’un nom.',
      'Les personnes clés sont informées sur les grands projets ; la communication dépend du style du chef de projet.',
      'Les parties prenantes sont identifiées au démarrage ; un plan de communication est suivi sur la plupart des projets ; les attentes sont convenues par écrit.',
      'L’engagement est vérifié (retours, satisfaction) ; les sponsors jouent un rôle actif et convenu ; les préoccupations sont suivies jusqu’au bout.',
      'La pratique d’engagement s’améliore d’après les retours ; les parties prenantes contribuent à façonner le portefeuille.',
    ],
    documents: [
      'Rien d’attendu. Demandez qui a été informé de quoi sur un projet récent, et quand.',
      'Listes de diffusion ; comptes rendus de quelques réunions avec le sponsor.',
      'Cartographies ou registres des parties prenantes ; plans de communication ; attentes ou critères d’acceptation validés sur la plupart des projets.',
      'Résultats de retours ou de satisfaction des parties prenantes ; une description du rôle de sponsor et la trace de ses décisions.',
      'Des changements de la pratique d’engagement reliés aux retours ; la place des parties prenantes dans les revues de portefeuille.',
    ],
  },
  benefits: {
    interview: {
      executive: [
        'Prenez un projet terminé l’an dernier : que devait-il apporter, et l’a-t-il fait ?',
        'Un bénéfice attendu a-t-il déjà changé votre décision en cours de projet ?',
      ],
      controller: [
        'Qui mesure les bénéfices après la clôture d’un projet, et par rapport à quelle référence ?',
      ],
      management: ['Qui porte les bénéfices d’un projet une fois l’équipe projet partie ?'],
      'project-manager': ['Quel bénéfice votre projet doit-il apporter, et comment le saura-t-on ?'],
    },
    listenFor: [
      'Les bénéfices vont de soi ; personne ne saurait dire ce qu’un projet devait apporter.',
      'Certains dossiers d’investissement énoncent des bénéfices, en mots plutôt qu’en mesures ; personne ne les suit.',
      'La plupart des projets énoncent des bénéfices mesurables avec un responsable et une référence ; ils sont suivis après la livraison.',
      'Les bénéfices sont revus aux jalons et après la livraison ; une prévision qui baisse change les décisions ; les résultats sont rapportés.',
      'Les bénéfices obtenus sont comparés aux promesses sur tout le portefeuille, et l’estimation comme la sélection s’en améliorent.',
    ],
    documents: [
      'Rien d’attendu. Demandez ce qu’un projet récemment terminé devait apporter.',
      'Dossiers d’investissement de quelques projets avec bénéfices énoncés.',
      'Fiches ou registre des bénéfices avec responsables, mesures et références ; un plan de réalisation des bénéfices sur la plupart des projets.',
      'Revues des bénéfices après livraison ; comptes rendus de jalons où la prévision de bénéfices a changé une décision ; reporting des bénéfices.',
      'Une analyse de portefeuille des bénéfices promis et obtenus, et les changements apportés aux règles des dossiers d’investissement.',
    ],
  },
  finance: {
    interview: {
      controller: [
        'Comment le budget d’un projet est-il fixé, et comment ses dépenses y sont-elles comparées ?',
        'Pouvez-vous donner le total dépensé en projets l’an dernier, et quelle confiance avez-vous dans ce chiffre ?',
      ],
      executive: [
        'Un projet a-t-il besoin d’un dossier d’investissement pour démarrer ? Parlez-moi d’un dossier refusé.',
      ],
      'project-manager': ['Savez-vous ce que votre projet a dépensé à ce jour ? D’où vient le chiffre ?'],
      management: ['Que se passe-t-il quand un projet s’oriente vers un dépassement de budget ?'],
    },
    listenFor: [
      'Les budgets sont des estimations au jugé ou ce qui reste ; les coûts réels ne sont connus qu’en fin d’année.',
      'Les grands projets ont un budget et un certain suivi des coûts ; quelques dossiers d’investissement existent.',
      'La plupart des projets ont un budget estimé, un dossier d’investissement et des coûts suivis par rapport au budget à intervalle régulier.',
      'Les prévisions à terminaison sont revues ; les écarts déclenchent des décisions ; la dépense totale en projets est connue et pilotée.',
      'L’estimation s’améliore d’après le réalisé ; le pilotage financier du portefeuille est revu et affiné.',
    ],
    documents: [
      'Rien d’attendu. Demandez le budget et le coût réel d’un projet récent.',
      'Budgets des plus grands projets ; quelques dossiers d’investissement.',
      'Un modèle de dossier d’investissement en usage ; des budgets avec estimations ; des rapports coûts/budget sur la plupart des projets.',
      'Rapports de prévision à terminaison ; décisions prises sur écarts ; une vue consolidée de la dépense en projets.',
      'Des analyses estimé/réalisé qui alimentent les règles d’estimation ; des revues du pilotage financier du portefeuille.',
    ],
  },
};
