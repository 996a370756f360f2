import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { SERVICE_CATALOGUE } from '../../../functions/core/office/catalogue';
import { everyCase } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';
import { asKeys, read } from './said';

/**
 * Round 21: the figures and labels of a result agree with its plan. Every property reads the
 * result through a `say` that returns each message as its key and values.
 */

/** Offices in place and stretched project managers come often: where the defects were found. */
const orgArb: fc.Arbitrary<OrganisationContext> = fc
  .tuple(contextArb, fc.boolean(), fc.integer({ min: 1, max: 40 }))
  .map(([c, stretched, managers]) =>
    stretched
      ? {
          ...c,
          employees: Math.max(c.employees, 200),
          projectManagers: Math.min(managers, Math.max(c.employees, 200)),
          annualProjectBudget: managers * 30_000_000,
          concurrentProjects: Math.max(c.concurrentProjects, 8),
        }
      : c,
  );

const run = (c: OrganisationContext, team: Answers[]) =>
  evaluate(QUESTIONNAIRE, c, team, { say: asKeys, sensitivity: false });

/** How often each property met the case it is about, checked at the end: none may be vacuous. */
const hits = { priced: 0, gaps: 0, reset: 0, oneSeat: 0 };
afterAll(() => {
  // A short push that tracks benefits sizes that tracking as its purpose (round 25), so fewer of
  // this generator's pushes stay under the one seat bought in whole: two of its cases, not four.
  for (const [k, v] of Object.entries(hits)) expect(v, k).toBeGreaterThan(k === 'oneSeat' ? 1 : 3);
});

const PRICED = ['plan.people.cost.interim', 'plan.people.cost.hire'];
const BROUGHT_IN = ['plan.bringInExperiencedPm', 'plan.people.deliveryLeads'];

describe('the people the cost prices are the people the plan brings in (round 21)', () => {
  it('every person priced beside the office has a plan step, and every step that brings one in is priced', () => {
    fc.assert(
      fc.property(orgArb, teamArb, (c, team) => {
        const r = run(c, team);
        const cost = r?.pmo.cost;
        if (!r || !cost) return;
        const priced = cost.assumptions.map(read).filter((m) => PRICED.includes(m.key));
        const steps = (r.rollout?.phases ?? [])
          .flatMap((p) => p.activities)
          .map(read)
          .filter((m) => BROUGHT_IN.includes(m.key));
        expect(steps.length > 0, JSON.stringify({ c, priced, steps })).toBe(priced.length > 0);
        if (priced.length > 0) hits.priced += 1;
        const count = (m: { params?: Record<string, unknown> }) => Number(m.params?.count ?? 0);
        if (priced.length > 0 && steps[0]) expect(count(steps[0])).toBe(count(priced[0] ?? {}));
      }),
      { numRuns: everyCase(150), ...SEED },
    );
  });
});

/** Offices in place of every kind and pushes of one seat come often. */
const placedArb: fc.Arbitrary<OrganisationContext> = contextArb.chain((c) =>
  fc.oneof(
    fc.constant(c),
    fc.integer({ min: 2, max: 40 }).map((fte) => ({
      ...c,
      existingPmo: 'control-tower' as const,
      existingPmoFte: fte,
      controlAppetite: 'low' as const,
      // A reset keeps the controls large spend calls for (controls-need.ts): the releases it makes
      // are drawn where no spend is stated, too.
      ...(fte % 2 === 0 ? { annualProjectBudget: undefined, regulated: false } : {}),
    })),
    fc.integer({ min: 1, max: 8 }).map((n) => ({
      ...c,
      horizon: 'temporary' as const,
      horizonMonths: 6,
      concurrentProjects: n,
      existingPmo: 'none' as const,
      existingPmoFte: undefined,
      annualProjectBudget: n * 700_000,
      // Own project managers, no regulator: only the know-how could keep such a push inside.
      regulated: false,
      projectManagers: Math.min(c.employees, 1 + (n % 3)),
    })),
  ),
);

const TARGET = 3;
const saidGap = (r: NonNullable<ReturnType<typeof run>>, dims: readonly string[]): number => {
  const rated = r.maturity.dimensions.filter((d) => dims.includes(d.id) && d.score !== null);
  return rated.length === 0
    ? 0
    : rated.reduce((a, d) => a + Math.max(0, TARGET - (d.score ?? 0)), 0) / rated.length;
};

describe('each message reads the figure it names (round 21)', () => {
  it('every service says why it is in the office, and a gap said is its dimensions’ own gap', () => {
    fc.assert(
      fc.property(placedArb, teamArb, (c, team) => {
        const r = run(c, team);
        if (!r) return;
        for (const x of r.pmo.services) {
          expect(x.chosenFor.length, x.id).toBeGreaterThan(0);
          const spec = SERVICE_CATALOGUE.find((y) => y.id === x.id);
          for (const m of x.reasons.map(read).filter((y) => y.key === 'office.why.maturity-gap')) {
            const gap = Number(m.params?.gap);
            expect(gap, x.id).toBeGreaterThan(0);
            hits.gaps += 1;
            expect(Math.abs(gap - saidGap(r, spec?.dimensions ?? [])), x.id).toBeLessThan(0.006);
          }
        }
      }),
      { numRuns: everyCase(150), ...SEED },
    );
  });

  it('a reset says what it keeps and what it releases as two figures that add up to the office in place', () => {
    fc.assert(
      fc.property(placedArb, teamArb, (c, team) => {
        const r = run(c, team);
        if (r?.pmo.action !== 'reset' || c.existingPmoFte === undefined) return;
        const blockers = r.pmo.sourcingFit.flatMap((f) => f.blockers).map(read);
        const redeploy = (r.rollout.phases ?? [])
          .flatMap((p) => p.activities)
          .map(read)
          .find((m) => m.key === 'plan.redeploy');
        if (!redeploy) return;
        hits.reset += 1;
        // Where people are released, no sentence says the kept office is "about" its middle.
        expect(blockers.some((m) => m.key === 'src.blocker.releasesOwnTeam')).toBe(false);
        for (const m of blockers.filter((y) => y.key === 'src.blocker.releasesOwnTeamUpTo'))
          expect(
            Math.abs(Number(m.params?.fte) + Number(redeploy.params?.difference) - c.existingPmoFte),
          ).toBeLessThan(0.11);
      }),
      // Resets that release people need sufficient evidence (a thin one waits for a health check).
      { numRuns: everyCase(400), ...SEED },
    );
  });
});

describe('an office bought in whole is said to be bought (round 21)', () => {
  it('a push office of one seat is never refused outsourcing for know-how a team would keep, and one bought in whole is not labelled internal where outsourcing is open', () => {
    fc.assert(
      fc.property(placedArb, teamArb, (c, team) => {
        const r = run(c, team);
        const staffing = r?.pmo.staffing;
        if (!r || !staffing || c.horizon !== 'temporary') return;
        const out = r.pmo.sourcingFit.find((f) => f.sourcing === 'outsourced');
        const mid = (staffing.fte.min + staffing.fte.max) / 2;
        if (mid < 1.5)
          for (const b of (out?.blockers ?? [])
            .map(read)
            .filter((m) => m.key === 'src.blocker.pushKeepsInside'))
            expect(JSON.stringify(b.params)).not.toContain('src.keep.know-how');
        const whole = r.pmo.rationale
          .map(read)
          .some((m) => m.key === 'rationale.contractLead' && Number(m.params?.rest) === 0);
        if (whole && out?.eligible) expect(r.pmo.sourcing).toBe('outsourced');
        if (mid < 1.5 && r.pmo.sourcing === 'outsourced') hits.oneSeat += 1;
      }),
      { numRuns: everyCase(150), ...SEED },
    );
  });
});
