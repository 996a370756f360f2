import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { CONTEXT, invite } from './fixtures';
import { type Harness, harness } from './harness';

const allAnswers = (rating: number) =>
  Object.fromEntries(QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((q) => [q.id, rating])));

let h: Harness;
let consultant: string;
beforeAll(async () => {
  h = await harness();
  consultant = await h.signIn('rates@rates.test', 'Rates & Co');
});

describe("an assessment's day rates", () => {
  it('are stored on create, changed or cleared on update, and price the results', async () => {
    const rates = { currency: 'CHF', dayRate: 900, externalDayRate: 1400 };
    const created = await h.call(
      'POST',
      '/api/assessments',
      { clientName: 'Alpine Rail', context: { ...CONTEXT, concurrentProjects: 40 }, rates },
      consultant,
    );
    expect(created.status).toBe(201);
    expect(created.json.rates).toEqual(rates);
    const id = created.json.id as string;
    const pms = await Promise.all([1, 2, 3].map(() => invite(h, consultant, id, 'project-manager')));
    for (const p of pms) await h.respond('SUBMIT', p.token, { answers: allAnswers(3) });
    const results = await h.call('GET', `/api/assessments/${id}/results`, undefined, consultant);
    // Forty projects with high contention need an office: its cost is in the client's currency.
    expect(results.json.result.pmo.cost).toMatchObject({ currency: 'CHF' });
    expect(results.json.result.pmo.cost.assumptions.join(' ')).toContain('900');

    const bad = await h.call(
      'PATCH',
      `/api/assessments/${id}`,
      { rates: { currency: 'CHF', dayRate: 0 } },
      consultant,
    );
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues[0].path).toBe('rates.dayRate');

    const changed = await h.call(
      'PATCH',
      `/api/assessments/${id}`,
      { rates: { currency: 'EUR', dayRate: 700 } },
      consultant,
    );
    expect(changed.json.rates).toEqual({ currency: 'EUR', dayRate: 700 });
    const cleared = await h.call('PATCH', `/api/assessments/${id}`, { rates: null }, consultant);
    expect(cleared.json.rates).toBeNull();
    const read = await h.call('GET', `/api/assessments/${id}`, undefined, consultant);
    expect(read.json.rates).toBeNull();
  });

  it('are null on an assessment created without them', async () => {
    const res = await h.call(
      'POST',
      '/api/assessments',
      { clientName: 'Plain', context: CONTEXT },
      consultant,
    );
    expect(res.json.rates).toBeNull();
  });
});
