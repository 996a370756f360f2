import { round2 } from './numbers';

/**
 * Priorities: how much a dimension matters, times how far it is from its target (the way Gartner's
 * ITScore and Info-Tech's diagnostics rank gaps). Importance comes from the workshop (the client's
 * steering group) or, where the workshop set none, from the stakeholders' optional ratings, published
 * only as a mean over at least k raters, in steps of k. Pure.
 */

/** The level a dimension is measured against when leadership set no target for it. */
export const DEFAULT_TARGET = 3;

export interface ImportanceRater {
  importance?: Readonly<Record<string, number>>;
}

export interface PublishedImportance {
  mean: number;
  raters: number;
}

/**
 * Stakeholders' importance per dimension, from the published submissions only (in publication
 * order): the first ⌊r/k⌋·k of its r raters, so the mean never moves by fewer than k people; a
 * dimension with fewer than k raters publishes nothing.
 */
export const publishedImportance = (
  dimensionIds: readonly string[],
  published: readonly ImportanceRater[],
  k: number,
): Record<string, PublishedImportance> => {
  const out: Record<string, PublishedImportance> = {};
  for (const id of dimensionIds) {
    const ratings: number[] = [];
    for (const r of published) {
      const value = r.importance?.[id];
      if (typeof value === 'number' && value >= 1 && value <= 5) ratings.push(value);
    }
    const used = ratings.slice(0, Math.floor(ratings.length / k) * k);
    if (used.length === 0) continue;
    out[id] = { mean: round2(used.reduce((a, b) => a + b, 0) / used.length), raters: used.length };
  }
  return out;
};

export type ImportanceSource = 'workshop' | 'stakeholders';

/** The importance the engine and the priority map use: the workshop's, else the stakeholders' published mean. */
export const importanceOf = (
  dimensionIds: readonly string[],
  workshop: Readonly<Record<string, number>>,
  stakeholders: Readonly<Record<string, PublishedImportance>>,
): Record<string, { value: number; source: ImportanceSource }> => {
  const out: Record<string, { value: number; source: ImportanceSource }> = {};
  for (const id of dimensionIds) {
    const set = workshop[id];
    const mean = stakeholders[id]?.mean;
    if (typeof set === 'number') out[id] = { value: set, source: 'workshop' };
    else if (typeof mean === 'number') out[id] = { value: mean, source: 'stakeholders' };
  }
  return out;
};

export interface PriorityInput {
  id: string;
  name: string;
  /** The current score (validated where the workshop agreed one); null when none is published. */
  score: number | null;
}

export interface Priority {
  id: string;
  name: string;
  importance: number | null;
  current: number | null;
  target: number;
  gap: number | null;
  priority: number | null;
}

/**
 * Priority = importance × gap to target, gap = max(0, target − current). Without an importance, or
 * without a current score, a dimension has no priority; ordered from the highest priority down,
 * then by gap, then in the questionnaire's order.
 */
export const prioritiesOf = (
  dimensions: readonly PriorityInput[],
  importance: Readonly<Record<string, number>>,
  targets: Readonly<Record<string, number>>,
): Priority[] =>
  dimensions
    .map((d, order) => {
      const target = targets[d.id] ?? DEFAULT_TARGET;
      const gap = d.score === null ? null : round2(Math.max(0, target - d.score));
      const weight = importance[d.id] ?? null;
      return {
        order,
        row: {
          id: d.id,
          name: d.name,
          importance: weight,
          current: d.score,
          target,
          gap,
          priority: gap === null || weight === null ? null : round2(weight * gap),
        },
      };
    })
    .sort(
      (a, b) =>
        (b.row.priority ?? -1) - (a.row.priority ?? -1) ||
        (b.row.gap ?? -1) - (a.row.gap ?? -1) ||
        a.order - b.order,
    )
    .map((x) => x.row);
