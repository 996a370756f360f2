import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../functions/contract/result';
import { CONTROLLED_PROJECT_SPEND } from '../../../functions/core/spend-scale';
import { runs } from '../../support/sample';
import { contextArb, evaluated, forWhom, SEED, teamArb } from './arbitraries';
import { carriesBought } from './said';

/**
 * Customer contracts whose controls scale with their value (round 22): the controls' effort never
 * falls as the value per order rises, an office never shrinks when the same orders are marked
 * customers instead of own change by more than the benefits and selection work the client does
 * and the per-contract controls the contracts keep (controls-need.ts), and "both" never gives a
 * smaller office than the larger of its two halves alone, but for the controls of the spend outside
 * client contracts.
 */

const RUNS = runs(80);
const as = forWhom;
/** Organisations with a stated spend and some orders. */
const withSpend = contextArb.filter((c) => (c.annualProjectBudget ?? 0) > 0 && c.concurrentProjects > 0);
/** Orders of a million or more each on average (euros: the generated contexts have no currency). */
const largeOrders = withSpend.filter(
  (c) => (c.annualProjectBudget ?? 0) / c.concurrentProjects >= CONTROLLED_PROJECT_SPEND,
);
/** The client decides these for customer orders (choice.ts, CLIENT_DECIDES). */
const CLIENT_WORK = ['benefits-tracking', 'portfolio-prioritisation', 'lean-portfolio'];
const controlsHours = (r: Result): number =>
  r.pmo.services.find((x) => x.id === 'programme-controls')?.hoursPerWeek ?? 0;
/** The hours of the controls services (controls-need.ts, CONTROLS_SERVICES). */
const allControls = (r: Result): number =>
  r.pmo.services
    .filter((x) => x.id === 'programme-controls' || x.id === 'portfolio-controls')
    .reduce((a, x) => a + x.hoursPerWeek, 0);
/** How far one result's controls exceed another's: sized by their need, tested in controls-need.property.test.ts. */
const controlsBeyond = (a: Result, b: Result): number => Math.max(0, allControls(a) - allControls(b));
/** The services' hours without leading the office, which follows their sum (leading less of them takes less). */
/** The services carrying the assurance of delivery bought from partners (retained-vendor.ts). */
const bought = (r: Result): number =>
  r.pmo.services.filter(carriesBought).reduce((a, x) => a + x.hoursPerWeek, 0);
const officeHours = (r: Result): number =>
  r.pmo.services.filter((x) => x.id !== 'office-lead').reduce((a, x) => a + x.hoursPerWeek, 0);
const clientHours = (r: Result): number =>
  r.pmo.services.filter((x) => CLIENT_WORK.includes(x.id)).reduce((a, x) => a + x.hoursPerWeek, 0);
/** Each service is shown to a tenth of an hour, and a one-person office is led by its one person (no lead role): 3 % is that, not a rule. */
const rounding = (r: Result): number => 0.1 * (r.pmo.services.length + 1) + 0.03 * officeHours(r);
/** The same office in both results: its need, shape, control and what happens to the office in place. */
const sameOffice = (a: Result, b: Result): boolean =>
  a.pmo.needed === b.pmo.needed &&
  a.pmo.shape === b.pmo.shape &&
  a.pmo.model === b.pmo.model &&
  a.pmo.action === b.pmo.action;

describe('customer orders: controls that scale with their value', () => {
  it('the controls never fall as the value per order rises, all else equal', () =>
    fc.assert(
      fc.property(withSpend, fc.double({ min: 1.2, max: 20, noNaN: true }), teamArb, (c, k, team) => {
        const low = evaluated(as(c, 'customers'), team);
        const high = evaluated(
          as({ ...c, annualProjectBudget: Math.round((c.annualProjectBudget ?? 0) * k) }, 'customers'),
          team,
        );
        if (!low || !high || !sameOffice(low, high)) return;
        expect(controlsHours(high)).toBeGreaterThanOrEqual(controlsHours(low) - 0.15);
      }),
      { numRuns: RUNS, ...SEED },
    ));

  // Orders of a controlled size (spend-scale.ts, CONTROLLED_PROJECT_SPEND): smaller orders keep their count bound.
  it('an office for customers is never smaller than its own-change twin beyond the work the client does', () =>
    fc.assert(
      fc.property(largeOrders, teamArb, (c, team) => {
        const own = evaluated(as(c, 'own-organisation'), team);
        const customers = evaluated(as(c, 'customers'), team);
        if (!own || !customers || !sameOffice(own, customers) || !own.pmo.needed) return;
        // The per-contract controls stay with each contract's own commercial staff; the office sets
        // their standard, consolidates and reviews them (controls-need.ts, round 24): the twin's
        // controls beyond the orders' are not owed.
        // A firm whose projects are its customers' orders is the delivery partner: the twin's
        // assurance of delivery bought from partners is not owed either (retained-vendor.ts).
        expect(officeHours(customers)).toBeGreaterThanOrEqual(
          officeHours(own) - clientHours(own) - controlsBeyond(own, customers) - bought(own) - rounding(own),
        );
      }),
      { numRuns: RUNS, ...SEED },
    ));

  it('"both" never gives a smaller office than the larger of its two halves alone', () =>
    fc.assert(
      fc.property(withSpend, teamArb, (c, team) => {
        const both = evaluated(as(c, 'both'), team);
        const halves = [evaluated(as(c, 'own-organisation'), team), evaluated(as(c, 'customers'), team)];
        if (!both) return;
        for (const half of halves)
          if (half && sameOffice(both, half) && half.pmo.needed)
            expect(officeHours(both)).toBeGreaterThanOrEqual(
              // Only the part of the spend under client contracts is controlled commercially
              // (controls-need.ts, BOTH_CONTRACT_SHARE): the half's controls beyond both's are not owed,
              // nor, by a firm that delivers orders itself, the own half's assurance of delivery bought
              // from partners (retained-vendor.ts).
              officeHours(half) -
                clientHours(half) -
                controlsBeyond(half, both) -
                bought(half) -
                rounding(half),
            );
      }),
      { numRuns: RUNS, ...SEED },
    ));
});
