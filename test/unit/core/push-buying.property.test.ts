import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { runs, sampled } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';
import { asKeys, read } from './said';

/** The practitioners' bound, written as theirs: a push buys its outside part in a sixth of its weeks at most, or a two-week call-off. */
const mostBuyingWeeks = (months: number): number => Math.max(2, Math.floor((months * 52) / 12 / 6));

const BUYING = ['plan.procurementAndServiceLevels', 'plan.callOffSeat'];

describe('a push buys its outside part within its own tempo', () => {
  it('never spends more than a sixth of its weeks on procurement or a call-off', () => {
    let bought = 0;
    fc.assert(
      fc.property(contextArb, teamArb, fc.integer({ min: 3, max: 36 }), (c0, team: Answers[], months) => {
        const c: OrganisationContext = {
          ...c0,
          horizon: 'temporary',
          horizonMonths: months,
          urgency: 'high',
        };
        const r = evaluate(QUESTIONNAIRE, c, team, { say: asKeys, sensitivity: false }) as Result | null;
        for (const phase of r?.rollout.phases ?? []) {
          if (!BUYING.includes(read(phase.name).key)) continue;
          bought++;
          expect(phase.durationWeeks, JSON.stringify(c)).toBeLessThanOrEqual(mostBuyingWeeks(months));
        }
      }),
      { numRuns: runs(120), ...SEED },
    );
    expect(bought).toBeGreaterThan(sampled(5));
  });
});
