import { saveBlob } from './save-file';

/** Cells a spreadsheet would read as a formula (or as the start of one) when they open with these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a leading single quote keeps a spreadsheet from running text that starts like a
 * formula, and quoting follows RFC 4180 (quotes doubled; commas, semicolons, tabs, quotes and line breaks enclosed).
 */
export const csvCell = (value: string | null | undefined): string => {
  const raw = value ?? '';
  const safe = FORMULA_START.test(raw) ? `'${raw}` : raw;
  // Semicolons and tabs too: spreadsheets set to French or German split cells on ";".
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** Rows as RFC 4180 CSV: CRLF line ends, a header row first. */
export const toCsv = (rows: readonly (readonly (string | null | undefined)[])[]): string =>
  `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** Offers text as a file download (the UTF-8 byte-order mark lets spreadsheets read accents right). */
export const saveTextFile = (text: string, filename: string, type = 'text/csv;charset=utf-8'): void =>
  saveBlob(new Blob([`\uFEFF${text}`], { type }), filename);

/** A file-name-safe slug: "Northwind Logistics" → "northwind-logistics". */
export const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'assessment';
