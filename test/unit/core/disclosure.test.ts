import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAKEHOLDER_ROLES } from '../../../functions/contract/roles';
import { type CountedResponse, disclose, QUESTIONNAIRE } from '../../../functions/core';
import { runs } from '../../support/sample';

const QUESTIONS = QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((q) => q.id));

const response = fc.record({
  role: fc.constantFrom(...STAKEHOLDER_ROLES),
  rating: fc.integer({ min: 1, max: 5 }),
  skips: fc.boolean(),
  expectations: fc.subarray(['standards', 'coaching', 'assurance'], { maxLength: 3 }),
});

type Drawn = typeof response extends fc.Arbitrary<infer T> ? T : never;

const counted = (rs: Drawn[]): CountedResponse[] =>
  rs.map((r, i) => ({
    role: r.role,
    answers: Object.fromEntries(
      QUESTIONS.map((id, j) => [id, r.skips && j < 4 ? 'dont-know' : ((r.rating + j) % 5) + 1]),
    ),
    expectations: r.expectations,
    submittedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
  }));

describe('disclosure control', () => {
  it('publishes in batches of k, role groups in steps of k, and never leaves 1 to k−1 people derivable', () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (rs, asked) => {
        const all = counted(rs);
        let previous: ReturnType<typeof disclose> | null = null;
        for (let n = 0; n <= all.length; n++) {
          const d = disclose(QUESTIONNAIRE, all.slice(0, n), asked);
          const k = d.k;
          expect(k).toBeGreaterThanOrEqual(3);
          expect(d.published.length % k).toBe(0);
          for (const g of d.analysis.byRole) {
            expect(g.respondents).toBeGreaterThanOrEqual(k);
            if (g.role !== 'pooled') expect(g.respondents % k).toBe(0);
          }
          const rest = d.published.length - d.analysis.byRole.reduce((s, g) => s + g.respondents, 0);
          expect(rest === 0 || rest >= k).toBe(true);
          for (const c of d.analysis.consensus)
            if (c.spread !== null) {
              expect(c.respondents).toBeGreaterThanOrEqual(k);
              // Raters count in steps of k: no dimension moves by fewer than k people.
              expect(c.respondents % k).toBe(0);
            }
          for (const e of d.analysis.expectations)
            if (e.votes !== null) expect(e.votes === 0 || e.votes >= k).toBe(true);
          // One more submission changes no figure unless a whole batch is completed.
          if (previous && d.published.length === previous.published.length)
            expect(d.analysis).toEqual(previous.analysis);
          if (previous) expect(d.published.slice(0, previous.published.length)).toEqual(previous.published);
          previous = d;
        }
      }),
      { numRuns: runs(150) },
    );
  });
});
