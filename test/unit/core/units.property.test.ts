import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { judgeOffice, viewsOf } from '../../../functions/core/action';
import { runs } from '../../support/sample';
import { groupContext, SEED, teamArb } from './arbitraries';
import { ALL_QUESTIONS } from './fixtures';

/**
 * Groups of several business units (round 17): the structure comes from the units, the control of
 * their centre from appetite, maturity and what the units need from it. Each rule is a property
 * over generated groups; the figures are the practitioners' (a hub is a named person's job, a
 * quarter of a person the least a unit's office can be), not read from the engine.
 */

const lmh = fc.constantFrom('low', 'medium', 'high' as const);
const APPETITES = ['low', 'medium', 'high'] as const;
const RANK = { 'weather-station': 0, 'control-tower': 1, 'resource-source': 2 } as const;
/** The least a hub is: half a person to lead the units' offices and hold the group's portfolio view (practitioners: 1.5 to 8). */
const HUB_MIN_FTE = 0.5;
const UNIT_SHAPES = new Set(['hub-and-spoke', 'department']);

/** Groups of two to twelve units, of every size, maturity, appetite and office in place. */
const groupArb: fc.Arbitrary<OrganisationContext> = fc
  .record({
    units: fc.integer({ min: 2, max: 12 }),
    perUnitEmployees: fc.integer({ min: 30, max: 4_000 }),
    perUnitProjects: fc.integer({ min: 3, max: 60 }),
    perUnitManagers: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 25 })),
    pmExpertise: fc.constantFrom('none', 'basic', 'strong' as const),
    urgency: lmh,
    controlAppetite: lmh,
    resourceContention: lmh,
    spendPerProject: fc.option(fc.integer({ min: 50_000, max: 8_000_000 }), { nil: undefined }),
    existingPmo: fc.constantFrom(
      'none',
      'none',
      'weather-station',
      'control-tower',
      'resource-source',
      'resource-source' as const,
    ),
    existingPmoFte: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    regulated: fc.boolean(),
    deliveryApproach: fc.constantFrom('plan-driven', 'mixed' as const),
  })
  .map((g) =>
    groupContext(g, {
      projectManagers: Math.min(g.units * g.perUnitEmployees, g.units * g.perUnitManagers),
      existingPmo: g.existingPmo,
      ...(g.existingPmo === 'none' || g.existingPmoFte === undefined
        ? {}
        : { existingPmoFte: g.existingPmoFte }),
      deliveryApproach: g.deliveryApproach,
    }),
  );

/** A team whose answers sit around one level per respondent: maturity from 1 to 4. */
const leveledTeamArb = (max: number): fc.Arbitrary<Answers[]> =>
  fc.array(
    fc
      .tuple(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: -1, max: 1 }), {
          minLength: ALL_QUESTIONS.length,
          maxLength: ALL_QUESTIONS.length,
        }),
      )
      .map(([level, noise]) =>
        Object.fromEntries(
          ALL_QUESTIONS.map((q, i) => [
            q.id,
            Math.min(5, Math.max(1, level + (noise[i] ?? 0))) as Answers[string],
          ]),
        ),
      ),
    { minLength: 1, maxLength: max },
  );

const run = (c: OrganisationContext, team: Answers[]) =>
  evaluate(QUESTIONNAIRE, c, team, { sensitivity: false });

const groups = (
  predicate: (c: OrganisationContext, r: Result, team: Answers[]) => void,
  { numRuns = 200, team = fc.oneof(leveledTeamArb(5), teamArb) } = {},
) =>
  fc.assert(
    fc.property(groupArb, team, (c, t) => {
      const r = run(c, t);
      if (r) predicate(c, r, t);
    }),
    { numRuns: runs(numRuns), ...SEED },
  );

/** Every unit has projects enough, people and a project manager of its own (round 16's line). */
const unitsCarry = (c: OrganisationContext) => {
  const units = c.businessUnits ?? 1;
  return c.projectManagers >= units && c.concurrentProjects >= 6 * units && c.employees >= 50 * units;
};
/** Three or more units, each leading its own projects with a project manager of its own. */
const unitsLeadOwn = (c: OrganisationContext) =>
  (c.businessUnits ?? 1) >= 3 && c.projectManagers >= (c.businessUnits ?? 1);
/** Leadership renews a directive office's mandate. */
const directiveRenewed = (c: OrganisationContext) =>
  c.existingPmo === 'resource-source' && c.controlAppetite === 'high';
/**
 * A directive office in place that works, under an appetite that does not withdraw it: its units draw
 * on the pool it allocates, whatever their count (round 31; office/in-place-works.ts).
 */
const poolWorks = (c: OrganisationContext, r: Result, team: Answers[]) =>
  c.existingPmo === 'resource-source' &&
  c.controlAppetite !== 'low' &&
  judgeOffice('resource-source', r.maturity, viewsOf(QUESTIONNAIRE, team)).works;
/** The office in place has the control leadership asks for, and one open to it over the units. */
const mandateStands = (c: OrganisationContext) =>
  c.existingPmo !== 'none' &&
  !(c.existingPmo === 'weather-station' && c.controlAppetite === 'high') &&
  !(c.existingPmo !== 'weather-station' && c.controlAppetite === 'low') &&
  !(c.existingPmo === 'resource-source' && unitsLeadOwn(c) && !directiveRenewed(c));
const hubFte = (r: Result) =>
  r.pmo.services
    .filter((s) => ['office-lead', 'hub-coordination', 'portfolio-prioritisation'].includes(s.id))
    .reduce((a, s) => a + s.fte, 0);
const said = (r: Result) =>
  [...r.pmo.rationale, ...(r.rollout.phases ?? []).flatMap((p) => p.activities)].join(' ');
const score = (r: Result, id: string) => r.maturity.dimensions.find((d) => d.id === id)?.score ?? null;

describe('the structure of a group comes from its units', () => {
  it('the shape never changes from one respondent’s view of an office in place whose mandate stands', () =>
    groups(
      (c, r) => {
        if (!mandateStands(c)) return;
        expect(UNIT_SHAPES.has(r.pmo.shape)).toBe(false);
      },
      { team: leveledTeamArb(1) },
    ));

  it('appetite never changes the structure of a group with no office in place: only the control of its centre', () =>
    fc.assert(
      fc.property(groupArb, leveledTeamArb(5), (g, team) => {
        const c = { ...g, existingPmo: 'none' as const, existingPmoFte: undefined };
        if (!unitsCarry(c) || (c.businessUnits ?? 1) < 3) return;
        for (const appetite of APPETITES) {
          const r = run({ ...c, controlAppetite: appetite }, team);
          if (!r || !['portfolio', 'hub-and-spoke'].includes(r.pmo.shape)) continue;
          if (r.pmo.shape === 'portfolio') expect(said(r)).toMatch(/too small to staff an office of its own/);
        }
      }),
      { numRuns: runs(150), ...SEED },
    ));

  it('a hub is never under half a person, and offices in the units never come without one', () =>
    groups((c, r) => {
      expect(r.pmo.shape).not.toBe('department');
      expect(said(r)).not.toMatch(/about 0 FTE stay|group roll-up/);
      if (r.pmo.shape !== 'hub-and-spoke' || !r.pmo.staffing) return;
      expect(hubFte(r)).toBeGreaterThanOrEqual(HUB_MIN_FTE);
      const hub = r.pmo.staffing.roles[0];
      expect(hub?.fte ?? 0).toBeGreaterThanOrEqual(HUB_MIN_FTE);
      expect(unitsCarry(c)).toBe(true);
    }));
});

describe('the control of a group’s centre', () => {
  it('nobody allocates people across units that lead their own projects, unless leadership renews a directive office’s mandate or the directive office in place works', () =>
    groups((c, r, team) => {
      if (!unitsLeadOwn(c) || directiveRenewed(c) || poolWorks(c, r, team)) return;
      expect(r.pmo.model).not.toBe('resource-source');
    }));

  it('over units that lead their own projects, moving appetite one step never jumps from directive to supportive where a control tower is open, nor lowers control', () =>
    fc.assert(
      fc.property(groupArb, fc.oneof(leveledTeamArb(5), teamArb), fc.boolean(), (g, team, directive) => {
        // Half the groups run a directive office today: the case the step is about.
        const c = directive ? { ...g, existingPmo: 'resource-source' as const } : g;
        if (!unitsLeadOwn(c)) return;
        const at = APPETITES.map((appetite) => run({ ...c, controlAppetite: appetite }, team));
        for (let i = 0; i + 1 < at.length; i++) {
          const [lower, higher] = [at[i], at[i + 1]];
          if (!lower?.pmo.model || higher?.pmo.model !== 'resource-source') continue;
          const towerOpen = lower.pmo.fit.find((f) => f.model === 'control-tower')?.eligible;
          if (towerOpen) expect(lower.pmo.model).not.toBe('weather-station');
        }
        // ...and more appetite never means less control.
        const ranks = at.map((r) => (r?.pmo.model ? RANK[r.pmo.model] : null));
        for (let i = 0; i + 1 < ranks.length; i++) {
          const [a, b] = [ranks[i], ranks[i + 1]];
          if (a !== null && a !== undefined && b !== null && b !== undefined)
            expect(b).toBeGreaterThanOrEqual(a);
        }
      }),
      { numRuns: runs(200), ...SEED },
    ));

  it('a directive office in place over units that lead their own projects steps down one degree where a control tower is open, unless it works', () =>
    groups((c, r, team) => {
      if (
        c.existingPmo !== 'resource-source' ||
        !unitsLeadOwn(c) ||
        directiveRenewed(c) ||
        poolWorks(c, r, team) ||
        !r.pmo.model
      )
        return;
      if (r.pmo.fit.find((f) => f.model === 'control-tower')?.eligible)
        expect(r.pmo.model).toBe('control-tower');
    }));

  it('a new centre over units that lead their own projects checks only practice they share, unless a regulator or leadership asks for control', () =>
    groups((c, r) => {
      if (c.existingPmo !== 'none' || !unitsLeadOwn(c) || c.regulated || c.controlAppetite !== 'medium')
        return;
      const practice = [score(r, 'standards'), score(r, 'reporting')].filter((x): x is number => x !== null);
      if (practice.some((x) => x < 2)) expect(r.pmo.model).not.toBe('control-tower');
    }));

  it('where units lead their own projects, the office keeps a view across them of the people they share, never plans them', () =>
    groups((c, r, team) => {
      const plan = r.pmo.services.find((s) => s.id === 'capacity-planning');
      if (!plan) return;
      const across = /view across the units of the people they share/.test(plan.name);
      if (UNIT_SHAPES.has(r.pmo.shape) || (unitsLeadOwn(c) && !directiveRenewed(c) && !poolWorks(c, r, team)))
        expect(across).toBe(true);
      // Units without a project manager each (a trust's schools, a federation's members) are not
      // planned by the office either: their projects are led from the centre, which plans its own people.
      else expect(across).toBe(false);
    }));
});
