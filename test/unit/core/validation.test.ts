import { describe, expect, it } from 'vitest';
import { evaluate, QUESTIONNAIRE, scoreMaturity } from '../../../functions/core';
import { importanceOf, prioritiesOf, publishedImportance } from '../../../functions/core/priority';
import { applyValidation, validatedConfidence } from '../../../functions/core/validation';
import { sayIn } from '../../../functions/i18n/engine';
import { loadAllLanguages } from '../../../functions/i18n/load';

// French and German are imported on demand (functions/i18n/load.ts); these tests read them.
await loadAllLanguages();

const q = QUESTIONNAIRE;
const CONTEXT = {
  employees: 450,
  concurrentProjects: 14,
  projectManagers: 6,
  pmExpertise: 'basic',
  urgency: 'medium',
  controlAppetite: 'medium',
  resourceContention: 'high',
  // A regulator: where people are the pain and standards are not, an unregulated firm gets no control
  // tower resting on the levels this file validates (shared-people.ts).
  regulated: true,
  horizon: 'lasting',
} as const;
/** Three respondents rating every question `level`. */
const team = (level: 1 | 2 | 3 | 4 | 5) =>
  [0, 1, 2].map(() =>
    Object.fromEntries(q.dimensions.flatMap((d) => d.questions.map((x) => [x.id, level] as const))),
  );

describe('validated levels (validation.ts)', () => {
  it('without validated levels gives the maturity back unchanged', () => {
    const m = scoreMaturity(q, team(3));
    expect(applyValidation(q, m, undefined).maturity).toBe(m);
    expect(applyValidation(q, m, {}).maturity).toBe(m);
  });

  it('puts the agreed level in place of the survey, scores the whole again and says why, in three languages', () => {
    const m = scoreMaturity(q, team(3));
    const outcome = applyValidation(q, m, { standards: { level: 1, evidence: 2 } });
    const standards = outcome.maturity?.dimensions.find((d) => d.id === 'standards');
    expect(standards).toMatchObject({ score: 1, level: 1, confidence: 'high', sufficient: true });
    expect(outcome.maturity?.overall).toBeCloseTo(
      (3 * (q.dimensions.length - 1) + 1) / q.dimensions.length,
      2,
    );
    expect(outcome.differences).toEqual([
      expect.objectContaining({ id: 'standards', surveyed: 3, agreed: 1 }),
    ]);
    expect(outcome.explanation[0]).toMatch(
      /level 1 agreed in the calibration workshop \(2 documented evidence items\), where the survey scored 3\.00/,
    );
    expect(
      applyValidation(q, m, { standards: { level: 1, evidence: 2 } }, sayIn('fr')).explanation[0],
    ).toMatch(/niveau 1 convenu en atelier de calibrage/);
    expect(
      applyValidation(q, m, { standards: { level: 1, evidence: 0 } }, sayIn('de')).explanation[0],
    ).toMatch(/Stufe 1 im Kalibrierungsworkshop vereinbart/);
  });

  it('may score before anyone is published, from the agreed levels alone, never claiming a survey figure', () => {
    const outcome = applyValidation(q, null, {
      standards: { level: 2, evidence: 1 },
      governance: { level: 4, evidence: 0 },
    });
    expect(outcome.maturity?.respondents).toBe(0);
    expect(outcome.maturity?.overall).toBe(3);
    expect(outcome.maturity?.level).toBe(2); // thin evidence: at most level 2
    expect(outcome.differences.every((d) => d.surveyed === null)).toBe(true);
    expect(outcome.explanation[0]).toMatch(/publishes no score/);
  });

  it('raises confidence with documented evidence', () => {
    expect(validatedConfidence('low', 0)).toBe('low');
    expect(validatedConfidence('none', 0)).toBe('low');
    expect(validatedConfidence('low', 1)).toBe('medium');
    expect(validatedConfidence('medium', 1)).toBe('high');
    expect(validatedConfidence('low', 2)).toBe('high');
  });

  it('the engine uses it: a low agreed level where the recommended office depends on it changes the recommendation, and the evidence says so', () => {
    const surveyed = evaluate(q, CONTEXT, team(3), { sensitivity: false });
    expect(surveyed?.pmo.readiness.capabilities.every((c) => c.met)).toBe(true);
    const needs = surveyed?.pmo.readiness.capabilities[0]?.dimension as string;
    const validated = evaluate(q, CONTEXT, team(3), {
      sensitivity: false,
      validated: { [needs]: { level: 1, evidence: 2 } },
    });
    // Unmet, or no longer rested on: a control tower below its prerequisites is not offered (round 21).
    const unmet = validated?.pmo.readiness.capabilities.find((c) => c.dimension === needs);
    expect(unmet === undefined ? validated?.pmo.model !== surveyed?.pmo.model : unmet.met === false).toBe(
      true,
    );
    expect(validated?.pmo.readiness.explanation).not.toEqual(surveyed?.pmo.readiness.explanation);
    expect(validated?.evidence.reasons[0]).toMatch(/agreed in the calibration workshop/);
  });
});

describe('priorities (priority.ts)', () => {
  it('publishes stakeholders’ importance only from k raters on, in steps of k', () => {
    const raters = [4, 5, 2, 3, 1].map((v) => ({ importance: { standards: v } }));
    expect(publishedImportance(['standards'], raters.slice(0, 2), 3)).toEqual({});
    expect(publishedImportance(['standards'], raters.slice(0, 4), 3)).toEqual({
      standards: { mean: 3.67, raters: 3 },
    });
    expect(publishedImportance(['standards'], raters, 3)).toEqual({ standards: { mean: 3.67, raters: 3 } });
  });

  it('prefers the workshop’s importance, and ranks importance × gap to target', () => {
    const importance = importanceOf(
      ['a', 'b'],
      { a: 5 },
      { a: { mean: 1, raters: 3 }, b: { mean: 2, raters: 3 } },
    );
    expect(importance).toEqual({
      a: { value: 5, source: 'workshop' },
      b: { value: 2, source: 'stakeholders' },
    });
    const rows = prioritiesOf(
      [
        { id: 'a', name: 'A', score: 2.5 },
        { id: 'b', name: 'B', score: 1 },
        { id: 'c', name: 'C', score: null },
      ],
      { a: 5, b: 2 },
      { b: 4 },
    );
    expect(rows.map((r) => [r.id, r.gap, r.priority])).toEqual([
      ['b', 3, 6],
      ['a', 0.5, 2.5],
      ['c', null, null],
    ]);
  });
});
