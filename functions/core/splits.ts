import type { Answers } from '../contract/answers';
import type { Confidence, RoleScores, StakeholderSplit } from '../contract/result';
import type { StakeholderRole } from '../contract/roles';
import { round2 } from './numbers';
import type { Questionnaire } from './questionnaire';
import { english, msg, type Say } from './say';
import { countsInDimension, respondentScore } from './scoring';

/**
 * Splits: where an average hides two camps. Two kinds, both flagged as a fact (a sentence naming the
 * dimension and the kind of split), never as figures of the camps (docs/privacy.md, rule 11).
 *
 * 1. **Within a role group.** Take the group's members counted in the dimension's published cell, and
 *    each one's own mean of the dimension (the figure the group's score averages). Sort them, and cut
 *    the list once. A cut is a split when all four hold:
 *    - each side holds at least k people (the disclosure threshold): no camp smaller than a
 *      published group, so a lone dissenter (1 against k−1) is never flagged;
 *    - nobody lies in between: the two sides are at least MIN_SPLIT_GAP (one whole point) apart;
 *    - the camps are far apart: their own means differ by at least MIN_SPLIT_DISTANCE (two points,
 *      say level 2 against level 4), so people answering 3 and 4 are not two camps;
 *    - the two camps explain at least MIN_SPLIT_EXPLAINED of the group's variation: the share of the
 *      sum of squares between the two sides' means (the correlation ratio η² of the cut). One wide
 *      cluster stays below it: a symmetric unimodal distribution is a mixture of uniforms centred
 *      on its mode, and cut there it explains at most 3/4 of its variance (a uniform exactly 3/4,
 *      a normal 2/π ≈ 0.64); two camps each tighter than the distance between them explain more
 *      (two tight points, all of it). The empty stretch and the distance keep small samples of one
 *      cluster from passing by chance.
 *    The group is split on the dimension when some cut is. Very unequal camps need a sharper
 *    separation to explain 80 % (η² weighs the camps by size): k dissenters among ten times as many
 *    read as outliers more than as a camp, and are left to the spread (evidence.ts). Named role
 *    groups only: the pool of small roles mixes roles and changes membership, so it is not examined.
 * 2. **Between executives and the people who run projects.** Executives, and the published groups of
 *    project managers and of team members: executives rate the dimension at least
 *    EXECUTIVES_DELIVERY_GAP (one point) higher than every one of those delivery groups, or at least
 *    that much lower. Computed from the groups' published scores only, so it tells nothing the
 *    scores do not.
 *
 * A split lowers the dimension's confidence one step (never below low); splits on
 * SPLIT_DIMENSIONS_FOR_OVERALL dimensions or more lower the overall maturity confidence one step too.
 */

/** The empty stretch, in points of the 1–5 scale, that must separate two camps. */
export const MIN_SPLIT_GAP = 1;
/** How far apart, in points, the two camps' own means must be: two levels of the scale. */
export const MIN_SPLIT_DISTANCE = 2;
/** The share of a group's variation two camps must explain (η² of the cut). */
export const MIN_SPLIT_EXPLAINED = 0.8;
/** Executives and every delivery group this far apart (points) are split; the perception-gap threshold. */
export const EXECUTIVES_DELIVERY_GAP = 1;
/** Splits on this many dimensions or more lower the overall maturity confidence. */
export const SPLIT_DIMENSIONS_FOR_OVERALL = 2;
/** The roles who run projects. */
export const DELIVERY_ROLES = [
  'project-manager',
  'team-member',
] as const satisfies readonly StakeholderRole[];

/** Rounding slack: means are rounded to two decimals, so 3.33 − 2.33 must count as a whole point. */
const EPSILON = 1e-9;

/** The best cut of a group into two camps; internal only (its sizes and means are never published). */
export interface Camps {
  /** People below the cut, and above it. */
  lower: number;
  upper: number;
  /** The empty stretch between the camps, and the distance between their means, in points. */
  gap: number;
  distance: number;
  /** Share of the group's sum of squares between the two camps' means (η²). */
  explained: number;
}

/**
 * The cut of one group's own means into two camps that meets the four conditions above, the one
 * explaining most; null when none does. A function of the multiset of means only: who answered
 * what, and in which order, plays no part.
 */
export const twoCamps = (means: readonly number[], k: number): Camps | null => {
  const n = means.length;
  if (n < 2 * k) return null;
  // A typed array sorts numbers by value without a comparator: a thousand views sort several times faster.
  const xs = Float64Array.from(means).sort();
  let sum = 0;
  for (const x of xs) sum += x;
  const all = sum / n;
  const total = xs.reduce((s, x) => s + (x - all) ** 2, 0);
  if (total <= EPSILON) return null;
  let best: Camps | null = null;
  let below = 0;
  for (let i = 0; i < k - 1; i++) below += xs[i] as number;
  for (let i = k; i <= n - k; i++) {
    below += xs[i - 1] as number;
    const gap = (xs[i] as number) - (xs[i - 1] as number);
    if (gap < MIN_SPLIT_GAP - EPSILON) continue;
    const low = below / i;
    const high = (all * n - below) / (n - i);
    if (high - low < MIN_SPLIT_DISTANCE - EPSILON) continue;
    const explained = (i * (low - all) ** 2 + (n - i) * (high - all) ** 2) / total;
    if (explained < MIN_SPLIT_EXPLAINED - EPSILON) continue;
    if (!best || explained > best.explained)
      best = { lower: i, upper: n - i, gap, distance: high - low, explained };
  }
  return best;
};

/** A published group as the split rule sees it: its role and, per dimension, the members its score counts. */
export interface SplitGroup {
  role: RoleScores['role'];
  /** Members counted in the group's published score of the dimension; absent when it is withheld. */
  counted: (dimensionId: string) => readonly { answers: Answers }[] | undefined;
}

/**
 * The split rule's view of groups given as the answers their published cells count (what disclose
 * gives as shownGroups: each member's answers keep a dimension only where the group's score counts
 * them), so a dimension's members are those still rating it.
 */
export const splitGroups = (
  q: Questionnaire,
  groups: readonly { role: RoleScores['role']; answers: readonly Answers[] }[],
): SplitGroup[] =>
  groups.map((g) => {
    // Each dimension's members worked out once: the split rules ask for them more than once.
    const known = new Map<string, readonly { answers: Answers }[] | undefined>();
    return {
      role: g.role,
      counted: (dimensionId) => {
        if (known.has(dimensionId)) return known.get(dimensionId);
        const dimension = q.dimensions.find((d) => d.id === dimensionId);
        const members =
          dimension &&
          g.answers
            .filter((answers) => countsInDimension(dimension, answers))
            .map((answers) => ({ answers }));
        known.set(dimensionId, members);
        return members;
      },
    };
  });

const withinRole = (
  q: Questionnaire,
  groups: readonly SplitGroup[],
  k: number,
  say: Say,
): StakeholderSplit[] =>
  q.dimensions.flatMap((dimension) =>
    groups.flatMap((g): StakeholderSplit[] => {
      if (g.role === 'pooled') return [];
      const members = g.counted(dimension.id);
      if (!members || members.length < 2 * k) return [];
      const means = members
        .map((m) => respondentScore(dimension, m.answers))
        .filter((x): x is number => typeof x === 'number');
      if (!twoCamps(means, k)) return [];
      return [
        {
          dimension: dimension.id,
          dimensionName: dimension.name,
          kind: 'within-role',
          roles: [g.role],
          executives: null,
          explanation: say(
            msg('split.withinRole', {
              group: msg(`roleGroupInSentence.${g.role}`),
              dimension: dimension.name,
              k,
            }),
          ),
        },
      ];
    }),
  );

const executivesDelivery = (
  q: Questionnaire,
  byRole: readonly RoleScores[],
  say: Say,
): StakeholderSplit[] => {
  const scoreOf = (role: StakeholderRole, dimensionId: string) =>
    byRole.find((g) => g.role === role)?.dimensions.find((d) => d.id === dimensionId)?.score ?? null;
  return q.dimensions.flatMap((dimension): StakeholderSplit[] => {
    const executives = scoreOf('executive', dimension.id);
    if (executives === null) return [];
    const delivery = DELIVERY_ROLES.flatMap((role) => {
      const score = scoreOf(role, dimension.id);
      return score === null ? [] : [{ role, difference: round2(executives - score) }];
    });
    if (delivery.length === 0) return [];
    const higher = delivery.every((d) => d.difference >= EXECUTIVES_DELIVERY_GAP);
    const lower = delivery.every((d) => -d.difference >= EXECUTIVES_DELIVERY_GAP);
    if (!higher && !lower) return [];
    return [
      {
        dimension: dimension.id,
        dimensionName: dimension.name,
        kind: 'executives-delivery',
        roles: ['executive', ...delivery.map((d) => d.role)],
        executives: higher ? 'higher' : 'lower',
        explanation: say(
          msg(higher ? 'split.executivesHigher' : 'split.executivesLower', {
            dimension: dimension.name,
            delivery: delivery.map((d) => msg(`roleGroupInSentence.${d.role}`)),
          }),
        ),
      },
    ];
  });
};

/**
 * Every split of a team's published groups, in questionnaire order of the dimensions, the splits
 * within a role first. `groups` are the published groups with the members each counts per dimension;
 * `byRole` their published scores. Nothing else is read.
 */
export const splitsOf = (
  q: Questionnaire,
  groups: readonly SplitGroup[],
  byRole: readonly RoleScores[],
  k: number,
  say: Say = english,
): StakeholderSplit[] => {
  const found = [...withinRole(q, groups, k, say), ...executivesDelivery(q, byRole, say)];
  const order = new Map(q.dimensions.map((d, i) => [d.id, i]));
  return found
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (order.get(a.s.dimension) ?? 0) - (order.get(b.s.dimension) ?? 0) || a.i - b.i)
    .map(({ s }) => s);
};

/** One step down, never below low: a split does not make a rated dimension unrated. */
export const lowerConfidence = (c: Confidence): Confidence =>
  c === 'high' ? 'medium' : c === 'medium' ? 'low' : c;

/**
 * The maturity with the splits' confidence applied: each split dimension one step lower, and the
 * overall confidence one step lower when SPLIT_DIMENSIONS_FOR_OVERALL dimensions or more are split.
 */
export const withSplits = <
  M extends { confidence: Confidence; dimensions: readonly { id: string; confidence: Confidence }[] },
>(
  maturity: M,
  splits: readonly Pick<StakeholderSplit, 'dimension'>[] | undefined,
): M => {
  const split = new Set((splits ?? []).map((s) => s.dimension));
  if (split.size === 0) return maturity;
  return {
    ...maturity,
    confidence:
      split.size >= SPLIT_DIMENSIONS_FOR_OVERALL ? lowerConfidence(maturity.confidence) : maturity.confidence,
    dimensions: maturity.dimensions.map((d) =>
      split.has(d.id) ? { ...d, confidence: lowerConfidence(d.confidence) } : d,
    ),
  };
};
