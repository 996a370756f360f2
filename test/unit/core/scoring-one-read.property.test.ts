import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { DimensionScore } from '../../../functions/contract/result';
import { QUESTIONNAIRE } from '../../../functions/core';
import { credit, ownMean } from '../../../functions/core/contradictions';
import { mean, round2 } from '../../../functions/core/numbers';
import {
  countedScore,
  countsInDimension,
  ownRatingsToCount,
  respondentScore,
  scoreDimensions,
} from '../../../functions/core/scoring';
import { runs } from '../../support/sample';
import { respondentArb, SEED } from './arbitraries';

/**
 * Scoring reads every answer once and credits each respondent from the sums it already has. Its
 * figures must be, to the last bit, those of the definition read respondent by respondent: each
 * question's mean rating, and each dimension's mean of its respondents' own means, each held to
 * the ceiling credit() gives that respondent's own answers.
 */

const isRating = (a: Answers[string] | undefined): a is number => typeof a === 'number';

describe('scoring in one read of the answers', () => {
  it('gives every figure the per-respondent definition gives', () => {
    let capped = 0;
    fc.assert(
      fc.property(fc.array(respondentArb, { minLength: 1, maxLength: 40 }), (team) => {
        const scored = scoreDimensions(QUESTIONNAIRE, team) as (DimensionScore & { capped?: true })[];
        const minOwn = ownRatingsToCount(team.length);
        const ceilings = team.map((a) => credit(QUESTIONNAIRE, a).ceilings);
        QUESTIONNAIRE.dimensions.forEach((dimension, k) => {
          const got = scored[k];
          const own = team.flatMap((a, i) => {
            const m = ownMean(QUESTIONNAIRE, dimension.id, a);
            if (m === null || m.rated < minOwn) return [];
            const ceiling = ceilings[i]?.get(dimension.id);
            return [ceiling !== undefined && m.mean > ceiling ? ceiling : m.mean];
          });
          expect(got?.score).toBe(own.length > 0 ? round2(mean(own)) : null);
          expect(got?.capped === true).toBe(
            team.some((a, i) => {
              const m = ownMean(QUESTIONNAIRE, dimension.id, a);
              const ceiling = ceilings[i]?.get(dimension.id);
              return m !== null && m.rated >= minOwn && ceiling !== undefined && m.mean > ceiling;
            }),
          );
          if (got?.capped) capped += 1;
          dimension.questions.forEach((question, j) => {
            const ratings = team.map((a) => a[question.id]).filter(isRating);
            expect(got?.questionScores[j]).toEqual({
              id: question.id,
              score: ratings.length > 0 ? round2(mean(ratings)) : null,
              ratings: ratings.length,
            });
          });
        });
      }),
      { numRuns: runs(200), ...SEED },
    );
    // The crediting is reached: some respondents' dimensions are held to a ceiling.
    expect(capped).toBeGreaterThan(10);
  });

  it("reads a respondent's counted score of a dimension in one pass: the score where they count, null elsewhere", () => {
    const seen = { counted: 0, not: 0 };
    fc.assert(
      fc.property(respondentArb, (answers) => {
        for (const d of QUESTIONNAIRE.dimensions) {
          const counts = countsInDimension(d, answers);
          expect(countedScore(d, answers)).toBe(counts ? respondentScore(d, answers) : null);
          seen[counts ? 'counted' : 'not'] += 1;
        }
      }),
      { numRuns: runs(200), ...SEED },
    );
    expect(seen.counted).toBeGreaterThan(100);
    expect(seen.not).toBeGreaterThan(10);
  });
});
