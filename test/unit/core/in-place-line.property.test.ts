import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { oversizedOf } from '../../../functions/core/office/in-place';
import {
  fteOfSpend,
  WIDE_MARGIN_FACTOR,
  WORKING_SPEND_LINE,
} from '../../../functions/core/office/in-place-line';
import { MAX_SPEND_SHARE_OFFICE } from '../../../functions/core/office/spend-share';
import { runs } from '../../support/sample';
import { contextArb, SEED } from './arbitraries';
import { ALL_QUESTIONS } from './fixtures';

/**
 * The size of an office in place after the decision never falls as the people in place rise, for
 * the same organisation and answers (office/in-place-line.ts): no cliff where an office is cut for
 * its size, and a working office costing within the spend line is not reset for its size alone.
 */

/** A team whose answers sit near one level each (so offices that work, and fail, both occur). */
const teamNear = fc
  .record({
    level: fc.integer({ min: 1, max: 5 }),
    size: fc.integer({ min: 1, max: 6 }),
    jitter: fc.array(fc.integer({ min: -1, max: 1 }), {
      minLength: ALL_QUESTIONS.length,
      maxLength: ALL_QUESTIONS.length,
    }),
  })
  .map(
    ({ level, size, jitter }) =>
      Array.from({ length: size }, (_, r) =>
        Object.fromEntries(
          ALL_QUESTIONS.map((q, i) => [
            q.id,
            Math.min(5, Math.max(1, level + (((jitter[i] ?? 0) * (r + 1)) % 2))),
          ]),
        ),
      ) as Answers[],
  );

/** Offices in place with a spend small enough, or unknown, for their size to be judged on their services. */
const inPlace = fc
  .tuple(
    contextArb.filter(
      (c) => c.existingPmo !== 'none' && c.horizon === 'lasting' && c.concurrentProjects >= 5,
    ),
    fc.option(fc.integer({ min: 0, max: 60_000_000 }), { nil: undefined }),
  )
  .map(([c, budget]) => ({ ...c, existingPmoFte: 1, annualProjectBudget: budget }));

/** Any maturity: the line does not read it (only whether a cut over it is sure). */
const SUFFICIENT = { dimensions: [], respondents: 5 };

const pmoAt = (c: OrganisationContext, team: Answers[], fte: number) =>
  evaluate(QUESTIONNAIRE, { ...c, existingPmoFte: fte }, team, { sensitivity: false })?.pmo;
const midOf = (fte: { min: number; max: number }) => (fte.min + fte.max) / 2;

describe('an office in place, by the people it has', () => {
  it('the working spend line is the hard line an office is designed to at most', () => {
    expect(WORKING_SPEND_LINE).toBe(MAX_SPEND_SHARE_OFFICE);
  });

  it('a working office costing within the spend line is never over its line, up to the wide margin over its need', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000_000 }),
        fc.integer({ min: 200, max: 1500 }),
        fc.double({ min: 0.1, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (spend, dayRate, need, share) => {
          const existing = Math.max(
            0.1,
            fteOfSpend({ annualProjectBudget: spend }, WORKING_SPEND_LINE * share, dayRate),
          );
          // Beyond WIDE_MARGIN_FACTOR times its need an office is over its line whatever it costs (round 24).
          if (existing > need * WIDE_MARGIN_FACTOR) return;
          const staffing = { fte: { min: need * 0.8, max: need * 1.2 }, roles: [], basis: [] };
          const c = {
            existingPmo: 'control-tower',
            existingPmoFte: existing,
            annualProjectBudget: spend,
            projectManagers: 0,
          };
          expect(oversizedOf(c as never, staffing, SUFFICIENT as never, dayRate, true)).toBeNull();
        },
      ),
      { numRuns: runs(120), ...SEED },
    );
  });

  it('more people in place never leave fewer people, around the line where size alone cuts', () => {
    fc.assert(
      fc.property(
        inPlace,
        teamNear,
        fc.double({ min: 1.2, max: 3, noNaN: true }),
        fc.double({ min: 0.05, max: 1.5, noNaN: true }),
        (c, team, at, more) => {
          const base = pmoAt(c, team, 1);
          if (!base?.staffing) return;
          const need = midOf(base.staffing.fte);
          const fte = Math.max(1, Math.round(need * at * 10) / 10);
          const small = pmoAt(c, team, fte);
          const large = pmoAt(c, team, Math.round((fte + Math.max(0.1, need * more)) * 10) / 10);
          if (!small?.staffing || !large?.staffing) return;
          // A change of model or shape designs another office: sizes are compared within one design.
          if (small.model !== large.model || small.shape !== large.shape) return;
          expect(large.staffing.fte.min).toBeGreaterThanOrEqual(small.staffing.fte.min - 0.051);
          expect(large.staffing.fte.max).toBeGreaterThanOrEqual(small.staffing.fte.max - 0.051);
        },
      ),
      { numRuns: runs(120), ...SEED },
    );
  });
});
