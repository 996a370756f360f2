import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { serviceSpec } from '../../../functions/core/office/catalogue';
import { sizeOne } from '../../../functions/core/office/sizing';
import { PUSH_BENEFIT_FLOOR_PER_INITIATIVE } from '../../../functions/core/office/value-floor';
import { pushTracksBenefits, switchKindOf } from '../../../functions/core/push-tempo';
import { english, msg } from '../../../functions/core/say';
import { situationOf } from '../../../functions/core/situation';
import { capitalIntensive } from '../../../functions/core/spend-scale';
import { runs, sampled } from '../../support/sample';
import { check, contextArb, respondentArb, SEED } from './arbitraries';

/**
 * Value programmes (round 31): a regulated push whose benefits are in play keeps its benefits
 * tracking, and a push's benefits tracking never gives an initiative less than its floor.
 */

/** A temporary, regulated push that delivers in a plan-driven or mixed way: the regulated close. */
const regulatedPushArb: fc.Arbitrary<OrganisationContext> = contextArb.map((c) => ({
  ...c,
  horizon: 'temporary' as const,
  regulated: true,
  deliveryApproach: c.deliveryApproach === 'agile' ? ('plan-driven' as const) : c.deliveryApproach,
}));

/** A respondent whose benefits are stated and not followed (benefits-context.ts, benefitsInPlay). */
const askedForBenefits = fc
  .tuple(respondentArb, fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 2 }))
  .map(([a, stated, followed]): Answers => ({ ...a, 'ben-stated': stated, 'ben-follow': followed }));

const tracks = (c: OrganisationContext, team: Answers[]): boolean | null => {
  const r = evaluate(QUESTIONNAIRE, c, team, { sensitivity: false });
  return r?.pmo.needed ? r.pmo.services.some((x) => x.id === 'benefits-tracking') : null;
};

describe('value programmes', () => {
  it('a regulated push asked for benefits keeps benefits tracking', () => {
    fc.assert(
      fc.property(regulatedPushArb, (c) => {
        const s = situationOf(c);
        // An asset's start-up is measured by its date (push-tempo.ts): not a regulated close.
        fc.pre(!capitalIntensive(s));
        expect(pushTracksBenefits(s, true)).toBe(true);
      }),
      { numRuns: runs(120), ...SEED },
    );
  });

  it('a regulated close whose benefits are not in play tracks none: its value is its date', () => {
    fc.assert(
      fc.property(regulatedPushArb, fc.constantFrom(false, undefined), (c, inPlay) => {
        const s = situationOf(c);
        fc.pre(switchKindOf(s) === 'close');
        expect(pushTracksBenefits(s, inPlay)).toBe(false);
      }),
      { numRuns: runs(120), ...SEED },
    );
  });

  it('a regulated push asked for benefits tracks them wherever its unregulated twin does', () => {
    let met = 0;
    fc.assert(
      fc.property(
        regulatedPushArb,
        fc.oneof(
          fc.array(askedForBenefits, { minLength: 1, maxLength: 1 }),
          // A team's questions count from three raters (action.ts, viewsOf): below, its answers are not read.
          fc.array(askedForBenefits, { minLength: 3, maxLength: 4 }),
        ),
        (c, team) => {
          const twin = tracks({ ...c, regulated: false }, team);
          const own = tracks(c, team);
          if (twin !== true || own === null) return;
          met++;
          expect(own).toBe(true);
        },
      ),
      { numRuns: runs(60), ...SEED },
    );
    expect(met).toBeGreaterThanOrEqual(sampled(20));
  });

  it('benefits hours per initiative never fall below the floor', () => {
    const spec = serviceSpec('benefits-tracking');
    fc.assert(
      fc.property(contextArb, fc.integer({ min: 1, max: 8 }), (c, offices) => {
        const s = situationOf({ ...c, horizon: 'temporary' });
        const one = sizeOne(
          {
            spec,
            why: ['context'],
            painful: { gap: 0, pressure: 0, readiness: 1 },
            sustain: false,
            core: false,
            form: 'full',
          },
          s,
          offices,
        );
        expect(one.hours).toBeGreaterThanOrEqual(one.units * PUSH_BENEFIT_FLOOR_PER_INITIATIVE - 1e-9);
      }),
      { numRuns: runs(120), ...SEED },
    );
  });

  it('returns short of cost are always warned', () => {
    const said = [
      'warning.returnsBelowCost',
      'warning.returnsBelowCostOwner',
      'warning.returnsRestOnTrackedBenefits',
      'warning.returnsBelowWholeCost',
      'warning.returnsBelowAddedCost',
    ].map((k) => english(msg(k as Parameters<typeof msg>[0])));
    let short = 0;
    check((_c, r) => {
      const priced = r.pmo.returns.filter((x) => x.annual !== null);
      if (!r.pmo.needed || !r.pmo.cost || priced.length === 0) return;
      const middle = priced.reduce((a, x) => a + ((x.annual?.min ?? 0) + (x.annual?.max ?? 0)) / 2, 0);
      if (middle >= (r.pmo.cost.annual.min + r.pmo.cost.annual.max) / 2) return;
      short++;
      expect(r.warnings.some((w) => said.includes(w))).toBe(true);
    }, 120);
    expect(short).toBeGreaterThanOrEqual(sampled(10));
  });
});

describe('urgency and the office', () => {
  it('raising urgency never removes the office', () => {
    const RANK = ['low', 'medium', 'high'] as const;
    let met = 0;
    fc.assert(
      fc.property(
        // Any organisation, and pushes that become a triage at high urgency (push-triage.ts).
        fc.oneof(
          contextArb,
          fc
            .record({
              c: contextArb,
              months: fc.integer({ min: 3, max: 23 }),
              projects: fc.integer({ min: 8, max: 120 }),
              managers: fc.integer({ min: 0, max: 6 }),
            })
            .map(({ c, months, projects, managers }) => ({
              ...c,
              horizon: 'temporary' as const,
              horizonMonths: months,
              concurrentProjects: projects,
              projectManagers: Math.min(managers, c.employees),
              employees: Math.max(c.employees, 100),
            })),
        ),
        fc.array(respondentArb, { minLength: 1, maxLength: 1 }),
        fc.boolean(),
        (c, team, stops) => {
          const options = {
            sensitivity: false,
            ...(stops ? { expectations: { 'project-authorisation': 1, prioritisation: 1 } } : {}),
          };
          const needed = RANK.map(
            (urgency) => evaluate(QUESTIONNAIRE, { ...c, urgency }, team, options)?.pmo.needed ?? false,
          );
          if (needed[0] || needed[1]) met++;
          for (let k = 1; k < RANK.length; k++) if (needed[k - 1]) expect(needed[k]).toBe(true);
        },
      ),
      { numRuns: runs(60), ...SEED },
    );
    expect(met).toBeGreaterThanOrEqual(sampled(15));
  });
});
