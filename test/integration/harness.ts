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
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    token?: string,
    headers: Record<string, string> = {},
  ) => {
    const res = await local.app.request(path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
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
  /** The device key each link was bound to, as a stakeholder's browser keeps it. */
  const devices = new Map<string, string>();
  /**
   * A stakeholder's call through their link: the invite token in X-Invite-Token and the device key
   * this "browser" was given (or the one passed; null sends none), remembered from the first write.
   */
  const respond = async (
    action: 'GET' | 'PUT' | 'SUBMIT' | 'TRANSFER' | 'REDEEM',
    inviteToken: string,
    body?: unknown,
    options: { deviceKey?: string | null } = {},
  ) => {
    const path = {
      GET: '/api/response',
      PUT: '/api/response',
      SUBMIT: '/api/response/submit',
      TRANSFER: '/api/response/transfer',
      REDEEM: '/api/response/transfer/redeem',
    }[action];
    const method = action === 'GET' ? 'GET' : action === 'PUT' ? 'PUT' : 'POST';
    const deviceKey = options.deviceKey === undefined ? devices.get(inviteToken) : options.deviceKey;
    const res = await call(method, path, body, undefined, {
      'x-invite-token': inviteToken,
      ...(deviceKey ? { 'x-device-key': deviceKey } : {}),
    });
    if (options.deviceKey === undefined && typeof res.json?.deviceKey === 'string')
      devices.set(inviteToken, res.json.deviceKey);
    return res;
  };
  return { ...local, tableName, call, signIn, respond, devices };
};

/** The invite token is what follows "#" in the invite link. */
export const tokenOf = (inviteUrl: string): string => inviteUrl.split('#').pop() as string;

/** A clock that moves one second per reading from `start`: every event has its own, ordered moment. */
export const tickingClock = (start: number): (() => Date) => {
  let at = start;
  return () => {
    at += 1000;
    return new Date(at);
  };
};
