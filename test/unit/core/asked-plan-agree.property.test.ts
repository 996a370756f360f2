import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { runs, sampled } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';

/**
 * Round 28: the answer to what stakeholders asked agrees with the plan. Risk support, asked for by
 * everyone, was "not answered, nobody holds the mandate" beside a plan whose first phase starts one
 * shared risk list. The oracle reads the plan's own words, not the engine's table of steps.
 */

/** What a plan step says when it starts a risk or status register (every edition's English words). */
const STARTS: Record<string, RegExp> = {
  'risk-support': /\brisk (and issue )?(list|register)/i,
  'status-reporting': /\b(weekly|fortnightly) (one-line )?status\b|\bstatus round\b/i,
};

describe('a service said not answered is never started by a plan step', () => {
  it('risk support and status reporting asked for by everyone: the answer and the plan agree', () => {
    let unanswered = 0;
    let started = 0;
    fc.assert(
      fc.property(contextArb, teamArb, (c, team) => {
        const expectations = { 'risk-support': 1, 'status-reporting': 1 };
        const r = evaluate(QUESTIONNAIRE, c, team, { sensitivity: false, expectations });
        if (!r?.rollout.phases) return;
        const activities = r.rollout.phases.flatMap((p) => p.activities);
        for (const e of r.pmo.expectations) {
          const pattern = STARTS[e.service];
          if (!pattern) continue;
          const step = activities.find((a) => pattern.test(a));
          if (step) started++;
          if (e.answered) continue;
          unanswered++;
          expect({ service: e.service, step }).toEqual({ service: e.service, step: undefined });
        }
      }),
      { numRuns: runs(120), ...SEED },
    );
    expect(started).toBeGreaterThan(sampled(120) / 4);
    expect(unanswered + started).toBeGreaterThan(0);
  });
});
