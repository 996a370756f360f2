import type { AssessmentResults } from '../contract/assessments';
import type { Questionnaire } from '../core';
import type { StakeholderRecord } from '../store/records';

/** RFC 4180 field: quoted when needed; a leading =,+,-,@ is neutralised against spreadsheet formula injection. */
const field = (value: unknown): string => {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const toCsv = (rows: readonly (readonly unknown[])[]): string =>
  `${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;

/**
 * One row per submitted stakeholder: role group, pseudonym, then every question. Names and
 * e-mails never appear. The same anonymity rule as the results applies: a role with fewer
 * than `minGroupSize` submissions is shown as "pooled", and a pool still that small is left out.
 */
export const answersCsv = (
  q: Questionnaire,
  stakeholders: readonly StakeholderRecord[],
  minGroupSize: number,
): string => {
  const questions = q.dimensions.flatMap((d) => d.questions.map((x) => x.id));
  const submitted = stakeholders.filter((s) => s.submittedAt && s.status !== 'revoked');
  const roleSize = new Map<string, number>();
  for (const s of submitted) roleSize.set(s.role, (roleSize.get(s.role) ?? 0) + 1);
  const groupOf = (role: string) => ((roleSize.get(role) ?? 0) >= minGroupSize ? role : 'pooled');
  const pooled = submitted.filter((s) => groupOf(s.role) === 'pooled').length;
  const rows = submitted
    .filter((s) => groupOf(s.role) !== 'pooled' || pooled >= minGroupSize)
    .map((s) => ({ s, group: groupOf(s.role) }))
    .sort((a, b) => a.group.localeCompare(b.group) || a.s.pseudonym.localeCompare(b.s.pseudonym))
    .map(({ s, group }) => [group, s.pseudonym, ...questions.map((id) => s.answers[id] ?? '')]);
  return toCsv([['roleGroup', 'pseudonym', ...questions], ...rows]);
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
