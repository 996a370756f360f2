import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { runs, sampled } from '../../support/sample';
import { ALL_QUESTIONS } from './fixtures';
import { asKeys, read, type Said } from './said';

/**
 * Round 15: the engine's KPIs and plan fit a temporary push and a very small firm (docs/scoring.md,
 * "Push tempo and small firms"). Every rule is checked over organisations generated with a fixed
 * seed, never over listed profiles. The figures are written here, not read from the engine: a
 * decision takes at most 5, 8 or 10 working days by urgency and contention, a push is steered at
 * least twenty times, benefits and a re-assessment fall inside a push only from two years, a firm
 * of fewer than ten people works at one table, and no office fits fewer than 34 people.
 *
 * The engine is run with a `say` that returns each message as its key and values, so the rules read
 * what the result says, not how one language words it.
 */

// A push decides in days by the higher of its urgency and contention, whatever its length (round 20).
const DECISION_DAYS = { high: 5, medium: 8, low: 10 } as const;
const RANK = { low: 0, medium: 1, high: 2 } as const;
const STEERING_ROUNDS = 20;
const SHORT_PUSH_MONTHS = 24;
const ONE_TABLE = 10;
// One full-time person at most 2 % of the people, the share the office is held to (round 16).
const SMALLEST_OFFICE_HEADCOUNT = 50;
const LARGE_PROJECT_EUR = 10_000_000;
const CAPITAL_EUR_PER_EMPLOYEE = 1_000_000;
const CADENCE_WEEKS: Record<string, number> = {
  'tempo.cadence.weekly': 1,
  'tempo.cadence.fortnightly': 2,
  'tempo.cadence.monthly': 4,
};

const lmh = fc.constantFrom('low', 'medium', 'high' as const);
const contextArb: fc.Arbitrary<OrganisationContext> = fc
  .record({
    employees: fc.oneof(
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 13, max: 200 }),
      fc.integer({ min: 1, max: 20_000 }),
    ),
    concurrentProjects: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 200 })),
    projectManagers: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 100 })),
    pmExpertise: fc.constantFrom('none', 'basic', 'strong' as const),
    urgency: lmh,
    controlAppetite: lmh,
    resourceContention: lmh,
    horizon: fc.constantFrom('temporary', 'temporary', 'lasting' as const),
    horizonMonths: fc.option(fc.integer({ min: 3, max: 120 }), { nil: undefined }),
    annualProjectBudget: fc.option(
      fc.oneof(fc.integer({ min: 0, max: 20_000_000 }), fc.integer({ min: 0, max: 2_000_000_000 })),
      { nil: undefined },
    ),
    existingPmo: fc.constantFrom('none', 'none', 'none', 'weather-station', 'control-tower' as const),
    regulated: fc.boolean(),
    deliveryApproach: fc.option(fc.constantFrom('plan-driven', 'agile', 'mixed' as const), {
      nil: undefined,
    }),
  })
  .map((c) => ({ ...c, projectManagers: Math.min(c.projectManagers, c.employees) }));

/** One to three respondents around a shared level, each question near it. */
const teamArb: fc.Arbitrary<Answers[]> = fc.integer({ min: 1, max: 4 }).chain((base) =>
  fc.array(
    fc
      .array(fc.constantFrom(-1, 0, 0, 1), {
        minLength: ALL_QUESTIONS.length,
        maxLength: ALL_QUESTIONS.length,
      })
      .map((noise) =>
        Object.fromEntries(
          ALL_QUESTIONS.map((q, i) => [q.id, Math.min(5, Math.max(1, base + (noise[i] ?? 0)))]),
        ),
      ),
    { minLength: 1, maxLength: 3 },
  ),
);

const seeded = (seed: number) => (process.env.PMO_RANDOM_SEED ? {} : { seed });
const CASES = fc
  .sample(fc.tuple(contextArb, teamArb), { numRuns: runs(450), ...seeded(2615) })
  .flatMap(([context, team]) => {
    const result = evaluate(QUESTIONNAIRE, context, team, { say: asKeys, sensitivity: false });
    return result ? [{ context, result }] : [];
  });

const phasesOf = (r: Result) => r.rollout.phases ?? [];
const activitiesOf = (r: Result): Said[] => phasesOf(r).flatMap((p) => p.activities.map(read));
const keysOf = (r: Result): string[] => activitiesOf(r).map((a) => a.key);
const monthsOf = (c: OrganisationContext): number => c.horizonMonths ?? 12;
const temporaryOffice = (c: OrganisationContext, r: Result): boolean =>
  c.horizon === 'temporary' && r.pmo.needed && phasesOf(r).length > 0;
const capitalIntensive = (c: OrganisationContext): boolean => {
  const spend = c.annualProjectBudget ?? 0;
  return (
    spend / Math.max(1, c.concurrentProjects) >= LARGE_PROJECT_EUR &&
    spend / Math.max(1, c.employees) >= CAPITAL_EUR_PER_EMPLOYEE
  );
};
/** A lean owner (spend-scale.ts, round 26): ten projects or more of its own, EUR 11M a year, ten people. */
const leanOwner = (c: OrganisationContext): boolean =>
  c.projectsFor !== 'customers' &&
  c.employees >= 10 &&
  c.concurrentProjects >= 10 &&
  (c.annualProjectBudget ?? 0) >= 11_000_000;

const breaks = (rule: (c: OrganisationContext, r: Result) => boolean) =>
  CASES.filter(({ context, result }) => !rule(context, result)).map(({ context }) => context);

describe('a push is measured at its own tempo', () => {
  it('the generated organisations hold enough pushes with an office, short and long', () => {
    const pushes = CASES.filter(({ context, result }) => temporaryOffice(context, result));
    expect(pushes.filter(({ context }) => monthsOf(context) < 12).length).toBeGreaterThan(sampled(20));
    expect(pushes.filter(({ context }) => monthsOf(context) >= SHORT_PUSH_MONTHS).length).toBeGreaterThan(20);
  });

  it('no KPI of a temporary office in days exceeds what its urgency and contention allow', () => {
    expect(
      breaks((c, r) => {
        if (c.horizon !== 'temporary' || !r.pmo.needed) return true;
        const pressure = RANK[c.urgency] >= RANK[c.resourceContention] ? c.urgency : c.resourceContention;
        return r.pmo.kpis.every(
          (k) => read(k.unit).key !== 'kpi.unit.days' || k.target <= DECISION_DAYS[pressure],
        );
      }),
    ).toEqual([]);
  });

  // Round 20: a short push keeps benefits tracking where its benefits are stated and not followed
  // (they fall within it: synergies, savings), chosen then for that context (benefits-context.ts).
  it('a push under two years holds no benefits KPI after delivery or re-assessment inside it, nor benefits tracking unless its benefits are in play', () => {
    const inside = [
      'plan.reAssessMaturityWithThe',
      'plan.reAssessTheNeedFor',
      'plan.answerTheQuestionnaireAgainAnd',
    ];
    expect(
      breaks((c, r) => {
        if (c.horizon !== 'temporary' || monthsOf(c) >= SHORT_PUSH_MONTHS) return true;
        return (
          !r.pmo.kpis.some((k) => read(k.name).key === 'kpi.outcome.benefits-measured') &&
          !(r.pmo.services ?? []).some(
            (x) => x.id === 'benefits-tracking' && !x.chosenFor.includes('context'),
          ) &&
          !keysOf(r).some((k) => inside.includes(k))
        );
      }),
    ).toEqual([]);
  });

  it('what is measured after a push is handed back with it', () => {
    expect(
      breaks((c, r) => {
        if (!temporaryOffice(c, r)) return true;
        const last = phasesOf(r).at(-1);
        return last?.activities.some((a) => read(a).key === 'plan.push.afterHandBack') === true;
      }),
    ).toEqual([]);
  });

  it('a push is steered at least twenty times over its life, or weekly, and its KPIs read at that cadence', () => {
    expect(
      breaks((c, r) => {
        if (!temporaryOffice(c, r)) return true;
        const steer = activitiesOf(r).find((a) => a.key === 'plan.push.steer');
        const cadence = (steer?.params?.cadence as Said | undefined)?.key ?? '';
        const weeks = CADENCE_WEEKS[cadence];
        if (weeks === undefined) return false;
        const rounds = (monthsOf(c) * 52) / 12 / weeks;
        const kpiCadences = r.pmo.kpis
          .map((k) => read(k.measure).params?.cadence as Said | undefined)
          .filter((x): x is Said => x !== undefined)
          .map((x) => x.key);
        return (rounds >= STEERING_ROUNDS || weeks === 1) && kpiCadences.every((k) => k === cadence);
      }),
    ).toEqual([]);
  });

  it('a push of nine months or less is steered weekly, and a lasting office is never steered by the push rules', () => {
    expect(
      breaks((c, r) => {
        const steer = activitiesOf(r).find((a) => a.key === 'plan.push.steer');
        if (c.horizon === 'lasting') return steer === undefined;
        if (!temporaryOffice(c, r) || monthsOf(c) > 9) return true;
        return (steer?.params?.cadence as Said | undefined)?.key === 'tempo.cadence.weekly';
      }),
    ).toEqual([]);
  });
});

describe('the plan speaks of the switch the push ends in', () => {
  /** Words of a software release: go-live, cut-over. */
  const RELEASE = [
    'plan.temp.criteria',
    'plan.temp.deliver',
    'plan.temp.cutover',
    'plan.temp.deliverExit',
    'plan.push.gates.release',
  ];
  const START_UP = [
    'plan.temp.criteria.start-up',
    'plan.temp.deliver.start-up',
    'plan.temp.cutover.start-up',
    'plan.temp.deliverExit.start-up',
    'plan.push.gates.start-up',
  ];
  const said = (r: Result): string[] => [
    ...keysOf(r),
    ...phasesOf(r).flatMap((p) => [read(p.name).key, read(p.exitCriterion).key]),
  ];

  it('go-live and cut-over words only where teams deliver in an agile way; start-up words only for an owner of capital works', () => {
    expect(
      breaks((c, r) => {
        const keys = said(r);
        const release = keys.some((k) => RELEASE.includes(k));
        const startUp = keys.some((k) => START_UP.includes(k));
        return (
          (!release || (c.deliveryApproach === 'agile' && !capitalIntensive(c))) &&
          (!startUp || capitalIntensive(c))
        );
      }),
    ).toEqual([]);
  });

  it('every temporary office holds a readiness gate before its switch, long or short', () => {
    expect(
      breaks((c, r) => !temporaryOffice(c, r) || keysOf(r).some((k) => k.startsWith('plan.push.gates.'))),
    ).toEqual([]);
  });
});

describe('an outside provider is bought for an office already defined', () => {
  it('procurement never precedes the charter, and the provider owns nothing before it is chosen', () => {
    expect(
      breaks((_, r) => {
        const ids = phasesOf(r).map((p) => p.id);
        const procurement = ids.indexOf('procurement');
        if (procurement === -1) return true;
        const charter = ids.indexOf('concept-and-charter');
        const providerBefore = phasesOf(r)
          .slice(0, procurement)
          .some((p) => p.owners.some((o) => read(o).key === 'plan.pmoProvider'));
        return (charter === -1 || charter < procurement) && !providerBefore;
      }),
    ).toEqual([]);
  });

  it('a new office bought from outside always has a charter to buy it on', () => {
    expect(
      breaks((_, r) => {
        const ids = phasesOf(r).map((p) => p.id);
        return !ids.includes('procurement') || r.pmo.action === 'keep' || ids.includes('concept-and-charter');
      }),
    ).toEqual([]);
  });
});

describe('a very small firm gets steps it can take', () => {
  it('the generated organisations hold enough firms of fewer than ten people', () => {
    expect(CASES.filter(({ context }) => context.employees < ONE_TABLE).length).toBeGreaterThan(50);
    expect(CASES.filter(({ context }) => context.employees === 1).length).toBeGreaterThan(5);
  });

  it('a firm of fewer than ten people is given no sponsor, benefit owner or status round to install', () => {
    const roleSteps = ['plan.nameAnAccountableLeadAnd', 'plan.holdAShortStatusRound'];
    const oneTable = ['governance', 'portfolio', 'reporting', 'benefits', 'resources', 'competencies'];
    expect(
      breaks((c, r) => {
        if (c.employees >= ONE_TABLE) return true;
        const wins = [...activitiesOf(r), ...r.pmo.need.alternatives.map(read)].filter(
          (a) => a.key === 'rollout.quickWin',
        );
        return (
          !keysOf(r).some((k) => roleSteps.includes(k)) &&
          wins.every((a) => {
            const d = QUESTIONNAIRE.dimensions.find((x) => x.name === a.params?.dimension);
            const action = a.params?.action as Said | string | undefined;
            return (
              !oneTable.includes(d?.id ?? '') ||
              (typeof action === 'object' && action.key === `quickWin.small.${d?.id}`)
            );
          })
        );
      }),
    ).toEqual([]);
  });

  it('a business of one is not told to name an owner of all its projects', () => {
    expect(breaks((c, r) => c.employees > 1 || !keysOf(r).includes('plan.people.owner'))).toEqual([]);
  });

  it('a firm too small for any office is not asked again whether it needs one, but told from what size', () => {
    const ask = [
      'plan.reAssessTheNeedFor',
      'plan.answerTheQuestionnaireAgainAnd',
      'plan.decisionStayLeanOrSet',
    ];
    expect(
      breaks((c, r) => {
        // A direction gives no plan (evidence.ts): there is nothing to say the size in.
        if (
          c.employees >= SMALLEST_OFFICE_HEADCOUNT ||
          capitalIntensive(c) ||
          leanOwner(c) ||
          r.pmo.needed ||
          r.rollout.phases === null
        )
          return true;
        const said = phasesOf(r).flatMap((p) => [
          read(p.name).key,
          ...p.activities.map((a) => read(a).key),
          ...p.milestones.map((m) => read(m).key),
        ]);
        const lookAgain = phasesOf(r)
          .flatMap((p) => p.milestones.map(read))
          .find((m) => m.key === 'plan.small.lookAgain');
        return (
          !said.some((k) => ask.includes(k)) &&
          (c.horizon === 'temporary' ||
            said.includes('plan.reassessBooked') ||
            lookAgain?.params?.employees === SMALLEST_OFFICE_HEADCOUNT)
        );
      }),
    ).toEqual([]);
  });

  it('a firm large enough for an office, still without the basics, still decides again', () => {
    expect(
      breaks((c, r) => {
        if (c.horizon !== 'lasting' || r.pmo.needed || c.employees < SMALLEST_OFFICE_HEADCOUNT) return true;
        const ids = phasesOf(r).map((p) => p.id);
        return !ids.includes('practice') || ids.includes('reassess');
      }),
    ).toEqual([]);
  });
});
