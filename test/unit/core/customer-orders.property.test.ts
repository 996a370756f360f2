import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { DEFAULT_DAY_RATE } from '../../../functions/core/business-case';
import { spendShareFor } from '../../../functions/core/office/spend-share';
import { runs } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';

/**
 * Firms whose projects are customer orders (customer-orders.ts), as properties over generated
 * organisations and teams. The bound is the practitioners' (about one person per 20 customer
 * projects, per EUR 20M of orders or per 100 people on the orders at most, a working office in place not cut), not read from the engine.
 */

const RUNS = runs(100);
/** The engine's result; a team with no usable answer (null) has nothing to check. */
const run = (c: OrganisationContext, team: Parameters<typeof evaluate>[2]) => {
  const r = evaluate(QUESTIONNAIRE, c, team, { sensitivity: false });
  return r ?? { pmo: { services: [], staffing: null } };
};
const customers = contextArb.map((c): OrganisationContext => ({ ...c, projectsFor: 'customers' }));

describe('customer orders', () => {
  it('are never given benefits tracking or a board that selects and stops them', () =>
    fc.assert(
      fc.property(customers, teamArb, (c, team) => {
        const ids = run(c, team).pmo.services.map((x) => x.id);
        expect(ids).not.toContain('benefits-tracking');
        expect(ids).not.toContain('portfolio-prioritisation');
      }),
      { numRuns: RUNS, ...SEED },
    ));

  // Round 22: orders of a million or more each on average are controlled by their value, as an
  // owner's projects are by spend, and their office may cost what an owner's may of that spend.
  it('size only the controls of large orders by their value, and hold the office to their count and value', () =>
    fc.assert(
      fc.property(customers, teamArb, fc.integer({ min: 1, max: 4_000_000_000 }), (c, team, spend) => {
        const { services } = run({ ...c, annualProjectBudget: spend }, team).pmo;
        const large = c.concurrentProjects > 0 && spend / c.concurrentProjects >= 1_000_000;
        const bySpend = services.filter((x) => x.driver === 'spend');
        if (large) for (const x of bySpend) expect(x.id).toBe('programme-controls');
        else expect(bySpend).toEqual([]);
        // The services' effort at the top of its ±20 % range; project managers a directive office
        // pools to lead orders are not its overhead and come on top. One person per 20 orders, per
        // EUR 20M of orders or per 100 people the orders keep busy (at most 15 per project lead,
        // round 21), a quarter more where regulated, never below one person; for large orders,
        // what an owner's office may cost of that spend (5 %, up to 20 % for a short push) at the
        // default own day rate.
        const top = services.reduce((a, x) => a + x.fte, 0) * 1.2;
        const people = Math.min(c.employees, c.projectManagers * 15);
        const share = large ? (spendShareFor(c) * spend) / (DEFAULT_DAY_RATE.internal * 220) : 0;
        const bound = Math.max(
          1,
          Math.max(c.concurrentProjects / 20, spend / 20e6, people / 100) * (c.regulated ? 1.25 : 1),
          share,
          c.existingPmoFte ?? 0,
        );
        expect(top).toBeLessThanOrEqual(bound + 0.05);
      }),
      { numRuns: RUNS, ...SEED },
    ));

  it('leave an organisation running its own change exactly as without the field', () =>
    fc.assert(
      fc.property(contextArb, teamArb, (c, team) => {
        const { projectsFor: _, ...absent } = c;
        expect(run({ ...absent, projectsFor: 'own-organisation' }, team)).toEqual(run(absent, team));
      }),
      { numRuns: RUNS, ...SEED },
    ));
});
