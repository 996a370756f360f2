import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poolGoesBack } from '../../../functions/core/office/in-place-pool';
import { CUT_CONFIRMED_FIRST_SHARE } from '../../../functions/core/thin-evidence';
import { runs } from '../../support/sample';
import { contextArb, evaluated, respondentArb, SEED } from './arbitraries';

/**
 * One rule for thin evidence (round 21): one or two respondents' view is too thin to cut an office
 * in place by more than a fifth, just as it is too thin to raise its control. Such a cut is a target:
 * its people stay, shown apart and costed, until a health check with a team assessment confirms it,
 * and the HR step waits for that check. Generated organisations with an office in place and a quick
 * check of fewer than three respondents; no list of cases.
 */

/** An office in place of a known size, and one or two respondents. */
const withOffice = fc
  .tuple(
    contextArb,
    fc.constantFrom('weather-station', 'control-tower', 'resource-source' as const),
    fc.integer({ min: 1, max: 80 }),
    fc.array(respondentArb, { minLength: 1, maxLength: 2 }),
  )
  .map(([c, existingPmo, existingPmoFte, team]) => ({ c: { ...c, existingPmo, existingPmoFte }, team }));

const mid = (x: { min: number; max: number }) => (x.min + x.max) / 2;

describe('a cut of an office in place on thin evidence is confirmed first', () => {
  it('no plan redeploys people before a health check, and the staffing shows who stays pending', () =>
    fc.assert(
      fc.property(withOffice, ({ c, team }) => {
        const r = evaluated(c, team);
        if (!r || r.pmo.action === 'establish' || r.pmo.action === 'none') return;
        expect(r.evidence.status).not.toBe('sufficient');
        const phases = r.rollout.phases ?? [];
        const activities = phases.flatMap((p) => p.activities);
        // The unconditional HR step of a sure reset never appears; any HR step waits for the check.
        expect(activities.some((a) => a.includes('the reset office no longer needs go'))).toBe(false);
        for (const a of activities.filter((x) => x.startsWith('Consult HR')))
          expect(a).toContain('once the health check has confirmed the target');
        // A step about the people of the office in place comes after the health check that confirms it.
        const hr = phases.findIndex((p) => p.activities.some((a) => a.startsWith('Consult HR')));
        if (hr >= 0) expect(phases.slice(0, hr + 1).some((p) => /health check/i.test(p.name))).toBe(true);
        const { staffing } = r.pmo;
        // A temporary office beside the one in place does not size it.
        if (!staffing) return;
        // A directive office's pooled project managers go back to the line as project leads, cut from
        // nothing (in-place-pool.ts): what waits for the check is the office's other people.
        const existing = c.existingPmoFte - poolGoesBack(c, staffing);
        if (
          existing - mid(staffing.fte) > CUT_CONFIRMED_FIRST_SHARE * existing &&
          existing > staffing.fte.max
        ) {
          expect(staffing.basis.some((b) => b.includes('pending a health check'))).toBe(true);
        }
      }),
      { numRuns: runs(150), ...SEED },
    ));
});
