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
