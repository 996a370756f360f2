import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import { CONTRADICTED_FROM_LEVEL } from '../../../functions/core/context-check';
import { MAX_LEVEL_ON_THIN_EVIDENCE } from '../../../functions/core/evidence';
import { runs } from '../../support/sample';
import { contextArb, evaluated, SEED } from './arbitraries';
import { ALL_QUESTIONS } from './fixtures';

/**
 * Answers the context contradicts are not credited: an organisation that says nobody in it has
 * project-management expertise, no project managers and no office cannot be running defined practice, so where its answers claim it
 * the result is a direction only, at low confidence, whoever and however many answered.
 */

/** A respondent who rates most questions high: the answers that claim defined practice. */
const highRespondent: fc.Arbitrary<Answers> = fc
  .array(
    fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: 3, max: 5 }) },
      { weight: 1, arbitrary: fc.constant('dont-know' as const) },
    ),
    {
      minLength: ALL_QUESTIONS.length,
      maxLength: ALL_QUESTIONS.length,
    },
  )
  .map((values) => Object.fromEntries(ALL_QUESTIONS.map((q, i) => [q.id, values[i] as Answers[string]])));
const highTeam = fc.array(highRespondent, { minLength: 1, maxLength: 6 });

describe('answers the context contradicts', () => {
  it('with no expertise in the organisation, a claim of defined practice is a direction at low confidence', () => {
    let contradicted = 0;
    fc.assert(
      fc.property(contextArb, highTeam, (c, team) => {
        // Nobody leads projects, nobody knows how, and no office keeps any practice up.
        const nobody = { ...c, projectManagers: 0, existingPmo: 'none' as const, existingPmoFte: undefined };
        const none = evaluated({ ...nobody, pmExpertise: 'none' }, team);
        const basic = evaluated({ ...nobody, pmExpertise: 'basic' }, team);
        if (!none || !basic) return;
        // The same answers from an organisation with expertise: what they would be credited.
        if (basic.maturity.level < CONTRADICTED_FROM_LEVEL) {
          expect(none.maturity.level).toBe(basic.maturity.level);
          return;
        }
        contradicted++;
        expect(none.maturity.level).toBeLessThanOrEqual(MAX_LEVEL_ON_THIN_EVIDENCE);
        expect(none.maturity.confidence).toBe('low');
        expect(none.evidence.status).toBe('insufficient');
        // A direction: nothing is staffed or costed on answers nobody can stand behind.
        expect(none.pmo.staffing ?? null).toBeNull();
        expect(none.pmo.cost ?? null).toBeNull();
        // Never credited more than the same answers where the context agrees with them.
        expect(none.maturity.level).toBeLessThanOrEqual(basic.maturity.level);
      }),
      { numRuns: runs(80), ...SEED },
    );
    expect(contradicted).toBeGreaterThan(20);
  });
});
