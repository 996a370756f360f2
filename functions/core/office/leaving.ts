import type { PmoAction, Staffing } from '../../contract/result';
import type { Situation } from '../situation';
import { poolGoesBack, withoutPoolBack } from './in-place-pool';

/**
 * The people an office in place that shrinks no longer keeps, counted once for every sentence that
 * speaks of them (round 29: a ground handler's sourcing said the office "lets the others go" while
 * its plan consulted HR about 1.5 FTE). `count`: the FTE beyond the office recommended, the project
 * managers a directive office pools left out (they go back to the line, in-place-pool.ts); `waits`:
 * they wait for the health check (the target's middle is the line) rather than a reset's top of
 * range; `pooled`: the managers taken as pooled, an assumption the plan checks first.
 */
export interface Leaving {
  count: number;
  waits: boolean;
  pooled: number;
  /** The FTE of the office in place weighed against its services (pooled managers left out). */
  existing: number;
}

const tenth = (x: number) => Math.round(x * 10) / 10;
const midOf = (staffing: Staffing) => (staffing.fte.min + staffing.fte.max) / 2;

/** Who leaves an office in place that shrinks, or undefined where nobody does. */
export const peopleLeaving = (
  s: Situation,
  staffing: Staffing | null | undefined,
  action: PmoAction | null,
  cutWaits = false,
): Leaving | undefined => {
  if (s.existingPmo === 'none' || action === 'establish' || !staffing) return undefined;
  const pooled = poolGoesBack(s, staffing);
  const existing = withoutPoolBack(s, pooled).existingPmoFte;
  if (existing === undefined) return undefined;
  // Nobody of the office's own staff leaves: the pooled managers alone go back, as assumed.
  if (staffing.fte.max >= existing)
    return pooled > 0 ? { count: 0, waits: false, pooled, existing } : undefined;
  // A reset keeps up to the top of its range, re-tasked; a cut that waits keeps the target's middle.
  const waits = !(action === 'reset' && !cutWaits);
  const count = waits ? tenth(existing - midOf(staffing)) : tenth(existing - staffing.fte.max);
  return { count, waits, pooled, existing };
};
