import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssessmentDetail, AssessmentResults } from '../../web/src/api/client';
import { RespondentSetSection } from '../../web/src/components/respondent-set';
import { RetentionSetting } from '../../web/src/components/retention-setting';
import { ContestedNotice, HiddenAmong, OwnData } from '../../web/src/components/stakeholder-notices';
import { AssessmentPage } from '../../web/src/pages/assessment';
import { session } from '../../web/src/session';

const json = (body: unknown, status = 200) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
const notFound = () => json({ error: { code: 'not_found', message: 'Not found.' } }, 404);

type Route = (url: string, init: RequestInit) => Response | undefined;
/** A fetch that answers by method and path; what no route answers is a 404. */
const serve = (...routes: Route[]) => {
  const calls: { method: string; url: string; headers: Record<string, string> }[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    calls.push({
      method: init.method ?? 'GET',
      url,
      headers: (init.headers ?? {}) as Record<string, string>,
    });
    for (const route of routes) {
      const answer = route(url, init);
      if (answer) return answer;
    }
    return notFound();
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
};
const on =
  (method: string, path: string | RegExp, answer: () => Response): Route =>
  (url, init) =>
    (init.method ?? 'GET') === method &&
    (typeof path === 'string' ? url.split('?')[0] === path : path.test(url))
      ? answer()
      : undefined;

const DETAIL: AssessmentDetail = {
  id: 'a1',
  clientName: 'Contoso',
  context: {} as AssessmentDetail['context'],
  status: 'open',
  dueDate: null,
  baselineId: null,
  questionnaireVersion: '2',
  minGroupSize: 3,
  language: 'en',
  rates: null,
  createdBy: 'lea@advisors.test',
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z',
  version: 1,
  stakeholders: [
    {
      id: 's1',
      role: 'executive',
      name: 'Helen Marsh',
      email: 'helen@client.example',
      link: 'live',
      invitedAt: '2026-11-02T10:00:00Z',
    },
    {
      id: 's2',
      role: 'controller',
      name: null,
      email: null,
      link: 'revoked',
      invitedAt: '2026-11-02T10:00:00Z',
    },
    {
      id: 's3',
      role: 'executive',
      name: 'Old Invite',
      email: null,
      link: 'removed',
      invitedAt: '2026-11-01T10:00:00Z',
    },
  ],
  responseRate: {
    overall: 0.5,
    invited: 12,
    submitted: 6,
    byRole: [
      { role: 'executive', invited: 8, submitted: 6, rate: 0.75 },
      { role: 'controller', invited: 4, submitted: null, rate: null },
    ],
  },
  respondentSet: { invitations: 14, live: 12, revoked: 1, removed: 1, reissued: 2, submissions: 6 },
};

beforeEach(() => {
  session.value = { token: 't', email: 'lea@advisors.test', organisation: 'Lea Advisors' };
});
afterEach(() => {
  vi.unstubAllGlobals();
  session.value = null;
});

const renderWorkspace = async () => {
  render(
    <LocationProvider>
      <AssessmentPage id="a1" />
    </LocationProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Contoso' });
};

describe('the assessment workspace under the disclosure model', () => {
  it('lists invitations with e-mail, role, link and date, and nothing of what anyone did', async () => {
    serve(on('GET', '/api/assessments/a1', () => json(DETAIL)));
    await renderWorkspace();
    const table = screen.getByRole('table', { name: 'Invited stakeholders and the state of their links' });
    const heads = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(heads).toEqual(['Name', 'E-mail', 'Role', 'Link', 'Invited', 'Actions']);
    const helen = within(table).getByRole('row', { name: /Helen Marsh/ });
    expect(helen.textContent).toContain('helen@client.example');
    expect(helen.textContent).toContain('Live');
    expect(within(table).getByRole('row', { name: /Old Invite/ }).textContent).toContain('Removed');
    expect(table.textContent).not.toMatch(/in progress|started|opened|submitted/i);
    // A removed invitation can no longer be acted on, but its personal data can still be erased.
    expect(screen.queryByRole('button', { name: 'Remove Old Invite (Executive)' })).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Erase personal data of Old Invite (Executive)' }),
    ).toBeTruthy();
    // A revoked link offers a new one, not a second revocation.
    expect(screen.queryByRole('button', { name: /Revoke the link of Controller/ })).toBeNull();
  });

  it('shows the overall count in batches with what the next batch needs, and a role only once shown', async () => {
    serve(on('GET', '/api/assessments/a1', () => json(DETAIL)));
    await renderWorkspace();
    expect(screen.getByText('6 of 12 invited have submitted (50 %).')).toBeTruthy();
    expect(
      screen.getByText(
        'Counted in batches of 3, so no count ever moves because of one person: it shows 6 until 9 have submitted.',
      ),
    ).toBeTruthy();
    const rates = screen.getByRole('table', { name: 'Submitted questionnaires per role' });
    expect(within(rates).getByRole('row', { name: /Executive/ }).textContent).toContain('6 of 8');
    expect(within(rates).getByRole('row', { name: /Controller/ }).textContent).toContain(
      '4 invited · not shown yet',
    );
  });

  it('reminds everyone who has not submitted in one action and says what happened', async () => {
    let sent = 1;
    const calls = serve(
      on('GET', '/api/assessments/a1', () => json(DETAIL)),
      on('POST', '/api/assessments/a1/reminders', () => json({ sent })),
    );
    await renderWorkspace();
    fireEvent.click(screen.getByRole('button', { name: 'Remind everyone who has not submitted' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remind everyone who has not submitted?' });
    expect(dialog.textContent).toMatch(
      /One message goes to every invitee with an e-mail address who has not submitted/,
    );
    expect(dialog.textContent).toMatch(/at most once a day/);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Send the reminder' }));
    });
    await screen.findByText('The reminder is on its way to everyone who has not submitted.');
    expect(calls.filter((c) => c.url.endsWith('/reminders'))).toHaveLength(1);
    sent = 0;
    fireEvent.click(screen.getByRole('button', { name: 'Remind everyone who has not submitted' }));
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Send the reminder' }));
    });
    await screen.findByText('No reminder went out: the last one was sent less than a day ago.');
  });

  it('states the consequences of revoking in general terms, whatever the person did', async () => {
    serve(on('GET', '/api/assessments/a1', () => json(DETAIL)));
    await renderWorkspace();
    fireEvent.click(screen.getByRole('button', { name: 'Revoke the link of Helen Marsh (Executive)' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toMatch(/If they have submitted, their answers stay counted/);
    expect(dialog.textContent).toMatch(/A draft not yet submitted can no longer be opened/);
  });

  it('erases personal data on request, opening on the safe choice', async () => {
    let erased = false;
    const calls = serve(
      on('GET', '/api/assessments/a1', () =>
        json(
          erased
            ? {
                ...DETAIL,
                stakeholders: DETAIL.stakeholders.map((s) =>
                  s.id === 's1' ? { ...s, name: null, email: null, link: 'removed' } : s,
                ),
              }
            : DETAIL,
        ),
      ),
      on('POST', '/api/assessments/a1/stakeholders/s1/erase', () => {
        erased = true;
        return json({ ...DETAIL.stakeholders[0], name: null, email: null, link: 'removed' });
      }),
    );
    await renderWorkspace();
    fireEvent.click(screen.getByRole('button', { name: 'Erase personal data of Helen Marsh (Executive)' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Erase the personal data of Helen Marsh (Executive)?',
    });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep the data' }));
    expect(dialog.textContent).toMatch(/If this person has submitted, their answers stay counted/);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Erase for good' }));
    });
    await screen.findByText('The personal data of Helen Marsh (Executive) is erased.');
    expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/stakeholders/s1/erase'))).toBe(true);
    await waitFor(() => expect(screen.queryByText('helen@client.example')).toBeNull());
  });

  it('says so inside the dialog when the server cannot erase yet', async () => {
    serve(on('GET', '/api/assessments/a1', () => json(DETAIL)));
    await renderWorkspace();
    fireEvent.click(screen.getByRole('button', { name: 'Erase personal data of Helen Marsh (Executive)' }));
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Erase for good' }));
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Nothing was changed/);
  });

  it('shows the record of access, newest first, in words', async () => {
    serve(
      on('GET', '/api/assessments/a1', () => json(DETAIL)),
      on('GET', '/api/assessments/a1/access-log', () =>
        json({
          items: [
            { at: '2026-11-03T08:00:00Z', actor: 'lea@advisors.test', action: 'viewed-results' },
            { at: '2026-11-04T08:00:00Z', actor: 'share link “Steering committee”', action: 'share-viewed' },
          ],
        }),
      ),
    );
    await renderWorkspace();
    const table = await screen.findByRole('table', { name: 'Record of access to the results' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('Opened through a share link');
    expect(rows[1]?.textContent).toContain('Viewed the results');
    expect(rows[1]?.textContent).toContain('lea@advisors.test');
  });

  it('says when the server keeps no record of access yet', async () => {
    serve(on('GET', '/api/assessments/a1', () => json(DETAIL)));
    await renderWorkspace();
    await screen.findByText('This server does not keep a record of access yet.');
  });
});

describe('the respondent set for the client', () => {
  it('gives the counts and why they are there', () => {
    render(
      <RespondentSetSection
        set={DETAIL.respondentSet as AssessmentResults['respondentSet']}
        minGroupSize={3}
      />,
    );
    const section = screen.getByRole('region', { name: 'Respondent set' });
    const pairs = [...section.querySelectorAll('dl > div')].map((d) => d.textContent);
    expect(pairs).toEqual([
      'Invitations made14',
      'Links live12',
      'Links revoked1',
      'Invitations removed1',
      'Links re-issued2',
      'Submissions counted6',
    ]);
    expect(section.textContent).toMatch(
      /every submission counted in these results belongs to one of these invitations/,
    );
    expect(section.textContent).toMatch(/batches of 3/);
  });
});

describe('the retention of personal data', () => {
  it('loads, refuses a value out of range, and saves', async () => {
    const calls = serve(
      on('GET', '/api/organisation/privacy', () => json({ retentionDays: 180 })),
      on('PUT', '/api/organisation/privacy', () => json({ retentionDays: 365 })),
    );
    render(<RetentionSetting />);
    const input = (await screen.findByLabelText(
      'Days to keep personal data (30 to 3,650)',
    )) as HTMLInputElement;
    expect(input.value).toBe('180');
    fireEvent.input(input, { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter a whole number of days from 30 to 3,650.');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
    fireEvent.input(input, { target: { value: '365' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    await screen.findByText(
      'Saved: personal data is erased 365 days after a client’s last assessment closes.',
    );
  });

  it('says the default applies while the server does not offer the setting', async () => {
    serve();
    render(<RetentionSetting />);
    await screen.findByText(/does not offer the setting yet; personal data is kept for 180 days by default/);
  });
});

describe('the stakeholder’s own notices', () => {
  it('says whom the answers are published among, or that a small role is pooled', () => {
    const among = [
      { role: 'project-manager' as const, invited: 7 },
      { role: 'controller' as const, invited: 2 },
    ];
    const { unmount } = render(<HiddenAmong among={among} ownRole="project-manager" minGroupSize={3} />);
    expect(
      screen.getByText(
        'Your answers are published only among the 7 project managers invited, in groups of at least 3, never on their own.',
      ),
    ).toBeTruthy();
    unmount();
    render(<HiddenAmong among={among} ownRole="controller" minGroupSize={3} />);
    expect(
      screen.getByText(
        /Fewer than 3 controllers are invited, so your answers are pooled with other small roles/,
      ),
    ).toBeTruthy();
  });

  it('tells calmly when someone tried the link on another device', () => {
    render(<ContestedNotice at="2026-11-20T14:02:00Z" />);
    expect(screen.getByRole('note').textContent).toBe(
      'On November 20, 2026, someone tried to use your link on another device and was turned away. If that wasn’t you, ask your consultant for a new link.',
    );
  });

  it('erases the stakeholder’s data after a confirmation that opens on "Keep my data"', async () => {
    const calls = serve(on('DELETE', '/api/response', () => json(null, 204)));
    localStorage.setItem('unrelated', 'stays');
    const onErased = vi.fn();
    render(<OwnData token="tok-123456789" onErased={onErased} />);
    fireEvent.click(screen.getByRole('button', { name: 'Erase my data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase your data?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep my data' }));
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Erase for good' }));
    });
    await waitFor(() => expect(onErased).toHaveBeenCalledOnce());
    const call = calls.find((c) => c.method === 'DELETE');
    expect(call?.headers['x-invite-token']).toBe('tok-123456789');
    expect(localStorage.getItem('unrelated')).toBe('stays');
  });
});
