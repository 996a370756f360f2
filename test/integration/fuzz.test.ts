import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT, createAssessment, invite } from './fixtures';
import { type Harness, harness } from './harness';

const WRITES = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'TransactWriteItemsCommand',
  'BatchWriteItemCommand',
]);

let h: Harness;
let consultant: string;
let ids: { assessment: string; stakeholder: string; token: string };
const succeededWrites: string[] = [];

beforeAll(async () => {
  h = await harness();
  consultant = await h.signIn();
  const a = await createAssessment(h, consultant);
  const s = await invite(h, consultant, a.id, 'executive', { email: 'fuzz@client.test' });
  await h.respond('PUT', s.token, { answers: { 'std-method': 3 } });
  ids = { assessment: a.id, stakeholder: s.id, token: s.token };
  // Record every DynamoDB write that succeeds, to prove a refused request wrote nothing.
  h.client.middlewareStack.add(
    (next, context) => async (args) => {
      const out = await next(args);
      // The one write a refusal makes on purpose: a link written to without its device key is
      // marked as contested for the device that holds it (no answer, note or count changes).
      const update = (args.input as { UpdateExpression?: string }).UpdateExpression;
      if (update === 'SET contestedAt = :now') return out;
      if (WRITES.has(String(context.commandName))) succeededWrites.push(String(context.commandName));
      return out;
    },
    { step: 'initialize', name: 'recordWrites' },
  );
});

const segment = fc.oneof(
  fc.constantFrom(
    'api',
    'assessments',
    'stakeholders',
    'responses',
    'submit',
    'results',
    'export',
    'answers.csv',
    'revoke',
    'reissue',
    'follow-up',
    'reminders',
    'outbox',
    'model',
    'quick-check',
    'health',
    '..',
    '%00',
    '%2F',
    'ä',
    ' ',
  ),
  fc.string({ maxLength: 50 }).map(encodeURIComponent),
  fc.constant('ID'),
  fc.constant('SID'),
  fc.constant('TOKEN'),
);
const path = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => `/api/${parts.join('/')}`),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '/api/quick-check',
      '/api/assessments',
      '/api/assessments/ID',
      '/api/assessments/ID/stakeholders',
      '/api/assessments/ID/stakeholders/SID/revoke',
      '/api/assessments/ID/results',
      '/api/assessments/ID/export/scores.csv',
      '/api/response',
      '/api/response/submit',
      '/api/response/transfer',
      '/api/response/transfer/redeem',
      '/api/auth/local',
    ),
  },
);
const query = fc.oneof(
  fc.constant(''),
  fc
    .dictionary(fc.constantFrom('limit', 'cursor', 'x'), fc.string({ maxLength: 30 }))
    .map((q) => `?${new URLSearchParams(q)}`),
);
const jsonish = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc
    .record(
      {
        context: fc.oneof(fc.constant(CONTEXT), fc.jsonValue()),
        answers: fc.dictionary(
          fc.string({ maxLength: 20 }),
          fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
        ),
        clientName: fc.oneof(fc.string({ maxLength: 300 }), fc.integer()),
        role: fc.oneof(fc.constantFrom('executive', 'boss'), fc.string()),
        status: fc.constantFrom('open', 'closed', 'deleted', 1),
        version: fc.oneof(fc.integer(), fc.double()),
        notes: fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 1200 })),
        expectations: fc.array(fc.string({ maxLength: 70 }), { maxLength: 5 }),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
);
const request = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'),
  path,
  query,
  body: fc.option(jsonish, { nil: undefined }),
  contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', ''),
  auth: fc.constantFrom('valid', 'valid', 'valid', 'none', 'garbage', 'bearer-garbage'),
});

/** 2,000 generated requests in `npm test`; `npm run reliability` sends 10,000. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

describe('fuzzing every route', () => {
  it(`answers ${RUNS} generated requests without a 5xx, with JSON errors, and refused requests write nothing`, async () => {
    let refused = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const url = (r.path + r.query)
          .replaceAll('ID', ids.assessment)
          .replaceAll('SID', ids.stakeholder)
          .replaceAll('TOKEN', ids.token);
        const headers: Record<string, string> = {};
        if (r.contentType) headers['content-type'] = r.contentType;
        if (url.startsWith('/api/response')) headers['x-invite-token'] = ids.token;
        if (r.auth === 'valid') headers.authorization = `Bearer ${consultant}`;
        if (r.auth === 'garbage') headers.authorization = 'x'.repeat(30);
        if (r.auth === 'bearer-garbage') headers.authorization = 'Bearer abc.def.ghi';
        succeededWrites.length = 0;
        const res = await h.app.request(url, {
          method: r.method,
          headers,
          ...(r.body !== undefined && r.method !== 'GET' ? { body: r.body } : {}),
        });
        const text = await res.text();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status, `${r.method} ${url} -> ${text}`).toBeLessThan(500);
        if (res.status >= 400) {
          refused++;
          const body = JSON.parse(text) as { error: { code: unknown; message: unknown } };
          expect(typeof body.error.code).toBe('string');
          expect(typeof body.error.message).toBe('string');
          expect(succeededWrites, `${r.method} ${url} was refused but wrote`).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
    expect(refused).toBeGreaterThan(RUNS * 0.8);
    // The generator reaches past routing: validation refusals and real successes both occur.
    expect((statuses.get(400) ?? 0) + (statuses.get(415) ?? 0)).toBeGreaterThan(RUNS * 0.04);
    // A body that is not JSON is refused as such, never parsed.
    expect(statuses.get(415) ?? 0).toBeGreaterThan(RUNS / 500);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(RUNS / 500);
    // The write recorder itself works: an accepted autosave is seen writing.
    succeededWrites.length = 0;
    await h.respond('PUT', ids.token, { answers: { 'std-method': 4 } });
    expect(succeededWrites).toContain('TransactWriteItemsCommand');
    console.log('fuzz statuses', Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])));
  }, 300_000);
});
