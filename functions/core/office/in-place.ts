import type { PmoModelId, Staffing } from '../../contract/result';
import { msg, type Say } from '../say';
import type { Situation } from '../situation';
import type { ServiceId } from './catalogue';

/**
 * The recommended staffing against the office in place, said openly: an office that works keeps
 * its people (the services' sum is what it needs at least), a reset office is sized by its new
 * services and the difference is named, never left to be read as a silent cut.
 * docs/scoring.md, "The office in place".
 */

/** A working office larger than its services need keeps at least this share of its people until a health check. */
export const KEEP_AT_LEAST = 0.75;
/** A difference smaller than this share of the office in place is not worth a sentence. */
export const SAME_SIZE_SHARE = 0.2;

const tenth = (x: number) => Math.round(x * 10) / 10;

export const againstOfficeInPlace = (
  staffing: Staffing,
  s: Situation,
  besideExisting: boolean,
  say: Say,
  /**
   * `keepsPeople`: the office keeps its people (kept, evolved or reset within its model, and not
   * oversized); `confirmFirst`: over twice what its services need on thin evidence, so sized by its
   * services and confirmed before anyone moves.
   */
  { keepsPeople, confirmFirst }: { keepsPeople: boolean; confirmFirst: boolean },
): Staffing => {
  if (s.existingPmo === 'none' || besideExisting) return staffing;
  const existing = s.existingPmoFte;
  const mid = (staffing.fte.min + staffing.fte.max) / 2;
  if (existing === undefined)
    return {
      ...staffing,
      basis: [...staffing.basis, say(msg('office.inPlace.unknown', { fte: tenth(mid) }))],
    };
  // Over twice what its services need, on one view of the organisation: neither endorsed nor cut.
  // The range runs from what the services need to the office in place, and a health check with a
  // team assessment decides where in it before anyone moves (rounds 10 and 12).
  if (confirmFirst && existing > staffing.fte.max)
    return {
      fte: { min: staffing.fte.min, max: tenth(existing) },
      roles: [
        ...staffing.roles,
        { role: say(msg('office.role.inPlace')), fte: Math.round((existing - mid) * 100) / 100 },
      ],
      basis: [...staffing.basis, say(msg('office.inPlace.confirmRange', { existing, services: tenth(mid) }))],
    };
  if (keepsPeople && existing > staffing.fte.max) {
    // The office works and is larger than what the services here need: the range runs from the
    // part of it the services show to all of it; the health check decides where in it.
    const extra = Math.round((existing - mid) * 100) / 100;
    return {
      fte: { min: tenth(Math.max(staffing.fte.max, existing * KEEP_AT_LEAST)), max: tenth(existing) },
      roles: [...staffing.roles, { role: say(msg('office.role.inPlace')), fte: extra }],
      basis: [...staffing.basis, say(msg('office.inPlace.larger', { existing, services: tenth(mid) }))],
    };
  }
  const gap = mid - existing;
  if (Math.abs(gap) <= SAME_SIZE_SHARE * Math.max(existing, 1))
    return { ...staffing, basis: [...staffing.basis, say(msg('office.inPlace.same', { existing }))] };
  return {
    ...staffing,
    basis: [
      ...staffing.basis,
      say(
        msg(gap > 0 ? 'office.inPlace.grow' : 'office.inPlace.smaller', {
          existing,
          fte: tenth(mid),
          difference: tenth(Math.abs(gap)),
        }),
      ),
      ...(confirmFirst ? [say(msg('office.inPlace.confirmFirst'))] : []),
    ],
  };
};

/**
 * What the office in place does that the organisation depends on and the recommended office no
 * longer decides: a directive office allocates people, and an office of less control stops doing
 * so. The allocation is handed to someone named (the plan gives it to the line managers, with a
 * rule for clashes), and the capacity plan that keeps the hand-over honest is the first service the
 * changed office runs, ahead of the order of pain: the day the old office stops allocating, the
 * people still need allocating (round 16: a directive office reset to an observer scheduled
 * capacity planning last, and nobody took over).
 */
export const handedOver = (
  s: Situation,
  model: PmoModelId | null,
  besideExisting: boolean,
): readonly ServiceId[] =>
  s.existingPmo === 'resource-source' && model !== null && model !== 'resource-source' && !besideExisting
    ? ['capacity-planning']
    : [];
