import { describe, expect, it } from 'vitest';
import { hashToken } from '../../functions/services/tokens';
import { freshInvite, seriousViolations, useProductAndBrowser } from './server';

const e2e = useProductAndBrowser();

/** What is stored for a link, read from the store. */
const savedAnswers = async (token: string) => {
  const { store } = e2e.product.local;
  const invite = await store.findInvite(hashToken(token));
  const s = invite ? await store.getStakeholder(invite.assessmentId, invite.stakeholderId) : null;
  return s?.answers ?? {};
};

describe('the app shell offline', () => {
  it('reloads the questionnaire without a network, with its answers, and sends them on return', async () => {
    const token = await freshInvite(e2e.product);
    const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${e2e.product.baseUrl}/respond#${token}`);
    await page.getByRole('button', { name: 'Start' }).click();
    const questions = page.locator('fieldset.question');
    await questions.nth(0).locator('input[value="4"]').check();
    await page.getByText('All answers saved').waitFor();
    // The worker takes this page over once it has stored the shell.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });

    await context.setOffline(true);
    await questions.nth(1).locator('input[value="2"]').check();
    await page.getByText('Offline: answers are kept on this device').waitFor();
    await page.reload();
    await page.locator('h2.step-title', { hasText: '1.' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'You are offline. Your answers are kept on this device and will be sent' })
      .waitFor();
    expect(await questions.nth(0).locator('input[value="4"]').isChecked()).toBe(true);
    expect(await questions.nth(1).locator('input[value="2"]').isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // Only the public shell is cached: no API answer, nothing carrying the token.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(`${name} ${request.url}`);
      return urls;
    });
    expect(cached.length).toBeGreaterThan(3);
    for (const entry of cached) {
      expect(entry).toMatch(
        /^pmo-shell-[0-9a-f]{12} http:\/\/127\.0\.0\.1:\d+\/(index\.html|assets\/[\w-]+\.(js|css))$/,
      );
      expect(entry).not.toContain(token);
    }

    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(async () => Object.keys(await savedAnswers(token)).length, { timeout: 15_000 }).toBe(2);
    await page.getByText('All answers saved').waitFor();
    expect(await page.getByText('You are offline').count()).toBe(0);
    await context.close();
  });

  it('serves the worker from the root, revalidated, under the product headers', async () => {
    const res = await fetch(`${e2e.product.baseUrl}/sw.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("worker-src 'self'");
    const source = await res.text();
    expect(source).toContain('/index.html');
    expect(source).toContain('/api/');
  });
});

describe('the header', () => {
  it('folds the consultant menu at 390 px, keeps the current page marked and titles each route in the reader language', async () => {
    const consultant = await e2e.product.local.signIn(`shell-${Date.now()}@firm.test`, 'Shell Firm');
    const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${e2e.product.baseUrl}/`);
    await page.evaluate(
      (token) =>
        sessionStorage.setItem(
          'pmo-blueprint.session',
          JSON.stringify({ token, email: 'shell@firm.test', organisation: 'Shell Firm' }),
        ),
      consultant,
    );
    await page.goto(`${e2e.product.baseUrl}/compare`);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('link', { name: 'Outbox' }).isVisible()).toBe(false);
    // Brand, menu and language share the first row.
    const top = async (selector: string) => (await page.locator(selector).boundingBox())?.y ?? -1;
    expect(Math.abs((await top('.brand')) - (await top('#site-menu-toggle')))).toBeLessThan(12);
    expect(Math.abs((await top('#site-menu-toggle')) - (await top('#site-language')))).toBeLessThan(12);

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Compare' }).getAttribute('aria-current')).toBe('page');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    await nav.getByRole('link', { name: 'Outbox' }).click();
    await page.waitForURL(/\/outbox$/);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.title()).toBe('Outbox · PMO Blueprint');

    await page.getByLabel('Language').selectOption('de');
    await expect.poll(() => page.title()).toBe('Postausgang · PMO Blueprint');
    await page.goto(`${e2e.product.baseUrl}/compare`);
    await expect.poll(() => page.title()).toBe('Die PMO-Optionen vergleichen · PMO Blueprint');
    await page.getByLabel('Sprache').selectOption('en');
    await context.close();
  });
});
