import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshInvite, seriousViolations, useProductAndBrowser } from './server';

const e2e = useProductAndBrowser();

const OTHER_DEVICE = 'This link is in use on another device, or its answers were already submitted';

/** Opens the link in a fresh browser profile (its own localStorage): another device. */
const device = async () => (await e2e.browser.newContext()).newPage();

/** Answers the first question at level 2 and waits until it is saved (which binds the link). */
const answerFirst = async (page: Page, token: string) => {
  await page.goto(`${e2e.product.baseUrl}/respond#${token}`);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('fieldset.question').first().locator('input[type=radio][value="2"]').check();
  await page.getByText('All answers saved').waitFor();
};

describe('a link bound to one device', () => {
  it('shows a clear page on another device once it tries to start, without anything of the answers', async () => {
    const token = await freshInvite(e2e.product);
    const laptop = await device();
    await answerFirst(laptop, token);
    // The browser keeps a device key, under a hash of the token: the token itself is not stored.
    const stored = await laptop.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).toMatch(/pmo\.device\./);
    expect(stored).not.toContain(token);

    const phone = await device();
    const response = await phone.goto(`${e2e.product.baseUrl}/respond#${token}`);
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    // Read without the key, a link shows the same empty questionnaire whatever was done with it; the
    // first write (Start) is refused, and the page says why at once.
    await phone.getByRole('button', { name: 'Start' }).click();
    await phone.getByRole('heading', { name: OTHER_DEVICE }).waitFor();
    await phone.getByText(/Ask your consultant for a new link/).waitFor();
    expect(await phone.locator('fieldset.question').count()).toBe(0);
    expect(await phone.locator('body').textContent()).not.toContain('Start');
    expect(await seriousViolations(phone)).toEqual([]);
    // The device that holds the link is told, calmly, that someone tried it elsewhere.
    await laptop.reload();
    await laptop
      .getByRole('note')
      .filter({ hasText: 'someone tried to use your link on another device' })
      .waitFor();
    await laptop.context().close();
    await phone.context().close();
  });

  it('moves to a new device with a one-time transfer code that only the bound device shows', async () => {
    const token = await freshInvite(e2e.product);
    const laptop = await device();
    await answerFirst(laptop, token);
    await laptop.getByText('Continue on another device').click();
    await laptop.getByRole('button', { name: 'Show a transfer code' }).click();
    const code = (await laptop.locator('.transfer-code').textContent()) as string;
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);

    const phone = await device();
    await phone.goto(`${e2e.product.baseUrl}/respond#${token}`);
    await phone.getByRole('button', { name: 'Start' }).click();
    await phone.getByRole('heading', { name: OTHER_DEVICE }).waitFor();
    await phone.getByLabel('Transfer code').fill('WRONG-CODE0');
    await phone.getByRole('button', { name: 'Continue here' }).click();
    await phone.getByRole('alert').filter({ hasText: 'transfer code is not valid' }).waitFor();
    await phone.getByLabel('Transfer code').fill(code.toLowerCase());
    await phone.getByRole('button', { name: 'Continue here' }).click();
    // The questionnaire opens on the phone where the laptop stopped, with the answer given there.
    await phone.locator('h2.step-title', { hasText: '1.' }).waitFor();
    expect(
      await phone.locator('fieldset.question').first().locator('input[type=radio][value="2"]').isChecked(),
    ).toBe(true);
    // The phone saves; the laptop is now "another device".
    await phone.locator('fieldset.question').nth(1).locator('input[type=radio][value="3"]').check();
    await phone.getByText('All answers saved').waitFor();
    await laptop.reload();
    await laptop.getByRole('heading', { name: OTHER_DEVICE }).waitFor();
    // The laptop's tab kept a copy for offline reloads; once the link has moved, none is left.
    const kept = await laptop.evaluate(() =>
      Object.keys(sessionStorage).filter((k) => k.startsWith('pmo.offline.response.')),
    );
    expect(kept).toEqual([]);
    await laptop.context().close();
    await phone.context().close();
  });
});
