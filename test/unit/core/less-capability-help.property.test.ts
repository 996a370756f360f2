import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { runs, sampled } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';
import { staffingMid as middle } from './said';

/**
 * Round 28: less capability never means less help. Below 1,000 people, an organisation without
 * project-management expertise got a part-time role of half a person at most where the same
 * organisation with basic expertise got an office (a 57-person firm with 118 projects and two
 * managers: 1.1 FTE at basic, 0.46 at none). Where nobody can lead, the help's form changes (leads
 * first), never its hours downward.
 */

/** Rounding of the staffing shown: a tenth of a person, and the ±20 % range's own rounding. */
const ROUNDING_FTE = 0.05;

/**
 * New lasting organisations of 20 to 999 people, fewer than five project managers and urgency short
 * of high: where the no-expertise shape turned offices into part-time roles.
 */
const fewLeadsArb = fc
  .tuple(
    contextArb,
    fc.integer({ min: 20, max: 999 }),
    fc.integer({ min: 0, max: 4 }),
    fc.constantFrom('low', 'medium' as const),
  )
  .map(
    ([c, employees, projectManagers, urgency]): OrganisationContext => ({
      ...c,
      employees,
      projectManagers: Math.min(projectManagers, employees),
      urgency,
      horizon: 'lasting',
      horizonMonths: undefined,
      existingPmo: 'none',
      existingPmoFte: undefined,
    }),
  );

const at = (c: OrganisationContext, team: Answers[], pmExpertise: OrganisationContext['pmExpertise']) =>
  evaluate(QUESTIONNAIRE, { ...c, pmExpertise }, team, { sensitivity: false });

describe('one step less expertise never lowers the help', () => {
  it('from basic to none, the staffing recommended never falls by more than rounding', () => {
    let helped = 0;
    fc.assert(
      fc.property(fewLeadsArb, teamArb, (c, team) => {
        const basic = at(c, team, 'basic');
        const none = at(c, team, 'none');
        if (!basic || !none) return;
        // Answers that claim practice nobody can run are a direction only, without staffing (round
        // 21, context-check.ts): that is the evidence's verdict, not less help.
        if (none.evidence.status === 'insufficient' || basic.evidence.status === 'insufficient') return;
        if (middle(basic) > 0) helped++;
        expect(middle(none)).toBeGreaterThanOrEqual(middle(basic) - ROUNDING_FTE);
        // Where basic expertise is helped by an office, none is helped too (an office, or leads first).
        if (basic.pmo.needed) expect(none.pmo.staffing).not.toBeNull();
      }),
      { numRuns: runs(120), ...SEED },
    );
    expect(helped).toBeGreaterThan(sampled(120) / 3);
  });
});
