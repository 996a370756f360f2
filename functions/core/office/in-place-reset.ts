import type { Staffing } from '../../contract/result';
import { msg, type Say } from '../say';
import type { Situation } from '../situation';

/**
 * A reset never grows the office it resets before the health check. docs/scoring.md, "The office in
 * place". Where the refocused services are priced above the people in place, the first year's target
 * is the office in place (or less, where the services' own range starts lower): the reset changes what
 * the office does, and growth toward the services' size is a later step, gated by the health check
 * finding the refocused services used. Our judgement (round 30: a failing 6-FTE control tower that
 * site managers ignore was told to double to 12.4 FTE, with outside help; the practitioner held it at
 * 5–6 FTE, changed its mix, and grew it only after six months of evidence that it is used).
 */

const tenth = (x: number) => Math.round(x * 10) / 10;

/** Roles scaled to sum to `total`, keeping their proportions (as in-place-size.ts scaledRoles, without its imports). */
const scaled = (roles: Staffing['roles'], total: number): Staffing['roles'] => {
  const sum = roles.reduce((a, r) => a + r.fte, 0);
  return sum > 0 ? roles.map((r) => ({ ...r, fte: Math.round(((r.fte * total) / sum) * 100) / 100 })) : roles;
};

/** The reset office held at the people in place, or null where its services need no more than them. */
export const resetHeld = (
  staffing: Staffing,
  s: Pick<Situation, 'existingPmo' | 'existingPmoFte'>,
  say: Say,
): Staffing | null => {
  const existing = s.existingPmoFte;
  if (s.existingPmo === 'none' || existing === undefined || existing <= 0) return null;
  const mid = (staffing.fte.min + staffing.fte.max) / 2;
  // A directive office's pooled managers are weighed apart (overhead.ts): its overhead alone is held.
  if (staffing.fte.max <= existing || (staffing.pooled ?? 0) > 0) return null;
  const fte = { min: tenth(Math.min(staffing.fte.min, existing)), max: existing };
  const { hoursPerWeek: _hours, ...rest } = staffing;
  return {
    ...rest,
    fte,
    roles: scaled(staffing.roles, (fte.min + fte.max) / 2),
    basis:
      tenth(mid) > existing
        ? [...staffing.basis, say(msg('inPlace.staffing.resetHeld', { existing, services: tenth(mid) }))]
        : staffing.basis,
  };
};
