import type { Staffing } from '../../contract/result';
import { msg, type Say } from '../say';
import type { Situation } from '../situation';
import { holdsProjectManagers, pooledInPlace, pooledOf } from './overhead';

/**
 * The project managers a directive office in place pools, when the office recommended does not pool
 * them (it changes its degree of control, or is reset): they go back to the line as project leads.
 * docs/scoring.md, "The office in place".
 *
 * Reading of `existingPmoFte` (our decision; the questionnaire does not say): for a directive office
 * that holds the organisation's project managers (overhead.ts, POOL_HOLDS_SHARE), the figure counts
 * them, as many as lead projects and everyone but one person of it (pooledInPlace), the reading the
 * returns already take. Those people are weighed neither as the office's staff to keep, re-task or
 * seat in the units nor as its cost, and moving them saves nothing: they are shown apart, as project
 * leads in the line (round 28: a co-op's 5-FTE directive office, four of them pooled managers, reset
 * to a weather station kept 4.7 FTE, "seats in the units" included, against 0.94 FTE of services,
 * while its returns called the pooled managers no overhead).
 */
export const poolGoesBack = (
  s: Pick<Situation, 'existingPmo' | 'existingPmoFte' | 'projectManagers'>,
  staffing: Staffing,
): number => (pooledOf(staffing) > 0 ? 0 : pooledInPlace(s));

/** The situation a step weighing the office sees: the office in place without the managers going back. */
export const withoutPoolBack = <S extends Pick<Situation, 'existingPmoFte'>>(s: S, back: number): S =>
  back > 0 && s.existingPmoFte !== undefined
    ? { ...s, existingPmoFte: Math.round((s.existingPmoFte - back) * 100) / 100 }
    : s;

/** The sentence that shows the managers going back apart from the office's staffing and cost. */
export const poolBackSaid = (staffing: Staffing, back: number, existing: number, say: Say): Staffing =>
  back > 0
    ? {
        ...staffing,
        basis: [
          ...staffing.basis,
          say(
            msg('office.inPlace.poolBack', {
              pooled: back,
              existing,
              overhead: Math.round((existing - back) * 100) / 100,
            }),
          ),
        ],
      }
    : staffing;

/**
 * A directive office in place, kept directive, holds the pooled project managers: its people, not
 * its overhead. They are counted from the work they lead (pooledInPlace: the project managers who
 * lead the projects, everyone but one person of the office), never as what is left of the office
 * once its service hours are taken out: those hours are the overhead's, and the managers lead
 * projects with or without them (round 30: a kept openings factory's 6 PMs counted as 7 − 3.4 FTE
 * of service hours = 3.6, the other 2.4 sent to HR under "keep").
 */
export const withPooled = (staffing: Staffing, s: Situation, say: Say): Staffing => {
  if (!holdsProjectManagers(s) || s.existingPmoFte === undefined) return staffing;
  // In hundredths, as every figure of the staffing is shown (round 11 saw 9.100000000000001).
  const pooled = Math.round(pooledInPlace(s) * 100) / 100;
  if (pooled <= 0) return staffing;
  return {
    fte: {
      min: Math.round((staffing.fte.min + pooled) * 100) / 100,
      max: Math.round((staffing.fte.max + pooled) * 100) / 100,
    },
    roles: [...staffing.roles, { role: say(msg('office.role.pooled')), fte: pooled }],
    basis: [...staffing.basis, say(msg('office.pooled', { pooled }))],
    pooled,
  };
};
