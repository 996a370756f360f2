import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { downloadedBytes, seriousViolations, useProductAndBrowser } from './server';

const e2e = useProductAndBrowser({ demo: true });
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
    await page.getByRole('heading', { name: 'Assessments', exact: true }).waitFor();
    await page.getByText('No assessments yet').waitFor();
    // A button of ordinary height, on a desktop and on a phone.
    const newButton = page.getByRole('link', { name: 'New assessment' });
    expect((await newButton.boundingBox())?.height).toBeLessThan(50);
    await page.setViewportSize({ width: 390, height: 844 });
    expect((await newButton.boundingBox())?.height).toBeLessThan(50);
    await page.setViewportSize({ width: 1280, height: 900 });
    await noSeriousViolations();

    await page.getByRole('link', { name: 'New assessment' }).click();
    // Enter on an empty form is not a dead end: it says what is missing and goes to the first field.
    await page.getByLabel('Client').press('Enter');
    await page.getByText(/things are missing before the assessment can be saved/).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('client');
    expect(await page.getByRole('button', { name: 'Create assessment' }).isDisabled()).toBe(false);
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
    // The fresh link says whom it is for, and copying it is confirmed on the button and to screen readers.
    const link = await page.getByLabel('Invite link for Iris Vogel (Executive)').inputValue();
    expect(link).toMatch(/\/respond#[A-Za-z0-9_-]{43}$/);
    await page.getByText('Iris Vogel (Executive)', { exact: true }).waitFor();
    await page
      .getByText(/Shown only now/)
      .first()
      .waitFor();
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.product.baseUrl });
    const copy = page.getByRole('button', { name: 'Copy the link for Iris Vogel (Executive)' });
    await copy.click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The link for Iris Vogel (Executive) is copied.' })
      .waitFor();
    await page.getByRole('button', { name: 'Copied: the link for Iris Vogel (Executive)' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    // No share sheet in desktop Chromium, so no Share button.
    expect(await page.getByRole('button', { name: /^Share the link/ }).count()).toBe(0);
    await page.getByRole('cell', { name: 'Executive', exact: true }).waitFor();
    await noSeriousViolations();
    await page.getByRole('button', { name: 'Done' }).click();

    await page.getByText('Invite several at once').click();
    await page
      .getByLabel(/One stakeholder per line/)
      .fill(
        'project manager, Sofia Alves\ncontroller, Ruth Jensen, ruth@fabrikam.test\nteam member, =HYPERLINK("x")',
      );
    await page.getByRole('button', { name: 'Invite 3 stakeholders' }).click();
    await page.getByRole('heading', { name: 'Stakeholders (4)' }).waitFor();
    await page.getByRole('heading', { name: '3 new invite links' }).waitFor();
    expect(await page.locator('.bulk-invite .link-list input').count()).toBe(3);
    await page.getByText('Ruth Jensen (Controller)', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Copy all links' }).click();
    await page.getByRole('status').filter({ hasText: '3 links copied.' }).waitFor();
    const all = await page.evaluate(() => navigator.clipboard.readText());
    expect(all.split('\n')).toHaveLength(3);
    expect(all.split('\n')[0]).toMatch(/^Sofia Alves \(Project manager\): http.*\/respond#/);
    // The CSV is built in the browser, quoted, and a cell that starts like a formula is defused.
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as CSV' }).click();
    const csvFile = await csvDownload;
    expect(csvFile.suggestedFilename()).toBe('invite-links-fabrikam-energy.csv');
    const csv = (await downloadedBytes(csvFile)).toString('utf8');
    expect(csv).toContain('Name,E-mail,Role,Link\r\n');
    expect(csv).toContain('Ruth Jensen,ruth@fabrikam.test,Controller,http');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",,Team member,http`);
    await noSeriousViolations();

    await page.getByText('Edit client, due date and context').click();
    await page.getByLabel('Answers due (optional)').last().fill('2027-02-15');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    await page.getByText('answers due February 15, 2027').waitFor();
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
    // Bodies are folded; the filters narrow a long outbox by kind, assessment and words.
    expect(await page.locator('.mail details[open]').count()).toBe(0);
    await page.getByLabel('Assessment', { exact: true }).selectOption('Fabrikam Energy');
    await page.getByLabel('Kind').selectOption('invitation');
    await page.getByText(/messages? of \d+ shown\./).waitFor();
    const headings = await page.locator('.mail h2').allTextContents();
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) expect(h).toMatch(/^Invitation Fabrikam Energy: /);
    await page.getByLabel('Search').fill('nobody-at-all');
    await page.getByText('No message matches: change the search or the filters.').waitFor();
    await page.getByRole('button', { name: 'Show all' }).click();
    await page.getByText('To iris@fabrikam.test').waitFor();
    await noSeriousViolations();
  });

  it('asks before reminding, revoking and closing, with the counts, in a dialog that gives focus back', async () => {
    let nativeDialogs = 0;
    page.on('dialog', (d) => {
      nativeDialogs++;
      void d.dismiss();
    });
    await page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await page.getByRole('link', { name: 'Fabrikam Energy' }).click();
    await page.getByRole('heading', { name: 'Stakeholders (4)' }).waitFor();
    const dialog = page.getByRole('dialog');
    // Every cell of a stakeholder's row, actions included, is as tall as the row: the borders line up.
    const ragged = await page.evaluate(
      () =>
        [...document.querySelectorAll('table.stakeholders tbody tr')].filter((row) =>
          [...row.children].some(
            (cell) => (cell as HTMLElement).offsetHeight !== (row as HTMLElement).offsetHeight,
          ),
        ).length,
    );
    expect(ragged).toBe(0);
    // Nobody has submitted: the counts say what the next batch needs, and no role shows a count yet.
    await page.getByText('0 of 4 invited have submitted (0 %).').waitFor();
    await page.getByText(/it shows 0 until 3 have submitted/).waitFor();
    expect(
      await page
        .locator('.role-rates')
        .getByText(/not shown yet/)
        .count(),
    ).toBe(4);
    // The people table lists invitations, never what anyone did with them.
    const heads = await page.locator('table.stakeholders thead th').allTextContents();
    expect(heads).toEqual(['Name', 'E-mail', 'Role', 'Link', 'Invited', 'Actions']);

    const remind = page.getByRole('button', { name: 'Remind everyone who has not submitted' });
    await remind.click();
    await dialog
      .getByText(/One message goes to every invitee with an e-mail address who has not submitted/)
      .waitFor();
    await dialog.getByText('A reminder goes out at most once a day.').waitFor();
    // Every confirmation opens on its safe choice: a stray Enter sends nothing.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await noSeriousViolations();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await remind.evaluate((el) => el === document.activeElement)).toBe(true);

    await remind.click();
    await dialog.getByRole('button', { name: 'Send the reminder' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The reminder is on its way to everyone who has not submitted.' })
      .waitFor();
    await remind.click();
    await dialog.getByRole('button', { name: 'Send the reminder' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'No reminder went out: the last one was sent less than a day ago.' })
      .waitFor();

    await page.getByRole('button', { name: 'Revoke the link of Ruth Jensen (Controller)' }).click();
    await dialog.getByRole('heading', { name: 'Revoke the link of Ruth Jensen (Controller)?' }).waitFor();
    await dialog.getByText(/The link stops working at once/).waitFor();
    // Nothing in the dialog claims to know whether this person answered.
    await dialog.getByText(/If they have submitted, their answers stay counted/).waitFor();
    await dialog.getByRole('button', { name: 'Revoke the link' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The link of Ruth Jensen (Controller) is revoked.' })
      .waitFor();
    await page
      .getByRole('row', { name: /Ruth Jensen/ })
      .getByText('Revoked')
      .waitFor();

    // A new link: the dialog says what happens to the old one, and the link arrives named and focused.
    await page.getByRole('button', { name: 'New link for Iris Vogel (Executive)' }).click();
    await dialog.getByText('The new link is also sent to iris@fabrikam.test.').waitFor();
    await dialog.getByRole('button', { name: 'Issue a new link' }).click();
    await page.getByRole('heading', { name: 'New invite link' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New invite link');
    expect(await page.getByLabel('Invite link for Iris Vogel (Executive)').inputValue()).toMatch(
      /\/respond#/,
    );

    await page.getByRole('button', { name: 'Close the assessment' }).click();
    await dialog.getByText('So far 0 of 3 invited have submitted, counted in batches of 3.').waitFor();
    await noSeriousViolations();
    await dialog.getByRole('button', { name: 'Close the assessment' }).click();
    await page.getByRole('status').filter({ hasText: 'The assessment is closed.' }).waitFor();
    await page.getByRole('button', { name: 'Reopen the assessment' }).waitFor();
    expect(nativeDialogs).toBe(0);

    // A follow-up invites the stakeholders whose links are live again, and shows their new links.
    await page.getByRole('button', { name: 'Start a follow-up assessment' }).click();
    await dialog
      .getByText(
        '3 stakeholders are invited again, each with a new link (by mail where an e-mail address is known).',
      )
      .waitFor();
    await dialog.getByRole('button', { name: 'Start the follow-up' }).click();
    await page.getByRole('link', { name: 'follow-up of the earlier assessment' }).waitFor();
    await page.getByRole('heading', { name: '3 new invite links' }).waitFor();
    await page.getByText('Sofia Alves (Project manager)', { exact: true }).waitFor();

    // On a phone the stakeholders stack into labelled rows: nothing runs off the side of the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { name: 'Stakeholders (3)' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await noSeriousViolations();
    await page.setViewportSize({ width: 1280, height: 900 });

    // The workspace speaks the reader's language.
    await page.getByLabel('Language', { exact: true }).selectOption('fr');
    await page.getByRole('heading', { name: 'Parties prenantes (3)' }).waitFor();
    await page.getByRole('button', { name: 'Clôturer l’évaluation' }).waitFor();
    await noSeriousViolations();
    await page.getByLabel('Langue', { exact: true }).selectOption('en');
    await page.getByRole('heading', { name: 'Stakeholders (3)' }).waitFor();
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
    // The raw data sits behind one menu, so the report's actions fit one row.
    await page.getByText('Data (CSV, JSON)').click();
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
