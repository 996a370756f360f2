import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { Confidence, Result } from '../../../functions/contract/result';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { EN } from '../../../functions/core/english';
import { RATED_SHARE_FOR_HIGH, RATED_SHARE_FOR_MEDIUM } from '../../../functions/core/evidence';
import { COORDINATION_SIZE_MAX, coordinationSizeFactor } from '../../../functions/core/office/sizing';
import { situationOf } from '../../../functions/core/situation';
import { LARGE_PROJECT_SPEND } from '../../../functions/core/spend-scale';
import { runs } from '../../support/sample';
import { check, contextArb, SEED, teamArb } from './arbitraries';
import { ALL_QUESTIONS } from './fixtures';

/**
 * Round 19's edge classes as properties over generated organisations: sparse checks say so up
 * front and are never more confident than their share of rated questions carries.
 */

const RANK: Record<Confidence, number> = { none: 0, low: 1, medium: 2, high: 3 };

/** Any pattern of unknowns: each respondent turns a chosen set of questions to "don't know". */
const withUnknowns = (team: Answers[], unknown: readonly number[]): Answers[] =>
  team.map((a) => {
    const out = { ...a };
    for (const i of unknown) out[(ALL_QUESTIONS[i] as { id: string }).id] = 'dont-know';
    return out;
  });

const unknownArb = fc.subarray(
  ALL_QUESTIONS.map((_, i) => i),
  { minLength: 0, maxLength: ALL_QUESTIONS.length },
);

describe('sparse evidence', () => {
  it('the overall confidence never exceeds what the share of rated questions carries, whatever the pattern of unknowns', () =>
    fc.assert(
      fc.property(contextArb, teamArb, unknownArb, (c, team, unknown) => {
        const sets = withUnknowns(team, unknown);
        const r = evaluate(QUESTIONNAIRE, c, sets, { sensitivity: false });
        if (!r) return;
        const rated = ALL_QUESTIONS.filter((q) => sets.some((a) => typeof a[q.id] === 'number')).length;
        const share = rated / ALL_QUESTIONS.length;
        const ceiling = share >= RATED_SHARE_FOR_HIGH ? 3 : share >= RATED_SHARE_FOR_MEDIUM ? 2 : 1;
        expect(RANK[r.maturity.confidence]).toBeLessThanOrEqual(ceiling);
        if (share >= RATED_SHARE_FOR_MEDIUM) return;
        // Many unknowns: said first, in the evidence and right after the level in the rationale,
        // with the count; a quick check is told to have more people answer before money is spent.
        const unrated = String(ALL_QUESTIONS.length - rated);
        expect(r.evidence.status).not.toBe('sufficient');
        expect(r.evidence.reasons[0]).toContain(`${unrated} of ${ALL_QUESTIONS.length} questions`);
        if (r.evidence.status !== 'insufficient') expect(r.pmo.rationale[1]).toBe(r.evidence.reasons[0]);
        if (sets.length < 3) expect(r.evidence.reasons[0]).toContain('more people');
      }),
      { numRuns: runs(100), ...SEED },
    ));

  it('a quick check with a few unknowns keeps the confidence of a full one', () =>
    fc.assert(
      fc.property(contextArb, fc.integer({ min: 1, max: 4 }), (c, rating) => {
        const full = Object.fromEntries(ALL_QUESTIONS.map((q) => [q.id, rating])) as Answers;
        const few = withUnknowns([full], [0, 13, 27, 40])[0] as Answers;
        const a = evaluate(QUESTIONNAIRE, c, [full], { sensitivity: false });
        const b = evaluate(QUESTIONNAIRE, c, [few], { sensitivity: false });
        expect(b?.maturity.confidence).toBe(a?.maturity.confidence);
        expect(b?.evidence.reasons[0]).toBe(a?.evidence.reasons[0]);
      }),
      { numRuns: runs(30), ...SEED },
    ));
});

const activities = (r: Result): string[] => (r.rollout.phases ?? []).flatMap((p) => p.activities);
const PROJECT_CEREMONIES = [
  EN['plan.nameAnAccountableLeadAnd'],
  EN['plan.holdAShortStatusRound'],
  EN['plan.closeEachProjectWithA'],
  EN['plan.giveOnePersonAPart'],
];
const PAIR_WITH_EXPERIENCED = [
  QUESTIONNAIRE.dimensions.find((d) => d.id === 'competencies')?.quickWin ?? '',
  EN['quickWin.atScale.competencies'],
];

describe('the plan without an office fits the delivery and the expertise', () => {
  it('agile teams are never given per-project sponsors, project status rounds, closure reviews or a people tracker', () =>
    check((c, r) => {
      if (r.pmo.needed || c.horizon !== 'lasting' || c.deliveryApproach !== 'agile') return;
      const all = activities(r);
      for (const ceremony of PROJECT_CEREMONIES) expect(all).not.toContain(ceremony);
    }));

  it('where nobody has expertise, someone from outside helps, whatever the number of project managers', () =>
    check((c, r) => {
      if (r.pmo.needed || c.pmExpertise !== 'none' || c.concurrentProjects === 0) return;
      if (r.evidence.status === 'insufficient') return;
      const all = activities(r).join('\n');
      // A part-time experienced lead, where a full one is out of proportion to the spend, coaches as
      // they lead (round 23): outside help all the same.
      expect(all).toMatch(
        /outside coaching|experienced project manager|experienced programme manager|experienced lead part-time/,
      );
      // ...and nobody is told to pair new leads with experienced colleagues they do not have.
      for (const pair of PAIR_WITH_EXPERIENCED) expect(all).not.toContain(pair);
    }));
});

describe('the part-time coordinator reads the spend', () => {
  it('its per-project effort never falls as spend grows, moves at most 7 % for 20 % more spend, and reaches its ceiling only at the programme edge', () =>
    fc.assert(
      fc.property(contextArb, fc.integer({ min: 1, max: 2_000_000_000 }), (c, spend) => {
        if (c.concurrentProjects === 0) return;
        const at = (budget: number) =>
          coordinationSizeFactor(situationOf({ ...c, annualProjectBudget: budget }, 'EUR'));
        const [a, b] = [at(spend), at(spend * 1.2)];
        expect(b).toBeGreaterThanOrEqual(a);
        expect(b / a).toBeLessThanOrEqual(1.2 ** 0.35 + 1e-9);
        if (spend / c.concurrentProjects < LARGE_PROJECT_SPEND * 0.99)
          expect(a).toBeLessThan(COORDINATION_SIZE_MAX);
      }),
      { numRuns: runs(150), ...SEED },
    ));
});
