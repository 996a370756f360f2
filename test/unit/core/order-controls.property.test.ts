import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../functions/contract/result';
import { SERVICE_CATALOGUE } from '../../../functions/core/office/catalogue';
import { STRONG_PRACTICE_LEVEL } from '../../../functions/core/office/strong-practice';
import { CONTROLLED_PROJECT_SPEND } from '../../../functions/core/spend-scale';
import { contextArb, evaluated, forWhom, SEED, teamArb } from './arbitraries';

/**
 * Customer contracts whose controls scale with their value (round 22): the controls' effort never
 * falls as the value per order rises, an office never shrinks when the same orders are marked
 * customers instead of own change by more than the benefits and selection work the client does,
 * and "both" never gives a smaller office than the larger of its two halves alone.
 */

const RUNS = 80;
/** What the orders' controls build (the catalogue's programme controls). */
const CONTROLS_DIMENSIONS = SERVICE_CATALOGUE.find((x) => x.id === 'programme-controls')?.dimensions ?? [];
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
/** The orders' controls held as a review of the largest orders (strong-practice.ts). */
const reviewedControls = (r: Result): boolean =>
  r.pmo.services.some((x) => x.id === 'programme-controls' && x.name.includes('a monthly review'));
/** The services' hours without leading the office, which follows their sum (leading less of them takes less). */
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
        // Where the practice behind them is strong, the orders' controls are the order teams' own
        // work, which the office reviews (strong-practice.ts): the twin's full controls are not owed.
        const reviewed = reviewedControls(customers)
          ? own.pmo.services
              .filter((x) => x.id === 'programme-controls' || x.id === 'portfolio-controls')
              .reduce((a, x) => a + x.hoursPerWeek, 0)
          : 0;
        expect(officeHours(customers)).toBeGreaterThanOrEqual(
          officeHours(own) - clientHours(own) - reviewed - rounding(own),
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
              officeHours(half) - clientHours(half) - rounding(half),
            );
      }),
      { numRuns: RUNS, ...SEED },
    ));

  it('large orders whose controls nothing but their size calls for, behind strong practice, are reviewed, not rebuilt', () => {
    let reviewed = 0;
    fc.assert(
      fc.property(largeOrders, teamArb, (c, team) => {
        const r = evaluated(as(c, 'customers'), team);
        const controls = r?.pmo.services.find((x) => x.id === 'programme-controls');
        // A programme office's controls are its core job (choice.ts), never a review.
        if (!r || !controls || r.pmo.scope === 'programme') return;
        if (controls.chosenFor.some((w) => w === 'maturity-gap' || w === 'in-place')) return;
        const strong = r.maturity.dimensions.some(
          (d) => d.score !== null && d.score >= STRONG_PRACTICE_LEVEL && CONTROLS_DIMENSIONS.includes(d.id),
        );
        expect(controls.name.includes('a monthly review')).toBe(strong);
        if (strong) reviewed++;
      }),
      { numRuns: 120, ...SEED },
    );
    expect(reviewed).toBeGreaterThan(3);
  });
});
