import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { evaluate, QUESTIONNAIRE } from '../../functions/core';
import { ResultView } from '../../web/src/components/result-view';
import { directionOnly, withEditionThree } from '../support/edition-3-result';
import { context, uniformAnswers } from '../unit/core/fixtures';

const base = () => {
  const r = evaluate(QUESTIONNAIRE, context({ concurrentProjects: 40, resourceContention: 'high' }), [
    uniformAnswers(3),
  ]);
  if (!r) throw new Error('no result');
  return r;
};

describe("edition 3's result in the web", () => {
  it('names the shape with its meaning beside the degree of control', () => {
    const { container } = render(<ResultView result={withEditionThree(base())} />);
    const shape = container.querySelector('.office-shape') as HTMLElement;
    expect(shape.textContent).toContain('Portfolio office');
    expect(shape.textContent).toContain('One office sees every project');
    expect(shape.textContent).toContain('Degree of control');
  });

  it('lists ten services whose effort makes the staffing, with why each is in and its source', () => {
    render(<ResultView result={withEditionThree(base())} />);
    const table = screen.getByRole('table', { name: 'Services the office offers' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 10 + 1);
    expect(table.textContent).toContain('40 projects');
    expect(table.textContent).toContain('asked for by stakeholders');
    expect(table.textContent).toContain('PMI Pulse of the Profession');
    // The total row is the staffing the figures above it state.
    expect(table.querySelector('tfoot')?.textContent).toContain('FTE');
  });

  it('sets one-off beside yearly cost and the returns beside both, in the chosen currency', () => {
    const { container } = render(<ResultView result={withEditionThree(base(), { currency: 'CHF' })} />);
    expect(container.querySelector('.verdict-case')?.textContent).toMatch(/One-off costs: 60,000–95,000 CHF/);
    expect(container.querySelector('.office-weigh')?.textContent).toBe(
      'Cost 412,000–486,000 CHF a year, 60,000–95,000 CHF once; priced returns 420,000–890,000 CHF a year.',
    );
    const returns = screen.getByRole('table', { name: 'What it should return each year' });
    expect(returns.textContent).toContain('not priced');
    const kpis = screen.getByRole('table', { name: 'KPIs for the PMO' });
    expect(kpis.textContent).toContain('outcome');
    expect(kpis.textContent).toContain('75 %');
    const asked = screen.getByRole('table', { name: 'What stakeholders asked for, and the answer' });
    expect(asked.textContent).toContain('62 %');
    expect(asked.textContent).toContain('That needs a directive office');
  });

  it('says a part-time need in hours a week, and a temporary office beside the one in place', () => {
    const { container } = render(
      <ResultView result={withEditionThree(base(), { small: true, services: 3, beside: true })} />,
    );
    expect(container.querySelector('.verdict-case')?.textContent).toMatch(/hours a week/);
    expect(container.textContent).toContain('A temporary office beside the one in place');
  });

  it('renders with every edition-3 list empty', () => {
    const filled = base();
    const r = { ...filled, pmo: { ...filled.pmo, services: [], returns: [], expectations: [] } };
    const { container } = render(<ResultView result={r} />);
    expect(container.querySelector('.office-shape')).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Services the office offers' })).toBeNull();
  });

  it('gives a direction only on insufficient evidence: no staffing, cost or plan, and the next step', () => {
    const quick = render(<ResultView result={directionOnly(withEditionThree(base()))} />);
    const card = quick.container.querySelector('.verdict-card') as HTMLElement;
    expect(card.textContent).toContain('Direction only.');
    expect(card.textContent).toContain('points one way: portfolio office');
    expect(card.textContent).toContain('rate more questions');
    expect(card.querySelector('.verdict-case')).toBeNull();
    expect(quick.container.textContent).toContain('No rollout plan yet');
    expect(quick.container.querySelector('.gantt')).toBeNull();
    quick.unmount();
    const team = render(<ResultView result={directionOnly(base())} team />);
    expect(team.container.textContent).toContain('invite more people');
  });
});
