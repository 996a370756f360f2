import type { OfficeKey } from '../../core/office/words';

let made: Readonly<Record<OfficeKey, string>> | undefined;

/** Ce que dit le moteur du bureau qu’il conçoit, en français (vouvoiement). Glossaire : docs/glossary.md.
 * Built on first use (the object literal sits in a function), like fr.ts.
 */
export const officeFrTexts = (): Readonly<Record<OfficeKey, string>> =>
  (made ??= {
    'office.service.office-lead': 'Direction du bureau',
    'office.service.status-reporting': 'Reporting de l’avancement du portefeuille',
    'office.service.programme-controls':
      'Contrôle de programme (planification, coûts, risques et changements)',
    'office.service.portfolio-controls':
      'Contrôle du portefeuille (coûts, délais et changements sur l’ensemble des projets)',
    'office.service.push-management':
      'Conduite de l’effort (rythme de pilotage, dépendances et état de préparation)',
    'office.service.portfolio-prioritisation': 'Priorisation du portefeuille et préparation du comité',
    'office.service.lean-portfolio':
      'Gestion Lean du portefeuille (financement, entrée des demandes et flux)',
    'office.service.capacity-planning': 'Planification de la capacité des personnes partagées',
    'office.service.standards': 'Standards et modèles',
    'office.service.coaching': 'Accompagnement et formation des chefs de projet',
    'office.service.assurance': 'Revues de projet et assurance qualité',
    'office.service.benefits-tracking': 'Suivi des bénéfices',
    'office.service.tooling': 'Outils et données projet',
    'office.service.hub-coordination': 'Coordination des bureaux des unités par le pôle central',
    'office.service.project-coordination': 'Coordination de projets à temps partiel',

    'office.role.controls': 'Planificateurs et contrôleurs coûts et risques',
    'office.role.single': 'Responsable du bureau de projets (une seule personne pour tous les services)',
    'office.role.hub':
      'Pôle central : direction, décisions de portefeuille, pilotage, assurance et standards pour tout le groupe, et coordination des unités',
    'office.role.hubView':
      'Pôle central : direction, liste et rapport uniques du portefeuille du groupe, et coordination des unités',
    'office.hubFirst.unitsApart':
      'Hors de cet effectif et de ce coût : des bureaux dans les {units} unités, environ {min}–{max} ETP au total ({costMin, number}–{costMax, number} par an au même taux journalier). Ils sont une orientation, pas la première étape : une seule vue du groupe ne suffit pas pour les créer ; une évaluation en équipe, avec des personnes des unités, confirme d’abord lesquelles en ont besoin et lesquelles en ont déjà un.',
    'office.unitsOwn':
      'Hors de cet effectif et de ce coût : les bureaux des {units} unités, environ {perUnit} ETP chacun ({min}–{max} ETP au total), soit environ {costMin, number}–{costMax, number} par an chacun au même taux journalier. Chaque unité pourvoit et finance son propre bureau avec ses équipes et son budget, selon le standard commun du pôle central ; le prix du pôle n’inclut que le pôle, et personne ne passe du centre aux unités.',
    'office.unitsShared':
      'La part de chaque unité est inférieure à un jour par semaine, trop peu pour un bureau à elle : des unités voisines en partagent un, soit environ {offices} bureaux pour les {units} unités, chacun tenu par environ une personne issue des unités qu’il sert, qui désigne un interlocuteur dans chacune.',
    'office.unitContacts':
      'Chacune des {units} unités désigne un interlocuteur (quelques heures par semaine d’une personne déjà en poste) : il tient les projets de l’unité dans la liste du bureau, transmet ses chiffres au format commun et sollicite le bureau lorsque l’unité souhaite de l’aide.',
    'office.ordersBilled':
      'Hors de cet effectif et de ce coût : environ {fte} ETP de contrôle commercial des commandes dans les {units} unités. Les contrôleurs des commandes clients font partie des équipes des commandes, imputés aux commandes et facturés au client ; les bureaux des unités travaillent avec ceux qui sont déjà sur les commandes au lieu d’en recruter, et les frais propres du bureau sont le hub et le soutien aux unités.',
    'office.role.spokes': 'Bureaux des {units} unités (au total)',

    'office.source.statusBought':
      'Notre estimation : ¾ d’heure par semaine et par projet pour recueillir, vérifier et consolider l’avancement ; lorsque la dépense annuelle livrée dépasse ce que les chefs de projet internes conduisent eux-mêmes (environ 1,5 million d’euros chacun, 4,5 millions s’ils sont expérimentés), la livraison achetée à des partenaires ajoute environ 6 heures par semaine par racine carrée de chaque million d’euros annuel au-delà de ce seuil, pour rapprocher les rapports des partenaires d’une source unique de données au lieu de les prendre tels quels.',
    'office.source.assuranceBought':
      'Notre estimation : environ 25 minutes par semaine et par projet pour les revues et bilans de santé ; lorsque la dépense annuelle livrée dépasse ce que les chefs de projet internes conduisent eux-mêmes (environ 1,5 million d’euros chacun, 4,5 millions s’ils sont expérimentés), la livraison achetée à des partenaires ajoute environ 6 heures par semaine par racine carrée de chaque million d’euros annuel au-delà de ce seuil, pour les recettes de ce que livrent les partenaires et la maîtrise des modifications de leurs contrats.',
    'office.source.reporting':
      'Notre estimation : ¾ d’heure par semaine et par projet pour recueillir, vérifier et consolider l’avancement, moitié moins au-delà de 40 projets dès qu’un outil partagé prend en charge la routine (équipes agiles aux tableaux visibles : 60 %) ; cohérent avec le ratio de praticiens d’un planificateur pour cinq à six chefs de projet (source faible).',
    'office.source.controls':
      'Le contrôle de projet coûte environ 5 % du coût des petits projets et descend sous 1 % sur ceux de plusieurs milliards (Heywood and Allen, article du PMI) ; un bureau de programme tient une seule comptabilité (planning, coûts, risques et modifications) pour tous ses chantiers et porte un cinquième de cette part, celle du maître d’ouvrage (notre estimation), à 110 000 par an et par personne, que l’effort soit temporaire ou durable. Cela suppose que les entreprises ou les consultants qui réalisent les projets assurent chacun leur propre planification et contrôle des coûts et que le bureau les intègre : si un partenaire de réalisation ou des consultants sous accord-cadre rendent déjà compte des coûts et des délais de l’ensemble des projets, il en faut moins ; si personne d’autre ne contrôle les projets, davantage.',
    'office.source.commercial':
      'Commandes de clients : environ trois quarts d’heure par semaine et par commande pour son coût à terminaison face au périmètre et au prix convenus et les modifications convenues avec le client (notre jugement).',
    'office.source.crossJob':
      'Commandes de clients dont chaque chantier garde ses propres économistes et planificateurs, payés par son contrat : le bureau fait le travail commun à tous les chantiers (formats standard, revue mensuelle des prévisions de chaque chantier, carnet de commandes, plannings d’offre et de contrat des chantiers les plus importants), environ une demi-heure par semaine et par commande, jusqu’à deux de plus pour la planification à mesure que les chantiers approchent 50 millions d’euros par an, plus 1,5 heure par racine carrée de la valeur annuelle des commandes en millions d’euros, jamais plus que ce que porterait le bureau durable d’un maître d’ouvrage pour la même dépense et les mêmes projets (notre jugement).',
    'office.source.jobControls':
      'Un effort temporaire qui réalise le travail du client est le contrôle de projet des chantiers eux-mêmes : personne d’autre ne les planifie ni n’en suit les coûts. Le contrôle de projet coûte environ 5 % du coût des petits projets et moins de 1 % des projets de plusieurs milliards (Heywood et Allen, article du PMI) ; l’équipe qui réalise en porte les deux cinquièmes, deux fois le bureau de programme d’un maître d’ouvrage (notre jugement), à 110 000 par an et par personne.',
    'office.source.controlsByPm':
      'Aucune dépense indiquée : un planificateur ou contrôleur pour cinq chefs de projet (ratio de praticiens, source faible ; un chiffre de dépense permet un meilleur dimensionnement).',
    'office.source.portfolioControls':
      'Le contrôle de projet coûte environ 5 % du coût des petits projets et descend sous 1 % sur ceux de plusieurs milliards (Heywood and Allen, article du PMI) ; un bureau de portefeuille en porte 7 % (notre estimation), à 110 000 par an et par personne. Cela suppose que l’équipe ou l’entreprise de chaque projet tient ses coûts et ses délais et que le bureau les consolide ; si les projets sont réalisés pour des clients qui paient leur contrôle, il en faut moins. Pour des projets d’environ un million par an, le bureau consacre au plus 3 heures par semaine à chacun, qui tient son propre contrôle ; plus le projet moyen est grand, plus le bureau porte la part d’un bureau de programme (un cinquième de l’ensemble), en entier dès 50 millions par an et par projet : les grandes constructions demandent le contrôle d’un programme, que celui-ci soit temporaire ou durable (notre estimation).',
    'office.source.push':
      'Notre estimation : un effort temporaire avance à un rythme plus soutenu qu’un bureau durable, soit 8 heures par semaine pour le pilotage et les décisions, plus 2 heures par semaine et par chantier pour les dépendances, les risques et l’état de préparation.',
    'office.source.prioritisation':
      'Notre estimation : 2 heures par semaine pour le cycle du comité, plus environ 20 minutes par projet pour l’instruction des demandes, la notation et les options.',
    'office.source.lean':
      'Notre estimation, d’après le Lean Portfolio Management de SAFe : 4 heures par semaine pour la synchronisation du portefeuille (Portfolio Sync) et le cycle trimestriel de financement et de capacité, plus environ une demi-heure par initiative pour l’entrée des demandes, les garde-fous et les mesures de flux.',
    'office.source.capacity':
      'Notre estimation : environ 20 minutes par semaine et par projet pour confronter la demande en personnes partagées à leur capacité, une demi-heure là où ces personnes sont très disputées.',
    'office.source.standards':
      'Notre estimation : une demi-heure par semaine et par chef de projet pour que les méthodes et les modèles restent utilisés et adaptés.',
    'office.source.coaching':
      'Notre estimation, par chef de projet : 1 h 30 par semaine là où l’expertise manque, 1 heure là où elle est de base, 25 minutes là où elle est solide.',
    'office.source.assurance':
      'Notre estimation : environ 25 minutes par semaine et par projet pour les revues et bilans de santé, là où la gouvernance et la maîtrise des risques sont insuffisantes ou que les parties prenantes le demandent ; lorsqu’il faut répondre aux exigences d’un régulateur ou d’un auditeur, la piste d’audit s’y ajoute (2 heures par semaine plus environ 6 minutes par projet).',
    'office.source.evidenceTrail':
      'Notre estimation : un régulateur ou un auditeur exige une piste d’audit (décisions, approbations et pièces classées là où un auditeur les trouve) : 2 heures par semaine plus environ 6 minutes par projet. Seule la piste d’audit est tenue ici : les revues de projets s’y ajoutent là où la gouvernance et la maîtrise des risques sont insuffisantes dans un bureau qui contrôle, ou si les parties prenantes les demandent.',
    'office.source.benefits':
      'Notre estimation : environ 12 minutes par semaine et par projet pour suivre les bénéfices au regard des business cases ; dans un effort de moins de deux ans qui existe pour ses bénéfices (synergies, économies), environ 75 minutes, la valeur de chaque initiative étant réestimée par rapport au plan au rythme de l’effort.',
    'office.source.tooling':
      'Notre estimation : 1 heure par semaine, plus environ 10 minutes par projet, pour faire fonctionner les outils partagés et garder des données propres.',
    'office.source.hub':
      'Notre estimation, d’après le modèle en étoile (hub and spoke) de P3O : 4 heures par semaine et par unité pour aligner les bureaux des unités et consolider le portefeuille du groupe.',
    'office.source.coordination':
      'Notre estimation : 1 heure par semaine, plus environ 20 minutes par projet, pour un point d’avancement léger et une aide aux plannings.',
    'office.source.lead':
      'Notre estimation : tant qu’une seule personne tient le bureau, elle le dirige en travaillant et la direction ne prend aucune heure à part ; au-delà d’une personne de services, diriger prend 30 % des heures en plus, une demi-personne au plus, jusqu’à ce que 12 % de tous les services soient davantage (un grand bureau).',

    'office.effort.projects':
      '{perUnit, number, 2} h par semaine et par projet × {units} projets = {hours} h par semaine',
    'office.effort.project-managers':
      '{perUnit, number, 2} h par semaine et par chef de projet × {units} = {hours} h par semaine',
    'office.effort.spend':
      '{perUnit, number, 2} h par semaine par million de dépense annuelle × {units} M = {hours} h par semaine',
    'office.effort.business-units':
      '{perUnit, number, 2} h par semaine et par unité × {units} unités = {hours} h par semaine',
    'office.effort.programmes':
      '{perUnit, number, 2} h par semaine et par programme × {units} = {hours} h par semaine',
    'office.effort.office': '{hours} h par semaine',
    'office.effort.lead': 'Direction de {units} h de services par semaine : {hours} h par semaine',
    'office.effort.leadsDoubted':
      '{perUnit, number, 2} h par semaine par chef de projet × {units} = {hours} h par semaine (seulement autant que les projets peuvent en occuper, sur les {managers} indiqués : voir l’avertissement sur ce chiffre)',
    'office.effort.leads':
      '{perUnit, number, 2} h par semaine par personne qui mène des projets × {units} = {hours} h par semaine (comptées à raison d’une personne pour {per} projets ; {managers, plural, =0 {aucun chef de projet indiqué} one {un chef de projet indiqué} other {# chefs de projet indiqués}})',

    'office.why.maturity-gap': '{dimensions} : en moyenne {gap, number, 2} sous le niveau {target}.',
    'office.why.context': 'La situation l’exige.',
    'office.why.expectations': 'Les parties prenantes l’ont demandé.',
    'office.why.in-place':
      '{dimensions} : déjà au niveau {target} ou au-delà ; le bureau fait vivre cette pratique plutôt que de la construire.',
    'office.spendCeilingScaled':
      'Limité à {share} % du budget annuel des projets : chaque service est ramené à {percent} % de son effort.',
    'office.managersCeilingDuties':
      'Limité à {fte, number} ETP, {perLead, number} pour chacune des {leads} personnes qui conduisent ses projets, plus {duty, number} ETP pour les revues et le reporting qu’exige un régulateur ou un financeur, que cette limite ne retient pas : chaque autre service est ramené à {percent} % de son effort.',
    'office.managersCeiling':
      'Limité à {fte, number} ETP, {perLead, number} pour chacune des {leads} personnes qui conduisent ses projets : chaque service est ramené à {percent} % de son effort.',
    'warning.managersHeld':
      'Le bureau est limité à {cap, number} ETP au plus, une demi-personne pour chacune des {leads} personnes qui conduisent ses projets, ce qu’un conseil d’administration accepte d’ordinaire à côté d’elles ; ses services demanderaient environ {full, number} ETP. Les {heldBack, number} ETP restants de ce travail demeurent chez les chefs de projet ; faites grandir le bureau avec le nombre de chefs de projet qu’il sert.',
    'warning.managersHeldDuties':
      'Le bureau est limité à {cap, number} ETP au plus : une demi-personne pour chacune des {leads} personnes qui conduisent ses projets, ce qu’un conseil d’administration accepte d’ordinaire à côté d’elles, plus {duty, number} ETP pour les revues, les preuves et le reporting qu’exige un régulateur ou un financeur, que cette limite laisse entiers car ils se font au centre quel que soit le chef de projet. Ses services demanderaient environ {full, number} ETP ; les {heldBack, number} ETP restants de ce travail demeurent chez les chefs de projet ; faites grandir le bureau avec le nombre de chefs de projet qu’il sert.',
    'office.managersCeilingControls':
      'Limité à {fte, number} ETP, {perLead, number} pour chacune des {leads} personnes qui conduisent ses projets, plus {controls, number} ETP de contrôle des coûts, des délais et des modifications que le maître d’ouvrage exerce sur la dépense ; ce contrôle croît avec l’argent engagé, non avec le nombre de chefs de projet, et cette limite ne le retient pas : chaque autre service est ramené à {percent} % de son effort.',
    'office.managersCeilingControlsDuties':
      'Limité à {fte, number} ETP, {perLead, number} pour chacune des {leads} personnes qui conduisent ses projets, plus {controls, number} ETP de contrôle des coûts, des délais et des modifications que le maître d’ouvrage exerce sur la dépense et {duty, number} ETP pour les revues et le reporting qu’exige un régulateur ou un financeur ; cette limite ne retient ni l’un ni l’autre : chaque autre service est ramené à {percent} % de son effort.',
    'warning.managersHeldControls':
      'Le bureau est limité à {cap, number} ETP au plus : une demi-personne pour chacune des {leads} personnes qui conduisent ses projets, ce qu’un conseil d’administration accepte d’ordinaire à côté d’elles, plus {controls, number} ETP de contrôle des coûts, des délais et des modifications du maître d’ouvrage, que cette limite laisse entiers car ils croissent avec la dépense, non avec le nombre de chefs de projet. Ses services demanderaient environ {full, number} ETP ; les {heldBack, number} ETP restants de ce travail demeurent chez les chefs de projet ; faites grandir le bureau avec le nombre de chefs de projet qu’il sert.',
    'warning.managersHeldControlsDuties':
      'Le bureau est limité à {cap, number} ETP au plus : une demi-personne pour chacune des {leads} personnes qui conduisent ses projets, ce qu’un conseil d’administration accepte d’ordinaire à côté d’elles, {controls, number} ETP de contrôle des coûts, des délais et des modifications du maître d’ouvrage, qui croissent avec la dépense et non avec le nombre de chefs de projet, et {duty, number} ETP pour les revues, les preuves et le reporting qu’exige un régulateur ou un financeur ; cette limite laisse les deux entiers. Ses services demanderaient environ {full, number} ETP ; les {heldBack, number} ETP restants de ce travail demeurent chez les chefs de projet ; faites grandir le bureau avec le nombre de chefs de projet qu’il sert.',
    'office.headcountCeiling':
      'Limité à {share} % des {employees} personnes de l’organisation : chaque service est ramené à {percent} % de son effort.',
    'office.headcountTop':
      'Le haut de la fourchette s’arrête à {fte, number} ETP, soit {share} % des {employees} personnes de l’organisation, le maximum qu’un bureau en prend ; ses services demandent moins que cela, aucun n’est donc réduit.',
    'office.coachingCourse':
      'Les responsables de projet suivent une formation unique de {days} jours, comptée dans la mise en place : une entreprise de cette taille n’a pas de service de coaching permanent.',
    'office.sizeLineCeiling':
      'Limité à {fte, number} ETP, un millième des {employees} personnes de l’organisation : le bureau s’ouvre parce que l’organisation est assez grande pour former ses chefs de projet en son sein, non parce que ses projets demandent plus qu’avec une personne de moins ; chaque service est ramené à {percent} % de son effort. Il grandit à mesure que les chefs de projet qu’il forme prennent les projets en main.',
    'office.partTimeCeiling':
      'Un rôle de coordination est un temps partiel qu’une personne assure à côté de son poste : limité à {fte} ETP au plus, chaque service est ramené à {percent} % de son effort.',
    'office.tooSmall':
      'Moins de {hours} heure par semaine une fois ramené à la taille et au budget de l’organisation : aucun poste à pourvoir ; le travail reste aux personnes qui conduisent les projets.',
    'office.role.inPlace': 'Autres membres du bureau en place (le bilan de santé confirme leur travail)',
    'office.inPlace.unknown':
      'La taille du bureau en place n’a pas été indiquée : le bilan de santé la compare aux {fte} ETP que demandent ses services.',
    'office.inPlace.delivered':
      'Le bureau en place fonctionne : les services qu’il assure aujourd’hui sont comptés à ce que livrent ses {existing} ETP, non aux {norms} ETP que les normes leur donneraient s’ils étaient nouveaux, et il ne grandit que des services nouveaux pour lui ({added} ETP), jusqu’à environ {fte} ETP. Davantage de personnes seulement si le bilan de santé montre un retard accumulé.',
    'office.inPlace.larger':
      'Le bureau en place compte {existing} ETP, plus que les {services} ETP dont ces services ont besoin : la fourchette va des trois quarts à la totalité, et le bilan de santé montre ce que couvre l’écart (souvent des chefs de projet ou des analystes rattachés au bureau) avant que quiconque ne change de poste.',
    'office.role.deputy': 'Suppléant désigné qui assure la continuité du poste (environ un jour par semaine)',
    'office.inPlace.viableSeat':
      'Ses services représentent environ {services} ETP, mais un bureau qui demeure est un poste tenu par quelqu’un : au moins {seat} ETP, avec un suppléant désigné à {deputy} ETP pour que ses registres et ses preuves ne s’arrêtent pas en son absence.',
    'office.inPlace.seatUnderLine':
      'Ses services représentent environ {services} ETP. Un poste complet d’une personne coûterait plus que la part des dépenses annuelles de projets à laquelle tout bureau est tenu : le bureau qui demeure est donc un poste à temps partiel d’au plus {fte} ETP, sans suppléant.',
    'office.inPlace.deputy':
      'Une seule personne tient ce bureau : un suppléant désigné à {deputy} ETP fait vivre ses registres et ses preuves quand elle est absente.',
    'office.inPlace.heldThin':
      'Ses services sont estimés ici à environ {services} ETP, pour {existing} ETP en place. Le bureau fonctionne, et un seul regard sur lui ne suffit pas pour le réduire : il garde son personnel jusqu’à ce qu’un bilan de santé, avec une évaluation en équipe, montre ce que son travail demande.',
    'office.role.unitSeats': 'Relais dans les {units} unités, tenus par des personnes du bureau en place',
    'office.role.secondStep': 'Personnel du bureau en place gardé et réaffecté jusqu’à la seconde étape',
    'office.inPlace.resetCentre':
      'Le bureau en place compte {existing} ETP ; les services du bureau refondé en demandent environ {services}. Il en garde de ce chiffre jusqu’à {centre} ETP au centre, réaffectés au nouveau mandat pendant sa mise en place{perUnit, plural, =0 {} other {, et un relais léger d’environ {perUnit} ETP dans chacune des {units} unités, tenu par ses propres équipes, qui inscrivent les projets de leur unité sur la liste du bureau et en remontent les chiffres au format commun}}.',
    'office.inPlace.resetFirstStep':
      'La réduction se fait par étapes : la première ne libère pas plus de {percent} % des {existing} ETP, soit {released} ETP qui partent selon ce qui est convenu avec les RH ; {held} ETP au-delà du bureau refondé demeurent, réaffectés, jusqu’à la seconde étape, décidée quand le bureau refondé aura été mesuré à sa charte au bout de sa première année.',
    'office.inPlace.resetReleased':
      'Les {difference} ETP restants partent selon ce qui est convenu avec les RH.',
    'office.role.retasked':
      'Membres du bureau en place réaffectés au nouveau mandat pendant sa mise en place, jusqu’à la semaine {weeks} au plus tard',
    'office.inPlace.resetRange':
      'Le bureau en place compte {existing} ETP ; les services du bureau refondé en demandent environ {services}. Il en garde de ce chiffre jusqu’à {max} ETP, réaffectés au nouveau mandat pendant sa mise en place ; les {difference} ETP restants partent selon ce qui est convenu avec les RH.',
    'office.inPlace.atLine':
      'Le bureau en place compte {existing} ETP pour environ {services} ETP de services nécessaires ici, au-delà des {line} ETP jusqu’où un bureau n’est pas réduit pour sa seule taille. Il garde ce que garderait un bureau de {line} ETP, jamais moins qu’un bureau plus petit ; seuls les {difference} ETP au-delà de cette limite reviennent au bilan de santé et aux RH.',
    'action.evolveOverLine':
      'Le bureau en place (modèle {model}) compte {existing} ETP quand ses services en demandent ici environ {need}, au-delà des {line} ETP jusqu’où un bureau n’est pas réduit pour sa seule taille. La taille seule ne justifie pas une réorganisation : il évolue vers ce que garde un bureau de {line} ETP, et un bilan de santé montre où vont les personnes au-delà.',
    'action.evolveOverLineThin':
      'Le bureau en place (modèle {model}) compte {existing} ETP quand ses services en demandent ici environ {need}, au-delà des {line} ETP jusqu’où un bureau n’est pas réduit pour sa seule taille. Il évolue vers ce que garde un bureau de {line} ETP, une fois cela confirmé par un bilan de santé et une évaluation en équipe ; personne ne bouge avant.',
    'office.inPlace.resetKeepsAll':
      'Le bureau en place compte {existing} ETP ; les services du bureau refondé en demandent environ {services}. Il garde tout son personnel, réaffecté au nouveau mandat : la fourchette va de ce besoin au bureau tel qu’il est.',
    'office.inPlace.same': 'À peu près la taille du bureau en place ({existing} ETP).',
    'office.inPlace.smaller':
      'Des {existing} ETP en place à environ {fte} ETP : {difference} ETP passent à des rôles de projet ou d’analyste, ou partent au gré des départs naturels. Dites-le ouvertement avant d’annoncer le changement.',
    'office.basis.sum':
      'Le bureau est la somme de ses services : {hours} heures par semaine, à {perFte} heures par personne à temps plein = {fte, number, 2} ETP.',
    'office.basis.range': 'Fourchette : ±{spread} % autour de cette somme.',
    'office.basis.rangeHours':
      'Fourchette : ±{spread} % autour de cette somme ; en dessous d’une demi-personne, elle est exprimée en heures par semaine.',

    'cost.hybridHandover':
      'Hybride : pendant les {months} premiers mois, la moitié de l’équipe est composée d’experts externes à {external} {currency} par jour, aux côtés de votre personnel à {internal} {currency} ; après la passation, l’équipe est entièrement interne et, dès la deuxième année, le bureau coûte {min}–{max} {currency} par an.',
    'cost.defaultRates':
      'Taux journaliers par défaut : {internal} {currency} en interne, {outsourced} {currency} auprès d’un cabinet externe ; indiquez vos propres taux pour les remplacer.',
    'cost.oneOff':
      'Coût unique : {days} jours-personne pour mettre en place les services (méthodes, registres, outils, premières formations) à {rate} {currency} par jour{procurement, plural, =0 {} other {, plus # jours de vos propres équipes pour choisir le prestataire et contractualiser avec lui}}.',

    'cost.totalPushWithPeople':
      'Au total, sur ses {months} mois : {min, number}–{max, number} {currency} pour le bureau, sa mise en place et les personnes que le plan fait venir ; le chiffre annuel est le rythme du bureau tant qu’il fonctionne.',
    'cost.totalYearWithPeople':
      'Au total, la première année : {min, number}–{max, number} {currency} pour le bureau, sa mise en place et les personnes que le plan fait venir.',
    'cost.totalYearWithPeopleShare':
      'Au total, la première année : {min, number}–{max, number} {currency} pour le bureau, sa mise en place et les personnes que le plan fait venir, soit {low}–{high} % des dépenses annuelles de projets.',
    'cost.overHorizon':
      'Sur ses {months} mois, le bureau coûte {min}–{max} {currency} au total, mise en place comprise.',
    'cost.overStages':
      'Sur ses {months} mois, doté selon ses étapes : {min, number}–{max, number} {currency} au total pour le bureau{people, plural, =0 {, mise en place comprise} other {, sa mise en place et les personnes que le plan fait venir}} : le noyau d’environ {core} ETP pendant {coreWeeks} semaines (mise en place, premières étapes et remise) et l’équipe complète d’environ {full} ETP pendant les {fullWeeks} semaines d’exécution. Le chiffre annuel est le rythme de l’équipe complète.',
    'office.basis.sizeAssumed':
      'Aucune dépense annuelle de projets n’a été indiquée : chaque projet est dimensionné comme un projet d’environ {pivot, number} EUR par an. Avec la dépense indiquée, les heures qui suivent la taille des projets vont de {low, number} à {high, number} fois celles-ci : le bureau pourrait être jusqu’à deux fois plus petit ou d’un quart plus grand.',
    'need.verdict.servicesUnderHalf':
      '{score} points de besoin atteignent le seuil de {threshold}, mais les services dont ce travail a besoin totalisent {hours, number} heures par semaine, moins d’une demi-personne : en dessous de cette limite, l’aide est un rôle à temps partiel tenu par une personne à côté de son propre travail, pas un bureau.',
    'expectation.planStarts': 'Une étape du plan le met en route : {step}',
    'expectation.noOfficeStep': 'Aucun bureau n’est recommandé ; une étape du plan y répond : {step}',
    'expectation.noOfficeWhyNot':
      'Aucun bureau n’est recommandé, et sans bureau personne n’a sur tous les projets le mandat que cela demande ; la réévaluation prévue au plan reposera la question.',
    'expectation.programme.prioritisation':
      'Le bureau de programme prépare les arbitrages du comité de programme : quel périmètre entre dans quelle tranche, et ce qui attend. Choisir entre ce programme et d’autres travaux reste aux responsables du portefeuille.',
    'expectation.answered': 'Le bureau le propose.',
    'expectation.in-place':
      '{share} % l’ont demandé, et cela fonctionne déjà au niveau 4 ou au-delà : le bureau le conserve, sans nouveau service.',
    'expectation.no-mandate':
      '{share} % l’ont demandé, mais la direction veut peu de pilotage central : sans mandat, le bureau ne pourrait que le préparer. Abordez le sujet avec le sponsor.',
    'expectation.spend':
      '{share} % l’ont demandé ; il a été écarté pour maintenir le bureau dans sa part du budget.',
    'expectation.not-offered':
      '{share} % l’ont demandé ; un bureau de cette forme ne l’assure pas. Discutez-en avec le sponsor.',

    'shape.reason.no-need': 'Forme : pas de bureau ; le besoin n’en justifie pas encore un.',
    'shape.reason.coordination':
      'Forme : un coordinateur à temps partiel ; un bureau ne se justifie pas ici, donc une personne coordonne à côté de son poste (une demi-personne au plus), avec des chefs de projet formés.',
    'shape.reason.no-project-leads':
      'Forme : d’abord la capacité projet ; {load, plural, =1 {{projects} projets pour {managers, plural, one {un seul chef de projet} other {# chefs de projet}}, c’est une charge que ceux qui les mènent portent eux-mêmes, trop faible pour occuper un bureau. Formez ceux qui conduisent les projets et tenez-en une seule liste.} other {avec {managers, plural, =0 {aucun chef de projet} one {un seul chef de projet} other {# chefs de projet}} pour {projects} projets, un bureau n’aurait personne à accompagner. Nommez et formez d’abord des personnes pour conduire les projets.}}',
    'shape.reason.leads-binding':
      'Forme : d’abord des responsables de projet ; {projects} projets reposent sur {managers, plural, =0 {personne dont c’est le métier de les conduire} one {un seul chef de projet} other {# chefs de projet}}, bien plus qu’une personne ne conduit correctement. Le premier argent va à nommer ou recruter des personnes pour les conduire, dont l’une tient à temps partiel la liste unique des projets ; un bureau attend que ces responsables soient en place.',
    'shape.reason.no-expertise':
      'Forme : d’abord la capacité projet ; personne ici n’a encore d’expertise en gestion de projet, et {managers, plural, =0 {personne ne conduit} one {une personne conduit} other {# personnes conduisent}} {projects} projets. L’aide dont le travail a besoin garde sa taille : un coordinateur l’assure aux côtés des personnes qui conduisent les projets, le temps de les nommer, de les former et de les accompagner ; le bureau vient quand elles savent le conduire.',
    'shape.reason.programme': 'Forme : un bureau de programme, dimensionné selon le programme qu’il pilote.',
    'shape.reason.temporary':
      'Forme : un bureau temporaire pour un effort d’environ {months} mois, fermé à la fin de cet effort.',
    'shape.reason.hub':
      'Forme : en étoile (hub and spoke) ; un groupe de {employees} personnes réparties en {units} unités fait fonctionner des bureaux dans les unités, reliés par un pôle central qui priorise, pilote et contrôle le portefeuille de tout le groupe.',
    'shape.reason.hubView':
      'Forme : en étoile (hub and spoke) ; un groupe de {employees} personnes réparties en {units} unités fait fonctionner des bureaux dans les unités, reliés par un pôle central qui tient la vue unique du portefeuille du groupe (une liste, un vocabulaire d’avancement commun, une revue trimestrielle du portefeuille et la trace de ses décisions) ; les approbations et les contrôles restent dans les unités.',
    'shape.reason.department':
      'Forme : des bureaux d’unité ; {units} unités mènent leurs propres projets et la direction veut peu de contrôle central : chaque unité a son bureau, et une consolidation légère au niveau du groupe réunit leurs chiffres, sans mandat central.',
    'shape.reason.agile':
      'Forme : un bureau de portefeuille Lean pour la livraison agile : financement, entrée des demandes et flux plutôt que rapports d’étape.',
    'shape.reason.mature-no-office':
      'Forme : pas de bureau ; à {overall, number, 2}, l’organisation conduit déjà bien ses projets. Gardez ce qui fonctionne et désignez un responsable unique pour la vue portefeuille.',
    'shape.reason.mature':
      'Forme : formaliser l’existant ; à {overall, number, 2}, l’organisation pratique déjà une grande partie de tout cela, un bureau léger le pérennise et le relie.',
    'shape.reason.portfolio': 'Forme : un bureau de portefeuille pour les projets de l’organisation.',
    'rationale.formaliseLight':
      'Un bureau léger, de soutien : sur le papier, le modèle {best} est le mieux adapté ({score}/100), mais à {overall, number, 2} la pratique tient déjà ; un nouveau mandat ajouterait du contrôle sans besoin.',
    'need.verdict.shapeNoOffice':
      '{score} points de besoin atteignent le seuil de {threshold}, mais un bureau n’est pas encore la réponse ici (voir la forme ci-dessous).',
    'need.verdict.shapeOffice':
      'Un bureau est recommandé : {score} points de besoin pour un seuil de {threshold}.',
    'rationale.directionOnly':
      'Les éléments sont insuffisants : ceci n’est qu’une orientation, sans effectif, coût ni plan. Notez davantage de questions, ou invitez davantage de personnes, pour dimensionner le bureau.',

    'kpi.unit.days': 'jours ouvrés',
    'kpi.unit.percent': '%',
    'kpi.unit.level': 'niveau (1–5)',
    'kpi.maturity.measureScore':
      '{dimension} : porter le score à {target, number, 2} d’ici la réévaluation dans {months} mois, un niveau au-dessus d’aujourd’hui, en route vers le niveau {level}.',
    'kpi.maturity.measure':
      '{dimension} : atteindre le niveau {target} lors de la réévaluation dans {months} mois.',
    'kpi.maturity.sustain':
      '{dimension} : maintenir le niveau {target} lors de la réévaluation dans {months} mois.',
    'kpi.outcome.on-time': 'Projets dans les délais',
    'kpi.outcome.on-time.measure':
      'Part des projets terminés avec moins de 10 % d’écart sur leur date prévue : {target} % d’ici {months} mois. Mesurez la première référence dès le premier mois.',
    'kpi.outcome.predictability': 'Prévisibilité',
    'kpi.outcome.predictability.measure':
      'Part des objectifs planifiés pour un trimestre que les équipes livrent dans ce trimestre : {target} % d’ici {months} mois.',
    'kpi.outcome.lead-time': 'Délai de livraison',
    'kpi.outcome.lead-time.measure':
      'Jours ouvrés entre une idée acceptée et sa première livraison : au plus {target} d’ici {months} mois.',
    'kpi.outcome.on-budget': 'Projets dans le budget',
    'kpi.outcome.on-budget.measure':
      'Part des projets terminés avec moins de 10 % d’écart sur leur budget approuvé : {target} % d’ici {months} mois.',
    'kpi.outcome.forecast-accuracy': 'Fiabilité des prévisions',
    'kpi.outcome.forecast-accuracy.measure':
      'Part des prévisions mensuelles de coût à moins de 5 % du coût final : {target} % d’ici {months} mois.',
    'kpi.outcome.time-to-decision': 'Délai de décision',
    'kpi.outcome.time-to-decision.measure':
      'Jours ouvrés entre une demande de projet et la décision de portefeuille : au plus {target} d’ici {months} mois.',
    'kpi.outcome.staffed-as-planned': 'Projets dotés comme prévu',
    'kpi.outcome.staffed-as-planned.measure':
      'Part des projets qui démarrent avec les personnes prévues pour eux : {target} % d’ici {months} mois.',
    'kpi.outcome.benefits-on-track': 'Bénéfices en bonne voie',
    'kpi.outcome.benefits-on-track.measure':
      'Part des bénéfices pour lesquels l’effort existe (synergies, économies ou résultat financé), chacun avec un responsable et une valeur de départ, dont la prévision atteint ou dépasse la cible : {target} % aux revues de pilotage, tenues {cadence}, d’ici {months} mois.',
    'kpi.outcome.benefits-measured': 'Bénéfices mesurés',
    'kpi.outcome.benefits-measured.measure':
      'Part des projets clos dont les bénéfices sont mesurés au regard de leur business case : {target} % d’ici {months} mois.',
    'kpi.outcome.reviews-on-time': 'Revues tenues à temps',
    'kpi.outcome.reviews-on-time.measure':
      'Part des revues de projet planifiées tenues à la date prévue : {target} % d’ici {months} mois.',

    'returns.orders': 'Pénalités de retard et marge perdue, évitées',
    'office.role.hubOrders':
      'Centre : direction, ordre des commandes et capacité dans tout le groupe, contrôle de gestion commercial des commandes et coordination des unités',
    'returns.overruns': 'Dépassements et gaspillage évités',
    'returns.overruns.assumption':
      'Environ {waste} % de l’investissement en projets est gaspillé du fait d’une performance insuffisante (PMI, Pulse of the Profession) ; nous supposons que le bureau en évite {min}–{max} %, bien en deçà de ce que les bureaux déclarent eux-mêmes, et ne lui attribuons pas plus de {multiple} fois son propre coût annuel.',
    'returns.overruns.noSpend':
      'Non chiffré : indiquez le budget annuel des projets pour chiffrer les dépassements que le bureau aide à éviter.',
    'returns.capacity': 'Temps libéré pour les chefs de projet',
    'returns.capacity.assumption':
      '{pms} chefs de projet gagnent chacun {min}–{max} heures par semaine grâce aux modèles, au reporting et aux outils partagés, sur {weeks} semaines de travail à {rate} {currency} de l’heure (notre hypothèse).',
    'returns.capacity.hub':
      'Compté pour les seuls chefs des plus grands projets du groupe, les {percent} % qu’atteignent les services propres du hub, et non pour les {all} : les bureaux des unités libèrent le temps de leurs propres chefs de projet, à leurs frais.',
    'returns.decisions': 'Décisions plus rapides sur les projets',
    'returns.decisions.assumption':
      'Non chiffré : un cycle de portefeuille régulier permet de décider du lancement, de la suspension ou de l’arrêt des projets en quelques jours plutôt qu’en plusieurs semaines.',

    'fit.blocker.directiveTemporary':
      'Un bureau directif met un an ou plus à asseoir son mandat ; un effort temporaire s’appuie plutôt sur l’autorité du sponsor.',
    'fit.blocker.directiveUnits':
      'Avec {units} unités qui conduisent leurs propres projets, les personnes sont affectées au sein des unités ; un centre qui les répartit entre les unités va à l’encontre de la structure.',
    'fit.blocker.directiveLevel':
      'Au niveau de maturité {level}, un bureau directif déciderait des projets et des personnes sans la pratique définie (niveau {minimum}) sur laquelle il repose.',
    'office.leanFunction':
      'Maintenu à {fte} personne au moins : {initiatives} initiatives agiles (à partir de {minimum}) et leur budget demandent une fonction de portefeuille lean à part entière, qui tient la liste priorisée, le tableau de ce que les équipes attendent les unes des autres et les garde-fous de financement, et non quelques heures en marge d’un autre poste.',
    'fit.blocker.leanPortfolio':
      'Les équipes agiles livrent par incréments et sont financées en tant qu’équipes stables : un portefeuille lean décide de ce qui démarre et de son financement, et laisse la livraison aux équipes ; une tour de contrôle vérifierait des standards de jalons sur chaque projet. Il y faut une forte volonté de contrôle.',
    'fit.blocker.directiveAgile':
      'Les équipes agiles sont financées et dotées en tant qu’équipes stables ; un centre qui affecte les personnes projet par projet les disloque.',
    'fit.inPlaceKeepsControl':
      'le bureau en place travaille déjà à ce degré de contrôle ; le changer est une réorganisation qui demande sa propre justification',
    'fit.deliveryApproach': 'Mode de réalisation des projets',
    'fit.portfolioWorksAlready':
      '3,50 ou plus : les projets sont déjà sélectionnés et dotés avec soin ; une affectation centrale apporte peu',
    'fit.agile': 'agile',
    'fit.agileResistsStandards':
      'les équipes agiles résistent aux standards par jalons de décision et aux contrôles de conformité',
    'src.officeAction.reset': 'refondre',
    'src.resetKeepsTeam':
      'Une refonte change ce que fait le bureau, pas qui le fait : l’équipe en place connaît les projets et reste.',
    'src.blocker.hybridTooSmall':
      'Un bureau de {min} à {max} ETP, soit environ {fte} personnes, est trop petit pour combiner internes et externes (il en faut {limit} ou plus) : soit il est porté par l’organisation elle-même, avec un accompagnement externe, soit il est externalisé.',

    'plan.startService': 'Lancer le service « {service} »',
    'plan.formaliseService': 'Formaliser et conserver le service « {service} » (il fonctionne déjà)',
    'plan.agreeServices': 'Convenir des services dans cet ordre, du plus urgent au moins urgent : {services}',
    'plan.runServices': 'Assurer les services : {services}',
    'plan.extendServices': 'Étendre des projets pilotes à tous les projets : {services}',
    'plan.appointAndTrainLeads':
      'Nommer un chef de projet pour chaque projet qui dure plus de quelques semaines, et le former aux bases',
    'action.evolveGrow':
      'Faire évoluer la {model} en place : son modèle reste, mais ses services demandent nettement plus que ses {existing} ETP ; les nouveaux services sont donc mis en place et pilotés comme un changement, pas simplement maintenus.',
    'plan.pushEndsOfficeStays':
      'Clore l’effort : le bureau en place revient à ses services durables et libère les personnes prises pour l’effort',
    'plan.redeploy':
      'Convenir avec les RH et les personnes concernées de l’affectation des {difference} ETP dont le bureau réorganisé n’a plus besoin (rôles de projet, d’analyste ou opérationnels), avant d’annoncer le changement',
    'plan.validateAssessment':
      'Valider cette évaluation par de courts entretiens avec le sponsor et deux ou trois chefs de projet, et réunir les documents qui l’étayent',
    'shape.reason.small-portfolio':
      'Forme : un coordinateur à temps partiel ; {projects} projets simultanés sont trop peu pour un bureau, quelle que soit la taille de l’organisation.',
    'src.blocker.partTimeSeat':
      'Un bureau de {min} à {max} ETP, soit environ {fte} personne, est un poste à temps partiel (moins de {limit} personne) : acheté à un cabinet, il coûte environ le double du taux interne et ne laisse aucune compétence ; un coordinateur interne, épaulé par un coaching externe, sert mieux.',
    'office.role.leadership': 'Direction du bureau (un responsable et des chefs de section)',
    'warning.weakSourcing':
      'Le mode d’approvisionnement retenu, {sourcing}, n’obtient que {score}/100 : {ruledOut, plural, =0 {les autres options obtiennent encore moins} other {c’est ce qui reste une fois les autres options écartées}}. Ce qui lui manque : {missing}. Ce qui comblerait l’écart : {fixes}. À trancher avec le sponsor avant la signature de la charte.',
    'warning.weakSourcing.noPoints': 'rien en sa faveur au-delà des points de base',
    'warning.weakSourcing.fix.expertise':
      'un responsable de bureau expérimenté venu de l’extérieur pour les premiers mois, sous contrat ou en accompagnement de votre propre responsable, chiffré à côté du bureau',
    'warning.weakSourcing.fix.urgency':
      'des personnes déchargées dès maintenant de leur travail courant pour lancer le bureau pendant qu’on trouve les autres',
    'warning.weakSourcing.fix.horizon':
      'des personnes prêtées par les équipes opérationnelles pour la durée du besoin plutôt qu’un service construit pour lui',
    'warning.weakSourcing.fix.managers':
      'des chefs de projet déchargés de leurs projets, ou recrutés, pour doter le bureau',
    'warning.weakSourcing.fix.budget':
      'un budget plus large pour le bureau, là où une autre option a été écartée pour son coût ou sa taille',
    'warning.weakSourcing.fix.review': 'un réexamen des données qui jouent contre lui',
    'warning.returnsRestOnTrackedBenefits':
      'Les gains chiffrés ici ne couvrent pas le coût du bureau : le dossier repose sur les bénéfices que l’effort suit (les économies, synergies ou résultats pour lesquels il existe), que chiffre votre propre plan, non cette évaluation. Placez les chiffres de ce plan à côté du coût du bureau pour le comité de pilotage.',
    'warning.returnsBelowCost':
      'Les gains chiffrables ne couvrent pas le coût du bureau : le dossier repose sur ce qui ne se chiffre pas (décisions, assurance, moins de surprises). Dites-le au comité de pilotage.',
    'warning.returnsBelowAddedCost':
      'Les gains chiffrés pour ce qui change ne couvrent pas ce que le changement ajoute au coût du bureau en place. Seule cette part ajoutée est comparée ici : le coût actuel de fonctionnement figure déjà au budget, et ce que le bureau rapporte aujourd’hui n’est pas chiffré. L’ajout se justifie par ce qui ne se chiffre pas (décisions, assurance, moins de surprises) ; dites-le à ceux qui approuvent le budget.',
    'action.resetOversized':
      'Réorganiser la {model} en place : ses {existing} ETP représentent plus du double des {need} ETP que ses services demandent ici ; la garder telle quelle masquerait l’écart dans le budget.',
    'inPlace.action.evolveWork':
      'Faire évoluer le bureau en place, de modèle {model} : le modèle reste, mais le plan relance {percent} % de son travail (des services qu’il n’a jamais assurés, ou qu’il assure en deçà du niveau attendu), plus qu’une équipe n’absorbe en fonctionnant ; ce travail est conçu et piloté comme un changement, avec une charte révisée.',
    'action.evolveServices':
      'Faire évoluer la {model} en place : son modèle reste, mais elle prend en charge des services qu’elle n’a jamais assurés ; ils sont conçus et pilotés comme un changement, avec une charte révisée.',
    'rationale.leanLight':
      'Un bureau de portefeuille lean est de soutien : il finance des équipes et rend le flux de travail visible ; la {best} convient le mieux sur le papier ({score}/100), mais les équipes agiles se pilotent elles-mêmes dans des garde-fous.',
    'rationale.keepsModel':
      'La {model} en place garde son degré de contrôle : la {best} ne la devance que de {lead} points, et changer le contrôle d’un bureau est une réorganisation qui demande un dossier plus net.',
    'kpi.outcome.regulator-milestones': 'Échéances du régulateur tenues',
    'kpi.outcome.regulator-milestones.measure':
      'Part des échéances que l’effort doit à un régulateur, un financeur ou un auditeur (actions ordonnées, livrables, rapports, dépôts) tenues à la date promise : {target} %, toutes sans exception, sur ses {months} mois.',
    'kpi.outcome.internal-milestones': 'Jalons internes tenus',
    'kpi.outcome.internal-milestones.measure':
      'Part des jalons propres à l’effort, hors échéances dues à un régulateur, un financeur ou un auditeur, tenus à une semaine près de leur date de référence : {target} % sur ses {months} mois.',
    'kpi.outcome.milestones-on-plan': 'Jalons tenus',
    'kpi.outcome.milestones-on-plan.measure':
      'Part des jalons de l’effort tenus à une semaine près de leur date de référence : {target} % sur ses {months} mois.',
    'needf.maturity': 'Maturité actuelle',
    'needf.maturityWorks': 'des pratiques qui fonctionnent déjà demandent moins d’efforts',
    'needf.maturityGap': 'des pratiques sous le niveau 3 laissent du travail à un bureau',
    'needf.noUrgency': 'rien ne presse : l’organisation peut progresser à son rythme',
    'needf.urgency': 'une meilleure exécution est nécessaire rapidement',
    'needf.nearDefined':
      'des pratiques proches du niveau 3, menées par des chefs de projet aguerris, sans lutte pour les personnes ni urgence, demandent moins d’efforts',
    'needf.regulationCarried': 'Preuves exigées par le régulateur déjà assurées par les pratiques',
    'needf.regulationCarriedWhy':
      'une gouvernance et une maîtrise des risques au niveau {level} ou plus tiennent déjà les décisions et les traces que contrôle le régulateur : la réglementation n’apporte pas de travail à un bureau',
    'warning.highCostShareTemporary':
      'Le bureau coûterait jusqu’à {share, number, 2} % du budget annuel des projets, au-delà de {limit} % : courant pour un effort court et intense, mais vérifiez que ce budget couvre tout ce que l’effort livre.',
    'returns.released': 'Personnes du bureau en place libérées pour d’autres tâches',
    'returns.releasedWorth':
      'Personnes du bureau en place libérées pour d’autres tâches : {freed} ETP, dont le coût annuel est d’environ {worth} {currency}, économisé seulement si leurs postes ne sont pas repourvus, donc tenu à part du total des gains',
    'returns.released.assumption':
      'Non compté comme argent : {freed} des {existing} ETP en place passent à d’autres tâches, soit environ {worth} {currency} par an au taux interne. Ce n’est une économie que si leurs postes ne sont pas repourvus ou s’ils reprennent un travail qui serait sinon acheté à l’extérieur.',
    'returns.released.pooled':
      'Les {pooled} chefs de projet regroupés dans le bureau retournent à la conduite de projets : ils ne sont pas ses frais généraux, et les déplacer n’économise rien.',
    'returns.today': 'Ce que le bureau en place rapporte déjà',
    'returns.today.assumption':
      'Il assure déjà {services} : ce qu’ils rapportent n’est pas compté une seconde fois comme gain de cette recommandation.',
    'returns.overToday':
      'Compté comme le gain par rapport au bureau en place : seulement les services qu’il n’assure pas aujourd’hui, soit {percent} % de ce travail.',
    'plan.bringInExperiencedPm':
      '{count, plural, one {Faire venir un chef de projet expérimenté ({via}) pour mener {projects, plural, one {le projet} other {le plus gros projet et accompagner les autres}}} other {Faire venir # chefs de projet expérimentés ({via}) pour mener les plus gros projets et accompagner les autres}}',
    'src.pushSize': 'Taille de l’équipe de l’effort',
    'src.pushSizeValue': 'environ {fte} ETP',
    'src.largePushMixes':
      'une grande équipe temporaire combine un noyau de personnel interne, qui garde l’acquis, et des prestataires qu’elle libère à la fin de l’effort',
    'action.resetSmaller':
      'Réorganiser la {model} en place : son modèle change et elle passe de {existing} ETP à {fte} ETP au plus ; c’est une réorganisation, qui planifie d’abord les personnes qui changent de poste.',
    'office.role.pooled': 'Chefs de projet mutualisés que le bureau affecte aux projets',
    'office.inPlace.poolBack':
      'Hypothèse à vérifier d’abord : sur les {existing} ETP en place, {pooled} seraient des chefs de projet que le bureau directif regroupe aujourd’hui (autant que de personnes qui mènent des projets). Si c’est le cas, ils retournent dans les métiers comme chefs de projet, présentés à part de ce bureau, ni dans son coût ni comptés comme une économie, et le bureau comparé à ses services, ce sont les {overhead} ETP restants.',
    'office.pooledAssumed':
      'Hypothèse à confirmer par le bilan de santé : sur les {existing} ETP en place, {pooled} sont des chefs de projet mutualisés qui mènent des projets ; ils restent au bureau et ne comptent pas dans ses frais de structure. Ce chiffre ne dépasse pas le nombre de chefs de projet déclarés et laisse au bureau {own} ETP propres, pas moins que les {need} ETP dont ses services ont besoin ; si davantage de ses membres sont planificateurs, contrôleurs ou gestionnaires des ressources, il compte moins de chefs de projet mutualisés et coûte plus.',
    'warning.officeLargeForPeople':
      'Un bureau allant jusqu’à {fte} ETP dans une organisation de {employees} personnes est surtout composé de personnes venues de l’extérieur : vérifiez si un entrepreneur ou un partenaire de réalisation assure déjà la planification et le contrôle des coûts, et dimensionnez l’équipe propre du maître d’ouvrage à ce qu’elle doit tenir elle-même.',
    'office.serviceOffered.portfolio-prioritisation':
      'Préparation des décisions de portefeuille (la direction décide)',
    'office.serviceLean.status-reporting':
      'Reporting de l’état du portefeuille, allégé : un seul dossier mensuel',
    'office.serviceOffered.standards': 'Modèles et conseils à disposition (sans obligation)',
    'office.serviceOffered.assurance': 'Revues de projet à la demande',
    'office.serviceDuty.assurance': 'Piste d’audit pour le régulateur',
    'office.serviceOffered.tooling': 'Outils et données projet à disposition',
    'office.serviceOffered.portfolio-controls':
      'Consolidation des coûts et des délais des projets (chaque projet garde son propre contrôle des modifications)',
    'office.serviceDelivery.portfolio-controls':
      'Maîtrise des coûts, des délais et des modifications maintenue sur les projets (le bureau prépare et consolide ; chefs de projet et commanditaires décident)',
    'office.serviceDelivery.assurance':
      'Revues de projet qui fondent les preuves attendues par le régulateur (le bureau revoit et archive ; les chefs de projet décident)',
    'office.deliveryForm':
      'Tenu à plein effort quel que soit le degré de contrôle : ce travail existe sur les projets, et le régulateur ou les contrats l’exigent ; le degré de contrôle ne fixe que qui décide.',
    'office.offeredForm':
      'Proposé sous sa forme d’appui : le bureau prépare et conseille, les responsables décident (environ {percent} % de l’effort complet).',
    'fit.pushDrivesDecisions':
      'Un effort urgent doit obtenir des décisions à temps ; un bureau qui se contente de rendre compte n’y parvient pas.',
    'fit.urgentPush': 'Effort temporaire très urgent',
    'fit.blocker.directiveResources':
      'Un bureau directif affecte les personnes ; la gestion des ressources est à {score, number, 2}, en dessous de la pratique définie (niveau {minimum}) sur laquelle repose l’affectation.',
    'src.blocker.releasesOwnTeamUpTo':
      'Le bureau en place descend de {existing} à {fte} ETP au plus, et les RH sont consultées avant toute annonce sur l’avenir des personnes au-delà : payer des personnes extérieures pendant ce temps reviendrait à payer deux fois le même travail.',
    'src.blocker.releasesOwnTeamHr':
      'Le bureau en place descend de {existing} à {fte} ETP au plus, et les RH sont consultées avant toute annonce sur le poste que peuvent occuper {leaving} ETP de son équipe : payer des personnes extérieures pendant ce temps reviendrait à payer deux fois le même travail.',
    'src.blocker.releasesOwnTeamHrPooled':
      'Le bureau en place descend de {existing} à {fte} ETP au plus : si {pooled} de ses membres sont des chefs de projet qu’il regroupe, comme on le suppose ici, ils retournent dans les métiers comme chefs de projet, et les RH sont consultées avant toute annonce sur le poste que peuvent occuper {leaving} ETP de ses autres membres. Payer des personnes extérieures pendant ce temps reviendrait à payer deux fois le même travail.',
    'src.blocker.releasesPooledOnly':
      'Le bureau en place descend de {existing} à {fte} ETP au plus : si {pooled} de ses membres sont des chefs de projet qu’il regroupe, comme on le suppose ici, ils retournent dans les métiers comme chefs de projet, et aucun autre membre ne part. Payer des personnes extérieures pendant ce temps reviendrait à payer un travail que font ses propres équipes.',
    'src.blocker.releasesOwnTeam':
      'Le bureau en place passe de {existing} à environ {fte} ETP : acheter des personnes à l’extérieur tout en libérant celles de l’organisation paierait deux fois le même travail.',
    'office.changeDays':
      'Transformer le bureau en place ({what}) demande une fois environ {days} jours-personnes : charte et droits de décision, accord avec les responsables hiérarchiques, mouvements de personnes, ancien et nouveau fonctionnement en parallèle ; le coût unique l’inclut.',
    'office.change.model': 'un nouveau degré de contrôle',
    'office.change.shape': 'une nouvelle structure',
    'office.role.coordinator': 'Coordinateur des projets et des ressources (environ une personne)',
    'fit.strongLeads': 'Chefs de projet aguerris',
    'fit.strongLeadsNeedLessChecking':
      'Des chefs de projet aguerris et bien formés mènent eux-mêmes leurs projets ; un bureau qui fixe et vérifie leurs standards apporte peu.',
    'rationale.shouldNeedGrowUnscored':
      'Si le besoin grandit, le modèle le plus proche de ces réponses serait le modèle {model} ; les éléments sont trop minces pour le noter.',
    'src.blocker.cappedBoughtIn':
      'Acheté au tarif externe, {ceiling, plural, =0 {} other {le bureau coûterait jusqu’à {share, number} % de la dépense annuelle, au-delà des {ceiling, number} % auxquels le plafond de dépense tient toute façon de le doter, et }}le bureau serait ramené à {percent} % de ses services par le plafond de dépense ; du personnel propre épaulé de l’extérieur en garde davantage pour le même budget.',
    'fit.regulatedControl': 'Gouvernance et maîtrise des risques dans une organisation réglementée',
    'fit.regulatorExpectsControlledChange':
      'Un régulateur attend des changements approuvés, tracés et vérifiés ; avec une gouvernance et une maîtrise des risques notées {score, number, 2} en moyenne, sous {limit, number, 1}, un bureau qui se contente de rendre compte ne peut pas lever les constats.',
    'action.resetOutputs':
      'Le bureau en place (modèle {model}) produit bien ses propres livrables ({delivered, number, 2}) tandis que les décisions, les bénéfices et les personnes qu’ils doivent servir restent à {outcomes, number, 2} : il travaille pour lui-même. Redéfinissez son mandat autour des résultats ; ses équipes restent.',
    'action.evolveOversized':
      'Le bureau en place (modèle {model}) compte {existing} ETP quand ses services en demandent ici environ {need} : il évolue vers cette taille, une fois celle-ci confirmée par un bilan de santé et une évaluation en équipe.',
    'office.inPlace.confirmFirst':
      'Ceci repose sur une seule vision de l’organisation : confirmez-le par un bilan de santé et une évaluation en équipe avant tout mouvement de personnes.',
    'plan.people.cost.interim':
      'Hors du coût du bureau : {count, plural, one {le chef de projet de transition} other {les # chefs de projet de transition}} que le plan fait venir, environ {amount, number} {currency} pour {months} mois au tarif externe.',
    'plan.people.partTimeLead':
      'Plutôt qu’un chef de projet à plein temps, dont le coût serait hors de proportion avec les dépenses : un responsable expérimenté à temps partiel, environ {days} jours par mois, ou le chef de projet du fournisseur dans le cadre du contrat, avec jalons et critères de réception inscrits au contrat',
    'plan.people.fewerBroughtIn':
      '{count, plural, one {Faire venir une seule personne expérimentée, et non {wanted} :} other {Faire venir # personnes, et non {wanted} :}} davantage coûterait hors de proportion avec les dépenses de projets ; les autres responsables viennent de vos propres équipes',
    'plan.people.cost.partTimeLead':
      'Hors du coût du bureau : le responsable expérimenté à temps partiel, {days} jours en tout, environ {amount, number} {currency} au tarif externe.',
    'plan.people.deliveryLeads':
      '{count, plural, one {Renforcer la conduite des projets là où vos chefs de projet sont débordés : un chef de projet expérimenté ou un représentant du maître d’ouvrage ({via}) sur les plus gros projets} other {Renforcer la conduite des projets là où vos chefs de projet sont débordés : # chefs de projet expérimentés ou représentants du maître d’ouvrage ({via}) sur les plus gros projets}}',
    'plan.people.cost.coaching':
      'Hors du coût du bureau : les {days} jours d’accompagnement externe prévus par le plan, environ {amount, number} {currency} au tarif externe.',
    'plan.people.bringInLead':
      '{projects, plural, one {Faire venir un responsable de programme expérimenté ({via}) pour diriger le bureau, qui mène aussi le projet} other {Faire venir un responsable de programme expérimenté ({via}) pour diriger le bureau, qui mène aussi le plus gros des # projets et accompagne les autres responsables}}',
    'office.role.interimLead': '{role} : la personne expérimentée de transition que le plan fait venir',
    'cost.interimLead':
      'Le responsable ({fte} ETP) est la personne expérimentée de transition que le plan fait venir : comptée ici au tarif externe de {rate, number} {currency} par jour, et pas une seconde fois à côté du plan.',
    'plan.people.cost.hire':
      'Hors du coût du bureau : {count, plural, one {le nouveau chef de projet} other {les # nouveaux chefs de projet}} que le plan recrute, environ {amount, number} {currency} par an au tarif interne.',
    'warning.projectsPerManager':
      '{projects} projets pour {projectManagers, plural, one {un seul chef de projet} other {# chefs de projet}}, plus de {limit} chacun : beaucoup sont sans doute des activités ou de petits travaux. Séparez d’abord les projets des activités ; d’ici là, cette recommandation retient {credible} projets, au plus {limit} par personne qui les conduit.',
    'warning.projectsWithoutManagerMany':
      '{projects} projets sont menés sans chef de projet, plus qu’une seule personne n’en porte à raison de {limit} chacune : beaucoup sont sans doute des activités ou de petits travaux. Vérifiez qui les conduit et séparez d’abord les projets des activités ; d’ici là, cette recommandation retient {credible} projets.',
    'warning.managersStretchedProjects':
      '{projects} projets pour {projectManagers, plural, one {un seul chef de projet} other {# chefs de projet}}, plus de {limit} chacun : personne ne conduit bien autant de projets. {agile, plural, =1 {En agile, ce sont les product owners et les équipes qui mènent le travail : vérifiez que chaque initiative en a un.} other {Vérifiez qui conduit les autres et s’il en a le temps ; le bureau soutient ces responsables, il ne les remplace pas.}}',
    'warning.managersStretchedSpend':
      '{spend, number} de dépenses de projets par an pour {projectManagers, plural, one {un seul chef de projet} other {# chefs de projet}} : environ {perManager} million(s) chacun, plus que ce que porte d’ordinaire un chef de projet {expertise, plural, =1 {même expérimenté} other {encore en apprentissage}} (environ {limit} million(s) par an). Quand la réalisation est confiée à un prestataire (entreprise, fournisseur ou intégrateur avec sa propre équipe), c’est souvent normal. La question est de savoir qui vous représente comme client sur les plus grands projets, et s’il en a le temps. Le montant seul ne justifie aucun recrutement.',
    'expectation.coordinator':
      'Le coordinateur à temps partiel s’en charge ; aucun bureau n’est nécessaire pour cela.',
    'src.blocker.tooLargeForOwnStaff':
      'Un bureau d’environ {fte} ETP dans une organisation de {employees} personnes en représente plus de {share} % : il est pourvu en grande partie de l’extérieur, autour d’un noyau interne.',
    'office.effort.spendThousands':
      '{perUnit, number, 2} h par semaine par milliard de dépense annuelle × {units} Md = {hours} h par semaine',
    'rationale.noCallForMore':
      'La {model} en place {works, plural, =0 {garde son} other {fonctionne et garde son}} degré de contrôle : la {best} {lead, plural, =0 {obtient le même score} one {obtient # point de plus} other {obtient # points de plus}}, mais rien ici ne demande davantage de contrôle. Les ressources ne sont pas disputées, le besoin n’est pas urgent, et le travail qu’elle ajouterait ({dimensions}) se situe à {score}.',
    'rationale.noCallForMoreUnrated':
      'La {model} en place {works, plural, =0 {garde son} other {fonctionne et garde son}} degré de contrôle : la {best} {lead, plural, =0 {obtient le même score} one {obtient # point de plus} other {obtient # points de plus}}, mais rien ici ne demande davantage de contrôle. Les ressources ne sont pas disputées et le besoin n’est pas urgent.',
    'rationale.federatedKeepsControl':
      'Le modèle {model} en place {works, plural, =0 {garde son} other {fonctionne et garde son}} degré de contrôle : le modèle {best} {lead, plural, =0 {obtient le même score} one {obtient # point de plus} other {obtient # points de plus}}, mais les {units} unités conduisent leurs propres projets et la direction ne demande pas davantage de contrôle au centre. Les conflits sur les personnes partagées se règlent par la priorisation du groupe et sa vue transversale des unités.',
    'rationale.confirmMoreControl':
      'La {model} en place {works, plural, =0 {garde pour} other {fonctionne et garde pour}} l’instant son degré de contrôle : la {best} {lead, plural, =0 {obtient le même score} one {obtient # point de plus} other {obtient # points de plus}}, mais les éléments réunis ici sont trop minces pour réorganiser {works, plural, =0 {un bureau en place} other {un bureau qui fonctionne}}. Une évaluation en équipe confirme s’il doit prendre davantage de contrôle.',
    'action.keepAdds':
      'Garder la {model} en place : elle fonctionne, et elle ajoute {services} à ce qu’elle assure déjà. Cela représente {percent} % de son travail, pris en charge en cours de route, sans réorganisation.',
    'warning.pushCostShare':
      'Le bureau coûterait jusqu’à {share, number, 2} % de la dépense annuelle indiquée pour l’effort, au-delà des {limit} % habituels pour un bureau de programme{ceiling, plural, =0 {} other {, dans la limite des {ceiling, number} % auxquels un effort de cette durée est tenu, qui que ce soit qui le dote}}. C’est courant quand la dépense indiquée laisse de côté les personnes mêmes de l’effort ; vérifiez ce qu’elle comprend avant de présenter cette taille à un comité de pilotage.',
    'warning.unknownCurrency':
      'Le moteur ne connaît pas la devise {currency} : la dépense est lue comme si elle était en euros face à ses seuils (dépense minimale d’un programme, grands projets, contrôle par million). Vérifiez les tailles, ou indiquez la dépense dans une devise courante.',
    'returns.orders.margin':
      'Calculé sur le montant annuel des commandes indiqué, rapporté à la marge qu’elles portent : pénalités de retard, avenants non récupérés et dépassements sont pris sur une marge d’environ {margin} % du chiffre d’affaires ; cette part des commandes est donc le coût de réalisation exposé (et non les {waste} % de l’investissement que le PMI trouve gaspillés dans les projets en général) ; nous supposons que le bureau en évite {min} à {max} % et ne lui attribuons au plus que {multiple} fois son propre coût annuel.',
    'returns.overruns.hub':
      'Compté sur les seuls plus grands projets du groupe, les {percent} % de sa dépense que le hub priorise, consolide et suit en entier à ce niveau de contrôle souhaité ; les bureaux des unités évitent les dépassements de leurs autres projets, à leurs frais.',
    'returns.overruns.mature':
      'Les pratiques se situent ici à {overall, number, 2}, au-dessus de la moyenne d’environ {average, number, 1} que décrit ce chiffre : moins est perdu, il est donc compté à {percent} %.',
    'office.serviceThreshold': '{service} : complet sur les plus grands projets du groupe',
    'office.serviceMinimum.standards':
      'Socle commun minimal : un vocabulaire de statut unique et les critères de passage des grands projets',
    'office.thresholdFormReport':
      'Le groupe suit en détail ses plus grands projets, environ {percent} % d’entre eux, qui portent l’essentiel de la dépense ; les autres figurent dans sa liste unique avec une ligne d’état mensuelle tenue par leur unité (environ {share} % de l’effort complet).',
    'office.thresholdForm':
      'Tenu par le groupe pour ses plus grands projets seulement, environ {percent} % d’entre eux, qui portent l’essentiel de la dépense ; les autres relèvent de leur unité (environ {share} % de l’effort complet).',
    'office.minimumForm':
      'Tout centre de groupe le tient, quel que soit son degré de contrôle : un vocabulaire de statut unique pour que les chiffres du groupe s’additionnent, et des critères de passage pour ses grands projets ; les unités gardent leurs propres méthodes en dessous (environ {percent} % du service complet de standards).',
    'office.serviceReview': '{service} : une revue mensuelle des plus grands projets',
    'office.reviewForm':
      'Demandé, alors que la pratique sur laquelle il repose atteint déjà le niveau {level, number} ou plus : le bureau passe en revue les plus grands projets une fois par mois au lieu d’assurer le service sur chaque projet (environ {percent} % de l’effort complet) ; les équipes de projet continuent de faire le travail.',
    'office.role.hubGroup':
      'Pôle central : direction, décisions d’investissement, standards et consolidation du groupe, et coordination des unités',
    'shape.reason.hubGroup':
      'Forme : en étoile (hub and spoke) ; un groupe de {employees} personnes réparties en {units} unités fait fonctionner des bureaux dans les unités, reliés par un pôle central qui porte ce qui concerne tout le groupe : les décisions d’investissement, les standards communs et la consolidation. La direction ne demande pas au pôle central un contrôle serré : le bureau de chaque unité contrôle et revoit ses propres projets.',
    'src.blocker.outsideOneSeat':
      'En formule mixte, un bureau de {min} à {max} ETP compterait environ {outside} personnes externes, moins de {limit} : c’est une seule personne achetée (un responsable sous contrat, ou un accompagnement) aux côtés de vos équipes, appelée sur un contrat existant, et non une équipe confiée à un prestataire. Le bureau est le vôtre, avec cette personne.',
    'src.blocker.tenderTooSmall':
      'En mixte, un bureau de {min} à {max} ETP aurait environ {outside} de ses personnes venues de l’extérieur, moins que les {limit} qui justifient l’appel d’offres d’un prestataire, des niveaux de service et une passation pour un bureau durable : l’expérience qui manque s’achète sous la forme d’un responsable expérimenté recruté sur le marché, aux côtés de vos propres équipes.',
    'src.paid.tenderTooSmall':
      'sa part externe compterait moins de {limit} personnes, trop peu pour un appel d’offres auprès d’un prestataire pour un bureau durable',
    'plan.hireOfficeLead':
      'Recruter le responsable du bureau sur le marché : une personne qui a déjà dirigé un tel bureau, embauchée dans votre propre équipe ; compter environ trois mois pour la recherche',
    'plan.hireOfficeLeadBridged':
      'Recruter le responsable du bureau sur le marché : une personne qui a déjà dirigé un tel bureau, embauchée dans votre propre équipe ; la personne de vos équipes nommée dès maintenant tient le poste jusqu’à son arrivée',
    'src.paid.outsideOneSeat':
      'sa part externe serait une seule personne, moins de {limit}, prise aux côtés des équipes internes plutôt qu’auprès d’un prestataire',
    'plan.callOffSeat': 'Appel de la personne externe',
    'plan.callOffDescribeRole':
      'Décrire le rôle à partir de la charte signée : ce que fait la personne, pour combien de temps, et ce qu’elle transmet à vos équipes',
    'plan.callOffAgency':
      'Faire appel à une agence d’intérim ou à un indépendant déjà connu : une seule personne, sans appel d’offres ni niveaux de service',
    'plan.callOffFramework':
      'Passer par votre accord-cadre ou une agence référencée : une seule personne, sans appel d’offres ni niveaux de service',
    'plan.callOffPersonStarts': 'La personne externe commence, la date de sa passation convenue',
    'plan.selectTheProviderRegulated':
      'Acheter par un marché subséquent d’un accord-cadre dont vous disposez déjà, ou par appel d’offres là où les règles de la commande publique s’appliquent à vous ; votre régulateur demande que le choix et le contrat soient documentés, non qu’ils soient mis en concurrence publique',
    'src.blocker.overWarningLine':
      'Acheté ainsi, le bureau coûterait jusqu’à {share, number} % de la dépense annuelle en projets, au-delà des {limit} % qu’un bureau ne devrait pas dépasser, alors qu’une façon moins chère de le doter reste en dessous : c’est elle qui est retenue.',
    'fit.blocker.unitsAlone':
      'Un bureau du modèle tour de contrôle serait ici un petit bureau central contrôlant {units} unités qui comptent {managers, plural, =0 {aucun chef de projet} one {un chef de projet} other {# chefs de projet}} à elles toutes, pour une maturité globale de {overall, number, 2} : personne dans les unités ne répond à ses contrôles et {dimension, select, standards {les standards et la méthodologie sont} other {le suivi et le reporting sont}} à {score, number, 2}, en dessous du niveau {minimum} qu’il vérifie. L’autorité de contrôle obtient sa réponse par la traçabilité des preuves tenue par le bureau et par une validation du conseil sur les plus gros investissements ; le bureau construit d’abord la pratique commune.',
    'fit.blocker.controlPractice':
      'Un bureau du modèle tour de contrôle vérifie une pratique qui se répète ; sans autorité de contrôle à qui rendre des comptes et avec un appétit moyen pour le contrôle, rien ne le demande avant cela : {dimension, select, standards {les standards et la méthodologie sont} other {le suivi et le reporting sont}} à {score, number, 2}, en dessous du niveau {minimum} qu’il vérifie. Le bureau construit d’abord cette pratique, et règle la concurrence pour les personnes par la priorisation et la capacité, non par le contrôle.',
    'fit.contentionSettledByPrioritisation':
      'la concurrence pour les personnes se règle dans une instance de priorisation dotée d’un pouvoir de décision, que ce bureau anime ; tant que la pratique que vérifie une tour de contrôle n’existe pas, elle ne justifie pas davantage de contrôle',
    'fit.pushHoldsOwnGates':
      'un effort urgent tient ses propres jalons de décision, ses références et son go/no-go dès le premier jour ; il n’attend pas qu’une pratique établie soit d’abord rendue visible',
    'plan.firstValue.now':
      '{count, plural, one {Lancer dès maintenant l’étape suivante : elle ne demande personne de nouveau et n’attend ni achat ni signature.} other {Lancer dès maintenant les # étapes suivantes : elles ne demandent personne de nouveau et n’attendent ni achat ni signature.}}',
    'plan.firstValue.officeStarts':
      '{count, plural, one {Le bureau en place lance dès maintenant le service suivant avec les personnes qu’il a, pendant que le reste se met en place.} other {Le bureau en place lance dès maintenant les # services suivants avec les personnes qu’il a, pendant que le reste se met en place.}}',
    'plan.push.successorDecision':
      'Au plus tard au mois {month}, décider si une fonction durable de portefeuille prend le relais à la fin de l’effort, en jugeant sur les projets que vous attendez après lui : les projets et chantiers propres à l’effort s’achèvent avec lui et n’en justifient jamais une. Si elle est nécessaire, nommer qui la dirige et quelles personnes de vos équipes reprennent les registres et le journal des décisions ; sinon, fermer le bureau avec l’effort et garder ses enseignements pour le suivant',
    'plan.push.handToLastingFunction':
      'Si une fonction durable de portefeuille a été décidée, lui remettre les registres, le journal des décisions et le rythme de pilotage, tenue par vos propres équipes, et ne fermer que le bureau propre à l’effort ; sinon, fermer le bureau et libérer les personnes qu’il a prises',
    'plan.push.releaseToSuccessor':
      'Libérer les intervenants externes à mesure que leur travail s’achève : l’équipe mixte reste jusqu’au bout, et, si une fonction durable de portefeuille a été décidée, les personnes de vos équipes désignées pour elle reprennent d’eux les registres, le journal des décisions et les enseignements',
    'warning.managersStretchedOrders':
      '{spend, number} de commandes clients par an pour {projectManagers, plural, one {un seul chef de projet} other {# chefs de projet}} : environ {perManager} million(s) chacun, plus que ce que porte d’ordinaire un chef de projet {expertise, plural, =1 {même expérimenté} other {encore en apprentissage}} (environ {limit} million(s) par an). Chez une entreprise qui exécute des commandes, les chefs de projet s’appuient souvent sur des équipes de chantier et des contrôleurs : cela peut être normal. La question est de savoir si chaque grosse commande a quelqu’un qui tient son reste à dépenser, ses avenants et ses réclamations, et si cette personne en a le temps. La valeur des commandes seule ne justifie aucun recrutement.',
    'office.effort.people':
      '{perUnit, number, 2} h par semaine par personne planifiée × {units} personnes = {hours} h par semaine',
    'office.source.scheduling':
      'Notre jugement : environ 0,2 heure par semaine pour chaque personne planifiée entre les commandes des clients (un responsable des ressources pour environ 190 personnes), là où l’entreprise vend le temps de ses équipes, où les personnes sont disputées et où au moins la moitié des parties prenantes demandent leur affectation ; au plus 20 personnes par commande sont comptées, les autres restant affectées à leur commande pendant toute sa durée.',
    'office.effort.unitOffices':
      '{perUnit, number, 2} h par semaine pour chaque bureau que le hub relie × {units} bureaux, partagés par les {all} unités = {hours} h par semaine',
    'office.reason.mostAsked':
      'Demandé par {share} % des parties prenantes : jamais plus petit que le service médian du bureau, quoi que donnerait son seul inducteur.',
    'office.reason.consolidated':
      'Chaque pratique sur laquelle il repose atteint déjà au moins {level, number} : le bureau consolide et revoit ce que l’organisation fait (environ {percent} % de l’effort complet), plutôt que de l’exécuter sur chaque projet.',
    'kpi.outcome.fromCurrent':
      '{measure} Référence tirée de vos chiffres actuels, que le bureau en place a déjà ou mesure d’abord ; s’ils atteignent déjà cet objectif, l’objectif est de les améliorer.',
    'warning.returnsBelowCostOwner':
      'Les gains chiffrables ne couvrent pas le coût : le dossier repose sur ce qui ne se chiffre pas (décisions, assurance, moins de surprises). Dites-le à qui approuve la dépense.',
    'office.effort.held': '{line} : {percent} % de ce que donne sa base, {reasons}',
    'office.held.form': 'sous sa forme allégée (voir pourquoi elle est retenue)',
    'office.held.scale': 'ajusté à la taille et au nombre des projets',
    'office.held.ceiling': 'retenu par la limite de taille du bureau (voir l’effectif)',
    'shape.reason.portfolioCustomers':
      'Forme : un bureau de livraison pour les commandes que l’organisation réalise pour ses clients.',
    'shape.reason.portfolioBoth':
      'Forme : un seul bureau pour les commandes réalisées pour les clients et les changements propres à l’organisation.',
    'office.reason.consolidatedFinance':
      'La fonction financière sur laquelle il repose atteint déjà au moins {level, number} : le bureau consolide et revoit le reste à dépenser que tiennent les équipes des commandes (environ {percent} % de l’effort complet), plutôt que de le tenir sur chaque commande.',
    'warning.hoursAboveStaffingInPlace':
      'Les services listés font {hours, number} heures par semaine, environ {fte, number} ETP selon les normes d’un nouveau bureau, alors que le bureau compte {min, number} à {max, number} ETP : le bureau en place est pris à ce que ses personnes livrent aujourd’hui, non à ces normes (voir la base de l’effectif). Les heures montrent le travail que couvrent les services, pas des personnes à ajouter.',
    'warning.hoursAboveStaffing':
      'Les services listés font {hours, number} heures par semaine, environ {fte, number} ETP, alors que le bureau compte {min, number} à {max, number} ETP : la base de l’effectif donne la limite qui le retient. Les heures montrent le travail que couvrent les services, pas des personnes à ajouter.',
    'warning.returnsBelowWholeCost':
      'Les gains chiffrés ici ne sont que le surcroît par rapport au bureau en place, et ils restent en dessous du coût annuel complet du bureau : ce que le bureau rapporte aujourd’hui n’est pas chiffré. Mettez son coût complet en regard de ce qu’il apporte aujourd’hui autant que du gain affiché, et dites-le à qui approuve la dépense.',
  });
