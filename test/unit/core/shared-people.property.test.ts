import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { PEOPLE_MOVED_PER_ORDER, SCHEDULING_HOURS_PER_PERSON } from '../../../functions/core/customer-orders';
import { sharedPeoplePain } from '../../../functions/core/shared-people';
import { situationOf } from '../../../functions/core/situation';
import { runs, sampled } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';

/**
 * Round 28: firms short of shared people (an IT service firm, a general contractor, a machine
 * builder), at a medium appetite that blocks a resource source, fell to a control tower scored up
 * for standards that were not their gap; a contract miner had all 2,000 of its staff scheduled
 * weekly across 25 client contracts.
 */

/** People fought over, no regulator, no controlling office in place: the organisations of the class. */
const poolArb = fc.record({
  context: contextArb.map(
    (c): OrganisationContext => ({
      ...c,
      resourceContention: 'high',
      regulated: false,
      existingPmo:
        c.existingPmo === 'control-tower' || c.existingPmo === 'resource-source' ? 'none' : c.existingPmo,
      existingPmoFte:
        c.existingPmo === 'control-tower' || c.existingPmo === 'resource-source'
          ? undefined
          : c.existingPmoFte,
    }),
  ),
  team: teamArb,
});

/** The control tower's factors that speak for standardisation (shared-people.ts). */
const STANDARDISATION = ['control-appetite', 'consistency-gap', 'maturity'];

describe('control follows the stated pain', () => {
  it('never scores a control tower up on standardisation where the pain is shared people', () => {
    let met = 0;
    fc.assert(
      fc.property(poolArb, ({ context, team }) => {
        const r = evaluate(QUESTIONNAIRE, context, team, { sensitivity: false });
        if (!r) return;
        if (!sharedPeoplePain(situationOf(context), r.maturity)) return;
        met += 1;
        const tower = r.pmo.fit.find((f) => f.model === 'control-tower');
        for (const f of tower?.factors ?? [])
          if (STANDARDISATION.includes(f.id)) expect(f.points, f.id).toBeLessThanOrEqual(0);
        // Chosen over an eligible weather station, the tower leads on grounds other than standards.
        const station = r.pmo.fit.find((f) => f.model === 'weather-station');
        if (r.pmo.model === 'control-tower' && station?.eligible) {
          const standardising = (tower?.factors ?? [])
            .filter((f) => STANDARDISATION.includes(f.id))
            .reduce((sum, f) => sum + f.points, 0);
          expect(standardising).toBeLessThanOrEqual(0);
        }
      }),
      { ...SEED, numRuns: runs(120) },
    );
    expect(met).toBeGreaterThanOrEqual(sampled(20));
  });
});

/** A firm that sells its people's time, allocation asked, of any headcount against its orders. */
const contractorArb = fc.record({
  employees: fc.integer({ min: 50, max: 40_000 }),
  orders: fc.integer({ min: 6, max: 80 }),
  team: teamArb,
  context: contextArb,
});

describe('scheduling people across client orders', () => {
  it('never grows with employees beyond what the orders hold', () => {
    let met = 0;
    fc.assert(
      fc.property(contractorArb, ({ employees, orders, team, context }) => {
        const at = (n: number): number | undefined => {
          const c: OrganisationContext = {
            ...context,
            employees: n,
            concurrentProjects: orders,
            projectManagers: Math.min(context.projectManagers, orders),
            projectsFor: 'customers',
            resourceContention: 'high',
            horizon: 'lasting',
            existingPmo: 'none',
            existingPmoFte: undefined,
            businessUnits: undefined,
          };
          const r = evaluate(QUESTIONNAIRE, c, team, {
            sensitivity: false,
            expectations: { 'resource-allocation': 1 },
          });
          return r?.pmo.services.find((x) => x.id === 'capacity-planning')?.hoursPerWeek;
        };
        const hours = at(employees);
        if (hours === undefined) return;
        met += 1;
        // The people the orders hold (and the leads), scheduled at the full effort: the most it can be.
        const held = Math.max(orders * PEOPLE_MOVED_PER_ORDER, Math.min(context.projectManagers, orders));
        expect(hours).toBeLessThanOrEqual(held * SCHEDULING_HOURS_PER_PERSON + 1e-6);
      }),
      { ...SEED, numRuns: runs(60) },
    );
    expect(met).toBeGreaterThanOrEqual(sampled(20));
  });
});

/**
 * Services that build one dimension each, and the dimension. Benefits tracking has its own written
 * exception: benefits nobody states are written down first as a quick win, so its gap alone builds
 * no tracking at level 1 (benefits-context.ts).
 */
