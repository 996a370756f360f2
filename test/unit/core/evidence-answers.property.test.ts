import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, AnswerValue } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import { evaluate, QUESTIONNAIRE, twoCamps } from '../../../functions/core';
import type { CampsDimension } from '../../../functions/core/evidence';
import { MIN_PROJECTS_TO_RANK, STEPS_WITHOUT_OFFICE, stepFor } from '../../../functions/core/expectations';
import { modelRank } from '../../../functions/core/pmo-models';
import { respondentScore, scoreDimensions } from '../../../functions/core/scoring';
import { sayIn } from '../../../functions/i18n/engine';
import { loadAllLanguages } from '../../../functions/i18n/load';
import { runs } from '../../support/sample';
import { contextArb, SEED } from './arbitraries';
import { asKeys, read } from './said';

await loadAllLanguages();

/**
 * Round 18: disagreement, thin evidence and demand that is answered. Each rule is checked over
 * generated organisations and teams with a fixed seed, never over listed profiles.
 */

const DIMENSIONS = QUESTIONNAIRE.dimensions;
const FOCUS = DIMENSIONS[2] as (typeof DIMENSIONS)[number];

/** Someone rating every question 3, and the focus dimension's questions from `focus` in turn. */
const person = (focus: readonly number[]): Answers =>
  Object.fromEntries(
    DIMENSIONS.flatMap((d) =>
      d.questions.map((q, i) => [q.id, d.id === FOCUS.id ? (focus[i % focus.length] as AnswerValue) : 3]),
    ),
  ) as Answers;

/** A person's focus ratings: often near 1 or near 5, so that camps form as often as not. */
const focusArb = fc.array(fc.constantFrom(1, 1, 2, 3, 4, 5, 5), { minLength: 1, maxLength: 3 });
const teamOf = (k: number) => fc.array(focusArb, { minLength: 2, maxLength: 3 * k + 2 });

const campsIn = (people: readonly Answers[], k: number): Set<string> =>
  new Set(
    scoreDimensions(QUESTIONNAIRE, people, k)
      .filter((d) => (d as CampsDimension).camps === true)
      .map((d) => d.id),
  );

const ownMeans = (people: readonly Answers[]) =>
  people.map((a) => respondentScore(FOCUS, a)).filter((x): x is number => x !== null);

describe('respondents in two camps (evidence.ts, camps.ts)', () => {
  it('one respondent answering otherwise changes only flags whose every camp holds k people', () => {
    fc.assert(
      fc.property(fc.constantFrom(3, 4), fc.integer({ min: 0, max: 99 }), focusArb, (k, at, other) =>
        fc.assert(
          fc.property(teamOf(k), (focus) => {
            const world = focus.map(person);
            const changed = at % world.length;
            const twin = world.map((a, i) => (i === changed ? person(other) : a));
            const [a, b] = [campsIn(world, k), campsIn(twin, k)];
            for (const [flagging, quiet, people] of [
              [a, b, world],
              [b, a, twin],
            ] as const)
              for (const id of flagging) {
                if (quiet.has(id)) continue;
                // Flagged in one world only: in the world that flags it, both camps hold k people, so
                // the changed person's side keeps k − 1 who answered the same in both worlds.
                const camps = twoCamps(ownMeans(people), k);
                expect(camps).not.toBeNull();
                expect(Math.min(camps?.lower ?? 0, camps?.upper ?? 0)).toBeGreaterThanOrEqual(k);
              }
          }),
          { numRuns: runs(8), ...SEED },
        ),
      ),
      { numRuns: runs(20), ...SEED },
    );
  });

  it('never flags fewer than 2k respondents, nor a lone dissenter', () => {
    fc.assert(
      fc.property(fc.constantFrom(3, 4, 5), fc.integer({ min: 2, max: 14 }), (k, n) => {
        const lone = [person([5]), ...Array.from({ length: n - 1 }, () => person([1]))];
        expect(campsIn(lone, k).size).toBe(0);
        const halves = Array.from({ length: n }, (_, i) => person([i % 2 === 0 ? 1 : 5]));
        if (n < 2 * k) expect(campsIn(halves, k).size).toBe(0);
      }),
      { numRuns: runs(100), ...SEED },
    );
  });

  it('a flagged dimension is not consistent, lowers confidence, and is said as a fact without figures', () => {
    let reached = 0;
    fc.assert(
      fc.property(fc.constantFrom(3, 4), teamOf(4), (k, focus) => {
        const people = focus.map(person);
        const r = evaluate(QUESTIONNAIRE, context(), people, {
          sensitivity: false,
          minGroupSize: k,
          say: asKeys,
        });
        if (!r) return;
        const flagged = r.maturity.dimensions.filter((d) => (d as CampsDimension).camps === true);
        if (flagged.length > 0) reached++;
        for (const d of flagged) {
          expect(d.consistent).toBe(false);
          expect(d.sufficient).toBe(false);
          expect(d.confidence).toBe('low');
        }
        const said = r.evidence.reasons.map(read);
        expect(said.some((s) => s.key === 'evidence.respondentsCamps')).toBe(flagged.length > 0);
        if (flagged.length > 0) expect(r.evidence.status).not.toBe('sufficient');
        // "Consistent" is said only of a team large enough for camps to be sought.
        if (said.some((s) => s.key === 'evidence.sufficient'))
          expect(people.length === 1 || people.length >= 2 * k).toBe(true);
        for (const language of ['en', 'fr', 'de'] as const) {
          const words = evaluate(QUESTIONNAIRE, context(), people, {
            sensitivity: false,
            minGroupSize: k,
            say: sayIn(language),
          });
          const camps = words?.evidence.reasons.filter((x) => flagged.some((d) => x.includes(d.name))) ?? [];
          for (const sentence of camps) expect(sentence).not.toMatch(/\d/);
        }
      }),
      { numRuns: runs(40), ...SEED },
    );
    expect(reached).toBeGreaterThan(0);
  });
});

const context = (over: Partial<OrganisationContext> = {}): OrganisationContext => ({
  employees: 800,
  concurrentProjects: 30,
  projectManagers: 10,
  pmExpertise: 'basic',
  urgency: 'medium',
  controlAppetite: 'medium',
  resourceContention: 'medium',
  horizon: 'lasting',
  regulated: false,
  existingPmo: 'none',
  ...over,
});

/** One respondent who rates only one question of most dimensions and answers "don't know" elsewhere. */
const thinArb = fc
  .array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('dont-know' as const)), {
    minLength: DIMENSIONS.length,
    maxLength: DIMENSIONS.length,
  })
  .map(
    (levels) =>
      Object.fromEntries(
        DIMENSIONS.flatMap((d, j) =>
          d.questions.map((q, i) => [q.id, i === 0 || j < 2 ? (levels[j] as AnswerValue) : 'dont-know']),
        ),
      ) as Answers,
  );

describe('insufficient evidence (thin-evidence.ts)', () => {
  it('asks for no more control than the least controlling fit, or the model in place, and names the team assessment first', () => {
    let reached = 0;
    fc.assert(
      fc.property(contextArb, thinArb, (c, answers) => {
        const r = evaluate(QUESTIONNAIRE, c, [answers], { sensitivity: false, say: asKeys });
        if (!r) return;
        if (r.evidence.status !== 'insufficient') return;
        const said = r.pmo.rationale.map(read).map((s) => s.key);
        expect(said[1]).toBe('rationale.directionOnly');
        expect(said[2]).toBe('rationale.thinFirstStep');
        if (!r.pmo.model || r.pmo.shape === 'formalise' || r.pmo.shape === 'lean-portfolio') return;
        const eligible = r.pmo.fit.filter((f) => f.eligible).map((f) => modelRank(f.model));
        const inPlace = r.pmo.fit.find((f) => f.eligible && f.model === c.existingPmo);
        const ceiling = inPlace ? modelRank(inPlace.model) : Math.min(...eligible);
        expect(modelRank(r.pmo.model)).toBeLessThanOrEqual(Math.max(ceiling, Math.min(...eligible)));
        expect(r.pmo.staffing).toBeNull();
        reached++;
      }),
      { numRuns: runs(150), ...SEED },
    );
    expect(reached).toBeGreaterThan(0);
  });
});

describe('demand that is answered (expectations.ts)', () => {
  it('where no office runs an asked-for service, a named plan step answers it, or the result says why not', () => {
    let reached = 0;
    fc.assert(
      fc.property(
        contextArb,
        fc.integer({ min: 1, max: 5 }),
        fc.dictionary(
          fc.constantFrom(
            'prioritisation',
            'resource-allocation',
            'status-reporting',
            'coaching',
            'assurance',
          ),
          fc.double({ min: 0.25, max: 1, noNaN: true }),
        ),
        (c, level, expectations) => {
          const answers = Object.fromEntries(
            DIMENSIONS.flatMap((d) => d.questions.map((q) => [q.id, level])),
          ) as Answers;
          const r = evaluate(QUESTIONNAIRE, c, [answers], { sensitivity: false, say: asKeys, expectations });
          if (!r) return;
          const activities = (r.rollout.phases ?? []).flatMap((p) => p.activities).map(read);
          for (const e of r.pmo.expectations) {
            const because = read(e.because);
            expect(because.key).not.toBe('expectation.noOffice');
            if (r.pmo.needed) {
              // A programme office answers prioritisation in the programme's terms.
              if (r.pmo.shape === 'programme' && e.service === 'prioritisation')
                expect(e.answered).toBe(true);
              continue;
            }
            if (because.key === 'expectation.noOfficeStep') {
              const step = read(JSON.stringify((because.params as { step: unknown }).step)).key;
              // Agile teams' ranked list of initiatives is the asked ranking (expectations.ts, stepFor).
              expect(STEPS_WITHOUT_OFFICE[e.service]?.map((k) => stepFor(k, c))).toContain(step);
              expect(activities.some((a) => a.key === step)).toBe(true);
              reached++;
            } else if (!e.answered) expect(because.key).toBe('expectation.noOfficeWhyNot');
            // Ranking is asked and projects run: the plan ranks and parks.
            if (
              e.service === 'prioritisation' &&
              c.concurrentProjects >= MIN_PROJECTS_TO_RANK &&
              r.rollout.phases
            )
              expect(e.answered).toBe(true);
          }
        },
      ),
      { numRuns: runs(150), ...SEED },
    );
    expect(reached).toBeGreaterThan(0);
  });
});
