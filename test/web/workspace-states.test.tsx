import { fireEvent, render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssessmentPage } from '../../web/src/pages/assessment';
import { AssessmentsPage } from '../../web/src/pages/assessments';
import { OutboxPage } from '../../web/src/pages/outbox';
import { session } from '../../web/src/session';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  session.value = { token: 't', email: 'lea@advisors.test', organisation: 'Lea Advisors' };
});
afterEach(() => {
  vi.unstubAllGlobals();
  session.value = null;
});

describe('workspace states', () => {
  it('the list says why it failed, retries, and then offers to create the first assessment', async () => {
    const fetchMock = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(json({ items: [], cursor: null }));
    vi.stubGlobal('fetch', fetchMock);
    render(<AssessmentsPage />);
    expect(screen.getByText('Loading your assessments…')).toBeTruthy();
    await screen.findByRole('heading', { name: 'Your assessments cannot be shown' });
    expect(screen.getByText('The server cannot be reached. Check your connection.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'No assessments yet' });
    expect(screen.getByRole('link', { name: 'Create the first assessment' }).getAttribute('href')).toBe(
      '/assessments/new',
    );
  });

  it('an assessment that cannot be loaded offers a retry and the way back to the list', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ error: { code: 'not_found', message: 'No such assessment.' } }, 404)),
    );
    render(
      <LocationProvider>
        <AssessmentPage id="missing" />
      </LocationProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: 'This assessment cannot be shown' });
    expect(screen.getByText('No such assessment.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '← All assessments' }).getAttribute('href')).toBe('/assessments');
  });

  it('an empty outbox says what will arrive there and where to start', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ items: [] })),
    );
    render(<OutboxPage />);
    await screen.findByRole('heading', { name: 'No mail yet' });
    expect(screen.getByRole('link', { name: 'Go to your assessments' }).getAttribute('href')).toBe(
      '/assessments',
    );
  });
});
