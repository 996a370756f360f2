import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../functions/lib/csv';

/** A strict RFC 4180 reader, to read back what the writer wrote. */
const parse = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const next = text[i + 1];
    if (quoted && ch === '"' && next === '"') {
      cell += '"';
      i += 2;
      continue;
    }
    if (quoted) {
      if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
      continue;
    } else cell += ch;
    i += 1;
  }
  return rows;
};

const FORMULA = /^[=+\-@\t\r]/;

describe('the one CSV writer (server exports and web downloads)', () => {
  it('reads back cell for cell; text a spreadsheet would run is defused; ";" and tabs are quoted', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { minLength: 1, maxLength: 5 }),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        (rows) => {
          const text = toCsv(rows);
          const back = parse(text);
          expect(back).toHaveLength(rows.length);
          for (const [r, row] of rows.entries())
            for (const [c, value] of row.entries()) {
              const cell = back[r]?.[c] as string;
              const expected = value === null ? '' : String(value);
              expect(cell).toBe(
                typeof value === 'string' && FORMULA.test(expected) ? `'${expected}` : expected,
              );
            }
          // Outside quotes, no separator a French or German spreadsheet would split on.
          expect(text.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/[;\t]/);
        },
      ),
    );
  });
});
