import { beforeAll, describe, expect, it } from 'vitest';
import { createAssessment } from './fixtures';
import { type Harness, harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

const signIn = (email: string, organisation: string) =>
  h.call('POST', '/api/auth/local', { email, organisation });

// Every pair here shared one tenant while the key was a slug of the name: the first five all
// became `org`, the accented and plain spellings one slug, the punctuation variants another.
const DISTINCT_ORGANISATIONS = [
  'Кириллица Консалтинг',
  '東京コンサルティング',
  'Αθηναϊκή Συμβουλευτική',
  'استشارات الرياض',
  'שירותי ייעוץ',
  'Café Conseil',
  'Cafe Conseil',
  'Acme, Inc.',
  'Acme Inc',
  'Acme-Inc',
];

describe('tenants are opaque ids, not names', () => {
  it('never lets organisations whose names differ share data, whatever the script', async () => {
    const orgs = [];
    for (const [i, name] of DISTINCT_ORGANISATIONS.entries()) {
      const res = await signIn(`c${i}@firm.test`, name);
      expect(res.status, name).toBe(200);
      const token = res.json.token as string;
      const me = await h.call('GET', '/api/me', undefined, token);
      const assessment = await createAssessment(h, token, `Client of ${name}`);
      orgs.push({
        name,
        token,
        orgId: me.json.orgId as string,
        organisation: me.json.organisation,
        assessment,
      });
    }
    expect(new Set(orgs.map((o) => o.orgId)).size).toBe(orgs.length);
    for (const org of orgs) {
      expect(org.orgId).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(org.organisation).toBe(org.name);
      const list = await h.call('GET', '/api/assessments', undefined, org.token);
      expect(list.json.items.map((a: { id: string }) => a.id)).toEqual([org.assessment.id]);
      for (const other of orgs.filter((o) => o !== org)) {
        const read = await h.call('GET', `/api/assessments/${other.assessment.id}`, undefined, org.token);
        expect(read.status, `${org.name} reading ${other.name}`).toBe(404);
      }
    }
  });

  it('gives the same id to the same name on every sign-in, and a new one to nobody else', async () => {
    const first = (await signIn('a@demo.test', 'Demo Consulting')).json.token;
    const again = (await signIn('b@demo.test', '  Demo Consulting ')).json.token;
    const me = async (token: string) => (await h.call('GET', '/api/me', undefined, token)).json;
    expect((await me(again)).orgId).toBe((await me(first)).orgId);
    const created = await createAssessment(h, first, 'Shared within the firm');
    const read = await h.call('GET', `/api/assessments/${created.id}`, undefined, again);
    expect(read.status).toBe(200);
  });

  it('refuses a name that only looks like a registered one (width, case, spacing) with 409 on organisation', async () => {
    await signIn('owner@demo.test', 'Demo Consulting');
    for (const lookalike of [
      'ＤＥＭＯ　Ｃｏｎｓｕｌｔｉｎｇ',
      'demo consulting',
      'DEMO CONSULTING',
      'Demo  Consulting',
      'Demo\u00a0Consulting',
    ]) {
      const res = await signIn('intruder@elsewhere.test', lookalike);
      expect(res.status, lookalike).toBe(409);
      expect(res.json.error.code).toBe('organisation_name_taken');
      expect(res.json.error.issues).toEqual([{ path: 'organisation', message: expect.any(String) }]);
      expect(res.text).not.toContain('Demo Consulting');
    }
  });

  it('registers a name once when two first sign-ins race', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => signIn(`racer${i}@race.test`, 'Race Partners')),
    );
    const ids = await Promise.all(
      results.map(async (r) => (await h.call('GET', '/api/me', undefined, r.json.token)).json.orgId),
    );
    expect(new Set(ids).size).toBe(1);
  });
});

describe('local sign-in on a LAN (LOCAL_PASSWORD): every organisation has its own passphrase', () => {
  const SERVER = 'correct horse battery staple';
  let guarded: Harness;
  beforeAll(async () => {
    guarded = await harness({ localPassword: SERVER });
  });
  const attempt = (organisation: string, password?: string, email = 'ana@firm.test') =>
    guarded.call('POST', '/api/auth/local', {
      email,
      organisation,
      ...(password === undefined ? {} : { password }),
    });

  it('invites with LOCAL_PASSWORD, lets the invited consultant choose the passphrase, then asks for it', async () => {
    const missing = await attempt('Firm');
    expect(missing.status).toBe(401);
    expect(missing.json.error).toMatchObject({ code: 'password_required', issues: [{ path: 'password' }] });

    const invited = await attempt('Firm', SERVER);
    expect(invited.status).toBe(401);
    expect(invited.json.error.code).toBe('passphrase_to_choose');
    const tooShort = await attempt('Firm', 'short');
    expect(tooShort.json.error.code).toBe('passphrase_to_choose');
    const chosen = await attempt('Firm', 'firm passphrase 2026');
    expect(chosen.status).toBe(200);
    expect((await guarded.call('GET', '/api/me', undefined, chosen.json.token)).json.organisation).toBe(
      'Firm',
    );

    // From now on the organisation's passphrase opens it, and LOCAL_PASSWORD does not.
    expect((await attempt('Firm', 'firm passphrase 2026', 'ben@firm.test')).status).toBe(200);
    const server = await attempt('Firm', SERVER, 'ben@firm.test');
    expect(server.status).toBe(401);
    expect(server.json.error.code).toBe('password_required');
  });

  it('gives the same answer for a wrong passphrase, an unknown name and a look-alike name', async () => {
    await attempt('Same Answer Ltd', SERVER, 'owner@same.test');
    expect((await attempt('Same Answer Ltd', 'same answer passphrase', 'owner@same.test')).status).toBe(200);
    const replies = await Promise.all([
      attempt('Same Answer Ltd', 'a wrong passphrase'),
      attempt('Nobody Registered This', 'a wrong passphrase'),
      attempt('same  ANSWER ltd', 'same answer passphrase'),
      attempt('ＳＡＭＥ Answer Ltd', 'a wrong passphrase'),
    ]);
    for (const reply of replies) {
      expect(reply.status).toBe(401);
      expect(reply.json).toEqual(replies[0]?.json);
      expect(reply.text).not.toContain('Same Answer Ltd');
      expect(reply.text).not.toContain('organisation_name_taken');
    }
  });

  it('slows down failed sign-ins to one organisation name, known or not', async () => {
    for (const name of ['Locked Partners', 'Never Registered Partners']) {
      const statuses = [];
      for (let i = 0; i < 7; i++) statuses.push((await attempt(name, `guess number ${i}`)).status);
      // Five free failures, then a wait: the sixth is refused, the seventh is not even checked.
      expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
      expect(statuses[6]).toBe(429);
    }
  });
});
