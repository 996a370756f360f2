import { describe, expect, it } from 'vitest';
import type { AssessmentResults } from '../../../functions/contract/assessments';
import { buildAgenda } from '../../../functions/core/fieldwork';
import { WITHHELD, WITHHELD_NAMES, withheldResults } from './fixtures';

const mentions = (agenda: unknown, words: readonly string[]) =>
  words.filter((w) => JSON.stringify(agenda).includes(w));

describe('the calibration workshop agenda', () => {
  const results = withheldResults();

  it('starts from results whose rules withheld two dimensions (the fixture holds)', () => {
    const dimensions = results.result?.maturity.dimensions ?? [];
    for (const id of WITHHELD) {
      expect(dimensions.find((d) => d.id === id)?.score).toBeNull();
      expect(results.analysis.consensus.find((c) => c.dimension === id)?.spread).toBeNull();
      expect(results.analysis.gaps.some((g) => g.dimension === id)).toBe(false);
    }
    expect(results.analysis.gaps.length).toBeGreaterThan(5);
  });

  it('puts the divergent published dimensions on it, most divergent first, and nothing of the withheld ones', () => {
    const agenda = buildAgenda(results, { maxItems: 20 });
    const listed = [...agenda.items, ...agenda.reserve];
    expect(listed.length).toBe(results.analysis.gaps.length);
    for (const item of listed) {
      const gap = item.reasons.find((r) => r.kind === 'gap');
      expect(gap).toMatchObject({ higher: { role: 'executive' }, lower: { role: 'project-manager' } });
    }
    expect(mentions(agenda, [...WITHHELD, ...WITHHELD_NAMES])).toEqual([]);
    expect(agenda.k).toBe(3);
  });

  it('keeps a half-day: five items, the rest in reserve, and the minutes add up', () => {
    const agenda = buildAgenda(results);
    expect(agenda.items).toHaveLength(5);
    expect(agenda.reserve.length).toBe(results.analysis.gaps.length - 5);
    expect(agenda.totalMinutes).toBe(
      agenda.openingMinutes + agenda.closingMinutes + agenda.items.reduce((n, i) => n + i.minutes, 0),
    );
  });

  it('re-checks every figure against the published cells: a planted figure of a withheld dimension, a small group or an unshown role never appears', () => {
    const planted: AssessmentResults = {
      ...results,
      analysis: {
        ...results.analysis,
        consensus: results.analysis.consensus.map((c) =>
          c.dimension === 'finance'
            ? { ...c, spread: 1.8, respondents: 2, consensus: 'weak' as const }
            : c.dimension === 'standards'
              ? { ...c, spread: 1.6, respondents: 2, consensus: 'weak' as const }
              : c,
        ),
        gaps: [
          {
            dimension: 'finance',
            dimensionName: 'Financial management',
            higher: { role: 'executive', score: 4 },
            lower: { role: 'project-manager', score: 1 },
            gap: 3,
            explanation: '',
          },
          {
            dimension: 'tools',
            dimensionName: 'Tools and information',
            higher: { role: 'controller', score: 5 },
            lower: { role: 'project-manager', score: 2 },
            gap: 3,
            explanation: '',
          },
          ...results.analysis.gaps.filter((g) => g.dimension !== 'tools'),
        ],
      },
    };
    const agenda = buildAgenda(planted, { maxItems: 20 });
    const all = [...agenda.items, ...agenda.reserve];
    expect(mentions(agenda, [...WITHHELD, ...WITHHELD_NAMES, 'controller'])).toEqual([]);
    // The spread over two raters is not a published figure: standards stays on for its gap alone.
    expect(all.find((i) => i.dimension === 'standards')?.reasons.map((r) => r.kind)).toEqual(['gap']);
    // The controllers' cell is not shown: tools keeps only its published spread.
    expect(all.find((i) => i.dimension === 'tools')?.reasons.map((r) => r.kind)).toEqual(['spread']);
  });

  it('is empty, with nothing to say of anyone, until the first batch is published', () => {
    const agenda = buildAgenda({ ...results, result: null });
    expect(agenda.items).toEqual([]);
    expect(agenda.reserve).toEqual([]);
  });
});
