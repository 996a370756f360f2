/**
 * Whether tracking benefits is the point here, read from the benefits questions rather than from
 * the dimension's gap alone (round 20: benefits tracking in 11 of 15 results, tagged only by the
 * gap and always near last, yet missing from a 12-month acquisition integration whose synergies are
 * why it exists). docs/scoring.md, "Benefits tracking".
 */

/**
 * A project's expected benefit counts as stated from this mean rating of "Is a project's expected
 * benefit measurable before it starts?" (2: "in general words"). Our judgement: a benefit named,
 * even loosely (a synergy target, a saving, an outcome a funder pays for), is one an office can
 * follow; one not named at all is first written down, which is the dimension's quick win, not an
 * office's service.
 */
export const BENEFITS_STATED_FROM = 2;
/**
 * Benefits count as followed from this mean rating of "Are benefits followed up after delivery?"
 * (3: "measured regularly against the starting value"). Our judgement: below it, the benefits are
 * stated but nobody measures them, and tracking them answers a pain.
 */
export const BENEFITS_FOLLOWED_FROM = 3;

export const STATED_QUESTION = 'ben-stated';
export const FOLLOWED_QUESTION = 'ben-follow';

/**
 * The benefits are stated and not followed: the office's tracking answers that pain, in a lasting
 * office and in a push alike (a push whose benefits are stated has them fall within it: its
 * synergies, savings or the outcome it is funded for). Undefined where the question was not rated:
 * the gap alone decides, as before.
 */
export const benefitsInPlay = (
  questions: Readonly<Record<string, number>> | undefined,
): boolean | undefined => {
  const stated = questions?.[STATED_QUESTION];
  if (stated === undefined || Number.isNaN(stated)) return undefined;
  if (stated < BENEFITS_STATED_FROM) return false;
  const followed = questions?.[FOLLOWED_QUESTION];
  return followed === undefined || Number.isNaN(followed) || followed < BENEFITS_FOLLOWED_FROM;
};

/**
 * A push whose weakest dimension is benefits realisation tracks its benefits: what it exists for
 * (synergies, savings, the outcome it is funded for) is the very thing nobody follows (round 29: an
 * integration push whose synergies were behind plan, benefits at 1.25 and the lowest of twelve
 * dimensions, got no synergy tracking, because its benefits were not yet stated). Our judgement,
 * the reviewer's answer: the push states them and tracks them in one service. Only a benefits
 * score below every other rated one points there: a tie at the bottom says nothing about benefits. A push whose value is
 * a date still tracks none (push-tempo.ts, datedPush); a lasting office reads the questions as before.
 */
export const pushBenefitsInPlay = (
  s: { horizon: 'lasting' | 'temporary' },
  questions: Readonly<Record<string, number>> | undefined,
  dimensions: readonly { id: string; score: number | null }[],
): boolean | undefined => {
  const own = benefitsInPlay(questions);
  if (s.horizon !== 'temporary' || own === true) return own;
  const benefits = dimensions.find((d) => d.id === 'benefits')?.score;
  if (benefits === null || benefits === undefined) return own;
  // Strictly the weakest: where several dimensions share the lowest score, nothing points at benefits.
  const weakest = dimensions.every((d) => d.id === 'benefits' || d.score === null || d.score > benefits);
  return weakest ? true : own;
};
