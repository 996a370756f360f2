import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { PmoModelId, Result, Staffing } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { STAFFING_SPREAD } from '../../../functions/core/office/design';
import { poolGoesBack } from '../../../functions/core/office/in-place-pool';
import { VIABLE_SEAT_FTE } from '../../../functions/core/office/in-place-size';
import { atTheCentre } from '../../../functions/core/office/roles';
import { modelRank } from '../../../functions/core/pmo-models';
import { CUT_CONFIRMED_FIRST_SHARE } from '../../../functions/core/thin-evidence';
import { everyCase, runs, sampled } from '../../support/sample';
import { check, contextArb, evaluated, HOURS_PER_FTE, SEED, teamArb } from './arbitraries';

/**
 * Round 18, as properties over generated organisations and teams: a reset is sized by its services,
 * an office failing at the core job of its degree of control is reset, "regulated" lifts no control
 * against a low appetite nor keeps a failing controlling office, and the rationale's tie rule is the
 * one the order applied. The core questions are written here from the questionnaire's wording, not
 * read from the engine.
 */

/** What each degree of control exists to make happen, question by question (the questionnaire's text). */
const CORE: Record<PmoModelId, string[]> = {
  // management learns how projects are doing; two reports disagree; a report shows a problem
  'weather-station': ['rep-status', 'rep-truth', 'rep-decisions'],
  // a project skips an agreed rule; a stuck problem; a report shows a problem
  'control-tower': ['gov-compliance', 'gov-escalation', 'rep-decisions'],
  // projects clash over priority; people are assigned; two projects need the same person
  'resource-source': ['pf-priority', 'res-allocation', 'res-conflicts'],
};
const failingQuestions = (model: PmoModelId, team: Answers[]): number =>
  CORE[model].filter((id) => {
    const xs = team.map((a) => a[id]).filter((x): x is number => typeof x === 'number');
    // A team's question counts from the disclosure minimum of raters (3): fewer decide nothing.
    return (
      xs.length > 0 && (team.length === 1 || xs.length >= 3) && xs.reduce((a, b) => a + b, 0) / xs.length < 2
    );
  }).length;

/**
 * Services whose own range would start below one person: the office that stays is held at the
 * viable seat instead (in-place-size.property.test.ts), and its range is the seat's.
 */
const belowSeat = (sum: number) => sum * (1 - STAFFING_SPREAD) < VIABLE_SEAT_FTE;

/** The hours the office's own size holds: a hub's units pay their own offices (round 24). */
const hubSum = (c: OrganisationContext, r: Result) =>
  r.pmo.services
    .filter(
      (s) =>
        r.pmo.shape !== 'hub-and-spoke' || (c.businessUnits ?? 1) < 2 || atTheCentre(r.pmo.shape, s.id, c),
    )
    .reduce((a, s) => a + s.hoursPerWeek, 0);
/** The units' seats and the second step's people a reset of a group's office keeps from its people (in-place-stages.ts). */
const staged = (st: Staffing) =>
  st.roles.filter((x) => /^Seats in the|until the second step/.test(x.role)).reduce((a, x) => a + x.fte, 0);

describe('a reset is sized by what its services need', () => {
  it('every reset’s range holds its services’ sum: no floor of the office in place', () => {
    let reached = 0;
    check((c, r) => {
      const { staffing } = r.pmo;
      if (r.pmo.action !== 'reset' || !staffing || c.existingPmoFte === undefined) return;
      // A directive office kept directive holds its pooled project managers: they are its people.
      if (c.existingPmo === 'resource-source' && r.pmo.model === 'resource-source') return;
      const sum = hubSum(c, r) / HOURS_PER_FTE;
      if (belowSeat(sum)) return;
      reached += 1;
      // The units' seats and the second step's people come from the office in place (round 24).
      expect(sum).toBeGreaterThanOrEqual(staffing.fte.min - staged(staffing) - 0.06);
      // A reset never grows the office before its health check (round 30, in-place-reset.ts): where
      // its services need more than its own people, the range tops out at them.
      const own = c.existingPmoFte - poolGoesBack({ ...c, existingPmo: c.existingPmo ?? 'none' }, staffing);
      expect(Math.min(sum, own)).toBeLessThanOrEqual(staffing.fte.max + 0.06);
    }, 400);
    expect(reached).toBeGreaterThan(5);
  });

  it('a reset keeps at most half again what its services need, within the people in place, and HR agrees the rest', () => {
    // The practitioners' figures of round 18 (8–10 of 18 where the services needed about 7; 5–8 of
    // 12 for 6; about 6 of 6 for 4): a reset keeps its need and up to half as much again.
    const HALF_AGAIN = 1.5;
    let reached = 0;
    check((c, r) => {
      const { staffing } = r.pmo;
      if (r.pmo.action !== 'reset' || !staffing || c.existingPmoFte === undefined) return;
      // A directive office's pooled project managers go back to the line (in-place-pool.ts): the
      // office reset is its other people.
      const existing =
        Math.round(
          (c.existingPmoFte - poolGoesBack({ ...c, existingPmo: c.existingPmo ?? 'none' }, staffing)) * 100,
        ) / 100;
      if (c.existingPmo === 'resource-source' && r.pmo.model === 'resource-source') return;
      const sum = hubSum(c, r) / HOURS_PER_FTE;
      if (sum < 1 || existing <= sum * 1.25 || belowSeat(sum)) return;
      reached += 1;
      // Services' hours are shown rounded one by one, the range to a tenth: a 1 % allowance.
      expect(staffing.fte.max - staged(staffing)).toBeLessThanOrEqual(
        Math.min(existing, sum * HALF_AGAIN) * 1.01 + 0.1,
      );
      const hr = (r.rollout.phases ?? [])
        .flatMap((p) => p.activities)
        .find((a) => a.includes('Agree with HR') && a.includes('no longer needs'));
      // On evidence short of sufficient, a cut of over a fifth waits for the health check
      // (thin-cut.property.test.ts): no HR step agrees on anyone before it.
      if (r.evidence.status !== 'sufficient' && existing - sum > CUT_CONFIRMED_FIRST_SHARE * existing)
        expect(hr).toBeUndefined();
      else if (staffing.fte.max < existing - 0.05)
        expect(hr).toContain(`${Math.round((existing - staffing.fte.max) * 10) / 10} FTE`);
    }, 400);
    expect(reached).toBeGreaterThan(5);
  });
});

describe('an office failing at the core job of its degree of control is reset', () => {
  it('two of its three core questions at level 1 on average: never kept, never evolved', () => {
    let reached = 0;
    check((c, r, team) => {
      const existing = c.existingPmo ?? 'none';
      if (existing === 'none' || !r.pmo.needed) return;
      if (failingQuestions(existing, team) < 2) return;
      reached += 1;
      expect(['reset']).toContain(r.pmo.action);
    }, 400);
    expect(reached).toBeGreaterThan(sampled(2));
  });
});

describe('"regulated" asks for an evidence trail, not for control', () => {
  const twins = fc.tuple(contextArb, teamArb);
  it('under a low appetite the flag never makes the model more controlling, and never rescues a reset office', () =>
    fc.assert(
      fc.property(twins, ([c0, team]) => {
        const regulated = evaluated({ ...c0, regulated: true } as OrganisationContext, team);
        const free = evaluated({ ...c0, regulated: false } as OrganisationContext, team);
        if (!regulated?.pmo.model || !free?.pmo.model) return;
        if (c0.controlAppetite === 'low')
          expect(modelRank(regulated.pmo.model)).toBeLessThanOrEqual(modelRank(free.pmo.model));
        const controlling = c0.existingPmo === 'control-tower' || c0.existingPmo === 'resource-source';
        if (controlling && free.pmo.action === 'reset') expect(regulated.pmo.action).toBe('reset');
      }),
      { numRuns: runs(150), ...SEED },
    ));
});

describe('the rationale says the tie rule the order applied', () => {
  it('"less controlling" only when the first of the tied is the least controlling; "more" only when it is not', () => {
    let ties = 0;
    check(
      (_, r) => {
        const eligible = r.pmo.fit.filter((f) => f.eligible);
        const [best, ...rest] = eligible;
        if (!best) return;
        const tied = rest.filter((f) => f.score === best.score);
        const said = r.pmo.rationale.join(' ');
        const saysLess = said.includes('a tie goes to the less controlling model');
        const saysMore = said.includes('the more controlling model is chosen');
        expect(saysLess && saysMore).toBe(false);
        if (saysLess || saysMore) ties += 1;
        if (saysLess) for (const f of tied) expect(modelRank(best.model)).toBeLessThan(modelRank(f.model));
        if (saysMore) expect(tied.some((f) => modelRank(f.model) < modelRank(best.model))).toBe(true);
        // Where the best-fit sentence is said, the office recommended is that best fit.
        if ((saysLess || saysMore) && r.pmo.model) expect(r.pmo.model).toBe(best.model);
      },
      400,
      everyCase,
    );
    expect(ties).toBeGreaterThan(0);
  });
});

// A direct check the generated cases may not reach often: the same regulated, weak-control
// organisation with a medium appetite and no office chooses the more controlling model on a tie,
// and says so (the exception still exists where a regulator would find a gap).
describe('the regulator’s tie rule where it applies', () => {
  it('is said as the more controlling choice whenever a tie goes that way', () =>
    fc.assert(
      fc.property(contextArb, teamArb, (c0, team) => {
        const c = {
          ...c0,
          regulated: true,
          controlAppetite: 'medium',
          existingPmo: 'none',
        } as OrganisationContext;
        const r = evaluate(QUESTIONNAIRE, c, team, { sensitivity: false });
        if (!r) return;
        const [best, ...rest] = r.pmo.fit.filter((f) => f.eligible);
        if (!best) return;
        const tiedLess = rest.some(
          (f) => f.score === best.score && modelRank(f.model) < modelRank(best.model),
        );
        if (tiedLess && r.pmo.model === best.model && r.pmo.needed)
          expect(r.pmo.rationale.join(' ')).not.toContain('a tie goes to the less controlling model');
      }),
      { numRuns: runs(60), ...SEED },
    ));
});
