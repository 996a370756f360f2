import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { CONTEXT } from '../integration/fixtures';
import { seriousViolations, useProductAndBrowser } from './server';

const e2e = useProductAndBrowser();
const consultantEmail = `lang-${Date.now()}@firm.test`;

/** A consultant's assessment in French with three invited stakeholders; returns their tokens. */
const frenchAssessment = async () => {
  const { product } = e2e;
  const consultant = await product.local.signIn(consultantEmail, 'Cabinet Conseil');
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${consultant}` };
  const post = async (path: string, body: unknown) =>
    (
      await fetch(`${product.baseUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body) })
    ).json();
  const created = await post('/api/assessments', {
    clientName: 'Société Exemple',
    context: CONTEXT,
    language: 'fr',
  });
  const tokens: string[] = [];
  for (const role of ['project-manager', 'team-member', 'management']) {
    const invite = await post(`/api/assessments/${created.id}/stakeholders`, { role });
    tokens.push(invite.inviteUrl.split('#').pop() as string);
  }
  const results = async (lang: string) => {
    const res = await fetch(`${product.baseUrl}/api/assessments/${created.id}/results?lang=${lang}`, {
      headers,
    });
    return { language: res.headers.get('content-language'), body: await res.json() };
  };
  return { id: created.id as string, tokens, results };
};

/** Answers every step at one level, in whatever language the page shows, and submits. */
const answerAll = async (
  page: Page,
  level: number,
  words: { start: string; next: string; submit: string },
) => {
  await page.getByRole('button', { name: words.start }).click();
  for (let step = 0; step < QUESTIONNAIRE.dimensions.length; step++) {
    const groups = page.locator('fieldset.question');
    const count = await groups.count();
    for (let i = 0; i < count; i++)
      await groups.nth(i).locator(`input[type=radio][value="${level}"]`).check();
    await page.getByRole('button', { name: words.next }).click();
  }
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: words.submit }).click();
};

/** Every question at one level, saved and submitted through the API the questionnaire page uses. */
const answerThroughApi = async (token: string, level: number, lang: string) => {
  const answers = Object.fromEntries(
    QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((q) => [q.id, level])),
  );
  const base = e2e.product.baseUrl;
  const saved = await fetch(`${base}/api/response?lang=${lang}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'x-invite-token': token },
    body: JSON.stringify({ answers }),
  });
  expect(saved.status).toBe(200);
  const { deviceKey } = (await saved.json()) as { deviceKey: string };
  const submitted = await fetch(`${base}/api/response/submit`, {
    method: 'POST',
    headers: { 'x-invite-token': token, 'x-device-key': deviceKey },
  });
  expect(submitted.status).toBe(200);
};

const openLink = async (browser: Browser, token: string) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${e2e.product.baseUrl}/respond#${token}`);
  return { context, page };
};

describe('the questionnaire in French, German and English pools into one result', () => {
  // One assessment, answered step by step: each stakeholder's journey is a test of its own, so a
  // slow machine meets no single long test.
  let assessment: Awaited<ReturnType<typeof frenchAssessment>>;
  let french: string;
  let german: string;
  let english: string;
  beforeAll(async () => {
    assessment = await frenchAssessment();
    [french, german, english] = assessment.tokens as [string, string, string];
  });

  it('opens in the assessment’s language although the browser prefers English', async () => {
    const one = await openLink(e2e.browser, french);
    await one.page.getByRole('button', { name: 'Commencer' }).waitFor();
    expect(await one.page.getAttribute('html', 'lang')).toBe('fr');
    await one.page.getByText('Comment Société Exemple conduit ses projets').waitFor();
    expect(await seriousViolations(one.page)).toEqual([]);
    await answerAll(one.page, 3, { start: 'Commencer', next: 'Suivant →', submit: 'Envoyer mes réponses' });
    await one.page.getByText('Merci : vos réponses sont envoyées').waitFor();
    await one.context.close();
  });

  it('lets a stakeholder switch to German, and remembers the choice in this browser', async () => {
    const two = await openLink(e2e.browser, german);
    await two.page.getByRole('button', { name: 'Commencer' }).waitFor();
    await two.page.getByLabel('Langue').selectOption('de');
    await two.page.getByRole('button', { name: 'Beginnen' }).waitFor();
    await two.page.getByText('Wie Société Exemple Projekte durchführt').waitFor();
    expect(await two.page.getAttribute('html', 'lang')).toBe('de');
    await two.page.reload();
    await two.page.getByRole('button', { name: 'Beginnen' }).waitFor();
    await two.context.close();
    // Every step answered in the page is the French journey's above (and every German step's width is
    // the page-width test's): here the German answers go in through the API the page uses.
    await answerThroughApi(german, 2, 'de');
  });

  it('lets a stakeholder switch the questionnaire to English, and takes English answers', async () => {
    // The English journey through every step is the stakeholder test's (test/e2e/stakeholder.test.ts):
    // here the page shows English on request, and the answers go in through the same API it uses.
    const three = await openLink(e2e.browser, english);
    await three.page.getByLabel('Langue').selectOption('en');
    await three.page.getByRole('button', { name: 'Start' }).waitFor();
    await three.context.close();
    await answerThroughApi(english, 4, 'en');
  });

  it('counts every answer once, whatever language it was given in, and says the result in the reader’s', async () => {
    const { results } = assessment;
    const de = await results('de');
    const fr = await results('fr');
    expect(de.language).toBe('de');
    expect(fr.language).toBe('fr');
    expect(de.body.result.maturity.respondents).toBe(3);
    expect(de.body.result.maturity.overall).toBe(3);
    expect(fr.body.result.maturity).toMatchObject({
      respondents: 3,
      overall: de.body.result.maturity.overall,
      level: de.body.result.maturity.level,
    });
    expect(de.body.result.pmo.rationale[0]).toMatch(/^Der Reifegrad liegt auf Stufe 3/);
    expect(fr.body.result.pmo.rationale[0]).toMatch(/^La maturité est au niveau 3/);
  });

  it('lets the consultant read the report and the comparison in their own language', async () => {
    const { id } = assessment;
    const reader = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await reader.goto(`${e2e.product.baseUrl}/sign-in`);
    await reader.getByLabel('E-mail').fill(consultantEmail);
    await reader.getByLabel('Organisation').fill('Cabinet Conseil');
    await reader.getByRole('button', { name: 'Sign in' }).click();
    await reader.getByRole('heading', { name: 'Assessments' }).waitFor();
    await reader.goto(`${e2e.product.baseUrl}/assessments/${id}/report`);
    await reader.getByLabel('Language').selectOption('fr');
    await reader.getByText('Maturité en gestion de projet et recommandation de PMO').waitFor();
    await reader.getByRole('heading', { level: 2, name: 'Sommaire' }).waitFor();
    await reader.getByText(/^La maturité est au niveau 3 \(Défini\)/).waitFor();
    expect(await reader.getAttribute('html', 'lang')).toBe('fr');
    expect(await seriousViolations(reader)).toEqual([]);
    await reader.getByLabel('Langue').selectOption('de');
    await reader.getByRole('heading', { name: 'Wie die Rollen es sehen' }).waitFor();
    await reader.getByText(/^Der Reifegrad liegt auf Stufe 3 \(Definiert\)/).waitFor();
    expect(await reader.getAttribute('html', 'lang')).toBe('de');
    expect(await seriousViolations(reader)).toEqual([]);
    // The comparison runs the engine in the browser and says it in the reader's language too.
    await reader.goto(`${e2e.product.baseUrl}/compare?assessment=${id}`);
    await reader.getByRole('heading', { name: 'Die PMO-Optionen vergleichen' }).waitFor();
    await reader.getByText(/^Empfehlung: /).waitFor();
    await reader.getByText('Risiken der Einführung').waitFor();
    expect(await reader.getAttribute('html', 'lang')).toBe('de');
    expect(await seriousViolations(reader)).toEqual([]);
    await reader.close();
  });
});
