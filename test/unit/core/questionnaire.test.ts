import { describe, expect, it } from 'vitest';
import { STAKEHOLDER_ROLES } from '../../../functions/contract/roles';
import {
  QUESTION_IDS,
  QUESTIONNAIRE,
  QUESTIONNAIRE_2026_1,
  QUESTIONNAIRE_2026_2,
  QUESTIONNAIRE_2026_3,
  questionnaireFor,
} from '../../../functions/core';
import { routeFor } from '../../../functions/core/questionnaire/reading-time';

describe('questionnaire edition 2026.2', () => {
  it('is kept intact beside 2026.1, each selectable by its id; 2026.3 is now the current edition', () => {
    expect(QUESTIONNAIRE).toBe(QUESTIONNAIRE_2026_3);
    expect(questionnaireFor('2026.1')).toBe(QUESTIONNAIRE_2026_1);
    expect(questionnaireFor('2026.2')).toBe(QUESTIONNAIRE_2026_2);
    expect(QUESTIONNAIRE_2026_2.dimensions.flatMap((d) => d.questions)).toHaveLength(48);
    expect(QUESTIONNAIRE_2026_2.presupposes).toBeUndefined();
    expect(QUESTIONNAIRE_2026_1.dimensions).toHaveLength(10);
    expect(QUESTIONNAIRE_2026_1.dimensions.flatMap((d) => d.questions)).toHaveLength(40);
    expect(QUESTION_IDS.has('rep-benefits')).toBe(true);
  });

  it('adds benefits realisation and financial management with at least four questions each', () => {
    for (const id of ['benefits', 'finance'])
      expect(
        QUESTIONNAIRE_2026_2.dimensions.find((d) => d.id === id)?.questions.length,
      ).toBeGreaterThanOrEqual(4);
  });

  it('tells respondents to pick the highest level that is fully true for most projects', () => {
    expect(QUESTIONNAIRE_2026_2.answerRule).toMatch(/highest level that is fully true for most projects/);
  });

  it('gives every question five levels, a unique id and an audience of known roles', () => {
    const all = QUESTIONNAIRE_2026_2.dimensions.flatMap((d) => d.questions);
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
    for (const q of all) {
      expect(q.levels).toHaveLength(5);
      expect(q.audience?.length).toBeGreaterThan(0);
      for (const r of q.audience ?? []) expect(STAKEHOLDER_ROLES).toContain(r);
    }
  });

  it('describes level 3 as practice in use on most projects, not an artefact that exists', () => {
    for (const q of QUESTIONNAIRE_2026_2.dimensions.flatMap((d) => d.questions))
      expect(q.levels[2], q.id).not.toMatch(/\b(exists?|is published|is documented|is written)\b/i);
  });

  it('stays agile-neutral: no stage-gate jargon', () => {
    const text = JSON.stringify(QUESTIONNAIRE_2026_2.dimensions);
    expect(text).not.toMatch(/stage[- ]gate|waterfall|sprint|scrum/i);
  });

  it('gives every role a median route readable in 12 minutes or less on a phone', () => {
    // The route as the web counts it (functions/core/questionnaire/reading-time.ts): own questions
    // read and rated, the others read and handed on, at 238 words a minute, × 1.25 on a phone.
    for (const role of STAKEHOLDER_ROLES) {
      const route = routeFor(QUESTIONNAIRE_2026_2, role);
      expect(route.own, role).toBeGreaterThan(0);
      expect(route.phone, role).toBeLessThanOrEqual(12);
    }
  });
});
