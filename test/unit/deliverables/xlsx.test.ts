import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../web/src/deliverables/workbook';
import { cleanText, MAX_CELL_CHARS } from '../../../web/src/deliverables/xlsx/text';
import { columnName, writeXlsx } from '../../../web/src/deliverables/xlsx/write';
import { runs } from '../../support/sample';
import { deliverableInput } from './fixtures';
import { readXlsx } from './xlsx-read';

/** What XML 1.0 allows in a document (the Char production), as a test independent of the writer. */
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** Strings with what breaks XML most often: markup, entities, controls, lone surrogates, emoji, Excel escapes. */
const nasty = fc.oneof(
  fc.constantFrom('<', '>', '&', '"', "'", '&amp;', ']]>', '<![CDATA[', '\0', '\u0001', '\u0008', '\u000B'),
  fc.constantFrom(
    '\u000C',
    '\u001F',
    '\r',
    '\r\n',
    '\t',
    '\uFFFE',
    '\uFFFF',
    '\uD800',
    '\uDFFF',
    '😀',
    '👩🏽‍💻',
  ),
  fc.constantFrom('_x0041_', '_x005F_', '_xD83D_', ' ', 'é', 'ß', '–', '\u2028', '\u0085', '\u007F'),
);
const arbitraryText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: nasty, maxLength: 20 }),
  fc.string({ unit: fc.oneof(nasty, fc.string({ unit: 'grapheme', maxLength: 2 })), maxLength: 30 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 30 }),
);

const oneCell = (text: string) =>
  writeXlsx({
    sheets: [
      { name: 'Text', columns: [{ header: text, width: 20, wrap: true }], rows: [[text], [{ value: text }]] },
    ],
    title: text,
    creator: text,
    created: '2026-11-22',
  });

/**
 * Texts the XML property writes and reads back: a sample in `npm test`, three times as many in
 * `npm run reliability` (PMO_FULL_MATRIX), where time is no object.
 */
const TEXT_RUNS = process.env.PMO_FULL_MATRIX ? 300 : 100;

describe('the xlsx writer', () => {
  it('never writes malformed XML, and text reads back as written or cleaned of what XML cannot hold', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryText, async (text) => {
        const wb = await readXlsx(await oneCell(text)); // throws on any malformed part
        const sheet = wb.sheet('Text');
        const expected = cleanText(text);
        for (const ref of ['A1', 'A2', 'A3']) {
          const read = sheet.value(ref);
          if (expected === '') expect(read ?? '').toBe('');
          else expect(read).toBe(expected);
        }
        // What was cleaned is exactly what XML 1.0 cannot carry (and a CR, which becomes a line feed).
        expect(XML_CHARS.test(expected)).toBe(true);
        if (XML_CHARS.test(text) && !text.includes('\r')) expect(expected).toBe(text);
        expect(wb.parts.get('docProps/core.xml')?.getElementsByTagName('dc:title')[0]?.textContent).toBe(
          expected,
        );
      }),
      { numRuns: TEXT_RUNS },
    );
  });

  it('takes any client, firm and figures into a readable workbook', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryText, arbitraryText, fc.double(), async (client, firm, score) => {
        const input = deliverableInput();
        input.clientName = client;
        input.branding = { firmName: firm, accent: '#1d4ed8', logo: null, updatedAt: null };
        input.results.result.maturity.overall = score;
        const wb = await readXlsx(await buildWorkbook(input));
        const summary = wb.sheet('Summary');
        expect(summary.value('B2') ?? '').toBe(cleanText(client));
        // A finite number is written as it is; NaN and infinities leave the cell empty.
        const row = summary.table().findIndex((r) => r[0] === 'Maturity score (1–5)') + 1;
        expect(summary.value(`B${row}`)).toBe(
          Number.isFinite(score) ? (Object.is(score, -0) ? 0 : score) : undefined,
        );
      }),
      { numRuns: runs(40) },
    );
  });

  it('cuts text at the cell limit without splitting a character', async () => {
    const long = `${'a'.repeat(MAX_CELL_CHARS - 1)}😀tail`;
    const read = (await readXlsx(await oneCell(long))).sheet('Text').value('A2') as string;
    expect(read).toHaveLength(MAX_CELL_CHARS - 1);
    expect(XML_CHARS.test(read)).toBe(true);
  });

  it('writes dates as serial days and refuses sheet names a spreadsheet would not open', async () => {
    const wb = await readXlsx(
      await writeXlsx({
        sheets: [
          {
            name: 'Dates',
            columns: [{ header: 'Day', width: 12, format: 'date' }],
            rows: [
              ['1900-03-01'],
              ['2026-11-22'],
              [new Date(Date.UTC(2000, 0, 1))],
              ['2026-02-30'],
              ['soon'],
            ],
          },
        ],
        title: 't',
        creator: 'c',
        created: '2026-11-22',
      }),
    );
    const days = wb
      .sheet('Dates')
      .table()
      .slice(1)
      .map((r) => r[0]);
    expect(days).toEqual([61, 46348, 36526, '2026-02-30', 'soon']);
    expect(wb.sheet('Dates').cells.get('A2')?.format).toBe('yyyy-mm-dd');
    const named = (name: string) =>
      writeXlsx({ sheets: [{ name, columns: [], rows: [] }], title: 't', creator: 'c', created: '' });
    for (const name of ['', 'a/b', 'a[1]', 'x'.repeat(32), "'quoted'", 'tab\u0001'])
      await expect(named(name)).rejects.toThrow();
    await expect(named('R&D <2026>')).resolves.toBeInstanceOf(Uint8Array);
    await expect(
      writeXlsx({
        sheets: [
          { name: 'Same', columns: [], rows: [] },
          { name: 'same', columns: [], rows: [] },
        ],
        title: 't',
        creator: 'c',
        created: '',
      }),
    ).rejects.toThrow();
  });

  it('names columns past Z as a spreadsheet does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
