/**
 * The engine's money thresholds (a programme's minimum spend, large projects, controls per million,
 * a controller's yearly cost) are written in euros. A spend given in another currency is placed
 * against them at these rough euro values of one unit (our approximation, late 2026; round 13 found
 * budgets in kroner read seven to twelve times too large). Costs, ceilings and shares stay in the
 * client's own currency: only the thresholds read the conversion. An unknown code reads as euros.
 */
const EUR_PER_UNIT: Readonly<Record<string, number>> = {
  EUR: 1,
  '€': 1,
  USD: 0.9,
  $: 0.9,
  GBP: 1.17,
  '£': 1.17,
  CHF: 1.06,
  SEK: 0.088,
  NOK: 0.086,
  DKK: 0.134,
  ISK: 0.0067,
  PLN: 0.23,
  CZK: 0.04,
  HUF: 0.0025,
  RON: 0.2,
  CAD: 0.66,
  AUD: 0.6,
  NZD: 0.55,
  JPY: 0.006,
  CNY: 0.125,
  INR: 0.0107,
  ZAR: 0.05,
  BRL: 0.16,
  MXN: 0.05,
  SGD: 0.68,
  HKD: 0.115,
  AED: 0.245,
  SAR: 0.24,
};

/** Euros per unit of the currency given with the rates (1 where none is given or it is unknown). */
export const eurPerUnit = (currency: string | undefined): number =>
  currency === undefined
    ? 1
    : (EUR_PER_UNIT[currency.trim().toUpperCase()] ?? EUR_PER_UNIT[currency.trim()] ?? 1);
