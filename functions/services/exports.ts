import { randomInt } from 'node:crypto';
import type { Answers } from '../contract/answers';
import type { AssessmentResults } from '../contract/assessments';
import type { Questionnaire } from '../core';

/** RFC 4180 field: quoted when needed; a leading =,+,-,@ is neutralised against spreadsheet formula injection. */
const field = (value: unknown): string => {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const toCsv = (rows: readonly (readonly unknown[])[]): string =>
  `${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;

/**
 * One row per published respondent of a shown group: role group, then every question. No name,
 * e-mail, pseudonym or timestamp; rows shuffled so their order says nothing about who answered
 * when; hidden groups and withheld dimensions left out (the same rules as the results).
 */
export const answersCsv = (
  q: Questionnaire,
  groups: readonly { role: string; answers: readonly Answers[] }[],
  random: (n: number) => number = randomInt,
): string => {
  const questions = q.dimensions.flatMap((d) => d.questions.map((x) => x.id));
  const rows = groups.flatMap((g) => g.answers.map((a) => [g.role, ...questions.map((id) => a[id] ?? '')]));
  for (let i = rows.length - 1; i > 0; i--) {
    const j = random(i + 1);
    const swap = rows[i] as (typeof rows)[number];
    rows[i] = rows[j] as (typeof rows)[number];
    rows[j] = swap;
  }
  return toCsv([['roleGroup', ...questions], ...rows]);
};

/** Dimension scores overall and per shown role group, as in the results. */
export const scoresCsv = (results: AssessmentResults): string => {
  const groups = results.analysis.byRole;
  const header = [
    'dimension',
    'overall',
    'level',
    'answered',
    'confidence',
    ...groups.map((g) => `role:${g.role}`),
  ];
  const rows = (results.result?.maturity.dimensions ?? []).map((d) => [
    d.id,
    d.score,
    d.level,
    d.answered,
    d.confidence,
    ...groups.map((g) => g.dimensions.find((x) => x.id === d.id)?.score ?? ''),
  ]);
  return toCsv([header, ...rows]);
};
