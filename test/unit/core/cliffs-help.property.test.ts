import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { boughtDeliveryMeur } from '../../../functions/core/office/retained-vendor';
import { situationOf } from '../../../functions/core/situation';
import { everyCase, runs, sampled } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';
import { asKeys, borderlineChanges, staffingMid as mid, read } from './said';

/**
 * Round 30's cliffs left after the half-person line: help follows the work, not which side of a
 * line an answer falls.
 * - More spend per internal project manager never means less help (office/retained-vendor.ts:
 *   delivery bought from partners carries the retained organisation's assurance), for one
 *   organisation of plan-driven or mixed delivery (groups' shapes have lines of their own).
 * - A result names each knife edge once, the steps leading to the same answer in one warning.
 */

const ROUNDING = 0.01;

const result = (c: OrganisationContext, team: Answers[]): Result | null =>
  evaluate(QUESTIONNAIRE, c, team, { sensitivity: false });

/** A lasting organisation of at least 50 people with no office in place, as most quick checks are. */
const lastingArb = contextArb.map(
  (c) =>
    ({
      ...c,
      employees: 50 + (c.employees % 20_000),
      concurrentProjects: 2 + (c.concurrentProjects % 120),
      projectManagers: c.projectManagers % 30,
      horizon: 'lasting',
      horizonMonths: undefined,
      existingPmo: 'none',
      existingPmoFte: undefined,
    }) as OrganisationContext,
);

describe('delivery bought from partners', () => {
  it('more spend per internal project manager never means less help', () => {
    let bought = 0;
    fc.assert(
      fc.property(lastingArb, teamArb, fc.integer({ min: 500_000, max: 150_000_000 }), (c0, team, spend) => {
        // Plan-driven or mixed delivery, where project managers lead (agile is led by product owners).
        const c = {
          ...c0,
          projectManagers: 1 + (c0.projectManagers % 8),
          annualProjectBudget: spend,
          businessUnits: undefined,
          deliveryApproach: c0.deliveryApproach === 'agile' ? ('mixed' as const) : c0.deliveryApproach,
        };
        const more = { ...c, annualProjectBudget: Math.round(spend * 1.25) };
        const here = result(c, team);
        const there = result(more, team);
        if (!here || !there) return;
        if (boughtDeliveryMeur(situationOf(c)) > 0) bought++;
        expect(mid(there), JSON.stringify(c)).toBeGreaterThanOrEqual(mid(here) - ROUNDING);
      }),
      { numRuns: runs(100), ...SEED },
    );
    expect(bought).toBeGreaterThanOrEqual(sampled(40));
  });
});

describe('knife edges', () => {
  it('a result names each knife edge once, grouped by the answer it leads to', () => {
    let many = 0;
    fc.assert(
      fc.property(lastingArb, teamArb, (c0, team) => {
        // Near the need line: mid-sized organisations with a dozen projects and a few managers.
        const c = {
          ...c0,
          employees: 300 + (c0.employees % 3_000),
          concurrentProjects: 8 + (c0.concurrentProjects % 10),
          projectManagers: 2 + (c0.projectManagers % 3),
          businessUnits: undefined,
        };
        const r = evaluate(QUESTIONNAIRE, c, team, { sensitivity: true, say: asKeys });
        if (!r) return;
        const changes = borderlineChanges(r.warnings);
        expect(new Set(changes).size).toBe(changes.length);
        const warnings = r.warnings
          .map(read)
          .filter((w) => w.key === 'warning.borderline' || w.key === 'warning.borderlineMany');
        const answers = warnings.map((w) => JSON.stringify((w.params as { answer: unknown }).answer));
        expect(new Set(answers).size).toBe(answers.length);
        if (changes.length >= 2) many++;
      }),
      { numRuns: everyCase(40), ...SEED },
    );
    expect(many).toBeGreaterThanOrEqual(1);
  });
});
