/**
 * Regenerates screenshots of every page at 390 px (phone) and 1280 px (desktop) into
 * docs/screenshots/, plus the printed demo report and executive brief as PDFs, so anyone can see
 * the product without running it. Runs the real product on an in-memory DynamoDB Local.
 *
 *   npm run screenshots            (builds the web app first)
 *   npm run screenshots -- --only=report   (pages whose name contains "report")
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { composeLocalApp } from '../functions/local/compose';
import { freePort, startDynamoLocal } from '../functions/local/dynamodb-local';
import { DEMO_CONSULTANT, DEMO_ORGANISATION, seedDemo } from '../functions/local/seed';
import { hostWeb } from '../functions/local/web-host';

const OUT = resolve('docs/screenshots');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const skipBuild = process.argv.includes('--no-build');
const MAX_HEIGHT = 3200;

const QUICK_CONTEXT =
  'employees=240&concurrentProjects=18&projectManagers=6&pmExpertise=basic&urgency=high&controlAppetite=medium&resourceContention=high&horizon=lasting';

/** Pages in a PDF Chromium printed. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/**
 * The printed deliverables in every language: the report and the one-page brief for a finished
 * assessment, and the brief for a preliminary one; prints each PDF's page count.
 */
const printDeliverables = async (
  browser: import('playwright-core').Browser,
  base: string,
  session: string,
  assessments: { id: string; suffix: string }[],
) => {
  for (const language of ['en', 'fr', 'de']) {
    const context = await browser.newContext({ deviceScaleFactor: 1 });
    await context.addInitScript(
      ([s, l]) => {
        sessionStorage.setItem('pmo-blueprint.session', s as string);
        localStorage.setItem('pmo-blueprint.language', l as string);
      },
      [session, language] as const,
    );
    for (const { id, suffix } of assessments) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${base}/assessments/${id}/report`);
      await page
        .locator('.report .cover h1')
        .waitFor()
        .catch(async (e) => {
          await page.screenshot({ path: '/tmp/fail.png' });
          throw e;
        });
      await page.locator('#summary').waitFor();
      await page.waitForLoadState('networkidle');
      await page.emulateMedia({ media: 'print' });
      const tag = language === 'en' ? '' : `-${language}`;
      if (!suffix) {
        const report = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        writeFileSync(`${OUT}/report${tag}.pdf`, report);
        process.stdout.write(`report${tag}.pdf: ${pageCount(report)} pages\n`);
      }
      await page.evaluate(() => document.body.classList.add('print-brief'));
      const brief = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      writeFileSync(`${OUT}/executive-brief${suffix}${tag}.pdf`, brief);
      process.stdout.write(`executive-brief${suffix}${tag}.pdf: ${pageCount(brief)} page(s)\n`);
      await page.close();
    }
    await context.close();
  }
};

const main = async () => {
  if (!skipBuild) await build({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
  mkdirSync(OUT, { recursive: true });
  const dynamo = await startDynamoLocal();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const local = await composeLocalApp({
    endpoint: dynamo.endpoint,
    tableName: `screens-${Date.now()}`,
    authSecret: 'screenshots-secret-screenshots-secret',
    publicBaseUrl: base,
  });
  const demoLink = (await seedDemo(local.app, local.signIn)) as string;
  const app = new Hono();
  app.route('/', local.app);
  if (!hostWeb(app, resolve('web/dist'))) throw new Error('web/dist is missing');
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });

  const token = await local.signIn(DEMO_CONSULTANT, DEMO_ORGANISATION);
  const list = (await (
    await fetch(`${base}/api/assessments`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as { items: { id: string; clientName: string }[] };
  const demo = list.items.find((a) => a.clientName.startsWith('Northwind')) ?? list.items[0];
  // Four of ten have answered: its report is preliminary.
  const contoso = list.items.find((a) => a.clientName.startsWith('Contoso'));
  const model = (await (await fetch(`${base}/api/model`)).json()) as {
    version: string;
    dimensions: { questions: unknown[] }[];
  };
  const answers = model.dimensions
    .map((d, i) => d.questions.map((_, j) => String(((i + j) % 3) + 2)).join(''))
    .join('');
  const session = JSON.stringify({ token, email: DEMO_CONSULTANT, organisation: DEMO_ORGANISATION });

  /** A page to shoot; `element` shoots one part of it whole (a chart, say) instead of the page's top. */
  const pages: {
    name: string;
    path: string;
    signedIn?: boolean;
    element?: string;
    prepare?: (p: Page) => Promise<void>;
  }[] = [
    { name: 'home', path: '/' },
    { name: 'quick-check-context', path: '/quick-check' },
    {
      name: 'quick-check-question',
      path: '/quick-check',
      prepare: async (p) => {
        await p.evaluate(() => localStorage.setItem('quick-check.step', '3'));
        await p.reload();
        await p.locator('fieldset.question input[value="2"]').first().check();
      },
    },
    {
      name: 'quick-check-result',
      path: `/quick-check/result#v=${model.version}&${QUICK_CONTEXT}&a=${answers}`,
    },
    { name: 'questionnaire-intro', path: `${new URL(demoLink).pathname}${new URL(demoLink).hash}` },
    {
      name: 'questionnaire-step',
      path: `${new URL(demoLink).pathname}${new URL(demoLink).hash}`,
      prepare: async (p) => {
        const start = p.getByRole('button', { name: 'Start' });
        if (await start.count()) await start.click();
        await p.locator('fieldset.question input[value="3"]').first().check();
        await p.locator('fieldset.question input[value="3"]').first().focus();
      },
    },
    { name: 'sign-in', path: '/sign-in' },
    { name: 'assessments', path: '/assessments', signedIn: true },
    { name: 'assessment', path: `/assessments/${demo?.id}`, signedIn: true },
    { name: 'report', path: `/assessments/${demo?.id}/report`, signedIn: true },
    { name: 'report-roles', path: `/assessments/${demo?.id}/report`, signedIn: true, element: '#roles' },
    { name: 'report-plan', path: `/assessments/${demo?.id}/report`, signedIn: true, element: '#plan' },
    { name: 'compare', path: `/compare?assessment=${demo?.id}`, signedIn: true },
    { name: 'outbox', path: '/outbox', signedIn: true },
  ];

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    // One browser for both widths: the stakeholder's link stays bound to it (device binding).
    const context = await browser.newContext({ deviceScaleFactor: 1 });
    for (const width of [390, 1280]) {
      for (const shot of pages) {
        if (only && !shot.name.includes(only)) continue;
        const page = await context.newPage();
        await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
        await page.goto(`${base}/`);
        await page.evaluate(
          ([s, signedIn]) => {
            // The session lives in the tab's sessionStorage, never in localStorage.
            sessionStorage.removeItem('pmo-blueprint.session');
            if (signedIn) sessionStorage.setItem('pmo-blueprint.session', s as string);
          },
          [session, shot.signedIn ?? false] as const,
        );
        await page.goto(`${base}${shot.path}`);
        await page.waitForLoadState('networkidle');
        await page
          .locator('[aria-busy="true"]')
          .first()
          .waitFor({ state: 'detached', timeout: 10_000 })
          .catch(() => {});
        if (shot.prepare) await shot.prepare(page);
        await page.waitForTimeout(150);
        const file = `${OUT}/${shot.name}-${width}.png`;
        // Full page, cut at a few screens so the folder stays small.
        if (shot.element) await page.locator(shot.element).screenshot({ path: file });
        else {
          const height = Math.min(
            await page.evaluate(() => document.documentElement.scrollHeight),
            MAX_HEIGHT,
          );
          await page.screenshot({ path: file, clip: { x: 0, y: 0, width, height }, fullPage: true });
        }
        process.stdout.write(`${file}\n`);
        await page.close();
      }
    }
    await context.close();
    if (!only || 'report'.includes(only) || only.includes('brief'))
      await printDeliverables(browser, base, session, [
        { id: demo?.id as string, suffix: '' },
        { id: contoso?.id as string, suffix: '-preliminary' },
      ]);
  } finally {
    await browser.close();
    server.close();
    await dynamo.stop();
  }
};

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
