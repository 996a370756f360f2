import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { allowedHosts, hostGuard, isLoopback } from '../../../functions/local/host-guard';

const app = (publicUrl: string) =>
  new Hono().use(hostGuard(allowedHosts(3000, publicUrl))).get('/api/health', (c) => c.text('ok'));

const statusFor = async (publicUrl: string, host: string) =>
  (await app(publicUrl).request('/api/health', { headers: { host } })).status;

describe('the local server’s Host check (DNS rebinding)', () => {
  it('answers its loopback names with its port, and the PUBLIC_URL host', async () => {
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'LOCALHOST:3000'])
      expect(await statusFor('http://localhost:3000', host), host).toBe(200);
    expect(await statusFor('https://pmo.lan.example', 'pmo.lan.example')).toBe(200);
    expect(await statusFor('http://192.168.1.20:3000', '192.168.1.20:3000')).toBe(200);
    expect(allowedHosts(80, 'http://localhost')).toEqual(new Set(['localhost', '127.0.0.1', '[::1]']));
  });

  it('refuses any other name, another port and a missing Host', async () => {
    for (const host of ['attacker.example', 'attacker.example:3000', 'localhost:3001', 'localhost', ''])
      expect(await statusFor('http://localhost:3000', host), host).toBe(403);
    const res = await app('http://localhost:3000').request('/api/health', {
      headers: { host: 'rebound.example:3000' },
    });
    expect((await res.json()).error.code).toBe('host_not_allowed');
  });
});

describe('isLoopback', () => {
  it('tells loopback interfaces from the others', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1'])
      expect(isLoopback(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'pmo.lan.example'])
      expect(isLoopback(host), host).toBe(false);
  });
});
