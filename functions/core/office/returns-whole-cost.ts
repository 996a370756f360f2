import type { PmoRecommendation } from '../../contract/result';
import { english, msg, type Say } from '../say';
import type { Situation } from '../situation';
import { RETURNS_FLOOR_SHARE } from '../warnings';

/**
 * Where an office is in place and kept, evolved or reset, its priced returns count only the gain
 * over what it runs today, and are weighed against the cost over today (returns.ts, costOverToday).
 * The reader sees the office's whole yearly cost beside those returns: where they fall short of it,
 * the result says that the whole cost stands against what the office returns today, which is not
 * priced (round 31: a regulated programme's priced returns at a third of its cost, with no word of
 * it, because the change itself cost little more than the office of today). Our judgement: a board
 * reads the whole cost and the priced returns side by side, whatever the comparison behind them, so
 * every result whose priced returns fall short of the cost it shows says so, pushes included.
 */
export const wholeCostWarnings = (
  pmo: Pick<PmoRecommendation, 'cost' | 'returns' | 'action'>,
  s: Pick<Situation, 'existingPmo'>,
  say: Say = english,
): string[] => {
  if (!pmo.cost || s.existingPmo === 'none' || pmo.action === 'establish') return [];
  const priced = pmo.returns.filter((r) => r.annual !== null);
  if (priced.length === 0) return [];
  const middle = priced.reduce((a, r) => a + ((r.annual?.min ?? 0) + (r.annual?.max ?? 0)) / 2, 0);
  const cost = (pmo.cost.annual.min + pmo.cost.annual.max) / 2;
  return middle < cost * RETURNS_FLOOR_SHARE ? [say(msg('warning.returnsBelowWholeCost'))] : [];
};
