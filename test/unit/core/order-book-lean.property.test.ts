import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { NOT_IN_A_LEAN_PORTFOLIO } from '../../../functions/core/office/offered';
import { english, msg } from '../../../functions/core/say';
import { runs } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';

/**
 * Round 24's shapes. A lasting firm's few large customer orders are a book of orders, never one
 * programme, and the people they fight over are scheduled by the office; an agile organisation's
 * lean portfolio is supportive, carries no stage-gate kit and coaches the leads entered
 * (docs/scoring.md, "Shapes"). Results are worked out without the sensitivity analysis, which no
 * property here reads.
 */

const run = (c: OrganisationContext, team: Answers[]): Result | null =>
  evaluate(QUESTIONNAIRE, c, team, { sensitivity: false });

const dimension = (r: Result, id: string): number | null =>
  r.maturity.dimensions.find((d) => d.id === id)?.score ?? null;

/** A lasting firm of a few customer orders, often large ones. */
const orderBookArb = fc
  .tuple(
    contextArb,
    fc.integer({ min: 1, max: 8 }),
    fc.option(fc.integer({ min: 1_000_000, max: 2_000_000_000 }), { nil: undefined }),
  )
  .map(
    ([c, projects, spend]): OrganisationContext => ({
      ...c,
      horizon: 'lasting',
      projectsFor: 'customers',
      concurrentProjects: projects,
      annualProjectBudget: spend,
    }),
  );

/** An organisation that delivers its own change in an agile way. */
const agileArb = fc
  .tuple(contextArb, fc.constantFrom(undefined, 'own-organisation' as const))
  .map(([c, projectsFor]): OrganisationContext => ({ ...c, deliveryApproach: 'agile', projectsFor }));

const EVIDENCE_TRAIL = english(msg('office.serviceDuty.assurance'));

describe('a few large customer orders are a book of orders, not a programme', () => {
  it('never gets the programme shape or scope; high contention on weak resource practice is scheduled', () => {
    fc.assert(
      fc.property(orderBookArb, teamArb, (c, team) => {
        const r = run(c, team);
        if (!r) return;
        expect(r.pmo.shape).not.toBe('programme');
        expect(r.pmo.scope).toBe('organisation');
        const resources = dimension(r, 'resources');
        if (
          r.pmo.needed &&
          c.resourceContention === 'high' &&
          c.concurrentProjects >= 2 &&
          resources !== null &&
          resources <= 2
        )
          expect(r.pmo.services.map((s) => s.id)).toContain('capacity-planning');
      }),
      { numRuns: runs(100), ...SEED },
    );
  });
});

describe('a lean portfolio stays lean', () => {
  it('holds no stage-gate kit, keeps a regulator’s evidence alone, controls only on a high appetite, and coaches the leads entered', () => {
    fc.assert(
      fc.property(agileArb, teamArb, (c, team) => {
        const r = run(c, team);
        if (!r) return;
        if (r.pmo.shape !== 'lean-portfolio') return;
        const services = r.pmo.services;
        for (const id of NOT_IN_A_LEAN_PORTFOLIO) expect(services.map((s) => s.id)).not.toContain(id);
        const assurance = services.find((s) => s.id === 'assurance');
        if (assurance) {
          expect(c.regulated).toBe(true);
          expect(assurance.name).toBe(EVIDENCE_TRAIL);
        }
        // A new office, or a weather station in place: an office that controls today keeps its
        // degree of control until the in-place judgement moves it.
        if (c.controlAppetite !== 'high' && (c.existingPmo === 'none' || c.existingPmo === 'weather-station'))
          expect(r.pmo.model).toBe('weather-station');
        const coaching = services.find((s) => s.id === 'coaching');
        if (coaching && c.projectManagers > 0) expect(coaching.units).toBeLessThanOrEqual(c.projectManagers);
      }),
      { numRuns: runs(120), ...SEED },
    );
  });
});
