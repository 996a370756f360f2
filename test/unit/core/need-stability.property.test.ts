import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { PROGRAMME_PUSH_MONTHS } from '../../../functions/core/need-edge';
import { buildsLeadsInOffice, lacksProjectLeads } from '../../../functions/core/office/shape';
import { isProgramme } from '../../../functions/core/programme-scope';
import {
  FIRST_LEAD_FREE_FROM_EMPLOYEES,
  FIRST_LEAD_FREE_FROM_PROJECTS,
  peopleAdviceFor,
} from '../../../functions/core/rollout-people';
import { situationOf } from '../../../functions/core/situation';
import { capitalIntensive } from '../../../functions/core/spend-scale';
import { runs, sampled } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';
import { monotoneInProjects } from './monotone-projects';

/**
 * Round 25: a verdict that does not flip on one step. More projects never take an office away,
 * except where a written rule says why (the programme rule ends where a portfolio begins); a large
 * organisation short of leads builds them inside its office; the first experienced lead of a large
 * organisation with many projects is never refused on the share of spend; and an urgent push of a
 * year or more is a programme whatever the count of small projects beside it. The figures are the
 * reviewers' (1,000 people, 10 projects, 12 months), written here rather than read from the engine.
 */

const COUNTS = [2, 3, 5, 6, 10, 15, 21, 30, 60, 200] as const;
const LARGE = 1_000;
const MANY = 10;
const YEAR = 12;
/** An office of half a person or less is recommended as a part-time role (decide.ts). */
const PART_TIME = 0.5;

/** Any organisation with no office in place and room in its headcount for the smallest office. */
const noOfficeArb = contextArb.map(
  (c): OrganisationContext => ({
    ...c,
    employees: Math.max(50, c.employees),
    existingPmo: 'none',
    existingPmoFte: undefined,
  }),
);

describe('more projects never take an office away', () => {
  it('the need verdict is monotone in the count of projects from 2 to 200, but where the programme rule ends', () => {
    // The written exceptions: one or two projects (or a few large ones) are a programme with an
    // office of its own (programme-scope.ts), three or more a portfolio whose need is judged afresh;
    // and an owner of large projects is not held to its headcount (spend-scale.ts, capitalIntensive),
    // which ends where its projects stop being large.
    const steps = monotoneInProjects(noOfficeArb, COUNTS, [isProgramme, capitalIntensive], 60);
    expect(steps).toBeGreaterThan(sampled(60) * 5);
  });

  it('a large organisation short of leads builds them inside an office, never before one', () => {
    fc.assert(
      fc.property(noOfficeArb, (c) => {
        const s = situationOf(c);
        if (s.employees >= LARGE)
          expect(['leads-binding', 'no-expertise']).not.toContain(lacksProjectLeads(s));
        expect(buildsLeadsInOffice(s)).toBe(s.employees >= LARGE);
      }),
      { numRuns: runs(120), ...SEED },
    );
  });
});

describe('the first experienced lead of a large organisation is never out of proportion to its spend', () => {
  it('from 1,000 people and 10 projects the plan brings in at least one where it wants one', () => {
    fc.assert(
      fc.property(contextArb, (c) => {
        expect(FIRST_LEAD_FREE_FROM_EMPLOYEES).toBe(LARGE);
        expect(FIRST_LEAD_FREE_FROM_PROJECTS).toBe(MANY);
        const s = situationOf({
          ...c,
          employees: Math.max(LARGE, c.employees),
          concurrentProjects: Math.max(MANY, c.concurrentProjects),
        });
        const advice = peopleAdviceFor(s, []);
        if (!advice) return;
        expect(advice.partTimeLeadDays ?? 0).toBe(0);
        if (advice.cutFrom !== undefined) expect(advice.bringIn).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: runs(120), ...SEED },
    );
  });
});

describe('an urgent push of a year or more is a programme, whatever the count of small projects', () => {
  it('three to five projects are held to the ceiling six would be: only their need points can differ', () => {
    expect(PROGRAMME_PUSH_MONTHS).toBe(YEAR);
    let offices = 0;
    fc.assert(
      fc.property(
        noOfficeArb,
        teamArb,
        fc.integer({ min: YEAR, max: 36 }),
        fc.integer({ min: 3, max: 5 }),
        fc.integer({ min: 500_000, max: 9_000_000 }),
        (c0, team, months, n, spend) => {
          const c: OrganisationContext = {
            ...c0,
            horizon: 'temporary',
            urgency: 'high',
            horizonMonths: months,
            // Projects of ordinary size: large ones are a programme by the round-11 rule already.
            annualProjectBudget: spend,
          };
          const atSix = evaluate(QUESTIONNAIRE, { ...c, concurrentProjects: 6 }, team, {
            sensitivity: false,
          });
          const atFew = evaluate(QUESTIONNAIRE, { ...c, concurrentProjects: n }, team, {
            sensitivity: false,
          });
          if (!atSix || !atFew) return;
          const gate = (r: typeof atSix) => r.pmo.need.gates.find((g) => g.id === 'cost-share')?.passed;
          expect({ n, gate: gate(atFew) }).toEqual({ n, gate: gate(atSix) });
          if (atFew.pmo.needed) offices++;
          // More projects bring more need points (pmo-need.ts): the one way six can have an office three do not.
          // ...or the few projects' services come to a part-time role (decide.ts, PART_TIME_ROLE_FTE).
          if (atSix.pmo.needed && !atFew.pmo.needed) {
            const fte = atFew.pmo.staffing?.fte ?? { min: 0, max: 0 };
            const partTime = atFew.pmo.shape === 'capability-first' && (fte.min + fte.max) / 2 <= PART_TIME;
            expect({ points: atFew.pmo.need.score < atFew.pmo.need.threshold, partTime }).not.toEqual({
              points: false,
              partTime: false,
            });
          }
        },
      ),
      { numRuns: runs(60), ...SEED },
    );
    expect(offices).toBeGreaterThan(sampled(60) / 4);
  });
});
