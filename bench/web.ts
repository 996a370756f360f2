import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import preact from '@preact/preset-vite';
import { build, type Manifest } from 'vite';
import { kb, table } from './stats';

const ROUTES: [string, string | null][] = [
  ['/ (home)', null],
  ['/quick-check', 'src/pages/quick-check.tsx'],
  ['/respond (questionnaire)', 'src/pages/respond.tsx'],
  ['/assessments', 'src/pages/assessments.tsx'],
  ['/assessments/:id', 'src/pages/assessment.tsx'],
  ['/assessments/:id/report', 'src/pages/report.tsx'],
  ['/compare', 'src/pages/compare.tsx'],
  ['/share (leadership, no sign-in)', 'src/pages/share.tsx'],
  ['/portfolio', 'src/pages/portfolio.tsx'],
  ['/settings/branding', 'src/pages/branding.tsx'],
];

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** Every JS file a chunk pulls in statically, itself included. */
const closure = (manifest: Manifest, key: string, seen = new Set<string>()): Set<string> => {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(manifest, dep, seen);
  return seen;
};

/** Gzipped JavaScript a visitor downloads per route, beside a minimal SurveyJS questionnaire built the same way. */
export const benchWeb = async () => {
  const out = mkdtempSync(join(tmpdir(), 'pmo-web-'));
  await build({
    configFile: resolve('web/vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: out, manifest: true, sourcemap: false },
  });
  const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8')) as Manifest;
  // The app's texts load beside the entry, in the reader's language only: English here.
  const app = closure(manifest, 'index.html');
  const entry = closure(manifest, 'src/i18n/en.ts', new Set(app));
  // Every route but the questionnaire loads the product's menu beside its page.
  const withNav = closure(manifest, 'src/components/site-nav.tsx', new Set(entry));
  const rows = ROUTES.map(([route, page]) => {
    const base = page === 'src/pages/respond.tsx' ? entry : withNav;
    const files = page ? closure(manifest, page, new Set(base)) : base;
    const total = [...files].reduce((sum, f) => sum + gz(join(out, f)), 0);
    return [route, kb(total), String(files.size)];
  });
  // The questionnaire in another language fetches that language's texts instead (one chunk).
  for (const language of ['fr', 'de']) {
    const files = closure(
      manifest,
      `src/i18n/${language}.ts`,
      closure(manifest, 'src/pages/respond.tsx', new Set(app)),
    );
    const total = [...files].reduce((sum, f) => sum + gz(join(out, f)), 0);
    rows.push([`/respond (questionnaire, ${language})`, kb(total), String(files.size)]);
  }
  // The baseline lives in its own package, installed on first use: no developer carries it otherwise.
  if (!existsSync(resolve('bench/surveyjs/node_modules/survey-core')))
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], {
      cwd: resolve('bench/surveyjs'),
      stdio: 'inherit',
    });
  const surveyOut = mkdtempSync(join(tmpdir(), 'pmo-survey-'));
  await build({
    root: resolve('bench/surveyjs'),
    configFile: false,
    plugins: [preact()],
    logLevel: 'silent',
    build: { outDir: surveyOut, manifest: true, sourcemap: false, target: 'es2022' },
  });
  const surveyManifest = JSON.parse(readFileSync(join(surveyOut, '.vite/manifest.json'), 'utf8')) as Manifest;
  const surveyFiles = closure(surveyManifest, 'index.html');
  const surveyTotal = [...surveyFiles].reduce((sum, f) => sum + gz(join(surveyOut, f)), 0);
  rows.push(['SurveyJS minimal questionnaire (baseline)', kb(surveyTotal), String(surveyFiles.size)]);
  return [
    '### Web: gzipped JavaScript per route (budget for the questionnaire: 25 KB)',
    table(['route', 'gzipped JS', 'files'], rows),
  ].join('\n\n');
};
