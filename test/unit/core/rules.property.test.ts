import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { PROGRAMME_MIN_BUDGET } from '../../../functions/core/pmo-need';
import { runs } from '../../support/sample';
import { ALL_QUESTIONS } from './fixtures';

const lmh = fc.constantFrom('low', 'medium', 'high' as const);
const contextArb: fc.Arbitrary<OrganisationContext> = fc
  .record({
    employees: fc.integer({ min: 1, max: 20_000 }),
    concurrentProjects: fc.integer({ min: 0, max: 200 }),
    projectManagers: fc.integer({ min: 0, max: 100 }),
    pmExpertise: fc.constantFrom('none', 'basic', 'strong' as const),
    urgency: lmh,
    controlAppetite: lmh,
    resourceContention: lmh,
    horizon: fc.constantFrom('temporary', 'lasting' as const),
    annualProjectBudget: fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: undefined }),
    existingPmo: fc.constantFrom('none', 'weather-station', 'control-tower', 'resource-source' as const),
    regulated: fc.boolean(),
  })
  .map((c) => ({ ...c, projectManagers: Math.min(c.projectManagers, c.employees) }));

/** A full answer set, each dimension around its own level. */
const answersArb: fc.Arbitrary<Answers> = fc
  .array(fc.integer({ min: 1, max: 5 }), { minLength: ALL_QUESTIONS.length, maxLength: ALL_QUESTIONS.length })
  .map((ratings) => Object.fromEntries(ALL_QUESTIONS.map((q, i) => [q.id, ratings[i] as number])));

/**
 * A team of 1 to 12 respondents: one person around their own levels, some answering "don't know",
 * so the many-respondent paths (agreement, spread, sufficient evidence) are generated too.
 */
const teamArb: fc.Arbitrary<Answers[]> = fc.array(
  fc
    .tuple(
      answersArb,
      fc.subarray(
        ALL_QUESTIONS.map((q) => q.id),
        { maxLength: ALL_QUESTIONS.length - 6 },
      ),
    )
    .map(
      ([answers, unknown]) =>
        ({ ...answers, ...Object.fromEntries(unknown.map((id) => [id, 'dont-know'])) }) as Answers,
    ),
  { minLength: 1, maxLength: 12 },
);

const check = (predicate: (c: OrganisationContext, r: NonNullable<ReturnType<typeof evaluate>>) => void) =>
  fc.assert(
    fc.property(contextArb, teamArb, (c, team) => {
      const r = evaluate(QUESTIONNAIRE, c, team, { sensitivity: false });
      // A team whose every dimension has at most one rated question has no result to judge.
      if (!r) return;
      predicate(c, r);
    }),
    { numRuns: runs(200) },
  );

/** Edition 3's office rules (spend, staffing, horizon, KPIs, the office in place): office.property.test.ts. */
describe('rules that hold for every organisation', () => {
  it('no resource source without high appetite for control, unless one in place keeps its standing under a medium one', () =>
    check((c, r) => {
      if (r.pmo.model !== 'resource-source') return;
      if (c.existingPmo === 'resource-source') expect(c.controlAppetite).not.toBe('low');
      else expect(c.controlAppetite).toBe('high');
    }));

  it('a directive office is never fully outsourced', () =>
    check((_, r) => {
      if (r.pmo.model === 'resource-source') expect(r.pmo.sourcing).not.toBe('outsourced');
    }));

  it('the roles sum to a value inside the FTE range shown, none of 0 FTE', () =>
    check((_, r) => {
      if (!r.pmo.staffing) return;
      const sum = r.pmo.staffing.roles.reduce((a, x) => a + x.fte, 0);
      expect(sum).toBeGreaterThanOrEqual(r.pmo.staffing.fte.min - 1e-9);
      expect(sum).toBeLessThanOrEqual(r.pmo.staffing.fte.max + 1e-9);
      for (const role of r.pmo.staffing.roles) expect(role.fte).toBeGreaterThan(0);
    }));

  it('a KPI target is above its baseline, or the measure says sustain', () =>
    check((_, r) => {
      for (const k of r.pmo.kpis)
        if (k.baseline !== null && k.target <= k.baseline) expect(k.measure).toMatch(/sustain/);
    }));

  it('no programme office when the spend is known and below the threshold', () =>
    check((c, r) => {
      if (c.annualProjectBudget !== undefined && c.annualProjectBudget < PROGRAMME_MIN_BUDGET)
        expect(r.pmo.scope).toBe('organisation');
    }));

  it('the recommended model is never listed as already passed', () =>
    check((_, r) => {
      if (r.pmo.model) expect(r.pmo.readiness.passed).not.toContain(r.pmo.model);
    }));

  it('an ineligible model or sourcing is never recommended', () =>
    check((_, r) => {
      if (r.pmo.model) expect(r.pmo.fit.find((f) => f.model === r.pmo.model)?.eligible).toBe(true);
      if (r.pmo.sourcing)
        expect(r.pmo.sourcingFit.find((s) => s.sourcing === r.pmo.sourcing)?.eligible).toBe(true);
    }));

  it('one answer never gives a sufficient level', () =>
    fc.assert(
      fc.property(
        contextArb,
        fc.constantFrom(...ALL_QUESTIONS.map((q) => q.id)),
        fc.integer({ min: 1, max: 5 }),
        (c, id, rating) => {
          const r = evaluate(QUESTIONNAIRE, c, [{ [id]: rating }], { sensitivity: false });
          expect(r?.evidence.status).toBe('insufficient');
          expect(r?.maturity.dimensions.some((d) => d.sufficient)).toBe(false);
          expect(r?.maturity.level).toBeLessThanOrEqual(2);
          expect(r?.pmo.readiness.capabilities.some((x) => x.met)).toBe(false);
        },
      ),
      { numRuns: runs(200) },
    ));
});

describe('figures that read as figures', () => {
  it('no sentence states a share of spend of 1,000 % or more, whatever spend is given', () =>
    fc.assert(
      fc.property(
        contextArb,
        // Spends far below any office, and spends near its cost (where "more than" meets "1.x times").
        fc.oneof(fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 20_000, max: 200_000 })),
        teamArb,
        fc.constantFrom('en', 'fr', 'de'),
        (c, spend, team, _language) => {
          const r = evaluate(QUESTIONNAIRE, { ...c, annualProjectBudget: spend }, team, {
            sensitivity: false,
          });
          const sentences = JSON.stringify(r);
          // A percentage with a thousands separator is past the whole spend ten times over.
          expect(sentences).not.toMatch(/\d[,.\u202f\u00a0 ]\d{3}(?:[.,]\d+)?\s?%/);
          // "More than the whole spend" never comes with "1 times it".
          expect(sentences).not.toMatch(/\(1 times it\)/);
        },
      ),
      { numRuns: runs(150) },
    ));
});

describe('a team score follows the people who could judge the dimension', () => {
  it('respondents who rated only one question of a dimension do not move its team score', () =>
    fc.assert(
      fc.property(
        contextArb,
        teamArb.filter((t) => t.length >= 2),
        fc.array(
          fc.tuple(fc.constantFrom(...ALL_QUESTIONS.map((q) => q.id)), fc.integer({ min: 1, max: 5 })),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (c, team, crowd) => {
          const base = evaluate(QUESTIONNAIRE, c, team, { sensitivity: false });
          // A crowd each rating one question, whatever the dimension.
          const more = [...team, ...crowd.map(([id, v]) => ({ [id]: v }) as Answers)];
          const withCrowd = evaluate(QUESTIONNAIRE, c, more, { sensitivity: false });
          const scores = (r: typeof base) => r?.maturity.dimensions.map((d) => d.score);
          expect(scores(withCrowd)).toEqual(scores(base));
        },
      ),
      { numRuns: runs(100) },
    ));
});
