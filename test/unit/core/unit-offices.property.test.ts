import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { SERVICE_CATALOGUE } from '../../../functions/core/office/catalogue';
import { type Candidate, sizeOne, unitShare } from '../../../functions/core/office/sizing';
import { OFFICE_EN } from '../../../functions/core/office/words';
import { situationOf } from '../../../functions/core/situation';
import { runs, sampled } from '../../support/sample';
import { groupContext, groupPressures, SEED, teamArb } from './arbitraries';

/**
 * Round 19: the offices of a large group's units are separate offices.
 * - Each unit's office is sized on the unit's own share, with the economies of scale of one office:
 *   never less than the same services run as one office for the whole group.
 * - The units' people are viewed across the units only where they share people (contention not low).
 * - The hub's title names controls only where it holds controlling services.
 * - An office in place no larger than the hub is never told that its people "stay at the hub".
 */

const run = (c: OrganisationContext, team: Answers[]): Result | null =>
  evaluate(QUESTIONNAIRE, c, team, { sensitivity: false, rates: { currency: 'EUR', dayRate: 600 } });

/** Groups of three to ten units, each with a portfolio and managers of its own. */
const groupArb: fc.Arbitrary<OrganisationContext> = fc
  .record({
    units: fc.integer({ min: 3, max: 10 }),
    perUnitEmployees: fc.integer({ min: 200, max: 4_000 }),
    perUnitProjects: fc.integer({ min: 8, max: 60 }),
    perUnitManagers: fc.integer({ min: 2, max: 30 }),
    spendPerProject: fc.option(fc.integer({ min: 200_000, max: 40_000_000 }), { nil: undefined }),
    ...groupPressures,
    existingPmo: fc.constantFrom('none', 'weather-station', 'control-tower' as const),
    existingPmoFte: fc.integer({ min: 1, max: 30 }),
  })
  .map((g) =>
    groupContext(g, {
      deliveryApproach: 'mixed',
      existingPmo: g.existingPmo,
      ...(g.existingPmo === 'none' ? {} : { existingPmoFte: g.existingPmoFte }),
    }),
  );

const candidate = (spec: Candidate['spec']): Candidate => ({
  spec,
  why: ['context'],
  painful: { gap: 1, pressure: 0, readiness: 1 },
  sustain: false,
  core: false,
  form: 'full',
});

describe('each unit office is an office of its own', () => {
  it('a service run in every unit is sized on each unit’s share, never below one office for the group', () => {
    fc.assert(
      fc.property(groupArb, (c) => {
        const s = situationOf(c);
        const units = c.businessUnits ?? 1;
        for (const spec of SERVICE_CATALOGUE) {
          if (spec.driver === 'office' || spec.driver === 'business-units') continue;
          const group = sizeOne(candidate(spec), s);
          const spread = sizeOne(candidate(spec), s, units);
          const one = sizeOne(candidate(spec), unitShare(s, units));
          // The units' offices add up, each with its own economies of scale...
          expect(spread.hours).toBeCloseTo(one.hours * units, 6);
          // ...and the group's are never taken across them.
          expect(spread.hours).toBeGreaterThanOrEqual(group.hours - 1e-6);
          // The driver shown is the group's, whole.
          expect(spread.units).toBe(group.units);
        }
      }),
      { numRuns: runs(150), ...SEED },
    );
  });

  it('groups: the cross-unit people view only where units share people; the hub’s title follows its services; no one "stays" at a hub larger than the office in place', () => {
    let hubs = 0;
    fc.assert(
      fc.property(groupArb, teamArb, (c, team) => {
        const r = run(c, team);
        const staffing = r?.pmo.staffing;
        // A hub of one person is named as the office's lead (roles.ts): its title is the lead's.
        if (r?.pmo.shape !== 'hub-and-spoke' || !staffing || !staffing.roles[0]?.role.startsWith('Hub'))
          return;
        hubs++;
        const ids = r.pmo.services.map((x) => x.id);
        if (c.resourceContention === 'low') expect(ids).not.toContain('capacity-planning');
        // A supportive hub without the portfolio's controls holds the group's view, and says so; a
        // controlling one with them says it controls.
        if (r.pmo.model === 'weather-station' && !ids.includes('portfolio-controls'))
          expect(staffing.roles[0]?.role).toBe(OFFICE_EN['office.role.hubView']);
        // ...and one without a high appetite holds what is group-wide, the units their own controls (round 21).
        if (r.pmo.model === 'control-tower' && ids.includes('portfolio-controls'))
          expect(staffing.roles[0]?.role).toBe(
            OFFICE_EN[c.controlAppetite === 'high' ? 'office.role.hub' : 'office.role.hubGroup'],
          );
        const text = JSON.stringify(r.rollout);
        const m = /of its ([\d.]+) FTE, about ([\d.]+) FTE stay at the hub/.exec(text);
        if (m) expect(Number(m[2])).toBeLessThan(Number(m[1]));
      }),
      { numRuns: runs(120), ...SEED },
    );
    expect(hubs).toBeGreaterThan(sampled(20));
  });
});
