import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { SERVICE_CATALOGUE } from '../../../functions/core/office/catalogue';
import type { Sized } from '../../../functions/core/office/choice';
import { setupDaysOf } from '../../../functions/core/office/design';
import { NO_LEAD_OFFICE_FTE } from '../../../functions/core/part-time-role';
import { credibleManagers, tooManyManagers } from '../../../functions/core/project-count';
import { peopleAdviceFor } from '../../../functions/core/rollout-people';
import { situationOf } from '../../../functions/core/situation';
import { runs } from '../../support/sample';
import { ALL_QUESTIONS } from './fixtures';
import { asKeys, read, type Said } from './said';

/**
 * Round 16: the office's size, its roles and the people the plan brings in add up, in small
 * organisations too. Every rule is a property over organisations generated with a fixed seed, read
 * through a `say` that returns each message as its key and values. The practitioners' figures are
 * written here (half a person for a part-time role, 2 % of the staff, one lead per five projects),
 * not read from the engine.
 */

const PART_TIME = 0.5;
const SMALL_SHARE = 0.02;
const PROJECTS_PER_LEAD = 5;
const HOURS_PER_FTE = 37.5;

const lmh = fc.constantFrom('low', 'medium', 'high' as const);
/** Organisations of every size, with many small ones, few projects and temporary pushes among them. */
const contextArb: fc.Arbitrary<OrganisationContext> = fc
  .record({
    employees: fc.oneof(fc.integer({ min: 3, max: 150 }), fc.integer({ min: 1, max: 30_000 })),
    concurrentProjects: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 300 })),
    projectManagers: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 150 })),
    pmExpertise: fc.constantFrom('none', 'basic', 'strong' as const),
    urgency: lmh,
    controlAppetite: lmh,
    resourceContention: lmh,
    horizon: fc.constantFrom('temporary', 'lasting' as const),
    horizonMonths: fc.option(fc.integer({ min: 3, max: 36 }), { nil: undefined }),
    annualProjectBudget: fc.option(fc.integer({ min: 0, max: 2_000_000_000 }), { nil: undefined }),
    existingPmo: fc.constantFrom('none', 'none', 'none', 'weather-station', 'control-tower' as const),
    existingPmoFte: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    regulated: fc.boolean(),
    deliveryApproach: fc.option(fc.constantFrom('plan-driven', 'agile', 'mixed' as const), {
      nil: undefined,
    }),
    businessUnits: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
  })
  .map((c) => ({
    ...c,
    projectManagers: Math.min(c.projectManagers, c.employees),
    existingPmoFte: c.existingPmo === 'none' ? undefined : c.existingPmoFte,
  }));

/** A team of one to three around a shared level, each question near it. */
const teamArb: fc.Arbitrary<Answers[]> = fc.integer({ min: 1, max: 5 }).chain((base) =>
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
const run = (c: OrganisationContext, team: Answers[]) =>
  evaluate(QUESTIONNAIRE, c, team, { say: asKeys, sensitivity: false });
const CASES = fc
  .sample(fc.tuple(contextArb, teamArb), { numRuns: runs(500), ...seeded(1616) })
  .flatMap(([context, team]) => {
    const result = run(context, team);
    return result ? [{ context, team, result }] : [];
  });

const activities = (r: Result): Said[] => (r.rollout.phases ?? []).flatMap((p) => p.activities.map(read));
const costNotes = (r: Result): Said[] => (r.pmo.cost?.assumptions ?? []).map(read);
const count = (x: Said) => Number(x.params?.count ?? 0);
const setupOf = (r: Result): number =>
  Number(costNotes(r).find((a) => a.key === 'cost.oneOff')?.params?.days);
const mid = (x: { min: number; max: number }) => (x.min + x.max) / 2;

describe('the people the plan brings in and the office’s roles are one set', () => {
  it('no role or plan person is counted twice: an interim who leads a push of a handful of projects is its lead', () => {
    let seen = 0;
    for (const { context: c, result: r } of CASES) {
      const advice = peopleAdviceFor(situationOf(c), r.maturity.dimensions);
      const steps = activities(r);
      const asLead = steps.filter((a) => a.key === 'plan.people.bringInLead');
      const others = steps.filter((a) => a.key === 'plan.bringInExperiencedPm');
      const roles = (r.pmo.staffing?.roles ?? []).map((x) => read(x.role));
      const interimRoles = roles.filter((x) => x.key === 'office.role.interimLead');
      // The person who leads the office is named once in the plan and once among the roles.
      expect(asLead.length).toBeLessThanOrEqual(1);
      // ...or, where nobody inside can lead an internal office, brought in on contract as its lead.
      const contract = steps.filter(
        (a) => a.key === 'plan.contractLeadForPush' || a.key === 'plan.contractLeadUntilHire',
      );
      expect(interimRoles.length).toBe(asLead.length + contract.length);
      // The plan brings in as many people as the advice, each in one step.
      if (r.rollout.phases && advice)
        expect(asLead.length + others.reduce((a, x) => a + count(x), 0)).toBe(
          steps.some((a) => a.key === 'plan.bringInExperiencedPm' || a.key === 'plan.people.bringInLead')
            ? advice.bringIn
            : 0,
        );
      // A temporary office with a handful of projects has no second leader beside the one brought in.
      const office = r.pmo.needed && r.pmo.staffing !== null && r.rollout.phases !== null;
      if (
        office &&
        c.horizon === 'temporary' &&
        c.concurrentProjects <= PROJECTS_PER_LEAD &&
        advice?.bringIn
      ) {
        seen++;
        expect(asLead).toHaveLength(1);
        expect(others).toHaveLength(0);
        // Costed once: in the office, not again beside it.
        expect(costNotes(r).map((a) => a.key)).toContain('cost.interimLead');
        expect(costNotes(r).filter((a) => a.key === 'plan.people.cost.interim')).toHaveLength(0);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('every person the plan brings in is priced, beside the office’s cost where there is one', () => {
    for (const { result: r } of CASES) {
      const steps = activities(r);
      const notes = [...r.rollout.assumptions.map(read), ...costNotes(r)];
      const beside = notes.filter(
        (a) => a.key === 'plan.people.cost.interim' || a.key === 'plan.people.cost.hire',
      );
      for (const step of steps.filter((a) => a.key === 'plan.bringInExperiencedPm'))
        expect(beside.some((n) => count(n) === count(step))).toBe(true);
      if (steps.some((a) => a.key === 'plan.people.bringInLead'))
        expect(costNotes(r).map((a) => a.key)).toContain('cost.interimLead');
      if (steps.some((a) => a.key === 'plan.people.coaching'))
        expect(notes.map((a) => a.key)).toContain('plan.people.cost.coaching');
      // Where the result shows a cost, the people are named beside it, not only in the plan.
      if (r.pmo.cost)
        for (const n of r.rollout.assumptions.map(read).filter((a) => a.key.startsWith('plan.people.cost.')))
          expect(costNotes(r)).toContainEqual(n);
    }
  });
});

describe('sizes rest on the people who are there', () => {
  it('the project-manager count a service is sized on equals the one entered, or the result says whom it counts', () => {
    for (const { context: c, result: r } of CASES)
      for (const s of r.pmo.services) {
        if (s.driver !== 'project-managers') continue;
        // An effort below its basis wraps the line in the share it keeps (effort-line.ts, round 30).
        const said = read(s.effort);
        const effort = said.key === 'office.effort.held' ? (said.params?.line as typeof said) : said;
        if (s.units === c.projectManagers) continue;
        // A count the result doubts (too many managers for the projects) is held to what the
        // projects could use, and the effort says so (round 18).
        if (tooManyManagers(c)) {
          expect(effort.key).toBe('office.effort.leadsDoubted');
          expect(effort.params?.managers).toBe(c.projectManagers);
          expect(s.units).toBe(credibleManagers(c));
          expect(s.units).toBeLessThan(c.projectManagers);
          continue;
        }
        expect(effort.key).toBe('office.effort.leads');
        expect(effort.params?.managers).toBe(c.projectManagers);
        expect(effort.params?.units).toBe(s.units);
        // It counts one lead per five projects, never fewer people than were entered.
        expect(s.units).toBeGreaterThanOrEqual(c.projectManagers);
        expect(s.units).toBeLessThanOrEqual(Math.max(1, Math.ceil(c.concurrentProjects / PROJECTS_PER_LEAD)));
      }
  });

  it('coordination text agrees with the FTE shown: a part-time role is at most half a person and a small share of the staff', () => {
    let seen = 0;
    for (const { context: c, result: r } of CASES) {
      if (r.pmo.shape !== 'capability-first' || !r.pmo.staffing) continue;
      const { staffing } = r.pmo;
      // Where nobody can lead the office, its form changes, not its hours (round 28): the one
      // coordinator holds what the office would have, below one person at the middle.
      if (r.pmo.rationale.map(read).some((x) => x.key === 'shape.reason.no-expertise')) {
        expect(staffing.fte.min + staffing.fte.max).toBeLessThan(2 * NO_LEAD_OFFICE_FTE + 0.01);
        expect(staffing.roles).toHaveLength(1);
        continue;
      }
      seen++;
      expect(staffing.fte.max).toBeLessThanOrEqual(PART_TIME + 0.005);
      expect(staffing.fte.max).toBeLessThanOrEqual(SMALL_SHARE * c.employees * 1.005 + 0.005);
      // One person, named part-time, whatever the text around it says.
      expect(staffing.roles).toHaveLength(1);
      expect(read(staffing.roles[0]?.role ?? '').key).toBe('staff.role.partTimeProjectCoordinator');
      const reason = r.pmo.rationale.map(read).find((x) => x.key.startsWith('shape.reason.'));
      expect(reason?.key).toMatch(/coordination|no-project-leads|no-expertise|leads-binding|small-portfolio/);
    }
    // Round 26: owners of 10-33 people spending EUR 11M or more now get an office (spend-scale.ts).
    expect(seen).toBeGreaterThan(18);
  });
});

describe('set-up grows with the office and the services it builds', () => {
  it('set-up days never fall when the office grows with the same services', () => {
    let compared = 0;
    const grown = fc.sample(fc.tuple(contextArb, teamArb, fc.double({ min: 1.2, max: 4, noNaN: true })), {
      numRuns: runs(250),
      ...seeded(1617),
    });
    for (const [c0, team, k] of grown) {
      const c = { ...c0, existingPmo: 'none' as const, existingPmoFte: undefined };
      const big = {
        ...c,
        employees: Math.round(c.employees * k),
        concurrentProjects: Math.round(c.concurrentProjects * k),
        projectManagers: Math.round(c.projectManagers * k),
        annualProjectBudget: c.annualProjectBudget === undefined ? undefined : c.annualProjectBudget * k,
      };
      const a = run(c, team);
      const b = run(big, team);
      if (!a?.pmo.staffing || !b?.pmo.staffing || !a.pmo.cost || !b.pmo.cost) continue;
      const ids = (r: Result) =>
        r.pmo.services
          .map((s) => s.id)
          .sort()
          .join();
      if (ids(a) !== ids(b)) continue;
      const fte = (r: Result) => r.pmo.services.reduce((x, s) => x + s.hoursPerWeek, 0) / HOURS_PER_FTE;
      if (fte(b) < fte(a) + 0.05) continue;
      compared++;
      expect(setupOf(b)).toBeGreaterThanOrEqual(setupOf(a));
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('a smaller office never sets up more than a larger one building the same services', () =>
    fc.assert(
      fc.property(
        fc.subarray([...SERVICE_CATALOGUE], { minLength: 1 }),
        fc.array(fc.double({ min: 0.1, max: 60, noNaN: true }), { minLength: 15, maxLength: 15 }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        fc.boolean(),
        (specs, hours, growth, regulated) => {
          const s = situationOf({
            employees: 100,
            concurrentProjects: 10,
            projectManagers: 2,
            pmExpertise: 'basic',
            urgency: 'medium',
            controlAppetite: 'medium',
            resourceContention: 'medium',
            horizon: 'lasting',
            regulated,
          });
          const office = (scale: (i: number) => number): Sized[] =>
            specs.map((spec, i) => ({
              spec,
              why: [],
              painful: { gap: 0, pressure: 0, readiness: 1 },
              sustain: false,
              core: false,
              form: 'full',
              units: 1,
              driver: spec.driver,
              hours: (hours[i] ?? 1) * scale(i),
            }));
          const small = office(() => 1);
          // The larger office is the same services with more hours in total, not each service larger.
          const large = office((i) => (i === 0 ? growth : 1));
          expect(setupDaysOf(large, s)).toBeGreaterThanOrEqual(setupDaysOf(small, s));
          // An office of several people sets up more than a week for each of them.
          const fte = large.reduce((a, x) => a + x.hours, 0) / HOURS_PER_FTE;
          expect(setupDaysOf(large, s)).toBeLessThanOrEqual(
            specs.reduce((a, x) => a + x.setupDays(s), 0) + fte * 5 + 1e-9,
          );
        },
      ),
      { numRuns: runs(300), ...seeded(1618) },
    ));

  it('set-up follows the office: its services’ own set-up and about a week for each of its people, no more', () => {
    for (const { context: c, result: r } of CASES) {
      if (!r.pmo.staffing || !r.pmo.cost || (c.existingPmo ?? 'none') !== 'none') continue;
      const s = situationOf(c);
      const services = r.pmo.services.reduce(
        (a, x) => a + (SERVICE_CATALOGUE.find((spec) => spec.id === x.id)?.setupDays(s) ?? 0),
        0,
      );
      expect(setupOf(r)).toBeLessThanOrEqual(Math.round(services + 5 * mid(r.pmo.staffing.fte) * 1.2) + 1);
    }
  });
});
