import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CONSULTANT, DEMO_ORGANISATION } from '../../functions/local/seed';
import { seriousViolations, useProductAndBrowser } from './server';

const e2e = useProductAndBrowser({ demo: true });
const LANGUAGES = ['en', 'fr', 'de'] as const;
/**
 * `npm test` prints a sample that covers each language and each state once (the longest texts, French
 * and German, in both); the reliability run (`npm run reliability`) prints every combination.
 */
const FULL = !!process.env.PMO_FULL_MATRIX;
const SAMPLE = new Set(['finished|fr', 'preliminary|de', 'finished|en']);
/** A4's width less the report's side margins (14 mm each), in CSS pixels. */
const A4_CONTENT_PX = Math.floor(((210 - 28) / 25.4) * 96);

let session = '';
const ids: Record<'finished' | 'preliminary', string> = { finished: '', preliminary: '' };

beforeAll(async () => {
  const token = await e2e.product.local.signIn(DEMO_CONSULTANT, DEMO_ORGANISATION);
  session = JSON.stringify({ token, email: DEMO_CONSULTANT, organisation: DEMO_ORGANISATION });
  const list = (await (
    await fetch(`${e2e.product.baseUrl}/api/assessments`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as { items: { id: string; clientName: string }[] };
  // The demo: Northwind closed with everyone's answers; Contoso open, four of ten answered (preliminary).
  ids.finished = list.items.find((a) => a.clientName.startsWith('Northwind'))?.id ?? '';
  ids.preliminary = list.items.find((a) => a.clientName.startsWith('Contoso'))?.id ?? '';
  expect(ids.finished && ids.preliminary).toBeTruthy();
});

/** The report of an assessment, signed in, in a language, ready to print. */
const openReport = async (browser: Browser, id: string, language: string, width = 1280) => {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript(
    ([s, l]) => {
      sessionStorage.setItem('pmo-blueprint.session', s as string);
      localStorage.setItem('pmo-blueprint.language', l as string);
    },
    [session, language] as const,
  );
  const page = await context.newPage();
  await page.goto(`${e2e.product.baseUrl}/assessments/${id}/report`);
  await page.locator('#summary .verdict-card').waitFor();
  await page.waitForLoadState('networkidle');
  expect(await page.locator('html').getAttribute('lang')).toBe(language);
  return { page, context };
};

const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('the executive brief keeps its promise of one page', () => {
  for (const state of ['finished', 'preliminary'] as const)
    for (const language of LANGUAGES.filter((l) => FULL || SAMPLE.has(`${state}|${l}`)))
      it(`prints on one A4 page: ${state}, ${language}`, async () => {
        const { page, context } = await openReport(e2e.browser, ids[state], language);
        if (state === 'preliminary') await page.locator('.cover .preliminary').waitFor();
        await page.emulateMedia({ media: 'print' });
        await page.evaluate(() => document.body.classList.add('print-brief'));
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        expect(pages(pdf)).toBe(1);
        await context.close();
      });
});

describe('the printed report', () => {
  for (const language of LANGUAGES.filter((l) => FULL || l === 'de'))
    it(`shows the roles heatmap whole on A4 (${language})`, async () => {
      const { page, context } = await openReport(e2e.browser, ids.finished, language, A4_CONTENT_PX);
      await page.emulateMedia({ media: 'print' });
      const scroller = page.locator('#roles .heatmap-wrap .table-scroll');
      await scroller.waitFor();
      const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      const table = await page
        .locator('#roles table.heatmap')
        .evaluate((el) => ({ width: el.scrollWidth, room: el.parentElement?.clientWidth ?? 0 }));
      expect(table.width).toBeLessThanOrEqual(table.room);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pages(pdf)).toBeGreaterThan(3);
      await context.close();
    });
});

describe('the printed fieldwork kit', () => {
  it('prints on A4 without the tools, nothing wider than the page, the guide and the list on pages of their own', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: A4_CONTENT_PX, height: 900 } });
    await context.addInitScript((s) => {
      sessionStorage.setItem('pmo-blueprint.session', s);
      localStorage.setItem('pmo-blueprint.language', 'de');
    }, session);
    const page = await context.newPage();
    await page.goto(`${e2e.product.baseUrl}/assessments/${ids.finished}/fieldwork`);
    await page.locator('#documents .kit-documents').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      wide: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      toolbar: [...document.querySelectorAll('.toolbar, .site-header')].some((el) => el.checkVisibility()),
      dimensions: document.querySelectorAll('#documents .kit-dimension').length,
      breaks: ['#guide', '#documents'].map(
        (s) => getComputedStyle(document.querySelector(s) as Element).breakBefore,
      ),
    }));
    expect(printed).toEqual({ wide: 0, toolbar: false, dimensions: 12, breaks: ['page', 'page'] });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pages(pdf)).toBeGreaterThan(3);
    await context.close();
  });
});
