import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, AnswerValue, StakeholderRole } from '../../../functions/contract/answers';
import { STAKEHOLDER_ROLES } from '../../../functions/contract/answers';
import { QUESTIONNAIRE } from '../../../functions/core';
import { answersCsv, scoresCsv } from '../../../functions/services/exports';
import { buildResults } from '../../../functions/services/results';
import type { AssessmentRecord, StakeholderRecord } from '../../../functions/store/records';
import { context } from './fixtures';

/**
 * Sensitivity, by perturbation rather than by reading the code: for every number and sentence the
 * consultant receives (the results, the answers and scores exports), the people whose answers move
 * it are none, or at least k. A figure that one, two … k−1 people alone can move would let whoever
 * knows the others read them.
 */

const QUESTIONS = QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((q) => q.id));

interface Person {
  role: StakeholderRole;
  answers: Answers;
}

/** Role-first questionnaires leave many questions to a few people: answers are sparse on purpose. */
const person = fc.record({
  role: fc.constantFrom(...STAKEHOLDER_ROLES),
  answers: fc
    .array(
      fc.tuple(
        fc.constantFrom(...QUESTIONS),
        fc.oneof(
          { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<AnswerValue> },
          { weight: 1, arbitrary: fc.constantFrom<AnswerValue>('dont-know', 'n/a') },
        ),
      ),
      { minLength: 1, maxLength: QUESTIONS.length },
    )
    .map((pairs) => Object.fromEntries(pairs) as Answers),
});

/** Someone who rates most questions, skips some and answers "don't know" to a few: cells fill. */
const densePerson = fc.record({
  role: fc.constantFrom(...STAKEHOLDER_ROLES),
  answers: fc
    .array(
      fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<AnswerValue | null> },
        { weight: 1, arbitrary: fc.constant<AnswerValue | null>('dont-know') },
        { weight: 1, arbitrary: fc.constant<AnswerValue | null>(null) },
      ),
      { minLength: QUESTIONS.length, maxLength: QUESTIONS.length },
    )
    .map(
      (values) =>
        Object.fromEntries(
          QUESTIONS.flatMap((id, i) => (values[i] === null ? [] : [[id, values[i] as AnswerValue]])),
        ) as Answers,
    ),
});

const assessment = (minGroupSize: number): AssessmentRecord => ({
  id: 'a1',
  orgId: 'o1',
  clientName: 'Client',
  context: context({ employees: 600, concurrentProjects: 25 }),
  status: 'open',
  dueDate: null,
  baselineId: null,
  questionnaireVersion: QUESTIONNAIRE.version,
  minGroupSize,
  createdBy: 'c',
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  version: 1,
});

const record = (p: Person, i: number): StakeholderRecord => ({
  id: `s${String(i).padStart(3, '0')}`,
  assessmentId: 'a1',
  orgId: 'o1',
  role: p.role,
  name: null,
  email: null,
  pseudonym: 'S',
  status: 'active',
  tokenHash: `t${i}`,
  answers: p.answers,
  notes: {},
  expectations: [],
  version: 1,
  lastRequestId: null,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  submittedAt: new Date(Date.UTC(2026, 10, 2, 0, i)).toISOString(),
  lastRemindedAt: null,
});

/** Everything the consultant receives that is computed from answers, as path → value leaves. */
const published = (people: Person[], k: number): Map<string, string> => {
  const results = buildResults(
    QUESTIONNAIRE,
    assessment(k),
    { stakeholders: people.map(record), retired: [] },
    null,
  );
  const leaves = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
    else leaves.set(path, JSON.stringify(value));
  };
  walk(results, 'results');
  walk(answersCsv(results).split('\r\n'), 'answers.csv');
  walk(scoresCsv(results).split('\r\n'), 'scores.csv');
  return leaves;
};

/**
 * The same person with every rating set to one value, for each value of the scale (what they rated,
 * and what they answered "don't know" to, kept): a move of one way never cancels itself inside a
 * mean, and one of the five always changes a spread, whatever symmetry the others' ratings have.
 */
const perturbations = (answers: Answers): Answers[] =>
  [1, 2, 3, 4, 5]
    .map((value) => (_rating: number) => value)
    .map(
      (move) =>
        Object.fromEntries(
          Object.entries(answers).map(([id, v]) => [
            id,
            typeof v === 'number' ? (move(v) as AnswerValue) : v,
          ]),
        ) as Answers,
    );

/** Leaves that are statistics of answers: the figures the k rule is about. */
const STATISTICS =
  /\.(score|overall|spread|respondentSpread|ratings|votes|share|percentile)$|^(answers|scores)\.csv\./;
/** A model's fit out of 100 is a verdict drawn from the statistics, not one of them. */
const isStatistic = (path: string) => STATISTICS.test(path) && !path.includes('.pmo.');

describe('disclosure sensitivity', () => {
  // Several hundred result builds: no tight limit a busy machine would break.
  it('every published figure is moved by nobody or by at least k people', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 4 }),
        fc.array(person, { minLength: 3, maxLength: 9 }),
        (k, people) => {
          const base = published(people, k);
          const worlds = [base];
          const feeders = new Map<string, Set<number>>();
          people.forEach((p, i) => {
            for (const answers of perturbations(p.answers)) {
              const moved = published(
                people.map((other, j) => (j === i ? { ...other, answers } : other)),
                k,
              );
              worlds.push(moved);
              for (const [path, value] of base)
                if (moved.get(path) !== value) feeders.set(path, (feeders.get(path) ?? new Set()).add(i));
            }
          });
          // 1. Every statistic (a mean, a spread, a count of ratings or votes, a percentile, a cell
          //    of an export) moves with nobody or with at least k people.
          const thin = [...feeders]
            .filter(([path, who]) => isStatistic(path) && who.size < k)
            .map(([path, who]) => `${path} moves with ${who.size} of k = ${k}`);
          expect(thin).toEqual([]);
          // 2. Everything else (levels, verdicts, sentences) is a function of those statistics: two
          //    worlds that publish the same statistics publish the same everything.
          const byStatistics = new Map<string, Map<string, string>>();
          for (const world of worlds) {
            const key = JSON.stringify([...world].filter(([path]) => isStatistic(path)));
            const seen = byStatistics.get(key);
            if (seen) expect(Object.fromEntries(world)).toEqual(Object.fromEntries(seen));
            else byStatistics.set(key, world);
          }
        },
      ),
      { numRuns: Number(process.env.SENSITIVITY_RUNS ?? 8), seed: 2026 },
    );
  });

  // Linked cells: the overall cell and the role groups overlap, so whoever subtracts one from the
  // others learns what they do not share. That is safe only if every published figure depends on a
  // person through that person's own mean per dimension (then any difference of cells is a sum over
  // whole people, and the rules keep those sets at 0 or at least k). So: move one person's ratings
  // within a dimension so that their own mean stays the same, and no published figure may move.
  it('every published figure depends on a person only through their own mean per dimension', {
    timeout: 600_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 4 }),
        fc.array(densePerson, { minLength: 3, maxLength: 9 }),
        fc.nat(),
        (k, people, pick) => {
          const base = published(people, k);
          const statistics = (world: Map<string, string>) =>
            Object.fromEntries([...world].filter(([path]) => isStatistic(path)));
          for (const [i, p] of people.entries())
            for (const dimension of QUESTIONNAIRE.dimensions) {
              const rated = dimension.questions
                .map((q) => q.id)
                .filter((id) => typeof p.answers[id] === 'number');
              const up = rated.find((id) => (p.answers[id] as number) < 5);
              const down = rated.find((id) => id !== up && (p.answers[id] as number) > 1);
              if (!up || !down || (i + pick) % 4 !== 0) continue;
              const answers = {
                ...p.answers,
                [up]: ((p.answers[up] as number) + 1) as AnswerValue,
                [down]: ((p.answers[down] as number) - 1) as AnswerValue,
              } as Answers;
              const moved = published(
                people.map((other, j) => (j === i ? { ...other, answers } : other)),
                k,
              );
              expect(statistics(moved), `${dimension.id}, person ${i}`).toEqual(statistics(base));
            }
        },
      ),
      { numRuns: Number(process.env.SENSITIVITY_RUNS ?? 8), seed: 2027 },
    );
  });
});
