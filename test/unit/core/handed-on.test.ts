import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import { QUESTIONNAIRE_2026_2, scoreDimensions, withoutHandedOn } from '../../../functions/core';
import { countedSubmissions } from '../../../functions/services/respondents';
import type { StakeholderRecord } from '../../../functions/store/records';

const standards = QUESTIONNAIRE_2026_2.dimensions.find((d) => d.id === 'standards');
const ids = standards?.questions.map((q) => q.id) ?? [];

describe('a question handed on as "not my area"', () => {
  it('counts as neither a rating nor a "don’t know": the dimension is scored from the others alone', () => {
    const [a, b, c, d] = ids as [string, string, string, string];
    const given: Answers = { [a]: 4, [b]: 2, [c]: 'dont-know' };
    const [score] = scoreDimensions(QUESTIONNAIRE_2026_2, [withoutHandedOn(given, [d])]);
    expect(score?.answered).toBe(2);
    expect(score?.questionsAnswered).toBe(2);
    expect(score?.score).toBe(3);
    expect(score?.questionScores.find((q) => q.id === d)).toMatchObject({ score: null, ratings: 0 });
  });

  it('drops a rating that lingers beside a hand-on, so the submission scores as if it were never rated', () => {
    const [a, b] = ids as [string, string];
    const record = {
      role: 'team-member',
      answers: { [a]: 5, [b]: 1 },
      handedOn: [b],
      expectations: [],
      submittedAt: '2026-11-22T06:00:00.000Z',
    } as unknown as StakeholderRecord;
    const [counted] = countedSubmissions({ stakeholders: [record], retired: [] });
    expect(counted?.answers).toEqual({ [a]: 5 });
    expect(withoutHandedOn({ [a]: 5 }, undefined)).toEqual({ [a]: 5 });
  });
});
