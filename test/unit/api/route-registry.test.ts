import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/api/app';
import { buildOpenApi } from '../../../functions/api/openapi';
import { deployedRoutes, ROUTES } from '../../../functions/api/route-table';
import { QUESTIONNAIRE } from '../../../functions/core';
import { DynamoStore } from '../../../functions/store/dynamo-store';

/** Routes as "METHOD /path/{param}". */
const key = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/:(\w+)/g, '{$1}')}`;

const servedBy = (app: ReturnType<typeof createApp>) =>
  app.routes.filter((r) => r.method !== 'ALL').map((r) => key(r.method, r.path));

describe('the route table', () => {
  const ddb = mockClient(DynamoDBDocumentClient);
  const app = createApp({
    questionnaire: QUESTIONNAIRE,
    workspace: {
      store: new DynamoStore(ddb as unknown as DynamoDBDocumentClient, 't'),
      auth: { resolve: async () => null },
      now: () => new Date(),
      defaultMinGroupSize: 3,
      localSignIn: async () => 'token',
      localSignOut: async () => {},
    },
  });

  it('is what the app serves, route for route (the local host adds only the local sign-in and sign-out)', () => {
    const declared = Object.values(ROUTES).map((r) => key(r.method, r.path));
    expect([...new Set(servedBy(app))].sort()).toEqual(declared.sort());
  });

  it('is what the OpenAPI document describes, with an operationId and a security requirement on each', () => {
    const doc = buildOpenApi();
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops as Record<string, { operationId: string; security: unknown[] }>).map(([m, op]) => ({
        route: key(m, path),
        op,
      })),
    );
    expect(documented.map((d) => d.route).sort()).toEqual(
      deployedRoutes()
        .map(([, r]) => key(r.method, r.path))
        .sort(),
    );
    for (const { op } of documented) {
      expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(Array.isArray(op.security)).toBe(true);
    }
    const publicOps = documented.filter(({ route }) => route === 'POST /api/quick-check');
    expect(publicOps[0]?.op.security).toEqual([]);
    expect(doc.servers.length).toBeGreaterThan(0);
  });

  it('mounts no consultant route without an authenticator, and no local sign-in in the Lambda build', () => {
    const bare = createApp({ questionnaire: QUESTIONNAIRE });
    const publicOnly = Object.values(ROUTES)
      .filter((r) => r.access === 'public')
      .map((r) => key(r.method, r.path));
    expect(servedBy(bare).sort()).toEqual(publicOnly.sort());
    expect(deployedRoutes().some(([, r]) => r.path === '/api/auth/local')).toBe(false);
  });
});
