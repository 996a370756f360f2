import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ROLE_NAME, type StakeholderRole } from '../../../functions/contract/roles';
import {
  ApiFailure,
  addStakeholder,
  followUp,
  getAssessment,
  type Invite,
  reissueStakeholder,
  removeStakeholder,
  revokeStakeholder,
  sendReminders,
  updateAssessment,
} from '../api/client';
import { BulkInvite } from '../components/bulk-invite';
import { EditAssessment } from '../components/edit-assessment';
import { RequireSession } from '../components/require-session';
import { useLoad } from '../components/use-load';

const PROGRESS_LABEL = {
  invited: 'Invited',
  'in-progress': 'In progress',
  submitted: 'Submitted',
  revoked: 'Revoked',
} as const;

const InviteLink = ({ invite, onDone }: { invite: Invite; onDone: () => void }) => {
  const [copied, setCopied] = useState(false);
  return (
    <div class="invite-link" role="status">
      <p>
        <strong>Personal invite link</strong> (shown only now{invite.emailed ? '; also sent by e-mail' : ''}):
      </p>
      <input
        readOnly
        value={invite.inviteUrl}
        aria-label="Invite link"
        onFocus={(e) => (e.target as HTMLInputElement).select()}
      />
      <div class="toolbar">
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(invite.inviteUrl).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? 'Copied' : 'Copy link'}
        </button>
        <button type="button" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
};

/** One assessment: its stakeholders, their progress, invites, reminders and the way to the report. */
export const AssessmentPage = ({ id }: { id: string }) => {
  const { route } = useLocation();
  const { data: a, error, reload } = useLoad(() => getAssessment(id), [id]);
  const [role, setRole] = useState<StakeholderRole>('project-manager');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [invite, setInvite] = useState<Invite | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const act = async (what: () => Promise<unknown>, done?: string) => {
    try {
      await what();
      if (done) setMessage(done);
      reload();
    } catch (e) {
      setMessage(e instanceof ApiFailure ? e.message : String(e));
    }
  };

  const add = (e: Event) => {
    e.preventDefault();
    void act(async () => {
      setInvite(await addStakeholder(id, { role, ...(name ? { name } : {}), ...(email ? { email } : {}) }));
      setName('');
      setEmail('');
    });
  };

  if (error) return <p role="alert">{error}</p>;
  return (
    <RequireSession>
      {!a ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <section>
          <p>
            <a href="/assessments">← All assessments</a>
          </p>
          <div class="toolbar">
            <h1>{a.clientName}</h1>
            <div class="toolbar">
              <a class="button primary" href={`/assessments/${id}/report`}>
                Report
              </a>
              <a class="button" href={`/compare?assessment=${id}`}>
                Compare options
              </a>
            </div>
          </div>
          <p class="muted">
            {a.status === 'open' ? 'Open for answers' : 'Closed'}
            {a.dueDate ? ` · due ${a.dueDate}` : ''} · {Math.round(a.responseRate.overall * 100)} % submitted
            {a.baselineId && (
              <>
                {' '}
                · follow-up of <a href={`/assessments/${a.baselineId}`}>the earlier assessment</a>
              </>
            )}
          </p>
          {message && (
            <p role="status" class="notice">
              {message}
            </p>
          )}

          <h2>Response rate by role</h2>
          {a.responseRate.byRole.length === 0 ? (
            <p>No stakeholders yet.</p>
          ) : (
            <ul class="role-rates">
              {a.responseRate.byRole.map((r) => (
                <li key={r.role}>
                  {ROLE_NAME[r.role]}: {r.submitted} of {r.invited}{' '}
                  <progress max={1} value={r.rate} aria-label={`${ROLE_NAME[r.role]} response rate`} />
                </li>
              ))}
            </ul>
          )}

          {a.status === 'open' && (
            <>
              <h2>Invite a stakeholder</h2>
              <form onSubmit={add} class="inline-form">
                <div class="field">
                  <label for="role">Role</label>
                  <select
                    id="role"
                    value={role}
                    onChange={(e) => setRole((e.target as HTMLSelectElement).value as StakeholderRole)}
                  >
                    {Object.entries(ROLE_NAME).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                </div>
                <div class="field">
                  <label for="name">Name (optional)</label>
                  <input
                    id="name"
                    value={name}
                    maxLength={200}
                    onInput={(e) => setName((e.target as HTMLInputElement).value)}
                  />
                </div>
                <div class="field">
                  <label for="email">E-mail (optional)</label>
                  <input
                    id="email"
                    type="email"
                    value={email}
                    onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
                  />
                </div>
                <button type="submit" class="primary">
                  Add and get link
                </button>
              </form>
              {invite && <InviteLink invite={invite} onDone={() => setInvite(null)} />}
              <BulkInvite assessmentId={id} onDone={reload} />
            </>
          )}

          <h2>Stakeholders ({a.stakeholders.length})</h2>
          {a.stakeholders.length > 0 && (
            <div class="table-scroll">
              <table class="data">
                <caption class="sr-only">Stakeholders and their progress</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Role</th>
                    <th scope="col">Progress</th>
                    <th scope="col">Answered</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {a.stakeholders.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">
                        {s.name ?? `${ROLE_NAME[s.role]} (no name given)`}
                        {s.email && <small class="muted"> {s.email}</small>}
                      </th>
                      <td>{ROLE_NAME[s.role]}</td>
                      <td>{PROGRESS_LABEL[s.progress]}</td>
                      <td>
                        {s.answered}/{s.questions}
                      </td>
                      <td class="actions">
                        {a.status === 'open' && (
                          <>
                            <button
                              type="button"
                              onClick={() => act(async () => setInvite(await reissueStakeholder(id, s.id)))}
                            >
                              New link
                            </button>
                            {s.progress !== 'revoked' && (
                              <button
                                type="button"
                                onClick={() => act(() => revokeStakeholder(id, s.id), 'Link revoked.')}
                              >
                                Revoke
                              </button>
                            )}
                            <button
                              type="button"
                              onClick={() =>
                                confirm('Remove this stakeholder and their answers?') &&
                                act(() => removeStakeholder(id, s.id), 'Stakeholder removed.')
                              }
                            >
                              Remove
                            </button>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          <h2>Manage</h2>
          <EditAssessment
            key={a.version}
            assessment={a}
            onSaved={() => {
              setMessage('Changes saved.');
              reload();
            }}
          />
          <div class="toolbar">
            {a.status === 'open' && (
              <button
                type="button"
                onClick={() =>
                  act(async () => setMessage(`${(await sendReminders(id)).sent} reminder(s) sent.`))
                }
              >
                Remind everyone who has not submitted
              </button>
            )}
            <button
              type="button"
              onClick={() =>
                act(
                  () =>
                    updateAssessment(id, {
                      status: a.status === 'open' ? 'closed' : 'open',
                      version: a.version,
                    }),
                  a.status === 'open' ? 'Assessment closed.' : 'Assessment reopened.',
                )
              }
            >
              {a.status === 'open' ? 'Close the assessment' : 'Reopen the assessment'}
            </button>
            <button
              type="button"
              onClick={() =>
                act(async () => {
                  const next = await followUp(id);
                  route(`/assessments/${next.assessment.id}`);
                })
              }
            >
              Start a follow-up assessment
            </button>
          </div>
        </section>
      )}
    </RequireSession>
  );
};
