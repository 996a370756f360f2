import type { Maturity } from '../../contract/result';
import { judgeOffice, NO_VIEWS, type Views } from '../action';
import type { Situation } from '../situation';
import { DIRECTIVE_MAX_UNITS, sharesPool } from './units';

/**
 * A directive office in place that works pools the people its units draw on, whatever their count.
 * docs/scoring.md, "The office in place" and "Units that share a pool".
 *
 * Where a directive office allocates people across units that lead their own projects and what it
 * produces (its portfolio and resource decisions, its reporting and governance) stands at the level
 * the engine calls working (action.ts, WORKS_FROM) as its users see it, the units demonstrably draw
 * on one pool the office allocates: it is read as a shared pool (units.ts, sharesPool), so the units'
 * count no longer rules it ineligible or hands its allocation to line managers. How much control it
 * keeps stays its fit's, and a leadership that wants no central control still withdraws it.
 *
 * Our judgement (round 31: a medtech's 18-FTE office pooling 60 project managers for 3 units, every
 * product of it at 3.3 or above on three agreeing respondents, was reset and its allocation handed to
 * line managers "from the first day" at a medium appetite, while the same evidence over 1 unit, or
 * with a high appetite, kept it; the pool working had brought contention down to medium, which
 * closed the shared-pool reading, so the office's success counted against it). A central pool of
 * project managers serving several units is a stable model where it works; the evidence that it
 * works outweighs a structural rule that reads only the count.
 */
export const withWorkingPool = <S extends Situation>(
  s: S,
  maturity: Maturity,
  views: () => Views = () => NO_VIEWS,
): S =>
  s.existingPmo === 'resource-source' &&
  s.controlAppetite !== 'low' &&
  (s.businessUnits ?? 1) >= DIRECTIVE_MAX_UNITS &&
  !sharesPool(s) &&
  judgeOffice('resource-source', maturity, views()).works
    ? { ...s, sharedPool: true }
    : s;
