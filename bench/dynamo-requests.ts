import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../functions/store/client';
import { keys } from '../functions/store/table';
import { CONTEXT, fullAnswers, prng } from './fixtures';
import { localStack } from './local-stack';
import { table } from './stats';

/** Fills the organisation with `count` assessments straight through BatchWrite (25 per request). */
const seedAssessments = async (stack: Awaited<ReturnType<typeof localStack>>, count: number) => {
  const db = createDocumentClient(stack.client);
  const now = new Date().toISOString();
  for (let start = 0; start < count; start += 25) {
    const items = Array.from({ length: Math.min(25, count - start) }, (_, i) => {
      const id = `seed-${start + i}`;
      return {
        PutRequest: {
          Item: {
            pk: keys.org('bench-org'),
            sk: keys.assessment(id),
            gsi1pk: keys.open,
            gsi1sk: keys.openSort(null, id),
            id,
            orgId: 'bench-org',
            clientName: `Client ${start + i}`,
            context: CONTEXT,
            status: 'open',
            dueDate: null,
            baselineId: null,
            questionnaireVersion: '2026.1',
            minGroupSize: 3,
            createdBy: 'seed',
            createdAt: now,
            updatedAt: now,
            version: 1,
            invitedCount: 0,
            submittedCount: 0,
          },
        },
      };
    });
    await db.send(new BatchWriteCommand({ RequestItems: { [stack.tableName]: items } }));
  }
};

/** Counts the DynamoDB requests each route makes, with 10 and with 10,000 assessments in the organisation. */
export const benchDynamoRequests = async (endpoint: string) => {
  const counts: Record<string, number[]> = {};
  for (const size of [10, 10_000]) {
    const stack = await localStack(endpoint);
    await seedAssessments(stack, size);
    const random = prng(3);
    const { call, counter } = stack;
    const measure = async (name: string, fn: () => Promise<unknown>) => {
      counter.requests = 0;
      await fn();
      counts[name] = [...(counts[name] ?? []), counter.requests];
    };
    const created = await call('POST', '/api/assessments', { clientName: 'Measured', context: CONTEXT });
    const id = created.json.id as string;
    const tokens: string[] = [];
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const inv = await call('POST', `/api/assessments/${id}/stakeholders`, {
        role: 'executive',
        email: `s${i}@x.test`,
      });
      tokens.push(inv.json.inviteUrl.split('#').pop());
      ids.push(inv.json.id);
    }
    for (const t of tokens.slice(0, 3))
      await stack.respond('POST', '/api/response/submit', t, { answers: fullAnswers(random) });
    await measure('GET /api/health', () => call('GET', '/api/health', undefined, false));
    await measure('POST /api/quick-check', () =>
      call('POST', '/api/quick-check', { context: CONTEXT, answers: fullAnswers(random) }, false),
    );
    await measure('POST /api/assessments', () =>
      call('POST', '/api/assessments', { clientName: 'Another', context: CONTEXT }),
    );
    await measure('GET /api/assessments (page of 10)', () => call('GET', '/api/assessments?limit=10'));
    await measure('GET /api/assessments/{id}', () => call('GET', `/api/assessments/${id}`));
    await measure('PATCH /api/assessments/{id}', () =>
      call('PATCH', `/api/assessments/${id}`, { dueDate: '2027-01-01' }),
    );
    await measure('POST …/stakeholders', () =>
      call('POST', `/api/assessments/${id}/stakeholders`, { role: 'other' }),
    );
    await measure('GET …/stakeholders', () => call('GET', `/api/assessments/${id}/stakeholders`));
    await measure('POST …/stakeholders/{sid}/reissue', () =>
      call('POST', `/api/assessments/${id}/stakeholders/${ids[3]}/reissue`),
    );
    await measure('POST …/stakeholders/{sid}/revoke', () =>
      call('POST', `/api/assessments/${id}/stakeholders/${ids[4]}/revoke`),
    );
    await measure('POST …/reminders', () => call('POST', `/api/assessments/${id}/reminders`));
    await measure('GET …/results', () => call('GET', `/api/assessments/${id}/results`));
    await measure('GET …/export/answers.csv', () => call('GET', `/api/assessments/${id}/export/answers.csv`));
    await measure('GET /api/outbox', () => call('GET', '/api/outbox'));
    await measure('GET /api/response', () => stack.respond('GET', '/api/response', tokens[0] as string));
    await measure('PUT /api/response', () =>
      stack.respond('PUT', '/api/response', tokens[5] as string, { answers: { 'std-method': 2 } }),
    );
    await measure('POST /api/response/submit', () =>
      stack.respond('POST', '/api/response/submit', tokens[6] as string, {}),
    );
    await measure('POST …/follow-up (5 stakeholders)', () =>
      call('POST', `/api/assessments/${id}/follow-up`, {}),
    );
    await measure('DELETE …/stakeholders/{sid}', () =>
      call('DELETE', `/api/assessments/${id}/stakeholders/${ids[4]}`),
    );
    // What leadership sees and what consultants hand over (issue 13).
    const shared = await call('POST', `/api/assessments/${id}/share-links`, {});
    const shareToken = shared.json.shareUrl.split('#')[1] as string;
    await measure('POST …/share-links', () => call('POST', `/api/assessments/${id}/share-links`, {}));
    await measure('GET …/share-links', () => call('GET', `/api/assessments/${id}/share-links`));
    await measure('GET /api/share', async () =>
      stack.app.request('/api/share', { headers: { 'x-share-token': shareToken } }),
    );
    await measure('POST …/share-links/{linkId}/revoke', () =>
      call('POST', `/api/assessments/${id}/share-links/${shared.json.id}/revoke`),
    );
    await measure('PUT /api/branding', () =>
      call('PUT', '/api/branding', { firmName: 'Bench Firm', accent: '#1d4ed8' }),
    );
    await measure('GET /api/branding', () => call('GET', '/api/branding'));
    await measure('PUT …/targets', () =>
      call('PUT', `/api/assessments/${id}/targets`, { dimensions: { standards: 3 } }),
    );
    await measure('GET …/targets', () => call('GET', `/api/assessments/${id}/targets`));
    await measure('PUT …/benchmark (consent)', () =>
      call('PUT', `/api/assessments/${id}/benchmark`, {
        consent: true,
        industry: 'energy',
        sizeBand: '250-999',
      }),
    );
    await measure('GET …/benchmark', () => call('GET', `/api/assessments/${id}/benchmark`));
    await measure('GET /api/portfolio (page of 10)', () => call('GET', '/api/portfolio?limit=10'));
    stack.client.destroy();
  }
  const rows = Object.entries(counts).map(([route, [small, large]]) => [
    route,
    String(small),
    String(large),
    small === large ? 'same' : 'GROWS',
  ]);
  return [
    '### DynamoDB requests per API call (an organisation holding 10 vs 10,000 assessments)',
    table(['route', '10 assessments', '10,000 assessments', ''], rows),
  ].join('\n\n');
};
