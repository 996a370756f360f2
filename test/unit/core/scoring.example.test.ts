import { describe, expect, it } from 'vitest';
import { evaluate, QUESTIONNAIRE, QUESTIONNAIRE_2026_2, scoreMaturity } from '../../../functions/core';
import { context, uniformAnswers } from './fixtures';

describe('the worked example of docs/scoring.md', () => {
  const answers = uniformAnswers(3, { resources: 1 });

  it('scores 2.83 at level 2: the mean of twelve dimensions, eleven at 3 and one at 1', () => {
    const m = scoreMaturity(QUESTIONNAIRE, [answers]);
    expect(m).toMatchObject({ overall: 2.83, level: 2, confidence: 'medium', respondents: 1 });
    expect(m?.basis).toHaveLength(12);
    expect(m?.explanation.join(' ')).toMatch(/Weakest dimension: Resource management at 1\.00/);
  });

  it('no longer caps the level by the weakest dimension: eleven at 4 and one at 1 is level 3', () => {
    const m = scoreMaturity(QUESTIONNAIRE, [uniformAnswers(4, { resources: 1 })]);
    expect(m).toMatchObject({ overall: 3.75, level: 3 });
  });

  it('one respondent makes the evidence provisional and every dimension at most medium', () => {
    const r = evaluate(QUESTIONNAIRE, context(), [answers], { sensitivity: false });
    expect(r?.evidence.status).toBe('provisional');
    expect(r?.evidence.reasons.join(' ')).toMatch(/At least 3 respondents/);
    expect(new Set(r?.maturity.dimensions.map((d) => d.confidence))).toEqual(new Set(['medium']));
  });

  it('25 projects and 8 project managers get a one-person control tower sized from three services, need 72 of 40', () => {
    const r = evaluate(QUESTIONNAIRE, context({ concurrentProjects: 25, projectManagers: 8 }), [answers], {
      sensitivity: false,
    });
    expect(r?.pmo).toMatchObject({
      needed: true,
      shape: 'portfolio',
      model: 'control-tower',
      sourcing: 'internal',
      action: 'establish',
    });
    expect(r?.pmo.need).toMatchObject({ score: 72, threshold: 40, base: 0 });
    expect(r?.pmo.fit.map((f) => [f.model, f.score, f.eligible])).toEqual([
      ['control-tower', 80, true],
      ['weather-station', 60, true],
      ['resource-source', 55, false],
    ]);
    // Resources at 1 puts capacity planning first; status reporting is the office's core and a
    // portfolio office always puts its portfolio in order. Under one person's worth of services one
    // person holds the office: no hours of leading on top (round 20). 0.76 to 1.1 FTE.
    expect(r?.pmo.services.map((s) => [s.id, s.hoursPerWeek])).toEqual([
      ['capacity-planning', 7.5],
      ['status-reporting', 18.8],
      ['portfolio-prioritisation', 9.5],
    ]);
    expect(r?.pmo.staffing?.fte).toEqual({ min: 0.76, max: 1.1 });
    expect(r?.pmo.cost?.annual).toEqual({ min: 84000, max: 121000 });
    expect(r?.pmo.kpis.map((k) => k.kind)).toEqual([
      'outcome',
      'outcome',
      'outcome',
      'outcome',
      'maturity',
      'maturity',
    ]);
    expect(r?.evidence.reasons).toHaveLength(1);
  });

  it('counts each respondent once in the dimension, pools ratings per question, and flags questions that disagree', () => {
    // The example's question ids are edition 2026.2's, as docs/scoring.md gives them.
    const m = scoreMaturity(QUESTIONNAIRE_2026_2, [
      { 'std-method': 1, 'std-templates': 5 },
      { 'std-method': 3 },
    ]);
    const standards = m?.dimensions.find((d) => d.id === 'standards');
    // The first respondent's own mean is 3, the second's 3: the dimension scores 3 (the questions'
    // means, 2 and 5, would give 3.5 and weigh the one rating of std-templates as much as two).
    expect(standards).toMatchObject({
      score: 3,
      level: 3,
      answered: 3,
      questionsAnswered: 2,
      spread: 1.5,
      consistent: false,
      sufficient: false,
      confidence: 'low',
    });
    expect(standards?.questionScores.slice(0, 2)).toEqual([
      { id: 'std-method', score: 2, ratings: 2 },
      { id: 'std-templates', score: 5, ratings: 1 },
    ]);
  });
});
