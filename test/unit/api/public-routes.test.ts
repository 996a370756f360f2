import { describe, expect, it } from 'vitest';
import { createApp, MAX_BODY_BYTES } from '../../../functions/api/app';
import { QUESTIONNAIRE } from '../../../functions/core';
import { context, uniformAnswers } from '../core/fixtures';

const app = createApp({ questionnaire: QUESTIONNAIRE });
const post = (
  path: string,
  body: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) =>
  app.request(path, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const expectError = async (res: Response, status: number, code: string) => {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const body = (await res.json()) as {
    error: { code: string; message: string; issues?: { path: string; message: string }[] };
  };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body.error;
};

describe('GET /api/health', () => {
  it('answers ok with the questionnaire version', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', questionnaireVersion: QUESTIONNAIRE.version });
  });
});

describe('GET /api/model', () => {
  it('serves every dimension, question, the five-step scale with its two escapes, and the context fields', async () => {
    const res = await app.request('/api/model');
    const body = (await res.json()) as {
      dimensions: { questions: { levels: string[] }[] }[];
      scale: { ratings: unknown[]; special: { value: string }[] };
      context: { id: string }[];
    };
    expect(body.dimensions.length).toBeGreaterThanOrEqual(8);
    for (const d of body.dimensions) {
      expect(d.questions.length).toBeGreaterThanOrEqual(4);
      for (const q of d.questions) expect(q.levels).toHaveLength(5);
    }
    expect(body.scale.ratings).toHaveLength(5);
    expect(body.scale.special.map((s) => s.value)).toEqual(['dont-know', 'n/a']);
    expect(body.context.map((f) => f.id).sort()).toEqual(
      [...Object.keys(context()), 'annualProjectBudget', 'existingPmo', 'regulated'].sort(),
    );
  });
});

describe('GET /api/openapi.json', () => {
  it('describes the public routes with schemas generated from the contract', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          { requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } }
        >
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    const quick = doc.paths['/api/quick-check']?.post;
    expect(Object.keys(quick?.requestBody?.content['application/json']?.schema.properties ?? {})).toEqual([
      'context',
      'answers',
      'rates',
    ]);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/model', '/api/quick-check']),
    );
  });
});

describe('POST /api/quick-check', () => {
  it('returns a Result with maturity, a PMO verdict with three fits, and rollout phases', async () => {
    const res = await post('/api/quick-check', { context: context(), answers: uniformAnswers(2) });
    expect(res.status).toBe(200);
    const r = (await res.json()) as {
      maturity: { overall: number; level: number; dimensions: unknown[] };
      pmo: { needed: boolean; fit: unknown[] };
      rollout: { phases: unknown[] };
    };
    expect(r.maturity).toMatchObject({ overall: 2, level: 2 });
    expect(r.maturity.dimensions).toHaveLength(QUESTIONNAIRE.dimensions.length);
    expect(r.pmo.fit).toHaveLength(3);
    expect(r.rollout.phases.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'a missing context field',
      { context: { ...context(), employees: undefined }, answers: {} },
      'context.employees',
    ],
    [
      'zero employees',
      { context: context({ employees: 0 }), answers: { 'std-method': 3 } },
      'context.employees',
    ],
    [
      'a fractional project count',
      { context: context({ concurrentProjects: 2.5 }), answers: { 'std-method': 3 } },
      'context.concurrentProjects',
    ],
    [
      'an unknown urgency',
      { context: { ...context(), urgency: 'asap' }, answers: { 'std-method': 3 } },
      'context.urgency',
    ],
    ['a rating of 6', { context: context(), answers: { 'std-method': 6 } }, 'answers.std-method'],
    ['a rating as text', { context: context(), answers: { 'std-method': '3' } }, 'answers.std-method'],
    [
      'an unknown question',
      { context: context(), answers: { 'no-such-question': 3 } },
      'answers.no-such-question',
    ],
    ['an extra top-level field', { context: context(), answers: { 'std-method': 3 }, admin: true }, 'body'],
    ['an array instead of an object', [1, 2], 'body'],
  ])('refuses %s with 400 naming the field', async (_what, body, path) => {
    const error = await expectError(await post('/api/quick-check', body), 400, 'invalid_request');
    expect(error.issues?.map((i) => i.path)).toContain(path);
  });

  it('refuses malformed JSON and an empty body with 400', async () => {
    await expectError(await post('/api/quick-check', '{"context":'), 400, 'invalid_json');
    await expectError(await post('/api/quick-check', ''), 400, 'invalid_json');
  });

  it('refuses answers that are all "don\'t know" with 422', async () => {
    const error = await expectError(
      await post('/api/quick-check', { context: context(), answers: { 'std-method': 'dont-know' } }),
      422,
      'no_ratings',
    );
    expect(error.issues?.[0]?.path).toBe('answers');
  });

  it('refuses a body over the limit with 413', async () => {
    const huge = JSON.stringify({ context: context(), answers: {}, pad: 'x'.repeat(MAX_BODY_BYTES) });
    await expectError(await post('/api/quick-check', huge), 413, 'payload_too_large');
  });
});

describe('unknown routes', () => {
  it('answer 404 in JSON', async () => {
    await expectError(await app.request('/api/nothing-here'), 404, 'not_found');
    await expectError(await app.request('/api/health', { method: 'DELETE' }), 404, 'not_found');
  });
});
