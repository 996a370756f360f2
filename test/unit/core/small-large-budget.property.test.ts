import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { NO_LEAD_OFFICE_FTE, PART_TIME_ROLE_FTE } from '../../../functions/core/part-time-role';
import { MIN_EMPLOYEES_FOR_OFFICE, MIN_PROJECTS_FOR_PMO } from '../../../functions/core/pmo-need';
import {
  LEAN_OWNER_MIN_EMPLOYEES,
  LEAN_OWNER_PROJECTS,
  LEAN_OWNER_SPEND,
} from '../../../functions/core/spend-scale';
import { everyCase, runs } from '../../support/sample';
import { respondentArb, SEED } from './arbitraries';
import { asKeys, borderlineChanges, flipsOffice, staffingMid as mid } from './said';

/**
 * Round 26: small organisations with large budgets, and the cliffs at small sizes. An owner that
 * buys in most of its delivery is never refused an office for its headcount; an office under one person that nobody can lead is capability first; and a verdict
 * that flips within two employees or one project is said in the result.
 */

const lmh = fc.constantFrom('low', 'medium', 'high' as const);
const run = (c: OrganisationContext, team: Answers[], sensitivity = false) =>
  evaluate(QUESTIONNAIRE, c, team, {
    say: asKeys,
    sensitivity,
    rates: { currency: 'EUR', dayRate: 450 },
  }) as Result;
const team = fc.array(respondentArb, { minLength: 1, maxLength: 1 });

/** Few staff, a large bought-in spend, many projects of its own. */
const boughtInArb = fc.record({
  context: fc
    .record({
      employees: fc.integer({ min: LEAN_OWNER_MIN_EMPLOYEES, max: 60 }),
      concurrentProjects: fc.integer({ min: LEAN_OWNER_PROJECTS, max: 40 }),
      projectManagers: fc.integer({ min: 0, max: 6 }),
      pmExpertise: fc.constantFrom('none', 'basic', 'strong' as const),
      urgency: lmh,
      controlAppetite: lmh,
      resourceContention: lmh,
      horizon: fc.constantFrom('temporary', 'lasting' as const),
      horizonMonths: fc.option(fc.integer({ min: 6, max: 36 }), { nil: undefined }),
      perEmployee: fc.integer({ min: 100_000, max: 2_000_000 }),
      regulated: fc.boolean(),
      projectsFor: fc.constant('own-organisation' as const),
      existingPmo: fc.constant('none' as const),
    })
    .map(({ perEmployee, ...c }) => ({
      ...c,
      annualProjectBudget: Math.max(LEAN_OWNER_SPEND, perEmployee * c.employees),
    })),
  team,
});

describe('an owner that buys in most of its delivery', () => {
  it('is never refused an office for its headcount, and an office it gets is more than a part-time role', () =>
    fc.assert(
      fc.property(boughtInArb, ({ context, team }) => {
        const r = run(context, team);
        const gate = r.pmo.need.gates.find((g) => g.id === 'office-share');
        expect(gate?.passed).toBe(true);
        // An office it gets is an office, not a part-time role (part-time-role.ts).
        if (r.pmo.needed && r.pmo.staffing) expect(mid(r)).toBeGreaterThan(PART_TIME_ROLE_FTE);
      }),
      { numRuns: runs(60), ...SEED },
    ));
});

/** Small organisations with one project manager or none and no expertise, lasting work. */
const noLeadArb = fc.record({
  context: fc.record({
    employees: fc.integer({ min: 10, max: 400 }),
    concurrentProjects: fc.integer({ min: 3, max: 40 }),
    projectManagers: fc.integer({ min: 0, max: 1 }),
    pmExpertise: fc.constant('none' as const),
    urgency: lmh,
    controlAppetite: lmh,
    resourceContention: lmh,
    horizon: fc.constant('lasting' as const),
    annualProjectBudget: fc.option(fc.integer({ min: 200_000, max: 30_000_000 }), { nil: undefined }),
    deliveryApproach: fc.option(fc.constantFrom('plan-driven', 'agile', 'mixed' as const), {
      nil: undefined,
    }),
    regulated: fc.boolean(),
    existingPmo: fc.constant('none' as const),
  }),
  team,
});

describe('an office nobody can lead', () => {
  it('is never recommended below one person: capability first instead', () =>
    fc.assert(
      fc.property(noLeadArb, ({ context, team }) => {
        const r = run(context, team);
        if (r.pmo.needed && r.pmo.staffing) expect(mid(r)).toBeGreaterThanOrEqual(NO_LEAD_OFFICE_FTE);
      }),
      { numRuns: runs(120), ...SEED },
    ));
});

const near = (edges: number[], spread: number) =>
  fc
    .tuple(fc.constantFrom(...edges), fc.integer({ min: -spread, max: spread }))
    .map(([e, d]) => Math.max(1, e + d));

const edgeArb = fc.record({
  context: fc
    .record({
      // Near the headcount lines (a push's 3 %, a lasting office's 2 %, the size bands) and the
      // project counts where the need and the shape change their minds.
      employees: near([MIN_EMPLOYEES_FOR_OFFICE, 34, 50, 100], 3),
      concurrentProjects: near([MIN_PROJECTS_FOR_PMO, 6, 9, 11], 2),
      projectManagers: fc.integer({ min: 0, max: 4 }),
      pmExpertise: fc.constantFrom('none', 'basic', 'strong' as const),
      urgency: lmh,
      controlAppetite: lmh,
      resourceContention: lmh,
      horizon: fc.constantFrom('temporary', 'lasting' as const),
      annualProjectBudget: fc.option(fc.integer({ min: 300_000, max: 30_000_000 }), { nil: undefined }),
      deliveryApproach: fc.option(fc.constantFrom('plan-driven', 'agile', 'mixed' as const), {
        nil: undefined,
      }),
      projectsFor: fc.constantFrom('own-organisation', 'customers' as const),
      regulated: fc.boolean(),
      existingPmo: fc.constant('none' as const),
    })
    .map((c) => ({ ...c, projectManagers: Math.min(c.projectManagers, c.employees) })),
  team,
});

/** Cases with a flip near them the property meets at least (every case runs: flips are rare). */
const MIN_FLIPS = 8;

const STEPS: readonly [keyof OrganisationContext & ('employees' | 'concurrentProjects'), number][] = [
  ['employees', -2],
  ['employees', -1],
  ['employees', 1],
  ['employees', 2],
  ['concurrentProjects', -1],
  ['concurrentProjects', 1],
];

describe('a verdict that flips within two employees or one project', () => {
  it('is named in the borderline warnings or the sensitivity list', () => {
    let met = 0;
    fc.assert(
      fc.property(edgeArb, ({ context, team }) => {
        const office = run(context, team).pmo.needed;
        const flips = STEPS.filter(([field, step]) => {
          const to = context[field] + step;
          return to >= 1 && run({ ...context, [field]: to }, team).pmo.needed !== office;
        }).map(([field]) => field);
        if (flips.length === 0) return;
        met += 1;
        const r = run(context, team, true);
        const said = borderlineChanges(r.warnings);
        for (const field of new Set(flips))
          expect(
            said.includes(`borderline.${field}`) ||
              r.sensitivity.some((s) => s.field === field && flipsOffice(s.effect)),
            `${field} flips ${JSON.stringify(context)}`,
          ).toBe(true);
      }),
      { numRuns: everyCase(100), ...SEED },
    );
    expect(met).toBeGreaterThanOrEqual(MIN_FLIPS);
  });
});
