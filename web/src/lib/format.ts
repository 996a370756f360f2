/** One place for dates and numbers, through Intl, in the reader's locale (British English by default). */
const LOCALE = typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-GB';

const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric' });
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const score = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const signedScore = new Intl.NumberFormat(LOCALE, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  signDisplay: 'exceptZero',
});
const signedInteger = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });

/** "3 Feb 2027" from an ISO date or timestamp; the dash when absent. */
export const formatDate = (iso: string | null | undefined): string => {
  if (!iso) return '–';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
};
export const formatInteger = (n: number): string => integer.format(n);
/** A 1–5 score with two decimals. */
export const formatScore = (n: number | null | undefined): string => (n == null ? '–' : score.format(n));
/** A 0–1 share as a whole percentage. */
export const formatPercent = (share: number): string => percent.format(share);
export const formatSignedScore = (n: number | null | undefined): string =>
  n == null ? '–' : signedScore.format(n);
export const formatSignedInteger = (n: number): string => signedInteger.format(n);
/** "1 question", "3 questions". */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${integer.format(n)} ${n === 1 ? one : many}`;
