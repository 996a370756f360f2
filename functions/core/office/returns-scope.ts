import type { PmoService, PmoShape } from '../../contract/result';
import type { Situation } from '../situation';
import { HUB_THRESHOLD_SHARE } from './hub-threshold';
import { hubControlsUnits } from './roles';

/**
 * What the overruns an office helps avoid are read on: the portfolio it prioritises or controls,
 * and the share of that spend at risk (docs/scoring.md, "Expected returns").
 */

/**
 * A firm whose projects are customer orders loses through poor delivery what its margin carries:
 * penalties, unrecovered variations and overruns come out of a margin of a few per cent of
 * turnover, and what goes beyond it is a loss the order book shows at once, not a waste an office
 * avoids year after year. The delivery cost at risk is read at this share of the order value, in
 * place of the 10 % of investment wasted that PMI finds in projects at large (WASTE_SHARE). Our
 * judgement, at the top of the 3–5 % margins of general contractors and installers the round-28
 * owner-run firms' reviewer names (round 28: a general contractor's EUR 60M of orders credited with
 * EUR 0.6–1.2M a year, 1–2 % of turnover, a third of its margin).
 */
export const ORDER_MARGIN_AT_RISK = 0.05;

/**
 * The services through which a group's hub avoids overruns on the portfolio: it prioritises the
 * group's projects (what to start, pause or stop) and consolidates their cost and change controls
 * and status. The same services as a single office's, plus the prioritisation a hub always holds:
 * a hub whose units keep their own controls still decides which projects the group funds.
 */
export const HUB_CREDITED: readonly string[] = [
  'portfolio-prioritisation',
  'portfolio-controls',
  'status-reporting',
  'programme-controls',
  'assurance',
  'lean-portfolio',
];

/**
 * The share of a group's spend whose overruns its hub is credited with avoiding: the whole
 * portfolio where leadership asks the hub to control every unit's projects (high appetite,
 * roles.ts hubControlsUnits); otherwise the group's largest projects, which it prioritises,
 * consolidates and reports on in full (hub-threshold.ts, HUB_THRESHOLD_SHARE), the units' offices
 * controlling the rest at their own cost. Our judgement (round 28: a dairy co-operative's hub
 * prioritised and consolidated NZD 120M and was credited with no overruns avoided, while the same
 * services at one site earned NZD 450–900k).
 */
export const hubSpendShare = (s: Pick<Situation, 'controlAppetite'>): number =>
  hubControlsUnits(s) ? 1 : HUB_THRESHOLD_SHARE;

/** A group's hub, whose returns are read on what it prioritises or consolidates. */
export const isHub = (s: Pick<Situation, 'businessUnits'>, shape: PmoShape | undefined): boolean =>
  shape === 'hub-and-spoke' && (s.businessUnits ?? 1) >= 2;

/** Whether a hub prioritises or consolidates any of the group's portfolio (any service, at the hub or in the units). */
export const hubCredited = (all: readonly PmoService[]): boolean =>
  all.some((x) => HUB_CREDITED.includes(x.id));
