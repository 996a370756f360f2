import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rates } from '../../../functions/contract/api';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { runs, sampled } from '../../support/sample';
import { contextArb, SEED } from './arbitraries';
import { ALL_QUESTIONS } from './fixtures';
import { asKeys, read, type Said } from './said';

/**
 * Round 28: the accountable lead of an urgent push with no office in place is someone who has led
 * such work at its pace. Where its project managers are basic at best, an own office's lead comes on
 * contract, in the office's staffing and its headline cost, and the spend ceiling holds the office
 * with that lead in it; where the ceiling leaves no room, an own lead is coached from outside. The
 * plan names the same person as the cost prices. Properties over generated organisations, read
 * through a `say` that returns each message as its key and values.
 */

/**
 * Urgent pushes with no office in place, basic or no expertise: mostly of the size where an own
 * office with one outside person is the answer (a few dozen to a few thousand people, a handful to
 * a few dozen projects), some of any size and spend.
 */
const pushArb: fc.Arbitrary<OrganisationContext> = fc
  .tuple(
    contextArb,
    fc.integer({ min: 0, max: 12 }),
    fc.option(fc.integer({ min: 500_000, max: 40_000_000 }), { nil: undefined, freq: 6 }),
    fc.integer({ min: 40, max: 5_000 }),
    fc.integer({ min: 3, max: 30 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([c, pms, spend, employees, projects, any]) => ({
    ...c,
    ...(any > 0 ? { employees, concurrentProjects: projects } : {}),
    horizon: 'temporary' as const,
    urgency: 'high' as const,
    existingPmo: 'none' as const,
    existingPmoFte: undefined,
    pmExpertise: c.pmExpertise === 'strong' ? ('basic' as const) : c.pmExpertise,
    projectManagers: Math.min(pms, any > 0 ? employees : c.employees),
    annualProjectBudget: spend,
  }));

const ratesArb: fc.Arbitrary<Rates | undefined> = fc.oneof(
  fc.constant(undefined),
  fc
    .tuple(fc.integer({ min: 200, max: 1200 }), fc.integer({ min: 100, max: 1200 }))
    .map(([dayRate, extra]) => ({ currency: 'EUR', dayRate, externalDayRate: dayRate + extra })),
);

const run = (c: OrganisationContext, rates: Rates | undefined, level: number): Result | null =>
  evaluate(QUESTIONNAIRE, c, [Object.fromEntries(ALL_QUESTIONS.map((q) => [q.id, level]))], {
    say: asKeys,
    sensitivity: false,
    rates,
  });

const CASES = fc
  .sample(fc.tuple(pushArb, ratesArb, fc.integer({ min: 1, max: 3 })), { ...SEED, numRuns: runs(120) })
  .flatMap(([context, rates, level]) => {
    const result = run(context, rates, level);
    return result ? [{ context, rates, level, result }] : [];
  });

const activities = (r: Result): string[] =>
  (r.rollout.phases ?? []).flatMap((p) => p.activities.map((a) => read(a).key));
const notes = (r: Result): Said[] => (r.pmo.cost?.assumptions ?? []).map(read);
const rationale = (r: Result): string[] => r.pmo.rationale.map((x) => read(x).key);
const leadRole = (r: Result) =>
  (r.pmo.staffing?.roles ?? []).find((x) => read(x.role).key === 'office.role.interimLead');

describe('the lead of an urgent push nobody in house has led such work for', () => {
  it('is never named from own people uncoached: an own office’s lead is bought in or coached, and the plan says so', () => {
    let led = 0;
    for (const { result: r } of CASES) {
      const steps = activities(r);
      if (r.pmo.sourcing !== 'internal' || !steps.some((k) => k.startsWith('plan.push.accountable')))
        continue;
      const contract = steps.includes('plan.contractLeadForPush');
      const coached = steps.includes('plan.coachedOwnLead');
      expect(steps).not.toContain('plan.ownInterimLead');
      // An interim put over the office is its lead role, in its staffing and cost: bought in for it,
      // or the person the plan brings in for the push's handful of projects (leadsTheOffice).
      if (steps.includes('plan.putAnInterimPmoLead')) expect(leadRole(r)).toBeDefined();
      if (!contract && !coached) continue;
      led++;
      // The push's accountable person is the office's lead the cost prices, not "one of your project managers".
      expect(steps).toContain(`plan.push.accountableOfficeLead.${contract ? 'contract' : 'coached'}`);
      expect(steps).not.toContain('plan.push.accountableLead');
      if (coached) expect(rationale(r)).toContain('rationale.coachedLead');
    }
    expect(led).toBeGreaterThan(sampled(10));
  });

  it('bought in, is in the staffing and the headline cost at the outside rate, and the ceiling holds the office with them', () => {
    let bought = 0;
    for (const { result: r } of CASES) {
      if (!activities(r).includes('plan.contractLeadForPush')) continue;
      bought++;
      const role = leadRole(r);
      expect(role, 'the lead is a role of the staffing').toBeDefined();
      const priced = notes(r).find((n) => n.key === 'cost.contractLead');
      expect(priced, 'the lead is in the headline cost').toBeDefined();
      // Nobody beside the office is priced as a second outside lead for the same push.
      expect(notes(r).some((n) => n.key === 'plan.people.cost.partTimeLead')).toBe(false);
      const staffing = r.pmo.staffing;
      const cost = r.pmo.cost;
      if (!staffing || !cost || !role) continue;
      // The headline holds the lead's premium: more than the staffing at the own rate alone.
      const given = notes(r).find((n) => n.key === 'cost.ratesGiven' || n.key === 'cost.singleRate');
      const internal = Number(given?.params?.internal ?? 0);
      if (internal > 0) expect(cost.annual.max).toBeGreaterThan(staffing.fte.max * internal * 220 - 1000);
    }
    expect(bought).toBeGreaterThan(sampled(10));
  });

  it('keeps at least as much of a lead when the push spends twice as much', () => {
    let compared = 0;
    for (const { context: c, rates, level, result: r } of CASES.slice(0, runs(60))) {
      if (!c.annualProjectBudget || !r.pmo.needed || !r.pmo.staffing) continue;
      const big = run({ ...c, annualProjectBudget: c.annualProjectBudget * 2 }, rates, level);
      if (!big?.pmo.needed || !big.pmo.staffing) continue;
      compared++;
      const lead = (x: Result) => Math.max(0, ...(x.pmo.staffing?.roles ?? []).map((y) => y.fte));
      expect(lead(big), JSON.stringify(c)).toBeGreaterThanOrEqual(Math.min(1, lead(r)) - 0.011);
    }
    expect(compared).toBeGreaterThan(sampled(10));
  });
});
