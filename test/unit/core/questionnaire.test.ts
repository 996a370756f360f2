import { describe, expect, it } from 'vitest';
import { STAKEHOLDER_ROLES } from '../../../functions/contract/roles';
import {
  QUESTION_IDS,
  QUESTIONNAIRE,
  QUESTIONNAIRE_2026_1,
  QUESTIONNAIRE_2026_2,
  questionnaireFor,
} from '../../../functions/core';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Words a respondent in the role reads: each question, its five levels, the dimension headings. */
const wordsFor = (role: (typeof STAKEHOLDER_ROLES)[number]) =>
  QUESTIONNAIRE_2026_2.dimensions.reduce((sum, d) => {
    const mine = d.questions.filter((q) => q.audience?.includes(role));
    if (mine.length === 0) return sum;
    return (
      sum +
      words(`${d.name} ${d.summary}`) +
      mine.reduce((s, q) => s + words([q.text, ...q.levels].join(' ')), 0)
    );
  }, 0);

/** Reading on a phone, about 200 words a minute, plus about 5 seconds to pick each answer. */
const minutesFor = (role: (typeof STAKEHOLDER_ROLES)[number]) => {
  const questions = QUESTIONNAIRE_2026_2.dimensions
    .flatMap((d) => d.questions)
    .filter((q) => q.audience?.includes(role));
  return wordsFor(role) / 200 + (questions.length * 5) / 60;
};

describe('questionnaire edition 2026.2', () => {
  it('is the current edition; 2026.1 stays intact and selectable by its id', () => {
    expect(QUESTIONNAIRE.version).toBe('2026.2');
    expect(questionnaireFor('2026.1')).toBe(QUESTIONNAIRE_2026_1);
    expect(questionnaireFor('2026.2')).toBe(QUESTIONNAIRE_2026_2);
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

  it('gives every role a route readable in about 12 minutes on a phone', () => {
    for (const role of STAKEHOLDER_ROLES) {
      expect(wordsFor(role), role).toBeGreaterThan(0);
      expect(minutesFor(role), role).toBeLessThanOrEqual(12);
    }
  });
});
