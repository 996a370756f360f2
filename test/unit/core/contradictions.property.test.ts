import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, AnswerValue } from '../../../functions/contract/answers';
import {
  evaluate,
  QUESTIONNAIRE_2026_2,
  QUESTIONNAIRE_2026_3,
  scoreDimensions,
} from '../../../functions/core';
import { ceilingOf, credit, ownMean } from '../../../functions/core/contradictions';
import { MIN_RATED_QUESTIONS } from '../../../functions/core/evidence';
import { levelOf, round2 } from '../../../functions/core/numbers';
import { sayIn } from '../../../functions/i18n/engine';
import { loadAllLanguages } from '../../../functions/i18n/load';
import { runs } from '../../support/sample';
import { context } from './fixtures';

// French and German are imported on demand (functions/i18n/load.ts); these tests read them.
await loadAllLanguages();

/**
 * Contradictory answers (functions/core/contradictions.ts), swept over generated answer sets: no
 * credited level exceeds what its declared prerequisite supports, and answers that contradict no
 * prerequisite score exactly as they would without the rules.
 */
const Q = QUESTIONNAIRE_2026_3;
const WITHOUT_RULES = { ...Q, presupposes: undefined };
const RULES = Q.presupposes ?? [];
const IDS = Q.dimensions.flatMap((d) => d.questions.map((q) => q.id));

/** Whole dimensions high or low, so that contradictions are common rather than rare. */
const respondent: fc.Arbitrary<Answers> = fc
  .tuple(
    fc.array(fc.integer({ min: 1, max: 5 }), {
      minLength: Q.dimensions.length,
      maxLength: Q.dimensions.length,
    }),
    fc.array(
      fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: -1, max: 1 }) },
        { weight: 1, arbitrary: fc.constantFrom<'dont-know' | 'n/a' | null>('dont-know', 'n/a', null) },
      ),
      { minLength: IDS.length, maxLength: IDS.length },
    ),
  )
  .map(([levels, noise]) => {
    const answers: Record<string, AnswerValue> = {};
    let i = 0;
    for (const [d, dimension] of Q.dimensions.entries())
      for (const question of dimension.questions) {
        const n = noise[i++];
        if (n === null || n === undefined) continue;
        answers[question.id] =
          typeof n === 'number' ? (Math.max(1, Math.min(5, (levels[d] ?? 3) + n)) as AnswerValue) : n;
      }
    return answers as Answers;
  });

const creditedLevel = (answers: Answers, dimension: string): number | null => {
  const own = ownMean(Q, dimension, answers);
  if (own === null) return null;
  const ceiling = credit(Q, answers).ceilings.get(dimension);
  return levelOf(round2(ceiling !== undefined && own.mean > ceiling ? ceiling : own.mean));
};

describe('contradictory answers', () => {
  it('never credits a respondent a level above what their own prerequisite supports', () => {
    fc.assert(
      fc.property(respondent, (answers) => {
        for (const rule of RULES) {
          const subject = creditedLevel(answers, rule.subject.dimension);
          if (subject === null) continue;
          const base = ownMean(Q, rule.requires.dimension, answers);
          const baseLevel =
            base === null || base.rated < MIN_RATED_QUESTIONS
              ? null
              : creditedLevel(answers, rule.requires.dimension);
          expect(subject, rule.id).toBeLessThanOrEqual(ceilingOf(rule, baseLevel));
        }
        // What the quick check shows is the same credited level.
        for (const d of scoreDimensions(Q, [answers])) {
          if (d.level === null) continue;
          expect(d.level, d.id).toBe(creditedLevel(answers, d.id));
        }
      }),
      { numRuns: runs(300), seed: 2026 },
    );
  });

  it('scores answers that contradict no prerequisite exactly as without the rules, alone or in a team', () => {
    fc.assert(
      fc.property(fc.array(respondent, { minLength: 1, maxLength: 6 }), (sets) => {
        const contradicting = sets.filter((a) => credit(Q, a).ceilings.size > 0);
        const scored = scoreDimensions(Q, sets);
        if (contradicting.length === 0) expect(scored).toEqual(scoreDimensions(WITHOUT_RULES, sets));
        else
          for (const [i, d] of scored.entries()) {
            // Capping only ever lowers, and only where it is flagged.
            const plain = scoreDimensions(WITHOUT_RULES, sets)[i];
            expect(d.score ?? 0, d.id).toBeLessThanOrEqual(plain?.score ?? 0);
            if (d.score !== plain?.score) expect((d as { capped?: true }).capped, d.id).toBe(true);
          }
      }),
      { numRuns: runs(150), seed: 2027 },
    );
  });

  it('changes nothing for older editions, which declare no prerequisites', () => {
    const high: Answers = Object.fromEntries(
      QUESTIONNAIRE_2026_2.dimensions.flatMap((d) =>
        d.questions.map((q) => [q.id, d.id === 'standards' ? 1 : 5] as const),
      ),
    );
    expect(scoreDimensions(QUESTIONNAIRE_2026_2, [high]).find((d) => d.id === 'governance')?.level).toBe(5);
  });

  const governanceOnStandards = (governance: number, standards: number): Answers =>
    Object.fromEntries(
      Q.dimensions.flatMap((d) =>
        d.questions.map((q) => [
          q.id,
          d.id === 'governance' ? governance : d.id === 'standards' ? standards : 3,
        ]),
      ),
    ) as Answers;

  it('credits governance at 5 on standards at 1 only level 3, and says so to the one respondent', () => {
    const r = evaluate(Q, context(), [governanceOnStandards(5, 1)], { sensitivity: false });
    expect(r?.maturity.dimensions.find((d) => d.id === 'governance')).toMatchObject({ score: 3, level: 3 });
    expect(r?.evidence.reasons.join(' ')).toMatch(/In Governance and compliance, a practice is rated higher/);
  });

  it('tells a team only how many dimensions were capped, in every language, never whose answers', () => {
    const team = [governanceOnStandards(5, 1), governanceOnStandards(3, 3), governanceOnStandards(3, 3)];
    for (const [language, pattern] of [
      ['en', /^1 dimension was credited lower/],
      ['fr', /^1 dimension a été retenue/],
      ['de', /^1 Dimension wurde niedriger angerechnet/],
    ] as const) {
      const r = evaluate(Q, context(), team, { sensitivity: false, say: sayIn(language) });
      const reason = r?.evidence.reasons.find((x) => pattern.test(x));
      expect(reason, language).toBeDefined();
      expect(reason, language).not.toMatch(/Governance|Gouvernance/);
    }
  });
});
