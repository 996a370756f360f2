import JSZip from 'jszip';
import { cellText, cleanText, headerFooterText, xmlText } from './text';

/**
 * A small SpreadsheetML (Office Open XML) writer: only what a results workbook needs. Cells are
 * numbers, text (inline strings) or dates (serial numbers with a date format); every sheet has a
 * bold, frozen header row repeated on each printed page, column widths, wrapped long columns and
 * an A4 page set-up that fits the columns to the width of the page.
 */

/** How a number shows. */
export type NumberFormat = 'general' | 'integer' | 'thousands' | 'decimal1' | 'score' | 'percent' | 'date';

/** A cell: null or undefined leaves it empty; a Date or an ISO day (with format 'date') is a date. */
export type CellValue = string | number | Date | null | undefined;
export interface Cell {
  value: CellValue;
  /** Overrides the column's format for this cell. */
  format?: NumberFormat;
}

export interface Column {
  header: string;
  /** In characters of the default font. */
  width: number;
  /** For the numbers in the column; text is unaffected. */
  format?: NumberFormat;
  /** Wraps long text within the column's width. */
  wrap?: boolean;
  /** Aligns every value left, numbers too (for a column that mixes text and figures). */
  left?: boolean;
}

export interface Sheet {
  /** At most 31 characters, none of []:*?/\ and unique in the workbook. */
  name: string;
  columns: Column[];
  rows: (CellValue | Cell)[][];
  /** Landscape pages; by default when the columns are wider than a portrait A4 page holds. */
  landscape?: boolean;
}

export interface WorkbookSpec {
  sheets: Sheet[];
  /** Shown in the document's properties and at the top of each printed page. */
  title: string;
  creator: string;
  /** YYYY-MM-DD: the document's creation date, and the date the zip entries carry. */
  created: string;
  /** BCP 47 tag of the text, recorded in the document's properties for spelling and search. */
  language?: string;
  /** The printed page number in the footer, "{page}" and "{pages}" standing for the page and the count. */
  pageLabel?: string;
}

/** The format codes, declared in styles.xml from id 164 on so any reader gets them exactly. */
export const FORMAT_CODES: Record<Exclude<NumberFormat, 'general'>, string> = {
  integer: '0',
  thousands: '#,##0',
  decimal1: '#,##0.0',
  score: '0.00',
  percent: '0%',
  date: 'yyyy-mm-dd',
};
const FORMATS = Object.keys(FORMAT_CODES) as Exclude<NumberFormat, 'general'>[];
const numFmtId = (f: NumberFormat) => (f === 'general' ? 0 : 164 + FORMATS.indexOf(f));

/** Characters a portrait A4 page holds across at the default font and the margins below. */
const PORTRAIT_WIDTH = 95;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Days since 1899-12-30: the 1900 date system as Excel and LibreOffice read it (from March 1900). */
const serialOf = (d: Date) => d.getTime() / 86_400_000 + 25_569;
const dayOf = (s: string): Date | null => {
  const m = ISO_DAY.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s ? null : d;
};

/** A, B, … Z, AA, … */
export const columnName = (index: number): string => {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
};

const checkName = (name: string, seen: Set<string>) => {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name) || name !== cleanText(name))
    throw new Error(`Not a sheet name Excel accepts: ${JSON.stringify(name)}`);
  if (seen.has(name.toLowerCase())) throw new Error(`Two sheets are named ${name}`);
  seen.add(name.toLowerCase());
};

/** The cell styles used, by key; index 0 is the default style every reader assumes. */
class Styles {
  private readonly keys: string[] = ['general||'];
  id(format: NumberFormat, bold: boolean, wrap: boolean, left: boolean): number {
    const key = `${format}|${bold ? 'b' : ''}|${wrap ? 'w' : ''}${left ? 'l' : ''}`;
    let i = this.keys.indexOf(key);
    if (i < 0) i = this.keys.push(key) - 1;
    return i;
  }
  xml(): string {
    const xfs = this.keys.map((key) => {
      const [format, bold, flags] = key.split('|') as [NumberFormat, string, string];
      const id = numFmtId(format);
      const align = `<alignment vertical="top"${flags.includes('l') ? ' horizontal="left"' : ''}${flags.includes('w') ? ' wrapText="1"' : ''}/>`;
      return (
        `<xf numFmtId="${id}" fontId="${bold ? 1 : 0}" fillId="${bold ? 2 : 0}" borderId="${bold ? 1 : 0}" xfId="0"` +
        `${id ? ' applyNumberFormat="1"' : ''}${bold ? ' applyFont="1" applyFill="1" applyBorder="1"' : ''} applyAlignment="1">${align}</xf>`
      );
    });
    const font = (b: boolean) =>
      `<font>${b ? '<b/>' : ''}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
    return (
      `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">` +
      `<numFmts count="${FORMATS.length}">${FORMATS.map((f) => `<numFmt numFmtId="${numFmtId(f)}" formatCode="${xmlText(FORMAT_CODES[f])}"/>`).join('')}</numFmts>` +
      `<fonts count="2">${font(false)}${font(true)}</fonts>` +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFE8ECF2"/><bgColor indexed="64"/></patternFill></fill></fills>' +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
      '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const cellXml = (ref: string, raw: CellValue | Cell, column: Column, styles: Styles): string => {
  const cell: Cell = raw !== null && typeof raw === 'object' && !(raw instanceof Date) ? raw : { value: raw };
  const format = cell.format ?? column.format ?? 'general';
  const wrap = column.wrap ?? false;
  const left = column.left ?? false;
  let value = cell.value;
  if (typeof value === 'string' && format === 'date') value = dayOf(value) ?? value;
  if (value instanceof Date) value = Number.isNaN(value.getTime()) ? null : serialOf(value);
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value)))
    return '';
  const s = styles.id(typeof value === 'number' ? format : 'general', false, wrap, left);
  const style = s ? ` s="${s}"` : '';
  return typeof value === 'number'
    ? `<c r="${ref}"${style}><v>${value}</v></c>`
    : `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${cellText(value)}</t></is></c>`;
};

const sheetXml = (sheet: Sheet, index: number, styles: Styles, title: string, page: string): string => {
  const { columns } = sheet;
  const last = columnName(Math.max(0, columns.length - 1));
  const header = styles.id('general', true, true, false);
  const rows = [
    `<row r="1">${columns.map((c, i) => `<c r="${columnName(i)}1" s="${header}" t="inlineStr"><is><t xml:space="preserve">${cellText(c.header)}</t></is></c>`).join('')}</row>`,
    ...sheet.rows.map((row, r) => {
      const n = r + 2;
      const cells = columns.map((c, i) => cellXml(`${columnName(i)}${n}`, row[i], c, styles)).join('');
      return `<row r="${n}">${cells}</row>`;
    }),
  ];
  const width = columns.reduce((a, c) => a + c.width, 0);
  const landscape = sheet.landscape ?? width > PORTRAIT_WIDTH;
  return (
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${last}${sheet.rows.length + 1}"/>` +
    `<sheetViews><sheetView${index === 0 ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    // An empty <cols> is not allowed.
    (columns.length
      ? `<cols>${columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('')}</cols>`
      : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    '<printOptions gridLines="1"/>' +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddHeader>${xmlText(`&L${headerFooterText(title)}`)}</oddHeader>` +
    `<oddFooter>${xmlText(`&L&A&R${page}`)}</oddFooter></headerFooter>` +
    '</worksheet>'
  );
};

/** The .xlsx bytes, deflated. */
export const writeXlsx = async (spec: WorkbookSpec): Promise<Uint8Array> => {
  const seen = new Set<string>();
  for (const s of spec.sheets) checkName(s.name, seen);
  if (spec.sheets.length === 0) throw new Error('A workbook needs a sheet');
  const styles = new Styles();
  // "&" starts a code in a footer: the label's own are doubled before the page codes go in.
  const page = headerFooterText(spec.pageLabel ?? 'Page {page} of {pages}', 60)
    .replace('{page}', '&P')
    .replace('{pages}', '&N');
  const sheets = spec.sheets.map((s, i) => sheetXml(s, i, styles, spec.title, page));
  const created = dayOf(spec.created);
  const n = spec.sheets.length;

  const parts: [string, string][] = [
    [
      '[Content_Types].xml',
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${XML_DECLARATION}<Relationships xmlns="${PKG_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
        `<Relationship Id="rId2" Type="${PKG_REL_NS}/metadata/core-properties" Target="docProps/core.xml"/>` +
        `<Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/>` +
        '</Relationships>',
    ],
    [
      'docProps/core.xml',
      `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<dc:title>${xmlText(spec.title)}</dc:title><dc:creator>${xmlText(spec.creator)}</dc:creator>` +
        (spec.language ? `<dc:language>${xmlText(spec.language)}</dc:language>` : '') +
        (created
          ? `<dcterms:created xsi:type="dcterms:W3CDTF">${created.toISOString().slice(0, 10)}T00:00:00Z</dcterms:created>`
          : '') +
        '</cp:coreProperties>',
    ],
    [
      'docProps/app.xml',
      `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
        '<Application>PMO Blueprint</Application></Properties>',
    ],
    [
      'xl/workbook.xml',
      `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
        '<bookViews><workbookView activeTab="0"/></bookViews>' +
        `<sheets>${spec.sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
        // The header row printed at the top of every page.
        `<definedNames>${spec.sheets.map((s, i) => `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`'${s.name.replace(/'/g, "''")}'!$1:$1`)}</definedName>`).join('')}</definedNames>` +
        '</workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_DECLARATION}<Relationships xmlns="${PKG_REL_NS}">` +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
        '</Relationships>',
    ],
    ...sheets.map((xml, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
    ['xl/styles.xml', styles.xml()],
  ];

  const zip = new JSZip();
  // Dated the day the workbook was prepared, so the same input gives the same bytes.
  // No folder entries: the zip library would stamp them with the current time, so the same input
  // would give other bytes across a two-second boundary (a package needs none).
  for (const [path, xml] of parts)
    zip.file(path, xml, { createFolders: false, ...(created ? { date: created } : {}) });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
};
