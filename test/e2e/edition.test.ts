import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRES } from '../../functions/core';
import { hashToken } from '../../functions/services/tokens';
import { CONTEXT } from '../integration/fixtures';
import { seriousViolations, useProductAndBrowser } from './server';

const e2e = useProductAndBrowser();

describe('an assessment answered in an earlier edition', () => {
  it('shows that edition’s questions, and its answers save', async () => {
    const { product } = e2e;
    const [earlier] = QUESTIONNAIRES;
    if (!earlier) throw new Error('no edition');
    const consultant = await product.local.signIn(`edition-${Date.now()}@firm.test`, 'Edition Advisors');
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${consultant}` };
    const me = await (await fetch(`${product.baseUrl}/api/me`, { headers })).json();
    // An assessment created before the current edition existed: stored with the earlier one.
    const id = randomUUID();
    await product.local.store.createAssessment({
      id,
      orgId: me.orgId,
      clientName: 'Older Client',
      context: CONTEXT,
      status: 'open',
      dueDate: null,
      baselineId: null,
      questionnaireVersion: earlier.version,
      minGroupSize: 3,
      createdAt: new Date().toISOString(),
      createdBy: 'edition@firm.test',
    } as Parameters<typeof product.local.store.createAssessment>[0]);
    const invite = await (
      await fetch(`${product.baseUrl}/api/assessments/${id}/stakeholders`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ role: 'project-manager' }),
      })
    ).json();
    const token = invite.inviteUrl.split('#').pop() as string;

    const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${product.baseUrl}/respond#${token}`);
    await page.getByRole('button', { name: 'Start' }).click();
    const first = earlier.dimensions[0]?.questions[0];
    if (!first) throw new Error('no question');
    // The earlier edition's wording, not the current one's.
    await page.locator(`#q-${first.id}`).getByText(first.text).waitFor();
    await page.locator(`#q-${first.id}`).locator('input[type=radio][value="3"]').check();
    await expect
      .poll(
        async () => {
          const found = await product.local.store.findInvite(hashToken(token));
          const s = found
            ? await product.local.store.getStakeholder(found.assessmentId, found.stakeholderId)
            : null;
          return s?.answers[first.id];
        },
        { timeout: 10_000 },
      )
      .toBe(3);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
