import { saveBlob } from './save-file';

export { csvCell, toCsv } from '../../../functions/lib/csv';

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
