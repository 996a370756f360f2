import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { PUSH_DISTINCT_PROJECTS } from '../../../functions/core/office/push-repeats';
import { everyCase, runs, sampled } from '../../support/sample';
import { contextArb, newPush, SEED, teamArb } from './arbitraries';
import { staffingMid as mid } from './said';

/**
 * Round 30: help follows the work, not how it is counted nor which side of a line it falls.
 * - A push is one programme: the same push entered as N projects or as N/8, with the same spend,
 *   gets offices within PUSH_RATIO of each other (office/push-repeats.ts).
 * - One more project across the half-person line changes the help by at most LINE_FACTOR, and what
 *   the office answered of the services asked for by half the stakeholders or more stays answered
 *   by the part-time role below the line (part-time-role.ts, heldAcrossLine).
 */

/** √8 for the push's units, narrowed by the projects' size factor; the lead's and the controls' fixed parts narrow it further. */
const PUSH_RATIO = 2.5;
/** One more project across the half-person line: the office's own step, with the range's rounding. */
const LINE_FACTOR = 1.5;
const ROUNDING = 0.01;

const result = (
  c: OrganisationContext,
  team: Answers[],
  expectations?: Record<string, number>,
): Result | null => evaluate(QUESTIONNAIRE, c, team, { sensitivity: false, expectations });
const top = (r: Result): number => r.pmo.staffing?.fte.max ?? 0;
const partTime = (r: Result): boolean => !r.pmo.needed && r.pmo.shape === 'capability-first';

const SERVICES = QUESTIONNAIRE.services.map((s) => s.id);
const expectationsArb = fc
  .subarray(SERVICES, { minLength: 1, maxLength: 4 })
  .chain((ids) =>
    fc
      .array(fc.integer({ min: 2, max: 10 }), { minLength: ids.length, maxLength: ids.length })
      .map((shares) => Object.fromEntries(ids.map((id, i) => [id, (shares[i] as number) / 10]))),
  );

describe('a push is sized as one programme, however its projects are counted', () => {
  it(`the same push as N projects or N/8 gets offices within ×${PUSH_RATIO}`, () => {
    let compared = 0;
    fc.assert(
      fc.property(
        contextArb,
        teamArb,
        fc.integer({ min: 2 * PUSH_DISTINCT_PROJECTS, max: 400 }),
        fc.integer({ min: 2_000_000, max: 80_000_000 }),
        (c, team, n, annualProjectBudget) => {
          const push = { ...newPush(c), annualProjectBudget, employees: Math.max(c.employees, 200) };
          const many = result({ ...push, concurrentProjects: n }, team);
          const few = result({ ...push, concurrentProjects: Math.ceil(n / 8) }, team);
          if (!many?.pmo.needed || !few?.pmo.needed) return;
          if (many.pmo.shape !== 'programme' || few.pmo.shape !== 'programme') return;
          compared++;
          const ratio = Math.max(top(many), top(few)) / Math.max(ROUNDING, Math.min(top(many), top(few)));
          expect(ratio).toBeLessThanOrEqual(PUSH_RATIO + ROUNDING);
        },
      ),
      { numRuns: runs(100), ...SEED },
    );
    expect(compared).toBeGreaterThanOrEqual(sampled(30));
  });
});

describe('the half-person line changes the form of the help, not its size nor what it answers', () => {
  it(`one more project across the line changes the help by at most ×${LINE_FACTOR} and keeps what was asked answered`, () => {
    let crossed = 0;
    fc.assert(
      fc.property(
        contextArb,
        teamArb,
        expectationsArb,
        fc.integer({ min: 7, max: 16 }),
        (c, team, expectations, n) => {
          // Near the line: a mid-sized organisation with a few project managers and a small portfolio.
          const lasting = {
            ...c,
            employees: 300 + (c.employees % 3000),
            projectManagers: 2 + (c.projectManagers % 2),
            pmExpertise: c.pmExpertise === 'none' ? ('basic' as const) : c.pmExpertise,
            businessUnits: undefined,
            horizon: 'lasting' as const,
            horizonMonths: undefined,
            existingPmo: 'none' as const,
            existingPmoFte: undefined,
          };
          const base = { ...lasting, concurrentProjects: n };
          const here = result(base, team, expectations);
          if (!here) return;
          // One step of a single input: one more project, one more project manager, one step more contention.
          const steps: OrganisationContext[] = [
            { ...base, concurrentProjects: n + 1 },
            { ...base, projectManagers: base.projectManagers + 1 },
            { ...base, resourceContention: base.resourceContention === 'low' ? 'medium' : 'high' },
          ];
          for (const step of steps) {
            const there = result(step, team, expectations);
            if (!there) continue;
            const [below, above] = partTime(here) && there.pmo.needed ? [here, there] : [there, here];
            // The half-person line: the need met on both sides (the need threshold is another line).
            if (!partTime(below) || !above.pmo.needed) continue;
            if (below.pmo.need.score < below.pmo.need.threshold) continue;
            crossed++;
            const ratio = mid(above) / Math.max(ROUNDING, mid(below));
            expect(ratio).toBeLessThanOrEqual(LINE_FACTOR + ROUNDING);
            const mostAsked = (r: Result) =>
              r.pmo.expectations.filter((x) => x.share >= 0.5 && x.answered).map((x) => x.service);
            for (const service of mostAsked(above)) expect(mostAsked(below)).toContain(service);
          }
        },
      ),
      { numRuns: everyCase(100), ...SEED },
    );
    // Crossings are rare: every case runs, and the fixed seed meets nine of them.
    expect(crossed).toBeGreaterThanOrEqual(5);
  });
});
