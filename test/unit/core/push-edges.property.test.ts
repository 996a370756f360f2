import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { situationOf } from '../../../functions/core/situation';
import { largeProjects } from '../../../functions/core/spend-scale';
import { runs } from '../../support/sample';
import { respondentArb, SEED } from './arbitraries';
import { asKeys, borderlineChanges, flipsOffice, read } from './said';

/**
 * Round 21: pushes and the edges of the need. An urgent push is coordinated at least as much with
 * fewer people who can lead it, and always names one person accountable for all of it; a push
 * around a handful of small projects meets the same spend ceiling as a lasting need; and a one-step
 * change that turns "an office" into "no office" is said in the warnings. The figures are the
 * practitioners' (3 % of spend for the smallest office of one person), written here.
 */

const SMALLEST_OFFICE_SHARE = 0.03;
const HANDFUL = 6;
const DAYS = 220;

const run = (c: OrganisationContext, team: Answers[], dayRate: number, sensitivity = false) =>
  evaluate(QUESTIONNAIRE, c, team, {
    say: asKeys,
    sensitivity,
    rates: { currency: 'EUR', dayRate },
  }) as Result;
/**
 * The push's coordination: the weekly hours of the services driven by its projects and its spend.
 * Support for the project managers themselves (coaching, standards per lead) grows with their
 * number by design, and the office's own leading grows with the rest: neither is coordination.
 */
const coordination = (r: Result) =>
  r.pmo.services
    .filter((x) => x.driver !== 'project-managers' && x.driver !== 'office')
    .reduce((sum, x) => sum + x.hoursPerWeek, 0);
const lmh = fc.constantFrom('low', 'medium', 'high' as const);
// Round 31: a push above the leadership line is owned by a director from the leadership (push-beside.ts).
const OFFICE_LEADS = [
  'plan.push.accountableOfficeLead.contract',
  'plan.push.accountableOfficeLead.coached',
  'plan.push.accountableDirector',
];
const saysKey = (r: Result, key: string) =>
  (r.rollout.phases ?? []).some((p) => p.activities.some((a) => read(a).key === key));

/** Pushes near the edges: tens to a few hundred people, few project managers, modest spend. */
const pushArb = (urgency: fc.Arbitrary<OrganisationContext['urgency']>, projects: [number, number]) =>
  fc.record({
    context: fc
      .record({
        employees: fc.integer({ min: 20, max: 400 }),
        concurrentProjects: fc.integer({ min: projects[0], max: projects[1] }),
        projectManagers: fc.integer({ min: 0, max: 4 }),
        pmExpertise: fc.constantFrom('none', 'basic', 'strong' as const),
        urgency,
        controlAppetite: lmh,
        resourceContention: lmh,
        horizon: fc.constant('temporary' as const),
        horizonMonths: fc.option(fc.integer({ min: 3, max: 36 }), { nil: undefined }),
        annualProjectBudget: fc.option(fc.integer({ min: 200_000, max: 12_000_000 }), { nil: undefined }),
        existingPmo: fc.constant('none' as const),
        regulated: fc.boolean(),
        deliveryApproach: fc.option(fc.constantFrom('plan-driven', 'mixed' as const), { nil: undefined }),
      })
      .map((c) => ({ ...c, projectManagers: Math.min(c.projectManagers, c.employees) })),
    more: fc.integer({ min: 1, max: 4 }),
    team: fc.array(respondentArb, { minLength: 1, maxLength: 1 }),
    dayRate: fc.integer({ min: 300, max: 900 }),
  });

describe('an urgent push', () => {
  it('fewer project managers never give less coordination, and one person is accountable for the push', () =>
    fc.assert(
      fc.property(pushArb(fc.constant('high' as const), [1, 15]), ({ context, more, team, dayRate }) => {
        const fewer = run(context, team, dayRate);
        const moreLeads = run(
          { ...context, projectManagers: Math.min(context.employees, context.projectManagers + more) },
          team,
          dayRate,
        );
        // A direction has no plan (answers the context contradicts: context-check.ts).
        if (fewer.rollout.phases === null) return;
        // Round 28: where the office's lead is bought in or coached, the step names that lead.
        expect(['plan.push.accountableLead', ...OFFICE_LEADS].some((k) => saysKey(fewer, k))).toBe(true);
        if (moreLeads.pmo.needed) expect(fewer.pmo.needed).toBe(true);
        if (moreLeads.pmo.needed)
          expect(coordination(fewer)).toBeGreaterThanOrEqual(coordination(moreLeads) - 1e-9);
      }),
      { numRuns: runs(60), ...SEED },
    ));
});

describe('a push around a handful of small projects', () => {
  it('meets the spend ceiling of a lasting need', () =>
    fc.assert(
      fc.property(pushArb(lmh, [1, HANDFUL - 1]), ({ context, team, dayRate }) => {
        if (largeProjects(situationOf(context))) return;
        const push = run(context, team, dayRate);
        const lasting = run({ ...context, horizon: 'lasting', horizonMonths: undefined }, team, dayRate);
        const gate = (r: Result) => r.pmo.need.gates.find((g) => g.id === 'cost-share')?.passed;
        expect(gate(push)).toBe(gate(lasting));
        const spend = context.annualProjectBudget;
        if (push.pmo.needed && spend !== undefined)
          expect((dayRate * DAYS) / spend).toBeLessThanOrEqual(SMALLEST_OFFICE_SHARE + 1e-9);
      }),
      { numRuns: runs(60), ...SEED },
    ));
});

/** A figure a quick-check respondent may misstate: within a fifth, or one unit; a neighbouring level. */
const NEAR_SHARE = 0.2;
const LEVELS: Record<string, readonly string[]> = {
  urgency: ['low', 'medium', 'high'],
  controlAppetite: ['low', 'medium', 'high'],
  resourceContention: ['low', 'medium', 'high'],
  pmExpertise: ['none', 'basic', 'strong'],
};
const near = (field: string, from: unknown, to: unknown): boolean =>
  typeof from === 'number' && typeof to === 'number'
    ? Math.abs(to - from) <= Math.max(1, NEAR_SHARE * from)
    : LEVELS[field] !== undefined &&
      Math.abs(LEVELS[field].indexOf(String(from)) - LEVELS[field].indexOf(String(to))) === 1;

const edgeArb = fc.record({
  context: fc
    .record({
      employees: fc.integer({ min: 15, max: 600 }),
      concurrentProjects: fc.integer({ min: 1, max: 30 }),
      projectManagers: fc.integer({ min: 0, max: 8 }),
      pmExpertise: fc.constantFrom('none', 'basic', 'strong' as const),
      urgency: lmh,
      controlAppetite: lmh,
      resourceContention: lmh,
      horizon: fc.constantFrom('temporary', 'lasting' as const),
      annualProjectBudget: fc.option(fc.integer({ min: 300_000, max: 20_000_000 }), { nil: undefined }),
      existingPmo: fc.constant('none' as const),
      regulated: fc.boolean(),
    })
    .map((c) => ({ ...c, projectManagers: Math.min(c.projectManagers, c.employees) })),
  team: fc.array(respondentArb, { minLength: 1, maxLength: 1 }),
  dayRate: fc.integer({ min: 300, max: 900 }),
});

describe('a cliff near the gates', () => {
  it('is said in the warnings whenever one step of one field turns the office on or off', () =>
    fc.assert(
      fc.property(edgeArb, ({ context, team, dayRate }) => {
        const r = run(context, team, dayRate, true);
        const said = borderlineChanges(r.warnings);
        for (const s of r.sensitivity) {
          if (!near(s.field, s.from, s.to) || !flipsOffice(s.effect)) continue;
          expect(said.includes(`borderline.${s.field}`)).toBe(true);
        }
      }),
      { numRuns: runs(40), ...SEED },
    ));
});
