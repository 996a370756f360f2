import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDynamoClient } from '../../functions/store/client';
import { ensureTable } from '../../functions/store/create-table';
import { bundleFunction } from '../../infra/bundle';

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<{ statusCode: number; body: string; headers?: Record<string, string> }>;
let handler: Handler;

const context = { awsRequestId: 'req-1', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;

/** An API Gateway HTTP API (payload v2) event, with JWT claims when the route is authorised. */
const event = (
  method: string,
  path: string,
  body?: unknown,
  claims?: Record<string, string>,
  query = '',
): APIGatewayProxyEventV2 =>
  ({
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: query,
    ...(query ? { queryStringParameters: Object.fromEntries(new URLSearchParams(query)) } : {}),
    headers: {
      host: 'abc.execute-api.eu-west-1.amazonaws.com',
      'content-type': 'application/json',
      'x-forwarded-host': 'pmo.example.com',
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc',
      domainName: 'abc.execute-api.eu-west-1.amazonaws.com',
      domainPrefix: 'abc',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'test' },
      requestId: 'api-req-1',
      routeKey: `${method} ${path}`,
      stage: '$default',
      time: '21/Nov/2026:10:00:00 +0000',
      timeEpoch: 0,
      ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
    },
    isBase64Encoded: false,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  }) as APIGatewayProxyEventV2;

let dir = '';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  // Two folders below the project, where the bundle is built to lie (infra/bundle.ts): its source maps find the sources.
  mkdirSync('.test-output', { recursive: true });
  dir = mkdtempSync(join('.test-output', 'lambda-'));
  bundleFunction(resolve('functions/lambda/api-handler.ts'), dir);
  const outfile = join(dir, 'index.mjs');
  const tableName = `bundle-${Date.now()}`;
  const endpoint = inject('dynamoEndpoint');
  const client = createDynamoClient({ endpoint });
  await ensureTable(client, tableName);
  Object.assign(process.env, {
    TABLE_NAME: tableName,
    MAIL_FROM: 'no-reply@pmo.example.com',
    DYNAMODB_ENDPOINT: endpoint,
    AWS_REGION: 'eu-west-1',
    // These events come without CloudFront's header; the origin check has its own unit tests.
    ORIGIN_GUARD: 'off',
  });
  handler = (await import(pathToFileURL(outfile).href)).handler as Handler;
}, 60_000);

/** The organisation both the quick check and the assessment below describe. */
const SMALL_ORGANISATION = {
  employees: 80,
  concurrentProjects: 6,
  projectManagers: 2,
  pmExpertise: 'basic',
  urgency: 'low',
  controlAppetite: 'low',
  resourceContention: 'low',
  horizon: 'lasting',
};

describe('the bundled API handler', () => {
  it('answers an HTTP API v2 event for a public route', async () => {
    const res = await handler(event('GET', '/api/health'), context);
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ status: 'ok' });
  });

  it('imports a language and the engine from their own chunks when a request first needs them', async () => {
    const french = await handler(event('GET', '/api/model', undefined, undefined, 'lang=fr'), context);
    expect(french.statusCode).toBe(200);
    expect(JSON.parse(french.body)).toMatchObject({
      language: 'fr',
      answerRule: expect.stringMatching(/niveau/),
    });
    const context0 = SMALL_ORGANISATION;
    const model = JSON.parse((await handler(event('GET', '/api/model'), context)).body) as {
      dimensions: { questions: { id: string }[] }[];
    };
    const answers = Object.fromEntries(model.dimensions.flatMap((d) => d.questions.map((q) => [q.id, 3])));
    for (const [lang, word] of [
      ['fr', /\b(les|des|une)\b/],
      ['de', /\b(und|der|die|das)\b/],
      ['en', /\b(the|and)\b/],
    ] as const) {
      const checked = await handler(
        event('POST', '/api/quick-check', { context: context0, answers }, undefined, `lang=${lang}`),
        context,
      );
      expect(checked.statusCode, checked.body).toBe(200);
      expect(checked.headers?.['content-language']).toBe(lang);
      expect(checked.body).toMatch(word);
      if (lang !== 'en') expect(checked.body).not.toMatch(/\b(the|and|with)\b/);
    }
  });

  it('reads the organisation from the Cognito claims and writes to DynamoDB', async () => {
    const claims = {
      sub: 'u-1',
      email: 'ana@firm.example',
      'custom:orgId': 'b2c1f7d0-5c1e-4d7a-9f0e-1a2b3c4d5e6f',
      'custom:organisation': 'Firm Example',
    };
    const created = await handler(
      event(
        'POST',
        '/api/assessments',
        {
          clientName: 'Bundle Client',
          context: SMALL_ORGANISATION,
        },
        claims,
      ),
      context,
    );
    expect(created.statusCode).toBe(201);
    const { id } = JSON.parse(created.body);
    const invite = await handler(
      event('POST', `/api/assessments/${id}/stakeholders`, { role: 'executive' }, claims),
      context,
    );
    expect(JSON.parse(invite.body).inviteUrl).toMatch(
      /^https:\/\/pmo\.example\.com\/respond#[A-Za-z0-9_-]{43}$/,
    );
    const other = await handler(
      event('GET', `/api/assessments/${id}`, undefined, { ...claims, 'custom:orgId': 'another-org-0001' }),
      context,
    );
    expect(other.statusCode).toBe(404);
    // The display name is not a key: the same name under another id sees nothing.
    const sameName = await handler(
      event('GET', '/api/assessments', undefined, { ...claims, 'custom:orgId': 'another-org-0001' }),
      context,
    );
    expect(JSON.parse(sameName.body).items).toEqual([]);
  });

  it('refuses a token without a well-formed custom:orgId claim', async () => {
    const { 'custom:orgId': _, ...withoutId } = {
      sub: 'u-2',
      'custom:orgId': 'x',
      'custom:organisation': 'Firm Example',
    };
    for (const claims of [
      withoutId,
      { ...withoutId, 'custom:orgId': 'ORG#x' },
      { ...withoutId, 'custom:orgId': 'short' },
    ])
      expect((await handler(event('GET', '/api/assessments', undefined, claims), context)).statusCode).toBe(
        401,
      );
  });

  it('refuses consultant routes without claims and has no local sign-in', async () => {
    expect((await handler(event('GET', '/api/assessments'), context)).statusCode).toBe(401);
    expect(
      (await handler(event('POST', '/api/auth/local', { email: 'a@b.co', organisation: 'Xy' }), context))
        .statusCode,
    ).toBe(404);
  });
});
