import { forCustomers } from './customer-orders';
import type { EngineKey } from './say';
import type { Situation } from './situation';
import { oneTable } from './small-firm';

/**
 * The plan without an office, for organisations whose teams deliver in an agile way. Our
 * judgement, after round 19's practitioners and the lean-portfolio practice they name (one ranked
 * backlog of initiatives per planning interval, a cross-team dependency review, the teams' own
 * retrospectives): a per-project sponsor, a fortnightly project status round and a closure review
 * are the project office's ceremonies, which agile teams already replace with their own. The same
 * capability is built, so each step keeps the dimension and level it builds (BASIC_STEPS); only
 * its form changes.
 */
export const AGILE_STEP: Partial<Record<EngineKey, EngineKey>> = {
  'plan.nameAnAccountableLeadAnd': 'plan.agile.rankedInitiatives',
  'plan.holdAShortStatusRound': 'plan.agile.dependencyBoard',
  'plan.closeEachProjectWithA': 'plan.agile.retrospectives',
  'plan.giveOnePersonAPart': 'plan.agile.coordinator',
  'plan.everyProjectHasALead': 'plan.agile.listAgreed',
  'plan.firstLessonsLearnedReviewsWritten': 'plan.agile.firstReview',
  'plan.statusRoundsAndClosureReviews': 'plan.agile.practiceExit',
};

/**
 * One agile team (a firm at one table, small-firm.ts: the Scrum Guide's team of ten or fewer) has
 * no other team to wait for or to compare notes with: it keeps its own retrospective and a plain
 * coordinator, with no dependency board (round 22: a six-person studio was given retrospectives
 * "across teams").
 */
export const ONE_TEAM_STEP: Partial<Record<EngineKey, EngineKey>> = {
  'plan.closeEachProjectWithA': 'plan.agile.teamRetro',
  'plan.giveOnePersonAPart': 'plan.giveOnePersonAPart',
  'plan.firstLessonsLearnedReviewsWritten': 'plan.firstLessonsLearnedReviewsWritten',
};

/**
 * Where every project is a customer order, whatever the delivery, the plan is the order book's:
 * the coordinator keeps the orders in promised-date order and the bids decided against them, each
 * order has one lead towards the client, the weekly look reads hours spent against the estimate,
 * and each order closes against its bid. Our judgement (round 22: an agency, a web studio and a
 * research software group were told to rank initiatives once a quarter with no sponsor and keep a
 * board between teams, the own-organisation template); the same dimensions and levels are built.
 */
export const ORDER_STEP: Partial<Record<EngineKey, EngineKey>> = {
  'plan.giveOnePersonAPart': 'plan.orders.coordinator',
  'plan.nameAnAccountableLeadAnd': 'plan.orders.leadPerOrder',
  'plan.holdAShortStatusRound': 'plan.orders.weeklyLook',
  'plan.closeEachProjectWithA': 'plan.orders.closure',
  'plan.everyProjectHasALead': 'plan.orders.listAgreed',
  'plan.firstLessonsLearnedReviewsWritten': 'plan.orders.firstReview',
  'plan.statusRoundsAndClosureReviews': 'plan.orders.practiceExit',
};

/** Teams deliver in an agile way (mixed delivery keeps the project steps). */
export const agileDelivery = (s: Pick<Situation, 'deliveryApproach'>): boolean =>
  s.deliveryApproach === 'agile';

type Delivery = Pick<Situation, 'deliveryApproach' | 'employees' | 'projectsFor'>;

/** The step in the form that fits the organisation's work: customer orders, one agile team, agile teams. */
export const deliveryStep = (s: Delivery, key: EngineKey): EngineKey =>
  (forCustomers(s) ? ORDER_STEP[key] : undefined) ??
  (agileDelivery(s) && oneTable(s) ? ONE_TEAM_STEP[key] : undefined) ??
  (agileDelivery(s) ? AGILE_STEP[key] : undefined) ??
  key;
