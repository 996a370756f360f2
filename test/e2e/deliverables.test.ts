import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { DEMO_CONSULTANT, DEMO_ORGANISATION } from '../../functions/local/seed';
import { readXlsx } from '../unit/deliverables/xlsx-read';
import { downloadedBytes, seriousViolations, useProductAndBrowser } from './server';

const e2e = useProductAndBrowser({ demo: true });
let consultant: Page;

beforeAll(async () => {
  // The firm's branding, set through the API: a dark teal accent that passes 4.5:1 against white.
  const token = await e2e.product.local.signIn(DEMO_CONSULTANT, DEMO_ORGANISATION);
  const res = await fetch(`${e2e.product.baseUrl}/api/branding`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ firmName: 'Demo Consulting Partners', accent: '#0f766e' }),
  });
  expect(res.status).toBe(200);
  consultant = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});

describe('the workbook in the reader’s language', () => {
  it('comes in German, sheets, headers and results alike, with its figures still numbers', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await page.goto(`${e2e.product.baseUrl}/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Northwind Logistics' }).click();
    await page.getByRole('link', { name: 'Report' }).click();
    await page.getByRole('button', { name: 'Download workbook' }).waitFor();
    await page.getByLabel('Language').selectOption('de');
    // The report fetches its results again in German; the workbook is built from those.
    await page.getByText('Standards und Methodik').first().waitFor();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Arbeitsmappe herunterladen' }).click();
    const file = await downloading;
    const workbook = await readXlsx(await downloadedBytes(file));
    expect(workbook.sheetNames.slice(0, 4)).toEqual([
      'Übersicht',
      'Dimensionen',
      'Rollengruppen',
      'Eignung der Modelle',
    ]);
    // The office's own sheets sit between the fit and the plan.
    expect(workbook.sheetNames).toEqual(
      expect.arrayContaining(['Leistungen des Büros', 'Kennzahlen', 'Einführung', 'Sofortmaßnahmen']),
    );
    expect(workbook.sheetNames.at(-1)).toBe('Sofortmaßnahmen');
    const summary = workbook.sheet('Übersicht');
    expect(summary.table()[0]).toEqual(['Angabe', 'Wert (bzw. Untergrenze)', 'Obergrenze']);
    expect(summary.value('A3')).toBe('Erstellt am');
    expect(summary.cells.get('B3')).toMatchObject({ type: 'n', format: 'yyyy-mm-dd' });
    const dimensions = workbook.sheet('Dimensionen');
    expect(dimensions.value('B1')).toBe('Wert (1–5)');
    expect(dimensions.cells.get('B2')).toMatchObject({ type: 'n', format: '0.00' });
    // The results were fetched in German too: the dimensions carry their German names.
    expect(dimensions.table().map((r) => r[0])).toContain('Standards und Methodik');
    await page.close();
  });
});

describe('leadership reads the report through a share link', () => {
  let shareUrl = '';

  it('the consultant downloads the slides, sees the benchmark and creates a share link', async () => {
    await consultant.goto(`${e2e.product.baseUrl}/sign-in`);
    await consultant.getByRole('button', { name: 'Sign in' }).click();
    await consultant.getByRole('link', { name: 'Northwind Logistics' }).click();
    await consultant.getByRole('link', { name: 'Report' }).click();
    // The firm named on the report's cover.
    await consultant.locator('.cover-facts').getByText('Demo Consulting Partners').waitFor();
    // The demo client consented; its cell holds the seeded anonymous peers, so percentiles show.
    await consultant.getByRole('table', { name: /Compared with \d+ organisations/ }).waitFor();

    const downloading = consultant.waitForEvent('download');
    await consultant.getByRole('button', { name: 'Download slides' }).click();
    const deck = await downloading;
    expect(deck.suggestedFilename()).toBe('northwind-logistics-pmo-recommendation.pptx');
    const zip = await JSZip.loadAsync(await downloadedBytes(deck));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    // The demo deck: title, summary, maturity, gaps, fit, office, business case (which may continue on a
    // second slide when its KPIs are long), plan and next steps.
    expect(slides.length).toBeGreaterThanOrEqual(9);
    expect(slides.length).toBeLessThanOrEqual(11);
    expect(await zip.file('ppt/slides/slide1.xml')?.async('string')).toContain('Northwind Logistics');

    const workbookDownload = consultant.waitForEvent('download');
    await consultant.getByRole('button', { name: 'Download workbook' }).click();
    const workbookFile = await workbookDownload;
    expect(workbookFile.suggestedFilename()).toBe('northwind-logistics-results.xlsx');
    // Built in the browser: every part well-formed, figures as numbers, A4 pages.
    const workbook = await readXlsx(await downloadedBytes(workbookFile));
    expect(workbook.sheet('Summary').value('B2')).toBe('Northwind Logistics');
    expect(workbook.sheet('Summary').cells.get('B3')).toMatchObject({ type: 'n', format: 'yyyy-mm-dd' });
    expect(workbook.sheet('Dimensions').rows).toBe(QUESTIONNAIRE.dimensions.length + 1);
    expect(workbook.sheet('Dimensions').cells.get('B2')).toMatchObject({ type: 'n', format: '0.00' });
    expect(
      workbook.sheet('Rollout').xml.getElementsByTagName('pageSetup')[0]?.getAttribute('paperSize'),
    ).toBe('9');

    await consultant.getByLabel('For whom (optional)').fill('Steering committee');
    await consultant.getByRole('button', { name: 'Create share link' }).click();
    shareUrl = await consultant.getByLabel(/Share link \(shown once/).inputValue();
    expect(shareUrl).toMatch(/\/share#[A-Za-z0-9_-]{43}$/);
    expect(await seriousViolations(consultant)).toEqual([]);
  });

  it('opens in a fresh browser without signing in, with the report, the what-if and accessible branding', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(shareUrl);
    await page.getByRole('heading', { name: /Northwind Logistics: project management maturity/ }).waitFor();
    await page.getByText('Prepared by Demo Consulting Partners').waitFor();
    await page.getByRole('heading', { name: /^Recommended: a / }).waitFor();
    expect(await page.getByRole('link', { name: 'Consultant sign-in' }).count()).toBe(1);
    // The demo's targets and benchmark travel with the link: the gap and the percentiles show.
    await page.getByRole('heading', { name: 'Targets and the gap to them' }).waitFor();
    await page.getByRole('heading', { name: 'Compared with similar organisations' }).waitFor();

    const verdict = page.getByRole('status').filter({ hasText: 'What-if recommendation' });
    await page.getByLabel('Appetite for central control').selectOption('low');
    await page.getByLabel('Projects running at the same time').fill('2');
    await verdict.filter({ hasText: 'with your changes' }).waitFor();
    // The what-if asks with the questionnaire's labels, marks the change, and keeps it in the address.
    await page.getByText('Changed from Medium: common rules and checks are welcome').waitFor();
    expect(new URL(page.url()).searchParams.get('projects')).toBe('2');
    expect(new URL(page.url()).hash).toBe(new URL(shareUrl).hash);
    expect(await seriousViolations(page)).toEqual([]);
    const wide = await context.newPage();
    await wide.setViewportSize({ width: 1280, height: 900 });
    await wide.goto(page.url());
    await wide.getByRole('heading', { name: 'Compared with similar organisations' }).waitFor();
    expect(await wide.getByLabel('Projects running at the same time').inputValue()).toBe('2');
    expect(await wide.getByLabel('Appetite for central control').inputValue()).toBe('low');
    expect(await seriousViolations(wide)).toEqual([]);
    await wide.close();

    // The consultant sees the view counted, then revokes the link.
    await consultant.reload();
    const row = consultant.getByRole('row', { name: /Steering committee/ });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('2');
    await row.getByRole('button', { name: /Revoke/ }).click();
    await consultant.getByRole('row', { name: /Steering committee revoked/ }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'This link does not open a report' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/revoked/);
    await context.close();
  });
});
