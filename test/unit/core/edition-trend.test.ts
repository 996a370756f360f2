import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import {
  comparableDimensions,
  QUESTIONNAIRE_2026_1,
  QUESTIONNAIRE_2026_2,
  QUESTIONNAIRE_2026_3,
  type Questionnaire,
} from '../../../functions/core';
import { loadAllLanguages } from '../../../functions/i18n/load';
import { buildResults } from '../../../functions/services/results';
import type { AssessmentRecord, StakeholderRecord } from '../../../functions/store/records';
import { context } from './fixtures';

// French and German are imported on demand (functions/i18n/load.ts); these tests read them.
await loadAllLanguages();

/** A follow-up in 2026.3 against a 2026.2 baseline compares only what both measure the same way. */
const assessment = (id: string, q: Questionnaire): AssessmentRecord => ({
  id,
  orgId: 'o1',
  clientName: 'Client',
  context: context(),
  status: 'closed',
  dueDate: null,
  baselineId: null,
  questionnaireVersion: q.version,
  minGroupSize: 3,
  createdBy: 'c',
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  version: 1,
});
const people = (
  assessmentId: string,
  q: Questionnaire,
  rating: (id: string) => number,
): StakeholderRecord[] =>
  [0, 1, 2].map((i) => ({
    id: `${assessmentId}-s${i}`,
    assessmentId,
    orgId: 'o1',
    role: 'project-manager',
    name: null,
    email: null,
    pseudonym: 'S',
    status: 'active',
    tokenHash: `${assessmentId}-t${i}`,
    answers: Object.fromEntries(
      q.dimensions.flatMap((d) => d.questions.map((x) => [x.id, rating(x.id)])),
    ) as Answers,
    notes: {},
    expectations: [],
    version: 1,
    lastRequestId: null,
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    submittedAt: new Date(Date.UTC(2026, 10, 2, 0, i)).toISOString(),
    lastRemindedAt: null,
  }));
const round = (
  now: Questionnaire,
  then: Questionnaire,
  rating: (id: string) => number,
  language = 'en' as const,
) =>
  buildResults(
    now,
    assessment('now', now),
    { stakeholders: people('now', now, rating), retired: [] },
    {
      assessment: assessment('then', then),
      submissions: { stakeholders: people('then', then, () => 2), retired: [] },
    },
    language,
  ).baseline;

describe('the trend across editions', () => {
  it('compares a 2026.3 follow-up with a 2026.2 baseline on the shared questions only, and says so', () => {
    const same = comparableDimensions(QUESTIONNAIRE_2026_3, QUESTIONNAIRE_2026_2);
    const shared = new Set(same.flatMap((c) => c.current));
    // New questions rated 5, shared ones 3: only the shared ones may move the trend.
    const trend = round(QUESTIONNAIRE_2026_3, QUESTIONNAIRE_2026_2, (id) => (shared.has(id) ? 3 : 5));
    expect(trend?.comparability).toMatchObject({ baselineEdition: '2026.2', currentEdition: '2026.3' });
    expect(trend?.comparability?.compared).toBe(same.length);
    expect(trend?.comparability?.note).toMatch(/Only what both editions measure the same way is compared/);
    for (const d of trend?.dimensions ?? []) {
      const comparable = same.some((c) => c.dimension === d.id);
      expect(d.comparable, d.id).toBe(comparable);
      if (comparable) expect(d, d.id).toMatchObject({ baseline: 2, current: 3, change: 1 });
      else expect(d.change, d.id).toBeNull();
    }
    expect(same.length).toBeGreaterThan(0);
    expect(same.length).toBeLessThan(QUESTIONNAIRE_2026_3.dimensions.length);
  });

  it('says it in French and German too', () => {
    expect(
      round(QUESTIONNAIRE_2026_3, QUESTIONNAIRE_2026_2, () => 3, 'fr' as 'en')?.comparability?.note,
    ).toMatch(/mesurent de la même façon/);
    expect(
      round(QUESTIONNAIRE_2026_3, QUESTIONNAIRE_2026_2, () => 3, 'de' as 'en')?.comparability?.note,
    ).toMatch(/gleich messen/);
  });

  it('compares nothing with an edition it does not declare comparable, and older pairs exactly as before', () => {
    const far = round(QUESTIONNAIRE_2026_3, QUESTIONNAIRE_2026_1, () => 3);
    expect(far?.comparability?.compared).toBe(0);
    expect(far?.dimensions.every((d) => d.change === null && d.comparable === false)).toBe(true);
    const old = round(QUESTIONNAIRE_2026_2, QUESTIONNAIRE_2026_1, () => 3);
    expect(old?.comparability).toBeUndefined();
    expect(old?.dimensions.every((d) => d.comparable === undefined)).toBe(true);
    const same = round(QUESTIONNAIRE_2026_3, QUESTIONNAIRE_2026_3, () => 3);
    expect(same?.comparability).toBeUndefined();
  });
});
