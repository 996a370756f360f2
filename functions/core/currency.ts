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
  // Round 17: a budget in Kenyan shillings read as euros gave an office three times too large.
  BGN: 0.511,
  RSD: 0.0085,
  UAH: 0.022,
  TRY: 0.022,
  ILS: 0.25,
  EGP: 0.018,
  MAD: 0.093,
  TND: 0.3,
  NGN: 0.00059,
  GHS: 0.06,
  KES: 0.0071,
  TZS: 0.00034,
  UGX: 0.00025,
  RWF: 0.00065,
  ETB: 0.0067,
  ZMW: 0.033,
  BWP: 0.067,
  NAD: 0.05,
  MUR: 0.019,
  XOF: 0.001524,
  XAF: 0.001524,
  QAR: 0.245,
  KWD: 2.95,
  BHD: 2.4,
  OMR: 2.35,
  JOD: 1.27,
  PKR: 0.0031,
  BDT: 0.0074,
  LKR: 0.0029,
  NPR: 0.0067,
  KRW: 0.00065,
  TWD: 0.029,
  THB: 0.026,
  MYR: 0.2,
  IDR: 0.000054,
  PHP: 0.0154,
  VND: 0.0000345,
  CLP: 0.00095,
  COP: 0.00022,
  PEN: 0.24,
  ARS: 0.00077,
  UYU: 0.022,
};

/** A currency the engine can place against its euro thresholds (none given reads as euros). */
export const knownCurrency = (currency: string | undefined): boolean =>
  currency === undefined ||
  EUR_PER_UNIT[currency.trim().toUpperCase()] !== undefined ||
  EUR_PER_UNIT[currency.trim()] !== undefined;

/** Euros per unit of the currency given with the rates (1 where none is given or it is unknown). */
export const eurPerUnit = (currency: string | undefined): number =>
  currency === undefined
    ? 1
    : (EUR_PER_UNIT[currency.trim().toUpperCase()] ?? EUR_PER_UNIT[currency.trim()] ?? 1);
