import { randomUUID } from 'node:crypto';
import { composeLocalApp } from '../functions/local/compose';

/** The app wired as the local product runs it, on a fresh table, with a counter of DynamoDB requests. */
export const localStack = async (endpoint: string) => {
  const tableName = `bench-${randomUUID()}`;
  const local = await composeLocalApp({
    endpoint,
    tableName,
    authSecret: 'bench-secret-bench-secret-bench!',
    publicBaseUrl: 'http://bench.local',
  });
  const counter = { requests: 0 };
  local.client.middlewareStack.add(
    (next) => async (args) => {
      counter.requests++;
      return next(args);
    },
    { step: 'initialize', name: 'countRequests' },
  );
  const token = await local.signIn('bench@bench.test', 'Bench Org');
  const call = async (method: string, path: string, body?: unknown, auth = true) => {
    const res = await local.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return {
      status: res.status,
      json: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined,
    };
  };
  /** A stakeholder's call: the invite token and the device key its first write returned, in headers. */
  const devices = new Map<string, string>();
  const respond = async (method: string, path: string, invite: string, body?: unknown) => {
    const key = devices.get(invite);
    const res = await local.app.request(path, {
      method,
      headers: {
        'content-type': 'application/json',
        'x-invite-token': invite,
        ...(key ? { 'x-device-key': key } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await res.json().catch(() => undefined)) as any;
    if (typeof json?.deviceKey === 'string') devices.set(invite, json.deviceKey);
    return { status: res.status, json };
  };
  return { ...local, tableName, counter, call, respond, devices, token };
};
