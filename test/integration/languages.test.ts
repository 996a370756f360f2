import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { CONTEXT } from './fixtures';
import { type Harness, harness, tokenOf } from './harness';

const everyQuestion = (level: number) =>
  Object.fromEntries(QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((q) => [q.id, level])));

let h: Harness;
let consultant: string;
beforeAll(async () => {
  h = await harness();
  consultant = await h.signIn('langues@cabinet.test', 'Cabinet Langues');
});

/** An assessment in a language, with three submitted responses (the anonymity threshold). */
const answeredAssessment = async (language: 'en' | 'fr' | 'de') => {
  const created = await h.call(
    'POST',
    '/api/assessments',
    { clientName: `Client ${language}`, context: CONTEXT, language, dueDate: '2026-12-31' },
    consultant,
  );
  expect(created.status).toBe(201);
  expect(created.json.language).toBe(language);
  for (const [role, level] of [
    ['project-manager', 2],
    ['team-member', 3],
    ['management', 4],
  ] as const) {
    const invite = await h.call(
      'POST',
      `/api/assessments/${created.json.id}/stakeholders`,
      { role, email: `${role}@client.test`, name: 'Alex' },
      consultant,
    );
    const token = tokenOf(invite.json.inviteUrl);
    expect((await h.respond('GET', token)).json.assessment.language).toBe(language);
    expect((await h.respond('SUBMIT', token, { answers: everyQuestion(level) })).status).toBe(200);
  }
  return created.json.id as string;
};

const mailsOf = async (client: string) =>
  (await h.call('GET', '/api/outbox', undefined, consultant)).json.items.filter((m: { subject: string }) =>
    m.subject.includes(client),
  );

describe('languages', () => {
  it('renders the report in the reader’s language: the same numbers, said in French, German or English', async () => {
    const id = await answeredAssessment('en');
    const read = (query: string, headers: Record<string, string> = {}) =>
      h.call('GET', `/api/assessments/${id}/results${query}`, undefined, consultant, headers);
    const [en, fr, de] = await Promise.all([read(''), read('?lang=fr'), read('?lang=de')]);
    for (const [res, language] of [
      [en, 'en'],
      [fr, 'fr'],
      [de, 'de'],
    ] as const) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-language')).toBe(language);
      expect(res.json.result.maturity.respondents).toBe(3);
    }
    // Every language explains the very same numbers.
    expect(fr.json.result.maturity.overall).toBe(en.json.result.maturity.overall);
    expect(de.json.result.pmo.need.score).toBe(en.json.result.pmo.need.score);
    expect(en.json.result.pmo.rationale[0]).toMatch(
      /^Maturity is at level 3 \(Defined\), overall 3\.00 of 5/,
    );
    expect(fr.json.result.pmo.rationale[0]).toMatch(
      /^La maturité est au niveau 3 \(Défini\), score global 3,00 sur 5/,
    );
    expect(de.json.result.pmo.rationale[0]).toMatch(
      /^Der Reifegrad liegt auf Stufe 3 \(Definiert\), gesamt 3,00 von 5/,
    );
    expect(fr.json.result.maturity.dimensions[0].name).toBe('Standards et méthodologie');
    expect(de.json.result.maturity.dimensions[0].name).toBe('Standards und Methodik');
    expect(fr.json.result.maturity.levelName).toBe('Défini');
  });

  it('takes the language from Accept-Language when ?lang= is absent, honouring quality values', async () => {
    const model = await h.call('GET', '/api/model', undefined, undefined, {
      'accept-language': 'es;q=1, de-CH;q=0.9, fr;q=0.8',
    });
    expect(model.status).toBe(200);
    expect(model.headers.get('content-language')).toBe('de');
    expect(model.json.language).toBe('de');
    expect(model.json.answerRule).toBe(
      'Wählen Sie die höchste Stufe, die für die meisten Projekte vollständig zutrifft.',
    );
    const french = await h.call('GET', '/api/model?lang=fr', undefined, undefined, {
      'accept-language': 'de',
    });
    expect(french.json.scale.special.map((s: { label: string }) => s.label)).toEqual([
      'Je ne sais pas',
      'Non applicable',
    ]);
    const unknown = await h.call('GET', '/api/model', undefined, undefined, { 'accept-language': 'ja, es' });
    expect(unknown.headers.get('content-language')).toBe('en');
  });

  it('refuses an unknown language, naming query.lang', async () => {
    const res = await h.call('GET', '/api/model?lang=xx');
    expect(res.status).toBe(400);
    expect(res.json.error.issues.map((i: { path: string }) => i.path)).toContain('query.lang');
  });

  it('answers the quick check in the language asked for', async () => {
    const res = await h.call('POST', '/api/quick-check?lang=fr', {
      context: CONTEXT,
      answers: everyQuestion(3),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('fr');
    expect(res.json.maturity.explanation[0]).toMatch(/^Le score global de 3,00/);
  });

  it.each([
    [
      'fr',
      'Client fr : votre regard sur la conduite des projets',
      'Bonjour Alex,',
      'Merci de répondre avant le 31 décembre 2026.',
    ],
    [
      'de',
      'Client de: Ihre Sicht auf die Projektarbeit',
      'Guten Tag Alex,',
      'Bitte antworten Sie bis zum 31. Dezember 2026.',
    ],
  ] as const)(
    'writes the invitation of an assessment in %s in that language',
    async (language, subject, greeting, due) => {
      await answeredAssessment(language);
      const mails = await mailsOf(`Client ${language}`);
      expect(mails).toHaveLength(3);
      expect(mails[0].subject).toBe(subject);
      expect(mails[0].body).toContain(greeting);
      expect(mails[0].body).toContain(due);
    },
  );

  it('changes the language of an assessment', async () => {
    const created = await h.call(
      'POST',
      '/api/assessments',
      { clientName: 'Switch', context: CONTEXT },
      consultant,
    );
    expect(created.json.language).toBe('en');
    const updated = await h.call(
      'PATCH',
      `/api/assessments/${created.json.id}`,
      { language: 'de' },
      consultant,
    );
    expect(updated.json.language).toBe('de');
    const refused = await h.call(
      'PATCH',
      `/api/assessments/${created.json.id}`,
      { language: 'it' },
      consultant,
    );
    expect(refused.status).toBe(400);
  });
});
