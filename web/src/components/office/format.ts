import type { Result } from '../../api/client';
import { num, t } from '../../i18n';
import '../../i18n/office';

type Range = { min: number; max: number };
type Pmo = Result['pmo'];

/** Hours a week as people say them: one decimal below ten, whole hours above. */
export const hoursText = (h: number): string => num(h < 10 ? Math.round(h * 10) / 10 : Math.round(h));

/** Full-time equivalents to two decimals at most (0.35, 1.2, 3). */
export const fteText = (f: number): string => num(Math.round(f * 100) / 100);

const rangeOf = (r: Range, say: (n: number) => string) =>
  r.min === r.max ? say(r.min) : `${say(r.min)}–${say(r.max)}`;

/** An amount or a range of amounts in whole units, with its currency. */
export const moneyText = (r: Range, currency: string): string =>
  t('office.money', { range: rangeOf(r, (n) => num(Math.round(n))), currency });

/** The staffing: hours a week below half a person (edition 3), else full-time equivalents. */
export const staffingText = (staffing: NonNullable<Pmo['staffing']>): string =>
  staffing.hoursPerWeek
    ? t('office.hoursRange', {
        min: hoursText(staffing.hoursPerWeek.min),
        max: hoursText(staffing.hoursPerWeek.max),
      })
    : t('office.fteRange', { min: fteText(staffing.fte.min), max: fteText(staffing.fte.max) });

/** A service's effort: hours a week when under half a person, else FTE. */
export const effortText = (s: { hoursPerWeek: number; fte: number }): string =>
  s.fte < 0.5
    ? t('office.hours', { hours: hoursText(s.hoursPerWeek) })
    : t('office.fte', { fte: fteText(s.fte) });

/**
 * A direction only: on insufficient evidence the result has no staffing, no cost and no plan
 * (edition 3), whatever else it says.
 */
export const isDirectionOnly = (result: Result): boolean =>
  result.evidence.status === 'insufficient' || result.rollout.phases === null;

/** The office's shape in words; "No office" for a result from before shapes existed. */
export const shapeName = (pmo: Pmo): string => t(`office.shape.${pmo.shape ?? 'none'}`);
export const shapeMeaning = (pmo: Pmo): string => t(`office.shapeMeaning.${pmo.shape ?? 'none'}`);

/** The sum of the priced returns, or null when none is priced. */
export const pricedReturns = (pmo: Pmo): Range | null => {
  const priced = (pmo.returns ?? []).flatMap((r) => (r.annual ? [r.annual] : []));
  return priced.length === 0
    ? null
    : priced.reduce((sum, r) => ({ min: sum.min + r.min, max: sum.max + r.max }), { min: 0, max: 0 });
};
