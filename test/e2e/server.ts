import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { composeLocalApp } from '../../functions/local/compose';
import { freePort } from '../../functions/local/dynamodb-local';
import { allowedHosts, hostGuard } from '../../functions/local/host-guard';
import { seedDemo } from '../../functions/local/seed';
import { seedBenchmarkPeers } from '../../functions/local/seed-benchmark';
import { hostWeb } from '../../functions/local/web-host';
import { CONTEXT } from '../integration/fixtures';
import { launchChromium } from './chromium';

const WEB_DIR = resolve('web/dist');

/**
 * What a file's product starts with: the seeded demo that `npm start` shows (two clients, their
 * stakeholders' answers, benchmark peers), or an empty installation for files that make their own
 * data. Seeding the demo answers dozens of requests and computes its results: seconds per file.
 */
export interface ProductSeed {
  demo: boolean;
}

/** The local product as `npm start` runs it (API + built web on one port), on a fresh table. */
export const startProduct = async ({ demo }: ProductSeed = { demo: true }) => {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const local = await composeLocalApp({
    endpoint: inject('dynamoEndpoint'),
    accessKeyId: inject('dynamoAccessKey'),
    tableName: `e2e-${randomUUID()}`,
    authSecret: 'e2e-secret-e2e-secret-e2e-secret',
    publicBaseUrl: baseUrl,
    checkResponses: true,
  });
  let demoLink: string | undefined;
  if (demo) {
    await seedBenchmarkPeers(local.store);
    demoLink = (await seedDemo(local.app, local.signIn)) as string;
  }
  const app = new Hono();
  app.use(hostGuard(allowedHosts(port, baseUrl)));
  app.route('/', local.app);
  if (!hostWeb(app, WEB_DIR)) throw new Error('the web app is not built');
  const server: ServerType = await new Promise((ok) => {
    const s = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => ok(s));
  });
  return {
    baseUrl,
    /** The seeded demo's open invitation (only with the demo seeded). */
    get demoLink(): string {
      if (!demoLink)
        throw new Error('this product was started without the demo: useProductAndBrowser({ demo: true })');
      return demoLink;
    },
    local,
    stop: () => new Promise<void>((ok) => server.close(() => ok())),
  };
};

/**
 * The run's Chromium (one for every file, started by test/e2e/browser-server.ts); a file run on its
 * own without that set-up starts its own.
 */
export const launchBrowser = async () => {
  const endpoint = inject('chromiumEndpoint');
  return patient(await (endpoint ? chromium.connect(endpoint) : launchChromium()));
};

/**
 * Playwright waits 30 s for an element by default: a fixed limit a busy two-core machine running
 * the suite beside another breaks. Every page and context this browser opens waits as long as the
 * test runner's own patience instead; a page that truly hangs is still stopped by vitest.
 */
const WAIT_MS = 180_000;
const patient = (browser: Browser): Browser => {
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    context.setDefaultTimeout(WAIT_MS);
    context.setDefaultNavigationTimeout(WAIT_MS);
    return context;
  };
  browser.newPage = async (...args) => {
    const page = await newPage(...args);
    page.setDefaultTimeout(WAIT_MS);
    page.setDefaultNavigationTimeout(WAIT_MS);
    return page;
  };
  return browser;
};

/**
 * A download's bytes, read through the browser connection (the run's Chromium is shared, so a
 * download has no local path to read).
 */
export const downloadedBytes = async (download: import('playwright-core').Download): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page and returns the serious and critical violations. */
export const seriousViolations = async (page: import('playwright-core').Page) => {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
  // govern (an inline <script> tag would be refused, as it should be).
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as any).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3),
    }));
  });
  return result.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical');
};

/**
 * Starts the questionnaire and waits for its first section: Start is the link's first save (it binds
 * an unused link to this browser), so the questions show only once the server has answered.
 */
export const startQuestionnaire = async (page: import('playwright-core').Page) => {
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('h2.step-title', { hasText: '1.' }).waitFor();
};

/** A new assessment with one invited stakeholder, made through the API; returns the invite token. */
export const freshInvite = async (product: Awaited<ReturnType<typeof startProduct>>) => {
  const consultant = await product.local.signIn(`e2e-${Date.now()}@firm.test`, 'E2E Firm');
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${consultant}` };
  const post = async (path: string, body: unknown) =>
    (
      await fetch(`${product.baseUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body) })
    ).json();
  const created = await post('/api/assessments', { clientName: 'E2E Ltd', context: CONTEXT });
  const invite = await post(`/api/assessments/${created.id}/stakeholders`, { role: 'team-member' });
  return invite.inviteUrl.split('#').pop() as string;
};

/**
 * Starts the product and Chromium once for a test file and stops both after it. Returns a
 * handle whose fields are filled in before the first test runs.
 */
export const useProductAndBrowser = (seed: ProductSeed = { demo: false }) => {
  const handle = {} as {
    product: Awaited<ReturnType<typeof startProduct>>;
    browser: import('playwright-core').Browser;
  };
  beforeAll(async () => {
    handle.product = await startProduct(seed);
    handle.browser = await launchBrowser();
  });
  afterAll(async () => {
    await handle.browser?.close();
    await handle.product?.stop();
  });
  return handle;
};
