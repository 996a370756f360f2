import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contrastRatio } from '../../functions/contract/contrast';
import { PriorityMap } from '../../web/src/components/calibration/priority-map';
import { PROJECTION_COLOURS, projectionFor } from '../../web/src/components/calibration/projection';
import { ValidationSection } from '../../web/src/components/calibration/validation-section';
import { setLanguage } from '../../web/src/i18n';
import { session } from '../../web/src/session';
import { deliverableInput } from '../unit/deliverables/fixtures';

const api = vi.hoisted(() => ({
  agreeLevel: vi.fn(),
  createEvidence: vi.fn(),
  deleteEvidence: vi.fn(),
  getCalibration: vi.fn(),
}));
vi.mock('../../web/src/api/calibration', () => api);
vi.mock('../../web/src/api/consultant', () => ({
  getAssessment: vi.fn(async () => ({ id: 'a1', clientName: 'Northwind' })),
  getResults: vi.fn(async () => results),
}));

const base = deliverableInput();
const evidence = {
  id: 'e1',
  dimension: 'governance',
  document: 'Steering minutes',
  link: 'https://docs.client.test/minutes',
  observation: 'Decisions are minuted.',
  level: 2,
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
};
const results = {
  ...base.results,
  validation: {
    dimensions: base.results.result.maturity.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      surveyed: d.id === 'finance' ? null : d.score,
      surveyedLevel: d.id === 'finance' ? null : d.level,
      agreed: d.id === 'governance' ? 1 : null,
      rationale: d.id === 'governance' ? 'Escalations bypass the board.' : null,
      evidence: d.id === 'governance' ? [evidence] : [],
      confidence: d.confidence,
      explanation:
        d.id === 'governance'
          ? 'Governance: level 1 agreed in the calibration workshop. Escalations bypass the board.'
          : null,
    })),
    explanation: ['With 1 validated level in place of the survey, the overall score is 2.40 (level 2).'],
    trail: { changes: 2, lastChangeAt: '2026-12-02T09:00:00Z', summary: ['Governance: changed 2 times.'] },
  },
  priorities: [
    {
      id: 'governance',
      name: 'Governance and compliance',
      importance: 5,
      source: 'workshop' as const,
      stakeholders: { mean: 4.33, raters: 3 },
      current: 1,
      target: 3,
      gap: 2,
      priority: 10,
    },
  ],
};
const calibration = {
  version: 2,
  dimensions: base.results.result.maturity.dimensions.map((d) => ({
    id: d.id,
    level: d.id === 'governance' ? 1 : null,
    rationale: d.id === 'governance' ? 'Escalations bypass the board.' : null,
    importance: d.id === 'governance' ? 5 : null,
    updatedAt: null,
  })),
  trail: [
    {
      id: 't1',
      at: '2026-12-02T09:00:00Z',
      by: 'lead@firm.test',
      dimension: 'governance',
      field: 'level' as const,
      from: 2,
      to: 1,
      why: 'Escalations bypass the board.',
    },
  ],
};

const atWidth = (width: number) => {
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
  window.dispatchEvent(new Event('resize'));
};

beforeEach(() => {
  session.value = { token: 't', email: 'lead@firm.test', organisation: 'Firm' };
  api.getCalibration.mockResolvedValue(calibration);
  api.agreeLevel.mockResolvedValue({ ...calibration, version: 3 });
});
afterEach(async () => {
  session.value = null;
  vi.clearAllMocks();
  await setLanguage('en');
});

describe('the calibration workshop, projected', () => {
  it.each([
    [1280, 1, 24],
    [1920, 2, 28],
  ])(
    'at %i px: %i column(s), %i px type, every dimension with its picture, flags, agreement and evidence',
    async (width, columns, font) => {
      atWidth(width);
      const { WorkshopPage } = await import('../../web/src/pages/workshop');
      const { container } = render(<WorkshopPage id="a1" />);
      await screen.findByRole('heading', { level: 1, name: 'Calibration workshop: Northwind' });
      const page = container.querySelector('article.workshop') as HTMLElement;
      expect(page.dataset.columns).toBe(String(columns));
      expect(page.style.getPropertyValue('--workshop-font')).toBe(`${font}px`);
      expect(container.querySelectorAll('section.workshop-dimension')).toHaveLength(
        base.results.result.maturity.dimensions.length,
      );
      const finance = container.querySelector('[data-dimension="finance"]') as HTMLElement;
      expect(finance.textContent).toContain('not published');
      expect(finance.textContent).toMatch(/No published score: fewer than \d people rated it\./);
      const governance = container.querySelector('[data-dimension="governance"]') as HTMLElement;
      expect(governance.textContent).toContain('Steering minutes');
      expect(governance.textContent).toContain('Stakeholders rated it 4.3 (3 people)');
      expect(
        screen.getByText(/lead@firm\.test changed the agreed level of Governance and compliance from 2 to 1/),
      ).toBeTruthy();
    },
  );

  it('records an agreement with its rationale and the version it was made on', async () => {
    atWidth(1280);
    const { WorkshopPage } = await import('../../web/src/pages/workshop');
    const { container } = render(<WorkshopPage id="a1" />);
    await screen.findByRole('heading', { level: 1 });
    const governance = container.querySelector('[data-dimension="governance"]') as HTMLElement;
    fireEvent.change(governance.querySelector('select') as HTMLSelectElement, { target: { value: '2' } });
    fireEvent.input(governance.querySelector('textarea') as HTMLTextAreaElement, {
      target: { value: 'The board now sees every escalation.' },
    });
    fireEvent.submit(governance.querySelector('form') as HTMLFormElement);
    await waitFor(() =>
      expect(api.agreeLevel).toHaveBeenCalledWith('a1', 'governance', {
        level: 2,
        importance: 5,
        rationale: 'The board now sees every escalation.',
        version: 2,
      }),
    );
  });

  it('holds high contrast (7:1 or more) for every text colour a projector shows', () => {
    const { background, flagBackground, text, muted, accent, flag } = PROJECTION_COLOURS;
    for (const colour of [text, muted, accent, flag])
      expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(flag, flagBackground)).toBeGreaterThanOrEqual(7);
    expect(projectionFor(1280)).toEqual({ columns: 1, fontPx: 24 });
    expect(projectionFor(1920)).toEqual({ columns: 2, fontPx: 28 });
  });
});

describe('surveyed and validated, and the priority map', () => {
  it('shows both side by side, explains the difference and summarises the trail, in French too', async () => {
    render(<ValidationSection validation={results.validation} />);
    expect(screen.getByRole('heading', { name: 'Surveyed and validated' })).toBeTruthy();
    expect(screen.getByText(/Escalations bypass the board\./)).toBeTruthy();
    expect(screen.getByText('2 changes recorded, the last on 2026-12-02.')).toBeTruthy();
    await setLanguage('fr');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Enquête et validation' })).toBeTruthy());
  });

  it('plots importance against maturity and lists priorities, in German too', async () => {
    await setLanguage('de');
    render(<PriorityMap priorities={results.priorities} />);
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Prioritäten: Bedeutung und Reifegrad' })).toBeTruthy(),
    );
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(
      'Governance and compliance: Bedeutung 5',
    );
    expect(screen.getByRole('cell', { name: '10,00' })).toBeTruthy();
  });
});
