import { render } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../web/src/i18n';
import { Trend } from '../../web/src/pages/portfolio';

const client = (overall: (number | null)[]) => ({
  clientName: 'Fabrikam',
  trend: overall.map((o, i) => ({ id: `a${i}`, createdAt: `2025-0${i + 1}-15T10:00:00Z`, overall: o })),
});

describe("a client's maturity trend in the portfolio", () => {
  beforeAll(async () => {
    await import('../../web/src/i18n/report');
    await setLanguage('en');
  });

  it('draws one point per scored assessment, its value printed on it, and says the same in words', () => {
    const { container } = render(<Trend client={client([2.1, null, 2.45, 2.85]) as never} />);
    const svg = container.querySelector('svg.sparkline');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.querySelectorAll('circle')).toHaveLength(3);
    expect([...(svg?.querySelectorAll('text') ?? [])].map((t) => t.textContent)).toEqual([
      '2.10',
      '2.45',
      '2.85',
    ]);
    const words = container.querySelector('.trend-text')?.textContent ?? '';
    expect(words).toMatch(/^2\.10 \(.+2025\) → 2\.45 \(.+\) → 2\.85 \(.+\): \+0\.75 overall\.$/);
  });

  it('shows a single assessment as one point and says a reassessment brings the trend', () => {
    const { container } = render(<Trend client={client([3]) as never} />);
    expect(container.querySelectorAll('circle')).toHaveLength(1);
    expect(container.textContent).toMatch(/one assessment so far/);
  });
});
