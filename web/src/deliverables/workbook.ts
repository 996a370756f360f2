import ExcelJS from 'exceljs';
import { ROLE_GROUP_NAME } from '../../../functions/contract/roles';
import { quickWinsByGap, targetGaps } from './gaps';
import { businessCaseOf, type DeliverableInput, questionScoreText, verdictOf } from './input';

/**
 * The aggregated results as an Excel workbook: summary, dimensions (with targets and benchmark),
 * role groups (only those the anonymity rules show), the fits, the rollout plan and quick wins.
 * No per-person row anywhere. Pure: returns the .xlsx bytes.
 */
export const buildWorkbook = async (input: DeliverableInput): Promise<Uint8Array> => {
  const { results } = input;
  const result = results.result;
  const wb = new ExcelJS.Workbook();
  wb.creator = input.branding?.firmName ?? 'PMO Blueprint';
  const bold = (ws: ExcelJS.Worksheet) => {
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  };

  const summary = wb.addWorksheet('Summary');
  summary.columns = [
    { header: 'Item', key: 'item', width: 32 },
    { header: 'Value', key: 'value', width: 60 },
  ];
  const bc = businessCaseOf(result);
  summary.addRows([
    { item: 'Client', value: input.clientName },
    { item: 'Prepared on', value: input.preparedOn },
    { item: 'Prepared by', value: input.branding?.firmName ?? '' },
    { item: 'Recommendation', value: verdictOf(result) },
    { item: 'Maturity level', value: result.maturity.level },
    { item: 'Maturity score (1–5)', value: result.maturity.overall },
    { item: 'Need for a PMO (0–100)', value: result.pmo.need.score },
    {
      item: `Submissions counted (in batches of ${Math.max(3, results.disclosure.minGroupSize)})`,
      value: results.coverage.submitted,
    },
    { item: 'Stakeholders invited (live links)', value: results.coverage.invited },
    // The respondent set: what the consultant did to the list of people asked, for the client to check.
    ...(results.respondentSet
      ? [
          { item: 'Invitations made', value: results.respondentSet.invitations },
          { item: 'Links live', value: results.respondentSet.live },
          { item: 'Links revoked', value: results.respondentSet.revoked },
          { item: 'Invitations removed', value: results.respondentSet.removed },
          { item: 'Links re-issued', value: results.respondentSet.reissued },
        ]
      : []),
    { item: 'Rollout (weeks)', value: result.rollout.totalWeeks },
    ...(bc.staffing
      ? [{ item: 'Staffing (FTE)', value: `${bc.staffing.fte.min}–${bc.staffing.fte.max}` }]
      : []),
    ...(bc.cost
      ? [{ item: `Annual cost (${bc.cost.currency})`, value: `${bc.cost.annual.min}–${bc.cost.annual.max}` }]
      : []),
  ]);
  bold(summary);

  const dims = wb.addWorksheet('Dimensions');
  dims.columns = [
    { header: 'Dimension', key: 'name', width: 36 },
    { header: 'Score', key: 'score', width: 10 },
    { header: 'Level', key: 'level', width: 8 },
    { header: 'Ratings', key: 'answered', width: 10 },
    { header: 'Target', key: 'target', width: 10 },
    { header: 'Gap to target', key: 'gap', width: 14 },
    { header: 'Benchmark percentile', key: 'percentile', width: 20 },
  ];
  const gaps = new Map(targetGaps(result, input.targets ?? null).map((g) => [g.id, g]));
  const percentiles = new Map((input.benchmark?.percentiles ?? []).map((p) => [p.id, p.percentile]));
  for (const d of result.maturity.dimensions) {
    dims.addRow({
      name: d.name,
      score: d.score,
      level: d.level,
      answered: d.answered,
      target: gaps.get(d.id)?.target ?? null,
      gap: gaps.get(d.id)?.gap ?? null,
      percentile: percentiles.get(d.id) ?? null,
    });
  }
  bold(dims);

  // Per question: a score only where at least k people rated it; otherwise said to be withheld.
  const questions = wb.addWorksheet('Questions');
  questions.columns = [
    { header: 'Dimension', key: 'dimension', width: 36 },
    { header: 'Question', key: 'question', width: 14 },
    { header: 'Score', key: 'score', width: 34 },
    { header: 'Ratings', key: 'ratings', width: 10 },
  ];
  for (const d of result.maturity.dimensions)
    for (const q of d.questionScores)
      questions.addRow({
        dimension: d.name,
        question: q.id,
        score: questionScoreText(q, results.disclosure.minGroupSize),
        ratings: q.ratings,
      });
  bold(questions);

  const roles = wb.addWorksheet('Role groups');
  const groups = results.analysis.byRole;
  roles.columns = [
    { header: 'Dimension', key: 'name', width: 36 },
    ...groups.map((g, i) => ({ header: ROLE_GROUP_NAME[g.role], key: `g${i}`, width: 18 })),
  ];
  for (const d of result.maturity.dimensions) {
    const row: Record<string, unknown> = { name: d.name };
    groups.forEach((g, i) => {
      row[`g${i}`] = g.dimensions.find((x) => x.id === d.id)?.score ?? null;
    });
    roles.addRow(row);
  }
  bold(roles);

  const fits = wb.addWorksheet('Model fit');
  fits.columns = [
    { header: 'Model', key: 'name', width: 24 },
    { header: 'Fit (0–100)', key: 'score', width: 12 },
    { header: 'Maturity needed', key: 'required', width: 16 },
    { header: 'Reasons', key: 'reasons', width: 90 },
  ];
  for (const f of result.pmo.fit)
    fits.addRow({ name: f.name, score: f.score, required: f.requiredLevel, reasons: f.reasons.join(' ') });
  bold(fits);

  const plan = wb.addWorksheet('Rollout');
  plan.columns = [
    { header: 'Phase', key: 'name', width: 28 },
    { header: 'Start week', key: 'start', width: 12 },
    { header: 'Weeks', key: 'weeks', width: 8 },
    { header: 'Activities', key: 'activities', width: 70 },
    { header: 'Milestones', key: 'milestones', width: 50 },
  ];
  for (const p of result.rollout.phases)
    plan.addRow({
      name: p.name,
      start: p.startWeek,
      weeks: p.durationWeeks,
      activities: p.activities.join('; '),
      milestones: p.milestones.join('; '),
    });
  bold(plan);

  const wins = wb.addWorksheet('Quick wins');
  wins.columns = [
    { header: 'Dimension', key: 'name', width: 36 },
    { header: 'Gap to target', key: 'gap', width: 14 },
    { header: 'Quick win', key: 'quickWin', width: 90 },
  ];
  for (const w of quickWinsByGap(result, input.targets ?? null)) wins.addRow(w);
  bold(wins);

  return new Uint8Array(await wb.xlsx.writeBuffer());
};
