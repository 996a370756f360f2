import { ROLE_GROUP_NAME } from '../../../functions/contract/roles';
import { QUESTIONNAIRE, QUESTIONNAIRES } from '../../../functions/core/questionnaire';
import { quickWinsByGap, targetGaps } from './gaps';
import { businessCaseOf, type DeliverableInput, questionScoreText, verdictOf } from './input';
import { type Cell, type Sheet, writeXlsx } from './xlsx/write';

/** A question's wording, from the current edition first, then the older ones. */
const questionText = (id: string): string =>
  [QUESTIONNAIRE, ...QUESTIONNAIRES]
    .flatMap((q) => q.dimensions.flatMap((d) => d.questions))
    .find((q) => q.id === id)?.text ?? '';

/**
 * The aggregated results as an Excel workbook: summary, dimensions (with targets and benchmark),
 * questions, role groups (only those the anonymity rules show), the fits, the rollout plan and
 * quick wins. No per-person row anywhere. Figures are numbers with their formats (a range is two
 * numbers, its minimum and maximum), so a client can sort, sum and chart them; each sheet prints
 * on A4, fitted to the page's width with its header row repeated. Pure: returns the .xlsx bytes.
 */
export const buildWorkbook = async (input: DeliverableInput): Promise<Uint8Array> => {
  const { results } = input;
  const result = results.result;
  const bc = businessCaseOf(result);
  const k = Math.max(3, results.disclosure.minGroupSize);

  type Row = [string, Cell, Cell?];
  const item = (label: string, value: Cell['value'], format: Cell['format'] = 'general'): Row => [
    label,
    { value, format },
  ];
  const range = (label: string, r: { min: number; max: number }, format: Cell['format']): Row => [
    label,
    { value: r.min, format },
    { value: r.max, format },
  ];
  const summary: Sheet = {
    name: 'Summary',
    columns: [
      { header: 'Item', width: 36, wrap: true },
      { header: 'Value (from)', width: 44, wrap: true, left: true },
      { header: 'Up to', width: 14, left: true },
    ],
    rows: [
      item('Client', input.clientName),
      item('Prepared on', input.preparedOn, 'date'),
      item('Prepared by', input.branding?.firmName ?? ''),
      item('Recommendation', verdictOf(result)),
      item('Maturity level', result.maturity.level, 'integer'),
      item('Maturity score (1–5)', result.maturity.overall, 'score'),
      item('Need for a PMO (0–100)', result.pmo.need.score, 'integer'),
      item(`Submissions counted (in batches of ${k})`, results.coverage.submitted, 'integer'),
      item('Stakeholders invited (live links)', results.coverage.invited, 'integer'),
      item('Response rate', results.coverage.rate, 'percent'),
      // The respondent set: what the consultant did to the list of people asked, for the client to check.
      ...(results.respondentSet
        ? [
            item('Invitations made', results.respondentSet.invitations, 'integer'),
            item('Links live', results.respondentSet.live, 'integer'),
            item('Links revoked', results.respondentSet.revoked, 'integer'),
            item('Invitations removed', results.respondentSet.removed, 'integer'),
            item('Links re-issued', results.respondentSet.reissued, 'integer'),
          ]
        : []),
      ...(input.targets?.date ? [item('Targets to reach by', input.targets.date, 'date')] : []),
      item('Rollout (weeks)', result.rollout.totalWeeks, 'integer'),
      ...(bc.staffing ? [range('Staffing (FTE), range', bc.staffing.fte, 'decimal1')] : []),
      ...(bc.cost ? [range(`Annual cost (${bc.cost.currency}), range`, bc.cost.annual, 'thousands')] : []),
    ],
    landscape: false,
  };

  const gaps = new Map(targetGaps(result, input.targets ?? null).map((g) => [g.id, g]));
  const percentiles = new Map((input.benchmark?.percentiles ?? []).map((p) => [p.id, p.percentile]));
  const dimensions: Sheet = {
    name: 'Dimensions',
    columns: [
      { header: 'Dimension', width: 34, wrap: true },
      { header: 'Score (1–5)', width: 10, format: 'score' },
      { header: 'Level', width: 8, format: 'integer' },
      { header: 'Ratings', width: 10, format: 'integer' },
      { header: 'Target level', width: 10, format: 'integer' },
      { header: 'Gap to target', width: 11, format: 'score' },
      { header: 'Benchmark percentile', width: 12, format: 'integer' },
    ],
    rows: result.maturity.dimensions.map((d) => [
      d.name,
      d.score,
      d.level,
      d.answered,
      gaps.get(d.id)?.target,
      gaps.get(d.id)?.gap,
      percentiles.get(d.id),
    ]),
  };

  // Per question: a score only where at least k people rated it; otherwise said to be withheld.
  const questions: Sheet = {
    name: 'Questions',
    columns: [
      { header: 'Dimension', width: 26, wrap: true },
      { header: 'Question', width: 9 },
      { header: 'Wording', width: 50, wrap: true },
      { header: 'Score (1–5)', width: 10, format: 'score' },
      { header: 'Ratings', width: 9, format: 'integer' },
      { header: 'Note', width: 22, wrap: true },
    ],
    rows: result.maturity.dimensions.flatMap((d) =>
      d.questionScores.map((q) => {
        const score = questionScoreText(q, results.disclosure.minGroupSize);
        return [
          d.name,
          q.id,
          questionText(q.id),
          typeof score === 'number' ? score : null,
          q.ratings,
          typeof score === 'string' ? score : null,
        ];
      }),
    ),
  };

  const groups = results.analysis.byRole;
  const roles: Sheet = {
    name: 'Role groups',
    columns: [
      { header: 'Dimension', width: 34, wrap: true },
      ...groups.map((g) => ({ header: ROLE_GROUP_NAME[g.role], width: 14, format: 'score' as const })),
    ],
    rows: result.maturity.dimensions.map((d) => [
      d.name,
      ...groups.map((g) => g.dimensions.find((x) => x.id === d.id)?.score),
    ]),
  };

  const fits: Sheet = {
    name: 'Model fit',
    columns: [
      { header: 'Model', width: 22, wrap: true },
      { header: 'Fit (0–100)', width: 9, format: 'integer' },
      { header: 'Maturity level needed', width: 11, format: 'integer' },
      { header: 'Reasons', width: 80, wrap: true },
    ],
    rows: result.pmo.fit.map((f) => [f.name, f.score, f.requiredLevel, f.reasons.join('\n')]),
  };

  const plan: Sheet = {
    name: 'Rollout',
    columns: [
      { header: 'Phase', width: 24, wrap: true },
      { header: 'Start week', width: 8, format: 'integer' },
      { header: 'Weeks', width: 8, format: 'integer' },
      { header: 'Activities', width: 60, wrap: true },
      { header: 'Milestones', width: 44, wrap: true },
    ],
    rows: result.rollout.phases.map((p) => [
      p.name,
      p.startWeek,
      p.durationWeeks,
      p.activities.join('\n'),
      p.milestones.join('\n'),
    ]),
  };

  const wins: Sheet = {
    name: 'Quick wins',
    columns: [
      { header: 'Dimension', width: 30, wrap: true },
      { header: 'Gap to target', width: 11, format: 'score' },
      { header: 'Quick win', width: 54, wrap: true },
    ],
    rows: quickWinsByGap(result, input.targets ?? null).map((w) => [w.name, w.gap, w.quickWin]),
  };

  const sheets = [summary, dimensions, questions, roles, fits, plan, wins];
  return writeXlsx({
    sheets,
    title: `${input.clientName}: PMO assessment results`,
    creator: input.branding?.firmName ?? 'PMO Blueprint',
    created: input.preparedOn,
  });
};
