import type { Targets } from '../../../functions/contract/deliverables';
import type { Result } from '../../../functions/contract/result';
import { QUESTIONNAIRE } from '../../../functions/core/questionnaire';

export interface TargetGap {
  id: string;
  name: string;
  score: number | null;
  target: number;
  /** Target minus score, in points; positive when the dimension is below its target. */
  gap: number | null;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The gap to target per dimension that has a target, widest first. */
export const targetGaps = (result: Result, targets: Pick<Targets, 'dimensions'> | null): TargetGap[] =>
  result.maturity.dimensions
    .filter((d) => targets?.dimensions[d.id] !== undefined)
    .map((d) => {
      const target = targets?.dimensions[d.id] as number;
      return {
        id: d.id,
        name: d.name,
        score: d.score,
        target,
        gap: d.score === null ? null : round(target - d.score),
      };
    })
    .sort((a, b) => (b.gap ?? -99) - (a.gap ?? -99));

/**
 * The plan's quick wins, one per dimension, ordered by the gap to target (widest first), then by
 * the lowest score; without targets, by the lowest score alone.
 */
export const quickWinsByGap = (result: Result, targets: Pick<Targets, 'dimensions'> | null) => {
  const gaps = new Map(targetGaps(result, targets).map((g) => [g.id, g.gap]));
  return QUESTIONNAIRE.dimensions
    .map((d) => {
      const score = result.maturity.dimensions.find((x) => x.id === d.id)?.score ?? null;
      return { id: d.id, name: d.name, quickWin: d.quickWin, score, gap: gaps.get(d.id) ?? null };
    })
    .filter((w) => w.gap === null || w.gap > 0)
    .sort((a, b) => (b.gap ?? -1) - (a.gap ?? -1) || (a.score ?? 6) - (b.score ?? 6));
};

/**
 * Progress towards targets set for the baseline: the share of the gap closed since then, per dimension.
 */
export const progressTowards = (
  targets: Pick<Targets, 'dimensions'>,
  baseline: { id: string; baseline: number | null; current: number | null }[],
) =>
  baseline
    .filter((d) => targets.dimensions[d.id] !== undefined && d.baseline !== null && d.current !== null)
    .map((d) => {
      const target = targets.dimensions[d.id] as number;
      const was = d.baseline as number;
      const now = d.current as number;
      const needed = target - was;
      return {
        id: d.id,
        target,
        was,
        now,
        closed: needed <= 0 ? 1 : Math.max(0, Math.min(1, (now - was) / needed)),
      };
    });
