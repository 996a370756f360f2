import type { PmoRecommendation } from '../../contract/result';
import { msg, type Say } from '../say';
import type { Situation } from '../situation';
import { HOURS_PER_FTE } from './catalogue';

/**
 * Services whose hours are above the top of the staffing range by more than this many FTE are said
 * beside it: the list reads as the office's work, and a reader adds it up (round 30: 1,213 h a week
 * of services listed beside 14 FTE, the reason only in the staffing basis). A twentieth of a person
 * is rounding. Our judgement.
 */
export const HOURS_ABOVE_STAFFING_FTE = 0.05;

const tenth = (x: number): number => Math.round(x * 10) / 10;

/**
 * The warning that says why the services' hours are above the staffing: an office in place is taken
 * at what its people deliver now, not at the norms a new office would be sized by; elsewhere, the
 * staffing basis gives the hold. One pass over the services; no new design.
 */
export const hoursBesideStaffing = (
  pmo: Pick<PmoRecommendation, 'services' | 'staffing'>,
  s: Pick<Situation, 'existingPmo'>,
  say: Say,
): string[] => {
  if (!pmo.staffing || pmo.services.length === 0) return [];
  const hours = pmo.services.reduce((a, x) => a + x.hoursPerWeek, 0);
  const fte = hours / HOURS_PER_FTE;
  if (fte <= pmo.staffing.fte.max + HOURS_ABOVE_STAFFING_FTE) return [];
  return [
    say(
      msg(s.existingPmo !== 'none' ? 'warning.hoursAboveStaffingInPlace' : 'warning.hoursAboveStaffing', {
        hours: tenth(hours),
        fte: tenth(fte),
        min: pmo.staffing.fte.min,
        max: pmo.staffing.fte.max,
      }),
    ),
  ];
};
