import { readFileSync } from 'node:fs';
import { evaluate } from '../functions/core/evaluate';
import { QUESTIONNAIRE } from '../functions/core/questionnaire';
import { analyseStakeholders } from '../functions/core/stakeholder-analysis';
import { sayIn } from '../functions/i18n/engine';
import { loadLanguage } from '../functions/i18n/load';
import { localiseQuestionnaire } from '../functions/i18n/questionnaire';
import { buildResults } from '../functions/services/results';
import type { AssessmentRecord, StakeholderRecord } from '../functions/store/records';
import { CONTEXT, fullAnswers, prng, roleOf } from './fixtures';
import { ms, percentile, table, timeCalls } from './stats';

/**
 * The figures of the last recorded run (docs/benchmarks.md), each with the calibration loop's
 * time in that run: the machine is shared, so a figure is compared as a ratio to the recorded one,
 * scaled by how fast the machine ran the same fixed loop then and now.
 */
const RECORDED = JSON.parse(readFileSync(new URL('./engine-recorded.json', import.meta.url), 'utf8')) as {
  date: string;
  calibration: number;
  p50: Record<string, number>;
};

/** A fixed piece of plain JavaScript (objects, strings, sorting): how fast the machine is right now. */
const calibrate = () => {
  const rows = Array.from({ length: 20_000 }, (_, i) => ({
    id: `r${(i * 7919) % 20_000}`,
    v: (i * 31) % 97,
  }));
  rows.sort((a, b) => a.v - b.v || (a.id < b.id ? -1 : 1));
  return JSON.stringify(rows).length;
};

const submitted = (n: number, random: () => number): StakeholderRecord[] =>
  Array.from(
    { length: n },
    (_, i) =>
      ({
        id: `s${i}`,
        role: roleOf(i),
        answers: fullAnswers(random),
        expectations: ['standards'],
        status: 'submitted',
        submittedAt: `2026-03-01T10:${String(i % 60).padStart(2, '0')}:00.000Z`,
        countedSubmissionAt: `2026-03-01T10:${String(i % 60).padStart(2, '0')}:00.000Z`,
      }) as unknown as StakeholderRecord,
  );

/**
 * The engine as the API runs it: a quick check (one answer set, in English and in French), the
 * results page of an assessment with 30 stakeholders (disclosure, stakeholder analysis, result with
 * its sensitivity analysis, in the reader's language), and 1,000 stakeholders.
 */
export const benchEngine = async () => {
  await loadLanguage('fr');
  const random = prng(7);
  const responses = Array.from({ length: 1000 }, (_, i) => ({
    role: roleOf(i),
    answers: fullAnswers(random),
    expectations: ['standards'],
  }));
  const sets = responses.map((r) => r.answers);
  const one = [fullAnswers(random)];
  const q = {
    en: localiseQuestionnaire(QUESTIONNAIRE, 'en'),
    fr: localiseQuestionnaire(QUESTIONNAIRE, 'fr'),
  };
  const assessment = {
    id: 'a1',
    context: CONTEXT,
    questionnaireVersion: QUESTIONNAIRE.version,
    minGroupSize: 3,
  } as unknown as AssessmentRecord;
  const thirty = { stakeholders: submitted(30, random), retired: [] };
  const cases: [string, string, () => unknown, number][] = [
    ['quick check (en)', 'quickCheck', () => evaluate(q.en, CONTEXT, one, { say: sayIn('en') }), 400],
    ['quick check (fr)', 'quickCheckFr', () => evaluate(q.fr, CONTEXT, one, { say: sayIn('fr') }), 400],
    [
      'results, 30 stakeholders (en)',
      'results30',
      () => buildResults(QUESTIONNAIRE, assessment, thirty, null, 'en'),
      150,
    ],
    [
      '1,000 stakeholders × 40 answers (result + stakeholder analysis)',
      'thousand',
      () => {
        evaluate(QUESTIONNAIRE, CONTEXT, sets);
        analyseStakeholders(QUESTIONNAIRE, responses);
      },
      30,
    ],
  ];
  const calibration = percentile(await timeCalls(calibrate, 30, 5), 50);
  const scale = calibration / RECORDED.calibration;
  const rows = [];
  for (const [name, id, fn, runs] of cases) {
    const samples = await timeCalls(fn, runs, Math.min(20, runs));
    const p50 = percentile(samples, 50);
    const then = RECORDED.p50[id];
    rows.push([
      name,
      ms(Math.min(...samples)),
      ms(p50),
      ms(percentile(samples, 99)),
      ms(Math.max(...samples)),
      then === undefined
        ? '–'
        : `${ms(then)}: ${(p50 / then).toFixed(2)}× (${(p50 / then / scale).toFixed(2)}× machine-adjusted)`,
    ]);
  }
  const bytes = JSON.stringify(evaluate(q.en, CONTEXT, one, { say: sayIn('en') })).length;
  return [
    '### Engine, in process',
    table(['case', 'min', 'p50', 'p99', 'max', `p50 against the run of ${RECORDED.date}`], rows),
    `Calibration loop ${ms(calibration)} (${ms(RECORDED.calibration)} then: the machine ran ${scale.toFixed(2)}× as long). A quick check's result is ${(bytes / 1024).toFixed(1)} KB of JSON.`,
  ].join('\n\n');
};
