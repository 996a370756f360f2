import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result, Staffing } from '../../../functions/contract/result';
import { DEFAULT_DAY_RATE, WORKDAYS_PER_YEAR } from '../../../functions/core/business-case';
import { STAFFING_SPREAD } from '../../../functions/core/office/design';
import { RESET_TRANSITION_WEEKS } from '../../../functions/core/office/in-place-line';
import { DEPUTY_COVER_FTE, VIABLE_SEAT_FTE } from '../../../functions/core/office/in-place-size';
import { pooledInPlace } from '../../../functions/core/office/overhead';
import { SPEND_CEILINGS } from '../../../functions/core/office/spend-share';
import { runs, sampled } from '../../support/sample';
import { contextArb, evaluated, HOURS_PER_FTE, SEED, teamArb } from './arbitraries';

/**
 * Round 28, as properties over generated offices in place: a reset is sized from its services (or
 * the viable seat) plus transition staff who leave by a stated week, never from the heads in place;
 * the hard spend line holds for it as for a new office; and a directive office's pooled project
 * managers going back to the line are neither in the office's cost nor in its returns' overhead.
 */

const RATE = DEFAULT_DAY_RATE.internal;
const tenth = (x: number) => Math.round(x * 10) / 10;
const activities = (r: Result) => (r.rollout.phases ?? []).flatMap((p) => p.activities);
const servicesFte = (r: Result) => r.pmo.services.reduce((a, s) => a + s.hoursPerWeek, 0) / HOURS_PER_FTE;
/** A reset in a group keeps round 24's unit seats and its second step (in-place-stages.ts): said apart here. */
const staged = (st: Staffing) =>
  st.roles.filter((x) => /^Seats in the|until the second step/.test(x.role)).reduce((a, x) => a + x.fte, 0);
const retasked = (st: Staffing) => st.roles.filter((x) => /re-tasked to the new mandate/.test(x.role));

/** An office in place of a size that matters, a known spend often, a lasting organisation. */
const inPlaceArb = contextArb
  .filter((c) => c.existingPmo !== 'none')
  .map(
    (c): OrganisationContext => ({
      ...c,
      existingPmoFte: 1 + ((c.existingPmoFte ?? 0) % 30),
      horizon: 'lasting',
      // Spread evenly over the orders of magnitude from €100k to €100M a year, small firms' budgets included.
      annualProjectBudget:
        c.annualProjectBudget === undefined
          ? undefined
          : Math.round(10 ** (5 + (c.annualProjectBudget % 3000) / 1000)),
    }),
  );
/**
 * Offices in place a reset is likely for: a controlling or directive office under a low appetite
 * (its prerequisites fail), of 1 to 12 people, with project spend of €100k to €10M a year or none.
 */
const resetArb = inPlaceArb.map(
  (c): OrganisationContext => ({
    ...c,
    existingPmo: c.existingPmo === 'weather-station' ? 'control-tower' : c.existingPmo,
    controlAppetite: 'low',
    existingPmoFte: 1 + ((c.existingPmoFte ?? 0) % 12),
    annualProjectBudget:
      c.annualProjectBudget === undefined
        ? undefined
        : Math.round(10 ** (5 + ((c.annualProjectBudget * 7) % 2000) / 1000)),
  }),
);

describe('an office in place that is reset', () => {
  it('is sized from its services or the viable seat, plus re-tasked staff who leave by a stated week, within the hard spend line', () => {
    let resets = 0;
    fc.assert(
      fc.property(resetArb, teamArb, (c, team) => {
        const r = evaluated(c, team);
        const st = r?.pmo.staffing;
        if (!r || !st || r.pmo.action !== 'reset') return;
        if (r.pmo.shape === 'hub-and-spoke' || r.pmo.shape === 'capability-first') return;
        resets++;
        const moved = retasked(st);
        // (1) The transition staff are bounded and say when they leave.
        for (const x of moved) {
          const week = Number(/until week (\d+)/.exec(x.role)?.[1]);
          expect(week).toBeGreaterThan(0);
          expect(week).toBeLessThanOrEqual(RESET_TRANSITION_WEEKS);
        }
        const transition = moved.reduce((a, x) => a + x.fte, 0) + staged(st);
        const services = servicesFte(r);
        const seat = VIABLE_SEAT_FTE + DEPUTY_COVER_FTE;
        // What lasts is the services' range (their sum ±STAFFING_SPREAD) or the viable seat, never the heads in place.
        const lasting = st.fte.max - transition;
        expect(lasting).toBeLessThanOrEqual(Math.max(services * (1 + STAFFING_SPREAD), seat) + 0.15);
        // The hard line holds for it as for a new office, its group seats aside.
        const spend = c.annualProjectBudget;
        const line = spend ? (SPEND_CEILINGS.office * spend) / (RATE * WORKDAYS_PER_YEAR) : Infinity;
        if (services * (1 + STAFFING_SPREAD) < line && staged(st) === 0)
          expect(st.fte.max).toBeLessThanOrEqual(Math.max(line, services * (1 + STAFFING_SPREAD)) + 0.1);
      }),
      { numRuns: runs(120), ...SEED },
    );
    expect(resets).toBeGreaterThanOrEqual(sampled(3));
  });
});

describe('a directive office in place whose pooled project managers go back to the line', () => {
  it('weighs them neither as its cost nor as its overhead in the returns, and the plan moves only its own people', () => {
    let seen = 0;
    fc.assert(
      fc.property(
        inPlaceArb.map((c) => ({
          ...c,
          existingPmo: 'resource-source' as const,
          projectManagers: Math.min(c.employees, 1 + (c.projectManagers % 12)),
        })),
        teamArb,
        (c, team) => {
          const r = evaluated(c, team);
          const st = r?.pmo.staffing;
          if (!r || !st || !r.pmo.needed || r.pmo.action === 'establish') return;
          if ((st.pooled ?? 0) > 0) return;
          const pooled = pooledInPlace(c);
          if (pooled <= 0 || c.existingPmoFte === undefined) return;
          seen++;
          const overhead = c.existingPmoFte - pooled;
          // The staffing says who goes back, apart from the office.
          expect(st.basis.join(' ')).toContain(`${pooled} are project managers the directive office pools`);
          // The returns read the same people as no overhead, and free only the office's own people.
          const released = (r.pmo.returns ?? []).find((x) => x.id === 'cost-released');
          expect(released?.assumption).toContain(`The ${pooled} project managers pooled`);
          const freed = /(\d+(?:\.\d+)?) FTE, whose yearly cost/.exec(released?.benefit ?? '');
          if (freed) expect(Number(freed[1])).toBeCloseTo(tenth(overhead - st.fte.max), 1);
          // The plan's HR step never counts the managers going back as people the office lets go.
          for (const a of activities(r)) {
            const hr = /where the (\d+(?:\.\d+)?) FTE the reset office no longer needs go/.exec(a);
            if (hr)
              expect(Number(hr[1])).toBeLessThanOrEqual(tenth(Math.max(0, overhead - st.fte.min)) + 0.05);
          }
        },
      ),
      { numRuns: runs(120), ...SEED },
    );
    expect(seen).toBeGreaterThanOrEqual(sampled(5));
  });
});
