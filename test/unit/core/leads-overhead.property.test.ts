import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { leadHours } from '../../../functions/core/office/catalogue';
import { runs, sampled } from '../../support/sample';
import { contextArb, evaluated, HOURS_PER_FTE, respondentArb, SEED } from './arbitraries';
import { asKeys, read } from './said';

/**
 * Round 20 (docs/scoring.md): leading a small office is not counted on top of the one person who
 * holds it; a directive office's pooled project managers are not its overhead; a dimension nobody
 * could rate says so and names who could; a push's decisions are due in days whatever its length.
 * The figures are written here, not read from the engine.
 */

const ONE_PERSON = HOURS_PER_FTE;
const PLAYER_COACH_SLOPE = 0.3;
const LARGE_OFFICE_SHARE = 0.12;
const HALF_PERSON = HOURS_PER_FTE / 2;
type Level = 'low' | 'medium' | 'high';
const DECISION_DAYS: Record<Level, number> = { high: 5, medium: 8, low: 10 };
const RANK: Record<Level, number> = { low: 0, medium: 1, high: 2 };

const hours = fc.double({ min: 0, max: 2_000, noNaN: true });

describe('leading the office', () => {
  it('takes nothing while one person holds the office, then rises without a jump', () => {
    fc.assert(
      fc.property(hours, fc.double({ min: 0, max: 5, noNaN: true }), (x, step) => {
        const a = leadHours(x);
        const b = leadHours(x + step);
        if (x <= ONE_PERSON) expect(a).toBe(0);
        // Continuous and never falling: a step in services moves leading by at most the player-coach's share of it.
        expect(b).toBeGreaterThanOrEqual(a);
        expect(b - a).toBeLessThanOrEqual(PLAYER_COACH_SLOPE * step + 1e-9);
        // Never more than half a person until the large office's share is more.
        expect(a).toBeLessThanOrEqual(Math.max(HALF_PERSON, LARGE_OFFICE_SHARE * x) + 1e-9);
      }),
      { numRuns: runs(150), ...SEED },
    );
  });

  it('a one-person office shows no one leading it', () => {
    fc.assert(
      fc.property(contextArb, fc.array(respondentArb, { minLength: 1, maxLength: 3 }), (c, team) => {
        const r = evaluated(c, team);
        if (!r?.pmo.needed) return;
        const lead = r.pmo.services.find((x) => x.id === 'office-lead');
        const others = r.pmo.services
          .filter((x) => x.id !== 'office-lead')
          .reduce((a, x) => a + x.hoursPerWeek, 0);
        // Tenths of hours shown: a tenth of slack per service.
        if (others <= ONE_PERSON - 0.1 * r.pmo.services.length) expect(lead).toBeUndefined();
      }),
      { numRuns: runs(150), ...SEED },
    );
  });
});

const pushArb = contextArb.map(
  (c): OrganisationContext => ({ ...c, horizon: 'temporary', horizonMonths: c.horizonMonths ?? 12 }),
);
const decisionDays = (r: Result | null): number | undefined =>
  r?.pmo.kpis.find((k) => read(k.name).key === 'kpi.outcome.time-to-decision')?.target;
const keyed = (c: OrganisationContext, team: Answers[]) =>
  evaluate(QUESTIONNAIRE, c, team, { sensitivity: false, say: asKeys });

describe('a push decides in days', () => {
  it('by its urgency and contention, never more for a longer push', () => {
    let seen = 0;
    fc.assert(
      fc.property(pushArb, respondentArb, fc.integer({ min: 1, max: 60 }), (c, answers, more) => {
        const short = decisionDays(keyed(c, [answers]));
        const long = decisionDays(keyed({ ...c, horizonMonths: (c.horizonMonths ?? 12) + more }, [answers]));
        const pressure = RANK[c.urgency] >= RANK[c.resourceContention] ? c.urgency : c.resourceContention;
        for (const days of [short, long])
          if (days !== undefined) expect(days).toBeLessThanOrEqual(DECISION_DAYS[pressure]);
        if (short !== undefined && long !== undefined) {
          seen++;
          expect(long).toBeLessThanOrEqual(short);
        }
      }),
      { numRuns: runs(60), ...SEED },
    );
    expect(seen).toBeGreaterThan(sampled(10));
  });
});

describe('the office’s overhead', () => {
  it('leaves the pooled project managers out of the cost and its share of spend', () => {
    const directive = contextArb.map(
      (c): OrganisationContext => ({
        ...c,
        existingPmo: 'resource-source',
        controlAppetite: 'high',
        existingPmoFte: c.existingPmoFte ?? 10,
      }),
    );
    let pooledSeen = 0;
    fc.assert(
      fc.property(directive, respondentArb, (c, answers) => {
        const r = keyed(c, [answers]);
        const staffing = r?.pmo.staffing;
        const pooled = staffing?.pooled ?? 0;
        if (!r?.pmo.cost || !staffing || pooled <= 0) return;
        pooledSeen++;
        const said = r.pmo.cost.assumptions.map(read);
        const formula = said.find((x) => x.key === 'cost.formula' || x.key === 'cost.formulaSingle');
        const max = (formula?.params?.max ?? formula?.params?.fte) as number;
        expect(max).toBeCloseTo(Math.max(0, staffing.fte.max - pooled), 2);
        expect(said.some((x) => x.key === 'cost.pooledLeftOut')).toBe(true);
      }),
      { numRuns: runs(80), ...SEED },
    );
    expect(pooledSeen).toBeGreaterThan(sampled(5));
  });
});

describe('a dimension nobody could rate', () => {
  it('is warned about, naming who could answer it', () => {
    const dimensions = QUESTIONNAIRE.dimensions.map((d) => d.id);
    fc.assert(
      fc.property(respondentArb, fc.constantFrom(...dimensions), (answers, unknown) => {
        const d = QUESTIONNAIRE.dimensions.find((x) => x.id === unknown);
        const all: Answers = { ...answers };
        for (const q of d?.questions ?? []) all[q.id] = 'dont-know';
        const context: OrganisationContext = {
          employees: 500,
          concurrentProjects: 20,
          projectManagers: 8,
          pmExpertise: 'basic',
          urgency: 'medium',
          controlAppetite: 'medium',
          resourceContention: 'medium',
          horizon: 'lasting',
          existingPmo: 'none',
          regulated: false,
        };
        const r = keyed(context, [all]);
        if (!r) return;
        const warned = r.warnings
          .map(read)
          .find(
            (w) =>
              w.key === 'warning.unratedDimension' &&
              w.params?.dimension === r.maturity.dimensions.find((x) => x.id === unknown)?.name,
          );
        expect(warned).toBeDefined();
        expect((warned?.params?.who as { key: string } | undefined)?.key).toBe(`whoKnows.${unknown}`);
      }),
      { numRuns: runs(40), ...SEED },
    );
  });
});
