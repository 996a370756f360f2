import type { Staffing } from '../../contract/result';
import { msg, type Say } from '../say';
import type { Situation } from '../situation';
import { resetKept } from './in-place-line';

/**
 * A reset of an office in place in a group of several units: it changes the mandate, not mainly the
 * headcount. Docs: docs/scoring.md, "The office in place". Round 24: a universal bank's resented
 * 25-FTE control tower over 5 units was reset to 4.5–6.8 FTE ("18.2 FTE freed") where the
 * practitioner kept a hub of 8–10 and light seats of 1–2 in each unit from the current staff, 15–18
 * in all; a region's 25-FTE directive office over 12 divisions went to 6.4–9.6 FTE where the
 * practitioner kept 20–28 with the divisions' coordinators.
 */

/**
 * A unit's seat in a reset office is about one person (the line at which a unit's role is a job of
 * its own, change.ts VIABLE_UNIT_OFFICE_FTE), at least a day or more a week (change.ts
 * MIN_UNIT_OFFICE_FTE), and the seats together at least two people's work (change.ts
 * UNITS_TOGETHER_FTE): the hub rules for offices in the units, here for seats taken from the people
 * in place. A test holds them equal. Our judgement (round 24: "light spokes of about 1–2 FTE in
 * each unit, formed mostly from the current staff").
 */
export const UNIT_SEAT_FTE = 1;
export const MIN_UNIT_SEAT_FTE = 0.25;
export const UNIT_SEATS_TOGETHER_FTE = 2;

/**
 * The first step of a reset in a group of several units releases at most this share of the people in
 * place; the rest beyond the new office stay, re-tasked, until a second step decided once the reset
 * office has been measured against its charter. Our judgement: practitioners cut a large office in
 * stages (round 24: "cut in stages", a one-step cut of 70–80 % named as the failure), and half is
 * the most a group can place through HR and redeployment in one move without losing the people who
 * know its projects.
 */
export const FIRST_STEP_RELEASE_SHARE = 0.5;

/**
 * The seats a reset keeps in the units come together to at most this many times what the office's
 * services need: a seat carries the services' work into its unit, and seats beyond that work are the
 * heads in place, not the office. Our judgement (round 28: a co-op's reset office of 0.94 FTE of
 * services kept 3.28 FTE of "seats in the 4 units" from its people, where the practitioner landed
 * 2-3 FTE in all; round 24's bank kept 5 one-person seats beside services of about 5.7 FTE, within it).
 */
export const UNIT_SEATS_WITHIN_SERVICES = 1;

const tenth = (x: number) => Math.round(x * 10) / 10;
const hundredth = (x: number) => Math.floor(x * 100) / 100;

/** The seat each unit keeps from the people in place beyond the centre's `top`, or 0 where the hub rules allow none. */
export const unitSeatOf = (units: number, surplus: number): number => {
  if (units < 2 || surplus <= 0) return 0;
  const per = hundredth(Math.min(UNIT_SEAT_FTE, surplus / units));
  return per >= MIN_UNIT_SEAT_FTE && per * units >= UNIT_SEATS_TOGETHER_FTE ? per : 0;
};

/**
 * A reset office in a group of several units (in-place-line.ts resetKept for the centre): a seat in
 * each unit from the people in place where the hub rules allow it (unitSeatOf), and a first step that
 * releases at most FIRST_STEP_RELEASE_SHARE of them, the others held until the second step. `said`:
 * the sentences for HR (on thin evidence the rest is pending instead). One unit: resetKept as it was.
 */
export const resetInStages = (
  staffing: Staffing,
  s: Pick<Situation, 'businessUnits'>,
  /** `inUnits`: the office stays central (its units hold no offices of their own), so each unit gets a seat. */
  inUnits: boolean,
  existing: number,
  keepsUpTo: number,
  say: Say,
  said: boolean,
): Staffing => {
  const units = s.businessUnits ?? 1;
  const mid = (staffing.fte.min + staffing.fte.max) / 2;
  const centre = tenth(Math.min(existing, mid * keepsUpTo));
  const perUnit = inUnits
    ? unitSeatOf(units, Math.min(existing - centre, mid * UNIT_SEATS_WITHIN_SERVICES))
    : 0;
  const seats = Math.round(perUnit * units * 100) / 100;
  const bound = units >= 2 ? existing * (1 - FIRST_STEP_RELEASE_SHARE) : 0;
  const held = tenth(Math.max(0, bound - centre - seats));
  if (seats === 0 && held === 0) return resetKept(staffing, existing, keepsUpTo, say, said);
  const base = resetKept(staffing, existing, keepsUpTo, say, false);
  const max = tenth(centre + seats + held);
  return {
    ...base,
    fte: { min: tenth(base.fte.min + seats), max },
    roles: [
      ...base.roles,
      ...(seats > 0 ? [{ role: say(msg('office.role.unitSeats', { units })), fte: seats }] : []),
      ...(held > 0 ? [{ role: say(msg('office.role.secondStep')), fte: held }] : []),
    ],
    basis: said
      ? [
          ...base.basis,
          say(msg('office.inPlace.resetCentre', { existing, services: tenth(mid), centre, units, perUnit })),
          say(
            held > 0
              ? msg('office.inPlace.resetFirstStep', {
                  existing,
                  percent: Math.round(FIRST_STEP_RELEASE_SHARE * 100),
                  released: tenth(existing - max),
                  held,
                })
              : msg('office.inPlace.resetReleased', { difference: tenth(existing - max) }),
          ),
        ]
      : base.basis,
  };
};
