import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BenchmarkResult } from '../../web/src/components/deliverables/benchmark-panel';
import { TargetGaps } from '../../web/src/components/deliverables/target-gaps';
import { setLanguage } from '../../web/src/i18n';
import { SharePage } from '../../web/src/pages/share';
import { deliverableInput } from '../unit/deliverables/fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
  location.hash = '';
});

describe('TargetGaps', () => {
  it('shows the gap per targeted dimension, the progress since the baseline and quick wins widest gap first', () => {
    const input = deliverableInput();
    const result = input.results.result;
    const resources = result.maturity.dimensions.find((d) => d.id === 'resources');
    render(
      <TargetGaps
        result={result}
        targets={input.targets ?? null}
        baseline={{
          assessmentId: 'b',
          overall: 1.5,
          level: 1,
          dimensions: [
            {
              id: 'resources',
              name: 'Resource management',
              baseline: 0.5,
              current: resources?.score ?? 1,
              change: 0,
            },
          ],
        }}
      />,
    );
    expect(screen.getByRole('columnheader', { name: 'Gap closed since baseline' })).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.getAllByRole('listitem')[0]?.textContent).toMatch(/^Resource management \(gap/);
  });
});

describe('BenchmarkResult', () => {
  it('says why no comparison shows below the minimum group', () => {
    render(
      <BenchmarkResult
        view={{
          consent: true,
          industry: 'energy',
          sizeBand: '250-999',
          contributed: true,
          organisations: null,
          minimum: 5,
          percentiles: [],
          reason: 'small',
          note: 'Fewer than 5 organisations share this industry and size band.',
        }}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('Fewer than 5');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says it in the reader’s language, whatever the note the API wrote in English', async () => {
    await setLanguage('fr');
    try {
      render(
        <BenchmarkResult
          view={{
            consent: true,
            industry: 'energy',
            sizeBand: '250-999',
            contributed: true,
            organisations: null,
            minimum: 5,
            percentiles: [],
            reason: 'small',
            note: 'Fewer than 5 organisations share this industry and size band.',
          }}
        />,
      );
      expect(screen.getByRole('status').textContent).toMatch(/^Moins de 5 organisations/);
    } finally {
      await setLanguage('en');
    }
  });
});

describe('SharePage', () => {
  it('sends the fragment token in the X-Share-Token header and shows a refusal', async () => {
    location.hash = `#${'A'.repeat(43)}`;
    const fetchMock = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            error: {
              code: 'share_not_found',
              message: 'This share link is not valid: it may have been revoked.',
            },
          }),
          {
            status: 404,
            headers: { 'content-type': 'application/json' },
          },
        ),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(<SharePage />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/revoked/);
    // The token travels in the header only; the URL carries nothing but the reader's language.
    expect(fetchMock).toHaveBeenCalledWith('/api/share?lang=en', {
      headers: { 'x-share-token': 'A'.repeat(43) },
    });
  });
});
