import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rates } from '../../../functions/contract/api';
import { QUESTIONNAIRE } from '../../../functions/core';
import { viewsWhenAsked } from '../../../functions/core/action';
import { type DecideExtras, decide, decideLabels } from '../../../functions/core/decide';
import { labelOf } from '../../../functions/core/decision';
import { notApplicableOf } from '../../../functions/core/not-applicable';
import { SERVICES } from '../../../functions/core/questionnaire';
import { unsaid } from '../../../functions/core/say';
import { scoreMaturity } from '../../../functions/core/scoring';
import { sensitivityOf } from '../../../functions/core/sensitivity';
import { runs } from '../../support/sample';
import { contextArb, SEED, teamArb } from './arbitraries';

/**
 * The sensitivity analysis probes dozens of contexts for three labels (verdict, model, sourcing)
 * through decideLabels, which stops where the labels are known. It must find what the full
 * decision would: for generated organisations and teams, with or without stakeholders' asks,
 * importance and day rates, the probe path's labels are the full decision's, and the analysis
 * names the same changes as one that runs the full decision for every probe.
 */

const ratesArb: fc.Arbitrary<Rates | undefined> = fc.option(
  fc.record({
    currency: fc.constantFrom('EUR', 'USD', 'JPY', 'CHF'),
    dayRate: fc.integer({ min: 200, max: 2_000 }),
    externalDayRate: fc.option(fc.integer({ min: 300, max: 3_000 }), { nil: undefined }),
  }),
  { nil: undefined },
);
const askedArb = fc.option(
  fc.dictionary(fc.constantFrom(...SERVICES.map((s) => s.id)), fc.double({ min: 0, max: 1, noNaN: true })),
  {
    nil: undefined,
  },
);
const importanceArb = fc.option(
  fc.dictionary(
    fc.constantFrom(...QUESTIONNAIRE.dimensions.map((d) => d.id)),
    fc.integer({ min: 1, max: 5 }),
  ),
  { nil: undefined },
);

const extrasOf = (
  team: Parameters<typeof notApplicableOf>[1],
  expectations: Record<string, number> | undefined,
  importance: Record<string, number> | undefined,
): DecideExtras => ({
  expectations,
  importance,
  notApplicable: notApplicableOf(QUESTIONNAIRE, team),
  views: viewsWhenAsked(QUESTIONNAIRE, team, 3),
});

describe('the sensitivity probes', () => {
  it('read the same verdict, model and sourcing as the full decision', () => {
    const reached = { office: 0, none: 0 };
    fc.assert(
      fc.property(
        contextArb,
        teamArb,
        ratesArb,
        askedArb,
        importanceArb,
        (c, team, rates, asked, importance) => {
          const maturity = scoreMaturity(QUESTIONNAIRE, team);
          if (!maturity) return;
          const extras = extrasOf(team, asked, importance);
          const full = labelOf(decide(c, maturity, [], rates, unsaid, extras));
          expect(decideLabels(c, maturity, rates, extras)).toEqual(full);
          reached[full.verdict === 'none' ? 'none' : 'office'] += 1;
        },
      ),
      { numRuns: runs(200), ...SEED },
    );
    // Both ways out of the probe path are walked: where no office is recommended and where one is.
    expect(reached.office).toBeGreaterThan(20);
    expect(reached.none).toBeGreaterThan(20);
  });

  it('find the same changes as the full decision would, probe by probe', () => {
    let changes = 0;
    fc.assert(
      fc.property(contextArb, teamArb, ratesArb, askedArb, (c, team, rates, asked) => {
        const maturity = scoreMaturity(QUESTIONNAIRE, team);
        if (!maturity) return;
        const extras = extrasOf(team, asked, undefined);
        const fast = sensitivityOf(c, maturity, rates, undefined, extras);
        const full = sensitivityOf(c, maturity, rates, undefined, extras, (x) =>
          labelOf(decide(x, maturity, [], rates, unsaid, extras)),
        );
        expect(fast).toEqual(full);
        changes += fast.length;
      }),
      { numRuns: runs(60), ...SEED },
    );
    expect(changes).toBeGreaterThan(60);
  });
});
