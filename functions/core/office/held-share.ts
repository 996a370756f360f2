import { HOURS_PER_FTE } from './catalogue';
import { COORDINATION_MAX_FTE } from './size-line';

/**
 * The share of an office's hours the part-time help below its line holds (help-ramp.ts): the share
 * the need points give, and never more than half a person at the top of the range, so that the
 * role's services, their hours and the role itself add up as any office's do. `topHours` is the
 * office's top of range as the ceilings before it left it; 1 for every office that is not such help.
 */
export const heldShareOf = (share: number | undefined, topHours: number): number => {
  if (share === undefined) return 1;
  const cap = topHours > 0 ? (COORDINATION_MAX_FTE * HOURS_PER_FTE) / topHours : 1;
  return Math.min(share, cap);
};
