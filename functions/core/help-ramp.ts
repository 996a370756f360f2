import type { PmoModelId, PmoShape } from '../contract/result';
import type { OfficeDesign } from './office/design';
import { inTheUnits, isOffice, type ShapeReason } from './office/shape';
import { asPartTimeRole } from './part-time-role';
import type { NeedAssessment } from './pmo-need';
import type { Say } from './say';
import type { Situation } from './situation';

/**
 * The part-time help below the lines that open an office grows towards that office (round 30: the
 * need points' threshold turned a coordinator of 0.1 FTE into an office of 0.72 at 40 points, up to
 * ×7 in one step; the lasting "leads first" line, one project manager against two, and the few
 * projects below which no office opens jumped alike). Below those lines the verdict stays (no
 * office: a part-time role beside the leads), but the role holds a share of what the office at the
 * line would run, its services and their hours, never more than half a person at the top of its
 * range; the coordinator designed for the role is kept where it carries more. docs/scoring.md,
 * "Sizing from services". No office is designed more than once for a decision's labels: this runs
 * only where the result is no office, which the sensitivity analysis never sizes.
 */

/**
 * Need points below the threshold over which the help rises from the coordinator alone to the whole
 * office at the line (held to half a person): half the threshold's 40 points, the most one step of
 * one answer adds (contention or urgency from low to high, the size bands). Our judgement: one step
 * of any single input then changes the held share by at most its points' share of the band, and the
 * help by a bounded factor (the property's ×K).
 */
export const HELP_RAMP_POINTS = 20;

/** The share of the office at the line that the help holds, at these need points (0 to 1). */
export const rampShare = (score: number, threshold: number): number =>
  Math.min(1, Math.max(0, (score - (threshold - HELP_RAMP_POINTS)) / HELP_RAMP_POINTS));

export interface LineOffice {
  shape: PmoShape;
  model: PmoModelId;
  /** The share of the office's hours the help holds (rampShare). */
  share: number;
}

/**
 * The office the line would open and the share of it the help holds, or null where the help is not
 * a part-time role below such a line: where an office is recommended, where one is in place (what
 * becomes of it is the action's question), for a temporary push, where the headcount, the spend or
 * the portfolio's count keeps an office out (their own rules size the role), or where the help is a
 * part-time role because the office designed was half a person or less (part-time-role.ts holds it).
 */
export const lineOffice = (
  s: Situation,
  need: Pick<NeedAssessment, 'score' | 'threshold' | 'gates'>,
  shape: PmoShape,
  reason: ShapeReason | string,
  /** The shape of the office the line would open (decide.ts works it out only where it is read). */
  shapeAtLine: () => PmoShape,
  model: PmoModelId,
): LineOffice | null => {
  if (shape !== 'capability-first' || s.existingPmo !== 'none' || s.horizon !== 'lasting') return null;
  if (!['coordination', 'leads-binding', 'no-project-leads', 'small-portfolio'].includes(reason)) return null;
  if (need.gates.some((g) => !g.passed)) return null;
  const share = rampShare(need.score, need.threshold);
  if (share <= 0) return null;
  const at = shapeAtLine();
  return { shape: !isOffice(at) || inTheUnits(at) ? 'portfolio' : at, model, share };
};

const hoursOf = (o: OfficeDesign): number => o.services.reduce((a, x) => a + x.hoursPerWeek, 0);

/** The help below the line: the office's share as a part-time role, or the coordinator where it carries more. */
export const rampedHelp = (coordinator: OfficeDesign, atLine: OfficeDesign, say: Say): OfficeDesign =>
  atLine.staffing && hoursOf(atLine) > hoursOf(coordinator) ? asPartTimeRole(atLine, say) : coordinator;
