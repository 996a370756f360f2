import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { MIN_EMPLOYEES_FOR_OFFICE } from '../../../functions/core/need-edge';
import { RETAINED_SPEND_SHARE } from '../../../functions/core/office/retained-vendor';
import { BUILDS_LEADS_IN_OFFICE_FROM } from '../../../functions/core/office/shape';
import { COORDINATION_MAX_FTE, SIZE_LINE_OFFICE_FTE } from '../../../functions/core/office/size-line';
import { MANAGER_SPEND } from '../../../functions/core/project-count';
import { runs, sampled } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';

/**
 * Round 28: the headcount crossing a line may change the name of the help (a part-time role, an
 * office and its charter), never its size by more than 2×. At 1,000 people an organisation short
 * of project leads builds them inside an office (office/shape.ts); a person fewer it gets a
 * coordination role of at most half a person. The office the line alone opens is held to one
 * person at the line (office/size-line.ts) and grows by a tenth of a percent of the people beyond it.
 */

/** The factor the help may change by across a line; the range's rounding to a hundredth of a person on top. */
const FACTOR = 2;
const ROUNDING = 0.01;

/** Lasting organisations with no office in place, few project leads and expertise short of strong. */
const fewLeadsArb = fc
  .tuple(
    contextArb,
    fc.integer({ min: 3, max: 120 }),
    fc.integer({ min: 0, max: 4 }),
    fc.constantFrom('none', 'basic' as const),
    fc.constantFrom('plan-driven', 'mixed' as const),
    fc.option(fc.integer({ min: 200_000, max: 60_000_000 }), { nil: undefined }),
  )
  .map(
    ([c, concurrentProjects, projectManagers, pmExpertise, deliveryApproach, annualProjectBudget]) =>
      ({
        ...c,
        concurrentProjects,
        projectManagers,
        pmExpertise,
        deliveryApproach,
        annualProjectBudget,
        horizon: 'lasting',
        horizonMonths: undefined,
        existingPmo: 'none',
        existingPmoFte: undefined,
      }) as OrganisationContext,
  );

const result = (c: OrganisationContext, team: Answers[]): Result | null =>
  evaluate(QUESTIONNAIRE, c, team, { sensitivity: false });
/** The top of the staffing recommended: an office's or a coordination role's, 0 where none. */
const top = (r: Result): number => r.pmo.staffing?.fte.max ?? 0;
const partTime = (r: Result): boolean => !r.pmo.needed && r.pmo.shape === 'capability-first';

describe('the headcount alone never makes the help jump', () => {
  it('at 1,000 people, an office the line opens is at most twice the part-time role a person fewer gets', () => {
    let crossed = 0;
    let atCap = 0;
    fc.assert(
      fc.property(fewLeadsArb, teamArb, (c, team) => {
        const below = result({ ...c, employees: BUILDS_LEADS_IN_OFFICE_FROM - 1 }, team);
        const at = result({ ...c, employees: BUILDS_LEADS_IN_OFFICE_FROM }, team);
        if (!below || !at || !partTime(below) || !at.pmo.needed) return;
        crossed++;
        // The office at the line is the smallest office at most: twice the part-time role's cap.
        expect(top(at)).toBeLessThanOrEqual(SIZE_LINE_OFFICE_FTE + ROUNDING);
        expect(SIZE_LINE_OFFICE_FTE).toBe(FACTOR * COORDINATION_MAX_FTE);
        // Where the role below is at its cap, the help changes by at most the factor.
        if (top(below) >= COORDINATION_MAX_FTE - ROUNDING) {
          atCap++;
          expect(top(at)).toBeLessThanOrEqual(FACTOR * top(below) + ROUNDING);
        }
      }),
      { numRuns: runs(100), ...SEED },
    );
    expect(crossed).toBeGreaterThanOrEqual(sampled(20));
    expect(atCap).toBeGreaterThanOrEqual(sampled(5));
  });

  it('at the office headcount line, the smallest office is at most twice the part-time role below it', () => {
    let crossed = 0;
    fc.assert(
      fc.property(fewLeadsArb, teamArb, fc.integer({ min: 2, max: 4 }), (c, team, projectManagers) => {
        // Enough work for the role below to reach its cap: many projects fighting over people.
        const ctx = {
          ...c,
          projectManagers,
          pmExpertise: 'basic' as const,
          concurrentProjects: 20 + c.concurrentProjects,
          resourceContention: 'high' as const,
          urgency: c.urgency === 'low' ? ('medium' as const) : c.urgency,
          // Spend within what the managers lead in person: delivery bought beyond it is work of its
          // own (office/retained-vendor.ts), and the line tested here is the headcount's alone.
          annualProjectBudget:
            c.annualProjectBudget === undefined
              ? undefined
              : Math.min(c.annualProjectBudget, projectManagers * MANAGER_SPEND.basic * RETAINED_SPEND_SHARE),
        };
        const below = result({ ...ctx, employees: MIN_EMPLOYEES_FOR_OFFICE - 1 }, team);
        const at = result({ ...ctx, employees: MIN_EMPLOYEES_FOR_OFFICE }, team);
        if (!below || !at || !partTime(below) || !at.pmo.needed) return;
        if (top(below) < COORDINATION_MAX_FTE - ROUNDING) return;
        crossed++;
        expect(top(at)).toBeLessThanOrEqual(FACTOR * top(below) + ROUNDING);
      }),
      { numRuns: runs(80), ...SEED },
    );
    expect(crossed).toBeGreaterThanOrEqual(sampled(10));
  });
});
