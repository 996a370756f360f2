import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { freshInvite, seriousViolations, startQuestionnaire, useProductAndBrowser } from './server';

const e2e = useProductAndBrowser();

const stepTitle = (page: Page) => page.locator('h2.step-title').first().innerText();

/** Checks level 3 on every open question of the current step, one by one, the last one last. */
const answerOpen = async (page: Page) => {
  const open = page.locator('fieldset.question:not(.answered)');
  while ((await open.count()) > 0) await open.first().locator('input[type=radio][value="3"]').check();
};

describe('returning to the questionnaire', () => {
  it('after a reload, answering a step’s last open question never moves the page, Next never skips a section, and the open questions are listed and linked before submitting', async () => {
    const token = await freshInvite(e2e.product);
    const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${e2e.product.baseUrl}/respond#${token}`);
    await startQuestionnaire(page);
    // Section 1 fully, section 2 all but its last question.
    await answerOpen(page);
    await page.getByRole('button', { name: 'Next →' }).click();
    const second = page.locator('fieldset.question');
    const count = await second.count();
    for (let i = 0; i < count - 1; i++) await second.nth(i).locator('input[type=radio][value="3"]').check();
    await page.getByRole('status').filter({ hasText: 'All answers saved' }).waitFor();

    // Come back: the page resumes at section 2, the first with an open question.
    await page.reload();
    await page.locator('h2.step-title').first().waitFor();
    const resumedAt = await stepTitle(page);
    expect(resumedAt).toContain(QUESTIONNAIRE.dimensions[1]?.name ?? '');
    // Answering its last open question leaves the page where it is.
    await page.locator('fieldset.question:not(.answered)').first().locator('input[value="3"]').check();
    await page.waitForTimeout(300);
    expect(await stepTitle(page)).toBe(resumedAt);
    // Next goes to section 3, not beyond.
    await page.getByRole('button', { name: 'Next →' }).click();
    expect(await stepTitle(page)).toContain(QUESTIONNAIRE.dimensions[2]?.name ?? '');

    // Jump to the end by the section chips: the open questions are listed and linked.
    const last = QUESTIONNAIRE.dimensions.length;
    for (let step = 3; step <= last; step++) await page.getByRole('button', { name: 'Next →' }).click();
    const open = page.getByRole('note').filter({ hasText: 'still open' });
    await open.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await open.getByRole('link').first().click();
    expect(await stepTitle(page)).toContain(QUESTIONNAIRE.dimensions[2]?.name ?? '');
    await page.close();
  });
});
