import { forCustomers } from './customer-orders';
import { type EngineMessage, msg } from './say';
import { type Situation, spendInEur } from './situation';

/**
 * A lasting organisation whose teams deliver in an agile way, with little competition for people
 * and leadership wary of central control, funds stable teams and runs its few large initiatives
 * through them: it has no programme for an office to control, and cost controllers sized on its
 * spend would duplicate what the teams' funding already decides (round 23: a 2,500-person product
 * firm with four cross-team initiatives and $50M got a programme office of 2.7-4.1 FTE, mostly
 * planners and cost controllers, which a fifth initiative removed). Such initiatives are not taken
 * for a programme; they get at most one programme lead beside lean funding of the teams
 * (initiativeLeadSteps), and whether an office is needed is read on the portfolio's own points, so
 * one more initiative never removes one. After lean portfolio management (SAFe: guardrails and
 * funding of value streams rather than project cost control) and the practitioner's answer (one
 * technical programme lead at most); the three conditions together are our judgement: any of them
 * otherwise (plan-driven work, people contested, a wish for control) keeps the programme office.
 */
export const teamFundedInitiatives = (
  s: Pick<Situation, 'horizon' | 'deliveryApproach' | 'resourceContention' | 'controlAppetite'>,
): boolean =>
  s.horizon === 'lasting' &&
  s.deliveryApproach === 'agile' &&
  s.resourceContention === 'low' &&
  s.controlAppetite === 'low';

/**
 * Yearly spend (in euros) from which team-funded initiatives are large enough for a programme lead
 * of their own: the spend from which a lasting organisation's few lines of work would otherwise be a
 * programme (pmo-need.ts, LASTING_PROGRAMME_MIN_BUDGET). Our judgement.
 */
export const INITIATIVE_LEAD_SPEND = 10_000_000;

/** What large team-funded initiatives get instead of an office: one programme lead and lean funding. */
export const initiativeLeadSteps = (
  s: Pick<
    Situation,
    | 'horizon'
    | 'deliveryApproach'
    | 'resourceContention'
    | 'controlAppetite'
    | 'annualProjectBudget'
    | 'eurPerUnit'
  >,
): EngineMessage[] =>
  teamFundedInitiatives(s) && (spendInEur(s) ?? 0) >= INITIATIVE_LEAD_SPEND
    ? [msg('need.alternative.initiativeLead')]
    : [];

/**
 * Agile delivery of the organisation's own change: teams are funded as stable teams and the office
 * is a lean portfolio (office/shape.ts). Not where every project is a customer order: the client
 * funds each order and staffing across orders is the business (round 21).
 */
export const leanPortfolioDelivery = (s: Pick<Situation, 'deliveryApproach' | 'projectsFor'>): boolean =>
  s.deliveryApproach === 'agile' && !forCustomers(s);

/**
 * A lean portfolio is supportive in delivery, with a firm intake and funding gate: its degree of
 * control is a weather station unless leadership's appetite for control is high. A control tower
 * would set and check stage-gate standards on teams that deliver in increments, and a regulator of
 * agile delivery asks for evidence at intake and at release, not for templates and reviews of every
 * project (round 24: a regulated digital bank's 80 agile initiatives got a lean-portfolio control
 * tower by the regulator's tie-break, at 2.5 times the practitioner's size). Scaled agile practice
 * (lean portfolio management: guardrails, one ranked backlog of epics, funding of value streams)
 * and our judgement. A temporary push or a programme's office is not a lean portfolio. An office in
 * place that controls keeps its degree of control here: a gate it cannot pass would read as its
 * failure and reset it (round 23's SAFe enterprise was cut from 30 people to 5); whether it steps
 * down is the in-place judgement's call (in-place.ts), and its services lose the stage-gate kit
 * in any case (office/offered.ts).
 */
export const leanPortfolioHoldsControl = (
  s: Pick<Situation, 'deliveryApproach' | 'projectsFor' | 'horizon' | 'controlAppetite' | 'existingPmo'>,
  scope: 'organisation' | 'programme',
): boolean =>
  !leanPortfolioDelivery(s) ||
  scope === 'programme' ||
  s.horizon === 'temporary' ||
  s.controlAppetite === 'high' ||
  s.existingPmo === 'control-tower' ||
  s.existingPmo === 'resource-source';
