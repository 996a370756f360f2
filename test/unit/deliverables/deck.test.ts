import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDeck, DECK_SLIDES } from '../../../web/src/deliverables/deck';
import { progressTowards, quickWinsByGap } from '../../../web/src/deliverables/gaps';
import { buildWorkbook } from '../../../web/src/deliverables/workbook';
import { deliverableInput } from './fixtures';

describe('the deck', () => {
  it('is a .pptx of native slides with the client name, the chart, the fits and the timeline', async () => {
    const bytes = await buildDeck(deliverableInput());
    const zip = await JSZip.loadAsync(bytes);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(DECK_SLIDES);
    const xml = await Promise.all(slides.map((f) => zip.file(f)?.async('string') ?? ''));
    const all = xml.join('\n');
    expect(all).toContain('Fabrikam Energy');
    expect(all).toContain('Lea Advisors');
    expect(all).toContain('Executive summary');
    expect(all).toContain('Rollout plan');
    expect(all).toContain('Gap to target');
    expect(Object.keys(zip.files).some((f) => f.startsWith('ppt/charts/chart'))).toBe(true);
    // Editable: shapes and text, no pictures (no logo was given).
    expect(Object.values(zip.files).some((f) => f.name.startsWith('ppt/media/') && !f.dir)).toBe(false);
    // The business case uses the edition-2 staffing, cost and KPIs.
    const businessCase = (await zip.file('ppt/slides/slide6.xml')?.async('string')) ?? '';
    expect(businessCase).toMatch(/Staffing: [\d.]+–[\d.]+ FTE/);
    expect(businessCase).toContain('Annual cost: EUR');
    expect(businessCase).toContain('KPI ');
    expect(bytes.byteLength).toBeLessThan(400_000);
  });

  it('degrades without targets, branding or edition-2 fields', async () => {
    const input = { ...deliverableInput(), targets: null, branding: null };
    const zip = await JSZip.loadAsync(await buildDeck(input));
    const slide6 = (await zip.file('ppt/slides/slide6.xml')?.async('string')) ?? '';
    expect(slide6).toContain('business case');
  });
});

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

describe('branding in the deck', () => {
  it('puts the firm logo on the title slide and the accent on the shapes', async () => {
    const png = `data:image/png;base64,${Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64').toString('base64')}`;
    const input = deliverableInput();
    const zip = await JSZip.loadAsync(
      await buildDeck({
        ...input,
        branding: { firmName: 'Lea Advisors', accent: '#0f766e', logo: png, updatedAt: null },
      }),
    );
    expect(Object.values(zip.files).some((f) => f.name.startsWith('ppt/media/') && !f.dir)).toBe(true);
    expect(await zip.file('ppt/slides/slide2.xml')?.async('string')).toContain('0F766E');
  });
});
