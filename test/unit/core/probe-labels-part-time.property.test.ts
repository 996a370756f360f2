import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import { QUESTIONNAIRE } from '../../../functions/core';
import { viewsWhenAsked } from '../../../functions/core/action';
import { decide, decideLabels } from '../../../functions/core/decide';
import { labelOf } from '../../../functions/core/decision';
import { notApplicableOf } from '../../../functions/core/not-applicable';
import { unsaid } from '../../../functions/core/say';
import { scoreMaturity } from '../../../functions/core/scoring';
import { runs, sampled } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';

/**
 * The sensitivity probes stop as soon as the office designed is a part-time role (decide.ts): its
 * labels are those of no office. For generated small organisations with no office in place, where
 * part-time roles are common, the labels the probes read are the full decision's, and part-time
 * roles and offices are both met.
 */
const smallArb: fc.Arbitrary<OrganisationContext> = fc
  .tuple(
    contextArb,
    fc.integer({ min: 1, max: 150 }),
    fc.integer({ min: 1, max: 14 }),
    fc.integer({ min: 0, max: 6 }),
  )
  .map(([c, employees, concurrentProjects, projectManagers]) => ({
    ...c,
    employees,
    concurrentProjects,
    projectManagers: Math.min(projectManagers, employees),
    existingPmo: 'none',
    existingPmoFte: undefined,
  }));

describe('the probes of a small organisation', () => {
  it('read the full decision’s labels where the office is a part-time role and where it is not', () => {
    const met = { partTime: 0, office: 0 };
    fc.assert(
      fc.property(smallArb, teamArb, (c, team) => {
        const maturity = scoreMaturity(QUESTIONNAIRE, team);
        if (!maturity) return;
        const extras = {
          notApplicable: notApplicableOf(QUESTIONNAIRE, team),
          views: viewsWhenAsked(QUESTIONNAIRE, team, 3),
        };
        const full = decide(c, maturity, [], undefined, unsaid, extras);
        expect(decideLabels(c, maturity, undefined, extras)).toEqual(labelOf(full));
        if (full.shapeReason === 'coordination' || full.shapeReason === 'no-expertise') met.partTime += 1;
        if (full.needed) met.office += 1;
      }),
      { numRuns: runs(120), ...SEED },
    );
    expect(met.partTime).toBeGreaterThanOrEqual(sampled(25));
    expect(met.office).toBeGreaterThanOrEqual(sampled(40));
  });
});
