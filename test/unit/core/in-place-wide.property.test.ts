import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OVERSIZED_FACTOR, oversizedOf } from '../../../functions/core/office/in-place';
import { WIDE_MARGIN_FACTOR } from '../../../functions/core/office/in-place-line';
import { workingHeld } from '../../../functions/core/office/in-place-size';
import { runs } from '../../support/sample';
import { SEED } from './arbitraries';

/**
 * An office in place with far more people than its services need (over WIDE_MARGIN_FACTOR times)
 * is over its line whatever it costs and however well it works: the team it keeps never exceeds the
 * line, the rest is named, and it is never said to fit (office/in-place.ts).
 */

const THIN = { dimensions: [], respondents: 1 };

describe('an office in place far larger than its work', () => {
  it('the spend lines never lift the line above the wide margin', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4_000_000_000 }),
        fc.integer({ min: 200, max: 1500 }),
        fc.double({ min: 0.1, max: 60, noNaN: true }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        fc.boolean(),
        (spend, dayRate, need, beyond, works) => {
          const existing = need * (WIDE_MARGIN_FACTOR + beyond);
          const staffing = { fte: { min: need * 0.8, max: need * 1.2 }, roles: [], basis: [] };
          const c = { existingPmo: 'control-tower', existingPmoFte: existing, annualProjectBudget: spend };
          const over = oversizedOf(c as never, staffing as never, THIN as never, dayRate, works);
          expect(over?.wide).toBe(true);
          expect(over?.line ?? 0).toBeLessThanOrEqual(
            Math.round(need * Math.max(WIDE_MARGIN_FACTOR, OVERSIZED_FACTOR) * 10) / 10 + 0.051,
          );
        },
      ),
      { numRuns: runs(120), ...SEED },
    );
  });

  it('a working office over the wide margin is never held whole on thin evidence', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (works, sufficient) => {
        expect(workingHeld(works, sufficient, true)).toBe(false);
      }),
      { numRuns: runs(8), ...SEED },
    );
  });
});
