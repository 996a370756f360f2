import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rates } from '../../../functions/contract/api';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { spendShareFor } from '../../../functions/core/office/spend-share';
import { runs, sampled } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';

/**
 * Round 18: the headline cost and the sourcing label include every person the plan buys in. An own
 * office whose lead nobody inside can be brings that lead in on contract; the reviewers' reason,
 * written here and not read from the engine: the money a sponsor signs for is the headline, so a
 * contract lead's premium belongs in it (and in the spend ceiling the office is held to), and the
 * label says who is bought in.
 */

/** Urgent needs with no office in place and few or no able project managers: where a contract lead is brought in. */
const urgentArb: fc.Arbitrary<OrganisationContext> = contextArb.chain((c) =>
  fc
    .record({
      employees: fc.integer({ min: 20, max: 5_000 }),
      concurrentProjects: fc.integer({ min: 1, max: 30 }),
      projectManagers: fc.integer({ min: 0, max: 2 }),
      pmExpertise: fc.constantFrom('none', 'basic' as const),
      annualProjectBudget: fc.option(fc.integer({ min: 300_000, max: 60_000_000 }), { nil: undefined }),
    })
    .map(
      (x): OrganisationContext => ({
        ...c,
        ...x,
        urgency: 'high',
        existingPmo: 'none',
        existingPmoFte: undefined,
      }),
    ),
);
const RATES: Rates = { currency: 'GBP', dayRate: 420, externalDayRate: 950 };
const DAYS = 220;
const LEAD =
  /Included in the office’s cost: its lead \((\d+(?:\.\d+)?) FTE\) is an experienced interim on contract for (\d+) months/;

const run = (predicate: (c: OrganisationContext, r: Result) => boolean | undefined, numRuns = 500) => {
  let applied = 0;
  fc.assert(
    fc.property(urgentArb, teamArb, (c, team) => {
      const r = evaluate(QUESTIONNAIRE, c, team, { sensitivity: false, rates: RATES });
      if (r && predicate(c, r)) applied += 1;
    }),
    { numRuns: runs(numRuns), ...SEED },
  );
  return applied;
};

const contractLeadOf = (r: Result) => {
  const m = (r.pmo.cost?.assumptions ?? []).map((a) => LEAD.exec(a)).find((x) => x !== null);
  return m ? { fte: Number(m[1]), months: Number(m[2]) } : null;
};

describe('a contract lead is in the headline cost, the spend ceiling and the label', () => {
  it('the yearly cost is the own people at the own rate and the contract lead at the outside rate', () => {
    const applied = run((c, r) => {
      const lead = contractLeadOf(r);
      const { staffing, cost } = r.pmo;
      if (!lead || !staffing || !cost) return;
      expect(r.pmo.sourcing).toBe('internal');
      // For a push while it runs; for a lasting office until an own lead is hired, within the year.
      const share = c.horizon === 'temporary' ? 1 : Math.min(12, lead.months) / 12;
      for (const fte of [staffing.fte.min, staffing.fte.max]) {
        const expected = (fte * 420 + Math.min(lead.fte, fte) * share * (950 - 420)) * DAYS;
        const shown = fte === staffing.fte.min ? cost.annual.min : cost.annual.max;
        expect(Math.abs(shown - expected)).toBeLessThanOrEqual(1_000);
      }
      // The label says what is bought in.
      expect(r.pmo.rationale.some((x) => x.startsWith('What is bought in:'))).toBe(true);
      // Nothing the plan brings in for the lead is left beside the cost.
      expect(
        (r.pmo.cost?.assumptions ?? []).some((a) => a.startsWith('Not in the office’s cost: its lead')),
      ).toBe(false);
      return true;
    });
    expect(applied).toBeGreaterThan(sampled(30));
  });

  it('with the spend stated, the office with its contract lead in it stays within the spend ceiling', () => {
    const applied = run((c, r) => {
      const lead = contractLeadOf(r);
      const spend = c.annualProjectBudget;
      if (!lead || !r.pmo.cost || spend === undefined) return;
      expect(r.pmo.cost.annual.max).toBeLessThanOrEqual(spendShareFor(c) * spend + 1_000);
      return true;
    });
    expect(applied).toBeGreaterThan(15);
  });
});
