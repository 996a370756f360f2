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

const midOf = (staffing: Staffing) => (staffing.fte.min + staffing.fte.max) / 2;

/**
 * The pooled project managers read in a directive office in place, bounded by its own services: never
 * more than the project managers the organisation reports (pooledInPlace), and never so many that
 * the office's own part (the people in place less the pooled managers) falls below what its services
 * need (the middle of their range, before any pooled manager is added). Our judgement: the office in
 * place runs those services today with its own people, so at least their need is its staff, not
 * pooled managers (round 31: a utility's working 25-FTE directive office read as 24 pooled managers
 * and a core of 1 told to "grow from 1 to 1.7 FTE" while its services add up to about 15 FTE; a
 * medtech's 18-FTE office read as 17 pooled managers and rebuilt "from 1 to about 7.4 FTE").
 */
export const pooledWithin = (
  s: Pick<Situation, 'existingPmo' | 'existingPmoFte' | 'projectManagers'>,
  services: Staffing,
): number => {
  const existing = s.existingPmoFte ?? 0;
  const own = Math.max(0, Math.floor((existing - midOf(services)) * 100) / 100);
  return Math.max(0, Math.floor(Math.min(pooledInPlace(s), own) * 100) / 100);
};

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
  const pooled = pooledWithin(s, staffing);
  if (pooled <= 0) return staffing;
  const existing = s.existingPmoFte;
  return {
    fte: {
      min: Math.round((staffing.fte.min + pooled) * 100) / 100,
      max: Math.round((staffing.fte.max + pooled) * 100) / 100,
    },
    roles: [...staffing.roles, { role: say(msg('office.role.pooled')), fte: pooled }],
    // The reading is an assumption, said with its figures (round 31: it sat silent in the staffing basis).
    basis: [
      ...staffing.basis,
      say(
        msg('office.pooledAssumed', {
          pooled,
          existing,
          own: Math.round((existing - pooled) * 100) / 100,
          need: Math.min(
            Math.round((existing - pooled) * 100) / 100,
            Math.round(midOf(staffing) * 100) / 100,
          ),
        }),
      ),
    ],
    pooled,
  };
};
