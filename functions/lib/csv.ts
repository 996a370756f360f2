/**
 * The one CSV writer, for the server's exports and the web's downloads alike: RFC 4180 (CRLF line
 * ends, quotes doubled), cells that a spreadsheet would run as a formula defused with a leading
 * single quote, and semicolons and tabs quoted too, since spreadsheets set to French or German split
 * cells on ";". Pure, with no imports: both sides can use it.
 */

/** Cells a spreadsheet would read as a formula (or as the start of one) when they open with these. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\t\r\n]/;

export type CsvValue = string | number | boolean | null | undefined;

/** One cell: numbers as they are, text defused and quoted when needed, nothing as an empty cell. */
export const csvCell = (value: CsvValue): string => {
  const raw = value === null || value === undefined ? '' : String(value);
  const safe = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** Rows as CSV: a header row first, CRLF after every row. */
export const toCsv = (rows: readonly (readonly CsvValue[])[]): string =>
  `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
