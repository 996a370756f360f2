import type { Situation } from './situation';

/**
 * A push this short (in months) that is also urgent did not build the office in place: nobody sets
 * up, staffs and runs an office for a push that arrives at a fixed date within a year, so an office
 * in place at its start is the organisation's lasting one. Our judgement (round 22: a broadcaster's
 * six-month election coverage beside a four-person control tower was told to health-check that
 * office, rewrite its charter and, at the end, dissolve it and release its people). A longer push,
 * or one winding down without urgency, may be the very one the office in place was built for (a
 * delivery body, a programme team, an organising committee: rounds 12 to 20), which keeps taking
 * it on as before.
 */
export const SHORT_PUSH_MONTHS = 12;

/**
 * An office in place that only reports (a weather station) is the organisation's lasting office,
 * never a push's own: a push's office steers its workstreams from the start, controls first (round
 * 10), so an office set up for a push is at least a control tower. Our judgement (round 27: a
 * health-system merger's 60 integration initiatives took over the 4-person IT office in place,
 * reset it and, at the push's end, dissolved it and released its people, because it carried half
 * of the push's office). The push's end never dissolves such an office (rollout-ramp.ts).
 */
export const lastingOfficeInPlace = (s: Pick<Situation, 'horizon' | 'existingPmo'>): boolean =>
  s.horizon === 'temporary' && s.existingPmo === 'weather-station';

/**
 * A temporary push gets a cell of its own beside the office in place, which keeps running and is
 * neither health-checked, re-chartered nor dissolved for it; only the cell closes, handing its work
 * back: for a temporary programme (need.scope 'programme'), for a short urgent push
 * (SHORT_PUSH_MONTHS), and for a push that would reset a lasting office in place
 * (lastingOfficeInPlace): a push does not rebuild the organisation's office on its own account, it
 * runs beside it (round 27). The context cannot say whether the office in place was built for the
 * push; these are the cases where it cannot have been, or need not be.
 */
export const pushBesideOffice = (
  s: Pick<Situation, 'horizon' | 'existingPmo' | 'urgency' | 'horizonMonths'>,
  scope: 'organisation' | 'programme',
  resets = false,
): boolean =>
  s.horizon === 'temporary' &&
  s.existingPmo !== 'none' &&
  (scope === 'programme' ||
    (s.urgency === 'high' && (s.horizonMonths ?? 12) <= SHORT_PUSH_MONTHS) ||
    (resets && lastingOfficeInPlace(s)));
