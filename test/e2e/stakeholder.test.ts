import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { hashToken } from '../../functions/services/tokens';
import { freshInvite, seriousViolations, useProductAndBrowser } from './server';

const e2e = useProductAndBrowser();

/** Answers every question of the current step with the given level (1–5). */
const answerStep = async (page: Page, level: number) => {
  const groups = page.locator('fieldset.question');
  const count = await groups.count();
  for (let i = 0; i < count; i++) await groups.nth(i).locator(`input[type=radio][value="${level}"]`).check();
};

/** What is stored for a link, read from the store (the API answers only the bound browser). */
const savedAnswers = async (token: string) => {
  const { store } = e2e.product.local;
  const invite = await store.findInvite(hashToken(token));
  const s = invite ? await store.getStakeholder(invite.assessmentId, invite.stakeholderId) : null;
  return { answers: s?.answers ?? {}, notes: s?.notes ?? {}, submittedAt: s?.submittedAt ?? null };
};

describe('a stakeholder answers through the invite link', () => {
  it('answers half, reloads, resumes where they stopped, finishes and submits', async () => {
    const token = e2e.product.demoLink.split('#').pop() as string;
    const page = await e2e.browser.newPage();
    await page.goto(e2e.product.demoLink);
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    const steps = QUESTIONNAIRE.dimensions.length;
    const questions = QUESTIONNAIRE.dimensions.reduce((n, d) => n + d.questions.length, 0);
    for (let step = 0; step < 5; step++) {
      await answerStep(page, 2);
      await page.getByRole('button', { name: 'Next →' }).click();
    }
    await expect
      .poll(async () => Object.keys((await savedAnswers(token)).answers).length, { timeout: 10_000 })
      .toBe(20);
    await page.getByRole('status').filter({ hasText: 'All answers saved' }).waitFor();

    await page.reload();
    await page.locator('h2.step-title', { hasText: '6.' }).waitFor();
    await page.getByRole('button', { name: '← Back' }).click();
    expect(await page.locator('fieldset.question input[value="2"]:checked').count()).toBe(4);
    await page.getByRole('button', { name: 'Next →' }).click();
    for (let step = 5; step < steps; step++) {
      await answerStep(page, 3);
      await page.getByRole('button', { name: 'Next →' }).click();
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Consolidated status reporting for management').check();
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await page.getByText('Thank you: your answers are submitted').waitFor();
    const saved = await savedAnswers(token);
    expect(Object.keys(saved.answers)).toHaveLength(questions);
    expect(saved.submittedAt).not.toBeNull();
    await page.close();
  });

  it('keeps answers given while offline and sends them when the connection returns', async () => {
    const token = await freshInvite(e2e.product);
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.product.baseUrl}/respond#${token}`);
    await page.getByRole('button', { name: 'Start' }).click();
    await context.setOffline(true);
    await answerStep(page, 4);
    await page.getByText('Offline: answers are kept on this device').waitFor();
    expect((await savedAnswers(token)).answers).toEqual({});
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect
      .poll(async () => Object.keys((await savedAnswers(token)).answers).length, { timeout: 10_000 })
      .toBe(4);
    await page.getByText('All answers saved').waitFor();
    await context.close();
  });

  it('can be answered with the keyboard alone', async () => {
    const token = await freshInvite(e2e.product);
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.product.baseUrl}/respond#${token}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('h2.step-title', { hasText: '1.' }).waitFor();
    // Tab into the first question's radio group, then move down to level 3 with the arrow keys.
    await page.locator('fieldset.question').first().locator('input[type=radio]').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(async () => (await savedAnswers(token)).answers, { timeout: 10_000 })
      .toEqual({ 'std-method': 3 });
    // Tab moves to the question's note, then on to the next question.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('Only in the IT department');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q-std-templates');
    await expect
      .poll(async () => (await savedAnswers(token)).notes, { timeout: 10_000 })
      .toEqual({ 'std-method': 'Only in the IT department' });
    await page.close();
  });

  it('tells the holder of a revoked or unknown link what to do', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.product.baseUrl}/respond#${'x'.repeat(43)}`);
    await page.getByRole('alert').filter({ hasText: 'This link is not valid' }).waitFor();
    await page.close();
  });
});
