import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { seriousViolations, useProductAndBrowser } from './server';

const e2e = useProductAndBrowser();

const fillContext = async (page: import('playwright-core').Page, people: string, managers: string) => {
  await page.getByLabel('People in the organisation').fill(people);
  await page.getByLabel('Projects running at the same time').fill('12');
  await page.getByLabel('People who manage projects').fill(managers);
  await page.getByLabel('In-house project-management expertise').selectOption('basic');
  await page.getByLabel('Urgency').selectOption('medium');
  await page.getByLabel('Appetite for central control').selectOption('medium');
  await page.getByLabel('Competition for shared people and budget').selectOption('high');
  await page.getByLabel('How long is the need?').selectOption('lasting');
};

describe('the quick check, start to result', () => {
  it('checks the figures on their own step, lists open questions, keeps the result at its own address', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${e2e.product.baseUrl}/quick-check`);

    // Impossible figures are caught on the first step, in plain words, before any question.
    await fillContext(page, '0', '3');
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByText('Count at least one person: yourself.').waitFor();
    expect(await page.getByLabel('People in the organisation').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ctx-employees');
    await page.getByLabel('People in the organisation').fill('2');
    await page
      .getByText('There cannot be more people managing projects (3) than people in the organisation (2).')
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('People in the organisation').fill('120');
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('heading', { level: 2, name: QUESTIONNAIRE.dimensions[0]?.name }).waitFor();

    // Every step but the last answered in full; the last one left open.
    for (let step = 0; step < QUESTIONNAIRE.dimensions.length - 1; step++) {
      for (const q of await page.locator('fieldset.question').all())
        await q.locator('input[value="3"]').check();
      await page.getByRole('button', { name: 'Next →' }).click();
    }
    const last = QUESTIONNAIRE.dimensions.at(-1);
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.getByRole('heading', { name: 'Before we score' }).waitFor();
    const open = page.locator('.unanswered li');
    expect(await open.count()).toBe(last?.questions.length);
    expect(await seriousViolations(page)).toEqual([]);
    // Each open question links to its place.
    await open.first().getByRole('link').click();
    await page.locator(`#q-${last?.questions[0]?.id}`).waitFor();
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.getByRole('button', { name: 'See my result anyway' }).click();

    await page.waitForURL(/\/quick-check\/result#v=/);
    await page.getByRole('heading', { level: 1, name: 'Your quick-check result' }).waitFor();
    const verdict = page.locator('.verdict-card');
    await verdict.getByRole('heading', { level: 2 }).waitFor();
    const title = await verdict.getByRole('heading', { level: 2 }).textContent();
    // Summary first: the four key figures, the top reasons and the next step.
    for (const figure of ['Maturity', 'Need for a PMO', 'Best fit', 'Evidence'])
      await verdict.getByText(figure, { exact: true }).waitFor();
    await verdict.getByRole('heading', { name: 'Top reasons' }).waitFor();
    await verdict.getByRole('heading', { name: 'Next step' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.title()).toBe('Your quick-check result · PMO Blueprint');

    // The result survives a reload, and its address holds no answers a server would see.
    const address = page.url();
    expect(new URL(address).search).toBe('');
    await page.reload();
    await verdict.getByRole('heading', { level: 2, name: title ?? '' }).waitFor();

    // The address alone brings the result back in a fresh browser (what "share" hands on).
    const other = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await other.goto(address);
    await other
      .locator('.verdict-card')
      .getByRole('heading', { level: 2, name: title ?? '' })
      .waitFor();
    expect(await seriousViolations(other)).toEqual([]);
    await other.close();

    // Sharing without a share sheet copies the link and says so.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Share this result' }).click();
    await page.getByText('Link copied').waitFor();

    // Start over forgets everything and returns to the first step, with one tap to undo it.
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.waitForURL(/\/quick-check$/);
    expect(await page.getByLabel('People in the organisation').inputValue()).toBe('');
    await page.getByRole('status').filter({ hasText: 'Started over' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('heading', { level: 2, name: QUESTIONNAIRE.dimensions.at(-1)?.name }).waitFor();
    await page.getByRole('button', { name: '← Back' }).click();
    expect(await page.locator('fieldset.question input:checked').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('answers at keyboard speed: one Tab stop per question, a number key answers and moves on', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${e2e.product.baseUrl}/quick-check`);
    await fillContext(page, '120', '4');
    await page.getByRole('button', { name: 'Next →' }).click();
    const first = QUESTIONNAIRE.dimensions[0];
    await page.getByRole('heading', { level: 2, name: first?.name }).waitFor();
    // From the step's heading, Tab lands in the first question, and Tab again in the second.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      `q-${first?.questions[0]?.id}`,
    );
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      `q-${first?.questions[1]?.id}`,
    );
    await page.keyboard.press('Shift+Tab');
    // One key per question; after the last, focus is on Next.
    for (const _ of first?.questions ?? []) await page.keyboard.press('3');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Next →');
    expect(await page.locator('fieldset.question input:checked[value="3"]').count()).toBe(
      first?.questions.length,
    );
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: QUESTIONNAIRE.dimensions[1]?.name }).waitFor();
    await page.close();
  });

  it('a tampered result address is explained, with a way on', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(
      `${e2e.product.baseUrl}/quick-check/result#v=${QUESTIONNAIRE.version}&employees=-4&a=333`,
    );
    await page.getByRole('heading', { name: 'The result cannot be shown' }).waitFor();
    await page.getByText('This result link is incomplete').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${e2e.product.baseUrl}/quick-check/result#v=1999.1&a=333`);
    await page.getByText('questionnaire edition 1999.1').waitFor();
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.waitForURL(/\/quick-check$/);
    await page.close();
  });
});
