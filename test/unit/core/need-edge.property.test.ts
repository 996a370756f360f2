import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { spendShowsProjects } from '../../../functions/core/project-count';
import { runs } from '../../support/sample';
import { check, respondentArb, SEED } from './arbitraries';
import { asKeys, read } from './said';

/**
 * Round 16: the office / no-office edge agrees with the result's own warnings, the office is sized
 * on a project count the result believes, and a plan never asks to practise on projects that do
 * not exist. The figures are the practitioners' (15 projects a manager, 3 per person, 3 % of spend,
 * one full-time person), written here rather than read from the engine.
 */

const PER_MANAGER = 15;
const PER_PERSON = 3;
const ONE_PERSON = 1;

const run = (c: OrganisationContext, team: Answers[], rates?: { currency: string; dayRate: number }) =>
  evaluate(QUESTIONNAIRE, c, team, { say: asKeys, sensitivity: false, rates }) as Result;
const warned = (r: Result, key: string) => r.warnings.some((w) => read(w).key === key);
const mid = (x: { min: number; max: number }) => (x.min + x.max) / 2;

const lmh = fc.constantFrom('low', 'medium', 'high' as const);
/** Organisations near the edge: tens to hundreds of people, a handful to a few dozen projects, modest spend. */
const edgeArb = fc.record({
  context: fc
    .record({
      employees: fc.integer({ min: 15, max: 600 }),
      concurrentProjects: fc.integer({ min: 3, max: 40 }),
      projectManagers: fc.integer({ min: 0, max: 8 }),
      pmExpertise: fc.constantFrom('none', 'basic', 'strong' as const),
      urgency: lmh,
      controlAppetite: lmh,
      resourceContention: lmh,
      horizon: fc.constant('lasting' as const),
      annualProjectBudget: fc.option(fc.integer({ min: 300_000, max: 12_000_000 }), { nil: undefined }),
      existingPmo: fc.constant('none' as const),
      regulated: fc.boolean(),
      deliveryApproach: fc.option(fc.constantFrom('plan-driven', 'agile', 'mixed' as const), {
        nil: undefined,
      }),
    })
    .map((c) => ({ ...c, projectManagers: Math.min(c.projectManagers, c.employees) })),
  team: fc.array(respondentArb, { minLength: 1, maxLength: 3 }),
  dayRate: fc.integer({ min: 300, max: 900 }),
});

describe('the office / no-office edge agrees with the warnings', () => {
  it('a new office of under one person is never recommended with both the cost and the returns warning', () =>
    fc.assert(
      fc.property(edgeArb, ({ context, team, dayRate }) => {
        const r = run(context, team, { currency: 'EUR', dayRate });
        if (!r.pmo.needed || !r.pmo.staffing || mid(r.pmo.staffing.fte) >= ONE_PERSON) return;
        expect(warned(r, 'warning.highCostShare') && warned(r, 'warning.returnsBelowCost')).toBe(false);
      }),
      { numRuns: runs(300), ...SEED },
    ));

  it('ten per cent more people or more spend never turns an office into no office', () =>
    fc.assert(
      fc.property(edgeArb, fc.constantFrom('employees', 'annualProjectBudget' as const), (x, field) => {
        const { context, team, dayRate } = x;
        const rates = { currency: 'EUR', dayRate };
        const before = run(context, team, rates);
        if (!before.pmo.needed) return;
        const value = context[field];
        if (value === undefined) return;
        const after = run({ ...context, [field]: Math.ceil(value * 1.1) }, team, rates);
        expect(after.pmo.needed).toBe(true);
      }),
      { numRuns: runs(200), ...SEED },
    ));

  it('over a grid of headcount and spend, the verdict turns to an office once and stays there', () => {
    const broken: string[] = [];
    const teams = fc.sample(fc.array(respondentArb, { minLength: 1, maxLength: 2 }), {
      numRuns: runs(3),
      seed: 2026,
    });
    const employees = [20, 30, 34, 40, 45, 50, 60, 80, 120, 250];
    const spends = [500_000, 1_000_000, 1_500_000, 2_500_000, 4_000_000, 6_000_000, 12_000_000];
    for (const team of teams)
      for (const base of fc.sample(
        edgeArb.map((x) => x.context),
        { numRuns: runs(4), seed: 2026 },
      )) {
        const verdict = (e: number, b: number) =>
          run(
            {
              ...base,
              employees: e,
              projectManagers: Math.min(base.projectManagers, e),
              annualProjectBudget: b,
            },
            team,
          ).pmo.needed;
        const grid = employees.map((e) => spends.map((b) => verdict(e, b)));
        for (let i = 0; i < employees.length; i++)
          for (let j = 0; j < spends.length; j++) {
            const here = grid[i]?.[j];
            if (here && i + 1 < employees.length && !grid[i + 1]?.[j])
              broken.push(`more people: ${employees[i]} → ${employees[i + 1]} at ${spends[j]}`);
            if (here && j + 1 < spends.length && !grid[i]?.[j + 1])
              broken.push(`more spend: ${spends[j]} → ${spends[j + 1]} at ${employees[i]}`);
          }
      }
    expect(broken).toEqual([]);
  });

  it('one more project manager never makes an office smaller or an office into none', () =>
    fc.assert(
      fc.property(edgeArb, ({ context, team, dayRate }) => {
        if (context.projectManagers + 1 > context.employees) return;
        const rates = { currency: 'EUR', dayRate };
        const before = run(context, team, rates);
        const after = run({ ...context, projectManagers: context.projectManagers + 1 }, team, rates);
        if (before.pmo.needed) expect(after.pmo.needed).toBe(true);
        // Sizes rest on the projects the managers can carry: more managers, never fewer projects sized.
        const sized = (r: Result) =>
          Math.max(0, ...r.pmo.services.filter((s) => s.driver === 'projects').map((s) => s.units));
        if (before.pmo.needed && after.pmo.needed) expect(sized(after)).toBeGreaterThanOrEqual(sized(before));
      }),
      { numRuns: runs(200), ...SEED },
    ));
});

describe('the office is sized on a project count the result believes', () => {
  it('where a warning calls the count implausible, nothing is sized on more than it says is credible', () =>
    check((c, r) => {
      // Where the spend shows real projects (round 18), the count stands: the shortage is of leads.
      const byManager =
        c.deliveryApproach !== 'agile' &&
        c.concurrentProjects > Math.max(1, c.projectManagers) * PER_MANAGER &&
        !spendShowsProjects(c);
      const byPerson = c.concurrentProjects > c.employees * PER_PERSON;
      let credible = c.concurrentProjects;
      if (byManager) credible = Math.min(credible, Math.max(1, c.projectManagers) * PER_MANAGER);
      if (byPerson) credible = Math.min(credible, Math.max(1, c.employees * PER_PERSON));
      const said = r.warnings
        .filter((w) => /activities|tasks/.test(w))
        .map((w) => w.match(/counts (\d+)/)?.[1])
        .filter((n): n is string => n !== undefined)
        .map(Number);
      if (byManager || byPerson) {
        // The warning says on how many the recommendation rests.
        expect(said.length).toBeGreaterThan(0);
        expect(Math.min(...said)).toBe(credible);
      } else expect(said).toEqual([]);
      for (const s of r.pmo.services)
        if (s.driver === 'projects') expect(s.units).toBeLessThanOrEqual(credible);
    }, 300));
});

describe('nothing running, nothing to practise on', () => {
  const PRESUMES_PROJECTS = [
    'plan.practiseOnLiveProjects',
    'plan.holdAShortStatusRound',
    'plan.closeEachProjectWithA',
    'rollout.quickWin',
    'plan.everyProjectHasALead',
    'plan.theBasicsAreInUse',
  ];
  it('a plan with no projects running never asks to practise on them or list them', () =>
    fc.assert(
      fc.property(edgeArb, fc.constantFrom('lasting', 'temporary' as const), ({ context, team }, horizon) => {
        const r = run({ ...context, concurrentProjects: 0, horizon }, team);
        expect(r.pmo.needed).toBe(false);
        const said = [
          ...(r.rollout.phases ?? []).flatMap((p) => [
            read(p.name).key,
            read(p.exitCriterion).key,
            ...p.activities.map((a) => read(a).key),
            ...p.milestones.map((m) => read(m).key),
          ]),
          ...r.pmo.need.alternatives.map((a) => read(a).key),
        ];
        for (const key of PRESUMES_PROJECTS) expect(said).not.toContain(key);
      }),
      { numRuns: runs(60), ...SEED },
    ));
});
