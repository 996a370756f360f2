import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The maturity level colours are tokens in styles.css, the one source every chart, the heatmap and
 * the legend draw from; the level classes that paint with them sit beside the maturity chart. These checks compute WCAG contrast from the tokens themselves, so a change
 * of palette that makes levels 1–3 faint again (on screen or on paper) fails here.
 */
const css = readFileSync(join(process.cwd(), 'web/src/styles.css'), 'utf8');
const levelClasses = readFileSync(join(process.cwd(), 'web/src/components/maturity-chart.css'), 'utf8');
const token = (name: string): string => {
  const match = css.match(new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})\\b`));
  if (!match?.[1]) throw new Error(`No colour token --${name}`);
  return match[1];
};
const luminance = (hex: string): number => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const LEVELS = [1, 2, 3, 4, 5].map((l) => token(`lvl-${l}`));
const PAGES = { white: '#ffffff', surface: token('surface'), canvas: token('canvas') };

describe('maturity level colours', () => {
  it.each(LEVELS.map((c, i) => [i + 1, c] as const))(
    'level %i (%s) stands out from every page at 3:1 or more',
    (_, colour) => {
      for (const page of Object.values(PAGES)) expect(contrast(colour, page)).toBeGreaterThanOrEqual(3);
    },
  );

  it('steps distinctly from each level to the next, darker each time', () => {
    for (let i = 0; i < LEVELS.length - 1; i++) {
      const [a, b] = [LEVELS[i] as string, LEVELS[i + 1] as string];
      expect(luminance(b)).toBeLessThan(luminance(a));
      expect(contrast(a, b)).toBeGreaterThanOrEqual(1.4);
    }
  });

  it('keeps the value printed on each level readable (4.5:1)', () => {
    expect(contrast(token('lvl-1-ink'), LEVELS[0] as string)).toBeGreaterThanOrEqual(4.5);
    for (const colour of LEVELS.slice(1))
      expect(contrast(token('lvl-ink'), colour)).toBeGreaterThanOrEqual(4.5);
  });

  it('paints each level class with its token and its text colour', () => {
    for (let l = 1; l <= 5; l++) {
      const rule = levelClasses.match(new RegExp(`\\.lvl-${l} \\{([^}]*)\\}`))?.[1] ?? '';
      expect(rule).toContain(`background: var(--lvl-${l})`);
      expect(rule).toMatch(/color: var\(--lvl-(1-)?ink\)/);
    }
  });
});
