import { beforeAll, describe, expect, it } from 'vitest';
import { uniformAnswers } from '../unit/core/fixtures';
import { CONTEXT, createAssessment, invite } from './fixtures';
import { type Harness, harness, tokenOf } from './harness';

let h: Harness;
let consultant: string;
let other: string;

beforeAll(async () => {
  h = await harness();
  consultant = await h.signIn();
  other = await h.signIn('someone@other.test', 'Other Advisors');
});

/** A request with extra headers (the harness's `call` sends only the bearer). */
const withHeaders = async (method: string, path: string, headers: Record<string, string>) => {
  const res = await h.app.request(path, { method, headers });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
};

/** An assessment with `n` submitted responses rated `rating` everywhere, optionally closed. */
const finished = async (clientName: string, rating: number, n = 3, close = true, by = consultant) => {
  const a = await createAssessment(h, by, clientName);
  for (let i = 0; i < n; i++) {
    const s = await invite(h, by, a.id, 'project-manager');
    const res = await h.respond('SUBMIT', s.token, { answers: uniformAnswers(rating) });
    expect(res.status).toBe(200);
  }
  if (close) await h.call('PATCH', `/api/assessments/${a.id}`, { status: 'closed' }, by);
  return a;
};

const shareTokenOf = (url: string) => url.split('#')[1] as string;

describe('share links', () => {
  it('shows the same anonymised results through the link, counts views, and refuses it once revoked', async () => {
    const a = await finished('Share Ltd', 3, 3, false);
    const created = await h.call(
      'POST',
      `/api/assessments/${a.id}/share-links`,
      { label: 'Board' },
      consultant,
    );
    expect(created.status).toBe(201);
    expect(created.json.shareUrl).toMatch(/^http:\/\/pmo\.test\/share#[A-Za-z0-9_-]{43}$/);
    const days = (Date.parse(created.json.expiresAt) - Date.parse(created.json.createdAt)) / 86_400_000;
    expect(Math.round(days)).toBe(30);
    const token = shareTokenOf(created.json.shareUrl);

    const shared = await withHeaders('GET', '/api/share', { 'x-share-token': token });
    expect(shared.status).toBe(200);
    const own = await h.call('GET', `/api/assessments/${a.id}/results`, undefined, consultant);
    // The same figures as the consultant's view; progress by small role and drafts stay private.
    expect({ ...shared.json.results, coverage: undefined }).toEqual({ ...own.json, coverage: undefined });
    expect(shared.json.results.coverage.inProgress).toBeUndefined();
    expect(shared.json.clientName).toBe('Share Ltd');
    expect(JSON.stringify(shared.json)).not.toMatch(/tokenHash|@/);

    const list = await h.call('GET', `/api/assessments/${a.id}/share-links`, undefined, consultant);
    expect(list.json.items).toHaveLength(1);
    expect(list.json.items[0]).toMatchObject({ label: 'Board', views: 1, state: 'active' });
    expect(list.json.items[0].lastViewedAt).not.toBeNull();
    expect(JSON.stringify(list.json)).not.toContain(token);
    // Leadership reads the report in its own language, as the consultant's view is said in it.
    const sharedFr = await withHeaders('GET', '/api/share?lang=fr', { 'x-share-token': token });
    const ownFr = await h.call('GET', `/api/assessments/${a.id}/results?lang=fr`, undefined, consultant);
    expect(sharedFr.json.results.result).toEqual(ownFr.json.result);
    expect(sharedFr.json.results.result.pmo.rationale).not.toEqual(shared.json.results.result.pmo.rationale);

    const linkId = created.json.id;
    const revoked = await h.call(
      'POST',
      `/api/assessments/${a.id}/share-links/${linkId}/revoke`,
      undefined,
      consultant,
    );
    expect(revoked.status).toBe(200);
    expect(revoked.json.state).toBe('revoked');
    const after = await withHeaders('GET', '/api/share', { 'x-share-token': token });
    expect(after.status).toBe(404);
    expect(after.json.error.code).toBe('share_not_found');
  });

  it('refuses an expired link, a malformed or missing token, bad input, and another organisation', async () => {
    const a = await createAssessment(h, consultant, 'Expiry Ltd');
    const clock = { now: new Date() };
    const later = await harness({ now: () => clock.now });
    const token = await later.signIn();
    const b = await later.call('POST', '/api/assessments', { clientName: 'Later', context: CONTEXT }, token);
    const link = await later.call(
      'POST',
      `/api/assessments/${b.json.id}/share-links`,
      { expiresInDays: 1 },
      token,
    );
    clock.now = new Date(Date.now() + 2 * 86_400_000);
    const expired = await later.app.request('/api/share', {
      headers: { 'x-share-token': shareTokenOf(link.json.shareUrl) },
    });
    // Expired reads like unknown or revoked: no oracle for a link holder.
    expect(expired.status).toBe(404);

    expect((await withHeaders('GET', '/api/share', {})).status).toBe(401);
    const bad = await withHeaders('GET', '/api/share', { 'x-share-token': 'short' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues[0].path).toBe('header.x-share-token');
    const unknown = await withHeaders('GET', '/api/share', { 'x-share-token': 'A'.repeat(43) });
    expect(unknown.status).toBe(404);

    const tooLong = await h.call(
      'POST',
      `/api/assessments/${a.id}/share-links`,
      { expiresInDays: 400 },
      consultant,
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.error.issues[0].path).toBe('expiresInDays');
    expect((await h.call('POST', `/api/assessments/${a.id}/share-links`, undefined, other)).status).toBe(404);
    expect((await h.call('GET', `/api/assessments/${a.id}/share-links`, undefined, other)).status).toBe(404);
    const mine = await h.call('POST', `/api/assessments/${a.id}/share-links`, {}, consultant);
    expect(
      (await h.call('POST', `/api/assessments/${a.id}/share-links/${mine.json.id}/revoke`, undefined, other))
        .status,
    ).toBe(404);
    expect(
      (await h.call('POST', `/api/assessments/${a.id}/share-links/nolinkhere/revoke`, undefined, consultant))
        .status,
    ).toBe(404);
  });
});

describe('branding', () => {
  const PNG = `data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]).toString('base64')}`;

  it('stores the firm name, logo and an accessible accent, shows them on the share page and signs invitations', async () => {
    const me = await h.signIn('brand@firm.test', 'Brand Firm');
    const put = await h.call(
      'PUT',
      '/api/branding',
      { firmName: 'Brand & Partners', accent: '#1D4ED8', logo: PNG },
      me,
    );
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({ firmName: 'Brand & Partners', accent: '#1d4ed8', logo: PNG });
    expect((await h.call('GET', '/api/branding', undefined, me)).json.firmName).toBe('Brand & Partners');
    expect((await h.call('GET', '/api/branding', undefined, other)).json.firmName).toBeNull();

    const a = await createAssessment(h, me, 'Branded Client');
    const exec = await invite(h, me, a.id, 'executive', { email: 'exec@client.test' });
    // The stakeholder's questionnaire names who invited them, read in the same request as the link.
    expect((await h.respond('GET', exec.token)).json.assessment.invitedBy).toBe('Brand & Partners');
    const plainFirm = await h.signIn('plain@firm.test', 'Plain Advisors');
    const unbranded = await createAssessment(h, plainFirm, 'Unbranded Client');
    const plain = await invite(h, plainFirm, unbranded.id, 'executive');
    expect((await h.respond('GET', plain.token)).json.assessment.invitedBy).toBeNull();
    const mail = await h.call('GET', '/api/outbox', undefined, me);
    expect(mail.json.items[0].body).toContain('Sent on behalf of Brand & Partners.');
    const link = await h.call('POST', `/api/assessments/${a.id}/share-links`, {}, me);
    const shared = await withHeaders('GET', '/api/share', {
      'x-share-token': shareTokenOf(link.json.shareUrl),
    });
    expect(shared.json.branding.firmName).toBe('Brand & Partners');
  });

  it('refuses a low-contrast accent, an SVG or mislabelled logo and an empty name, naming the field', async () => {
    const pathOf = async (body: unknown) => {
      const res = await h.call('PUT', '/api/branding', body, consultant);
      expect(res.status).toBe(400);
      return res.json.error.issues[0].path as string;
    };
    expect(await pathOf({ firmName: 'X', accent: '#ffcc00' })).toBe('accent');
    expect(await pathOf({ firmName: 'X', accent: 'blue' })).toBe('accent');
    expect(
      await pathOf({ firmName: 'X', accent: '#1d4ed8', logo: 'data:image/svg+xml;base64,PHN2Zz4=' }),
    ).toBe('logo');
    expect(
      await pathOf({
        firmName: 'X',
        accent: '#1d4ed8',
        logo: `data:image/png;base64,${Buffer.from('GIF89a').toString('base64')}`,
      }),
    ).toBe('logo');
    expect(await pathOf({ firmName: '', accent: '#1d4ed8' })).toBe('firmName');
  });
});

describe('targets', () => {
  it('stores targets per dimension, refuses unknown dimensions and levels, and a follow-up inherits them', async () => {
    const a = await finished('Target Co', 2);
    expect((await h.call('GET', `/api/assessments/${a.id}/targets`, undefined, consultant)).json.source).toBe(
      'none',
    );
    const put = await h.call(
      'PUT',
      `/api/assessments/${a.id}/targets`,
      { dimensions: { standards: 4, resources: 3 }, date: '2027-06-30' },
      consultant,
    );
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({
      dimensions: { standards: 4, resources: 3 },
      date: '2027-06-30',
      source: 'own',
    });

    const unknown = await h.call(
      'PUT',
      `/api/assessments/${a.id}/targets`,
      { dimensions: { nonsense: 3 } },
      consultant,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.issues[0].path).toBe('dimensions.nonsense');
    const level = await h.call(
      'PUT',
      `/api/assessments/${a.id}/targets`,
      { dimensions: { standards: 7 } },
      consultant,
    );
    expect(level.status).toBe(400);
    expect(level.json.error.issues[0].path).toBe('dimensions.standards');
    expect((await h.call('GET', `/api/assessments/${a.id}/targets`, undefined, other)).status).toBe(404);
    expect((await h.call('PUT', `/api/assessments/${a.id}/targets`, { dimensions: {} }, other)).status).toBe(
      404,
    );

    const follow = await h.call('POST', `/api/assessments/${a.id}/follow-up`, {}, consultant);
    const inherited = await h.call(
      'GET',
      `/api/assessments/${follow.json.assessment.id}/targets`,
      undefined,
      consultant,
    );
    expect(inherited.json).toMatchObject({ source: 'baseline', dimensions: { standards: 4 } });
  });
});

describe('benchmark', () => {
  const consent = { consent: true, industry: 'energy', sizeBand: '250-999' };

  /** Closed assessments of `by` at these ratings, each consenting into `cell`. */
  const join = async (by: string, ratings: number[], cell = consent) => {
    const ids: string[] = [];
    for (const rating of ratings) {
      const a = await finished(`Client ${rating}`, rating, 3, true, by);
      const res = await h.call('PUT', `/api/assessments/${a.id}/benchmark`, cell, by);
      expect(res.json).toMatchObject({ consent: true, contributed: true });
      ids.push(a.id);
    }
    return ids;
  };
  const view = async (id: string | undefined, by: string) =>
    (await h.call('GET', `/api/assessments/${id}/benchmark`, undefined, by)).json;

  it('compares only against other consultancies: 5 of their clients from at least 2 of them, consent needed', async () => {
    const x = consultant;
    const y = await h.signIn('y@bench-y.test', 'Bench Y Advisors');
    const z = await h.signIn('z@bench-z.test', 'Bench Z Advisors');
    const withheld = await finished('No Consent Co', 4);
    const refused = await h.call(
      'PUT',
      `/api/assessments/${withheld.id}/benchmark`,
      { ...consent, consent: false },
      x,
    );
    expect(refused.status).toBe(200);
    expect(refused.json).toMatchObject({ consent: false, contributed: false, percentiles: [] });

    // Five of X's own clients: published (one tenant's batch of 5), but X never compares with itself.
    const xs = await join(x, [1, 2, 3, 4, 5]);
    expect(await view(xs[4], x)).toMatchObject({ percentiles: [], organisations: null });
    // Y sees X's five: enough clients, but from a single other consultancy, so still nothing.
    const ys = await join(y, [2, 3, 3, 4, 5]);
    expect((await view(ys[0], y)).percentiles).toEqual([]);
    expect((await view(xs[0], x)).percentiles).toEqual([]);
    // Z's five make two other consultancies for everyone: percentiles show, against ten clients.
    const zs = await join(z, [1, 1, 2, 4, 5]);
    const seenByX = await view(xs[4], x);
    expect(seenByX.organisations).toBe(10);
    // X's client at 5 against Y and Z: 8 below, 2 alike → (8 + 1) / 10.
    expect(seenByX.percentiles[0].percentile).toBe(90);
    expect((await view(ys[0], y)).organisations).toBe(10);
    expect((await view(zs[0], z)).organisations).toBe(10);
    // The client that withheld consent sees no comparison, and nothing of it was added.
    expect((await view(withheld.id, x)).percentiles).toEqual([]);
    const cell = await h.store.getBenchmarkCell('energy', '250-999');
    expect(cell.tenants.reduce((a, t) => a + t.live.contributions, 0)).toBe(15);
    expect(JSON.stringify(cell)).not.toMatch(/acme|bench-y|bench-z|Advisors|Client/i);

    // X withdraws its clients one by one: each withdrawal leaves its consent at once, but what Y
    // sees moves only when the batch of five is folded in.
    const before = await view(ys[0], y);
    for (const [i, id] of xs.entries()) {
      const res = await h.call('PUT', `/api/assessments/${id}/benchmark`, { ...consent, consent: false }, x);
      expect(res.json).toMatchObject({ consent: false, contributed: false });
      const now = await view(ys[0], y);
      if (i < 4) expect(now).toEqual(before);
      else expect(now.percentiles).toEqual([]); // Z alone is left for Y: one other consultancy.
    }
    // Reading again adds nothing twice.
    await view(zs[0], z);
    const after = await h.store.getBenchmarkCell('energy', '250-999');
    expect(after.tenants.reduce((a, t) => a + t.live.contributions, 0)).toBe(10);
    expect(after.tenants.reduce((a, t) => a + t.published.contributions, 0)).toBe(10);
  });

  it('defeats the sybil-and-difference attack: a firm learns nothing of another firm’s client', async () => {
    const cell = { consent: true, industry: 'energy', sizeBand: '5000+' };
    const a = await h.signIn('eve@attacker.test', 'Attacker Advisors');
    const b = await h.signIn('bob@victimfirm.test', 'Victim Firm');
    // A's five sybil clients consent into one cell: A sees no percentile from its own contributions.
    const sybils = await join(a, [1, 2, 3, 4, 5], cell);
    const readAll = async () => Promise.all(sybils.map((id) => view(id, a)));
    const alone = await readAll();
    for (const v of alone) expect(v).toMatchObject({ percentiles: [], organisations: null });

    // B's real client joins: A's views do not move, and nothing of it is published yet.
    const victim = await join(b, [3], cell);
    expect(await readAll()).toEqual(alone);
    // B withdraws: A's views still do not move, and the client leaves the pending set at once.
    await h.call('PUT', `/api/assessments/${victim[0]}/benchmark`, { ...cell, consent: false }, b);
    expect(await readAll()).toEqual(alone);
    const bShare = (await h.store.getBenchmarkCell('energy', '5000+')).tenants.filter(
      (t) => t.live.contributions === 0,
    );
    expect(bShare).toHaveLength(1);
    expect(bShare[0]).toMatchObject({ pending: 0, published: { contributions: 0 } });

    // Even with real peers published (C and D, five each), one join or withdrawal is invisible to
    // A, and A cannot force it out with changes of its own (its four more sybils do not count).
    const c = await h.signIn('c@peer-c.test', 'Peer C');
    const d = await h.signIn('d@peer-d.test', 'Peer D');
    await join(c, [1, 2, 3, 4, 5], cell);
    await join(d, [2, 2, 3, 4, 4], cell);
    const shown = await readAll();
    expect(shown[2]?.organisations).toBe(10);
    expect(shown[2]?.percentiles.length).toBeGreaterThan(0);
    await join(a, [1, 2, 4, 5], cell);
    const rejoined = await join(b, [3], cell);
    expect(await readAll()).toEqual(shown);
    await h.call('PUT', `/api/assessments/${rejoined[0]}/benchmark`, { ...cell, consent: false }, b);
    expect(await readAll()).toEqual(shown);
  });

  it('waits for a closed assessment, refuses bad input and other organisations', async () => {
    const open = await finished('Open Co', 3, 3, false);
    const res = await h.call(
      'PUT',
      `/api/assessments/${open.id}/benchmark`,
      { ...consent, industry: 'retail' },
      consultant,
    );
    expect(res.json).toMatchObject({ consent: true, contributed: false });
    const bad = await h.call(
      'PUT',
      `/api/assessments/${open.id}/benchmark`,
      { ...consent, sizeBand: 'huge' },
      consultant,
    );
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues[0].path).toBe('sizeBand');
    expect((await h.call('GET', `/api/assessments/${open.id}/benchmark`, undefined, other)).status).toBe(404);
    expect((await h.call('PUT', `/api/assessments/${open.id}/benchmark`, consent, other)).status).toBe(404);
  });
});

describe('portfolio', () => {
  it('lists assessments side by side with maturity and verdict, and a client trend across re-assessments', async () => {
    const me = await h.signIn('folio@firm.test', 'Folio Firm');
    const a = await h.call('POST', '/api/assessments', { clientName: 'Trend Co', context: CONTEXT }, me);
    for (let i = 0; i < 3; i++) {
      const s = await invite(h, me, a.json.id);
      await h.respond('SUBMIT', s.token, { answers: uniformAnswers(2) });
    }
    const follow = await h.call('POST', `/api/assessments/${a.json.id}/follow-up`, {}, me);
    for (const inv of follow.json.invites.slice(0, 3)) {
      await h.respond('SUBMIT', tokenOf(inv.inviteUrl), { answers: uniformAnswers(3) });
    }
    const res = await h.call('GET', '/api/portfolio', undefined, me);
    expect(res.status).toBe(200);
    expect(res.json.items).toHaveLength(2);
    expect(res.json.items[0]).toMatchObject({ clientName: 'Trend Co', overall: 3, responseRate: 1 });
    expect(res.json.clients).toEqual([
      {
        clientName: 'Trend Co',
        trend: [
          expect.objectContaining({ id: a.json.id, overall: 2 }),
          expect.objectContaining({ id: follow.json.assessment.id, overall: 3 }),
        ],
      },
    ]);
    expect((await h.call('GET', '/api/portfolio', undefined, other)).json.items).toEqual([]);
    const bad = await h.call('GET', '/api/portfolio?limit=500', undefined, me);
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues[0].path).toBe('query.limit');
    expect((await h.call('GET', '/api/portfolio')).status).toBe(401);
  });
});
