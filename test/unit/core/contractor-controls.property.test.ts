import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { BOTH_CONTRACT_SHARE } from '../../../functions/core/office/controls-need';
import { portfolioControlsHours } from '../../../functions/core/office/controls-share';
import { SAME_OUTCOME } from '../../../functions/core/office/kpis';
import { BOTH_OWN_SHARE, crossJobControlsHours } from '../../../functions/core/office/order-central';
import { type EngineKey, english, msg } from '../../../functions/core/say';
import { everyCase, runs, sampled } from '../../support/sample';
import { contextArb, newPush, SEED, teamArb } from './arbitraries';

/**
 * Round 30 (construction F1, F4): where a contractor's controls sit (office/order-central.ts).
 * - A push that delivers customer orders is the jobs' own controls: never less per unit of spend
 *   than the owner's side would carry for the same spend.
 * - A lasting office's central controls for customer orders are the cross-job work: never more than
 *   an owner's lasting office on the same spend and projects, never growing faster than the orders
 *   and their value.
 * - With projectsFor both, no unit of spend or project is counted by two services doing the same work.
 * - No two KPIs of a result measure the same outcome.
 */

const run = (c: OrganisationContext, team: Answers[]): Result | null =>
  evaluate(QUESTIONNAIRE, c, team, { sensitivity: false });

const hoursOf = (r: Result | null, id: string): number | undefined =>
  r?.pmo.services.find((x) => x.id === id)?.hoursPerWeek;

/** Orders of EUR 1M or more on average, in euros: the orders that need controls of their own. */
const largeOrders = fc
  .tuple(contextArb, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1_000_000, max: 200_000_000 }))
  .map(
    ([c, orders, perOrder]): OrganisationContext => ({
      ...c,
      concurrentProjects: orders,
      annualProjectBudget: orders * perOrder,
    }),
  );

const situation = (orders: number, millions: number) => ({
  projectsFor: 'customers' as const,
  concurrentProjects: orders,
  orderValue: millions * 1e6,
  eurPerUnit: 1,
  horizon: 'lasting' as const,
  deliveryApproach: 'plan-driven' as const,
  resourceContention: 'medium' as const,
  controlAppetite: 'medium' as const,
});

describe('contractor controls sized from where the controls sit', () => {
  it('a push delivering customer orders carries never less controls per unit of spend than the owner side', () => {
    let seen = 0;
    fc.assert(
      fc.property(largeOrders, teamArb, (c, team) => {
        const push = newPush(c);
        const contractor = hoursOf(run({ ...push, projectsFor: 'customers' }, team), 'programme-controls');
        const owner = hoursOf(run({ ...push, projectsFor: 'own-organisation' }, team), 'programme-controls');
        if (contractor === undefined || owner === undefined) return;
        seen++;
        expect(contractor).toBeGreaterThanOrEqual(owner - 0.05);
      }),
      { numRuns: everyCase(60), ...SEED },
    );
    expect(seen).toBeGreaterThan(10);
  });

  it('central controls for customer orders never exceed the owner side, nor grow faster than orders and value', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.double({ min: 1, max: 5_000, noNaN: true }),
        fc.integer({ min: 1, max: 10 }),
        (orders, millions, k) => {
          const s = situation(orders, Math.max(millions, orders));
          const h = crossJobControlsHours(s);
          expect(h).toBeLessThanOrEqual(portfolioControlsHours(Math.max(millions, orders), s) * (1 + 1e-9));
          const grown = crossJobControlsHours(situation(orders * k, Math.max(millions, orders) * k));
          expect(grown).toBeLessThanOrEqual(h * k * (1 + 1e-9));
          expect(grown).toBeGreaterThanOrEqual(h * (1 - 1e-9));
        },
      ),
      { numRuns: runs(120), ...SEED },
    ));

  it('with projectsFor both, no unit of spend or project is counted by two services doing the same work', () => {
    let seen = 0;
    fc.assert(
      fc.property(contextArb, teamArb, (c, team) => {
        const r = run({ ...c, projectsFor: 'both' }, team);
        if (!r) return;
        const spend = (c.annualProjectBudget ?? 0) / 1e6;
        for (const x of r.pmo.services) {
          if (x.id === 'portfolio-controls' && x.driver === 'spend') {
            seen++;
            // Its own share, the contract share being commercial controlling's: together the whole.
            // Units are shown to one decimal.
            expect(x.units).toBeLessThanOrEqual(spend * BOTH_OWN_SHARE + 0.06);
            expect(BOTH_OWN_SHARE + BOTH_CONTRACT_SHARE).toBeLessThanOrEqual(1);
          }
          if (
            (x.id === 'benefits-tracking' || x.id === 'portfolio-prioritisation') &&
            x.driver === 'projects'
          )
            expect(x.units).toBeLessThanOrEqual(Math.ceil(c.concurrentProjects) * BOTH_OWN_SHARE + 0.06);
        }
      }),
      { numRuns: runs(100), ...SEED },
    );
    expect(seen).toBeGreaterThan(sampled(5));
  });

  it('no two KPIs of a result measure the same outcome, and orders are not asked for a business benefit', () => {
    const everyProject = english(msg('quickWin.atScale.benefits'));
    const names = SAME_OUTCOME.map((g) => g.map((id) => english(msg(`kpi.outcome.${id}` as EngineKey))));
    fc.assert(
      fc.property(
        contextArb,
        fc.constantFrom('customers', 'both', 'own-organisation' as const),
        teamArb,
        (c, projectsFor, team) => {
          const r = run({ ...c, projectsFor }, team);
          const kpis = (r?.pmo.kpis ?? []).map((k) => k.name);
          for (const group of names)
            expect(kpis.filter((k) => group.includes(k)).length).toBeLessThanOrEqual(1);
          // Nor is every larger project, the customer orders among them, asked for a business benefit.
          if (projectsFor === 'both' && r) expect(JSON.stringify(r.rollout)).not.toContain(everyProject);
        },
      ),
      { numRuns: runs(100), ...SEED },
    );
  });
});
