import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { LONG_PUSH_MONTHS } from '../../../functions/core/sourcing';
import { OWN_PMS_PER_PUSH_FTE, sparePmsForPushOffice } from '../../../functions/core/sourcing-push';
import { runs, sampled } from '../../support/sample';
import { contextArb, evaluated, SEED, teamArb } from './arbitraries';

/**
 * Round 18: a short push its own strong project managers can staff is staffed from inside. The
 * practitioners' reason, written here and not read from the engine: pulling in one's own strong
 * project managers is the fastest start there is (no tender, no hand-over); a mixed team stays right
 * where expertise is basic or none (outside people bring the method) or the push is long.
 */

/** Pushes with no office in place, of every length and expertise, project managers weighted up. */
const pushArb: fc.Arbitrary<OrganisationContext> = contextArb.chain((c) =>
  fc
    .record({
      horizonMonths: fc.integer({ min: 3, max: 36 }),
      projectManagers: fc.integer({ min: 1, max: 40 }),
      // Round 20: the push's own projects need leads first, so the counts stay within a push's range.
      concurrentProjects: fc.integer({ min: 1, max: 60 }),
      employees: fc.integer({ min: 200, max: 20_000 }),
      pmExpertise: fc.constantFrom('strong', 'strong', 'basic', 'none' as const),
    })
    .map(
      (x): OrganisationContext => ({
        ...c,
        ...x,
        horizon: 'temporary',
        existingPmo: 'none',
        existingPmoFte: undefined,
      }),
    ),
);

const mid = (x: { min: number; max: number }) => (x.min + x.max) / 2;
const run = (predicate: (c: OrganisationContext, r: Result) => boolean | undefined, numRuns = 400) => {
  let applied = 0;
  fc.assert(
    fc.property(pushArb, teamArb, (c, team) => {
      const r = evaluated(c, team);
      if (r && predicate(c, r)) applied += 1;
    }),
    { numRuns: runs(numRuns), ...SEED },
  );
  return applied;
};

describe('a short push its own strong project managers can staff is staffed from inside', () => {
  it('is internal, with no procurement, wherever its own people may hold the office', () => {
    const applied = run((c, r) => {
      const { staffing } = r.pmo;
      if (!r.pmo.needed || !staffing || c.pmExpertise !== 'strong') return;
      if ((c.horizonMonths ?? 12) >= LONG_PUSH_MONTHS) return;
      if (c.projectManagers < OWN_PMS_PER_PUSH_FTE * mid(staffing.fte)) return;
      // Round 20: the push's own projects keep their leads; only the others can hold the office.
      if (sparePmsForPushOffice(c) < mid(staffing.fte) + 0.05) return;
      if (r.pmo.sourcingFit.find((f) => f.sourcing === 'internal')?.eligible === false) return;
      expect(r.pmo.sourcing).toBe('internal');
      expect((r.rollout.phases ?? []).some((p) => p.id === 'procurement')).toBe(false);
      return true;
    }, 1000);
    expect(applied).toBeGreaterThan(sampled(20));
  });

  it('leaves a push with basic or no expertise, a long push, or too few project managers to the other rules', () => {
    const applied = run((c, r) => {
      const { staffing } = r.pmo;
      if (!r.pmo.needed || !staffing) return;
      const fires = r.pmo.sourcingFit.some((f) => f.factors.some((x) => x.id === 'own-pms-staff-push'));
      const outside =
        c.pmExpertise !== 'strong' ||
        (c.horizonMonths ?? 12) >= LONG_PUSH_MONTHS ||
        c.projectManagers < OWN_PMS_PER_PUSH_FTE * mid(staffing.fte) - 0.05 ||
        sparePmsForPushOffice(c) < mid(staffing.fte) - 0.05;
      if (!outside) return;
      expect(fires).toBe(false);
      return true;
    });
    expect(applied).toBeGreaterThan(100);
  });

  it('an urgent short push with basic or no expertise and a mixed team open to it still mixes own and outside people', () => {
    const applied = run((c, r) => {
      if (c.urgency !== 'high' || c.pmExpertise === 'strong' || !r.pmo.needed) return;
      if (!r.pmo.sourcingFit.find((f) => f.sourcing === 'hybrid')?.eligible) return;
      expect(r.pmo.sourcing).not.toBe('internal');
      return true;
    });
    expect(applied).toBeGreaterThan(10);
  });
});
