import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { FEDERATED_MIN_UNITS } from '../../../functions/core/fit-pressures';
import { THRESHOLD_SERVICES } from '../../../functions/core/office/hub-threshold';
import { OFFICE_EN } from '../../../functions/core/office/words';
import { runs } from '../../support/sample';
import { groupContext, groupPressures, SEED, teamArb } from './arbitraries';

/**
 * Round 22: what the centre of a group holds, and control raised where nobody asked.
 * - A working supportive office at the centre of a federated group (FEDERATED_MIN_UNITS units or
 *   more, each with a project manager) keeps its degree of control unless leadership asks for more
 *   (a high appetite) or the need is urgent: not for people fought over, a regulator's flag or
 *   practice ready to check.
 * - Every hub holds a common standard (at least the minimum), and reports on, tracks the benefits
 *   of and reviews in full only the projects above its threshold: none of those services is held
 *   in full on every project.
 */

const run = (c: OrganisationContext, team: Answers[]): Result | null =>
  evaluate(QUESTIONNAIRE, c, team, { sensitivity: false, rates: { currency: 'EUR', dayRate: 650 } });

const draw = fc.record({
  units: fc.integer({ min: 2, max: 12 }),
  perUnitEmployees: fc.integer({ min: 60, max: 5_000 }),
  perUnitProjects: fc.integer({ min: 4, max: 80 }),
  perUnitManagers: fc.integer({ min: 1, max: 15 }),
  spendPerProject: fc.option(fc.integer({ min: 100_000, max: 20_000_000 }), { nil: undefined }),
  ...groupPressures,
});

/** Groups with a supportive office in place of one to six people. */
const withSupportiveOffice = fc
  .tuple(draw, fc.integer({ min: 1, max: 6 }))
  .map(([g, fte]) => groupContext(g, { existingPmo: 'weather-station', existingPmoFte: fte }));

describe('the centre of a federated group', () => {
  it('a working supportive office keeps its degree of control unless leadership asks for more or the need is urgent', () => {
    const seen = { kept: 0, federated: 0 };
    fc.assert(
      fc.property(withSupportiveOffice, teamArb, (c, team) => {
        const units = c.businessUnits ?? 1;
        const federated =
          units >= FEDERATED_MIN_UNITS &&
          c.projectManagers >= units &&
          c.controlAppetite !== 'high' &&
          c.urgency !== 'high';
        if (!federated) return;
        const r = run(c, team);
        if (!r?.pmo.needed || r.pmo.action === 'reset') return;
        seen.federated++;
        expect(r.pmo.model).toBe('weather-station');
        seen.kept++;
      }),
      { numRuns: runs(100), ...SEED },
    );
    expect(seen.kept).toBeGreaterThan(10);
  });
});

describe('what a group hub holds', () => {
  const groups = fc
    .tuple(draw, fc.constantFrom('none', 'weather-station', 'control-tower' as const))
    .map(([g, existingPmo]) =>
      groupContext(g, existingPmo === 'none' ? {} : { existingPmo, existingPmoFte: 2 }),
    );
  it('holds a common standard, and reports on, tracks and reviews in full only the projects above its threshold', () => {
    let hubs = 0;
    fc.assert(
      fc.property(groups, teamArb, (c, team) => {
        const r = run(c, team);
        if (r?.pmo.shape !== 'hub-and-spoke' || !r.pmo.staffing) return;
        hubs++;
        const ids = r.pmo.services.map((x) => x.id);
        expect(ids).toContain('standards');
        for (const x of r.pmo.services)
          if (THRESHOLD_SERVICES.includes(x.id as never))
            expect(x.name).not.toBe(OFFICE_EN[`office.service.${x.id}` as keyof typeof OFFICE_EN]);
      }),
      { numRuns: runs(80), ...SEED },
    );
    expect(hubs).toBeGreaterThan(10);
  });
});
