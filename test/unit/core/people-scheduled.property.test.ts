import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { PmoService } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { ASKED_FIRST_FLOOR, askedFirst } from '../../../functions/core/office/asked-first';
import type { Sized } from '../../../functions/core/office/sizing';
import { everyCase, runs, sampled } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';

/**
 * Client-service firms whose resource is their people (customer-orders.ts, schedulesPeople): every
 * project a customer order, people fought over, and at least half the stakeholders asking the office
 * to allocate them. Round 26: an agency, a co-dev studio and a VFX house got 5-15 hours a week of
 * scheduling whatever their size, the smallest of their services once the order bound cut them all.
 */

const RUNS = runs(100);

/**
 * ...and one of the many-orders kind whose office the bound holds (round 26's agency and co-dev
 * studio): an order for every 5 to 15 people, no office in place, a lasting need.
 */
const heldArb = fc.record({ perOrder: fc.integer({ min: 5, max: 15 }) }).chain(({ perOrder }) =>
  fc.record({
    context: contextArb.map((c): OrganisationContext => {
      const employees = 50 + (c.employees % 3_000);
      return {
        ...c,
        employees,
        concurrentProjects: Math.ceil(employees / perOrder),
        projectManagers: Math.min(c.projectManagers, Math.ceil(employees / 10)),
        projectsFor: 'customers',
        resourceContention: 'high',
        horizon: 'lasting',
        existingPmo: 'none',
        existingPmoFte: undefined,
        annualProjectBudget: undefined,
        businessUnits: undefined,
      };
    }),
    expectations: fc.record({ 'resource-allocation': fc.double({ min: 0.5, max: 1, noNaN: true }) }),
    team: teamArb,
  }),
);

/** A client-service firm of some size, with people contested and allocation asked by half or more. */
const firmArb = fc.record({
  context: contextArb.map(
    (c): OrganisationContext => ({
      ...c,
      employees: Math.max(c.employees % 5_000, 20),
      projectManagers: Math.min(c.projectManagers, Math.max(c.employees % 5_000, 20)),
      projectsFor: 'customers',
      resourceContention: 'high',
    }),
  ),
  expectations: fc.record({
    'resource-allocation': fc.double({ min: 0.5, max: 1, noNaN: true }),
    'status-reporting': fc.double({ min: 0, max: 1, noNaN: true }),
    standards: fc.double({ min: 0, max: 1, noNaN: true }),
    coaching: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  team: teamArb,
  more: fc.integer({ min: 1, max: 3_000 }),
});

const servicesOf = (
  c: OrganisationContext,
  team: Parameters<typeof evaluate>[2],
  e: Record<string, number>,
) => evaluate(QUESTIONNAIRE, c, team, { sensitivity: false, expectations: e })?.pmo.services ?? [];
const capacity = (services: readonly PmoService[]) =>
  services.find((x) => x.id === 'capacity-planning')?.hoursPerWeek;

describe('client-service firms that schedule their people', () => {
  it('never give scheduling fewer hours as the people rise, all else equal', () => {
    let met = 0;
    fc.assert(
      fc.property(firmArb, ({ context, expectations, team, more }) => {
        const small = capacity(servicesOf(context, team, expectations));
        if (small === undefined) return;
        const large = capacity(
          servicesOf({ ...context, employees: context.employees + more }, team, expectations),
        );
        // The same office with more people to schedule: its scheduling never shrinks, nor leaves.
        expect(large).toBeDefined();
        expect(large as number).toBeGreaterThanOrEqual(small - 0.05);
        met++;
      }),
      { numRuns: RUNS, ...SEED },
    );
    expect(met).toBeGreaterThanOrEqual(sampled(30));
  });

  // The order bound's cut (office/asked-first.ts) over generated offices: what half the stakeholders
  // asked for keeps at least the share every service would keep if all were cut alike, what nobody
  // asked for no more, and the bound's whole is unchanged. So a service asked for that needs at
  // least what another needs is never cut below it.
  it('never let the order bound cut a service asked for below one nobody asked for', () =>
    fc.assert(
      fc.property(
        fc.array(fc.record({ asked: fc.boolean(), hours: fc.double({ min: 0.1, max: 400, noNaN: true }) }), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (list, scale) => {
          const services = list.map(
            (x) =>
              ({ why: x.asked ? ['expectations'] : ['maturity-gap'], hours: x.hours }) as unknown as Sized,
          );
          const f = askedFirst(services, scale);
          const whole = services.reduce((a, c) => a + c.hours, 0);
          const kept = services.reduce((a, c) => a + c.hours * f.shareOf(c), 0);
          expect(kept).toBeCloseTo(whole * Math.min(1, scale), 6);
          for (const a of services.filter((c) => c.why.includes('expectations'))) {
            expect(f.shareOf(a)).toBeLessThanOrEqual(1 + 1e-9);
            expect(f.shareOf(a)).toBeGreaterThanOrEqual(Math.min(1, scale) - 1e-9);
            for (const o of services.filter((c) => !c.why.includes('expectations'))) {
              expect(f.shareOf(o)).toBeGreaterThanOrEqual(scale * ASKED_FIRST_FLOOR - 1e-9);
              if (a.hours >= o.hours)
                expect(a.hours * f.shareOf(a)).toBeGreaterThanOrEqual(o.hours * f.shareOf(o) - 1e-9);
            }
          }
        },
      ),
      { numRuns: runs(120), ...SEED },
    ));

  // In the engine: where the bound holds such a firm's office and its scheduling is sized by the
  // people, the scheduling asked for is never the smallest of its services.
  it('never make scheduling the people, asked for, the smallest service once the bound holds', () => {
    let met = 0;
    fc.assert(
      fc.property(heldArb, ({ context, expectations, team }) => {
        const r = evaluate(QUESTIONNAIRE, context, team, { sensitivity: false, expectations });
        const held =
          r?.pmo.staffing?.basis.some((b) =>
            b.startsWith('The projects here are customer orders: the office is held'),
          ) === true;
        const services = (r?.pmo.services ?? []).filter((x) => x.id !== 'office-lead');
        if (!held || !services.some((x) => x.driver === 'people')) return;
        const asked = services.filter((x) => x.chosenFor.includes('expectations'));
        const others = services.filter((x) => !x.chosenFor.includes('expectations'));
        if (others.length === 0) return;
        // Some service nobody asked for is no larger: the asked one is never the office's smallest.
        const least = Math.min(...others.map((x) => x.hoursPerWeek));
        for (const x of asked) {
          expect(x.hoursPerWeek).toBeGreaterThanOrEqual(least);
          met++;
        }
      }),
      { numRuns: everyCase(120), ...SEED },
    );
    expect(met).toBeGreaterThanOrEqual(25);
  });
});
