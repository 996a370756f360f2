import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewsOf } from '../../../functions/core/action';
import { CORE_QUESTIONS } from '../../../functions/core/core-job';
import { QUESTIONNAIRE } from '../../../functions/core/questionnaire';
import { runs, sampled } from '../../support/sample';
import { respondentArb, SEED } from './arbitraries';

/**
 * Whether an office in place fails at its core job reads single questions' means (core-job.ts). In
 * a team, a question rated by fewer than k people must decide nothing: the action would otherwise
 * tell a reader how one or two people rated it (docs/privacy.md: no published conclusion rests on
 * fewer than k submissions). Two worlds that differ only in such a question's ratings read the same.
 */
const CORE = [...new Set(Object.values(CORE_QUESTIONS).flat())];

describe('the core job of an office in place is read from questions at least k people rated', () => {
  it('in a team, no question rated by fewer than k people is read, and changing its ratings changes nothing', () => {
    let reached = 0;
    fc.assert(
      fc.property(
        fc.array(respondentArb, { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 3, max: 5 }),
        fc.constantFrom(...CORE),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(1, 5),
        (team, k, id, raters, rating) => {
          const few = Math.min(raters, k - 1, team.length);
          const world = (r: 1 | 5) =>
            team.map((a, i) => ({ ...a, [id]: i === 0 ? r : i < few ? 1 : ('dont-know' as const) }));
          const views = viewsOf(QUESTIONNAIRE, world(rating), k);
          for (const [question, _] of Object.entries(views.questions ?? {})) {
            const rated = world(rating).filter((a) => typeof a[question] === 'number').length;
            expect(rated).toBeGreaterThanOrEqual(k);
          }
          reached += 1;
          expect(views.questions?.[id]).toBeUndefined();
          expect(viewsOf(QUESTIONNAIRE, world(rating === 1 ? 5 : 1), k).questions).toEqual(views.questions);
        },
      ),
      { numRuns: runs(100), ...SEED },
    );
    expect(reached).toBeGreaterThan(sampled(50));
  });
});
