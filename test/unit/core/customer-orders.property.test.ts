import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { contextArb, SEED, teamArb } from './arbitraries';

/**
 * Firms whose projects are customer orders (customer-orders.ts), as properties over generated
 * organisations and teams. The bound is the practitioners' (about one person per 20 customer
 * projects, per EUR 20M of orders or per 100 people on the orders at most, a working office in place not cut), not read from the engine.
 */

const RUNS = 100;
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

  it('size no service by the order volume given as spend, and hold the office to their count and value', () =>
    fc.assert(
      fc.property(customers, teamArb, fc.integer({ min: 1, max: 4_000_000_000 }), (c, team, spend) => {
        const { services } = run({ ...c, annualProjectBudget: spend }, team).pmo;
        expect(services.filter((x) => x.driver === 'spend')).toEqual([]);
        // The services' effort at the top of its ±20 % range; project managers a directive office
        // pools to lead orders are not its overhead and come on top. One person per 20 orders, per
        // EUR 20M of orders or per 100 people the orders keep busy (at most 15 per project lead,
        // round 21), a quarter more where regulated, never below one person.
        const top = services.reduce((a, x) => a + x.fte, 0) * 1.2;
        const people = Math.min(c.employees, c.projectManagers * 15);
        const bound = Math.max(
          1,
          Math.max(c.concurrentProjects / 20, spend / 20e6, people / 100) * (c.regulated ? 1.25 : 1),
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
