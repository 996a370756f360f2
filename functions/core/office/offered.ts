import type { PmoModelId, PmoScope, PmoShape } from '../../contract/result';
import { forCustomers, takesOrders } from '../customer-orders';
import { modelProfile } from '../pmo-models';
import { pushTracksBenefits } from '../push-tempo';
import type { Situation } from '../situation';
import { CONTROL_RANK, type ServiceId } from './catalogue';
import { triagePush } from './push-triage';
import { plansInUnits } from './shape';

/**
 * The services a shape can hold at all (choice.ts weighs the rest): the shape's offer, before the
 * gaps, the degree of control and what stakeholders asked for.
 */

/**
 * Stage-gate machinery a lean portfolio never holds: a board's selection cycle and stage controls
 * (round 19), and standards and templates checked on every project (round 24: a regulated digital
 * bank's lean portfolio got standards and templates for 16 imputed leads). The teams keep their
 * own ways of working; the portfolio gates intake and funding (agile-initiatives.ts).
 */
export const NOT_IN_A_LEAN_PORTFOLIO: readonly ServiceId[] = [
  'portfolio-prioritisation',
  'portfolio-controls',
  'standards',
];

/**
 * A lean portfolio's assurance is the evidence a regulator asks of agile change, kept at intake
 * (the decision to fund) and at release (the change approved and recorded), never reviews of every
 * project (round 24). Our judgement, after the practitioner's regulated-bank answer.
 */
export const evidenceOnly = (
  shape: PmoShape,
  id: ServiceId,
  s: Pick<Situation, 'projectsFor'> = { projectsFor: 'own-organisation' },
): boolean => shape === 'lean-portfolio' && id === 'assurance' && !takesOrders(s);

/**
 * ...except where some projects are client engagements (projectsFor "both"): their delivery is
 * assured for the client, engagement by engagement at risk, whoever funds the organisation's own
 * change, so a lean portfolio that also serves client work offers assurance as reviews, not the
 * trail alone (round 27: a consulting firm's 350 client engagements lost the delivery assurance its
 * office existed for, asked for by two thirds of its team, to the lean portfolio of its 25 internal
 * projects). Our judgement: the form does not say which side dominates, so the client side's
 * assurance is offered and the stakeholders' asking or the gap decides whether it is run.
 */

/** A programme of this many workstreams or more is steered across them (our judgement). */
export const PROGRAMME_STREAMS = 3;

/** Services that only some shapes hold. */
export const ONLY_IN: Partial<Record<ServiceId, readonly PmoShape[]>> = {
  'project-coordination': ['capability-first'],
  'lean-portfolio': ['lean-portfolio'],
  'hub-coordination': ['hub-and-spoke', 'department'],
  'programme-controls': ['programme'],
  'push-management': ['programme'],
};
/**
 * The office in place runs the services of its degree of control today, well or badly: those of a
 * shape of their own aside, and those that answer no dimension. A service it runs badly is one it
 * runs, never one it "has never run" (round 18: a control tower told it takes on status reporting
 * and standards).
 */
export const runsToday = (
  spec: { id: ServiceId; control: keyof typeof CONTROL_RANK; dimensions: readonly string[] },
  existing: PmoModelId | 'none',
): boolean =>
  existing !== 'none' &&
  CONTROL_RANK[spec.control] <= CONTROL_RANK[modelProfile(existing).control] &&
  !ONLY_IN[spec.id] &&
  spec.dimensions.length > 0;

/** Permanent machinery a temporary push or a programme office does not build. */
const NOT_IN_A_PUSH: readonly ServiceId[] = [
  'standards',
  'coaching',
  'tooling',
  'portfolio-prioritisation',
  'portfolio-controls',
];

/** Services a customer decides for its own orders: selection and stop, benefits, funding. */
const CLIENT_DECIDES: readonly ServiceId[] = [
  'benefits-tracking',
  'portfolio-prioritisation',
  'lean-portfolio',
];

/**
 * The contention from which a group's units are taken to share people, so that a view across them of
 * the people they share is worth keeping: high (our judgement, round 25: medium contention in a group
 * is each unit's own competition for its own people, met inside the unit; a shared engineering pool
 * across a utility's regions or an authority's ports is what high contention says).
 */
export const UNITS_SHARE_PEOPLE_FROM: Situation['resourceContention'] = 'high';

/** From this many projects at once, people fought over are scheduled by someone, not by word of mouth (our judgement). */
export const SCHEDULED_PROJECTS = 10;

/** The services a shape can hold at all; the rest are never considered for it. */
export const offered = (
  shape: PmoShape,
  id: ServiceId,
  scope: PmoScope,
  temporary: boolean,
  s: Situation,
  benefitsInPlay: boolean | undefined,
): boolean => {
  if (shape === 'none') return false;
  // Capability first: a coordinator and coaching, plus scheduling people where they are fought
  // over and the evidence trail a regulator asks for.
  if (shape === 'capability-first')
    return (
      id === 'project-coordination' ||
      id === 'coaching' ||
      (id === 'capacity-planning' &&
        s.resourceContention === 'high' &&
        s.concurrentProjects >= SCHEDULED_PROJECTS) ||
      (id === 'assurance' && s.regulated === true)
    );
  // Customer orders are won or lost at the bid and their benefit is their margin: no board
  // selection or stop, no benefits tracking, and no funding round: the client funds each order
  // (customer-orders.ts).
  if (forCustomers(s) && CLIENT_DECIDES.includes(id)) return false;
  const only = ONLY_IN[id];
  // Commercial controlling of customer orders (cost to complete, variations, claims) in any office.
  const commercial = id === 'programme-controls' && takesOrders(s) && shape !== 'lean-portfolio';
  if (only && !only.includes(shape) && !commercial) return false;
  // A lean portfolio funds teams and steers by flow: no stage-gate controls, standards or board cycle,
  // and no reviews of every project; a regulator's evidence is kept at intake and release.
  if (
    shape === 'lean-portfolio' &&
    (NOT_IN_A_LEAN_PORTFOLIO.includes(id) || (id === 'assurance' && !s.regulated && !takesOrders(s)))
  )
    return false;
  // Where the units allocate their own people, a view across them of the people they share is held
  // only where they fight over the same ones (high contention, UNITS_SHARE_PEOPLE_FROM): below it
  // each unit's competition for people is its own to settle, and what units compete for at the group
  // is capital and attention (round 19: a family holding of six autonomous subsidiaries that share no
  // one got the view; round 25: a conglomerate of cement, textiles, retail and IT got it as a third
  // of its hub at medium contention). A directive office in place hands its capacity plan over
  // instead (in-place.ts).
  if (
    id === 'capacity-planning' &&
    s.resourceContention !== UNITS_SHARE_PEOPLE_FROM &&
    s.existingPmo !== 'resource-source' &&
    plansInUnits(s, shape)
  )
    return false;
  // A push whose value is a date (a start-up, a regulated close, a launch) tracks no benefits; a short
  // one only where they are stated and fall within it: an integration's synergies, a cost-out's
  // savings (push-tempo.ts, benefits-context.ts; rounds 20 and 24).
  if (id === 'benefits-tracking' && !pushTracksBenefits(s, benefitsInPlay)) return false;
  if (shape === 'programme') {
    // A triage's first service is the stop, pause or continue decision and its spend gate; it builds
    // no programme cadence around projects it is there to cut (push-triage.ts).
    // Its spend gate is that decision, not one programme's controls (customer orders keep theirs).
    if (triagePush(s, scope)) {
      if (id === 'portfolio-prioritisation') return true;
      if (id === 'push-management' || (id === 'programme-controls' && !commercial)) return false;
    }
    if (NOT_IN_A_PUSH.includes(id)) return false;
    // Steering, dependencies and readiness run any programme of several workstreams, whatever its
    // maturity (round 10: a capable bank's core-banking programme had none).
    if (id === 'push-management')
      return (temporary && scope !== 'programme') || s.concurrentProjects >= PROGRAMME_STREAMS;
    if (scope === 'programme' && (id === 'status-reporting' || id === 'capacity-planning')) return false;
  }
  return true;
};
