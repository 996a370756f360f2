import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { progressTowards, quickWinsByGap } from '../../../web/src/deliverables/gaps';
import { buildWorkbook } from '../../../web/src/deliverables/workbook';
import { deliverableInput } from './fixtures';

describe('the workbook', () => {
  it('reads back with the aggregated results, targets and role groups, and no names', async () => {
    const input = deliverableInput();
    const dimensions = input.results.result.maturity.dimensions.length;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildWorkbook(input)).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Dimensions',
      'Questions',
      'Role groups',
      'Model fit',
      'Rollout',
      'Quick wins',
    ]);
    expect(wb.getWorksheet('Summary')?.getCell('B2').value).toBe('Fabrikam Energy');
    const dims = wb.getWorksheet('Dimensions');
    expect(dims?.rowCount).toBe(dimensions + 1);
    const resources = dims
      ?.getRows(2, dimensions)
      ?.find((r) => String(r.getCell(1).value).startsWith('Resource'));
    expect(resources?.getCell(5).value).toBe(3);
    expect(wb.getWorksheet('Role groups')?.getRow(1).values).toContain('Executives');
    let text = '';
    wb.eachSheet((ws) =>
      ws.eachRow((r) => {
        text += JSON.stringify(r.values);
      }),
    );
    expect(text).not.toContain('Person');
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
