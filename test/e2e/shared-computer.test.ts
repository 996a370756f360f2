import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { freshInvite, useProductAndBrowser } from './server';

const e2e = useProductAndBrowser();

const NOTE = 'Only the finance team ever sees the plan';
const OTHER_DEVICE = 'This link is in use on another device, or its answers were already submitted';

/**
 * Everything a later user of the same browser profile could read without the server: both
 * storages of every origin page, the IndexedDB databases and the Cache Storage entries.
 */
const leftBehind = async (page: Page) =>
  page.evaluate(async () => {
    const cached: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) cached.push(request.url);
    const databases = 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name ?? '') : [];
    return {
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      databases,
      cached,
    };
  });

/** Every address this tab's history can reach, walked with the back and forward buttons. */
const historyAddresses = async (page: Page) => {
  const seen = [page.url()];
  const length = await page.evaluate(() => history.length);
  for (let i = 1; i < length; i++) {
    await page.goBack({ waitUntil: 'domcontentloaded' }).catch(() => null);
    seen.push(page.url());
  }
  return seen;
};

const newUser = async (context: BrowserContext) => context.newPage();

describe('a shared computer', () => {
  it('keeps nothing of a submitted questionnaire that reads its answers or notes back', async () => {
    const token = await freshInvite(e2e.product);
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.product.baseUrl}/respond#${token}`);
    await page.getByRole('button', { name: 'Start' }).click();
    // The token left the address before the questionnaire showed.
    expect(page.url()).toBe(`${e2e.product.baseUrl}/respond`);
    const first = page.locator('fieldset.question').first();
    await first.locator('input[type=radio][value="4"]').check();
    await page.locator('fieldset.question textarea').first().fill(NOTE);
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByText('All answers saved').waitFor();
    // While answering: a device key (under a hash, never the token) and this tab's link.
    const during = await leftBehind(page);
    expect(during.local).toMatch(/pmo\.device\./);
    expect(during.local).not.toContain(token);

    // A reload in the middle still opens the questionnaire, from this tab's memory of the link.
    await page.reload();
    await page.locator('h2.step-title', { hasText: '1.' }).waitFor();
    expect(await first.locator('input[type=radio][value="4"]').isChecked()).toBe(true);
    expect(await page.locator('fieldset.question textarea').first().inputValue()).toBe(NOTE);

    for (let step = 1; step <= QUESTIONNAIRE.dimensions.length; step++)
      await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await page.getByText('Thank you: your answers are submitted').waitFor();

    const after = await leftBehind(page);
    expect(after.local).toBe('{}');
    expect(after.session).not.toContain(token);
    expect(after.session).not.toContain(NOTE);
    expect(after.session).not.toMatch(/pmo\.respond\.|pmo\.offline\.response/);
    expect(after.databases).toEqual([]);
    for (const url of after.cached) expect(url).toMatch(/\/(index\.html|assets\/[\w-]+\.(js|css))$/);
    for (const url of await historyAddresses(page)) expect(url).not.toContain(token);

    // The next user of the browser: the questionnaire address opens nothing, and even the invite
    // link itself (say, found in a mail left open) reads no answer and no note back. Read without
    // the device key it shows the same blank questionnaire as an unused link, and its first write
    // (Start) is refused: the page says the link is in use elsewhere or already submitted.
    const next = await newUser(context);
    await next.goto(`${e2e.product.baseUrl}/respond`);
    await next.getByRole('alert').filter({ hasText: 'personal invite link' }).waitFor();
    await next.getByRole('link', { name: 'Back to the start' }).waitFor();
    await next.goto(`${e2e.product.baseUrl}/respond#${token}`);
    await next.getByRole('button', { name: 'Start' }).waitFor();
    expect(next.url()).not.toContain(token);
    const total = QUESTIONNAIRE.dimensions.reduce((n, d) => n + d.questions.length, 0);
    expect(await next.getByLabel(`0 of ${total} questions done`).count()).toBe(1);
    expect(await next.locator('body').textContent()).not.toContain(NOTE);
    await next.getByRole('button', { name: 'Start' }).click();
    await next.getByRole('heading', { name: OTHER_DEVICE }).waitFor();
    expect(await next.locator('fieldset.question').count()).toBe(0);
    expect(await next.locator('body').textContent()).not.toContain(NOTE);
    expect(next.url()).not.toContain(token);
    // Nothing of the link was kept by the refused attempt either.
    const refused = await leftBehind(next);
    expect(refused.local).toBe('{}');
    expect(refused.session).not.toMatch(/pmo\.offline\.response/);
    await context.close();
  });

  it('says a mangled invite or share address is one, with a way on, never a stuck loader', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.product.baseUrl}/respond#%E0%A4%A`);
    await page.getByRole('alert').filter({ hasText: 'not a complete invite link' }).waitFor();
    expect(page.url()).toBe(`${e2e.product.baseUrl}/respond`);
    await page.goto(`${e2e.product.baseUrl}/share#not-a-token%`);
    await page.getByRole('alert').filter({ hasText: 'incomplete or damaged' }).waitFor();
    await page.getByRole('link', { name: 'Back to the start' }).waitFor();
    await context.close();
  });

  it('signs a consultant out in every tab, with nothing left that signs the next user in', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const signOuts: { url: string; authorization: string | undefined }[] = [];
    context.on('request', (r) => {
      if (r.url().endsWith('/api/auth/sign-out'))
        signOuts.push({ url: r.url(), authorization: r.headers().authorization });
    });
    await page.goto(`${e2e.product.baseUrl}/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
    // The session is this tab's: nothing in localStorage.
    const during = await leftBehind(page);
    expect(during.local).not.toContain('pmo-blueprint.session');
    const token = (JSON.parse(JSON.parse(during.session)['pmo-blueprint.session']) as { token: string })
      .token;

    // A second tab gets the session from the first, and is signed out with it.
    const second = await context.newPage();
    await second.goto(`${e2e.product.baseUrl}/portfolio`);
    await second.getByRole('button', { name: /Sign out/ }).waitFor();

    await page.getByRole('button', { name: /Sign out/ }).click();
    await page.getByRole('heading', { name: 'Sign in needed' }).waitFor();
    await second.getByRole('heading', { name: 'Sign in needed' }).waitFor();
    // The server is asked to refuse the token from now on.
    await expect.poll(() => signOuts.length).toBe(1);
    expect(signOuts[0]?.authorization).toBe(`Bearer ${token}`);
    for (const tab of [page, second]) {
      const after = await leftBehind(tab);
      expect(after.local + after.session).not.toContain(token);
      expect(after.databases).toEqual([]);
    }
    // Going back and forth, or opening a consultant page anew, asks for a sign-in.
    await page.goBack();
    await page.getByRole('heading', { name: 'Consultant sign-in' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { name: 'Sign in needed' }).waitFor();
    expect(await page.getByRole('button', { name: /Sign out/ }).count()).toBe(0);
    const next = await newUser(context);
    await next.goto(`${e2e.product.baseUrl}/assessments`);
    await next.getByRole('heading', { name: 'Sign in needed' }).waitFor();

    // Once the server offers the local sign-out (it answers 404 until then), the token is refused too.
    const signOut = await fetch(`${e2e.product.baseUrl}/api/auth/sign-out`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    if (signOut.status !== 404) {
      const me = await fetch(`${e2e.product.baseUrl}/api/me`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.status).toBe(401);
    }
    await context.close();
  });
});
