import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { customerOfficeBound } from '../../../functions/core/customer-orders';
import { SERVICE_NEEDS } from '../../../functions/core/office/precedence';
import { runs } from '../../support/sample';
import { contextArb, evaluated, SEED, teamArb } from './arbitraries';

/**
 * The order of an office's services and the office for customer work (round 21), as properties
 * over generated organisations: a service never comes before what it rests on; more spend per
 * project never moves the controls over that spend later; projects that are customer orders get
 * no lean-portfolio funding; and the bound on an office for customer orders never falls as the
 * people on customer work rise.
 */

const RUNS = runs(80);
const CONTROLS = ['portfolio-controls', 'programme-controls'];
const ids = (r: Result | null): string[] => r?.pmo.services.map((x) => x.id) ?? [];

describe('the order of services and customer work', () => {
  it('never orders a service before a service it rests on', () =>
    fc.assert(
      fc.property(contextArb, teamArb, (c, team) => {
        const order = ids(evaluated(c, team));
        for (const [service, needs] of Object.entries(SERVICE_NEEDS))
          for (const need of needs ?? [])
            if (order.includes(service) && order.includes(need))
              expect(order.indexOf(need)).toBeLessThan(order.indexOf(service));
      }),
      { numRuns: runs(120), ...SEED },
    ));

  it('never moves the spend controls later as the spend per project rises, all else equal', () =>
    fc.assert(
      fc.property(
        contextArb,
        teamArb,
        fc.integer({ min: 1_000_000, max: 2_000_000_000 }),
        fc.double({ min: 1.1, max: 20, noNaN: true }),
        (c0, team, spend, factor) => {
          const c: OrganisationContext = { ...c0, projectsFor: undefined, annualProjectBudget: spend };
          const low = ids(evaluated(c, team));
          const high = ids(evaluated({ ...c, annualProjectBudget: Math.round(spend * factor) }, team));
          for (const controls of CONTROLS) {
            if (!low.includes(controls) || !high.includes(controls)) continue;
            // Every service both offices hold that the controls came before, they still come before.
            for (const other of low)
              if (other !== controls && high.includes(other) && low.indexOf(controls) < low.indexOf(other))
                expect(high.indexOf(controls), `${controls} before ${other}`).toBeLessThan(
                  high.indexOf(other),
                );
          }
        },
      ),
      { numRuns: RUNS, ...SEED },
    ));

  it('gives projects that are customer orders no lean-portfolio funding, however their teams deliver', () =>
    fc.assert(
      fc.property(
        contextArb,
        teamArb,
        fc.constantFrom('agile', 'mixed', 'plan-driven' as const),
        (c, team, d) => {
          const r = evaluated({ ...c, projectsFor: 'customers', deliveryApproach: d }, team);
          expect(r?.pmo.shape).not.toBe('lean-portfolio');
          expect(ids(r)).not.toContain('lean-portfolio');
        },
      ),
      { numRuns: RUNS, ...SEED },
    ));

  it('never lowers the bound on an office for customer orders as the people on customer work rise', () =>
    fc.assert(
      fc.property(
        contextArb,
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 0, max: 300 }),
        (c0, moreEmployees, moreLeads) => {
          const c = { ...c0, projectsFor: 'customers' as const };
          const more = {
            ...c,
            employees: c.employees + moreEmployees,
            projectManagers: Math.min(c.projectManagers + moreLeads, c.employees + moreEmployees),
          };
          expect(customerOfficeBound(more)?.fte).toBeGreaterThanOrEqual(customerOfficeBound(c)?.fte ?? 0);
        },
      ),
      { numRuns: runs(120), ...SEED },
    ));
});
