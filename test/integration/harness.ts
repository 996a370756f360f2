import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { composeLocalApp } from '../../functions/local/compose';

export type Harness = Awaited<ReturnType<typeof harness>>;

/** A fresh table in the shared DynamoDB Local, the app wired as the local product runs it, and request helpers. */
export const harness = async (options: { now?: () => Date; localPassword?: string } = {}) => {
  const tableName = `it-${randomUUID()}`;
  const local = await composeLocalApp({
    endpoint: inject('dynamoEndpoint'),
    accessKeyId: inject('dynamoAccessKey'),
    tableName,
    authSecret: 'integration-test-secret-of-reasonable-length',
    publicBaseUrl: 'http://pmo.test',
    checkResponses: true,
    ...(options.now ? { now: options.now } : {}),
    ...(options.localPassword ? { localPassword: options.localPassword } : {}),
  });
  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await local.app.request(path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text, headers: res.headers };
  };
  const signIn = async (email = 'consultant@acme.test', organisation = 'Acme Consulting') => {
    const res = await call('POST', '/api/auth/local', { email, organisation });
    return res.json.token as string;
  };
  return { ...local, tableName, call, signIn };
};

export const tokenOf = (inviteUrl: string): string => inviteUrl.split('/').pop() as string;
