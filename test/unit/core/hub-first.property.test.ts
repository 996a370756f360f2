import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { atTheCentre } from '../../../functions/core/office/roles';
import { runs, sampled } from '../../support/sample';
import { groupContext, groupPressures, respondentArb, teamArb } from './arbitraries';

/**
 * Round 23: groups on thin evidence, and units never named.
 * - A new group office on evidence short of sufficient is its hub first: no office in any unit is
 *   staffed, costed or opened; the units' offices are shown apart as the direction a team
 *   assessment confirms (office/hub-first.ts).
 * - Where a group's projects are customer orders, the controllers on the orders in the units are
 *   the orders' own staff: their hours are among the services but not in the office's size or cost.
 * - Wherever units exist and none gets an office of its own (any shape but a push's), the staffing
 *   names a contact in each unit.
 */

const run = (c: OrganisationContext, team: Answers[]): Result | null =>
  evaluate(QUESTIONNAIRE, c, team, { sensitivity: false, rates: { currency: 'EUR', dayRate: 650 } });

const draw = fc.record({
  units: fc.integer({ min: 2, max: 14 }),
  perUnitEmployees: fc.integer({ min: 20, max: 8_000 }),
  perUnitProjects: fc.integer({ min: 2, max: 200 }),
  perUnitManagers: fc.integer({ min: 0, max: 100 }),
  spendPerProject: fc.option(fc.integer({ min: 100_000, max: 20_000_000 }), { nil: undefined }),
  ...groupPressures,
});

const CONTACT = /names a contact/;
const APART = /^Not in this size or cost: offices in the/;
const OWN = /^Not in this size or cost: the offices in the/;

describe('groups on sparse evidence', () => {
  it('one respondent: a new group gets its hub first, the units’ offices shown apart and none opened', () => {
    let hubs = 0;
    fc.assert(
      fc.property(draw, respondentArb, (g, one) => {
        const r = run(groupContext(g), [one]);
        if (!r?.pmo.needed || r.pmo.shape !== 'hub-and-spoke' || r.evidence.status === 'sufficient') return;
        hubs++;
        const staffing = r.pmo.staffing;
        expect(staffing?.roles.length).toBe(1);
        expect(staffing?.basis.some((b) => APART.test(b))).toBe(true);
        expect(staffing?.basis.some((b) => CONTACT.test(b))).toBe(true);
        const plan = JSON.stringify(r.rollout);
        expect(plan).not.toMatch(/offices of the first|office of the first unit/);
      }),
      { numRuns: runs(120) },
    );
    expect(hubs).toBeGreaterThan(5);
  });

  it('units with no office of their own are each given a contact, whatever the shape', () => {
    let seen = 0;
    fc.assert(
      fc.property(draw, teamArb, (g, team) => {
        const r = run(groupContext(g), team);
        const staffing = r?.pmo.staffing;
        if (!r || !staffing || r.pmo.shape === 'programme') return;
        // A hub's units pay their own offices, said apart (round 24): they have offices of their own.
        const unitOffices = r.pmo.shape === 'hub-and-spoke' && staffing.basis.some((b) => OWN.test(b));
        if (unitOffices) return;
        seen++;
        expect(staffing.basis.some((b) => CONTACT.test(b))).toBe(true);
      }),
      { numRuns: runs(100) },
    );
    expect(seen).toBeGreaterThan(20);
  });

  it('customer orders: the controllers on the orders in the units are not the office’s size', () => {
    let seen = 0;
    fc.assert(
      fc.property(draw, teamArb, (g, team) => {
        const r = run(groupContext(g, { projectsFor: 'customers' }), team);
        const staffing = r?.pmo.staffing;
        if (!r || !staffing || r.pmo.shape !== 'hub-and-spoke') return;
        const controls = r.pmo.services.filter((x) => x.id === 'programme-controls');
        if (controls.length === 0) return;
        seen++;
        const all = r.pmo.services.reduce((a, x) => a + x.fte, 0);
        // The hub's price is the hub's: the units' offices (and the orders' controllers in them) are apart.
        const hub = r.pmo.services
          .filter((x) => atTheCentre('hub-and-spoke', x.id, groupContext(g)))
          .reduce((a, x) => a + x.fte, 0);
        const mid = (staffing.fte.min + staffing.fte.max) / 2;
        expect(Math.abs(mid - hub)).toBeLessThan(0.1 + 0.01 * all);
        expect(staffing.basis.some((b) => /orders’ own staff/.test(b))).toBe(true);
      }),
      { numRuns: runs(120) },
    );
    expect(seen).toBeGreaterThan(sampled(5));
  });
});
