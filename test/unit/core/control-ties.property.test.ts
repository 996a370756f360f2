import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelFit, Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { tiedModels, tieWarning, tieWay } from '../../../functions/core/control-tie';
import { dividedOnMost } from '../../../functions/core/divided';
import { fitModels } from '../../../functions/core/model-fit';
import { regulatedControl } from '../../../functions/core/model-gates';
import { modelRank } from '../../../functions/core/pmo-models';
import { english, msg, unsaid } from '../../../functions/core/say';
import { scoreMaturity } from '../../../functions/core/scoring';
import { situationOf } from '../../../functions/core/situation';
import { everyCase, runs, sampled } from '../../support/sample';
import { check, contextArb, evaluated, newPush, SEED, teamArb } from './arbitraries';

/**
 * Round 30 (franchise C6): a tie on the degree of control is broken by the appetite for control,
 * not by a fixed preference for less, and the tie is warned as a knife edge. The fit of the models
 * is cheap to work out (no office is designed), so every case runs.
 */

const controlOf = (f: ModelFit) => modelRank(f.model);

describe('a tie on the degree of control', () => {
  it('follows the appetite: high takes the more controlling model, low the less; the tie is warned', () => {
    let ties = 0;
    let highTies = 0;
    fc.assert(
      fc.property(contextArb, teamArb, (c, team) => {
        const m = scoreMaturity(QUESTIONNAIRE, team, unsaid);
        if (!m) return;
        const s = situationOf(c);
        for (const scope of ['organisation', 'programme'] as const) {
          const fit = fitModels(s, m, scope, unsaid);
          const tied = tiedModels(fit);
          if (tied.length === 0) continue;
          ties++;
          if (c.controlAppetite === 'high' && tied.length > 1) highTies++;
          const [first] = tied as [ModelFit];
          const ranks = tied.map(controlOf);
          if (c.controlAppetite === 'high') expect(controlOf(first)).toBe(Math.max(...ranks));
          if (c.controlAppetite === 'low') expect(controlOf(first)).toBe(Math.min(...ranks));
          // The choice and its warning say the same way.
          const way = tieWay(s, regulatedControl(m));
          expect(controlOf(first)).toBe(way === 'less' ? Math.min(...ranks) : Math.max(...ranks));
          expect(tieWarning(fit, first.model, way)?.key).toBe(`warning.controlTie.${way}`);
        }
      }),
      { numRuns: everyCase(120), ...SEED },
    );
    expect(ties).toBeGreaterThanOrEqual(5);
    expect(highTies).toBeGreaterThanOrEqual(2);
  });
});

/** Every plan step of a result, in one list. */
const steps = (r: Result): string[] => r.rollout?.phases?.flatMap((p) => p.activities) ?? [];

describe('mixed delivery', () => {
  it('never gets a person-by-person board over its product teams, and takes both tracks through one intake where the office lasts', () => {
    const board = english(msg('plan.schedulingMandate'));
    const intake = english(msg('plan.mixed.oneIntake'));
    let offices = 0;
    fc.assert(
      fc.property(
        contextArb.map((c) => ({ ...c, deliveryApproach: 'mixed' as const })),
        teamArb,
        (c, team) => {
          const r = evaluated(c, team);
          if (!r) return;
          const plan = steps(r);
          expect(plan).not.toContain(board);
          if (r.pmo.needed && r.rollout?.phases?.some((p) => p.id === 'concept-and-charter')) {
            offices++;
            // Round 31: one intake for all new work is a lasting portfolio's mandate, never a push's.
            if (c.horizon === 'temporary') expect(plan).not.toContain(intake);
            else expect(plan).toContain(intake);
          }
        },
      ),
      { numRuns: runs(100), ...SEED },
    );
    expect(offices).toBeGreaterThanOrEqual(sampled(10));
  });
});

describe('views divided on most dimensions', () => {
  it('open the plan with the conversation instead of taking the average as the current state', () => {
    const talk = english(msg('plan.talkDividedViewsFirst'));
    const asIs = english(msg('plan.takeAssessmentAsCurrentState'));
    let divided = 0;
    check(
      (_c, r) => {
        const most = dividedOnMost(r.maturity.dimensions);
        const concept = r.rollout?.phases?.find((p) => p.id === 'concept-and-charter');
        if (!most) {
          expect(steps(r)).not.toContain(talk);
          return;
        }
        divided++;
        expect(steps(r)).not.toContain(asIs);
        if (!concept) return;
        // Before the office is defined on the average.
        const at = concept.activities.indexOf(talk);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(at).toBeLessThan(concept.activities.findIndex((a) => a.startsWith('Define the')));
      },
      120,
      runs,
    );
    expect(divided).toBeGreaterThanOrEqual(sampled(20));
  });
});

describe('a push', () => {
  it('never refuses the standards asked for, and keeps its own tools where data is typed twice', () => {
    let pushes = 0;
    fc.assert(
      fc.property(
        contextArb.map(newPush),
        teamArb,
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        (c, team, share) => {
          const r = evaluate(QUESTIONNAIRE, c, team, {
            sensitivity: false,
            expectations: { standards: share },
          });
          if (r?.pmo.shape !== 'programme') return;
          pushes++;
          const asked = r.pmo.expectations.find((e) => e.service === 'standards');
          if (asked) expect(asked.because).not.toContain('does not run it');
          expect(r.pmo.services.map((s) => s.id)).toContain('standards');
        },
      ),
      { numRuns: runs(80), ...SEED },
    );
    expect(pushes).toBeGreaterThanOrEqual(sampled(10));
  });
});
