import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { PORTFOLIO_CONTROLS_PER_PROJECT } from '../../../functions/core/office/catalogue';
import { CONTROLS_SHARE, controlsHours } from '../../../functions/core/office/controls-share';
import { HOURS_SAVED_PER_PM, WORKING_WEEKS } from '../../../functions/core/office/returns';
import { UNITS_OWN_CONTROLS } from '../../../functions/core/office/roles';
import {
  credibleProjects,
  MANAGER_SPEND,
  MANAGERS_PER_PROJECT_WARNING,
  PROJECTS_PER_MANAGER_STRETCH,
  PROJECTS_PER_PERSON_WARNING,
  REAL_PROJECT_SPEND,
} from '../../../functions/core/project-count';
import { situationOf } from '../../../functions/core/situation';
import { CONTROLLED_PROJECT_SPEND } from '../../../functions/core/spend-scale';
import { runs } from '../../support/sample';
import { check, SEED, teamArb } from './arbitraries';

/**
 * Round 18: offices for large multi-unit groups, and the counts the engine believes.
 * - The hub of a hub and spoke holds what controls the whole portfolio (prioritisation, the
 *   portfolio's controls and returns, assurance, standards): it is not sized as a coordinator.
 * - Where the spend says the work is made of real projects, a shortage of managers does not turn
 *   them into activities: the office is sized on every one of them.
 * - A project-manager count the result doubts carries no size and no money past what the
 *   projects could use; and too many projects or too much money per manager is warned, as too
 *   many managers per project is.
 */

const lmh = fc.constantFrom('low', 'medium', 'high' as const);
const DAY_RATE = 500;
const run = (c: OrganisationContext, team: Answers[]): Result | null =>
  evaluate(QUESTIONNAIRE, c, team, { sensitivity: false, rates: { currency: 'EUR', dayRate: DAY_RATE } });

const base = {
  pmExpertise: fc.constantFrom('none', 'basic', 'strong' as const),
  urgency: lmh,
  controlAppetite: lmh,
  resourceContention: lmh,
  regulated: fc.boolean(),
  deliveryApproach: fc.constantFrom('plan-driven', 'mixed' as const),
};

/** A lasting organisation from the drawn counts and the answers every generator shares. */
const lasting = (
  g: {
    pmExpertise: OrganisationContext['pmExpertise'];
    urgency: OrganisationContext['urgency'];
    controlAppetite: OrganisationContext['controlAppetite'];
    resourceContention: OrganisationContext['resourceContention'];
    regulated: boolean;
    deliveryApproach: OrganisationContext['deliveryApproach'];
  },
  counts: Pick<OrganisationContext, 'employees' | 'concurrentProjects' | 'projectManagers'> &
    Partial<OrganisationContext>,
  spend: number | undefined,
): OrganisationContext => ({
  existingPmo: 'none',
  ...counts,
  pmExpertise: g.pmExpertise,
  urgency: g.urgency,
  controlAppetite: g.controlAppetite,
  resourceContention: g.resourceContention,
  horizon: 'lasting',
  ...(spend === undefined ? {} : { annualProjectBudget: spend }),
  regulated: g.regulated,
  deliveryApproach: g.deliveryApproach,
});

/** Large groups of three to ten units, each running its own portfolio with managers of its own. */
const groupArb: fc.Arbitrary<OrganisationContext> = fc
  .record({
    ...base,
    units: fc.integer({ min: 3, max: 10 }),
    perUnitEmployees: fc.integer({ min: 200, max: 5_000 }),
    perUnitProjects: fc.integer({ min: 8, max: 50 }),
    perUnitManagers: fc.integer({ min: 2, max: 15 }),
    spendPerProject: fc.option(fc.integer({ min: 200_000, max: 8_000_000 }), { nil: undefined }),
    existingPmo: fc.constantFrom('none', 'weather-station', 'control-tower' as const),
    existingPmoFte: fc.integer({ min: 2, max: 30 }),
  })
  .map((g) =>
    lasting(
      g,
      {
        employees: g.units * g.perUnitEmployees,
        concurrentProjects: g.units * g.perUnitProjects,
        projectManagers: g.units * g.perUnitManagers,
        existingPmo: g.existingPmo,
        ...(g.existingPmo === 'none' ? {} : { existingPmoFte: g.existingPmoFte }),
        businessUnits: g.units,
      },
      g.spendPerProject === undefined ? undefined : g.spendPerProject * g.units * g.perUnitProjects,
    ),
  );

/** Organisations with many projects and few or no managers, every spend per project from small to large. */
const fewManagersArb: fc.Arbitrary<OrganisationContext> = fc
  .record({
    ...base,
    employees: fc.integer({ min: 100, max: 20_000 }),
    projects: fc.integer({ min: 20, max: 300 }),
    managers: fc.integer({ min: 0, max: 6 }),
    spendPerProject: fc.option(fc.integer({ min: 10_000, max: 5_000_000 }), { nil: undefined }),
  })
  .map((g) =>
    lasting(
      g,
      { employees: g.employees, concurrentProjects: g.projects, projectManagers: g.managers },
      g.spendPerProject === undefined ? undefined : g.spendPerProject * g.projects,
    ),
  );

/** Few projects and many people titled project manager, on small projects. */
const manyManagersArb: fc.Arbitrary<OrganisationContext> = fc
  .record({
    ...base,
    employees: fc.integer({ min: 200, max: 20_000 }),
    projects: fc.integer({ min: 2, max: 30 }),
    perProject: fc.integer({ min: 3, max: 8 }),
    spendPerProject: fc.option(fc.integer({ min: 50_000, max: 5_000_000 }), { nil: undefined }),
  })
  .map((g) =>
    lasting(
      g,
      { employees: g.employees, concurrentProjects: g.projects, projectManagers: g.projects * g.perProject },
      g.spendPerProject === undefined ? undefined : g.spendPerProject * g.projects,
    ),
  );

/** The controlling functions of a group's portfolio: they sit at its hub. */
const CONTROLLING = ['portfolio-prioritisation', 'portfolio-controls', 'assurance', 'standards'];

describe('the hub of a group decides for the whole portfolio', () => {
  it('the hub carries at least the controlling services, each sized on the whole portfolio', () => {
    let hubs = 0;
    fc.assert(
      fc.property(groupArb, teamArb, (c, team) => {
        const r = run(c, team);
        if (r?.pmo.shape !== 'hub-and-spoke' || !r.pmo.staffing || r.pmo.staffing.roles.length < 1) return;
        hubs++;
        const hub = r.pmo.staffing.roles[0]?.fte ?? 0;
        // Without a high appetite the units control and review their own projects (roles.ts, round 21).
        const atHub = (id: string) =>
          CONTROLLING.includes(id) &&
          (c.controlAppetite === 'high' || !UNITS_OWN_CONTROLS.includes(id as never));
        const controlling = r.pmo.services.filter((s) => atHub(s.id)).reduce((a, s) => a + s.fte, 0);
        // Two decimals each: the hub rounds once, the services each.
        expect(hub).toBeGreaterThanOrEqual(controlling - 0.05);
        for (const s of r.pmo.services)
          if (CONTROLLING.includes(s.id) && s.driver === 'projects')
            expect(s.units).toBe(credibleProjects(situationOf(c)));
      }),
      { numRuns: runs(150), ...SEED },
    );
    expect(hubs).toBeGreaterThan(10);
  });
});

describe('the counts the result believes', () => {
  it('where the spend shows real projects, a shortage of managers does not turn them into activities', () => {
    let reached = 0;
    fc.assert(
      fc.property(fewManagersArb, teamArb, (c, team) => {
        const r = run(c, team);
        const spend = c.annualProjectBudget;
        if (!r || spend === undefined || spend / c.concurrentProjects < REAL_PROJECT_SPEND) return;
        if (c.concurrentProjects > c.employees * PROJECTS_PER_PERSON_WARNING) return;
        reached++;
        expect(r.warnings.join(' ')).not.toMatch(/activities/);
        for (const s of r.pmo.services)
          if (s.driver === 'projects') expect(s.units).toBe(c.concurrentProjects);
      }),
      { numRuns: runs(150), ...SEED },
    );
    expect(reached).toBeGreaterThan(20);
  });

  it('a manager count the result doubts carries no size and no money past what the projects could use', () => {
    let reached = 0;
    fc.assert(
      fc.property(manyManagersArb, teamArb, (c, team) => {
        const r = run(c, team);
        if (!r?.warnings.some((w) => /check both figures/.test(w))) return;
        reached++;
        const credible = c.concurrentProjects * MANAGERS_PER_PROJECT_WARNING;
        expect(r.warnings.join(' ')).toMatch(new RegExp(`on ${credible} of them`));
        for (const s of r.pmo.services)
          if (s.driver === 'project-managers') expect(s.units).toBeLessThanOrEqual(credible);
        const freed = r.pmo.returns.find((x) => x.id === 'capacity-freed');
        const hourRate = DAY_RATE / (37.5 / 5);
        if (freed?.annual)
          expect(freed.annual.max).toBeLessThanOrEqual(
            Math.round((credible * HOURS_SAVED_PER_PM.max * WORKING_WEEKS * hourRate) / 1000) * 1000 + 1000,
          );
      }),
      { numRuns: runs(150), ...SEED },
    );
    expect(reached).toBeGreaterThan(20);
  });

  it('too many projects or too much spend for the managers there are is warned, as too many managers is', () => {
    let reached = 0;
    fc.assert(
      fc.property(fewManagersArb, teamArb, (c, team) => {
        if (c.projectManagers === 0) return;
        const spend = c.annualProjectBudget ?? 0;
        const stretched =
          c.concurrentProjects > c.projectManagers * PROJECTS_PER_MANAGER_STRETCH ||
          spend > c.projectManagers * MANAGER_SPEND[c.pmExpertise];
        if (!stretched) return;
        const r = run(c, team);
        if (!r) return;
        reached++;
        expect(r.warnings.join(' ')).toMatch(/nobody leads|activities|usually carries/);
      }),
      { numRuns: runs(150), ...SEED },
    );
    expect(reached).toBeGreaterThan(20);
  });
});

describe('spend-driven effort is the portfolio office’s own work', () => {
  // Round 23: large builds carry a programme's controls whatever the horizon (controls-share.ts);
  // the roll-up's bound per project holds where the projects are not builds.
  it('portfolio controls never take more than a bounded effort per project, unless the projects are builds', () =>
    check((c, r) => {
      const controls = r.pmo.services.find((s) => s.id === 'portfolio-controls');
      if (!controls || (c.annualProjectBudget ?? 0) > c.concurrentProjects * CONTROLLED_PROJECT_SPEND) return;
      // One FTE is 37.5 h a week; fte is rounded to two decimals.
      expect(controls.fte * 37.5).toBeLessThanOrEqual(
        c.concurrentProjects * PORTFOLIO_CONTROLS_PER_PROJECT + 0.01 * 37.5,
      );
    }, 300));
  it('and never more than a programme office would carry for the same spend', () =>
    check((c, r) => {
      const controls = r.pmo.services.find((s) => s.id === 'portfolio-controls');
      if (!controls) return;
      const millions = (c.annualProjectBudget ?? 0) / 1e6;
      expect(controls.hoursPerWeek).toBeLessThanOrEqual(
        controlsHours(millions, CONTROLS_SHARE.office) * 1.0001 + 0.01,
      );
    }, 300));
});
