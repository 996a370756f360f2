import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { DEMO_CONSULTANT, DEMO_ORGANISATION } from '../../functions/local/seed';
import { CONTEXT } from '../integration/fixtures';
import { downloadedBytes, seriousViolations, useProductAndBrowser } from './server';

/**
 * The whole engagement: the survey, the evidence register, the calibration workshop on a projector,
 * the validated report and the deck. A low level agreed for a dimension the recommended office
 * depends on changes the recommendation; the audit trail records each change.
 */
const e2e = useProductAndBrowser({ demo: true });
const CLIENT = 'Fabrikam Calibration';
const ALL_THREES = Object.fromEntries(
  QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((x) => [x.id, 3])),
);

let token = '';
let id = '';
const api = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${e2e.product.baseUrl}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token && !headers['x-invite-token'] ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
};

beforeAll(async () => {
  token = await e2e.product.local.signIn(DEMO_CONSULTANT, DEMO_ORGANISATION);
  const created = await api('POST', '/api/assessments', {
    clientName: CLIENT,
    // A regulated client: its controlling office rests on prerequisites the workshop can move (an
    // unregulated one fought over its people gets a supportive office, which has none).
    context: { ...CONTEXT, regulated: true },
    minGroupSize: 3,
  });
  id = created.json.id;
  // The survey: three project managers answer and submit, each rating one dimension's importance.
  for (let i = 0; i < 3; i++) {
    const invite = await api('POST', `/api/assessments/${id}/stakeholders`, { role: 'project-manager' });
    const link = invite.json.inviteUrl.split('#').pop();
    const saved = await api(
      'PUT',
      '/api/response',
      { answers: ALL_THREES, importance: { finance: 4 } },
      { 'x-invite-token': link },
    );
    const submitted = await api('POST', '/api/response/submit', undefined, {
      'x-invite-token': link,
      'x-device-key': saved.json.deviceKey,
    });
    expect(submitted.status).toBe(200);
  }
});

describe('from survey to validated findings', () => {
  it('survey → evidence → workshop → validated report → deck, the recommendation moving with the agreed level', async () => {
    const before = (await api('GET', `/api/assessments/${id}/results`)).json;
    const capability = before.result.pmo.readiness.capabilities[0];
    expect(capability.met).toBe(true);
    const dimension = before.validation.dimensions.find((d: { id: string }) => d.id === capability.dimension);
    expect(dimension.surveyed).toBe(3);

    const page = await e2e.browser.newPage({
      viewport: { width: 1920, height: 1080 },
      acceptDownloads: true,
    });
    await page.goto(`${e2e.product.baseUrl}/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: CLIENT }).click();
    await page.getByRole('link', { name: 'Calibration workshop' }).click();
    await page.getByRole('heading', { level: 1, name: `Calibration workshop: ${CLIENT}` }).waitFor();
    const card = page.locator(`[data-dimension="${capability.dimension}"]`);

    // Evidence for the dimension, from the register's form on the projected page.
    await card.getByText('Add evidence').first().click();
    await card.getByLabel('Document').fill('Steering committee minutes, Q3');
    await card.getByLabel('Link (optional)').fill('https://docs.client.test/steering/q3');
    await card.getByLabel('Observation').fill('No decision log; the same issues come back every month.');
    await card.getByLabel('Supports level').selectOption('1');
    await card.getByRole('button', { name: 'Add evidence' }).click();
    await card.getByText('Steering committee minutes, Q3').waitFor();

    // The room agrees level 2, then, with the evidence on screen, level 1.
    const agree = async (level: string, why: string) => {
      const current = page.locator(`[data-dimension="${capability.dimension}"]`);
      await current.getByLabel('Agreed level').selectOption(level);
      await current.getByLabel('Importance for the steering group').selectOption('5');
      await current.getByLabel('Rationale').fill(why);
      await current.getByRole('button', { name: 'Record the agreement' }).click();
      await page.getByText(why, { exact: false }).first().waitFor();
    };
    await agree('2', 'Practice exists but is not followed.');
    await agree('1', 'The minutes show no decision log at all.');
    const trail = page.getByRole('region', { name: 'Audit trail' }).or(page.locator('.workshop-trail'));
    await trail
      .getByText(/changed the agreed level of .* from 2 to 1: The minutes show no decision log at all\./)
      .waitFor();
    await trail
      .getByText(/changed the agreed level of .* from – to 2: Practice exists but is not followed\./)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The audit trail, as the organisation reads it: who, when, from, to, why for each change.
    const calibration = (await api('GET', `/api/assessments/${id}/calibration`)).json;
    const levelChanges = calibration.trail.filter((e: { field: string }) => e.field === 'level');
    expect(levelChanges.map((e: { from: number | null; to: number }) => [e.from, e.to])).toEqual([
      [2, 1],
      [null, 2],
    ]);
    expect(levelChanges.every((e: { by: string; at: string }) => e.by === DEMO_CONSULTANT && e.at)).toBe(
      true,
    );

    // The validated report: the recommendation moves with the agreed level, and says why.
    const after = (await api('GET', `/api/assessments/${id}/results`)).json;
    const now = after.result.pmo.readiness.capabilities.find(
      (c: { dimension: string }) => c.dimension === capability.dimension,
    );
    // Either the capability is now missing, or the model that needed it is no longer offered (a
    // control tower's prerequisite agreed below level 2 makes it ineligible).
    if (now) expect(now.met).toBe(false);
    else expect(after.result.pmo.model).not.toBe(before.result.pmo.model);
    expect(after.result.pmo.readiness.explanation).not.toBe(before.result.pmo.readiness.explanation);
    await page.getByRole('link', { name: 'Validated report' }).click();
    await page.getByRole('heading', { name: 'Surveyed and validated' }).waitFor();
    await page.getByText(after.result.pmo.readiness.explanation).first().waitFor();
    await page
      .locator('#validation')
      .getByText(
        /level 1 agreed in the calibration workshop \(1 documented evidence item\), where the survey scored 3\.00/,
      )
      .first()
      .waitFor();
    // Three changes: the level twice, the importance once; the level's two in one sentence.
    await page.getByText('3 changes recorded', { exact: false }).waitFor();
    await page
      .locator('#validation')
      .getByText(/the agreed level changed 2 times, last on .*, from 2 to 1/)
      .waitFor();
    await page.getByRole('heading', { name: 'Priorities: importance against maturity' }).waitFor();

    // The deck carries the priority map and the agreed level.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download slides' }).click();
    const zip = await JSZip.loadAsync(await downloadedBytes(await downloading));
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string') ?? ''),
    );
    const priorities = slides.find((s) => s.includes('matters most and is furthest from its target'));
    expect(priorities).toContain(`${dimension.name} (1)`);
    expect(Object.keys(zip.files).some((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))).toBe(true);
    await page.close();
  });
});
