import type { Questionnaire } from './types';

/** Fewest questions measured the same way that let a dimension be compared across editions. */
export const MIN_COMPARABLE_QUESTIONS = 2;

/** What two editions measure the same way, per dimension: the question ids on each side. */
export interface Comparable {
  dimension: string;
  current: readonly string[];
  earlier: readonly string[];
}

/**
 * The dimensions two editions measure the same way (edition 2026.3 on: `Question.sameAs` names the
 * earlier edition's question). The same edition compares in full. A later edition compares with the
 * one it declares (`comparesWith`) on the questions it declares the same, in the same dimension, and
 * only where at least MIN_COMPARABLE_QUESTIONS are (a dimension's level needs that many; one
 * question's figure is never published for a team). Any other pair of editions compares nothing.
 */
export const comparableDimensions = (now: Questionnaire, then: Questionnaire): Comparable[] => {
  if (now.version === then.version)
    return now.dimensions.map((d) => {
      const ids = d.questions.map((q) => q.id);
      return { dimension: d.id, current: ids, earlier: ids };
    });
  if (now.comparesWith !== then.version) return [];
  return now.dimensions.flatMap((d) => {
    const earlier = then.dimensions.find((x) => x.id === d.id);
    if (!earlier) return [];
    const pairs = d.questions.flatMap((q) =>
      q.sameAs && earlier.questions.some((x) => x.id === q.sameAs) ? [[q.id, q.sameAs] as const] : [],
    );
    return pairs.length >= MIN_COMPARABLE_QUESTIONS
      ? [{ dimension: d.id, current: pairs.map((p) => p[0]), earlier: pairs.map((p) => p[1]) }]
      : [];
  });
};

/**
 * An edition cut down to the questions of `keep` (dimension id → question ids), without
 * prerequisites: what both editions measure the same way is scored the same way on both sides
 * (2026.2 had no prerequisites to credit).
 */
export const restrictTo = (
  q: Questionnaire,
  keep: ReadonlyMap<string, readonly string[]>,
): Questionnaire => ({
  ...q,
  presupposes: undefined,
  dimensions: q.dimensions.flatMap((d) => {
    const ids = keep.get(d.id);
    return ids ? [{ ...d, questions: d.questions.filter((x) => ids.includes(x.id)) }] : [];
  }),
});
