import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE, routeFor } from '../../functions/core';
import { hashToken } from '../../functions/services/tokens';
import { freshInvite, seriousViolations, startQuestionnaire, useProductAndBrowser } from './server';

const e2e = useProductAndBrowser({ demo: true });

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
  return {
    answers: s?.answers ?? {},
    notes: s?.notes ?? {},
    handedOn: s?.handedOn ?? [],
    submittedAt: s?.submittedAt ?? null,
  };
};

describe('a stakeholder answers through the invite link', () => {
  it('answers half, reloads, resumes where they stopped, finishes and submits', async () => {
    const token = e2e.product.demoLink.split('#').pop() as string;
    const page = await e2e.browser.newPage();
    await page.goto(e2e.product.demoLink);
    // The frame says who asked: the client, the consulting firm, and the stakeholder's own role.
    await page.getByText(/^Invited by Demo Consulting · answering as /).waitFor();
    await startQuestionnaire(page);
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
    await startQuestionnaire(page);
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

  it('starts without a connection, and the first answers sent bind the link to this browser', async () => {
    const token = await freshInvite(e2e.product);
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.product.baseUrl}/respond#${token}`);
    await page.getByRole('button', { name: 'Start' }).waitFor();
    await context.setOffline(true);
    await startQuestionnaire(page);
    await answerStep(page, 3);
    await page.getByText('Offline: answers are kept on this device').waitFor();
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect
      .poll(async () => Object.keys((await savedAnswers(token)).answers).length, { timeout: 10_000 })
      .toBe(4);
    await page.getByText('All answers saved').waitFor();
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toMatch(/pmo\.device\./);
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
    // One Tab stop per question: "Not my area" and the note are reached by their keys (C opens the
    // note), so Tab goes on to the next question: a team member's own questions come first, so after
    // std-method comes std-vocabulary.
    await page.keyboard.press('c');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('Only in the IT department');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q-std-vocabulary');
    // A number key answers and moves on to the next question at once.
    await page.keyboard.press('4');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).not.toBe(
      'q-std-vocabulary',
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('radio');
    await expect
      .poll(async () => (await savedAnswers(token)).notes, { timeout: 10_000 })
      .toEqual({ 'std-method': 'Only in the IT department' });
    await expect
      .poll(async () => (await savedAnswers(token)).answers, { timeout: 10_000 })
      .toEqual({ 'std-method': 3, 'std-vocabulary': 4 });
    await page.close();
  });

  it('meets their own questions first, hands two on with one tap each, and finds them still handed on after a reload', async () => {
    const token = await freshInvite(e2e.product);
    const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${e2e.product.baseUrl}/respond#${token}`);
    // The invite states the time for this role (a team member's route), not for every question.
    const promise = page.locator('.route-time');
    await promise.waitFor();
    const route = routeFor(QUESTIONNAIRE, 'team-member');
    expect(await promise.innerText()).toContain(`About ${Math.round(route.phone)} minutes for your role`);
    expect(await seriousViolations(page)).toEqual([]);
    await startQuestionnaire(page);

    // Section 1: the team member's own questions first, then the others under their own heading.
    const standards = QUESTIONNAIRE.dimensions[0];
    const own =
      standards?.questions.filter((q) => q.audience?.includes('team-member')).map((q) => q.id) ?? [];
    const others =
      standards?.questions.filter((q) => !q.audience?.includes('team-member')).map((q) => q.id) ?? [];
    expect(others.length).toBeGreaterThanOrEqual(2);
    const shown = await page.locator('fieldset.question').evaluateAll((fs) => fs.map((f) => f.id.slice(2)));
    expect(shown).toEqual([...own, ...others]);
    await page.getByRole('heading', { name: 'Often answered by other roles' }).waitFor();
    expect(await page.locator(`#q-${others[0]} .audience-note`).innerText()).toMatch(
      /often answered by project managers/,
    );

    for (const id of own) await page.locator(`#q-${id} input[value="3"]`).check();
    // One taps "Not my area"; the other is answered first, then handed on with the H key.
    await page.locator(`#q-${others[0]}`).getByRole('button', { name: 'Not my area' }).click();
    await page.locator(`#q-${others[1]} input[value="2"]`).check();
    await page.locator(`#q-${others[1]} input[value="2"]`).focus();
    await page.keyboard.press('h');
    for (const id of others.slice(0, 2))
      expect(
        await page
          .locator(`#q-${id}`)
          .getByRole('button', { name: 'Not my area' })
          .getAttribute('aria-pressed'),
      ).toBe('true');
    await expect
      .poll(async () => (await savedAnswers(token)).handedOn.slice().sort(), { timeout: 10_000 })
      .toEqual(others.slice(0, 2).sort());
    await page.getByRole('status').filter({ hasText: 'All answers saved' }).waitFor();
    expect(
      await page
        .getByRole('button', { name: /Standards and methodology: 4 of 4 done, 2 not my area/ })
        .count(),
    ).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // After a reload the two are still handed on, and the page resumes at section 2.
    await page.reload();
    await page.locator('h2.step-title', { hasText: '2.' }).waitFor();
    await page.getByRole('button', { name: '← Back' }).click();
    for (const id of others.slice(0, 2))
      expect(
        await page
          .locator(`#q-${id}`)
          .getByRole('button', { name: 'Not my area' })
          .getAttribute('aria-pressed'),
      ).toBe('true');
    expect(await page.locator(`#q-${others[0]} input:checked`).count()).toBe(0);

    // Submit from the last step: the two are not in the open list.
    for (let step = 1; step <= QUESTIONNAIRE.dimensions.length; step++)
      await page.getByRole('button', { name: 'Next →' }).click();
    const open = page.getByRole('note').filter({ hasText: 'still open' });
    await open.waitFor();
    expect(await open.innerText()).not.toContain(`${standards?.name}, question`);
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await page.getByText('Thank you: your answers are submitted').waitFor();
    const saved = await savedAnswers(token);
    expect(saved.submittedAt).not.toBeNull();
    expect(saved.handedOn.slice().sort()).toEqual(others.slice(0, 2).sort());
    for (const id of others.slice(0, 2)) expect(saved.answers).not.toHaveProperty(id);
    for (const id of own) expect(saved.answers[id]).toBe(3);
    await page.close();
  });

  it('tells the holder of a revoked or unknown link what to do', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.product.baseUrl}/respond#${'x'.repeat(43)}`);
    await page.getByRole('alert').filter({ hasText: 'This link is not valid' }).waitFor();
    await page.close();
  });
});
