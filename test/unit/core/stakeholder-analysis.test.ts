import { describe, expect, it } from 'vitest';
import { analyseStakeholders, QUESTIONNAIRE, type SubmittedResponse } from '../../../functions/core';
import { uniformAnswers } from './fixtures';

const response = (
  role: SubmittedResponse['role'],
  rating: number,
  expectations: string[] = [],
): SubmittedResponse => ({
  role,
  answers: uniformAnswers(rating),
  expectations,
});

describe('stakeholder analysis', () => {
  it('ranks the perception gap between executives and project managers', () => {
    const a = analyseStakeholders(QUESTIONNAIRE, [
      ...[4, 4, 5].map((r) => response('executive', r)),
      ...[2, 2, 1].map((r) => response('project-manager', r)),
    ]);
    expect(a.byRole.map((g) => g.role).sort()).toEqual(['executive', 'project-manager']);
    expect(a.gaps).toHaveLength(QUESTIONNAIRE.dimensions.length);
    expect(a.gaps[0]).toMatchObject({
      higher: { role: 'executive', score: 4.33 },
      lower: { role: 'project-manager', score: 1.67 },
      gap: 2.66,
    });
    expect(a.gaps[0]?.explanation).toMatch(/Executives rate/);
  });

  it('reports no gap when roles agree, and strong consensus', () => {
    const a = analyseStakeholders(QUESTIONNAIRE, [
      ...[3, 3, 3].map((r) => response('executive', r)),
      ...[3, 3, 3].map((r) => response('controller', r)),
    ]);
    expect(a.gaps).toEqual([]);
    expect(a.consensus.every((c) => c.consensus === 'strong')).toBe(true);
  });

  it('pools groups smaller than the minimum and hides a pool that is still too small', () => {
    const a = analyseStakeholders(QUESTIONNAIRE, [
      ...[3, 3, 3].map((r) => response('project-manager', r)),
      response('executive', 5),
      response('controller', 1),
    ]);
    expect(a.byRole.map((g) => g.role)).toEqual(['project-manager']);
    expect(a.hiddenRespondents).toBe(2);
    const b = analyseStakeholders(QUESTIONNAIRE, [
      ...[3, 3, 3].map((r) => response('project-manager', r)),
      response('executive', 5),
      response('controller', 1),
      response('team-member', 2),
    ]);
    const pooled = b.byRole.find((g) => g.role === 'pooled');
    expect(pooled?.roles.sort()).toEqual(['controller', 'executive', 'team-member']);
    expect(pooled?.respondents).toBe(3);
    expect(b.hiddenRespondents).toBe(0);
  });

  it('flags weak consensus when respondents disagree', () => {
    const a = analyseStakeholders(QUESTIONNAIRE, [
      response('other', 1),
      response('other', 5),
      response('other', 1),
      response('other', 5),
    ]);
    expect(a.consensus[0]).toMatchObject({ spread: 2, consensus: 'weak', respondents: 4 });
  });

  it('ranks expected PMO services by votes', () => {
    const a = analyseStakeholders(QUESTIONNAIRE, [
      response('executive', 3, ['status-reporting', 'prioritisation']),
      response('executive', 3, ['prioritisation']),
      response('executive', 3, []),
    ]);
    expect(a.expectations[0]).toMatchObject({ service: 'prioritisation', votes: 2, share: 1 });
    expect(a.expectations[1]).toMatchObject({ service: 'status-reporting', votes: 1, share: 0.5 });
  });
});
