import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, AnswerValue } from '../../../functions/contract/answers';
import { evaluate, QUESTIONNAIRE, scoreMaturity } from '../../../functions/core';
import { runs } from '../../support/sample';
import { ALL_QUESTIONS, context, uniformAnswers } from './fixtures';

const rating = fc.integer({ min: 1, max: 5 });
const answerValue: fc.Arbitrary<AnswerValue> = fc.oneof(
  rating,
  fc.constant('dont-know' as const),
  fc.constant('n/a' as const),
);
/** A partial answer set with at least one real rating. */
const answers: fc.Arbitrary<Answers> = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...ALL_QUESTIONS.map((q) => q.id)), answerValue),
    fc.constantFrom(...ALL_QUESTIONS.map((q) => q.id)),
    rating,
  )
  .map(([set, id, r]) => ({ ...set, [id]: r }));
const contextArb = fc.record({
  employees: fc.integer({ min: 1, max: 100_000 }),
  concurrentProjects: fc.integer({ min: 0, max: 500 }),
  projectManagers: fc.integer({ min: 0, max: 200 }),
  pmExpertise: fc.constantFrom('none', 'basic', 'strong'),
  urgency: fc.constantFrom('low', 'medium', 'high'),
  controlAppetite: fc.constantFrom('low', 'medium', 'high'),
  resourceContention: fc.constantFrom('low', 'medium', 'high'),
  horizon: fc.constantFrom('temporary', 'lasting'),
} as const);

const dimensionOf = (questionId: string) => ALL_QUESTIONS.find((q) => q.id === questionId)?.dimension;

describe('maturity scoring properties', () => {
  it('raising any rating never lowers its dimension score nor the overall score or level', () => {
    fc.assert(
      fc.property(answers, fc.nat(), fc.integer({ min: 1, max: 4 }), (set, pick, by) => {
        const rated = Object.entries(set).filter(([, v]) => typeof v === 'number') as [string, number][];
        const [id, value] = rated[pick % rated.length] as [string, number];
        const raised = { ...set, [id]: Math.min(5, value + by) };
        const before = scoreMaturity(QUESTIONNAIRE, [set]);
        const after = scoreMaturity(QUESTIONNAIRE, [raised]);
        if (!before || !after) throw new Error('a rated set must score');
        const dim = dimensionOf(id);
        const scoreIn = (m: typeof before) => m.dimensions.find((d) => d.id === dim)?.score ?? 0;
        expect(scoreIn(after)).toBeGreaterThanOrEqual(scoreIn(before));
        expect(after.overall).toBeGreaterThanOrEqual(before.overall);
        expect(after.level).toBeGreaterThanOrEqual(before.level);
      }),
    );
  });

  it('keeps every score and level in range, and every dimension within its question count', () => {
    fc.assert(
      fc.property(fc.array(answers, { minLength: 1, maxLength: 5 }), (sets) => {
        const m = scoreMaturity(QUESTIONNAIRE, sets);
        if (!m) {
          // Only a team in which nobody rated two questions of any one dimension has no score.
          expect(sets.length).toBeGreaterThan(1);
          for (const set of sets)
            for (const d of QUESTIONNAIRE.dimensions)
              expect(d.questions.filter((q) => typeof set[q.id] === 'number').length).toBeLessThan(2);
          return;
        }
        expect(m.overall).toBeGreaterThanOrEqual(1);
        expect(m.overall).toBeLessThanOrEqual(5);
        expect([1, 2, 3, 4, 5]).toContain(m.level);
        for (const d of m.dimensions) {
          if (d.score !== null) {
            expect(d.score).toBeGreaterThanOrEqual(1);
            expect(d.score).toBeLessThanOrEqual(5);
            expect(d.level).toBe(Math.floor(d.score));
          }
          expect(d.questionsAnswered).toBeLessThanOrEqual(d.questions);
        }
      }),
    );
  });

  it('ignores "don\'t know" and "n/a" completely', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom('dont-know' as const, 'n/a' as const), (set, choice) => {
        const cleaned = Object.fromEntries(Object.entries(set).filter(([, v]) => typeof v === 'number'));
        const unanswered = ALL_QUESTIONS.filter((q) => !(q.id in cleaned)).map((q) => [q.id, choice]);
        const padded = { ...cleaned, ...Object.fromEntries(unanswered) };
        expect(scoreMaturity(QUESTIONNAIRE, [padded])).toEqual(scoreMaturity(QUESTIONNAIRE, [cleaned]));
        expect(scoreMaturity(QUESTIONNAIRE, [set])).toEqual(scoreMaturity(QUESTIONNAIRE, [cleaned]));
      }),
    );
  });

  it('is deterministic: the same input gives the same result, fit scores in range', () => {
    fc.assert(
      fc.property(contextArb, answers, (ctx, set) => {
        const a = evaluate(QUESTIONNAIRE, ctx, [set]);
        const b = evaluate(QUESTIONNAIRE, structuredClone(ctx), [structuredClone(set)]);
        expect(a).toEqual(b);
        if (!a) throw new Error('a rated set must evaluate');
        expect(a.pmo.fit.map((f) => f.model).sort()).toEqual([
          'control-tower',
          'resource-source',
          'weather-station',
        ]);
        for (const f of a.pmo.fit) expect(f.score).toBeGreaterThanOrEqual(0);
        for (const f of a.pmo.fit) expect(f.score).toBeLessThanOrEqual(100);
        // Eligible models first, each group best first.
        const order = a.pmo.fit.map((f) => [f.eligible ? 1 : 0, f.score] as const);
        expect(order).toEqual([...order].sort((x, y) => y[0] - x[0] || y[1] - x[1]));
        expect(a.pmo.needed).toBe(a.pmo.model !== null);
      }),
      { numRuns: runs(200) },
    );
  });

  it('gives level 1 to all answers at 1 and level 5 to all answers at 5', () => {
    expect(scoreMaturity(QUESTIONNAIRE, [uniformAnswers(1)])).toMatchObject({ overall: 1, level: 1 });
    expect(scoreMaturity(QUESTIONNAIRE, [uniformAnswers(5)])).toMatchObject({ overall: 5, level: 5 });
  });

  it('scores nothing when no question carries a rating', () => {
    expect(scoreMaturity(QUESTIONNAIRE, [{}])).toBeNull();
    expect(evaluate(QUESTIONNAIRE, context(), [{ 'std-method': 'dont-know' }])).toBeNull();
  });
});
