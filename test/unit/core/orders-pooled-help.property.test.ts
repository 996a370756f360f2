import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { runs } from '../../support/sample';
import { contextArb, HOURS_PER_FTE, SEED, teamArb } from './arbitraries';

/**
 * Round 23: customer orders said and sized as a contractor's, pooled project managers never the
 * office's overhead, and someone who has led such work brought in where nobody has and the projects
 * are sizeable. The expectations are the practitioners', not read from the engine.
 */

const RUNS = runs(100);
const run = (c: OrganisationContext, team: Parameters<typeof evaluate>[2]) =>
  evaluate(QUESTIONNAIRE, c, team, { sensitivity: false }) as Result | null;
const as = (
  c: OrganisationContext,
  projectsFor: OrganisationContext['projectsFor'],
): OrganisationContext => ({
  ...c,
  projectsFor,
});
const planText = (r: Result): string => (r.rollout?.phases ?? []).flatMap((p) => p.activities).join(' | ');
const mid = (f: { min: number; max: number }) => (f.min + f.max) / 2;
/** The day rate the engine uses for anyone bought in when no rates are given (business-case.ts). */
const DEFAULT_OUTSIDE_RATE = 1100;

const projectsForArb = fc.constantFrom('own-organisation', 'customers', 'both' as const);

describe('customer orders, round 23', () => {
  it('no warning prints a zero it means as a quantity (a spend, millions, people)', () =>
    fc.assert(
      fc.property(contextArb, projectsForArb, teamArb, (c, pf, team) => {
        const r = run(as(c, pf), team);
        for (const w of r?.warnings ?? [])
          expect(w).not.toMatch(/(?<![\d.,])0 (a year|million|FTE)\b|about 0 million/);
      }),
      { numRuns: RUNS, ...SEED },
    ));

  it('speak to a contractor as a contractor: never "who acts for you as the client" on its orders', () =>
    fc.assert(
      fc.property(contextArb, teamArb, (c, team) => {
        const r = run(as(c, 'customers'), team);
        for (const w of r?.warnings ?? []) expect(w).not.toMatch(/acts for you as the client/);
      }),
      { numRuns: RUNS, ...SEED },
    ));

  it('never tell a firm with customer orders to pause every running project', () =>
    fc.assert(
      fc.property(contextArb, fc.constantFrom('customers', 'both' as const), teamArb, (c, pf, team) => {
        const r = run(as(c, pf), team);
        if (r) expect(planText(r)).not.toMatch(/Rank every running project, pause/);
      }),
      { numRuns: RUNS, ...SEED },
    ));

  it('keep the customer orders in view where a firm runs both kinds and no office is recommended', () =>
    fc.assert(
      fc.property(contextArb, teamArb, (c, team) => {
        const r = run(
          as({ ...c, existingPmo: 'none', existingPmoFte: undefined, horizon: 'lasting' }, 'both'),
          team,
        );
        // A plan of steps (not a direction only, for want of evidence) for a firm with work running.
        if (!r || r.pmo.needed || c.concurrentProjects === 0 || planText(r) === '') return;
        expect(planText(r)).toMatch(/customer orders in one book/);
      }),
      { numRuns: RUNS, ...SEED },
    ));

  it('raise no office above the own-change twin but by the orders’ controls, when those are more than a role', () =>
    fc.assert(
      fc.property(contextArb, teamArb, (c0, team) => {
        const c = { ...c0, existingPmo: 'none' as const, existingPmoFte: undefined };
        const own = run(as(c, 'own-organisation'), team);
        const orders = run(as(c, 'customers'), team);
        if (!own || !orders || own.pmo.needed || !orders.pmo.needed || !orders.pmo.staffing) return;
        // The firm needs no office for its own change: one for its orders stands only on what the
        // orders add, their commercial controls, and only where those are more than one person's role.
        const all = orders.pmo.services.reduce((a, x) => a + x.hoursPerWeek, 0);
        const controls = orders.pmo.services
          .filter((x) => x.id === 'programme-controls')
          .reduce((a, x) => a + x.hoursPerWeek, 0);
        const rest = mid(orders.pmo.staffing.fte) * (1 - controls / Math.max(all, 1e-9));
        expect(rest > 0.5 || controls / HOURS_PER_FTE > 1).toBe(true);
      }),
      { numRuns: RUNS, ...SEED },
    ));
});

/** A directive office in place holding pooled project managers, kept or evolved. */
const pooledArb = fc.tuple(contextArb, fc.integer({ min: 1, max: 30 })).map(
  ([c, extra]): OrganisationContext => ({
    ...c,
    existingPmo: 'resource-source',
    existingPmoFte: Math.min(c.employees, c.projectManagers + extra),
    controlAppetite: 'high',
    pmExpertise: 'strong',
  }),
);

describe('pooled project managers, round 23', () => {
  it('are never the office’s overhead: its cost and its share of the spend leave them out', () =>
    fc.assert(
      fc.property(pooledArb, teamArb, (c, team) => {
        const r = run(c, team);
        const staffing = r?.pmo.staffing;
        if (!r || !staffing) return;
        const pooledRole = staffing.roles.find((x) => /Pooled project managers/.test(x.role));
        // A pooled role always says how many it pools, so every overhead figure can leave them out.
        if (pooledRole) expect(staffing.pooled).toBe(pooledRole.fte);
        const pooled = staffing.pooled ?? 0;
        if (pooled <= 0 || !r.pmo.cost) return;
        const overheadTop = Math.max(0, staffing.fte.max - pooled);
        // At the dearest rate anyone is paid, the overhead alone bounds the yearly cost.
        expect(r.pmo.cost.annual.max).toBeLessThanOrEqual(overheadTop * DEFAULT_OUTSIDE_RATE * 220 + 1000);
      }),
      { numRuns: RUNS, ...SEED },
    ));
});

/** Nobody has led such work, and each project is worth half a million euros or more a year. */
const sizeableArb = fc
  .tuple(contextArb, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 500_000, max: 3_000_000 }))
  .map(
    ([c, projects, perProject]): OrganisationContext => ({
      ...c,
      employees: Math.max(c.employees, 20),
      concurrentProjects: projects,
      projectManagers: 0,
      pmExpertise: 'none',
      horizon: 'lasting',
      existingPmo: 'none',
      existingPmoFte: undefined,
      deliveryApproach: 'plan-driven',
      annualProjectBudget: projects * perProject,
      projectsFor: 'own-organisation',
    }),
  );

describe('outside help where nobody has run a project, round 23', () => {
  it('brings in someone who has led such work for sizeable projects, not only days of coaching', () =>
    fc.assert(
      fc.property(sizeableArb, teamArb, (c, team) => {
        const r = run(c, team);
        // A direction only (evidence too thin for a plan) has no steps to check.
        const text = r ? planText(r) : '';
        if (text === '') return;
        expect(text).not.toMatch(/days of outside coaching for the first projects, not a hire/);
        expect(text).toMatch(/experienced (project|programme) manager|experienced lead part-time/);
      }),
      { numRuns: RUNS, ...SEED },
    ));
});
