import { describe, expect, it } from 'vitest';
import { disclose, evaluate, QUESTIONNAIRE, withoutQuestionFigures, withSplits } from '../../functions/core';

const byJson = (a: object, b: object) => JSON.stringify(a).localeCompare(JSON.stringify(b));

import { prng } from '../../functions/local/prng';
import { runAutosaveLoad } from '../reliability/autosave-load';
import { CONTEXT, createAssessment, invite } from './fixtures';
import { harness } from './harness';

const STAKEHOLDERS = Number(process.env.LOAD_STAKEHOLDERS ?? 12);
const SAVES = Number(process.env.LOAD_SAVES ?? 20);

describe('autosave under load', () => {
  it('stores every acknowledged answer exactly once, and results match a recomputation from the raw answers', async () => {
    const h = await harness();
    const consultant = await h.signIn('load@acme.test', 'Load Org');
    const a = await createAssessment(h, consultant, 'Load Client');
    const tokens: string[] = [];
    // A small version in every run; `npm run reliability` loads 300 stakeholders over HTTP.
    for (let i = 0; i < STAKEHOLDERS; i++)
      tokens.push((await invite(h, consultant, a.id, i % 2 ? 'project-manager' : 'executive')).token);

    // Each browser binds its link with a first save before the load starts.
    for (const token of tokens) expect((await h.respond('PUT', token, {})).json.deviceKey).toBeTruthy();
    const ledgers = await runAutosaveLoad((token, body) => h.respond('PUT', token, body), {
      tokens,
      savesPerStakeholder: SAVES,
      concurrency: 12,
      lostAckRate: 0.1,
      random: prng(99),
    });

    let retries = 0;
    const raw = [];
    for (const [token, ledger] of ledgers) {
      const saved = await h.respond('GET', token);
      expect(saved.json.answers).toEqual(ledger.expected);
      // version starts at 1, the binding save makes it 2, and each acknowledged save applied once, retries included.
      expect(saved.json.version).toBe(2 + ledger.acknowledged);
      retries += ledger.retries;
      raw.push(saved.json.answers);
      await h.respond('SUBMIT', token, {});
    }
    // About one acknowledgement in ten is lost on the way: the clients had to retry.
    expect(retries).toBeGreaterThan((STAKEHOLDERS * SAVES) / 20);
    const results = await h.call('GET', `/api/assessments/${a.id}/results`, undefined, consultant);
    // Recomputed from the stored answers under the same anonymity rules (docs/privacy.md).
    const stored = await h.store.listStakeholders(a.id);
    expect(stored.map((s) => s.answers).sort(byJson)).toEqual([...raw].sort(byJson));
    const counted = stored.map((s) => ({
      role: s.role,
      answers: s.answers,
      expectations: s.expectations,
      submittedAt: s.submittedAt as string,
    }));
    const disclosed = disclose(QUESTIONNAIRE, counted, 3);
    expect(disclosed.published).toHaveLength(STAKEHOLDERS);
    // The same engine options the results use: the published expectations, and a surveyed team.
    const expectations = Object.fromEntries(
      disclosed.analysis.expectations
        .filter((e) => e.share !== null)
        .map((e) => [e.service, e.share as number]),
    );
    const recomputed = evaluate(QUESTIONNAIRE, CONTEXT, disclosed.overallAnswers, {
      expectations,
      surveyed: true,
    });
    if (!recomputed) throw new Error('the published answers must evaluate');
    expect(results.json.result).toEqual({
      ...recomputed,
      maturity: withSplits(
        { ...recomputed.maturity, dimensions: withoutQuestionFigures(recomputed.maturity.dimensions) },
        disclosed.analysis.splits,
      ),
    });
  });
});
