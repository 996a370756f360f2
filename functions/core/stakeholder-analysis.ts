import type { Answers } from '../contract/answers';
import type { Consensus, PerceptionGap, RoleScores, StakeholderAnalysis } from '../contract/result';
import { STAKEHOLDER_ROLES, type StakeholderRole } from '../contract/roles';
import { MIN_GROUP_SIZE } from './group-size';
import { round2, spread } from './numbers';
import type { Questionnaire } from './questionnaire';
import { english, msg, type Say, unsaid } from './say';
import { respondentScore, scoreDimensions, scoreMaturity } from './scoring';
import { splitGroups, splitsOf } from './splits';

export interface SubmittedResponse {
  role: StakeholderRole;
  answers: Answers;
  /** Ids of the PMO services this stakeholder expects most. */
  expectations: readonly string[];
}

export { MIN_GROUP_SIZE } from './group-size';
/** A difference between two groups' scores worth discussing, in score points. */
export const GAP_THRESHOLD = 1;

export const consensusOf = (s: number, n: number): Consensus['consensus'] =>
  n < 2 ? 'unknown' : s < 0.5 ? 'strong' : s < 1 ? 'moderate' : 'weak';

const groupScores = (
  q: Questionnaire,
  role: RoleScores['role'],
  roles: StakeholderRole[],
  members: SubmittedResponse[],
): RoleScores => {
  const sets = members.map((m) => m.answers);
  // scoreMaturity is null only when nothing is rated; then every dimension is unrated too.
  const maturity = scoreMaturity(q, sets, unsaid); // only its figures are shown: nothing to render
  const dimensions = maturity?.dimensions ?? scoreDimensions(q, sets);
  return {
    role,
    roles,
    respondents: members.length,
    overall: maturity?.overall ?? null,
    dimensions: dimensions.map((d) => ({ id: d.id, score: d.score })),
  };
};

/** Groups by role; groups smaller than minGroupSize are pooled, and a pool still too small is hidden. */
const groupByRole = (q: Questionnaire, responses: readonly SubmittedResponse[], minGroupSize: number) => {
  const byRole = new Map<StakeholderRole, SubmittedResponse[]>();
  for (const r of responses) {
    const group = byRole.get(r.role);
    if (group) group.push(r);
    else byRole.set(r.role, [r]);
  }
  const shown: RoleScores[] = [];
  const pooled: SubmittedResponse[] = [];
  const pooledRoles: StakeholderRole[] = [];
  // Fixed role order keeps the output deterministic whatever order responses arrive in.
  for (const role of STAKEHOLDER_ROLES) {
    const members = byRole.get(role);
    if (!members) continue;
    if (members.length >= minGroupSize) shown.push(groupScores(q, role, [role], members));
    else {
      pooled.push(...members);
      pooledRoles.push(role);
    }
  }
  let hiddenRespondents = 0;
  if (pooled.length >= minGroupSize) shown.push(groupScores(q, 'pooled', pooledRoles, pooled));
  else hiddenRespondents = pooled.length;
  const members = new Map<RoleScores['role'], SubmittedResponse[]>(
    shown.map((g) => [g.role, g.role === 'pooled' ? pooled : (byRole.get(g.role) ?? [])]),
  );
  return { shown, hiddenRespondents, members };
};

export const gapsBetween = (
  q: Questionnaire,
  groups: readonly RoleScores[],
  say: Say = english,
): PerceptionGap[] =>
  q.dimensions
    .flatMap((dimension) => {
      const rated = groups
        .map((g) => ({ role: g.role, score: g.dimensions.find((d) => d.id === dimension.id)?.score ?? null }))
        .filter((g): g is { role: RoleScores['role']; score: number } => g.score !== null);
      if (rated.length < 2) return [];
      const higher = rated.reduce((a, b) => (b.score > a.score ? b : a));
      const lower = rated.reduce((a, b) => (b.score < a.score ? b : a));
      const gap = round2(higher.score - lower.score);
      if (gap < GAP_THRESHOLD) return [];
      return [
        {
          dimension: dimension.id,
          dimensionName: dimension.name,
          higher,
          lower,
          gap,
          explanation: say(
            msg('gap.explanation', {
              higher: msg(`roleGroup.${higher.role}`),
              lower: msg(`roleGroupInSentence.${lower.role}`),
              dimension: dimension.name,
              higherScore: higher.score,
              lowerScore: lower.score,
              gap,
            }),
          ),
        },
      ];
    })
    .sort((a, b) => b.gap - a.gap);

/** How the roles see the organisation: scores by role, consensus, gaps and expectations. */
export const analyseStakeholders = (
  q: Questionnaire,
  responses: readonly SubmittedResponse[],
  minGroupSize = MIN_GROUP_SIZE,
): StakeholderAnalysis => {
  const { shown, hiddenRespondents, members } = groupByRole(q, responses, minGroupSize);
  const perRespondent = responses.map((r) => q.dimensions.map((d) => respondentScore(d, r.answers)));
  const consensus: Consensus[] = q.dimensions.map((dimension, i) => {
    const scores = perRespondent.map((dims) => dims[i]).filter((s): s is number => typeof s === 'number');
    const s = scores.length > 0 ? round2(spread(scores)) : 0;
    return {
      dimension: dimension.id,
      dimensionName: dimension.name,
      spread: s,
      respondents: scores.length,
      consensus: consensusOf(s, scores.length),
    };
  });
  const voters = responses.filter((r) => r.expectations.length > 0).length;
  const expectations = q.services
    .map((service) => {
      const votes = responses.filter((r) => r.expectations.includes(service.id)).length;
      return {
        service: service.id,
        label: service.label,
        votes,
        share: voters === 0 ? 0 : round2(votes / voters),
      };
    })
    .sort((a, b) => b.votes - a.votes);
  return {
    minGroupSize,
    byRole: shown,
    hiddenRespondents,
    consensus,
    gaps: gapsBetween(q, shown),
    splits: splitsOf(
      q,
      splitGroups(
        q,
        shown.map((g) => ({ role: g.role, answers: (members.get(g.role) ?? []).map((m) => m.answers) })),
      ),
      shown,
      minGroupSize,
    ),
    expectations,
  };
};
