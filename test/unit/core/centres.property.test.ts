import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import { SERVICE_CATALOGUE } from '../../../functions/core/office/catalogue';
import { english, msg } from '../../../functions/core/say';
import { check, evaluated, SEED, teamArb } from './arbitraries';

/**
 * Round 20: a group's centre is what its degree of control makes it, and the sourcing sentences
 * argue for the sourcing chosen. Properties over generated organisations, each evaluated once
 * without the sensitivity analysis.
 */

const lmh = fc.constantFrom('low', 'medium', 'high' as const);
const CONTROLLING = new Set(SERVICE_CATALOGUE.filter((s) => s.control !== 'supportive').map((s) => s.id));
/** What a controlling centre's sentences say; a supportive one's never do. */
const CONTROLS = /prioritises, controls and assures|controls, assurance and standards|change control across/;

/** Groups of two to ten units, mostly with leadership wary of central control. */
const groupArb: fc.Arbitrary<OrganisationContext> = fc
  .record({
    units: fc.integer({ min: 2, max: 10 }),
    perUnitEmployees: fc.integer({ min: 100, max: 3_000 }),
    perUnitProjects: fc.integer({ min: 5, max: 40 }),
    perUnitManagers: fc.integer({ min: 1, max: 10 }),
    spendPerProject: fc.option(fc.integer({ min: 100_000, max: 10_000_000 }), { nil: undefined }),
    pmExpertise: fc.constantFrom('none', 'basic', 'strong' as const),
    urgency: lmh,
    controlAppetite: fc.constantFrom('low', 'low', 'medium' as const),
    resourceContention: lmh,
    regulated: fc.boolean(),
  })
  .map(
    (g): OrganisationContext => ({
      employees: g.units * g.perUnitEmployees,
      concurrentProjects: g.units * g.perUnitProjects,
      projectManagers: g.units * g.perUnitManagers,
      pmExpertise: g.pmExpertise,
      urgency: g.urgency,
      controlAppetite: g.controlAppetite,
      resourceContention: g.resourceContention,
      horizon: 'lasting',
      existingPmo: 'none',
      businessUnits: g.units,
      regulated: g.regulated,
      ...(g.spendPerProject === undefined
        ? {}
        : { annualProjectBudget: g.spendPerProject * g.units * g.perUnitProjects }),
    }),
  );

describe('a supportive centre holds the group’s view, not its control', () => {
  it('a weather station holds no controlling service in full, and no sentence says it controls', () => {
    let supportive = 0;
    let hubs = 0;
    fc.assert(
      fc.property(groupArb, teamArb, (c, team) => {
        const r = evaluated(c, team);
        if (r?.pmo.model !== 'weather-station') return;
        supportive++;
        if (r.pmo.shape === 'hub-and-spoke') hubs++;
        for (const s of r.pmo.services)
          if (CONTROLLING.has(s.id as never))
            expect(s.name, s.id).not.toBe(english(msg(`office.service.${s.id}` as never)));
        const said = [...r.pmo.rationale, ...(r.pmo.staffing?.roles.map((x) => x.role) ?? [])].join(' ');
        expect(said).not.toMatch(CONTROLS);
      }),
      { numRuns: 120, ...SEED },
    );
    expect(supportive).toBeGreaterThan(20);
    expect(hubs).toBeGreaterThan(5);
  });
});

describe('the sourcing sentences argue for the sourcing chosen', () => {
  const MIXED = /mixed team recommended/;
  it('the sourcing sentence carries the chosen option’s own score and reason; a mixed team is argued for only where chosen', () => {
    check((_c, r) => {
      if (!r.pmo.sourcing) return;
      const own = r.pmo.sourcingFit.find((f) => f.sourcing === r.pmo.sourcing);
      const line = r.pmo.rationale.find((x) => x.startsWith('Sourcing:'));
      if (own && line) {
        expect(line).toContain(`at ${own.score}/100`);
        if (own.reasons[0]) expect(line).toContain(own.reasons[0]);
      }
      if (r.pmo.sourcing !== 'hybrid') expect(r.pmo.rationale.join(' ')).not.toMatch(MIXED);
    }, 150);
  });
});
