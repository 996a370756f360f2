import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import { broughtInYearEur } from '../../../functions/core/brought-in';
import { managersStretched } from '../../../functions/core/project-count';
import {
  BROUGHT_IN_MAX_SPEND_SHARE,
  bringInWarranted,
  broughtInWithinSpend,
  DELIVERY_LEADS_FIRST_STEP,
  FIRST_LEAD_FREE_FROM_EMPLOYEES,
  FIRST_LEAD_FREE_FROM_PROJECTS,
  peopleAdviceFor,
  smallSetting,
} from '../../../functions/core/rollout-people';
import { situationOf, spendInEur } from '../../../functions/core/situation';
import { LONG_PUSH_MONTHS } from '../../../functions/core/sourcing';
import {
  LONG_HANDOVER_MONTHS,
  lastingHomeForPushRoles,
  ownPmsStaffPush,
  PUSH_FULL_OUTSIDE_SHARE,
  pushHandsOver,
  pushOutsideShare,
  sparePmsForPushOffice,
} from '../../../functions/core/sourcing-push';
import { runs } from '../../support/sample';
import { contextArb, evaluated, SEED, teamArb } from './arbitraries';

/**
 * Round 20: a long push hands its outside roles to own people only where they have a lasting home
 * after it; what the plan brings in passes a share-of-spend test, or comes in a cheaper form.
 */

const withProjectsFor: fc.Arbitrary<OrganisationContext> = fc
  .tuple(
    contextArb,
    fc.option(fc.constantFrom('own-organisation', 'customers', 'both' as const), { nil: undefined }),
  )
  .map(([c, projectsFor]) => ({ ...c, projectsFor }));

const pushArb: fc.Arbitrary<OrganisationContext> = withProjectsFor.map((c) => ({
  ...c,
  horizon: 'temporary' as const,
}));

describe('a push hands over only where its roles have a lasting home', () => {
  it('without an office in place or projects that follow one another, the mixed team stays to the end at its full share', () => {
    fc.assert(
      fc.property(pushArb, (c) => {
        if (lastingHomeForPushRoles(c)) return;
        expect(pushHandsOver(c)).toBe(false);
        expect(pushOutsideShare(c)).toBeCloseTo(PUSH_FULL_OUTSIDE_SHARE, 9);
      }),
      { numRuns: runs(150), ...SEED },
    );
  });

  it('with a lasting home, a long push still hands over after its start-up, and never costs more outside than without one', () => {
    fc.assert(
      fc.property(pushArb, (c) => {
        const homed = { ...c, existingPmo: 'weather-station' as const };
        const homeless = { ...c, existingPmo: 'none' as const, projectsFor: 'own-organisation' as const };
        if ((c.horizonMonths ?? 12) >= LONG_HANDOVER_MONTHS) expect(pushHandsOver(homed)).toBe(true);
        expect(pushOutsideShare(homed)).toBeLessThanOrEqual(pushOutsideShare(homeless) + 1e-9);
      }),
      { numRuns: runs(150), ...SEED },
    );
  });

  it('the plan of a mixed push with no home for its roles never hands them over, and releases its outside staff', () => {
    let checked = 0;
    fc.assert(
      fc.property(pushArb, teamArb, (c, team) => {
        const r = evaluated(c, team);
        if (r?.pmo.sourcing !== 'hybrid' || lastingHomeForPushRoles(situationOf(c))) return;
        checked += 1;
        const steps = (r.rollout.phases ?? []).flatMap((p) => p.activities);
        expect(steps.some((a) => /hand the outside staff’s roles to your own people/.test(a))).toBe(false);
        expect(steps.some((a) => /Hand over PMO roles from the outside team/.test(a))).toBe(false);
      }),
      { numRuns: runs(100), ...SEED },
    );
    expect(checked).toBeGreaterThan(0);
  });
});

describe('what the plan brings in passes the share-of-spend test', () => {
  it('the people brought in cost at most the share of the spend, the others are led from inside, and none at all gets a part-time lead', () => {
    fc.assert(
      fc.property(withProjectsFor, (c) => {
        const s = situationOf(c);
        const advice = peopleAdviceFor(s, []);
        if (!advice) return;
        const spend = spendInEur(s);
        // Round 25: a large organisation with many projects takes its first person whatever the spend.
        const firstFree =
          s.employees >= FIRST_LEAD_FREE_FROM_EMPLOYEES &&
          s.concurrentProjects >= FIRST_LEAD_FREE_FROM_PROJECTS
            ? 1
            : 0;
        if (spend !== undefined)
          expect(advice.bringIn * broughtInYearEur(advice.via)).toBeLessThanOrEqual(
            Math.max(spend * BROUGHT_IN_MAX_SPEND_SHARE, firstFree * broughtInYearEur(advice.via)) + 1e-6,
          );
        if (advice.cutFrom !== undefined) {
          expect(advice.cutFrom).toBeGreaterThan(advice.bringIn);
          if (advice.bringIn > 0) expect(advice.partTimeLeadDays ?? 0).toBe(0);
          if (advice.bringIn === 0) expect(advice.partTimeLeadDays ?? 0).toBeGreaterThan(0);
        }
      }),
      { numRuns: runs(150), ...SEED },
    );
  });

  it('the test only ever cuts: more spend never brings fewer people in', () => {
    fc.assert(
      fc.property(
        withProjectsFor,
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom('hire', 'interim', 'interim-then-hire' as const),
        (c, wanted, via) => {
          const s = situationOf(c);
          const n = broughtInWithinSpend(s, wanted, via);
          expect(n).toBeLessThanOrEqual(wanted);
          const richer = { ...s, annualProjectBudget: (s.annualProjectBudget ?? 0) * 2 + 1 };
          if (s.annualProjectBudget !== undefined)
            expect(broughtInWithinSpend(richer, wanted, via)).toBeGreaterThanOrEqual(n);
        },
      ),
      { numRuns: runs(150), ...SEED },
    );
  });
});

describe('a warning that the project managers are stretched is acted on', () => {
  it('where outside people are warranted, the plan adds delivery leadership within the spend test, or a part-time lead', () => {
    let acted = 0;
    fc.assert(
      fc.property(withProjectsFor, (c) => {
        const s = situationOf(c);
        if (managersStretched(s) !== 'projects' || s.deliveryApproach === 'agile') return;
        if (!bringInWarranted(s) || smallSetting(s)) return;
        const advice = peopleAdviceFor(s, []);
        expect(advice).not.toBeNull();
        if (!advice) return;
        acted += 1;
        expect(advice.bringIn > 0 || (advice.partTimeLeadDays ?? 0) > 0).toBe(true);
        // A first step, not a head count: the stretch alone never brings more than its first step.
        if (advice.stretched) expect(advice.bringIn).toBeLessThanOrEqual(DELIVERY_LEADS_FIRST_STEP);
      }),
      { numRuns: runs(150), ...SEED },
    );
    expect(acted).toBeGreaterThan(0);
  });
});

describe("a push's own project managers lead its projects before any is pulled into its office", () => {
  it('the office is staffed from inside only with the project managers its projects leave free, and more projects never free more', () => {
    fc.assert(
      fc.property(
        pushArb,
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.integer({ min: 1, max: 50 }),
        (c, fte, more) => {
          if (!ownPmsStaffPush(c, fte, LONG_PUSH_MONTHS)) return;
          expect(sparePmsForPushOffice(c)).toBeGreaterThanOrEqual(fte);
          const busier = { ...c, concurrentProjects: c.concurrentProjects + more };
          expect(sparePmsForPushOffice(busier)).toBeLessThanOrEqual(sparePmsForPushOffice(c));
        },
      ),
      { numRuns: runs(150), ...SEED },
    );
  });
});
