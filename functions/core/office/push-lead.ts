import type { Situation } from '../situation';
import { HOURS_PER_FTE, type OfficeRole } from './catalogue';

/**
 * A push is led by one accountable person, and that person holds the largest seat in its office: a
 * temporary office whose lead is a fraction of a person beside a full-time analyst or controller
 * has nobody answering for the deadline (round 23: a six-month launch got a 0.36-FTE contracted
 * lead beside a 1.1-FTE reporting analyst). The lead's share rises to PUSH_LEAD_FTE, a full-time
 * person (or the whole office where it is smaller), taken from the largest other roles first, so
 * no one person in the office holds more than the lead. A role larger than one person is a team
 * (three controllers, two analysts): the lead is not grown to match a team, which would make a
 * leadership team of a push's whole controls. Hours move between roles only: the office's size is
 * what its services need. After the practitioners' answer (one full-time accountable lead for a
 * push, little else); the full-time seat is our judgement of "at least as large as any other".
 */
export const PUSH_LEAD_FTE = 1;

/** A push office: one whose need ends with the push, so one person answers for all of it. */
export const pushOffice = (s: Pick<Situation, 'horizon'>): boolean => s.horizon === 'temporary';

/**
 * The hours by role with the lead first: the lead's hours are raised to PUSH_LEAD_FTE (or all the
 * office's hours where fewer), taken from the other roles largest first; a role left below
 * minRole hours folds into the lead, as small roles do.
 */
export const leadFirst = (hours: Map<OfficeRole, number>, minRole: number): Map<OfficeRole, number> => {
  const out = new Map(hours);
  const total = [...out.values()].reduce((a, h) => a + h, 0);
  const floor = Math.min(PUSH_LEAD_FTE * HOURS_PER_FTE, total);
  let lead = out.get('lead') ?? 0;
  while (lead < floor - 1e-9) {
    const largest = [...out.entries()].filter(([r]) => r !== 'lead').sort((a, b) => b[1] - a[1]);
    const [role, h] = largest[0] ?? [];
    if (role === undefined || h === undefined || h <= 0) break;
    // Take from the largest role down to the next one's level, or what the lead still lacks.
    const next = largest[1]?.[1] ?? 0;
    const take = Math.min(floor - lead, Math.max(h - next, (floor - lead) / largest.length), h);
    out.set(role, h - take);
    lead += take;
  }
  for (const [r, h] of out)
    if (r !== 'lead' && h < minRole) {
      lead += h;
      out.delete(r);
    }
  out.set('lead', lead);
  return out;
};
