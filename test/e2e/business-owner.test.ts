import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { seriousViolations, useProductAndBrowser } from './server';

const e2e = useProductAndBrowser();

describe('the quick check and the what-if', () => {
  it('a small firm answers alone and is told it needs no PMO yet, then plays what-if', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(e2e.product.baseUrl);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Start the quick check' }).click();
    await page.getByLabel('People in the organisation').fill('14');
    await page.getByLabel('Projects running at the same time').fill('2');
    await page.getByLabel('People who manage projects').fill('1');
    await page.getByLabel('In-house project-management expertise').selectOption('none');
    await page.getByLabel('Urgency').selectOption('low');
    await page.getByLabel('Appetite for central control').selectOption('low');
    await page.getByLabel('Competition for shared people and budget').selectOption('low');
    await page.getByLabel('How long is the need?').selectOption('lasting');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next →' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    for (let step = 0; step < QUESTIONNAIRE.dimensions.length; step++) {
      await page.locator('fieldset.question').first().locator('input[value="2"]').check();
      const next = page.getByRole('button', { name: 'Next →' });
      if (await next.count()) await next.click();
    }
    await page.getByRole('button', { name: 'See my result' }).click();
    // Skipped questions are listed, each linked, before anything is scored.
    await page.getByRole('heading', { name: 'Before we score' }).waitFor();
    await page.getByRole('button', { name: 'See my result anyway' }).click();
    await page.waitForURL(/\/quick-check\/result#/);
    await page.getByRole('heading', { name: 'No PMO yet', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'What to do instead' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Compare the options' }).click();
    const verdict = page.locator('.verdict');
    await verdict.getByText('Recommendation: no PMO yet').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Projects at once').fill('35');
    await page.getByLabel('People', { exact: true }).fill('900');
    await page.getByLabel('Competition for shared people').selectOption('high');
    await page.getByLabel('Appetite for central control').selectOption('high');
    // A directive resource source would fit, but not on one answer per dimension: the control tower
    // stands in until the assessment is completed.
    await verdict.getByText('Recommendation: Control tower').waitFor();
    await page.getByRole('button', { name: 'Back to the real context' }).click();
    await verdict.getByText('Recommendation: no PMO yet').waitFor();
    await page.close();
  });
});
