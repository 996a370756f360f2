import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { runs, sampled } from '../../support/sample';
import { contextArb, evaluated, SEED, teamArb } from './arbitraries';

/**
 * Round 22: urgent pushes. The practitioners' reasons, written here and not read from the engine:
 * a short push that arrives at a fixed date did not build the office in place, so it runs as a
 * cell beside that office, which nobody health-checks, re-charters or dissolves for it; a launch or
 * a recovery holds its gates, baselines and go/no-go from the first day, so an urgent push whose
 * leadership accepts control is never left to a reporting office for want of standing practice.
 */

/** Urgent temporary pushes of every size, half of them beside an office in place. */
const urgentPush: fc.Arbitrary<OrganisationContext> = contextArb.chain((c) =>
  fc
    .record({
      horizonMonths: fc.integer({ min: 3, max: 36 }),
      employees: fc.integer({ min: 40, max: 20_000 }),
      concurrentProjects: fc.integer({ min: 2, max: 80 }),
      projectManagers: fc.integer({ min: 0, max: 30 }),
      existingPmo: fc.constantFrom('none', 'none', 'weather-station', 'control-tower' as const),
      existingPmoFte: fc.integer({ min: 1, max: 20 }),
      controlAppetite: fc.constantFrom('medium', 'high' as const),
      businessUnits: fc.constant(undefined),
    })
    .map(
      (x): OrganisationContext => ({
        ...c,
        ...x,
        projectManagers: Math.min(x.projectManagers, x.employees),
        existingPmoFte: x.existingPmo === 'none' ? undefined : x.existingPmoFte,
        horizon: 'temporary',
        urgency: 'high',
      }),
    ),
);

const steps = (r: Result) => (r.rollout.phases ?? []).flatMap((p) => p.activities);
const run = (predicate: (c: OrganisationContext, r: Result) => boolean | undefined, numRuns = 120) => {
  let applied = 0;
  fc.assert(
    fc.property(urgentPush, teamArb, (c, team) => {
      const r = evaluated(c, team);
      if (r && predicate(c, r)) applied += 1;
    }),
    { numRuns: runs(numRuns), ...SEED },
  );
  return applied;
};

describe('an urgent push', () => {
  // Round 22: a short urgent push did not build the office in place, so it never dissolves it;
  // round 29: that office runs the push (no second office beside it) and returns to its lasting work.
  it('of a year or less over an office in place is run by it, which is never dissolved at its end', () => {
    const applied = run((c, r) => {
      if (!r.pmo.needed || c.existingPmo === 'none' || (c.horizonMonths ?? 12) > 12) return;
      expect(r.pmo.besideExisting).toBeUndefined();
      expect(r.pmo.action).not.toBe('establish');
      expect(steps(r)).not.toContain('Dissolve the office and release its people');
      if ((r.rollout.phases ?? []).some((p) => p.id === 'hand-back-and-sunset'))
        expect(steps(r).some((x) => /returns to its lasting services/.test(x))).toBe(true);
      return true;
    });
    expect(applied).toBeGreaterThan(sampled(10));
  });

  it('with a medium or high appetite is never a weather station for want of standing practice', () => {
    const applied = run((c, r) => {
      if (!r.pmo.needed) return;
      // Standing practice weighs neither way: the control tower is not blocked for its want, and
      // the weather station draws no points from low maturity or a reporting gap.
      const tower = r.pmo.fit.find((f) => f.model === 'control-tower');
      const station = r.pmo.fit.find((f) => f.model === 'weather-station');
      expect(tower?.blockers.join(' ') ?? '').not.toMatch(/checks practice that repeats/);
      for (const id of ['maturity', 'reporting-gap'])
        expect(station?.factors.find((f) => f.id === id)?.points ?? 0).toBeLessThanOrEqual(0);
      // Where the evidence carries a model, that makes the push a control tower or more (agile
      // delivery weighs against stage gates for a reason of its own).
      if (r.evidence.status === 'sufficient' && tower?.eligible && c.deliveryApproach !== 'agile')
        expect(r.pmo.model).not.toBe('weather-station');
      return true;
    });
    expect(applied).toBeGreaterThan(sampled(40));
  });
});
