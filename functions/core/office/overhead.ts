import type { Staffing } from '../../contract/result';
import type { Situation } from '../situation';

/**
 * What the office costs the organisation as overhead: its staffing without the project managers a
 * directive office pools (in-place.ts, withPooled). They lead projects and would be paid to lead
 * them without the office; counting them as its overhead tells the board to cut the people who run
 * the projects (round 20). The one declaration every overhead figure reads: the office's cost and
 * its share of the spend, the warnings on that share and the returns against the cost.
 */

/**
 * A directive office in place is where the organisation's project managers sit (their pool) only
 * where its people come to at least this share of them. Our judgement: a pool holds a material part
 * of the project managers it lends; an office of 45 beside 700 project managers is not where they
 * sit, and its people beyond what its services need are its own staff (allocators, schedulers),
 * paid as its overhead (round 26: about 12 FTE of a 30,000-person provider's resource-management
 * group were called "pooled project managers" and left out of its cost). Every directive office
 * the panel named a pool holds a fifth of its organisation's project managers or more.
 */
export const POOL_HOLDS_SHARE = 0.1;

/** The directive office in place holds the organisation's project managers (POOL_HOLDS_SHARE). */
export const holdsProjectManagers = (
  s: Pick<Situation, 'existingPmo' | 'existingPmoFte' | 'projectManagers'>,
): boolean =>
  s.existingPmo === 'resource-source' &&
  s.existingPmoFte !== undefined &&
  s.existingPmoFte >= POOL_HOLDS_SHARE * s.projectManagers;

/**
 * The project managers a directive office in place pools today: everyone but one person of it, as
 * many as lead projects. Its overhead, against which a smaller office frees people, is the rest.
 */
export const pooledInPlace = (
  s: Pick<Situation, 'existingPmo' | 'existingPmoFte' | 'projectManagers'>,
): number =>
  holdsProjectManagers(s) && s.existingPmoFte !== undefined
    ? Math.min(s.projectManagers, Math.max(0, s.existingPmoFte - 1))
    : 0;

/** The project managers the office pools, in FTE (none in any office but a directive one in place). */
export const pooledOf = (staffing: Staffing | null | undefined): number => staffing?.pooled ?? 0;

/** The staffing the office's overhead is: the pooled project managers left out, in range and roles. */
export const overheadOf = (staffing: Staffing): Staffing => {
  const pooled = pooledOf(staffing);
  if (pooled <= 0) return staffing;
  const less = (x: number) => Math.max(0, Math.round((x - pooled) * 100) / 100);
  const { pooled: _pooled, ...rest } = staffing;
  return {
    ...rest,
    fte: { min: less(staffing.fte.min), max: less(staffing.fte.max) },
    // The pooled role is the one withPooled adds last.
    roles: staffing.roles.filter((r, i, all) => !(i === all.length - 1 && r.fte === pooled)),
  };
};

/**
 * A step that weighs the office against the one in place, run on its overhead alone: the pooled
 * project managers stand aside (and out of the office in place's FTE), and come back last, as they
 * were. Weighing a directive office's 30 people, 25 of them pooled managers, against services that
 * need 3 counted the managers as its staff to keep, and their pay as the office's cost (round 23:
 * a shared service of 30 was 12.8 % of its project spend with a "start smaller" warning).
 */
export const besidePooled = (
  staffing: Staffing,
  s: Situation,
  step: (overhead: Staffing, s: Situation) => Staffing,
): Staffing => {
  const pooled = pooledOf(staffing);
  if (pooled <= 0) return step(staffing, s);
  const role = staffing.roles[staffing.roles.length - 1];
  const existing = s.existingPmoFte === undefined ? undefined : Math.max(0, s.existingPmoFte - pooled);
  const done = step(overheadOf(staffing), { ...s, existingPmoFte: existing });
  const more = (x: number) => Math.round((x + pooled) * 100) / 100;
  return {
    ...done,
    fte: { min: more(done.fte.min), max: more(done.fte.max) },
    roles: [...done.roles, ...(role ? [role] : [])],
    pooled,
  };
};
