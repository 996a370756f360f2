import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { contextArb, SEED, teamArb } from './arbitraries';

/**
 * Firms whose projects are customer orders (customer-orders.ts), as properties over generated
 * organisations and teams. The bound is the practitioners' (about one person per 20 customer
 * projects at most, a working office in place not cut), not read from the engine.
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

  it('size the office by their number, never by the order volume given as spend', () =>
    fc.assert(
      fc.property(customers, teamArb, fc.integer({ min: 1, max: 4_000_000_000 }), (c, team, spend) => {
        const without = run({ ...c, annualProjectBudget: undefined }, team).pmo.staffing;
        const { staffing, services } = run({ ...c, annualProjectBudget: spend }, team).pmo;
        expect(staffing?.fte).toEqual(without?.fte);
        // The services' effort at the top of its ±20 % range; project managers a directive office
        // pools to lead orders are not its overhead and come on top.
        const top = services.reduce((a, x) => a + x.fte, 0) * 1.2;
        const bound = Math.max(0.5, c.concurrentProjects / 20, c.existingPmoFte ?? 0);
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
