import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { CONTEXT } from '../integration/fixtures';
import { seriousViolations, useProductAndBrowser } from './server';

const e2e = useProductAndBrowser();

/** Every question at one level, as one stakeholder would submit it. */
const answersAt = (level: number) =>
  Object.fromEntries(QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((q) => [q.id, level])));

describe('a report on thin evidence', () => {
  it('says it is preliminary, and why, while fewer than half of those invited have answered', async () => {
    const { product } = e2e;
    const email = `thin-${Date.now()}@firm.test`;
    const consultant = await product.local.signIn(email, 'Thin Evidence Consulting');
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${consultant}` };
    const post = async (path: string, body: unknown, extra: Record<string, string> = headers) =>
      (
        await fetch(`${product.baseUrl}${path}`, {
          method: 'POST',
          headers: extra,
          body: JSON.stringify(body),
        })
      ).json();
    const created = await post('/api/assessments', { clientName: 'Early Days Ltd', context: CONTEXT });
    const tokens: string[] = [];
    for (const role of [
      'executive',
      'executive',
      'management',
      'management',
      'project-manager',
      'project-manager',
      'team-member',
      'team-member',
    ])
      tokens.push(
        (await post(`/api/assessments/${created.id}/stakeholders`, { role })).inviteUrl.split('#').pop(),
      );
    // Three of eight submit: enough to publish figures, too few to call them final.
    for (const [i, token] of tokens.slice(0, 3).entries())
      await post(
        '/api/response/submit',
        { answers: answersAt(2 + (i % 2)) },
        { 'content-type': 'application/json', 'x-invite-token': token as string },
      );

    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${product.baseUrl}/sign-in`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Organisation').fill('Thin Evidence Consulting');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Assessments' }).waitFor();
    await page.goto(`${product.baseUrl}/assessments/${created.id}/report`);
    await page.getByRole('heading', { level: 1, name: 'Early Days Ltd' }).waitFor();
    const banner = page.locator('.preliminary');
    await banner.getByText('Preliminary.').waitFor();
    await banner.getByText('Only 3 of 8 invited stakeholders have submitted.').waitFor();
    // The verdict card's evidence figure agrees with the banner.
    await page.locator('.verdict-card').getByText('Preliminary', { exact: true }).waitFor();
    // Contents lead to the sections a steering committee reads, in their order.
    const contents = await page
      .getByRole('navigation', { name: 'Contents' })
      .getByRole('link')
      .allTextContents();
    expect(contents.slice(0, 4)).toEqual([
      'Summary',
      'How the roles see it',
      'Maturity by dimension',
      'Recommendation and business case',
    ]);
    expect(await page.title()).toBe('Report: Early Days Ltd · PMO Blueprint');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
