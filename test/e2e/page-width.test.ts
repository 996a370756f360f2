import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { DEMO_CONSULTANT, DEMO_ORGANISATION } from '../../functions/local/seed';
import { CONTEXT } from '../integration/fixtures';
import { seriousViolations, useProductAndBrowser } from './server';

/**
 * A property of every page, not a list of cases: at phone widths, in every language, no page is
 * wider than the screen (nothing to slide sideways, nothing cut off), and on every question step the
 * Back/Next bar is on screen. The pages come from the app's own route declaration, so a new page is
 * measured as soon as it is declared; a page whose path holds a parameter must say below how it is
 * reached, or the first test fails.
 */

const e2e = useProductAndBrowser({ demo: true });
/**
 * `npm test` measures the narrowest phone (a page that fits 320 px nearly always fits 390); the
 * reliability run (`npm run reliability`) measures both phones and a 1280 px desktop, with axe-core.
 */
const WIDTHS = process.env.PMO_FULL_MATRIX ? ([320, 390, 1280] as const) : ([320] as const);
const ALL_LANGUAGES = ['en', 'fr', 'de'] as const;
/**
 * `npm test` measures French and German, whose texts run longest (a third more words than English
 * in French); the reliability run measures English too.
 */
const LANGUAGES = process.env.PMO_FULL_MATRIX ? ALL_LANGUAGES : (['fr', 'de'] as const);
const HEIGHT = 844;
const SLOW = 180_000;

/** The paths the app declares, read from its route table. */
const declaredRoutes = () => {
  const source = readFileSync('web/src/main.tsx', 'utf8');
  const table = source.match(/const ROUTES\b[\s\S]*?\n\];/)?.[0] ?? '';
  return [...table.matchAll(/\[\s*'([^']+)'\s*,/g)].map((m) => m[1] as string);
};

type Lang = (typeof ALL_LANGUAGES)[number];
interface Visit {
  page: Page;
  lang: Lang;
  width: number;
  problems: string[];
}

/** Data the pages need, made through the API before the first page is visited. */
const data = {
  consultant: '',
  finished: '',
  open: '',
  share: '',
  /** One invite per width and language: a link binds to the first browser that opens it. */
  invites: new Map<string, string>(),
};

const api = async (path: string, body?: unknown) => {
  const res = await fetch(`${e2e.product.baseUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${data.consultant}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  return res.json();
};

/**
 * Runs in the page: every shown element, and every line of text, that reaches past the right edge
 * of the screen, unless a scrolling or clipping box of its own holds it (an absolutely placed
 * element escapes the boxes between it and its containing block, so those do not hold it).
 */
const overflowing = () => {
  const vw = window.innerWidth;
  const startsBlockFor = (s: CSSStyleDeclaration, position: string) => {
    const transformed = s.transform !== 'none' || s.filter !== 'none' || /paint|layout/.test(s.contain);
    if (position === 'fixed') return transformed;
    if (position === 'absolute') return transformed || s.position !== 'static';
    return true;
  };
  /** Where a box that starts at `right` ends on screen once the boxes holding it have clipped it. */
  const visibleRight = (from: Element | null, right: number, position: string) => {
    let at = position;
    for (let p = from; p && p !== document.body; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (!startsBlockFor(s, at)) continue;
      if (s.overflowX !== 'visible') right = Math.min(right, p.getBoundingClientRect().right);
      at = s.position;
    }
    return right;
  };
  const shown = (el: Element) =>
    el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false });
  const name = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls =
      typeof el.className === 'string' && el.className.trim()
        ? `.${el.className.trim().split(/\s+/).join('.')}`
        : '';
    return `${el.tagName.toLowerCase()}${id}${cls}`;
  };
  const wide = new Map<Element, { right: number; width: number; what: string }>();
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= vw + 0.5 || !shown(el)) continue;
    if (visibleRight(el.parentElement, r.right, getComputedStyle(el).position) > vw + 0.5)
      wide.set(el, { right: r.right, width: r.width, what: name(el) });
  }
  // Text that runs out of its own box (a long word, a line that may not wrap).
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || !n.textContent?.trim() || wide.has(parent) || !shown(parent)) continue;
    range.selectNodeContents(n);
    const r = range.getBoundingClientRect();
    if (r.width === 0 || r.right <= vw + 0.5) continue;
    if (visibleRight(parent, r.right, 'static') > vw + 0.5)
      wide.set(parent, { right: r.right, width: r.width, what: `text in ${name(parent)}` });
  }
  // The innermost first (usually the cause), then the outermost (where it shows).
  const all = [...wide.keys()];
  const leaves = all.filter((el) => !all.some((o) => o !== el && el.contains(o)));
  const roots = all.filter((el) => !all.some((o) => o !== el && o.contains(el)));
  const described = [...new Set([...leaves.slice(0, 4), ...roots.slice(0, 2)])].map((el) => {
    const { right, width, what } = wide.get(el) as { right: number; width: number; what: string };
    const parent = el.parentElement ? `${name(el.parentElement)} > ` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${parent}${what} reaches x=${Math.round(right)} (width ${Math.round(width)}) "${text}"`;
  });
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: vw,
    count: all.length,
    described,
  };
};

/** Records what is too wide on the page as it stands now. */
const measure = async (v: Visit, where: string) => {
  const m = await v.page.evaluate(overflowing);
  const at = `${where} [${v.lang}, ${v.width} px]`;
  if (m.scrollWidth > m.innerWidth)
    v.problems.push(`${at}: the page is ${m.scrollWidth} px wide on a ${m.innerWidth} px screen`);
  if (m.count > 0)
    v.problems.push(
      `${at}: ${m.count} element(s) reach past the right edge:\n    ${m.described.join('\n    ')}`,
    );
  // The reliability run also holds every page, language and width to axe-core's serious findings.
  if (process.env.PMO_FULL_MATRIX)
    for (const found of await seriousViolations(v.page))
      v.problems.push(`${at}: accessibility, ${found.id} (${found.impact}) at ${found.targets.join(', ')}`);
};

/** Records whether Back/Next is on screen: where the step opens and half-way down it. */
const checkStepBar = async (v: Visit, where: string) => {
  const off = await v.page.evaluate(() => {
    const found: string[] = [];
    const stages: [string, number][] = [
      ['at the top', 0],
      ['half-way down', (document.documentElement.scrollHeight - innerHeight) / 2],
    ];
    for (const [stage, y] of stages) {
      window.scrollTo(0, y);
      const bar = document.querySelector('.wizard-nav');
      if (!bar) {
        found.push(`${stage}: no Back/Next bar`);
        continue;
      }
      const boxes = [bar, ...bar.querySelectorAll('button')].map((el) => el.getBoundingClientRect());
      const b = boxes.find(
        (r) => r.top < -0.5 || r.left < -0.5 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5,
      );
      if (b)
        found.push(
          `${stage}: Back/Next at x=${Math.round(b.left)}–${Math.round(b.right)}, y=${Math.round(b.top)}–${Math.round(b.bottom)} on a ${innerWidth}×${innerHeight} screen`,
        );
    }
    window.scrollTo(0, 0);
    return found;
  });
  for (const o of off) v.problems.push(`${where} [${v.lang}, ${v.width} px], ${o}`);
};

/** Waits until the page shows its content: a heading or an alert, and nothing still loading. */
const settled = async (page: Page) => {
  await page.waitForFunction(
    () =>
      document.querySelector('main :is(h1, h2, [role=alert])') !== null &&
      document.querySelector('main [aria-busy="true"]') === null,
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
};

/** Opens a page and measures it as it opens, then with every fold (details) opened. */
const open = async (v: Visit, path: string) => {
  await v.page.goto(`${e2e.product.baseUrl}${path}`);
  await settled(v.page);
  await measure(v, path);
  const folds = await v.page.evaluate(() => {
    const closed = [...document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')];
    for (const d of closed) d.open = true;
    return closed.length;
  });
  if (folds > 0) await measure(v, `${path} (every fold open)`);
};

const nextButton = (page: Page) => page.locator('.wizard-nav button.primary');

/**
 * Which section steps are measured: in `npm test` the first, the middle and the last (the
 * sections share one layout; their texts differ in length), in the reliability run every one.
 */
const measured = (step: number) =>
  !!process.env.PMO_FULL_MATRIX ||
  step === 1 ||
  step === Math.ceil(QUESTIONNAIRE.dimensions.length / 2) ||
  step === QUESTIONNAIRE.dimensions.length;

/** The questionnaire: its first screen, every section, and the closing step. */
const questionnaire = async (v: Visit) => {
  const token = data.invites.get(`${v.width}|${v.lang}`);
  await v.page.goto(`${e2e.product.baseUrl}/respond#${token}`);
  await nextButton(v.page).waitFor();
  await settled(v.page);
  await measure(v, '/respond (first screen)');
  for (let step = 1; step <= QUESTIONNAIRE.dimensions.length; step++) {
    await nextButton(v.page).click();
    await v.page.locator('h2.step-title', { hasText: new RegExp(`^${step}\\.`) }).waitFor();
    if (!measured(step)) continue;
    await measure(v, `/respond (section ${step})`);
    await checkStepBar(v, `/respond (section ${step})`);
  }
  await nextButton(v.page).click();
  await v.page.locator('.unanswered').waitFor();
  await measure(v, '/respond (closing step)');
};

/** The quick check: the organisation step, every section, the review of open questions, the result. */
const quickCheck = async (v: Visit) => {
  await v.page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('quick-check.')) localStorage.removeItem(key);
  });
  await v.page.goto(`${e2e.product.baseUrl}/quick-check`);
  await v.page.locator('.context-form').waitFor();
  await settled(v.page);
  await measure(v, '/quick-check (organisation)');
  await checkStepBar(v, '/quick-check (organisation)');
  const figures: Record<string, number> = {
    employees: CONTEXT.employees,
    concurrentProjects: CONTEXT.concurrentProjects,
    projectManagers: CONTEXT.projectManagers,
  };
  for (const [field, value] of Object.entries(figures)) await v.page.fill(`#ctx-${field}`, String(value));
  for (const select of await v.page.locator('.context-form select').all())
    await select.selectOption({ index: 1 });
  const sections = QUESTIONNAIRE.dimensions.length;
  for (let step = 1; step <= sections; step++) {
    await nextButton(v.page).click();
    await v.page.locator(`.chips li:nth-child(${step}) [aria-current="step"]`).waitFor();
    if (measured(step)) {
      await measure(v, `/quick-check (section ${step})`);
      await checkStepBar(v, `/quick-check (section ${step})`);
    }
    // Every section but the last answered, so the review of open questions shows too.
    if (step < sections)
      await v.page.evaluate(() => {
        for (const r of document.querySelectorAll<HTMLInputElement>('fieldset.question input[value="3"]'))
          r.click();
      });
  }
  await nextButton(v.page).click();
  await v.page.locator('.unanswered').waitFor();
  await measure(v, '/quick-check (open questions)');
  await nextButton(v.page).click();
  await v.page.waitForURL(/\/quick-check\/result#/);
  await v.page.locator('.verdict-card h2').waitFor();
  await settled(v.page);
  await measure(v, '/quick-check/result');
};

/** How each declared page is reached; a path without a parameter and without an entry is simply opened. */
const RECIPES: Record<string, (v: Visit) => Promise<void>> = {
  '/quick-check': quickCheck,
  // Reached at the end of the quick check, with its answers in the address.
  '/quick-check/result': async () => {},
  '/respond': questionnaire,
  '/respond/:token': async (v) => {
    // The old form of the link: measured as a link that opens nothing (a real one would bind).
    await open(v, `/respond/${'x'.repeat(43)}`);
  },
  '/assessments/:id': async (v) => {
    await open(v, `/assessments/${data.finished}`);
    await open(v, `/assessments/${data.open}`);
  },
  '/assessments/:id/report': (v) => open(v, `/assessments/${data.finished}/report`),
  '/assessments/:id/fieldwork': (v) => open(v, `/assessments/${data.finished}/fieldwork`),
  '/assessments/:id/workshop': (v) => open(v, `/assessments/${data.finished}/workshop`),
  '/compare': async (v) => {
    await open(v, '/compare');
    await open(v, `/compare?assessment=${data.finished}`);
  },
  '/share': (v) => open(v, `/share#${data.share}`),
};

describe('every page fits a phone screen', () => {
  // One context per width, kept for every page and language; the two widths are measured side by
  // side, each in its own page.
  const pages = new Map<number, Page>();
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    data.consultant = await e2e.product.local.signIn(DEMO_CONSULTANT, DEMO_ORGANISATION);
    const list = await api('/api/assessments?limit=100');
    const byName = (name: string) => list.items.find((a: { clientName: string }) => a.clientName === name).id;
    data.finished = byName('Northwind Logistics');
    data.open = byName('Contoso Health');
    data.share = (await api(`/api/assessments/${data.finished}/share-links`, { label: 'Board' })).shareUrl
      .split('#')
      .pop();
    for (const lang of LANGUAGES) {
      // A long client name and a long stakeholder name: what a real invitation carries.
      const created = await api('/api/assessments', {
        clientName: 'Établissements Régionaux Bourgogne-Franche-Comté',
        context: CONTEXT,
        dueDate: '2027-03-31',
        language: lang,
      });
      for (const width of WIDTHS) {
        const invite = await api(`/api/assessments/${created.id}/stakeholders`, {
          role: 'project-manager',
          name: 'Marie-Christine Lefèvre-Dubois',
        });
        data.invites.set(`${width}|${lang}`, invite.inviteUrl.split('#').pop());
      }
    }
    contexts = await Promise.all(
      WIDTHS.map((width) => e2e.browser.newContext({ viewport: { width, height: HEIGHT } })),
    );
    for (const [i, width] of WIDTHS.entries()) {
      const page = await (contexts[i] as BrowserContext).newPage();
      await page.goto(`${e2e.product.baseUrl}/`);
      await page.evaluate(
        ([token, email, organisation]) =>
          localStorage.setItem('pmo-blueprint.session', JSON.stringify({ token, email, organisation })),
        [data.consultant, DEMO_CONSULTANT, DEMO_ORGANISATION],
      );
      pages.set(width, page);
    }
  }, SLOW);
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
  }, SLOW);

  it('knows how to reach every declared page', () => {
    const routes = declaredRoutes();
    expect(routes.length).toBeGreaterThan(10);
    const unreachable = routes.filter((path) => path.includes(':') && !RECIPES[path]);
    expect(unreachable, 'add a recipe for each page whose path has a parameter').toEqual([]);
  });

  it.each(LANGUAGES)(
    `in %s at ${WIDTHS.join(' and ')} px: no page is wider than the screen, and Back/Next stays on screen`,
    async (lang) => {
      const visits = WIDTHS.map(
        (width): Visit => ({ page: pages.get(width) as Page, lang, width, problems: [] }),
      );
      await Promise.all(
        visits.map(async (v) => {
          await v.page.evaluate((l) => localStorage.setItem('pmo-blueprint.language', l), lang);
          for (const path of [...declaredRoutes(), '/no-such-page']) {
            const recipe = RECIPES[path];
            if (recipe) await recipe(v);
            else await open(v, path);
          }
        }),
      );
      expect(visits.flatMap((v) => v.problems).join('\n')).toBe('');
    },
    SLOW,
  );
});
