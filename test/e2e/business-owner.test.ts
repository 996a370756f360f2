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
    expect(await verdict.getAttribute('aria-live')).toBe('polite');
    expect(await seriousViolations(page)).toEqual([]);
    // The what-if asks with the questionnaire's own labels, and marks each change against the real value.
    await page.getByLabel('Projects running at the same time').fill('35');
    await page.getByText('Changed from 2', { exact: true }).waitFor();
    await page.getByLabel('People in the organisation').fill('900');
    // Enough people to lead 35 projects: with one, the leads come first, not an office.
    await page.getByLabel('People who manage projects').fill('5');
    await page.getByLabel('Competition for shared people and budget').selectOption('high');
    await page.getByLabel('Appetite for central control').selectOption('high');
    // With nobody knowing how projects are run, capability comes first whatever the size: some
    // expertise in house turns the answer into an office.
    await page.getByLabel('In-house project-management expertise').selectOption('basic');
    // One answer per dimension is too thin to carry control: the direction is the least controlling
    // office that fits, until a team assessment decides the degree of control.
    await verdict.getByText('Recommendation: Weather station').waitFor();
    await verdict.getByText(/Need score with your changes: \d+ → \d+ \(\+\d+\)/).waitFor();
    await page.getByText(/^Model: no PMO becomes Weather station$/).waitFor();

    // On a phone the verdict stays pinned at the bottom of the screen while the fields are in view.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByLabel('How long is the need?').focus();
    const box = await verdict.boundingBox();
    expect(box && box.y + box.height).toBeGreaterThan(844 - 4);
    expect(box && box.y + box.height).toBeLessThanOrEqual(844 + 1);
    const field = await page.getByLabel('How long is the need?').boundingBox();
    expect(field && field.y + field.height).toBeLessThan(box?.y ?? 0);

    // A cleared number is not zero: the verdict stays, and the field says what it still counts.
    await page.getByLabel('Projects running at the same time').fill('');
    await page.getByText('Enter a number. Until then the comparison keeps 35.').waitFor();
    await verdict.getByText('Recommendation: Weather station').waitFor();
    await page.getByLabel('People who manage projects').fill('1000');
    await page
      .getByText(/more people managing projects \(1,000\) than people in the organisation \(900\)/)
      .waitFor();
    expect(page.url()).toMatch(/[?&]projects=35(&|$)/);
    // The impossible figure is not shared in the link: it keeps the last one the comparison counts.
    expect(page.url()).not.toMatch(/managers=1000/);
    expect(page.url()).toMatch(/[?&]managers=5(&|$)/);

    // One card per option, the recommended one said in words; nothing scrolls sideways.
    const models = page.getByRole('region', { name: 'The three PMO models side by side' }).last();
    expect(await page.locator('.compare-wide').first().isVisible()).toBe(false);
    expect(await models.getByRole('article').count()).toBe(3);
    await models.getByRole('heading', { name: 'Weather station Recommended' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);

    // The link of a quick-check scenario says what it carries: the changes, not the quick check.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: e2e.product.baseUrl,
    });
    await page.getByRole('button', { name: 'Copy link to this scenario' }).click();
    await page.getByText(/^Link copied\. It holds only the changed figures/).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    await page.getByRole('button', { name: 'Reset to the real figures' }).click();
    await verdict.getByText('Recommendation: no PMO yet').waitFor();
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });
});
