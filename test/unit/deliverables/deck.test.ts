import { describe, expect, it } from 'vitest';
import { progressTowards, quickWinsByGap } from '../../../web/src/deliverables/gaps';
import { buildWorkbook } from '../../../web/src/deliverables/workbook';
import { deliverableInput } from './fixtures';
import { readXlsx } from './xlsx-read';

describe('the workbook', () => {
  it('reads back with the aggregated results, targets and role groups, and no names', async () => {
    const input = deliverableInput();
    const dimensions = input.results.result.maturity.dimensions.length;
    const wb = await readXlsx(await buildWorkbook(input));
    expect(wb.sheetNames).toEqual([
      'Summary',
      'Dimensions',
      'Role groups',
      'Model fit',
      'Office services',
      'Expected returns',
      'KPIs',
      'Rollout',
      'Quick wins',
    ]);
    expect(wb.sheet('Summary').value('B2')).toBe('Fabrikam Energy');
    const dims = wb.sheet('Dimensions');
    expect(dims.rows).toBe(dimensions + 1);
    const resources = dims.table().find((r) => String(r[0]).startsWith('Resource'));
    expect(resources?.[4]).toBe(3);
    expect(wb.sheet('Role groups').table()[0]).toContain('Executives');
    const text = wb.sheetNames.map((n) => JSON.stringify(wb.sheet(n).table())).join('');
    expect(text).not.toContain('Person');
  });

  it('holds figures as numbers with their formats, a range as its minimum and maximum', async () => {
    const input = deliverableInput();
    const result = input.results.result;
    const wb = await readXlsx(await buildWorkbook(input));
    const summary = wb.sheet('Summary');
    const row = (label: string | RegExp) => {
      const r = summary
        .table()
        .findIndex((x) => (typeof label === 'string' ? x[0] === label : label.test(String(x[0]))));
      expect(r, String(label)).toBeGreaterThan(0);
      return { value: summary.cells.get(`B${r + 1}`), max: summary.cells.get(`C${r + 1}`) };
    };
    // Dates are serial days with a date format: 2026-11-22 is day 46348 since 1899-12-30.
    expect(row('Prepared on').value).toMatchObject({ type: 'n', value: 46348, format: 'yyyy-mm-dd' });
    expect(row('Targets to reach by').value).toMatchObject({ type: 'n', value: 46568, format: 'yyyy-mm-dd' });
    expect(row('Maturity score (1–5)').value).toMatchObject({
      type: 'n',
      value: result.maturity.overall,
      format: '0.00',
    });
    expect(row('Response rate').value).toMatchObject({
      type: 'n',
      value: input.results.coverage.rate,
      format: '0%',
    });
    expect(row(/^Submissions counted/).value).toMatchObject({ type: 'n', value: 6, format: '0' });
    // A range is two numeric cells, no "405000–616000" text.
    const cost = row(/^Annual cost \(EUR\)/);
    expect(cost.value).toMatchObject({ type: 'n', format: '#,##0' });
    expect(cost.max).toMatchObject({ type: 'n', format: '#,##0' });
    expect(cost.value?.value as number).toBeLessThan(cost.max?.value as number);
    const fte = row(/^Staffing \(FTE\)/);
    expect(fte.value).toMatchObject({ type: 'n', format: '#,##0.0' });
    expect(fte.max).toMatchObject({ type: 'n', format: '#,##0.0' });
    const values = summary.table().flatMap((r) => r.slice(1));
    expect(values.some((v) => typeof v === 'string' && /^[\d.,\s]+[–-][\d.,\s]+$/.test(v))).toBe(false);

    // Scores with two decimals.
    expect(wb.sheet('Dimensions').cells.get('B2')).toMatchObject({ type: 'n', format: '0.00' });
    expect(wb.sheet('Role groups').cells.get('B2')).toMatchObject({ type: 'n', format: '0.00' });
    expect(wb.sheet('Model fit').cells.get('B2')).toMatchObject({ type: 'n', format: '0' });
    expect(wb.sheet('Rollout').cells.get('B2')).toMatchObject({ type: 'n', format: '0' });
    expect(row(/^Batch size/).value).toMatchObject({ type: 'n', value: 3, format: '0' });
    // Every numeric-looking value is a number, never text.
    for (const name of wb.sheetNames)
      for (const cell of wb.sheet(name).cells.values())
        if (cell.type !== 'n') expect(String(cell.value), `${name}!${cell.ref}`).not.toMatch(/^-?[\d.,\s]+$/);
  });

  it('publishes no per-question figure and says on the summary why results stop at the dimension', async () => {
    const input = deliverableInput();
    const wb = await readXlsx(await buildWorkbook(input));
    expect(wb.sheetNames).not.toContain('Questions');
    const questions = input.results.result.maturity.dimensions.flatMap((d) =>
      d.questionScores.map((q) => q.id),
    );
    expect(questions.length).toBeGreaterThan(0);
    const texts = wb.sheetNames.flatMap((n) =>
      wb
        .sheet(n)
        .table()
        .flat()
        .filter((v): v is string => typeof v === 'string'),
    );
    for (const id of questions) expect(texts, id).not.toContain(id);
    expect(texts.join(' ')).not.toMatch(/withheld|not rated/);
    const note = wb
      .sheet('Summary')
      .table()
      .find((r) => r[0] === 'Results per question');
    expect(note?.[1]).toMatch(/^Team results are given per dimension only: .*how a few people answered\.$/);
  });

  it('has a bold frozen header row, wrapped long columns and an A4 print set-up', async () => {
    const wb = await readXlsx(await buildWorkbook(deliverableInput()));
    wb.sheetNames.forEach((name, i) => {
      const sheet = wb.sheet(name);
      expect(sheet.cells.get('A1'), name).toMatchObject({ bold: true, type: 'inlineStr' });
      const pane = sheet.xml.getElementsByTagName('pane')[0];
      expect(pane?.getAttribute('state')).toBe('frozen');
      expect(pane?.getAttribute('ySplit')).toBe('1');
      const setup = sheet.xml.getElementsByTagName('pageSetup')[0];
      expect(setup?.getAttribute('paperSize'), name).toBe('9');
      expect(setup?.getAttribute('fitToWidth')).toBe('1');
      expect(setup?.getAttribute('fitToHeight')).toBe('0');
      expect(sheet.xml.getElementsByTagName('pageSetUpPr')[0]?.getAttribute('fitToPage')).toBe('1');
      expect(sheet.xml.getElementsByTagName('printOptions')).toHaveLength(1);
      expect(wb.printTitles.get(i)).toBe(`'${name}'!$1:$1`);
      const widths = [...sheet.xml.getElementsByTagName('col')].map((c) => Number(c.getAttribute('width')));
      expect(widths.every((w) => w >= 8 && w <= 80)).toBe(true);
    });
    // Wide sheets print landscape, the summary portrait.
    const orientation = (name: string) =>
      wb.sheet(name).xml.getElementsByTagName('pageSetup')[0]?.getAttribute('orientation');
    expect(orientation('Summary')).toBe('portrait');
    expect(orientation('Rollout')).toBe('landscape');
    expect(orientation('Model fit')).toBe('landscape');
    // Long text wraps.
    expect(wb.sheet('Model fit').cells.get('D2')?.wrap).toBe(true);
    expect(wb.sheet('Rollout').cells.get('D2')?.wrap).toBe(true);
    expect(wb.sheet('Quick wins').cells.get('C2')?.wrap).toBe(true);
  });

  it('is a well-formed package: content types, relationships and properties for every part', async () => {
    const bytes = await buildWorkbook(deliverableInput());
    const wb = await readXlsx(bytes);
    const types = wb.parts.get('[Content_Types].xml') as Document;
    const overrides = [...types.getElementsByTagName('Override')].map((o) => o.getAttribute('PartName'));
    for (const part of wb.parts.keys())
      if (!part.endsWith('.rels') && part !== '[Content_Types].xml') expect(overrides).toContain(`/${part}`);
    expect(wb.parts.get('docProps/core.xml')?.getElementsByTagName('dc:creator')[0]?.textContent).toBe(
      'Lea Advisors',
    );
    // The same input gives the same bytes.
    expect(await buildWorkbook(deliverableInput())).toEqual(bytes);
    expect(bytes.byteLength).toBeLessThan(50_000);
  });
});

describe('quick wins by gap', () => {
  it('puts the widest gap to target first and drops reached targets', () => {
    const input = deliverableInput();
    const wins = quickWinsByGap(input.results.result, input.targets ?? null);
    expect(wins[0]?.id).toBe('resources');
    expect(wins.every((w) => w.gap === null || w.gap > 0)).toBe(true);
  });
});

describe('progress towards the baseline targets', () => {
  it('reports the share of each gap closed since the baseline', () => {
    const progress = progressTowards({ dimensions: { resources: 3, standards: 2 } }, [
      { id: 'resources', baseline: 1, current: 2 },
      { id: 'standards', baseline: 2.5, current: 2.4 },
      { id: 'tools', baseline: 1, current: 2 },
    ]);
    expect(progress).toEqual([
      { id: 'resources', target: 3, was: 1, now: 2, closed: 0.5 },
      { id: 'standards', target: 2, was: 2.5, now: 2.4, closed: 1 },
    ]);
  });
});
