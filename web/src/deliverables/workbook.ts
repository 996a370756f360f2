import { interpolate, type Params } from '../../../functions/i18n/format';
import type { Language } from '../../../functions/i18n/languages';
import { WORKBOOK_DE } from '../i18n/workbook-de';
import { WORKBOOK_EN, type WorkbookCatalogue, type WorkbookKey } from '../i18n/workbook-en';
import { WORKBOOK_FR } from '../i18n/workbook-fr';
import { editionTextsFor } from './edition-texts';
import { quickWinsByGap, targetGaps } from './gaps';
import { businessCaseOf, type DeliverableInput } from './input';
import { officeSheets } from './office-sheets';
import { pricedReturns, shapeWords } from './slides/office';
import { capital, sayIn } from './slides/say';
import { type Cell, type Sheet, writeXlsx } from './xlsx/write';

const CATALOGUES: Record<Language, WorkbookCatalogue> = { en: WORKBOOK_EN, fr: WORKBOOK_FR, de: WORKBOOK_DE };

/** The locale recorded in the document's properties. */
const TAGS: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

/**
 * The aggregated results as an Excel workbook, in the reader's language: summary, dimensions (with
 * targets and benchmark), role groups (only those the anonymity rules show), the fits, the rollout
 * plan and quick wins. No per-person row anywhere, and no per-question figure: a question's mean
 * beside its dimension's could give away a few people's ratings, so the summary says why results
 * stop at the dimension. Figures are numbers with their formats (a range is two numbers, its
 * minimum and maximum) and dates are date cells, so the spreadsheet application shows them in the
 * reader's own conventions and a client can sort, sum and chart them; no number is written as text.
 * Each sheet prints on A4, fitted to the page's width with its header row repeated. Pure: returns
 * the .xlsx bytes.
 */
export const buildWorkbook = async (input: DeliverableInput): Promise<Uint8Array> => {
  const language = input.language ?? 'en';
  const catalogue = CATALOGUES[language];
  const t = (key: WorkbookKey, params?: Params) =>
    interpolate({ language, catalogue }, catalogue[key], params);
  // Role groups, models and sourcing are named as the deck names them.
  const deck = sayIn(language);
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
  const { pmo } = result;
  const verdict =
    pmo.needed && pmo.model
      ? t(pmo.sourcing ? 'summary.verdict' : 'summary.verdictNoSourcing', {
          model: deck.t(`model.${pmo.model}`),
          control: deck.t(`modelControl.${pmo.model}`),
          sourcing: pmo.sourcing ? deck.t(`sourcing.${pmo.sourcing}`) : '',
        })
      : t('summary.verdictNone');
  const summary: Sheet = {
    name: t('sheet.summary'),
    columns: [
      { header: t('summary.item'), width: 36, wrap: true },
      { header: t('summary.value'), width: 44, wrap: true, left: true },
      { header: t('summary.upTo'), width: 14, left: true },
    ],
    rows: [
      item(t('summary.client'), input.clientName),
      item(t('summary.preparedOn'), input.preparedOn, 'date'),
      item(t('summary.preparedBy'), input.branding?.firmName ?? ''),
      item(t('summary.recommendation'), verdict),
      item(t('summary.shape'), capital(shapeWords(deck, pmo))),
      item(t('summary.level'), result.maturity.level, 'integer'),
      item(t('summary.score'), result.maturity.overall, 'score'),
      item(t('summary.need'), pmo.need.score, 'integer'),
      item(t('summary.submissions'), results.coverage.submitted, 'integer'),
      item(t('summary.batch'), k, 'integer'),
      item(t('summary.invited'), results.coverage.invited, 'integer'),
      item(t('summary.rate'), results.coverage.rate, 'percent'),
      // The respondent set: what the consultant did to the list of people asked, for the client to check.
      ...(results.respondentSet
        ? [
            item(t('summary.invitations'), results.respondentSet.invitations, 'integer'),
            item(t('summary.live'), results.respondentSet.live, 'integer'),
            item(t('summary.revoked'), results.respondentSet.revoked, 'integer'),
            item(t('summary.removed'), results.respondentSet.removed, 'integer'),
            item(t('summary.reissued'), results.respondentSet.reissued, 'integer'),
          ]
        : []),
      ...(input.targets?.date ? [item(t('summary.targetsBy'), input.targets.date, 'date')] : []),
      ...(result.rollout.totalWeeks !== null
        ? [item(t('summary.rolloutWeeks'), result.rollout.totalWeeks, 'integer')]
        : []),
      ...(bc.staffing ? [range(t('summary.staffing'), bc.staffing.fte, 'decimal1')] : []),
      ...(pmo.staffing?.hoursPerWeek
        ? [range(t('summary.hours'), pmo.staffing.hoursPerWeek, 'decimal1')]
        : []),
      ...(pmo.cost
        ? [
            item(t('summary.currency'), pmo.cost.currency),
            range(t('summary.cost', { currency: pmo.cost.currency }), pmo.cost.annual, 'thousands'),
            range(
              t('summary.oneOff', { currency: pmo.cost.currency }),
              pmo.cost.oneOff ?? { min: 0, max: 0 },
              'thousands',
            ),
            ...(pricedReturns(pmo)
              ? [
                  range(
                    t('summary.returns', { currency: pmo.cost.currency }),
                    pricedReturns(pmo) as { min: number; max: number },
                    'thousands',
                  ),
                ]
              : []),
          ]
        : []),
      item(t('summary.perQuestion'), t('summary.perQuestionNote')),
    ],
    landscape: false,
  };

  const gaps = new Map(targetGaps(result, input.targets ?? null).map((g) => [g.id, g]));
  const percentiles = new Map((input.benchmark?.percentiles ?? []).map((p) => [p.id, p.percentile]));
  const dimensions: Sheet = {
    name: t('sheet.dimensions'),
    columns: [
      { header: t('col.dimension'), width: 34, wrap: true },
      { header: t('col.score'), width: 10, format: 'score', wrap: true },
      { header: t('col.level'), width: 8, format: 'integer', wrap: true },
      { header: t('col.ratings'), width: 11, format: 'integer', wrap: true },
      { header: t('col.target'), width: 10, format: 'integer', wrap: true },
      { header: t('col.gap'), width: 11, format: 'score', wrap: true },
      { header: t('col.percentile'), width: 12, format: 'integer', wrap: true },
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

  const groups = results.analysis.byRole;
  const roles: Sheet = {
    name: t('sheet.roles'),
    columns: [
      { header: t('col.dimension'), width: 34, wrap: true },
      ...groups.map((g) => ({
        header: deck.t(`roleGroup.${g.role}`),
        width: 14,
        format: 'score' as const,
        wrap: true,
      })),
    ],
    rows: result.maturity.dimensions.map((d) => [
      d.name,
      ...groups.map((g) => g.dimensions.find((x) => x.id === d.id)?.score),
    ]),
  };

  const fits: Sheet = {
    name: t('sheet.fit'),
    columns: [
      { header: t('col.model'), width: 22, wrap: true },
      { header: t('col.fit'), width: 12, format: 'integer', wrap: true },
      { header: t('col.levelNeeded'), width: 12, format: 'integer', wrap: true },
      { header: t('col.reasons'), width: 80, wrap: true },
    ],
    rows: pmo.fit.map((f) => [f.name, f.score, f.requiredLevel, f.reasons.join('\n')]),
  };

  const plan: Sheet = {
    name: t('sheet.rollout'),
    columns: [
      { header: t('col.phase'), width: 24, wrap: true },
      { header: t('col.startWeek'), width: 10, format: 'integer', wrap: true },
      { header: t('col.weeks'), width: 10, format: 'integer', wrap: true },
      { header: t('col.activities'), width: 60, wrap: true },
      { header: t('col.milestones'), width: 44, wrap: true },
    ],
    rows: (result.rollout.phases ?? []).map((p) => [
      p.name,
      p.startWeek,
      p.durationWeeks,
      p.activities.join('\n'),
      p.milestones.join('\n'),
    ]),
  };

  // The quick wins' names as the results give them, their wording from the edition in the reader's language.
  const edition = await editionTextsFor(language);
  const names = new Map(result.maturity.dimensions.map((d) => [d.id, d.name]));
  const wins: Sheet = {
    name: t('sheet.wins'),
    columns: [
      { header: t('col.dimension'), width: 30, wrap: true },
      { header: t('col.gap'), width: 11, format: 'score', wrap: true },
      { header: t('col.quickWin'), width: 54, wrap: true },
    ],
    rows: quickWinsByGap(result, input.targets ?? null).map((w) => [
      names.get(w.id) ?? edition?.dimensions[w.id]?.name ?? w.name,
      w.gap,
      edition?.dimensions[w.id]?.quickWin ?? w.quickWin,
    ]),
  };

  return writeXlsx({
    sheets: [summary, dimensions, roles, fits, ...officeSheets(pmo, t, deck), plan, wins],
    title: t('doc.title', { client: input.clientName }),
    creator: input.branding?.firmName ?? 'PMO Blueprint',
    created: input.preparedOn,
    language: TAGS[language],
    pageLabel: t('doc.page', { page: '{page}', pages: '{pages}' }),
  });
};
