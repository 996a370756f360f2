/**
 * The engine's one ordering rule: services, quick wins and the roadmap's steps all come in the
 * order of the pain they answer, weighed by how much it matters to this client, with readiness
 * only breaking ties. Nothing else re-sorts them (docs/scoring.md, "One ordering rule").
 *
 * pain = gap × weight + pressure, where
 * - gap: how far the dimensions the item builds are below TARGET_LEVEL (0 to 4; an unrated
 *   dimension counts as UNKNOWN_GAP: it may well be missing);
 * - weight: the client's importance of those dimensions, 1–5 scaled so 3 is neutral (1 by default);
 * - pressure: points from the situation and from what stakeholders asked for (for the controls
 *   over project spend, also what is at stake in each project: precedence.ts, controlsStake).
 * A service never comes before what it rests on (precedence.ts, SERVICE_NEEDS, the one declaration).
 * Work an office in place hands over (in-place.ts, handedOver) comes before all of it, and so do
 * the decision services of a reset office whose reports led to no decisions (in-place.ts, leanReporting).
 */

/** The level every service aims its dimensions at in the office's first year. */
export const TARGET_LEVEL = 3;
/** The gap assumed for a dimension nobody rated. */
export const UNKNOWN_GAP = 1;
/** Importance at which the weight is 1 (the middle of the 1–5 scale). */
export const NEUTRAL_IMPORTANCE = 3;

export interface Painful {
  /** Mean gap of the dimensions the item builds (0 when it builds none). */
  gap: number;
  /** Mean importance of those dimensions, 1–5, when the client gave one. */
  importance?: number;
  /** Points from the situation and the stakeholders' expectations. */
  pressure: number;
  /** 1 when what the item rests on is in place, 0 when it must be built alongside. */
  readiness: number;
  /**
   * Work the organisation depends on that an office in place hands over (in-place.ts): it comes
   * before any pain, as the old office stops doing it the day the change starts.
   */
  first?: boolean;
  /**
   * The decision services of a reset office whose reports led to no decisions (in-place.ts,
   * leanReporting): after handed-over work, before any pain.
   */
  next?: boolean;
}

export const painOf = (p: Painful): number =>
  p.gap * ((p.importance ?? NEUTRAL_IMPORTANCE) / NEUTRAL_IMPORTANCE) + p.pressure;

/**
 * Handed-over work first, then a reset's decision services (next); then most pain; equal pain: the
 * ready one first; then the order given (a stable sort). Where `needs(a, b)` says a rests on b, b
 * comes before a: it is brought forward to just before the first item that needs it, so what is
 * needed now is never held back by what it rests on (precedence.ts declares what rests on what).
 */
export const byPain = <T>(
  items: readonly T[],
  painful: (t: T) => Painful,
  needs?: (a: T, b: T) => boolean,
): T[] => {
  const sorted = items
    .map((item, index) => ({ item, index, p: painful(item) }))
    .sort(
      (a, b) =>
        Number(b.p.first ?? false) - Number(a.p.first ?? false) ||
        Number(b.p.next ?? false) - Number(a.p.next ?? false) ||
        painOf(b.p) - painOf(a.p) ||
        b.p.readiness - a.p.readiness ||
        a.index - b.index,
    )
    .map((x) => x.item);
  if (!needs) return sorted;
  const out: T[] = [];
  const place = (item: T, path: Set<T>): void => {
    if (out.includes(item) || path.has(item)) return;
    path.add(item);
    for (const other of sorted) if (other !== item && needs(item, other)) place(other, path);
    out.push(item);
  };
  for (const item of sorted) place(item, new Set());
  return out;
};

export const gapOf = (scores: readonly (number | null | undefined)[]): number => {
  if (scores.length === 0) return 0;
  let sum = 0;
  for (const x of scores) sum += x === null || x === undefined ? UNKNOWN_GAP : Math.max(0, TARGET_LEVEL - x);
  return sum / scores.length;
};
