import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { MAX_SPEND_SHARE, PUSH_MAX_SPEND_SHARE } from '../../../functions/core/need-edge';
import {
  buildWeight,
  CAPITAL_BUILD_SPEND,
  CONTROLS_SHARE,
  controlsHours,
  HORIZON_CONTROLS_FACTOR,
  portfolioControlsHours,
} from '../../../functions/core/office/controls-share';
import {
  MAX_SPEND_SHARE_OFFICE,
  MAX_SPEND_SHARE_PUSH,
  SPEND_CEILINGS,
  WARN_SPEND_SHARE,
} from '../../../functions/core/office/spend-share';
import { CONTROLLED_PROJECT_SPEND } from '../../../functions/core/spend-scale';
import { runs } from '../../support/sample';
import { respondentArb, SEED } from './arbitraries';

/**
 * Round 23: the horizon says how long a need lasts, not how much control each build needs (a
 * lasting data-centre programme got a sixth of the controls of the same builds marked temporary);
 * and a stated budget never makes the answer less of an office than stating none.
 */

const run = (c: OrganisationContext, team: Parameters<typeof evaluate>[2]) =>
  evaluate(QUESTIONNAIRE, c, team, { sensitivity: false }) as Result;
const controls = (r: Result) =>
  r.pmo.services
    .filter((s) => s.id === 'programme-controls' || s.id === 'portfolio-controls')
    .reduce((a, s) => a + s.hoursPerWeek, 0);
const lmh = fc.constantFrom('low', 'medium', 'high' as const);

describe('controls read the size of the projects, not the horizon', () => {
  it('a lasting office carries at least 1/HORIZON_CONTROLS_FACTOR of a programme’s controls, all of them for large builds', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.double({ min: CONTROLLED_PROJECT_SPEND, max: 2e8, noNaN: true }),
        (projects, perProject) => {
          const millions = (projects * perProject) / 1e6;
          const lasting = portfolioControlsHours(millions, {
            concurrentProjects: projects,
            // A lasting plan-driven owner: not the team-funded agile initiatives that keep the roll-up.
            horizon: 'lasting',
            deliveryApproach: 'plan-driven',
            resourceContention: 'medium',
            controlAppetite: 'medium',
          });
          const programme = controlsHours(millions, CONTROLS_SHARE.office);
          expect(lasting * HORIZON_CONTROLS_FACTOR).toBeGreaterThanOrEqual(programme * (1 - 1e-9));
          expect(lasting).toBeLessThanOrEqual(programme * (1 + 1e-9));
          if (perProject >= CAPITAL_BUILD_SPEND) expect(lasting).toBeCloseTo(programme, 6);
          expect(buildWeight(millions, projects)).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: runs(120), ...SEED },
    ));

  it('the same organisation marked lasting instead of temporary keeps at least 1/HORIZON_CONTROLS_FACTOR of its controls', () =>
    fc.assert(
      fc.property(
        fc.record({
          employees: fc.integer({ min: 3_000, max: 40_000 }),
          concurrentProjects: fc.integer({ min: 6, max: 60 }),
          projectManagers: fc.integer({ min: 3, max: 40 }),
          perProject: fc.integer({ min: 2_000_000, max: 150_000_000 }),
          pmExpertise: fc.constantFrom('basic', 'strong' as const),
          urgency: lmh,
          controlAppetite: lmh,
          resourceContention: lmh,
          regulated: fc.boolean(),
          horizonMonths: fc.integer({ min: 24, max: 60 }),
        }),
        fc.array(respondentArb, { minLength: 1, maxLength: 2 }),
        ({ perProject, ...o }, team) => {
          const base: OrganisationContext = {
            ...o,
            annualProjectBudget: perProject * o.concurrentProjects,
            existingPmo: 'none',
            horizon: 'temporary',
            deliveryApproach: 'plan-driven',
          };
          const temporary = run(base, team);
          const lasting = run({ ...base, horizon: 'lasting', horizonMonths: undefined }, team);
          if (!temporary.pmo.needed || !lasting.pmo.needed) return;
          const [t, l] = [controls(temporary), controls(lasting)];
          if (t === 0 || l === 0) return;
          expect(l * HORIZON_CONTROLS_FACTOR).toBeGreaterThanOrEqual(t);
        },
      ),
      { numRuns: runs(40), ...SEED },
    ));
});

describe('the spend ceilings', () => {
  it('the spend ceilings are one declaration', () => {
    expect(MAX_SPEND_SHARE).toBe(SPEND_CEILINGS.line);
    expect(WARN_SPEND_SHARE).toBe(SPEND_CEILINGS.line);
    expect(MAX_SPEND_SHARE_OFFICE).toBe(SPEND_CEILINGS.office);
    expect(MAX_SPEND_SHARE_PUSH).toBe(SPEND_CEILINGS.push);
    expect(PUSH_MAX_SPEND_SHARE).toBe(SPEND_CEILINGS.pushGate);
  });
});
