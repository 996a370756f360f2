import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import { EN_STRUCTURE } from '../../../functions/core/english-structure';
import { atTheCentre } from '../../../functions/core/office/roles';
import { runs } from '../../support/sample';
import { evaluated, groupContext, groupDraw, respondentArb, SEED } from './arbitraries';

/**
 * Round 24: a hub over units that pay their own offices (office/hub-first.ts, unitsPayOwn). The
 * units' offices are never in the office's size or cost: they are said apart as each unit's own
 * seats and cost; the office in place stays at the centre (no sentence moves its people into the
 * units); and every figure the restructuring sentences state is one of the result's own figures.
 */

const OWN = /^Not in this size or cost: the offices in the \d+ units/;
const RESTRUCTURE = /^Turn the .* in place into the (group’s )?hub/;
const MOVED = /into the units’ offices|moves from the centre into the units|grow into the hub/;
const tenth = (x: number) => Math.round(x * 10) / 10;
const numbers = (text: string) => (text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);

const HUB_FIRST = EN_STRUCTURE['shape.reason.hub-first'].slice(0, 30);

describe('a hub over units that pay their own offices', () => {
  it('prices the hub alone, keeps the people in place at the centre, and says only its own figures', () => {
    let hubs = 0;
    let restructured = 0;
    fc.assert(
      fc.property(
        groupDraw({
          employees: [200, 4000],
          projects: [4, 40],
          managers: [1, 20],
          spendPerProject: [200_000, 5_000_000],
        }),
        fc.constantFrom('none', 'weather-station', 'control-tower' as const),
        fc.integer({ min: 1, max: 16 }),
        fc.array(respondentArb, { minLength: 3, maxLength: 5 }),
        (g, existingPmo, fte, team: Answers[]) => {
          const c = groupContext(g, existingPmo === 'none' ? {} : { existingPmo, existingPmoFte: fte });
          const r = evaluated(c, team);
          if (!r?.pmo.needed || r.pmo.shape !== 'hub-and-spoke' || !r.pmo.staffing) return;
          hubs++;
          const st = r.pmo.staffing;
          expect(st.roles.some((x) => /^Unit offices in/.test(x.role))).toBe(false);
          // A hub opened first keeps its reviews at the hub until the units' offices open (round 27).
          const first = r.pmo.rationale.some((x) => x.startsWith(HUB_FIRST));
          const s = first ? { ...c, hubHoldsReviews: true as const } : c;
          const atHub = r.pmo.services.filter((x) => atTheCentre('hub-and-spoke', x.id, s));
          const own = r.pmo.services.filter((x) => !atTheCentre('hub-and-spoke', x.id, s));
          if (own.length > 0) expect(st.basis.some((b) => OWN.test(b))).toBe(true);
          const lines = [...r.pmo.rationale, ...(r.rollout.phases ?? []).flatMap((p) => p.activities)];
          for (const line of lines) expect(line).not.toMatch(MOVED);
          const centre = tenth(atHub.reduce((a, x) => a + x.fte, 0));
          const perUnit = tenth(Math.round((own.reduce((a, x) => a + x.fte, 0) / g.units) * 100) / 100);
          const figures = [fte, g.units, centre, perUnit];
          for (const line of lines.filter((l) => RESTRUCTURE.test(l))) {
            restructured++;
            for (const n of numbers(line)) expect(figures).toContain(n);
          }
        },
      ),
      { numRuns: runs(120), ...SEED },
    );
    expect(hubs).toBeGreaterThan(10);
    expect(restructured).toBeGreaterThan(3);
  });
});
