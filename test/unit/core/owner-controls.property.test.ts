import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { CONTROLS_SERVICES } from '../../../functions/core/office/controls-need';
import { runs, sampled } from '../../support/sample';
import { evaluated, SEED, teamArb } from './arbitraries';

/**
 * The owner's programme controls and the managers' brake (round 29). The owner's controls of cost,
 * schedule and change grow with the money under contract, not with its project managers: the brake
 * never holds them, a push is not held by its managers, and so more spend never leaves a smaller
 * office (round 28: a student-records programme fell from 2.4–3.5 FTE to 1.6–2.5 as its spend rose
 * past what its four managers carry; round 29: an airport's terminal expansion scaled to 60 % with
 * no cost or change controller).
 */

/** New offices for own projects, few managers, much spend: where the brake and the others' spend meet. */
const ownerArb: fc.Arbitrary<OrganisationContext> = fc
  .record({
    employees: fc.integer({ min: 60, max: 5000 }),
    concurrentProjects: fc.integer({ min: 3, max: 60 }),
    projectManagers: fc.integer({ min: 1, max: 8 }),
    pmExpertise: fc.constantFrom('none', 'basic', 'strong' as const),
    urgency: fc.constantFrom('low', 'medium', 'high' as const),
    controlAppetite: fc.constantFrom('low', 'medium', 'high' as const),
    resourceContention: fc.constantFrom('low', 'medium', 'high' as const),
    horizon: fc.constantFrom('temporary', 'temporary', 'lasting' as const),
    horizonMonths: fc.integer({ min: 9, max: 60 }),
    annualProjectBudget: fc.integer({ min: 1_000_000, max: 80_000_000 }),
    existingPmo: fc.constant('none' as const),
    regulated: fc.boolean(),
    deliveryApproach: fc.constantFrom('plan-driven', 'mixed' as const),
    projectsFor: fc.constant('own-organisation' as const),
  })
  .map((c) => ({ ...c, horizonMonths: c.horizon === 'lasting' ? undefined : c.horizonMonths }));

const controlsHours = (r: Result) =>
  r.pmo.services
    .filter((x) => (CONTROLS_SERVICES as readonly string[]).includes(x.id) && x.driver === 'spend')
    .reduce((a, x) => a + x.hoursPerWeek, 0);

describe('the owner’s controls grow with the spend', () => {
  it('an office for own projects, a push or lasting, never gets smaller as its spend rises, nor do its controls', () => {
    let met = 0;
    let pushes = 0;
    fc.assert(
      fc.property(ownerArb, fc.double({ min: 1.1, max: 3, noNaN: true }), teamArb, (c, k, team) => {
        const more: OrganisationContext = {
          ...c,
          annualProjectBudget: Math.round((c.annualProjectBudget ?? 0) * k),
        };
        const a = evaluated(c, team);
        const b = evaluated(more, team);
        if (!a?.pmo.staffing || !b?.pmo.staffing || !a.pmo.needed || !b.pmo.needed) return;
        // The same office at two spends: a change of shape (a programme of large projects) is its own
        // rule, and so is a change of sourcing (a mixed team, paid at a blend of rates, that more spend affords).
        if (a.pmo.shape !== b.pmo.shape || a.pmo.model !== b.pmo.model || a.pmo.sourcing !== b.pmo.sourcing)
          return;
        if (a.pmo.shape !== 'programme' && a.pmo.shape !== 'portfolio') return;
        met++;
        if (c.horizon === 'temporary') pushes++;
        // Each end of the range is shown to a tenth of a person.
        expect(b.pmo.staffing.fte.max, JSON.stringify(c)).toBeGreaterThanOrEqual(
          a.pmo.staffing.fte.max - 0.051,
        );
        expect(b.pmo.staffing.fte.min).toBeGreaterThanOrEqual(a.pmo.staffing.fte.min - 0.051);
        expect(controlsHours(b)).toBeGreaterThanOrEqual(controlsHours(a) - 0.11);
      }),
      { numRuns: runs(120), ...SEED },
    );
    expect(met).toBeGreaterThanOrEqual(sampled(60));
    expect(pushes).toBeGreaterThanOrEqual(sampled(30));
  });
});
