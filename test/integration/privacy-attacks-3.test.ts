import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { countedSubmissions } from '../../functions/services/respondents';
import { CONTEXT, createAssessment, invite } from './fixtures';
import { type Harness, harness, tickingClock } from './harness';

/**
 * The adversarial suite, edition 3: one test per attack an outside reviewer made with a consultant's
 * access after edition 2. The property tests (two worlds, sensitivity, trace) cover the classes;
 * these keep the reported attacks themselves as regressions.
 */

const ALL = QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((q) => q.id));
const allAnswers = (rating: number) => Object.fromEntries(ALL.map((id) => [id, rating]));

const start = Date.parse('2026-11-01T09:00:00Z');
let h: Harness;
let consultant: string;
beforeAll(async () => {
  h = await harness({ now: tickingClock(start) });
  consultant = await h.signIn('reviewer@consultant.test', 'Review Consulting');
});

const get = (path: string) => h.call('GET', path, undefined, consultant);
const submit = async (token: string, answers: object) => {
  const res = await h.respond('SUBMIT', token, { answers });
  expect(res.status, res.text).toBe(200);
};

describe('attacks on edition 2, replayed', () => {
  it('rows linked across exports: no export ever holds a row per respondent', async () => {
    const a = await createAssessment(h, consultant, 'Linkage');
    const firstBatch = [
      await invite(h, consultant, a.id, 'executive'),
      await invite(h, consultant, a.id, 'project-manager'),
      await invite(h, consultant, a.id, 'team-member'),
    ];
    for (const [i, p] of firstBatch.entries()) await submit(p.token, allAnswers(i + 2));
    const before = (await get(`/api/assessments/${a.id}/export/answers.csv`)).text;
    for (let i = 0; i < 3; i++) {
      const p = await invite(h, consultant, a.id, 'project-manager');
      await submit(p.token, allAnswers(5));
    }
    const after = (await get(`/api/assessments/${a.id}/export/answers.csv`)).text;
    for (const csv of [before, after]) {
      const [header, ...rows] = csv.trim().split('\r\n');
      expect(header).toBe('group,respondents,dimension,score');
      for (const row of rows) expect(Number(row.split(',')[1])).toBeGreaterThanOrEqual(3);
      expect(csv).not.toMatch(/roleGroup|std-method/);
    }
  });

  it('a question only one role sees, rated by one person, shows no figure anywhere', async () => {
    const a = await createAssessment(h, consultant, 'One rating');
    const [question] = ALL;
    const people = [];
    for (let i = 0; i < 3; i++) people.push(await invite(h, consultant, a.id, 'project-manager'));
    // Only the first rates it; the others say "don't know" to it; all three rate everything else.
    await submit(people[0]?.token as string, { ...allAnswers(4), [question as string]: 1 });
    for (const p of people.slice(1))
      await submit(p.token, { ...allAnswers(4), [question as string]: 'dont-know' });
    const r = (await get(`/api/assessments/${a.id}/results`)).json;
    const scored = r.result.maturity.dimensions.flatMap(
      (d: { questionScores: { id: string; score: number | null; ratings: number | null }[] }) =>
        d.questionScores,
    );
    expect(scored.find((x: { id: string }) => x.id === question)).toMatchObject({
      score: null,
      ratings: null,
    });
    // No question's own figure at all in a team's result: beside the dimension's mean it would give
    // the others' ratings back.
    for (const x of scored) expect(x).toMatchObject({ score: null, ratings: null });
    const csv = (await get(`/api/assessments/${a.id}/export/answers.csv`)).text;
    expect(csv).not.toContain(question as string);
  });

  it('one slot cannot stand for several respondents: submit, re-issue, submit again, remove', async () => {
    const a = await createAssessment(h, consultant, 'Sybil slot');
    const slot = await invite(h, consultant, a.id, 'executive');
    let token = slot.token;
    for (let round = 0; round < 3; round++) {
      await submit(token, allAnswers(1));
      const reissued = await h.call(
        'POST',
        `/api/assessments/${a.id}/stakeholders/${slot.id}/reissue`,
        undefined,
        consultant,
      );
      token = reissued.json.inviteUrl.split('#').pop();
    }
    await h.call('DELETE', `/api/assessments/${a.id}/stakeholders/${slot.id}`, undefined, consultant);
    const r = (await get(`/api/assessments/${a.id}/results`)).json;
    const stored = {
      stakeholders: await h.store.listStakeholders(a.id),
      retired: await h.store.listRetiredSubmissions(a.id),
    };
    expect(countedSubmissions(stored)).toHaveLength(1);
    expect(r.respondentSet).toMatchObject({ invitations: 1, removed: 1, reissued: 3, live: 0 });
    // The removed invitation stays listed, so the client can see whom the counted submission belongs to.
    const listed = (await get(`/api/assessments/${a.id}/stakeholders`)).json.items;
    expect(listed).toEqual([expect.objectContaining({ id: slot.id, link: 'removed' })]);
  });

  it('polling after every submission shows nothing until a batch of k fills', async () => {
    const a = await createAssessment(h, consultant, 'Polling');
    const people = [];
    for (let i = 0; i < 5; i++) people.push(await invite(h, consultant, a.id, 'project-manager'));
    const views = async () =>
      JSON.stringify(
        await Promise.all(
          [`/api/assessments/${a.id}`, `/api/assessments/${a.id}/stakeholders`, '/api/assessments'].map(
            async (p) => (await get(p)).json,
          ),
        ),
      );
    const seen = [await views()];
    for (const p of people) {
      await submit(p.token, allAnswers(3));
      seen.push(await views());
    }
    // k = 3: the views change once, when the third submission completes the first batch.
    const changes = seen.slice(1).filter((v, i) => v !== seen[i]).length;
    expect(changes).toBe(1);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
    expect(seen[5]).toBe(seen[3]);
  });

  it('a closed assessment answers a write without the device key the same, whether the link was used or not', async () => {
    const a = await createAssessment(h, consultant, 'Closed probe');
    const used = await invite(h, consultant, a.id, 'executive');
    const unused = await invite(h, consultant, a.id, 'executive');
    expect((await h.respond('PUT', used.token, { answers: { 'std-method': 2 } })).status).toBe(200);
    await h.call('PATCH', `/api/assessments/${a.id}`, { status: 'closed' }, consultant);
    const replies = [];
    for (const p of [used, unused])
      for (const action of ['PUT', 'SUBMIT', 'TRANSFER', 'GET'] as const) {
        const res = await h.respond(
          action,
          p.token,
          action === 'GET' || action === 'TRANSFER' ? undefined : {},
          {
            deviceKey: null,
          },
        );
        replies.push([action, res.status, res.json?.error?.code ?? null, res.json?.answers ?? null]);
      }
    expect(replies.slice(0, 4)).toEqual(replies.slice(4));
  });

  it('the benchmark compares the contributed score, frozen: reopening and answering again moves nothing', async () => {
    const a = (
      await h.call(
        'POST',
        '/api/assessments',
        { clientName: 'Bench probe', context: CONTEXT, minGroupSize: 3 },
        consultant,
      )
    ).json;
    const people = [];
    for (let i = 0; i < 6; i++) people.push(await invite(h, consultant, a.id, 'project-manager'));
    for (const p of people.slice(0, 3)) await submit(p.token, allAnswers(2));
    await h.call('PATCH', `/api/assessments/${a.id}`, { status: 'closed' }, consultant);
    await h.call(
      'PUT',
      `/api/assessments/${a.id}/benchmark`,
      { consent: true, industry: 'energy', sizeBand: '250-999' },
      consultant,
    );
    const before = (await get(`/api/assessments/${a.id}/benchmark`)).json;
    expect(before.contributed).toBe(true);
    await h.call('PATCH', `/api/assessments/${a.id}`, { status: 'open' }, consultant);
    for (const p of people.slice(3)) await submit(p.token, allAnswers(5));
    await h.call('PATCH', `/api/assessments/${a.id}`, { status: 'closed' }, consultant);
    const after = (await get(`/api/assessments/${a.id}/benchmark`)).json;
    expect(after.percentiles.map((p: { score: number }) => p.score)).toEqual(
      before.percentiles.map((p: { score: number }) => p.score),
    );
    expect(after).toEqual(before);
  });
});
