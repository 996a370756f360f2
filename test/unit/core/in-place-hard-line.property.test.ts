import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { DEFAULT_DAY_RATE, WORKDAYS_PER_YEAR } from '../../../functions/core/business-case';
import { KEEP_AT_LEAST, oversizedOf } from '../../../functions/core/office/in-place';
import { WORKING_SPEND_LINE } from '../../../functions/core/office/in-place-line';
import { SPEND_CEILINGS } from '../../../functions/core/office/spend-share';
import { runs } from '../../support/sample';
import { contextArb, SEED } from './arbitraries';
import { ALL_QUESTIONS } from './fixtures';

/**
 * A working office in place on sufficient evidence is cut for its cost only above the hard line
 * (5 % of spend); between the warning line (3 %) and it, it is kept and the warning asks what the
 * spend includes (office/in-place-line.ts, WORKING_SPEND_LINE; round 26).
 */

/** A team of four that rates every question at one level of defined practice or better: the office works, on sufficient evidence. */
const workingTeam = fc
  .integer({ min: 3, max: 5 })
  .map(
    (level) =>
      Array.from({ length: 4 }, () =>
        Object.fromEntries(ALL_QUESTIONS.map((q) => [q.id, level])),
      ) as Answers[],
  );

/**
 * Offices in place of about one to four people per twenty projects: from what their services need to
 * beyond twice it (round 26: 8 FTE for 60 projects), where a spend line decides whether they are cut.
 */
const inPlace = fc
  .tuple(
    contextArb.filter(
      (c) =>
        c.existingPmo !== 'none' &&
        c.horizon === 'lasting' &&
        c.concurrentProjects >= 10 &&
        c.concurrentProjects <= 200,
    ),
    fc.double({ min: 0.05, max: 0.25, noNaN: true }),
    fc.double({ min: SPEND_CEILINGS.line, max: SPEND_CEILINGS.office, noNaN: true }),
  )
  .map(([c, perProject, share]) => {
    const fte = Math.max(2, Math.round(c.concurrentProjects * perProject));
    return {
      c: { ...c, existingPmoFte: fte, annualProjectBudget: undefined } as OrganisationContext,
      // The budget at which the office in place costs `share` of it, at the engine's own day rate.
      spend: Math.round((fte * DEFAULT_DAY_RATE.internal * WORKDAYS_PER_YEAR) / share),
    };
  });

const pmoOf = (c: OrganisationContext, team: Answers[], spend?: number) =>
  evaluate(QUESTIONNAIRE, { ...c, annualProjectBudget: spend }, team, { sensitivity: false })?.pmo;

const SUFFICIENT = { dimensions: [], respondents: 5 };

describe('a working office in place against the spend lines', () => {
  it('the working office’s line is the hard line, not the warning line', () => {
    expect(WORKING_SPEND_LINE).toBe(SPEND_CEILINGS.office);
  });

  it('a budget that puts the office between 3 % and 5 % of spend never cuts it below what it keeps with no budget', () => {
    let met = 0;
    fc.assert(
      fc.property(inPlace, workingTeam, ({ c, spend }, team) => {
        const none = pmoOf(c, team);
        const stated = pmoOf(c, team, spend);
        if (!none?.staffing || !stated?.staffing || !['keep', 'evolve'].includes(none.action)) return;
        met++;
        // What it keeps of the people it has: a budget that says its projects are small may price new
        // services lower (sizing.ts, projectSizeFactor), but never takes people it keeps without one.
        const kept = (x: number) => Math.min(c.existingPmoFte ?? 0, x);
        expect(kept(stated.staffing.fte.max)).toBeGreaterThanOrEqual(kept(none.staffing.fte.max) - 0.05);
        // The bottom of its range is where a health check may land: never below KEEP_AT_LEAST of the
        // people it has, or below where it lands with no budget, whichever is less.
        const floor = Math.min(kept(none.staffing.fte.min), KEEP_AT_LEAST * (c.existingPmoFte ?? 0));
        expect(stated.staffing.fte.min).toBeGreaterThanOrEqual(floor - 0.05);
      }),
      { numRuns: runs(60), ...SEED },
    );
    expect(met).toBeGreaterThan(0);
  });

  it('the line never falls as the budget rises', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000_000 }),
        fc.integer({ min: 0, max: 200_000_000 }),
        fc.integer({ min: 200, max: 1500 }),
        fc.double({ min: 0.1, max: 30, noNaN: true }),
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        fc.boolean(),
        (a, b, dayRate, need, existing, works) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const staffing = { fte: { min: need * 0.8, max: need * 1.2 }, roles: [], basis: [] };
          const at = (spend: number) =>
            oversizedOf(
              {
                existingPmo: 'control-tower',
                existingPmoFte: existing,
                annualProjectBudget: spend,
                projectManagers: 0,
              } as never,
              staffing,
              SUFFICIENT as never,
              dayRate,
              works,
            );
          const [below, above] = [at(low), at(high)];
          // Over the line at the higher budget: over it at the lower one too, on a line no higher.
          if (above) expect(below?.line ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(above.line);
        },
      ),
      { numRuns: runs(120), ...SEED },
    );
  });
});
