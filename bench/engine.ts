import { analyseStakeholders, evaluate, QUESTIONNAIRE } from '../functions/core';
import { CONTEXT, fullAnswers, prng, QUESTION_IDS, roleOf } from './fixtures';
import { ms, percentile, table, timeCalls } from './stats';

/** The engine on an assessment of 1,000 stakeholders answering every question. */
export const benchEngine = async () => {
  const random = prng(7);
  const responses = Array.from({ length: 1000 }, (_, i) => ({
    role: roleOf(i),
    answers: fullAnswers(random),
    expectations: ['standards'],
  }));
  const sets = responses.map((r) => r.answers);
  const samples = await timeCalls(
    () => {
      evaluate(QUESTIONNAIRE, CONTEXT, sets);
      analyseStakeholders(QUESTIONNAIRE, responses);
    },
    30,
    5,
  );
  const p50 = percentile(samples, 50);
  const answers = responses.length * QUESTION_IDS.length;
  return [
    '### Engine: 1,000 stakeholders × 40 answers (result + stakeholder analysis)',
    table(
      ['p50', 'p99', 'answers scored per second'],
      [[ms(p50), ms(percentile(samples, 99)), Math.round(answers / (p50 / 1000)).toLocaleString('en')]],
    ),
  ].join('\n\n');
};
