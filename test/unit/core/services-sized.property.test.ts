import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { PmoService, Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { serviceSpec } from '../../../functions/core/office/catalogue';
import { askedShare } from '../../../functions/core/office/choice';
import { everyCase, runs } from '../../support/sample';
import { SEED } from './arbitraries';
import { ALL_QUESTIONS } from './fixtures';
import { asKeys, read } from './said';

/**
 * Round 28: services sized by the practice behind them and by what stakeholders ask, not by their
 * driver alone; customer work costed because it is customer work; a hub's coordination following
 * the offices it ties. The figures (two thirds of stakeholders, a tenth of an hour of rounding) are
 * written here, not read from the engine.
 */

/** Two thirds of the stakeholders: most of them. */
const MOST = 2 / 3;
/** Hours a week are shown to a tenth: two equal sizes may differ by one rounding. */
const ROUNDING = 0.051;

const lmh = fc.constantFrom('low', 'medium', 'high' as const);
const ownContextArb = fc.record({
  employees: fc.integer({ min: 30, max: 5000 }),
  concurrentProjects: fc.integer({ min: 5, max: 150 }),
  projectManagers: fc.integer({ min: 1, max: 30 }),
  pmExpertise: fc.constantFrom('none', 'basic', 'strong' as const),
  urgency: lmh,
  controlAppetite: lmh,
  resourceContention: lmh,
  horizon: fc.constant('lasting' as const),
  annualProjectBudget: fc.option(fc.integer({ min: 500_000, max: 300_000_000 }), { nil: undefined }),
  existingPmo: fc.constant('none' as const),
  regulated: fc.boolean(),
  projectsFor: fc.constantFrom('own-organisation', 'both', 'customers' as const),
});

/** The answers the questionnaire's services can be asked for, each at a share of the stakeholders. */
const ASKABLE = [
  'status-reporting',
  'single-source',
  'prioritisation',
  'resource-allocation',
  'standards',
  'coaching',
  'tooling',
  'assurance',
  'risk-support',
];
const expectationsArb = fc.option(
  fc.dictionary(fc.constantFrom(...ASKABLE), fc.constantFrom(0, 0.25, 0.5, 0.75, 1), { maxKeys: 5 }),
  { nil: undefined },
);

/** The dimensions the services build, one of which differs between the two organisations. */
const DIMENSIONS = ['reporting', 'resources', 'competencies', 'tools', 'standards', 'portfolio', 'finance'];
const QUESTIONS = ALL_QUESTIONS.length;

const run = (c: OrganisationContext, answers: Answers, expectations?: Record<string, number>) =>
  evaluate(QUESTIONNAIRE, c, [answers], {
    say: asKeys,
    sensitivity: false,
    ...(expectations ? { expectations } : {}),
  }) as Result | null;

const answersOf = (ratings: readonly number[]): Answers =>
  Object.fromEntries(ALL_QUESTIONS.map((q, i) => [q.id, ratings[i] ?? 3]));

/** The same office (shape, control, scope) holding the same services: all else equal, one dimension apart. */
const sameDesign = (a: Result, b: Result): boolean =>
  a.pmo.shape === b.pmo.shape &&
  a.pmo.model === b.pmo.model &&
  a.pmo.scope === b.pmo.scope &&
  a.pmo.services.map((s) => s.id).join() === b.pmo.services.map((s) => s.id).join();

/**
 * An office a ceiling holds to a fixed size (its spend, its headcount, its leads, its orders) shares
 * that size among its services: one that shrinks hands its hours to the others. That is the
 * ceiling's doing, weighed by its own properties; this one weighs offices sized by their services.
 */
const held = (r: Result): boolean =>
  (r.pmo.staffing?.basis ?? []).some((b) => /[Cc]eiling|Scaled/.test(read(b).key));

const byId = (r: Result): Map<string, PmoService> => new Map(r.pmo.services.map((s) => [s.id, s]));

describe('a stronger practice never takes more of the office', () => {
  it('two organisations alike but for one dimension: the service that builds the stronger one never takes more hours', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        ownContextArb,
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: QUESTIONS, maxLength: QUESTIONS }),
        fc.constantFrom(...DIMENSIONS),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: QUESTIONS, maxLength: QUESTIONS }),
        expectationsArb,
        (c, ratings, dimension, bumps, expectations) => {
          const stronger = ratings.map((x, i) =>
            ALL_QUESTIONS[i]?.dimension === dimension ? Math.min(5, x + (bumps[i] ?? 0)) : x,
          );
          const weak = run(c, answersOf(ratings), expectations);
          const strong = run(c, answersOf(stronger), expectations);
          if (!weak?.pmo.staffing || !strong?.pmo.staffing || !sameDesign(weak, strong)) return;
          // A coordinator's part-time role is one person's time, shared out by other rules (a course
          // for the leads instead of coaching): an office, not a role, is what this property weighs.
          if (weak.pmo.shape === 'capability-first' || held(weak) || held(strong)) return;
          // Stronger as scored: a higher answer can leave a dimension's score where it was, or lower it
          // where the scoring weighs the answers together; the property is about the score.
          const scoreOf = (r: Result) => r.maturity.dimensions.find((d) => d.id === dimension)?.score ?? null;
          const [ws, ss] = [scoreOf(weak), scoreOf(strong)];
          if (ws === null || ss === null || ss < ws) return;
          const before = byId(weak);
          for (const s of strong.pmo.services) {
            if (s.id === 'office-lead') continue;
            if (!serviceSpec(s.id as Parameters<typeof serviceSpec>[0]).dimensions.includes(dimension))
              continue;
            const w = before.get(s.id);
            if (!w) continue;
            compared++;
            expect(s.hoursPerWeek).toBeLessThanOrEqual(w.hoursPerWeek + ROUNDING);
          }
        },
      ),
      { numRuns: runs(100), ...SEED },
    );
    expect(compared).toBeGreaterThan(5);
  });
});

/** The median service's hours: the upper middle of the sorted hours. */
const medianOf = (hours: readonly number[]): number => {
  const sorted = [...hours].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
/** Sizes that say their own reason: a review of strong practice, a hub's threshold and minimum. */
const SAID_FORMS = [
  'office.reviewForm',
  'office.thresholdForm',
  'office.thresholdFormReport',
  'office.minimumForm',
];

describe('what most stakeholders ask for is never among the smallest', () => {
  it('a service asked for by two thirds or more takes at least the median service’s hours, or says why', () => {
    let asked = 0;
    fc.assert(
      fc.property(
        ownContextArb,
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: QUESTIONS, maxLength: QUESTIONS }),
        fc.dictionary(fc.constantFrom(...ASKABLE), fc.constantFrom(0.25, 0.5, 0.75, 1), {
          minKeys: 1,
          maxKeys: 4,
        }),
        (c, ratings, expectations) => {
          const r = run(c, answersOf(ratings), expectations);
          if (!r?.pmo.staffing) return;
          const services = r.pmo.services.filter((s) => s.id !== 'office-lead');
          const median = medianOf(services.map((s) => s.hoursPerWeek));
          for (const s of services) {
            const share = askedShare(serviceSpec(s.id as Parameters<typeof serviceSpec>[0]), expectations);
            if (share < MOST) continue;
            const says = s.reasons.some((x) => SAID_FORMS.includes(read(x).key));
            if (says || read(s.source).key === 'office.source.evidenceTrail') continue;
            asked++;
            expect(s.hoursPerWeek).toBeGreaterThanOrEqual(median - ROUNDING);
          }
        },
      ),
      { numRuns: runs(100), ...SEED },
    );
    expect(asked).toBeGreaterThan(5);
  });
});

describe('customer work is costed because it is customer work', () => {
  it('an office for customer orders always holds their commercial controlling', () => {
    let offices = 0;
    fc.assert(
      fc.property(
        ownContextArb.filter((c) => c.projectsFor !== 'own-organisation'),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: QUESTIONS, maxLength: QUESTIONS }),
        (c, ratings) => {
          const r = run(c, answersOf(ratings));
          if (!r?.pmo.staffing || r.pmo.shape === 'capability-first' || r.pmo.shape === 'lean-portfolio')
            return;
          if (r.pmo.shape === 'hub-and-spoke') return;
          offices++;
          // Costed by the commercial controlling of the orders, or by the portfolio's controls where the
          // spend per project calls for them and they take the orders' cost in (one controls service).
          const ids = r.pmo.services.map((s) => s.id);
          expect(ids.includes('programme-controls') || ids.includes('portfolio-controls')).toBe(true);
        },
      ),
      { numRuns: runs(60), ...SEED },
    );
    expect(offices).toBeGreaterThan(3);
  });
});

describe('a hub coordinates the offices it ties, not the units', () => {
  it('once the units share offices, more units never give the hub more coordination', () => {
    let shared = 0;
    fc.assert(
      fc.property(
        fc.record({
          employees: fc.integer({ min: 3000, max: 60_000 }),
          concurrentProjects: fc.integer({ min: 60, max: 400 }),
          projectManagers: fc.integer({ min: 5, max: 80 }),
          pmExpertise: fc.constantFrom('none', 'basic', 'strong' as const),
          urgency: lmh,
          controlAppetite: fc.constantFrom('low', 'medium' as const),
          resourceContention: lmh,
          horizon: fc.constant('lasting' as const),
          existingPmo: fc.constant('none' as const),
          regulated: fc.boolean(),
          businessUnits: fc.integer({ min: 8, max: 40 }),
        }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: QUESTIONS, maxLength: QUESTIONS }),
        (c, more, ratings) => {
          const answers = answersOf(ratings);
          const few = run(c, answers);
          const many = run({ ...c, businessUnits: c.businessUnits + more }, answers);
          const a = few?.pmo.services.find((s) => s.id === 'hub-coordination');
          const b = many?.pmo.services.find((s) => s.id === 'hub-coordination');
          if (!a || !b || a.units >= c.businessUnits || !few || !many || !sameDesign(few, many)) return;
          shared++;
          expect(b.hoursPerWeek).toBeLessThanOrEqual(a.hoursPerWeek + ROUNDING);
        },
      ),
      { numRuns: everyCase(60), ...SEED },
    );
    expect(shared).toBeGreaterThan(1);
  });
});
