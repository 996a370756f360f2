/**
 * Mobile Lighthouse (its default mobile emulation and simulated throttling) for the three pages a
 * first-time visitor lands on: home, the quick check and a stakeholder's questionnaire (the demo
 * invite link). Runs the real product as `npm start` does, on an in-memory DynamoDB Local, and
 * prints a Markdown table. Lighthouse is fetched by npx at a pinned version; it is not a dependency.
 *
 *   npm run lighthouse                  (builds the web app first; one run per page)
 *   npm run lighthouse -- --runs=3      (the median of three runs per page)
 *   npm run lighthouse -- --no-build --serve   (only start the product and print the addresses)
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { build } from 'vite';
import { composeLocalApp } from '../functions/local/compose';
import { freePort, startDynamoLocal } from '../functions/local/dynamodb-local';
import { seedDemo } from '../functions/local/seed';
import { hostWeb } from '../functions/local/web-host';

// The AWS SDK's notice about future Node versions is noise in a report.
process.removeAllListeners('warning');

const LIGHTHOUSE = 'lighthouse@13.5.0';
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(arg('runs') ?? 1);
const skipBuild = process.argv.includes('--no-build');
const serveOnly = process.argv.includes('--serve');

interface Audit {
  score: number | null;
  numericValue?: number;
  displayValue?: string;
  title: string;
}
interface Report {
  categories: Record<
    'performance' | 'accessibility',
    { score: number; auditRefs: { id: string; weight: number }[] }
  >;
  audits: Record<string, Audit>;
}

/** One Lighthouse run; returns its JSON report. */
const lighthouse = (url: string): Promise<Report> => {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-lh-'));
  const out = join(dir, 'report.json');
  const args = [
    '-y',
    LIGHTHOUSE,
    url,
    '--only-categories=performance,accessibility',
    '--output=json',
    `--output-path=${out}`,
    `--chrome-path=${CHROME}`,
    '--chrome-flags=--headless --no-sandbox --disable-gpu',
    '--quiet',
  ];
  return new Promise((ok, fail) => {
    execFile('npx', args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      try {
        if (error) throw new Error(`lighthouse failed on ${url}: ${stderr || error.message}`);
        ok(JSON.parse(readFileSync(out, 'utf8')) as Report);
      } catch (e) {
        fail(e);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

const main = async () => {
  if (!skipBuild) await build({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
  const dynamo = await startDynamoLocal();
  const port = Number(process.env.PORT ?? (await freePort()));
  const base = `http://127.0.0.1:${port}`;
  const local = await composeLocalApp({
    endpoint: dynamo.endpoint,
    tableName: `lighthouse-${Date.now()}`,
    authSecret: 'lighthouse-secret-lighthouse-secret',
    publicBaseUrl: base,
  });
  const demoLink = (await seedDemo(local.app, local.signIn)) as string;
  const app = new Hono();
  app.route('/', local.app);
  if (!hostWeb(app, resolve('web/dist'))) throw new Error('web/dist is missing: run without --no-build');
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  const stop = async () => {
    server.close();
    await dynamo.stop();
  };
  const link = new URL(demoLink);
  const pages: [string, string][] = [
    ['/ (home)', `${base}/`],
    ['/quick-check', `${base}/quick-check`],
    ['/respond (questionnaire, demo invite)', `${base}${link.pathname}${link.hash}`],
  ];
  if (serveOnly) {
    for (const [name, url] of pages) process.stdout.write(`${name}: ${url}\n`);
    process.stdout.write('Press Ctrl-C to stop.\n');
    await new Promise<void>((ok) => process.once('SIGINT', () => ok()));
    await stop();
    return;
  }
  try {
    const rows: string[][] = [];
    const failing = new Set<string>();
    for (const [name, url] of pages) {
      const reports: Report[] = [];
      for (let i = 0; i < runs; i++) reports.push(await lighthouse(url));
      const figure = (pick: (r: Report) => number) => median(reports.map(pick));
      const ms = (id: string) => `${Math.round(figure((r) => r.audits[id]?.numericValue ?? 0))} ms`;
      rows.push([
        name,
        String(Math.round(figure((r) => r.categories.performance.score * 100))),
        String(Math.round(figure((r) => r.categories.accessibility.score * 100))),
        ms('first-contentful-paint'),
        ms('largest-contentful-paint'),
        ms('total-blocking-time'),
        figure((r) => r.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3),
      ]);
      // What kept a page from full marks: the scored audits below 0.9, to fix or to report.
      for (const r of reports)
        for (const category of Object.values(r.categories))
          for (const { id, weight } of category.auditRefs) {
            const audit = r.audits[id];
            if (weight > 0 && audit && audit.score !== null && audit.score < 0.9)
              failing.add(`${name}: ${id} (${audit.title}, ${audit.displayValue ?? audit.score})`);
          }
    }
    const header = ['page', 'performance', 'accessibility', 'FCP', 'LCP', 'TBT', 'CLS'];
    const lines = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`);
    process.stdout.write(
      `### Lighthouse, mobile (${LIGHTHOUSE}, ${new Date().toISOString().slice(0, 10)}, median of ${runs} run${runs > 1 ? 's' : ''})\n\n${lines.join('\n')}\n`,
    );
    if (failing.size)
      process.stdout.write(`\nAudits below 0.9:\n${[...failing].map((f) => `- ${f}`).join('\n')}\n`);
  } finally {
    await stop();
  }
};

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
