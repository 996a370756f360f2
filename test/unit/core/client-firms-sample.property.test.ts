import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { everyCase, runs, sampled } from '../../support/sample';
import {
  contextArb,
  groupContext,
  groupPressures,
  HOURS_PER_FTE,
  respondentArb,
  SEED,
  teamArb,
} from './arbitraries';

/**
 * Round 27: professional-services firms' client projects, and hubs opened first.
 * - Many small client orders: the office reviews a sample, the largest fifth (at least the 50 one
 *   commercial manager keeps), not every order; a supportive office in place is grown by that review
 *   at most by its own size (office/order-sample.ts). The figures are the rule's, restated here.
 * - A hub opened first whose office controls, or whose organisation is regulated, holds assurance at
 *   the hub (office/hub-first.ts, hubHoldsReviews).
 */

const run = (c: OrganisationContext, team: Answers[]): Result | null =>
  evaluate(QUESTIONNAIRE, c, team, { sensitivity: false });

/** Hours a week of the commercial controls of the orders. */
const controlsHours = (r: Result | null): number =>
  (r?.pmo.services ?? [])
    .filter((x) => x.id === 'programme-controls')
    .reduce((a, x) => a + x.hoursPerWeek, 0);

/** A client-service firm with many small orders: 51 to 1,500 orders, under EUR 1M each a year or no value stated. */
const manySmall = fc
  .tuple(
    contextArb,
    fc.integer({ min: 51, max: 1_500 }),
    fc.option(fc.integer({ min: 1_000, max: 999_999 }), { nil: undefined }),
  )
  .map(
    ([c, orders, perOrder]): OrganisationContext => ({
      ...c,
      projectsFor: 'customers',
      concurrentProjects: orders,
      projectManagers: Math.min(c.employees, Math.max(c.projectManagers, Math.ceil(orders / 10))),
      annualProjectBudget: perOrder === undefined ? undefined : perOrder * orders,
    }),
  );

const reviewHours = (orders: number) => Math.max(50, Math.ceil(orders * 0.2)) * 0.75;

describe('client-service firms with many small orders', () => {
  it('never take more commercial controls than reviewing the largest fifth of their orders', () => {
    let seen = 0;
    fc.assert(
      fc.property(manySmall, teamArb, (c, team) => {
        const hours = controlsHours(run(c, team));
        if (hours > 0) seen++;
        expect(hours).toBeLessThanOrEqual(reviewHours(c.concurrentProjects) + 0.5);
      }),
      { numRuns: runs(100), ...SEED },
    );
    expect(seen).toBeGreaterThan(sampled(20));
  });

  it('a supportive office in place is never grown more than its own size by the controls', () => {
    let seen = 0;
    fc.assert(
      fc.property(manySmall, fc.integer({ min: 1, max: 40 }), teamArb, (c, fte, team) => {
        const hours = controlsHours(run({ ...c, existingPmo: 'weather-station', existingPmoFte: fte }, team));
        if (hours > 0) seen++;
        expect(hours).toBeLessThanOrEqual(fte * HOURS_PER_FTE + 0.5);
      }),
      { numRuns: runs(100), ...SEED },
    );
    expect(seen).toBeGreaterThan(sampled(20));
  });
});

const groups = fc.record({
  units: fc.integer({ min: 2, max: 10 }),
  perUnitEmployees: fc.integer({ min: 100, max: 3_000 }),
  perUnitProjects: fc.integer({ min: 10, max: 200 }),
  perUnitManagers: fc.integer({ min: 3, max: 60 }),
  spendPerProject: fc.option(fc.integer({ min: 100_000, max: 5_000_000 }), { nil: undefined }),
  ...groupPressures,
  controlAppetite: fc.constantFrom('medium', 'high' as const),
  projectsFor: fc.constantFrom('own-organisation', 'customers', 'both' as const),
});

describe('a hub opened first', () => {
  it('that controls, or whose organisation is regulated, holds assurance at the hub', () => {
    let seen = 0;
    fc.assert(
      fc.property(groups, respondentArb, (g, one) => {
        const r = run(groupContext(g, { projectsFor: g.projectsFor }), [one]);
        if (!r?.pmo.needed || r.pmo.shape !== 'hub-and-spoke' || r.evidence.status === 'sufficient') return;
        const controls = r.pmo.model === 'control-tower' || r.pmo.model === 'resource-source';
        if (!g.regulated && !controls) return;
        seen++;
        expect(r.pmo.services.map((x) => x.id)).toContain('assurance');
      }),
      { numRuns: everyCase(80), ...SEED },
    );
    expect(seen).toBeGreaterThan(5);
  });
});

describe('agile delivery for clients and for the organisation itself ("both")', () => {
  it('keeps assurance where half the stakeholders or more ask for it', () => {
    let lean = 0;
    fc.assert(
      fc.property(contextArb, teamArb, fc.double({ min: 0.5, max: 1, noNaN: true }), (c, team, share) => {
        const both: OrganisationContext = { ...c, projectsFor: 'both', deliveryApproach: 'agile' };
        const r = evaluate(QUESTIONNAIRE, both, team, {
          sensitivity: false,
          expectations: { assurance: share },
        });
        if (!r?.pmo.needed || r.pmo.shape !== 'lean-portfolio' || r.pmo.services.length === 0) return;
        lean++;
        expect(r.pmo.services.map((x) => x.id)).toContain('assurance');
      }),
      { numRuns: runs(100), ...SEED },
    );
    expect(lean).toBeGreaterThan(sampled(10));
  });
});
