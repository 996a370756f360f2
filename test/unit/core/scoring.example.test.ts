import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE, scoreMaturity } from '../../../functions/core';
import { uniformAnswers } from './fixtures';

describe('the worked example of docs/scoring.md', () => {
  it('scores 2.80 at level 2 when one dimension is at 1 and the rest at 3', () => {
    const m = scoreMaturity(QUESTIONNAIRE, [uniformAnswers(3, { resources: 1 })]);
    expect(m).toMatchObject({ overall: 2.8, level: 2 });
  });

  it('caps the level one above the weakest dimension and says so', () => {
    const m = scoreMaturity(QUESTIONNAIRE, [uniformAnswers(4, { resources: 1 })]);
    expect(m).toMatchObject({ overall: 3.7, level: 2 });
    expect(m?.explanation.join(' ')).toMatch(/Capped at level 2.*Resource management/);
  });

  it('pools ratings per question across respondents, so partial answers count for what they cover', () => {
    const m = scoreMaturity(QUESTIONNAIRE, [{ 'std-method': 1, 'std-templates': 5 }, { 'std-method': 3 }]);
    const standards = m?.dimensions.find((d) => d.id === 'standards');
    expect(standards).toMatchObject({
      score: 3.5,
      level: 3,
      answered: 3,
      questionsAnswered: 2,
      confidence: 'medium',
    });
  });
});
