import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { CONTEXT, createAssessment, invite } from './fixtures';
import { type Harness, harness } from './harness';

/**
 * The adversarial suite of docs/privacy.md: a curious consultant attacks the anonymity promise,
 * one test per attack. Each asserts the consultant learns nothing beyond the published aggregates.
 */

const ALL = QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((q) => q.id));
const DIMENSION = QUESTIONNAIRE.dimensions[0] as (typeof QUESTIONNAIRE.dimensions)[number];
const allAnswers = (rating: number) => Object.fromEntries(ALL.map((id) => [id, rating]));
/** Every question rated, except the first dimension: "don't know" throughout. */
const skipsFirstDimension = (rating: number) => ({
  ...allAnswers(rating),
  ...Object.fromEntries(DIMENSION.questions.map((q) => [q.id, 'dont-know'])),
});

let clock = Date.parse('2026-11-01T09:00:00Z');
let h: Harness;
let consultant: string;
beforeAll(async () => {
  // A clock that moves a second per reading: submissions have a clear order.
  h = await harness({
    now: () => {
      clock += 1000;
      return new Date(clock);
    },
  });
  consultant = await h.signIn('curious@consultant.test', 'Curious Consulting');
});

type Person = Awaited<ReturnType<typeof invite>>;

const people = async (assessmentId: string, role: string, n: number, extra: object = {}) => {
  const out: Person[] = [];
  for (let i = 0; i < n; i++) out.push(await invite(h, consultant, assessmentId, role, extra));
  return out;
};

const submit = async (p: Person, answers: object, expectations: string[] = []) => {
  const res = await h.respond('SUBMIT', p.token, { answers, expectations });
  expect(res.status, res.text).toBe(200);
};

const results = async (assessmentId: string) => {
  const res = await h.call('GET', `/api/assessments/${assessmentId}/results`, undefined, consultant);
  expect(res.status).toBe(200);
  return res.json;
};

/** What a consultant sees of the figures (coverage aside, which counts people, not answers). */
const figures = (r: { result: unknown; analysis: unknown }) => ({ result: r.result, analysis: r.analysis });

/** Every view the consultant has of an assessment, as text. */
const everythingTheConsultantSees = async (assessmentId: string) => {
  const paths = [
    `/api/assessments/${assessmentId}`,
    `/api/assessments/${assessmentId}/stakeholders`,
    `/api/assessments/${assessmentId}/results`,
    `/api/assessments/${assessmentId}/export/answers.csv`,
    `/api/assessments/${assessmentId}/export/scores.csv`,
    `/api/assessments/${assessmentId}/export/results.json`,
    '/api/outbox',
  ];
  const texts = await Promise.all(paths.map((p) => h.call('GET', p, undefined, consultant)));
  return texts.map((t) => t.text).join('\n');
};

/** "Total minus shown groups" never isolates fewer than k people, overall and per dimension. */
const expectNoDifferencing = (r: {
  disclosure: { published: number; minGroupSize: number };
  analysis: { byRole: { respondents: number }[] };
}) => {
  const k = r.disclosure.minGroupSize;
  const rest = r.disclosure.published - r.analysis.byRole.reduce((n, g) => n + g.respondents, 0);
  expect(rest === 0 || rest >= k, `hidden respondents ${rest}`).toBe(true);
};

describe('attacks by a curious consultant', () => {
  it('the stakeholder list shows invitations only: nothing of what a person did, no pseudonym or time of theirs', async () => {
    const a = await createAssessment(h, consultant, 'List Attack');
    const [p] = await people(a.id, 'executive', 1, { name: 'Erin Exec', email: 'erin@client.test' });
    await submit(p as Person, allAnswers(4));
    for (const path of [`/api/assessments/${a.id}`, `/api/assessments/${a.id}/stakeholders`]) {
      const res = await h.call('GET', path, undefined, consultant);
      const row = (res.json.stakeholders ?? res.json.items)[0];
      expect(row).toMatchObject({ name: 'Erin Exec', link: 'live' });
      expect(Object.keys(row).sort()).toEqual(['email', 'id', 'invitedAt', 'link', 'name', 'role'].sort());
      expect(res.text).not.toMatch(/pseudonym|submittedAt|S-[0-9A-F]{6}/);
    }
  });

  it("the answers export holds the results' aggregates: no row per respondent, no figure below k ratings", async () => {
    const a = await createAssessment(h, consultant, 'Export Attack');
    const execs = await people(a.id, 'executive', 3);
    const pms = await people(a.id, 'project-manager', 2);
    const [ctrl] = await people(a.id, 'controller', 1);
    for (const [i, e] of execs.entries()) await submit(e, allAnswers(i + 1));
    for (const p of pms) await submit(p, allAnswers(4));
    await submit(ctrl as Person, allAnswers(5));
    const csv = await h.call('GET', `/api/assessments/${a.id}/export/answers.csv`, undefined, consultant);
    const [header, ...rows] = csv.text.trim().split('\r\n');
    expect(header).toBe('group,respondents,dimension,score');
    expect(csv.text).not.toMatch(/pseudonym|S-[0-9A-F]{6}|\d{4}-\d{2}-\d{2}|controller/);
    // One row per dimension and shown group, never per person; every cell covers at least k = 3.
    for (const row of rows) {
      const [, respondents] = row.split(',');
      expect(Number(respondents) >= 3, row).toBe(true);
    }
    const groups = new Set(rows.map((r) => r.split(',')[0]));
    expect(rows).toHaveLength(QUESTIONNAIRE.dimensions.length * groups.size);
    // The same file every time: nothing in it depends on the order of the rows.
    const again = await h.call('GET', `/api/assessments/${a.id}/export/answers.csv`, undefined, consultant);
    expect(again.text).toBe(csv.text);
  });

  it('cannot read or change answers through a link once the stakeholder’s device has bound it', async () => {
    const a = await createAssessment(h, consultant, 'Link Attack');
    const [p] = await people(a.id, 'controller', 1);
    const person = p as Person;
    const first = await h.respond('PUT', person.token, {
      answers: { 'std-method': 2 },
      notes: { 'std-method': 'my boss ignores the method' },
    });
    expect(first.json.deviceKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The consultant has the link (it was returned to them), but not the device key.
    for (const [action, body] of [
      ['GET', undefined],
      ['PUT', { answers: { 'std-method': 5 } }],
      ['SUBMIT', { answers: { 'std-method': 5 } }],
      ['TRANSFER', undefined],
    ] as const) {
      for (const deviceKey of [null, 'A'.repeat(43), 'short']) {
        const res = await h.respond(action, person.token, body, { deviceKey });
        expect(res.text).not.toMatch(/std-method|boss/);
        if (deviceKey === null && action === 'GET') {
          // Without a key a read answers a blank questionnaire, whatever the link has been through.
          expect(res.status).toBe(200);
          expect(res.json).toMatchObject({ answers: {}, notes: {}, submittedAt: null, version: 1 });
        } else if (deviceKey === null && action === 'TRANSFER') {
          expect(res.status).toBe(409);
        } else {
          expect(res.status).toBe(403);
          expect(res.json.error.code).toBe('device_mismatch');
        }
      }
    }
    const mine = await h.respond('GET', person.token);
    expect(mine.json.answers).toEqual({ 'std-method': 2 });
    // A second "first write" cannot re-bind the link either.
    expect(mine.json.deviceKey).toBeUndefined();
  });

  it('closing and reopening does not let the consultant write through the link again', async () => {
    const a = await createAssessment(h, consultant, 'Reopen Attack');
    const [p] = await people(a.id, 'executive', 1);
    await h.respond('PUT', (p as Person).token, { answers: { 'std-method': 3 } });
    await h.call('PATCH', `/api/assessments/${a.id}`, { status: 'closed' }, consultant);
    await h.call('PATCH', `/api/assessments/${a.id}`, { status: 'open' }, consultant);
    const write = await h.respond(
      'PUT',
      (p as Person).token,
      { answers: { 'std-method': 1 } },
      { deviceKey: null },
    );
    expect(write.status).toBe(403);
    expect((await h.respond('GET', (p as Person).token)).json.answers).toEqual({ 'std-method': 3 });
  });

  it('a reissued link starts empty: neither the draft nor the submission can be read through any link', async () => {
    const a = await createAssessment(h, consultant, 'Reissue Attack');
    const [p] = await people(a.id, 'executive', 1);
    const person = p as Person;
    await submit(person, { ...allAnswers(2) });
    await h.respond('PUT', person.token, {}); // refused (final) but harmless
    const reissued = await h.call(
      'POST',
      `/api/assessments/${a.id}/stakeholders/${person.id}/reissue`,
      undefined,
      consultant,
    );
    const fresh = reissued.json.inviteUrl.split('#').pop() as string;
    const seen = await h.respond('GET', fresh, undefined, { deviceKey: null });
    expect(seen.json).toMatchObject({ answers: {}, notes: {}, expectations: [], submittedAt: null });
    expect((await h.respond('GET', person.token)).status).toBe(404);
  });

  it('with 1 of 3 submitted there are no scores, and nothing of that person anywhere', async () => {
    const a = await createAssessment(h, consultant, 'Threshold Attack');
    const [first] = await people(a.id, 'executive', 3);
    await submit(first as Person, allAnswers(5), ['coaching']);
    const r = await results(a.id);
    expect(r.result).toBeNull();
    expect(r.analysis.byRole).toEqual([]);
    expect(r.analysis.consensus.every((c: { spread: unknown }) => c.spread === null)).toBe(true);
    expect(r.analysis.expectations.every((e: { votes: unknown }) => e.votes === null)).toBe(true);
    // Not even how many have submitted: that count would move with each one.
    expect(r.disclosure).toEqual(expect.objectContaining({ published: 0 }));
    expect(Object.keys(r.disclosure).sort()).toEqual(['minGroupSize', 'published', 'withheld']);
    const csv = await h.call('GET', `/api/assessments/${a.id}/export/answers.csv`, undefined, consultant);
    expect(csv.text.trim().split('\r\n')).toHaveLength(1);
  });

  it('4 × overall − 3 × executives does not give a hidden controller’s scores', async () => {
    const a = await createAssessment(h, consultant, 'Subtraction Attack');
    const execs = await people(a.id, 'executive', 3);
    const [ctrl] = await people(a.id, 'controller', 1);
    for (const e of execs) await submit(e, allAnswers(2));
    await submit(ctrl as Person, allAnswers(5));
    const r = await results(a.id);
    // The controller waits for a batch of 3: the overall is the executives' alone.
    expect(r.result.maturity.respondents).toBe(3);
    const exec = r.analysis.byRole.find((g: { role: string }) => g.role === 'executive');
    expect(4 * r.result.maturity.overall - 3 * exec.overall).toBe(2);
    expectNoDifferencing(r);
    // Every figure is the executives' 2: the controller's 5 is in none of them.
    expect(r.result.maturity.dimensions.map((d: { score: number }) => d.score)).toEqual(
      QUESTIONNAIRE.dimensions.map(() => 2),
    );
  });

  it('a hidden group cannot be derived per dimension either (complementary suppression)', async () => {
    const a = await createAssessment(h, consultant, 'Dimension Attack');
    const execs = await people(a.id, 'executive', 3);
    const pms = await people(a.id, 'project-manager', 3);
    for (const e of execs) await submit(e, allAnswers(2));
    // Only one project manager rates the first dimension.
    await submit(pms[0] as Person, allAnswers(5));
    for (const p of pms.slice(1)) await submit(p, skipsFirstDimension(3));
    const r = await results(a.id);
    expectNoDifferencing(r);
    const score = (role: string) =>
      r.analysis.byRole
        .find((g: { role: string }) => g.role === role)
        .dimensions.find((d: { id: string }) => d.id === DIMENSION.id).score;
    // 4 raters overall: the score counts the first 3 (the executives); the project manager's 5
    // waits for two more raters, and the project managers' cell (1 rater) is withheld.
    expect(score('project-manager')).toBeNull();
    expect(score('executive')).toBe(2);
    expect(r.result.maturity.dimensions[0].score).toBe(2);
    expect(r.analysis.consensus[0]).toMatchObject({ respondents: 3 });
    expect(r.disclosure.withheld.join(' ')).toMatch(/fewer than 3 of them rated it/);
  });

  it('one rater among a batch of "don\'t know"s cannot be read from a dimension score', async () => {
    const a = await createAssessment(h, consultant, 'Dont Know Attack');
    const execs = await people(a.id, 'executive', 6);
    for (const e of execs.slice(0, 3)) await submit(e, allAnswers(2));
    const before = await results(a.id);
    // The next batch: one rates the first dimension 5, two answer "don't know" there.
    await submit(execs[3] as Person, allAnswers(5));
    await submit(execs[4] as Person, skipsFirstDimension(3));
    await submit(execs[5] as Person, skipsFirstDimension(3));
    const after = await results(a.id);
    expect(after.disclosure.published).toBe(6);
    // Without raters in steps of 3, the score would move to (2+2+2+5)/4: one person's 5 exposed.
    expect(after.result.maturity.dimensions[0].score).toBe(before.result.maturity.dimensions[0].score);
    expect(after.analysis.consensus[0]).toEqual(before.analysis.consensus[0]);
  });

  it('revoking, re-issuing, removing and re-inviting never toggle one person out of the results and back', async () => {
    const a = await createAssessment(h, consultant, 'Toggle Attack');
    const execs = await people(a.id, 'executive', 3, { email: 'x@client.test' });
    const pms = await people(a.id, 'project-manager', 3);
    for (const e of execs) await submit(e, allAnswers(2));
    for (const [i, p] of pms.entries()) await submit(p, allAnswers(3 + i));
    const before = figures(await results(a.id));
    const target = pms[2] as Person;
    const url = (action: string) => `/api/assessments/${a.id}/stakeholders/${target.id}/${action}`;
    await h.call('POST', url('revoke'), undefined, consultant);
    expect(figures(await results(a.id))).toEqual(before);
    await h.call('POST', url('reissue'), undefined, consultant);
    expect(figures(await results(a.id))).toEqual(before);
    await h.call('DELETE', `/api/assessments/${a.id}/stakeholders/${target.id}`, undefined, consultant);
    expect(figures(await results(a.id))).toEqual(before);
    // Re-invited and answering again: one more submission waits for a batch; nothing moves.
    const [again] = await people(a.id, 'project-manager', 1);
    await submit(again as Person, allAnswers(1));
    expect(figures(await results(a.id))).toEqual(before);
    await h.call('PATCH', `/api/assessments/${a.id}`, { status: 'closed' }, consultant);
    await h.call('PATCH', `/api/assessments/${a.id}`, { status: 'open' }, consultant);
    expect(figures(await results(a.id))).toEqual(before);
  });

  it('results move only in batches: one more submission never changes a figure', async () => {
    const a = await createAssessment(h, consultant, 'Timing Attack');
    const execs = await people(a.id, 'executive', 6);
    for (const e of execs.slice(0, 3)) await submit(e, allAnswers(2));
    const batch1 = figures(await results(a.id));
    await submit(execs[3] as Person, allAnswers(5));
    expect(figures(await results(a.id))).toEqual(batch1);
    await submit(execs[4] as Person, allAnswers(5));
    expect(figures(await results(a.id))).toEqual(batch1);
    await submit(execs[5] as Person, allAnswers(5));
    const batch2 = await results(a.id);
    expect(batch2.result.maturity.respondents).toBe(6);
    expect(batch2.result.maturity.overall).toBe(3.5);
  });

  it('a role group grows in steps of the threshold, so a newcomer cannot be read from its change', async () => {
    const a = await createAssessment(h, consultant, 'Role Step Attack');
    const execs = await people(a.id, 'executive', 4);
    const pms = await people(a.id, 'project-manager', 2);
    for (const e of execs.slice(0, 3)) await submit(e, allAnswers(2));
    const before = (await results(a.id)).analysis.byRole;
    // Three more submissions (one executive, two project managers): a new batch is published.
    await submit(execs[3] as Person, allAnswers(5));
    for (const p of pms) await submit(p, allAnswers(4));
    const after = await results(a.id);
    expect(after.disclosure.published).toBe(6);
    // The executives' group still holds the first three; the fourth sits in the pool of three.
    expect(after.analysis.byRole.find((g: { role: string }) => g.role === 'executive')).toEqual(before[0]);
    expect(after.analysis.byRole.find((g: { role: string }) => g.role === 'pooled').respondents).toBe(3);
    expectNoDifferencing(after);
  });

  it('minGroupSize is at least 3 and fixed once a response is submitted, closed or not', async () => {
    const created = await h.call(
      'POST',
      '/api/assessments',
      { clientName: 'Threshold Lowering', context: CONTEXT, minGroupSize: 5 },
      consultant,
    );
    const id = created.json.id;
    const tooSmall = await h.call('PATCH', `/api/assessments/${id}`, { minGroupSize: 1 }, consultant);
    expect(tooSmall.status).toBe(400);
    expect((await h.call('PATCH', `/api/assessments/${id}`, { minGroupSize: 4 }, consultant)).status).toBe(
      200,
    );
    const [p] = await people(id, 'executive', 1);
    await submit(p as Person, allAnswers(3));
    const lowered = await h.call('PATCH', `/api/assessments/${id}`, { minGroupSize: 3 }, consultant);
    expect(lowered.status).toBe(409);
    expect(lowered.json.error.code).toBe('min_group_size_locked');
    await h.call('PATCH', `/api/assessments/${id}`, { status: 'closed' }, consultant);
    expect((await h.call('PATCH', `/api/assessments/${id}`, { minGroupSize: 3 }, consultant)).status).toBe(
      409,
    );
    // Raising is refused too: it would move the batch boundaries (see the next test).
    const raised = await h.call('PATCH', `/api/assessments/${id}`, { minGroupSize: 6 }, consultant);
    expect(raised.status).toBe(409);
  });

  it('changing the threshold cannot move the batch boundaries to isolate one person', async () => {
    const a = await createAssessment(h, consultant, 'Boundary Attack');
    const execs = await people(a.id, 'executive', 6);
    for (const e of execs.slice(0, 5)) await submit(e, allAnswers(2));
    const before = figures(await results(a.id));
    // With k = 3, three are published; k = 4 would publish four, k = 5 five: differences of one.
    for (const k of [4, 5, 3]) {
      const res = await h.call('PATCH', `/api/assessments/${a.id}`, { minGroupSize: k }, consultant);
      expect(res.status).toBe(k === 3 ? 200 : 409);
      expect(figures(await results(a.id))).toEqual(before);
    }
  });

  it('mean ± spread of two raters reveals nothing: no score and no spread below the threshold', async () => {
    const a = await createAssessment(h, consultant, 'Spread Attack');
    const execs = await people(a.id, 'executive', 3);
    await submit(execs[0] as Person, allAnswers(1));
    await submit(execs[1] as Person, allAnswers(5));
    await submit(execs[2] as Person, skipsFirstDimension(3));
    const r = await results(a.id);
    const first = r.analysis.consensus.find((c: { dimension: string }) => c.dimension === DIMENSION.id);
    expect(first).toMatchObject({ spread: null, consensus: 'unknown' });
    expect(r.result.maturity.dimensions[0].score).toBeNull();
    const second = r.analysis.consensus[1];
    expect(second.spread).not.toBeNull();
  });

  it('expectation votes of a few voters are withheld', async () => {
    const a = await createAssessment(h, consultant, 'Votes Attack');
    const execs = await people(a.id, 'executive', 3);
    await submit(execs[0] as Person, allAnswers(3), ['coaching', 'standards']);
    await submit(execs[1] as Person, allAnswers(3), ['standards']);
    await submit(execs[2] as Person, allAnswers(3), ['standards']);
    const votes = Object.fromEntries(
      (await results(a.id)).analysis.expectations.map((e: { service: string; votes: unknown }) => [
        e.service,
        e.votes,
      ]),
    );
    expect(votes.standards).toBe(3);
    expect(votes.coaching).toBeNull();
    expect(votes.assurance).toBe(0);
  });

  it('the old token-in-path routes are gone, and links carry the token in the fragment', async () => {
    const a = await createAssessment(h, consultant, 'Path Attack');
    const [p] = await people(a.id, 'executive', 1);
    expect((p as Person).inviteUrl).toMatch(/\/respond#[A-Za-z0-9_-]{43}$/);
    for (const path of [
      `/api/responses/${(p as Person).token}`,
      `/api/responses/${(p as Person).token}/submit`,
    ]) {
      expect((await h.call('GET', path)).status).toBe(404);
    }
    const api = await h.respond('GET', (p as Person).token);
    expect(api.headers.get('referrer-policy')).toBe('no-referrer');
    expect(api.headers.get('cache-control')).toBe('no-store');
  });

  it('no stored mail holds a usable link', async () => {
    const a = await createAssessment(h, consultant, 'Mail Attack');
    const [p] = await people(a.id, 'executive', 1, { email: 'mail@client.test' });
    const reissued = await h.call(
      'POST',
      `/api/assessments/${a.id}/stakeholders/${(p as Person).id}/reissue`,
      undefined,
      consultant,
    );
    const outbox = await h.call('GET', '/api/outbox', undefined, consultant);
    expect(outbox.text).not.toContain((p as Person).token);
    expect(outbox.text).not.toContain(reissued.json.inviteUrl.split('#').pop());
    expect(outbox.text).not.toMatch(/respond#/);
  });

  it('a note or a unique answer never reaches any consultant view', async () => {
    const a = await createAssessment(h, consultant, 'Everything Attack');
    const execs = await people(a.id, 'executive', 3, { email: 'e@client.test' });
    for (const e of execs)
      await h.respond('SUBMIT', e.token, {
        answers: allAnswers(3),
        notes: { 'std-method': 'confidential-note-about-the-cfo' },
      });
    const seen = await everythingTheConsultantSees(a.id);
    expect(seen).not.toContain('confidential-note-about-the-cfo');
    for (const e of execs) expect(seen).not.toContain(e.token);
  });
});

describe('device transfer', () => {
  it('only the bound device gets a one-time, short-lived code; the new device takes over', async () => {
    const a = await createAssessment(h, consultant, 'Transfer');
    const [p] = await people(a.id, 'team-member', 1);
    const token = (p as Person).token;
    expect((await h.respond('TRANSFER', token)).json.error.code).toBe('device_not_bound');
    const first = await h.respond('PUT', token, { answers: { 'std-method': 4 } });
    const oldKey = first.json.deviceKey as string;
    const code = await h.respond('TRANSFER', token);
    expect(code.status).toBe(201 === code.status ? 201 : 200);
    expect(code.json.code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    // A wrong code is refused and moves nothing.
    const wrong = await h.respond('REDEEM', token, { code: '00000-00000' }, { deviceKey: null });
    expect(wrong.status).toBe(403);
    expect(wrong.json.error.code).toBe('transfer_code_invalid');
    const moved = await h.respond(
      'REDEEM',
      token,
      { code: code.json.code.toLowerCase() },
      { deviceKey: null },
    );
    expect(moved.status).toBe(200);
    expect(moved.json.answers).toEqual({ 'std-method': 4 });
    const newKey = moved.json.deviceKey as string;
    expect(newKey).not.toBe(oldKey);
    // Single use; the old device is out; the new one works.
    expect((await h.respond('REDEEM', token, { code: code.json.code }, { deviceKey: null })).status).toBe(
      403,
    );
    expect((await h.respond('GET', token, undefined, { deviceKey: oldKey })).status).toBe(403);
    expect(
      (await h.respond('PUT', token, { answers: { 'std-method': 2 } }, { deviceKey: newKey })).status,
    ).toBe(200);
  });

  it('a transfer code expires after 10 minutes', async () => {
    const a = await createAssessment(h, consultant, 'Transfer Expiry');
    const [p] = await people(a.id, 'team-member', 1);
    const token = (p as Person).token;
    await h.respond('PUT', token, { answers: { 'std-method': 4 } });
    const code = await h.respond('TRANSFER', token);
    clock += 11 * 60_000;
    const late = await h.respond('REDEEM', token, { code: code.json.code }, { deviceKey: null });
    expect(late.status).toBe(403);
    expect(late.json.error.code).toBe('transfer_code_invalid');
  });
});

describe('link expiry', () => {
  it('links stop working 30 days after the assessment closes (410 invite_expired)', async () => {
    const a = await createAssessment(h, consultant, 'Expiry');
    const [p] = await people(a.id, 'executive', 1);
    const token = (p as Person).token;
    await h.respond('PUT', token, { answers: { 'std-method': 4 } });
    await h.call('PATCH', `/api/assessments/${a.id}`, { status: 'closed' }, consultant);
    clock += 29 * 86_400_000;
    expect((await h.respond('GET', token)).status).toBe(200);
    clock += 2 * 86_400_000;
    const expired = await h.respond('GET', token);
    expect(expired.status).toBe(410);
    expect(expired.json.error.code).toBe('invite_expired');
    expect(expired.text).not.toContain('std-method');
  });
});
