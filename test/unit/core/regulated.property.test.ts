import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { EVIDENCE_TRAIL, evidenceTrailHours } from '../../../functions/core/office/catalogue';
import { candidatesFor, sizeOne } from '../../../functions/core/office/choice';
import { unsaid } from '../../../functions/core/say';
import { situationOf } from '../../../functions/core/situation';
import { runs } from '../../support/sample';
import { check, contextArb, SEED, teamArb } from './arbitraries';

/**
 * The regulator's weight follows the answers (rounds 14, 15 and 17): the flag alone asks for an
 * evidence trail kept at a minimum; reviews and more control follow the gap in governance
 * (compliance among its questions) and risk control. And a programme's controls per million are
 * the same whatever its horizon. Properties over generated organisations: no lists of cases.
 */

const REGULATOR_LOOKS_AT = QUESTIONNAIRE.dimensions.filter((d) =>
  ['governance', 'risk-control'].includes(d.id),
);

/** A team whose every rated governance and risk-control answer is `from` or more (a few still "don't know"). */
const withControl = (team: Answers[], ratings: fc.Arbitrary<number>) =>
  fc
    .array(fc.array(ratings, { minLength: 16, maxLength: 16 }), {
      minLength: team.length,
      maxLength: team.length,
    })
    .map((levels) =>
      team.map((answers, i) => {
        const out: Answers = { ...answers };
        let k = 0;
        for (const d of REGULATOR_LOOKS_AT)
          for (const q of d.questions) out[q.id] = (levels[i]?.[k++ % 16] ?? 3) as Answers[string];
        return out;
      }),
    );

const run = (c: OrganisationContext, team: Answers[], regulated: boolean) =>
  evaluate(QUESTIONNAIRE, { ...c, regulated }, team, { sensitivity: false });

const caseArb = (ratings: fc.Arbitrary<number>) =>
  fc.tuple(contextArb, teamArb).chain(([c, team]) => withControl(team, ratings).map((t) => [c, t] as const));

const SOURCING_RANK = { internal: 0, hybrid: 1, outsourced: 2 } as const;

describe('a regulator weighs by what the answers say, not by the flag', () => {
  it('with governance and risk control at level 3 or more, the flag changes neither the degree of control nor the sourcing', () =>
    fc.assert(
      fc.property(caseArb(fc.integer({ min: 3, max: 5 })), ([c, team]) => {
        const free = run(c, team, false);
        const held = run(c, team, true);
        if (!free || !held) return;
        // The need and the shape are weighed elsewhere; compare like with like.
        if (free.pmo.needed !== held.pmo.needed || free.pmo.shape !== held.pmo.shape) return;
        expect(held.pmo.model).toBe(free.pmo.model);
        // A regulated push keeps its decisions inside (sourcing-push.ts): never bought in whole,
        // never moved further out by the flag. The evidence trail's hours may carry an office
        // across a size the sourcing reads (a mixed team from 1.5 people): that is its size deciding.
        const size = (r: typeof held) =>
          r.pmo.staffing ? r.pmo.staffing.fte.min + r.pmo.staffing.fte.max : 0;
        if (Math.abs(size(held) - size(free)) > 0.01) return;
        if (held.pmo.sourcing && free.pmo.sourcing)
          expect(SOURCING_RANK[held.pmo.sourcing]).toBeLessThanOrEqual(SOURCING_RANK[free.pmo.sourcing]);
        if (c.horizon === 'lasting') expect(held.pmo.sourcing).toBe(free.pmo.sourcing);
      }),
      { numRuns: runs(200), ...SEED },
    ));

  it('with governance and risk control at level 3 or more, no office in place and nobody asking, the flag adds the evidence-trail minimum and no reviews', () =>
    fc.assert(
      fc.property(caseArb(fc.integer({ min: 3, max: 5 })), ([c0, team]) => {
        const c = { ...c0, existingPmo: 'none' as const, existingPmoFte: undefined };
        const held = run(c, team, true);
        if (!held) return;
        const assurance = held.pmo.services.find((s) => s.id === 'assurance');
        if (!assurance) return;
        // The trail on the projects the service counts, before any ceiling scales it down.
        expect(assurance.hoursPerWeek).toBeLessThanOrEqual(evidenceTrailHours(assurance.units) + 0.05);
        expect(assurance.name).toMatch(/evidence trail/i);
      }),
      { numRuns: runs(200), ...SEED },
    ));

  it('where governance and risk control fall short, a regulated office only reports only where an unregulated one would', () =>
    fc.assert(
      fc.property(caseArb(fc.integer({ min: 1, max: 2 })), ([c, team]) => {
        const free = run(c, team, false);
        const held = run(c, team, true);
        if (!free?.pmo.model || !held?.pmo.model) return;
        if (free.pmo.shape !== held.pmo.shape) return;
        if (held.pmo.model === 'weather-station') expect(free.pmo.model).toBe('weather-station');
      }),
      { numRuns: runs(150), ...SEED },
    ));

  it('the evidence trail is a minimum: a couple of hours a week and minutes per project', () => {
    expect(EVIDENCE_TRAIL.base).toBeLessThanOrEqual(3);
    expect(EVIDENCE_TRAIL.perProject * 60).toBeLessThanOrEqual(10);
  });
});

describe('programme controls per million do not depend on the horizon', () => {
  it('the same programme, temporary or lasting, gets the same controls hours per million', () =>
    fc.assert(
      fc.property(
        contextArb.filter((c) => (c.annualProjectBudget ?? 0) > 1_000_000),
        teamArb,
        (c, team) => {
          const r = evaluate(QUESTIONNAIRE, c, team, { sensitivity: false });
          if (!r) return;
          const perMillion = (horizon: OrganisationContext['horizon']) => {
            const situation = situationOf({ ...c, horizon });
            const { chosen } = candidatesFor({
              situation,
              maturity: r.maturity,
              shape: 'programme',
              scope: 'programme',
              model: 'control-tower',
              internalDayRate: 500,
              say: unsaid,
            });
            const controls = chosen.find((x) => x.spec.id === 'programme-controls');
            if (!controls) return undefined;
            const sized = sizeOne(controls, situation);
            return sized.hours / sized.units;
          };
          const temporary = perMillion('temporary');
          const lasting = perMillion('lasting');
          if (temporary === undefined || lasting === undefined) return;
          expect(temporary).toBeCloseTo(lasting, 9);
        },
      ),
      { numRuns: runs(150), ...SEED },
    ));

  it('every controls sentence says what it assumes: who else holds the projects’ own controls', () =>
    check((_, r) => {
      for (const s of r.pmo.services)
        if ((s.id === 'programme-controls' || s.id === 'portfolio-controls') && s.driver === 'spend')
          expect(s.source).toMatch(/assumes/);
    }));
});
