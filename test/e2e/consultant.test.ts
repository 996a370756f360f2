import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { seriousViolations, useProductAndBrowser } from './server';

const e2e = useProductAndBrowser();
let page: Page;
beforeAll(async () => {
  page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
});

const noSeriousViolations = async () => expect(await seriousViolations(page)).toEqual([]);

describe('a consultant runs an assessment', () => {
  it('signs in, creates an assessment, invites a stakeholder and sees the invite in the outbox', async () => {
    await page.goto(`${e2e.product.baseUrl}/sign-in`);
    await noSeriousViolations();
    await page.getByLabel('E-mail').fill('lea@advisors.test');
    await page.getByLabel('Organisation').fill('Lea Advisors');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Assessments' }).waitFor();
    await page.getByText('No assessments yet').waitFor();
    await noSeriousViolations();

    await page.getByRole('link', { name: 'New assessment' }).click();
    await page.getByLabel('Client').fill('Fabrikam Energy');
    await page.getByLabel('People in the organisation').fill('1200');
    await page.getByLabel('Projects running at the same time').fill('30');
    await page.getByLabel('People who manage projects').fill('10');
    await page.getByLabel('In-house project-management expertise').selectOption('basic');
    await page.getByLabel('Urgency').selectOption('high');
    await page.getByLabel('Appetite for central control').selectOption('high');
    await page.getByLabel('Competition for shared people and budget').selectOption('high');
    await page.getByLabel('How long is the need?').selectOption('lasting');
    await noSeriousViolations();
    await page.getByRole('button', { name: 'Create assessment' }).click();
    await page.getByRole('heading', { name: 'Fabrikam Energy' }).waitFor();

    await page.getByLabel('Role', { exact: true }).selectOption('executive');
    await page.getByLabel('Name (optional)').fill('Iris Vogel');
    await page.getByLabel('E-mail (optional)').fill('iris@fabrikam.test');
    await page.getByRole('button', { name: 'Add and get link' }).click();
    const link = await page.getByLabel('Invite link').inputValue();
    expect(link).toMatch(/\/respond#[A-Za-z0-9_-]{43}$/);
    await page.getByRole('cell', { name: 'Executive' }).waitFor();
    await noSeriousViolations();

    await page.getByText('Invite several at once').click();
    await page
      .getByLabel(/One stakeholder per line/)
      .fill('project manager, Sofia Alves\ncontroller, Ruth Jensen, ruth@fabrikam.test\nteam member');
    await page.getByRole('button', { name: 'Invite 3 stakeholders' }).click();
    await page.getByRole('heading', { name: 'Stakeholders (4)' }).waitFor();
    expect(await page.locator('.bulk-invite code').count()).toBe(3);
    await noSeriousViolations();

    await page.getByText('Edit client, due date and context').click();
    await page.getByLabel('Answers due (optional)').last().fill('2027-02-15');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    await page.getByText('due 2027-02-15').waitFor();
    await noSeriousViolations();

    await page.getByRole('link', { name: 'Outbox' }).click();
    await page.getByText('To iris@fabrikam.test').waitFor();
    // The stored mail never holds the usable link: only the mail sent to the stakeholder does.
    const mail = await page
      .locator('article', { hasText: 'To iris@fabrikam.test' })
      .locator('pre')
      .textContent();
    expect(mail).not.toContain(link.split('#').pop() as string);
    expect(mail).toContain('What your consultant sees');
    await noSeriousViolations();
  });

  it('reads the report of the demo assessment with its charts, gaps and exports', async () => {
    await page.getByRole('button', { name: /Sign out/ }).click();
    await page.goto(`${e2e.product.baseUrl}/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Northwind Logistics' }).click();
    await page.getByRole('heading', { name: 'Stakeholders (16)' }).waitFor();
    await page.getByRole('link', { name: 'Report' }).click();
    await page.getByRole('heading', { name: 'How the roles see it' }).waitFor();
    expect(await page.getByRole('img', { name: /Maturity score per dimension/ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /Rollout timeline/ }).count()).toBe(1);
    expect(await page.locator('.heatmap tbody tr').count()).toBe(QUESTIONNAIRE.dimensions.length);
    expect(await page.getByRole('heading', { name: /^Recommended: a / }).count()).toBe(1);
    await noSeriousViolations();
    // Printing leaves out the navigation and the buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(50_000);
    await page.emulateMedia({ media: 'screen' });
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Answers (CSV)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('northwind-logistics-answers.csv');
  });

  it('compares the options with a what-if beside its verdict, and shares the scenario as a link', async () => {
    const id = new URL(page.url()).pathname.split('/')[2] as string;
    const compare = `${e2e.product.baseUrl}/compare?assessment=${id}`;
    await page.goto(compare);
    const verdict = page.locator('.verdict');
    await verdict.getByText(/^Recommendation: /).waitFor();
    const before = (await verdict.textContent()) as string;
    expect(before).toMatch(/Need score: \d+\/100/);
    await page.getByText('These are the real figures. Change a field to see what moves.').waitFor();
    await noSeriousViolations();

    // Two columns: the fields on the left, the verdict on the right, still in view further down.
    const fields = await page.locator('fieldset.what-if').boundingBox();
    const side = await page.locator('.scenario-side').boundingBox();
    expect(side && fields && side.x).toBeGreaterThan((fields?.x ?? 0) + (fields?.width ?? 0) - 1);
    await page.evaluate(() => window.scrollTo(0, 400));
    await page.waitForFunction(() => window.scrollY >= 400);
    const pinned = await verdict.boundingBox();
    expect(pinned?.y).toBeGreaterThanOrEqual(0);
    expect(pinned?.y).toBeLessThan(100);
    await page.evaluate(() => window.scrollTo(0, 0));

    // A change is marked against the real value, and the verdict says what moved.
    const projects = page.getByLabel('Projects running at the same time');
    const real = await projects.inputValue();
    await projects.fill('2');
    await page.getByLabel('Appetite for central control').selectOption('low');
    await page.getByText(`Changed from ${real}`, { exact: true }).waitFor();
    await page.getByText('Changed from Medium: common rules and checks are welcome').waitFor();
    await verdict.getByText(/Need score with your changes: \d+ → \d+ \(−\d+\)/).waitFor();
    await page
      .getByText(/^(Model|Sourcing): .+ becomes .+$/)
      .first()
      .waitFor();
    await page.getByText(/^Weather station: fit \d+ → \d+ \([+−]\d+\)$/).waitFor();
    expect(new URL(page.url()).searchParams.get('projects')).toBe('2');
    expect(new URL(page.url()).searchParams.get('control')).toBe('low');
    expect(new URL(page.url()).searchParams.get('assessment')).toBe(id);
    const changed = (await verdict.textContent()) as string;

    // Half-typed, negative and fractional numbers never move the verdict; each says why in words.
    const people = page.getByLabel('People in the organisation');
    for (const [text, message] of [
      ['', 'Enter a number.'],
      ['-5', 'This cannot be below zero.'],
      ['12.5', 'Enter a whole number, such as 12.'],
    ] as const) {
      await people.fill(text);
      await page.getByText(message, { exact: false }).first().waitFor();
      expect(await people.getAttribute('aria-invalid')).toBe('true');
      expect(await verdict.textContent()).toBe(changed);
    }
    await noSeriousViolations();

    // The link reopens the scenario; the copy button says it copied.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: e2e.product.baseUrl,
    });
    await page.getByRole('button', { name: 'Copy link to this scenario' }).click();
    await page.getByText('Link copied. It opens this page with the same figures.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    await page.goto(copied);
    await verdict.getByText(/Need score with your changes/).waitFor();
    expect(await page.getByLabel('Projects running at the same time').inputValue()).toBe('2');
    expect(await page.getByLabel('Appetite for central control').inputValue()).toBe('low');
    expect(await verdict.textContent()).toBe(changed);

    // Values a link cannot hold are flagged, not used.
    await page.goto(`${compare}&projects=lots&control=total`);
    await page
      .getByText(/could not be used, so these stay at the real figures: Appetite for central control/)
      .waitFor();
    await page.getByText(/^Enter a number, such as 12\./).waitFor();
    expect(await verdict.textContent()).toBe(before);
    await noSeriousViolations();

    await page.getByRole('button', { name: 'Reset to the real figures' }).click();
    expect(await page.getByLabel('Projects running at the same time').inputValue()).toBe(real);
    expect(new URL(page.url()).search).toBe(`?assessment=${id}`);
    // The wide table on a desktop, the recommended model said in words.
    await page
      .getByRole('columnheader', { name: /Recommended$/ })
      .first()
      .waitFor();
    expect(await page.locator('.model-cards').first().isVisible()).toBe(false);
  });
});
