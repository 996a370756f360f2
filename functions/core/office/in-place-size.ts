import type { PmoAction, PmoModelId, Staffing } from '../../contract/result';
import { type EngineMessage, msg, type Say } from '../say';
import type { Situation } from '../situation';
import { CUT_CONFIRMED_FIRST_SHARE } from '../thin-evidence';
import { SHRINK_IS_RESET, VIABLE_UNIT_OFFICE_FTE } from './change';
import { STAFFING_SPREAD } from './design';
import { hardLineFte } from './in-place-line';
import { poolGoesBack, withoutPoolBack } from './in-place-pool';
import type { OfficeDesign } from './types';

/**
 * The size of an office in place that stays: never below a seat someone can hold with cover, and
 * never cut on evidence too thin to judge it by. docs/scoring.md, "The office in place".
 */

/**
 * An office in place that stays is never below one person at the bottom of its range: the seat a
 * standing office needs to be one (the same person-sized line as a unit office, change.ts,
 * VIABLE_UNIT_OFFICE_FTE). Below it the office is a part-time task someone does beside their job,
 * which is not what keeping, evolving or resetting an office means; an office that is not needed at
 * all is said so instead (the need assessment). Our judgement (round 22: a 12-FTE office reset to a
 * 0.6-FTE single seat, a 5-FTE office in a regulated fund to 0.7 FTE; three practitioners asked for
 * one person at least, plus cover).
 */
export const VIABLE_SEAT_FTE = VIABLE_UNIT_OFFICE_FTE;
/**
 * An office one person holds (its range tops out below two people) names a deputy for about a day a
 * week: to keep its registers and evidence trail going through absence and to learn the seat. Our
 * judgement: a day a week is the least that keeps a deputy current (round 22: "no deputy, no
 * continuity for the evidence trail the supervisor expects").
 */
export const DEPUTY_COVER_FTE = 0.2;
/** Below this many FTE at the top of its range one person holds the office. */
export const ONE_PERSON_BELOW_FTE = 2;

const tenth = (x: number) => Math.round(x * 10) / 10;
const down = (x: number) => Math.floor(x * 10) / 10;
const hundredth = (x: number) => Math.round(x * 100) / 100;

/** Roles scaled to sum to `total`, each in hundredths, keeping their proportions. */
export const scaledRoles = (roles: Staffing['roles'], total: number): Staffing['roles'] => {
  const sum = roles.reduce((a, r) => a + r.fte, 0);
  return sum > 0 ? roles.map((r) => ({ ...r, fte: hundredth((r.fte * total) / sum) })) : roles;
};

/** Whether one person holds an office of this staffing (its range tops out below two people). */
export const heldByOne = (staffing: Pick<Staffing, 'fte'> | null | undefined): boolean =>
  !!staffing && staffing.fte.max < ONE_PERSON_BELOW_FTE;

/**
 * An office in place that stays, held to the viable seat: at least VIABLE_SEAT_FTE at the bottom of
 * its range (never above the people it has: a smaller office is not grown for the seat), with room
 * for a deputy at DEPUTY_COVER_FTE at its top. Its services are unchanged: the seat is what holding
 * them takes. The deputy and the reason are said once the office's size is settled (seatSaid).
 */
export const withViableSeat = (
  office: OfficeDesign,
  s: Situation,
  stays: boolean,
  /** The internal day rate: the seat and its deputy stay under the hard spend line (in-place-line.ts). */
  dayRate = 0,
): OfficeDesign => {
  const staffing = office.staffing;
  if (!staffing || !stays || s.existingPmo === 'none') return office;
  // The floor holds below the spend line a new office is held to, never above it (round 28).
  const line = Math.max(staffing.fte.max, hardLineFte(s, dayRate));
  const seat = Math.min(VIABLE_SEAT_FTE, s.existingPmoFte ?? VIABLE_SEAT_FTE, line);
  if (staffing.fte.min >= seat) return office;
  const { hoursPerWeek: _hours, ...rest } = staffing;
  const top = Math.min(Math.max(staffing.fte.max, seat) + DEPUTY_COVER_FTE, line);
  const fte =
    top > seat
      ? { min: seat, max: tenth(top) }
      : { min: down(Math.max(staffing.fte.min, seat * (1 - STAFFING_SPREAD))), max: down(top) };
  // The roles keep their proportions and sum to the middle of the seat's range, as they do at any size.
  return {
    ...office,
    staffing: { ...rest, fte, roles: scaledRoles(staffing.roles, (fte.min + fte.max) / 2) },
  };
};

/**
 * An office in place that stays and that one person holds names its deputy, and says why its size
 * is the seat where its services alone come to less.
 */
export const namesDeputy = (
  s: Pick<Situation, 'existingPmo' | 'existingPmoFte'>,
  staffing: Pick<Staffing, 'fte'> | null | undefined,
  stays: boolean,
): boolean =>
  stays &&
  s.existingPmo !== 'none' &&
  heldByOne(staffing) &&
  // A seat the spend line holds under one person is a part-time seat: no deputy beside it.
  (staffing?.fte.max ?? 0) >= VIABLE_SEAT_FTE &&
  (s.existingPmoFte ?? VIABLE_SEAT_FTE) >= VIABLE_SEAT_FTE;

export const seatSaid = (office: OfficeDesign, s: Situation, stays: boolean, say: Say): OfficeDesign => {
  const staffing = office.staffing;
  // A probe that says nothing (the sensitivity analysis) has no roles to name.
  if (!staffing || staffing.roles.length === 0) return office;
  const services = office.services.reduce((a, x) => a + x.fte, 0);
  // The spend line held the seat under one person (withViableSeat): said, with no deputy.
  const underLine =
    stays &&
    s.existingPmo !== 'none' &&
    staffing.fte.max < VIABLE_SEAT_FTE &&
    (s.existingPmoFte ?? 0) >= VIABLE_SEAT_FTE &&
    services < VIABLE_SEAT_FTE;
  if (underLine)
    return {
      ...office,
      staffing: {
        ...staffing,
        basis: [
          ...staffing.basis,
          say(msg('office.inPlace.seatUnderLine', { services: tenth(services), fte: staffing.fte.max })),
        ],
      },
    };
  if (!namesDeputy(s, staffing, stays)) return office;
  // The deputy's day a week is part of the office's size: the other roles make room for it.
  const sum = staffing.roles.reduce((a, r) => a + r.fte, 0);
  return {
    ...office,
    staffing: {
      ...staffing,
      roles: [
        ...scaledRoles(staffing.roles, Math.max(0, sum - DEPUTY_COVER_FTE)),
        { role: say(msg('office.role.deputy')), fte: DEPUTY_COVER_FTE },
      ],
      basis: [
        ...staffing.basis,
        say(
          msg(services < VIABLE_SEAT_FTE ? 'office.inPlace.viableSeat' : 'office.inPlace.deputy', {
            services: tenth(services),
            seat: VIABLE_SEAT_FTE,
            deputy: DEPUTY_COVER_FTE,
          }),
        ),
      ],
    },
  };
};

/**
 * A working office in place (what it produces stands at defined practice, action.ts `works`) is
 * never cut on evidence short of sufficient, whatever the action: the engine already refuses to
 * change its degree of control on one view of it (thin-evidence.ts), and its size is the same
 * judgement. Where its services price it well below what it has, even over twice (in-place.ts,
 * oversizedOf), it keeps its people and the difference is said, for a health check with a team
 * assessment to settle. Our judgement (round 22: working offices of 2 and 3 FTE cut to about one
 * person on one respondent's quick check). Never an office over WIDE_MARGIN_FACTOR times what its
 * services need (`wide`, in-place.ts): it keeps what an office at its line keeps, the rest named and
 * pending the health check (round 24: a 9-FTE office with 2.1 FTE of work kept whole on one view),
 * unless what it produces all scores well (`mature`, in-place-evidence.ts MATURE_FROM): then a norm
 * alone never cuts it, on any evidence (round 30). Views divided on what it produces are thin
 * evidence too (the caller passes them as not sufficient).
 */
export const workingHeld = (works: boolean, sufficient: boolean, wide = false, mature = false): boolean =>
  works && (mature || (!sufficient && !wide));

/**
 * The sentence a working office held at its size carries, where its services price it lower: why it
 * is held (its products score well, the views of them are divided, or one view is too thin).
 */
export const heldSentence = (
  staffing: Staffing,
  existing: number,
  need: number,
  say: Say,
  why: { mature?: boolean; divided?: boolean } = {},
): Staffing =>
  existing - need > CUT_CONFIRMED_FIRST_SHARE * existing
    ? {
        ...staffing,
        basis: [
          ...staffing.basis,
          say(
            msg(
              why.mature
                ? 'inPlace.staffing.heldMature'
                : why.divided
                  ? 'inPlace.staffing.heldDivided'
                  : 'office.inPlace.heldThin',
              { existing, services: tenth(need) },
            ),
          ),
        ],
      }
    : staffing;

/**
 * A change of model that also shrinks the office in place below SHRINK_IS_RESET of its people is a
 * reset, said as one; an oversized office on thin evidence (`pending`) is not shrunk yet: its
 * people stay until the health check. Null when it stays an evolution.
 */
export const shrinksToReset = (
  s: Situation,
  model: PmoModelId | null,
  action: PmoAction,
  staffing: Staffing | null,
  pending: boolean,
): EngineMessage | null => {
  // Pooled managers going back to the line leave the office's own part as it was: they are no cut
  // (in-place-pool.ts; round 31: a working 2-FTE directive office, one of them a pooled manager,
  // reset as "shrinking to 1.4 FTE" on a medium appetite where a high one kept it).
  const existing =
    staffing && s.existingPmoFte !== undefined
      ? withoutPoolBack(s, poolGoesBack(s, staffing)).existingPmoFte
      : s.existingPmoFte;
  return action === 'evolve' &&
    !pending &&
    model !== s.existingPmo &&
    existing !== undefined &&
    staffing &&
    staffing.fte.max < existing * SHRINK_IS_RESET
    ? msg('action.resetSmaller', {
        model: msg(`model.${s.existingPmo as PmoModelId}`),
        existing,
        fte: staffing.fte.max,
      })
    : null;
};
