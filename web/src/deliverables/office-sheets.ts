import type { Params } from '../../../functions/i18n/format';
import type { WorkbookKey } from '../i18n/workbook-en';
import type { DeliverableInput } from './input';
import type { Say } from './slides/say';
import type { Sheet } from './xlsx/write';

type Pmo = DeliverableInput['results']['result']['pmo'];
type T = (key: WorkbookKey, params?: Params) => string;

/**
 * Edition 3's sheets: the office's services (driver, units, hours a week and FTE, why, source; their
 * sum is the staffing), the expected returns beside the cost, the KPIs with their kind, unit and
 * absolute target, and the stakeholders' expectations answered or not. A sheet with no rows is left
 * out, so a result without them keeps the workbook it had.
 */
export const officeSheets = (pmo: Pmo, t: T, deck: Say): Sheet[] => {
  const currency = pmo.cost?.currency ?? '';
  const services: Sheet = {
    name: t('sheet.services'),
    columns: [
      { header: t('col.service'), width: 30, wrap: true },
      { header: t('col.driver'), width: 20, wrap: true },
      { header: t('col.units'), width: 9, format: 'decimal1', wrap: true },
      { header: t('col.hoursPerWeek'), width: 11, format: 'decimal1', wrap: true },
      { header: t('col.fte'), width: 8, format: 'score', wrap: true },
      { header: t('col.why'), width: 40, wrap: true },
      { header: t('col.source'), width: 30, wrap: true },
    ],
    rows: (pmo.services ?? []).map((s) => [
      s.name,
      deck.t(`office.driverName.${s.driver}`),
      s.units,
      s.hoursPerWeek,
      s.fte,
      [s.chosenFor.map((r) => deck.t(`reason.${r}`)).join(', '), ...s.reasons].filter(Boolean).join('\n'),
      s.source,
    ]),
  };
  const returns: Sheet = {
    name: t('sheet.returns'),
    columns: [
      { header: t('col.benefit'), width: 30, wrap: true },
      { header: t('col.valueFrom', { currency }), width: 14, format: 'thousands', wrap: true },
      { header: t('col.valueTo', { currency }), width: 14, format: 'thousands', wrap: true },
      { header: t('col.assumption'), width: 60, wrap: true },
    ],
    rows: (pmo.returns ?? []).map((r) =>
      r.annual
        ? [r.benefit, r.annual.min, r.annual.max, r.assumption]
        : [r.benefit, t('col.notPriced'), null, r.assumption],
    ),
  };
  const kpis: Sheet = {
    name: t('sheet.kpis'),
    columns: [
      { header: t('col.kpi'), width: 28, wrap: true },
      { header: t('col.kind'), width: 12, wrap: true },
      { header: t('col.measure'), width: 44, wrap: true },
      { header: t('col.baseline'), width: 11, format: 'decimal1', wrap: true },
      { header: t('col.kpiTarget'), width: 11, format: 'decimal1', wrap: true },
      { header: t('col.unit'), width: 10, wrap: true },
    ],
    rows: pmo.kpis.map((k) => [
      k.name,
      k.kind ? deck.t(`business.kind.${k.kind}`) : null,
      k.measure,
      k.baseline,
      k.target,
      k.unit ?? null,
    ]),
  };
  const expectations: Sheet = {
    name: t('sheet.expectations'),
    columns: [
      { header: t('col.service'), width: 30, wrap: true },
      { header: t('col.share'), width: 12, format: 'percent', wrap: true },
      { header: t('col.answered'), width: 11, wrap: true },
      { header: t('col.because'), width: 56, wrap: true },
    ],
    rows: (pmo.expectations ?? []).map((e) => [
      e.label,
      e.share,
      t(e.answered ? 'col.yes' : 'col.no'),
      e.because,
    ]),
  };
  return [services, returns, kpis, expectations].filter((s) => s.rows.length > 0);
};
