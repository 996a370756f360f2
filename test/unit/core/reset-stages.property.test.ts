import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import {
  MIN_UNIT_OFFICE_FTE,
  UNITS_TOGETHER_FTE,
  VIABLE_UNIT_OFFICE_FTE,
} from '../../../functions/core/office/change';
import { poolGoesBack } from '../../../functions/core/office/in-place-pool';
import {
  FIRST_STEP_RELEASE_SHARE,
  MIN_UNIT_SEAT_FTE,
  UNIT_SEAT_FTE,
  UNIT_SEATS_TOGETHER_FTE,
} from '../../../functions/core/office/in-place-stages';
import { english, msg } from '../../../functions/core/say';
import { runs, sampled } from '../../support/sample';
import { evaluated, groupContext, groupDraw, respondentArb, SEED } from './arbitraries';

/**
 * A reset of an office in place in a group of several units cuts in stages (office/in-place-stages.ts):
 * the first step never releases more than FIRST_STEP_RELEASE_SHARE of the people in place, and the
 * units' seats are held by the people in place, never hired (round 24).
 */

const seatRole = english(msg('office.role.unitSeats', { units: 0 })).split(' 0 ')[0] ?? '';

describe('a reset of a multi-unit office in place', () => {
  it('the seats follow the hub rules for offices in the units', () => {
    expect([UNIT_SEAT_FTE, MIN_UNIT_SEAT_FTE, UNIT_SEATS_TOGETHER_FTE]).toEqual([
      VIABLE_UNIT_OFFICE_FTE,
      MIN_UNIT_OFFICE_FTE,
      UNITS_TOGETHER_FTE,
    ]);
  });

  it('releases at most the first-step bound, and its seats come from the people in place', () => {
    let resets = 0;
    let withSeats = 0;
    fc.assert(
      fc.property(
        groupDraw(
          {
            employees: [300, 3000],
            projects: [4, 30],
            managers: [1, 15],
            spendPerProject: [200_000, 4_000_000],
          },
          { controlAppetite: fc.constant('low' as const) },
        ),
        fc.constantFrom('control-tower', 'resource-source' as const),
        fc.integer({ min: 6, max: 60 }),
        fc.array(respondentArb, { minLength: 3, maxLength: 6 }),
        (g, existingPmo, existingPmoFte, team: Answers[]) => {
          const c = groupContext(g, { existingPmo, existingPmoFte });
          const r = evaluated(c, team);
          const st = r?.pmo.staffing;
          // On thin evidence the rest waits for the health check: nothing is released yet.
          if (!r || !st || r.pmo.action !== 'reset' || r.evidence.status !== 'sufficient') return;
          resets++;
          // A directive office's pooled project managers go back to the line (in-place-pool.ts): the
          // first step releases the office's other people only.
          const own = existingPmoFte - poolGoesBack({ ...c, existingPmo }, st);
          expect(own - st.fte.max).toBeLessThanOrEqual(own * FIRST_STEP_RELEASE_SHARE + 0.051);
          const seats = st.roles.filter((x) => seatRole !== '' && x.role.startsWith(seatRole));
          const others = st.roles.filter((x) => !seats.includes(x)).reduce((a, x) => a + x.fte, 0);
          // Seats are never hired: with them, the office never outgrows the people in place (its
          // roles are shown to the tenth or hundredth, so their sum may round a tenth over it).
          if (seats.length > 0) {
            withSeats++;
            expect(others + seats.reduce((a, x) => a + x.fte, 0)).toBeLessThanOrEqual(existingPmoFte + 0.101);
            expect(st.fte.max).toBeLessThanOrEqual(existingPmoFte + 0.051);
          }
        },
      ),
      { numRuns: runs(100), ...SEED },
    );
    expect(resets).toBeGreaterThan(sampled(10));
    expect(withSeats).toBeGreaterThan(sampled(3));
  });
});
