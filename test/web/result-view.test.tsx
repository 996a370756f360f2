import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { evaluate, QUESTIONNAIRE } from '../../functions/core';
import { ResultView } from '../../web/src/components/result-view';
import { SaveIndicator } from '../../web/src/components/save-indicator';
import { context, uniformAnswers } from '../unit/core/fixtures';

const result = (overrides: Parameters<typeof context>[0], rating = 2) => {
  const r = evaluate(QUESTIONNAIRE, context(overrides), [uniformAnswers(rating)]);
  if (!r) throw new Error('no result');
  return r;
};

describe('ResultView', () => {
  it('states the recommendation, all three fit scores and every rollout phase', () => {
    const r = result({ concurrentProjects: 30, resourceContention: 'high', controlAppetite: 'high' }, 3);
    const { container } = render(<ResultView result={r} />);
    expect(screen.getByRole('heading', { level: 2, name: /^Recommended/ }).textContent).toBe(
      `Recommended: a resource source PMO, ${r.pmo.sourcing}`,
    );
    for (const f of r.pmo.fit) {
      expect(container.querySelector(`meter[aria-label="${f.name} fit"]`)?.getAttribute('value')).toBe(
        String(f.score),
      );
    }
    for (const p of r.rollout.phases ?? []) expect(screen.getAllByText(p.name).length).toBeGreaterThan(0);
  });

  it('says "No PMO yet" with what to do instead for a small firm', () => {
    render(<ResultView result={result({ employees: 9, concurrentProjects: 1, projectManagers: 0 })} />);
    expect(screen.getByRole('heading', { level: 2, name: 'No PMO yet' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What to do instead' })).toBeTruthy();
  });

  it('opens with the verdict card: four key figures, top reasons that do not repeat them, a next step', () => {
    const r = result({ concurrentProjects: 30, resourceContention: 'high', controlAppetite: 'high' }, 3);
    const { container } = render(<ResultView result={r} nextStep={<a href="/compare">Compare</a>} />);
    const card = container.querySelector('.verdict-card') as HTMLElement;
    // The card comes before every other section.
    expect(container.querySelector('.result')?.firstElementChild).toBe(card);
    const terms = [...card.querySelectorAll('.key-figures dt')].map((d) => d.textContent);
    expect(terms).toEqual(['Maturity', 'Need for a PMO', 'Best fit', 'Evidence']);
    expect(card.textContent).toContain(`Level ${r.maturity.level}`);
    expect(card.textContent).toContain(`${r.pmo.need.score}/100`);
    const reasons = [...card.querySelectorAll('.reasons li')].map((li) => li.textContent);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.length).toBeLessThanOrEqual(3);
    expect(reasons).not.toContain(r.pmo.rationale[0]);
    expect(reasons).not.toContain(r.pmo.need.verdict);
    // The next step names the first phase of the plan, and the page's own action follows it.
    expect(card.textContent).toContain(r.rollout.phases?.[0]?.name);
    expect(card.querySelector('a[href="/compare"]')).toBeTruthy();
    // Every reason stays available in full below.
    for (const line of r.pmo.rationale) expect(screen.getAllByText(line).length).toBeGreaterThan(0);
  });

  it('explains every dimension score in a table behind the chart', () => {
    const r = result({});
    const { container } = render(<ResultView result={r} />);
    container.querySelector('details.scoring-detail')?.setAttribute('open', '');
    const table = screen.getByRole('table', { name: 'Maturity per dimension' });
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(QUESTIONNAIRE.dimensions.length);
    // One respondent: coverage alone would be high, but a single view is medium at most.
    expect(rows[0]?.textContent).toBe('Standards and methodology2.00244 of 4medium confidence');
  });
});

describe('SaveIndicator', () => {
  it('announces each save state politely', () => {
    const { rerender } = render(<SaveIndicator state="saving" error={null} />);
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    rerender(<SaveIndicator state="error" error="This assessment is closed" />);
    expect(screen.getByRole('status').textContent).toBe('Not saved: This assessment is closed');
  });
});
