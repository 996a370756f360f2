import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import { CONTEXT, fullAnswers, prng, QUESTION_IDS } from './fixtures';
import { localStack } from './local-stack';
import { table } from './stats';

const DURATION_S = 5;
const CONNECTIONS = 20;

const listen = (app: Hono) =>
  new Promise<{ url: string; close: () => Promise<void> }>((ok) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      ok({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });

const run = (options: autocannon.Options) =>
  new Promise<autocannon.Result>((ok, fail) => {
    autocannon({ duration: DURATION_S, connections: CONNECTIONS, ...options }, (err, result) =>
      err ? fail(err) : ok(result),
    );
  });

/** Requests per second and p99 on the local server, each beside a bare hono "hello" route measured in the same run. */
export const benchHttp = async (endpoint: string) => {
  const stack = await localStack(endpoint);
  const random = prng(5);
  const created = await stack.call('POST', '/api/assessments', { clientName: 'Load', context: CONTEXT });
  const tokens: string[] = [];
  for (let i = 0; i < 100; i++) {
    const inv = await stack.call('POST', `/api/assessments/${created.json.id}/stakeholders`, {
      role: 'team-member',
    });
    const token = inv.json.inviteUrl.split('#').pop();
    await stack.respond('PUT', '/api/response', token, {});
    tokens.push(token);
  }
  const product = await listen(stack.app);
  const bare = await listen(new Hono().get('/hello', (c) => c.text('hello')));
  const hello = await run({ url: `${bare.url}/hello` });
  const quick = await run({
    url: `${product.url}/api/quick-check`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ context: CONTEXT, answers: fullAnswers(random) }),
  });
  const autosave = await run({
    url: product.url,
    requests: [
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => {
          const id = QUESTION_IDS[Math.floor(random() * QUESTION_IDS.length)] as string;
          const token = tokens[Math.floor(random() * tokens.length)] as string;
          return {
            ...req,
            path: '/api/response',
            headers: {
              'content-type': 'application/json',
              'x-invite-token': token,
              'x-device-key': stack.devices.get(token) as string,
            },
            body: JSON.stringify({ answers: { [id]: 1 + Math.floor(random() * 5) } }),
          };
        },
      },
    ],
  });
  // Let the last in-flight requests finish before the database goes away.
  await new Promise((r) => setTimeout(r, 500));
  await product.close();
  await bare.close();
  stack.client.destroy();
  const row = (name: string, r: autocannon.Result) => [
    name,
    Math.round(r.requests.average).toLocaleString('en'),
    `${r.latency.p99} ms`,
    `${(r.requests.average / hello.requests.average).toFixed(3)}`,
    String(r.non2xx),
  ];
  return [
    `### HTTP on the local server (autocannon, ${CONNECTIONS} connections, ${DURATION_S} s each, DynamoDB Local)`,
    table(
      ['route', 'requests/s', 'p99', 'ratio to bare hono', 'non-2xx'],
      [
        row('bare hono GET /hello', hello),
        row('POST /api/quick-check', quick),
        row('PUT /api/response (autosave, 100 stakeholders)', autosave),
      ],
    ),
  ].join('\n\n');
};
