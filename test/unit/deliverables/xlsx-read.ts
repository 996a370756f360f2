import { createRequire } from 'node:module';
import JSZip from 'jszip';

/**
 * Reads a .xlsx back the way a spreadsheet application would, without the writer's code: every XML
 * part parsed by a strict XML parser (a malformed part throws), sheets by name through the
 * workbook's relationships, cells with their type, value and number format.
 */

// jsdom's XML parser is strict (it rejects what XML 1.0 forbids); jsdom ships no types of its own.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } };
};
const { DOMParser: XmlParser } = new JSDOM('').window;

/** Parses strictly: throws on anything not well-formed XML 1.0. */
export const parseXml = (xml: string, part = 'part'): Document => {
  const doc = new XmlParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`${part} is not well-formed XML: ${error.textContent}`);
  return doc;
};

const children = (el: Element | Document, name: string) => [...el.getElementsByTagName(name)];

/** Excel's reading of "_xHHHH_" in a string. */
const unescapeOoxml = (s: string) =>
  s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

export interface ReadCell {
  ref: string;
  /** 'n' for a number, 'inlineStr' or 's' for text. */
  type: string;
  value: string | number;
  /** The format code applied through the cell's style, 'General' when none. */
  format: string;
  bold: boolean;
  wrap: boolean;
}

export interface ReadSheet {
  name: string;
  xml: Document;
  rows: number;
  cells: Map<string, ReadCell>;
  /** The cell's value, undefined when empty. */
  value: (ref: string) => string | number | undefined;
  /** Every row's values by column letter order, the header first. */
  table: () => (string | number | undefined)[][];
}

export interface ReadWorkbook {
  parts: Map<string, Document>;
  sheetNames: string[];
  sheet: (name: string) => ReadSheet;
  /** Print titles by sheet index, from the workbook's defined names. */
  printTitles: Map<number, string>;
}

const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  14: 'mm-dd-yy',
};

export const readXlsx = async (bytes: Uint8Array | Buffer): Promise<ReadWorkbook> => {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Document>();
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/.test(file.name)) continue;
    parts.set(file.name, parseXml(await file.async('string'), file.name));
  }
  const part = (name: string) => {
    const doc = parts.get(name);
    if (!doc) throw new Error(`missing part ${name}`);
    return doc;
  };
  const rootRel = children(part('_rels/.rels'), 'Relationship').find((r) =>
    r.getAttribute('Type')?.endsWith('/officeDocument'),
  );
  const workbookPath = rootRel?.getAttribute('Target') ?? '';
  const workbook = part(workbookPath);
  const base = workbookPath.replace(/[^/]*$/, '');
  const rels = new Map(
    children(part(`${base}_rels/${workbookPath.slice(base.length)}.rels`), 'Relationship').map((r) => [
      r.getAttribute('Id'),
      `${base}${r.getAttribute('Target')}`,
    ]),
  );

  const styles = part(`${base}styles.xml`);
  const numFmts = new Map(
    children(styles, 'numFmt').map((f) => [
      Number(f.getAttribute('numFmtId')),
      f.getAttribute('formatCode') ?? '',
    ]),
  );
  const fonts = children(children(styles, 'fonts')[0] as Element, 'font');
  const xfs = children(children(styles, 'cellXfs')[0] as Element, 'xf').map((xf) => {
    const id = Number(xf.getAttribute('numFmtId') ?? 0);
    return {
      format: numFmts.get(id) ?? BUILTIN_FORMATS[id] ?? `builtin ${id}`,
      bold: children(fonts[Number(xf.getAttribute('fontId') ?? 0)] as Element, 'b').length > 0,
      wrap: xf.getElementsByTagName('alignment')[0]?.getAttribute('wrapText') === '1',
    };
  });
  const shared = parts.has(`${base}sharedStrings.xml`)
    ? children(part(`${base}sharedStrings.xml`), 'si').map((si) =>
        children(si, 't')
          .map((t) => t.textContent)
          .join(''),
      )
    : [];

  const sheetEls = children(workbook, 'sheet');
  const sheetNames = sheetEls.map((s) => s.getAttribute('name') ?? '');
  const sheet = (name: string): ReadSheet => {
    const el = sheetEls.find((s) => s.getAttribute('name') === name);
    if (!el) throw new Error(`no sheet ${name}`);
    const path = rels.get(el.getAttribute('r:id'));
    const xml = part(path ?? '');
    const cells = new Map<string, ReadCell>();
    for (const c of children(xml, 'c')) {
      const type = c.getAttribute('t') ?? 'n';
      const style = xfs[Number(c.getAttribute('s') ?? 0)] ?? { format: 'General', bold: false, wrap: false };
      const v = c.getElementsByTagName('v')[0]?.textContent ?? '';
      const value =
        type === 'inlineStr'
          ? unescapeOoxml(
              children(c, 't')
                .map((t) => t.textContent)
                .join(''),
            )
          : type === 's'
            ? unescapeOoxml(shared[Number(v)] ?? '')
            : type === 'n'
              ? Number(v)
              : v;
      cells.set(c.getAttribute('r') ?? '', { ref: c.getAttribute('r') ?? '', type, value, ...style });
    }
    const rows = children(xml, 'row').length;
    const width = children(xml, 'col').length;
    const letters = Array.from({ length: width }, (_, i) => String.fromCharCode(65 + i));
    return {
      name,
      xml,
      rows,
      cells,
      value: (ref) => cells.get(ref)?.value,
      table: () =>
        Array.from({ length: rows }, (_, r) => letters.map((l) => cells.get(`${l}${r + 1}`)?.value)),
    };
  };
  const printTitles = new Map(
    children(workbook, 'definedName')
      .filter((d) => d.getAttribute('name') === '_xlnm.Print_Titles')
      .map((d) => [Number(d.getAttribute('localSheetId')), d.textContent ?? '']),
  );
  return { parts, sheetNames, sheet, printTitles };
};
