import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { runs, sampled } from '../../support/sample';
import { contextArb, teamArb } from './arbitraries';
import { asKeys, read } from './said';

/**
 * Round 23: a push ends in words that fit its kind, is led by its largest seat, and a few large
 * initiatives of agile teams funded as stable teams are not taken for a programme office. Every
 * rule is checked over organisations generated with a fixed seed, never over listed profiles. The
 * figures are written here, not read from the engine.
 */

const LARGE_PROJECT_EUR = 10_000_000;
const CAPITAL_EUR_PER_EMPLOYEE = 1_000_000;
const seeded = (seed: number) => (process.env.PMO_RANDOM_SEED ? {} : { seed });
const run = (c: OrganisationContext, team: Parameters<typeof evaluate>[2]) =>
  evaluate(QUESTIONNAIRE, c, team, { say: asKeys, sensitivity: false });

/** Pushes: temporary contexts, half of them regulated, a third with an office in place. */
const pushArb = contextArb.map((c) => ({ ...c, horizon: 'temporary' as const }));
const PUSHES = fc
  .sample(fc.tuple(pushArb, teamArb), { numRuns: runs(120), ...seeded(2623) })
  .flatMap(([context, team]) => {
    const result = run(context, team);
    return result ? [{ context, result }] : [];
  });

const capitalIntensive = (c: OrganisationContext): boolean => {
  const spend = c.annualProjectBudget ?? 0;
  return (
    spend / Math.max(1, c.concurrentProjects) >= LARGE_PROJECT_EUR &&
    spend / Math.max(1, c.employees) >= CAPITAL_EUR_PER_EMPLOYEE
  );
};
const said = (r: Result): string[] =>
  (r.rollout.phases ?? []).flatMap((p) => [
    read(p.name).key,
    read(p.exitCriterion).key,
    ...p.activities.map((a) => read(a).key),
  ]);
/** Words that speak only of a system's or a plant's switch. */
const SWITCH_ONLY = [
  'plan.temp.deliver',
  'plan.temp.deliver.live',
  'plan.temp.cutover',
  'plan.temp.cutover.live',
  'plan.push.gates.live',
];
const CLOSE = ['plan.temp.deliver.close', 'plan.push.gates.close'];

describe('a push ends in words that fit its kind', () => {
  it('the generated pushes hold regulated ones that close, with an office and without', () => {
    const closing = PUSHES.filter(
      ({ context: c }) => c.regulated && !capitalIntensive(c) && c.deliveryApproach !== 'agile',
    );
    expect(closing.filter(({ result }) => result.pmo.needed).length).toBeGreaterThan(5);
    expect(closing.filter(({ result }) => !result.pmo.needed).length).toBeGreaterThan(5);
  });

  it('a regulated push that neither releases software nor starts up an asset closes with its final report, never with a go-live alone', () => {
    const wrong = PUSHES.filter(({ context: c, result: r }) => {
      const keys = said(r);
      if (keys.length === 0) return false;
      const closes = c.regulated === true && !capitalIntensive(c) && c.deliveryApproach !== 'agile';
      const close = keys.some((k) => CLOSE.includes(k));
      return closes ? !close || keys.some((k) => SWITCH_ONLY.includes(k)) : close;
    });
    expect(wrong.map(({ context }) => context)).toEqual([]);
  });

  it('every regulated push closes its audit file at its end, and no other push is told to', () => {
    const wrong = PUSHES.filter(({ context: c, result: r }) => {
      const last = (r.rollout.phases ?? []).at(-1);
      if (!last) return false;
      const closes = last.activities.some((a) => read(a).key === 'plan.push.closeAuditFile');
      return closes !== (c.regulated === true);
    });
    expect(wrong.map(({ context }) => context)).toEqual([]);
  });
});

/** The keys a push office's lead is named by. */
const LEAD = ['staff.role.pmoLead', 'office.role.leadership', 'office.role.interimLead'];

describe('a push is led by its largest seat', () => {
  // The push's own new office: an office in place keeps the proportions of the size it delivers (in-place.ts).
  const offices = PUSHES.filter(
    ({ context: c, result: r }) =>
      (c.existingPmo ?? 'none') === 'none' && r.pmo.needed && (r.pmo.staffing?.roles.length ?? 0) >= 2,
  ).filter(({ result: r }) => r.pmo.shape !== 'hub-and-spoke' && r.pmo.shape !== 'department');

  it('the generated pushes hold offices of several roles', () => {
    expect(offices.length).toBeGreaterThan(sampled(15));
  });

  // A role larger than one person is a team: the lead is compared with each of its people.
  it('in a push office, the lead is never smaller than another role, and is full-time where the office can carry it', () => {
    const wrong = offices.filter(({ result: r }) => {
      const roles = r.pmo.staffing?.roles ?? [];
      const lead = roles.find((x) => LEAD.includes(read(x.role).key));
      if (!lead) return true;
      const total = roles.reduce((a, x) => a + x.fte, 0);
      return (
        roles.some((x) => x !== lead && Math.min(x.fte, 1) > lead.fte + 0.011) ||
        lead.fte + 0.011 < Math.min(1, total)
      );
    });
    expect(wrong.map(({ context, result }) => [context, result.pmo.staffing?.roles])).toEqual([]);
  });
});

/** Lasting organisations of agile teams, little contention, low appetite, with a large spend. */
const initiativesArb = fc.tuple(
  contextArb.map((c) => ({
    ...c,
    horizon: 'lasting' as const,
    deliveryApproach: 'agile' as const,
    resourceContention: 'low' as const,
    controlAppetite: 'low' as const,
    existingPmo: 'none' as const,
    existingPmoFte: undefined,
    businessUnits: undefined,
  })),
  fc.integer({ min: 1, max: 12 }),
  fc.integer({ min: 10_000_000, max: 400_000_000 }),
  teamArb,
);

describe('a few large initiatives of agile teams funded as stable teams', () => {
  const CASES = fc
    .sample(initiativesArb, { numRuns: runs(60), ...seeded(2624) })
    .map(([c, projects, spend, team]) => {
      const at = (n: number) => ({ ...c, concurrentProjects: n, annualProjectBudget: spend });
      return { context: at(projects), now: run(at(projects), team), more: run(at(projects + 1), team) };
    });

  it('get no programme office of cost controllers, and one more initiative never removes an office', () => {
    const wrong = CASES.filter(({ now, more }) => {
      if (!now || !more) return false;
      const controls = (now.pmo.staffing?.roles ?? []).some(
        (x) => read(x.role).key === 'office.role.controls',
      );
      return now.pmo.scope === 'programme' || controls || (now.pmo.needed && !more.pmo.needed);
    });
    expect(wrong.map(({ context }) => context)).toEqual([]);
  });

  it('are told to name one programme lead and keep their money with the teams where no office is needed', () => {
    const wrong = CASES.filter(
      ({ now }) =>
        now !== null &&
        !now.pmo.needed &&
        now.pmo.need.alternatives.length > 0 &&
        !now.pmo.need.alternatives.some((a) => read(a).key === 'need.alternative.initiativeLead'),
    );
    expect(wrong.map(({ context }) => context)).toEqual([]);
  });
});

describe('the what-if of an organisation running projects', () => {
  // The sensitivity analysis is read here, so it runs; few cases keep the file cheap.
  const CASES = fc
    .sample(
      fc.tuple(
        contextArb.map((c) => ({ ...c, concurrentProjects: 1 + (c.concurrentProjects % 6) })),
        teamArb,
      ),
      { numRuns: runs(25), ...seeded(2625) },
    )
    .map(([context, team]) => ({ context, result: evaluate(QUESTIONNAIRE, context, team) }));

  it('never asks what would happen with no projects at all', () => {
    const wrong = CASES.filter(({ result }) =>
      (result?.sensitivity ?? []).some((x) => x.field === 'concurrentProjects' && x.to === 0),
    );
    expect(wrong.map(({ context }) => context)).toEqual([]);
  });
});
