import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { STAKEHOLDER_ROLES, type StakeholderRole } from '../../../functions/contract/roles';
import { ApiFailure, type AssessmentDetail, type StakeholderView } from '../api/client';
import {
  addStakeholder,
  eraseStakeholder,
  followUp,
  getAssessment,
  reissueStakeholder,
  removeStakeholder,
  revokeStakeholder,
  sendReminders,
  updateAssessment,
} from '../api/consultant';
import { AccessLogPanel } from '../components/access-log';
import { BulkInvite } from '../components/bulk-invite';
import { ConfirmDialog } from '../components/confirm-dialog';
import { EditAssessment } from '../components/edit-assessment';
import {
  handOverLinks,
  InviteLinks,
  type IssuedLink,
  roleName,
  takeHandedOverLinks,
  whoOf,
} from '../components/invite-links';
import { RequireSession } from '../components/require-session';
import { LoadError, Loading } from '../components/states';
import { useLoad } from '../components/use-load';
import { t } from '../i18n';
import { dateTime } from '../i18n/workspace';
import '../components/anonymity.css';
import { useTitle } from '../lib/page';

const percent = (share: number) => Math.round(share * 100);

type Confirming =
  | { kind: 'remind' }
  | { kind: 'close' }
  | { kind: 'followUp' }
  | { kind: 'revoke' | 'reissue' | 'remove' | 'erase'; stakeholder: StakeholderView };

const toLink =
  (s: { id: string; role: StakeholderRole; name: string | null; email: string | null }) =>
  (invite: { inviteUrl: string; emailed: boolean }): IssuedLink => ({
    id: s.id,
    role: s.role,
    name: s.name,
    email: s.email,
    url: invite.inviteUrl,
    emailed: invite.emailed,
  });

/**
 * Response counts as the consultant may see them: the overall count in batches of k, with what the
 * next batch needs; per role only once its group is shown (null before), so no count moves by one.
 */
const ResponseCounts = ({ a }: { a: AssessmentDetail }) => {
  const rate = a.responseRate;
  const k = Math.max(3, a.minGroupSize);
  return (
    <div class="response-counts">
      <p>
        {t('workspace.rates.overall', {
          submitted: rate.submitted,
          invited: rate.invited,
          percent: percent(rate.overall),
        })}
      </p>
      <p class="muted small-print">
        {t('workspace.rates.batches', { k, shown: rate.submitted, next: rate.submitted + k })}
      </p>
      {rate.byRole.length === 0 ? (
        <p class="muted">{t('workspace.rates.empty')}</p>
      ) : (
        <>
          <table class="role-rates">
            <caption class="sr-only">{t('workspace.rates.caption')}</caption>
            <thead class="sr-only">
              <tr>
                <th scope="col">{t('workspace.rates.role')}</th>
                <th scope="col">{t('workspace.rates.submitted')}</th>
                <th scope="col">{t('workspace.rates.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {rate.byRole.map((r) => (
                <tr key={r.role}>
                  <th scope="row">{roleName(r.role)}</th>
                  <td class="num">
                    {r.submitted === null
                      ? t('workspace.rates.notShown', { invited: r.invited })
                      : t('workspace.rates.count', { submitted: r.submitted, invited: r.invited })}
                  </td>
                  <td class="rate-cell">
                    {r.rate !== null && (
                      <>
                        <span class="rate-track" aria-hidden="true">
                          <span class="rate-fill" style={{ width: `${percent(r.rate)}%` }} />
                        </span>
                        <span class="rate-value">{t('workspace.percent', { percent: percent(r.rate) })}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="muted small-print">{t('workspace.rates.byRoleNote', { k })}</p>
        </>
      )}
    </div>
  );
};

/** One assessment: its invitations, response counts, reminders, the record of access and the way to the report. */
export const AssessmentPage = ({ id }: { id: string }) => {
  const { route } = useLocation();
  const { data: a, error, reload } = useLoad(() => getAssessment(id), [id]);
  const [role, setRole] = useState<StakeholderRole>('project-manager');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedLink[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const peopleHeading = useRef<HTMLHeadingElement>(null);
  useTitle(a?.clientName);

  // Good news fades after a while; a failure stays until it is dismissed or the next action.
  useEffect(() => {
    if (!message || message.error) return;
    const timer = setTimeout(() => setMessage(null), 10_000);
    return () => clearTimeout(timer);
  }, [message]);

  // Links issued by "Start a follow-up" on the previous assessment: shown here, once.
  // Another assessment (say, the follow-up just started): nothing of this one's state carries over.
  useEffect(() => {
    setIssued(null);
    setMessage(null);
    setConfirming(null);
  }, [id]);

  useEffect(() => {
    if (!a || a.id !== id) return;
    const handed = takeHandedOverLinks(id);
    if (handed.length === 0) return;
    const byId = new Map(a.stakeholders.map((s) => [s.id, s]));
    setIssued(
      handed.flatMap((invite) => {
        const s = byId.get(invite.id);
        return s ? [toLink(s)(invite)] : [];
      }),
    );
  }, [a, id]);

  const fail = (e: unknown) =>
    setMessage({ text: e instanceof ApiFailure || e instanceof Error ? e.message : String(e), error: true });

  const add = async (e: Event) => {
    e.preventDefault();
    setAdding(true);
    try {
      const invite = await addStakeholder(id, {
        role,
        ...(name ? { name } : {}),
        ...(email ? { email } : {}),
      });
      setIssued([toLink({ id: invite.id, role, name: name || null, email: email || null })(invite)]);
      setMessage(null);
      setAddError(null);
      setName('');
      setEmail('');
      reload();
    } catch (err) {
      setAddError(err instanceof ApiFailure || err instanceof Error ? err.message : String(err));
    } finally {
      setAdding(false);
    }
  };

  const reopen = async () => {
    if (!a) return;
    try {
      await updateAssessment(id, { status: 'open', version: a.version });
      setMessage({ text: t('workspace.reopen.done') });
      reload();
    } catch (err) {
      fail(err);
    }
  };

  if (error)
    return (
      <RequireSession>
        <LoadError
          title={t('workspace.page.errorTitle')}
          error={error}
          retry={{ label: t('workspace.retry'), onClick: reload }}
          back={{ href: '/assessments', label: t('workspace.allAssessments') }}
        />
      </RequireSession>
    );
  if (!a || a.id !== id)
    return (
      <RequireSession>
        <Loading label={t('workspace.page.loading')} />
      </RequireSession>
    );

  const open = a.status === 'open';
  const live = a.stakeholders.filter((s) => s.link === 'live');
  const k = Math.max(3, a.minGroupSize);

  const dialog = (() => {
    if (!confirming) return null;
    const common = {
      cancelLabel: t('workspace.cancel'),
      onClose: () => setConfirming(null),
    };
    switch (confirming.kind) {
      case 'remind':
        return (
          <ConfirmDialog
            {...common}
            title={t('workspace.remind.title')}
            confirmLabel={t('workspace.remind.confirm')}
            onConfirm={async () => {
              const { sent } = await sendReminders(id);
              setMessage({ text: t('workspace.remind.sent', { sent }) });
            }}
          >
            <p>{t('workspace.remind.body')}</p>
            <p>{t('workspace.remind.limit')}</p>
            <p class="muted">{t('workspace.remind.how')}</p>
          </ConfirmDialog>
        );
      case 'close':
        return (
          <ConfirmDialog
            {...common}
            danger
            title={t('workspace.close.title')}
            confirmLabel={t('workspace.close.confirm')}
            onConfirm={async () => {
              await updateAssessment(id, { status: 'closed', version: a.version });
              setMessage({ text: t('workspace.close.done') });
              setIssued(null);
              reload();
            }}
          >
            {live.length > 0 && (
              <p>
                {t('workspace.close.counted', {
                  submitted: a.responseRate.submitted,
                  invited: a.responseRate.invited,
                  k,
                })}
              </p>
            )}
            <p>{t('workspace.close.body')}</p>
          </ConfirmDialog>
        );
      case 'followUp':
        return (
          <ConfirmDialog
            {...common}
            title={t('workspace.followUp.title')}
            confirmLabel={t('workspace.followUp.confirm')}
            onConfirm={async () => {
              const next = await followUp(id);
              handOverLinks(next.assessment.id, next.invites);
              route(`/assessments/${next.assessment.id}`);
            }}
          >
            <p>{t('workspace.followUp.body')}</p>
            <p>{t('workspace.followUp.people', { count: live.length })}</p>
          </ConfirmDialog>
        );
      case 'revoke':
      case 'remove': {
        // Revoking and removing differ in their words and their call; the dialog is the same.
        const s = confirming.stakeholder;
        const who = whoOf(s);
        const kind = confirming.kind;
        const act = kind === 'revoke' ? revokeStakeholder : removeStakeholder;
        return (
          <ConfirmDialog
            {...common}
            danger
            title={t(`workspace.${kind}.title` as const, { who })}
            confirmLabel={t(`workspace.${kind}.confirm` as const)}
            focusAfter={() => peopleHeading.current}
            onConfirm={async () => {
              await act(id, s.id);
              setMessage({ text: t(`workspace.${kind}.done` as const, { who }) });
              reload();
            }}
          >
            <p>{t(`workspace.${kind}.body` as const)}</p>
            <p>{t(`workspace.${kind}.consequences` as const)}</p>
          </ConfirmDialog>
        );
      }
      case 'erase': {
        // Erasing cannot be undone: the dialog opens on "Keep the data", the safe choice.
        const s = confirming.stakeholder;
        const who = whoOf(s);
        return (
          <ConfirmDialog
            {...common}
            danger
            cancelLabel={t('workspace.erase.keep')}
            title={t('workspace.erase.title', { who })}
            confirmLabel={t('workspace.erase.confirm')}
            focusAfter={() => peopleHeading.current}
            onConfirm={async () => {
              try {
                await eraseStakeholder(id, s.id);
              } catch (e) {
                if (e instanceof ApiFailure && e.status === 404)
                  throw new Error(t('workspace.erase.unavailable'));
                throw e;
              }
              setMessage({ text: t('workspace.erase.done', { who }) });
              reload();
            }}
          >
            <p>{t('workspace.erase.body')}</p>
            <p>{t('workspace.erase.consequences')}</p>
          </ConfirmDialog>
        );
      }
      case 'reissue': {
        const s = confirming.stakeholder;
        const who = whoOf(s);
        return (
          <ConfirmDialog
            {...common}
            title={t('workspace.reissue.title', { who })}
            confirmLabel={t('workspace.reissue.confirm')}
            focusAfter={() => document.querySelector<HTMLElement>('.workspace .invite-links h3')}
            onConfirm={async () => {
              const invite = await reissueStakeholder(id, s.id);
              setIssued([toLink(s)(invite)]);
              setMessage(null);
              reload();
            }}
          >
            <p>{t(s.link === 'revoked' ? 'workspace.reissue.revoked' : 'workspace.reissue.body')}</p>
            <p>{t('workspace.reissue.consequences')}</p>
            {s.email && <p>{t('workspace.reissue.email', { email: s.email })}</p>}
          </ConfirmDialog>
        );
      }
    }
  })();

  return (
    <RequireSession>
      <section class="workspace">
        <p>
          <a href="/assessments">{t('workspace.allAssessments')}</a>
        </p>
        <div class="toolbar page-head">
          <h1 tabIndex={-1}>{a.clientName}</h1>
          <div class="toolbar">
            <a class="button primary" href={`/assessments/${id}/report`}>
              {t('workspace.page.report')}
            </a>
            <a class="button" href={`/compare?assessment=${id}`}>
              {t('workspace.page.compare')}
            </a>
          </div>
        </div>
        <p class="muted">
          <span class={open ? 'badge good' : 'badge muted'}>
            {t(open ? 'workspace.page.open' : 'workspace.page.closed')}
          </span>
          {a.dueDate && ` · ${t('workspace.page.due', { date: a.dueDate })}`}
          {` · ${t('workspace.page.submitted', { submitted: a.responseRate.submitted, invited: a.responseRate.invited })}`}
          {a.baselineId && (
            <>
              {' · '}
              <a href={`/assessments/${a.baselineId}`}>{t('workspace.page.followUpOf')}</a>
            </>
          )}
        </p>

        <h2>{t('workspace.rates.title')}</h2>
        <ResponseCounts a={a} />

        {open ? (
          <>
            <h2>{t('workspace.invite.title')}</h2>
            <form onSubmit={add} class="inline-form">
              <div class="field">
                <label for="role">{t('workspace.invite.role')}</label>
                <select
                  id="role"
                  value={role}
                  onChange={(e) => setRole((e.target as HTMLSelectElement).value as StakeholderRole)}
                >
                  {STAKEHOLDER_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {roleName(r)}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="name">{t('workspace.invite.name')}</label>
                <input
                  id="name"
                  value={name}
                  maxLength={200}
                  autocomplete="off"
                  onInput={(e) => setName((e.target as HTMLInputElement).value)}
                />
              </div>
              <div class="field">
                <label for="email">{t('workspace.invite.email')}</label>
                <input
                  id="email"
                  type="email"
                  value={email}
                  autocomplete="off"
                  aria-describedby="email-hint"
                  onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
                />
              </div>
              <button type="submit" class="primary" disabled={adding}>
                {adding ? t('workspace.invite.busy') : t('workspace.invite.submit')}
              </button>
            </form>
            <p class="muted small-print" id="email-hint">
              {t('workspace.invite.emailHint')}
            </p>
            {addError && (
              <p role="alert" class="error-box">
                {addError}
              </p>
            )}
            {issued && issued.length > 0 && (
              <InviteLinks
                links={issued}
                clientName={a.clientName}
                onDone={() => setIssued(null)}
                focusOnShow
              />
            )}
            <BulkInvite assessmentId={id} clientName={a.clientName} onDone={reload} />
          </>
        ) : (
          <p class="notice">{t('workspace.page.closedNote')}</p>
        )}

        <h2 ref={peopleHeading} tabIndex={-1}>
          {t('workspace.people.title', { count: a.stakeholders.length })}
        </h2>
        {a.stakeholders.length === 0 ? (
          <p class="muted">{t(open ? 'workspace.people.empty' : 'workspace.people.emptyClosed')}</p>
        ) : (
          <>
            <p class="muted small-print">{t('workspace.people.note')}</p>
            <table class="data stacked stakeholders">
              <caption class="sr-only">{t('workspace.people.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workspace.people.name')}</th>
                  <th scope="col">{t('workspace.people.email')}</th>
                  <th scope="col">{t('workspace.people.role')}</th>
                  <th scope="col">{t('workspace.people.link')}</th>
                  <th scope="col">{t('workspace.people.invited')}</th>
                  <th scope="col">{t('workspace.people.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {a.stakeholders.map((s) => {
                  const who = whoOf(s);
                  const removed = s.link === 'removed';
                  // A removed invitation stays listed; only its personal data can still be erased.
                  const erasable = s.name !== null || s.email !== null;
                  return (
                    <tr key={s.id} class={removed ? 'link-removed' : undefined}>
                      <th scope="row">
                        <span class="person">
                          {s.name ?? t('workspace.people.noName', { role: roleName(s.role) })}
                        </span>
                      </th>
                      <td data-label={t('workspace.people.email')} class="email-cell">
                        {s.email ?? <span class="muted">{t('workspace.people.noEmail')}</span>}
                      </td>
                      <td data-label={t('workspace.people.role')}>{roleName(s.role)}</td>
                      <td data-label={t('workspace.people.link')}>
                        <span class={`link-tag link-${s.link}`}>
                          {t(`workspace.link.${s.link}` as const)}
                        </span>
                      </td>
                      <td data-label={t('workspace.people.invited')}>
                        <time dateTime={s.invitedAt}>{dateTime(s.invitedAt)}</time>
                      </td>
                      <td data-label={t('workspace.people.actions')} class="actions-cell">
                        <div class="actions">
                          {open && !removed && (
                            <button
                              type="button"
                              aria-label={t('workspace.action.reissueFor', { who })}
                              onClick={() => setConfirming({ kind: 'reissue', stakeholder: s })}
                            >
                              {t('workspace.action.reissue')}
                            </button>
                          )}
                          {open && s.link === 'live' && (
                            <button
                              type="button"
                              aria-label={t('workspace.action.revokeFor', { who })}
                              onClick={() => setConfirming({ kind: 'revoke', stakeholder: s })}
                            >
                              {t('workspace.action.revoke')}
                            </button>
                          )}
                          {open && !removed && (
                            <button
                              type="button"
                              class="danger"
                              aria-label={t('workspace.action.removeFor', { who })}
                              onClick={() => setConfirming({ kind: 'remove', stakeholder: s })}
                            >
                              {t('workspace.action.remove')}
                            </button>
                          )}
                          {erasable && (
                            <button
                              type="button"
                              aria-label={t('workspace.action.eraseFor', { who })}
                              onClick={() => setConfirming({ kind: 'erase', stakeholder: s })}
                            >
                              {t('workspace.action.erase')}
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}

        <h2>{t('workspace.manage.title')}</h2>
        <EditAssessment
          key={a.version}
          assessment={a}
          onSaved={() => {
            setMessage({ text: t('workspace.edit.saved') });
            reload();
          }}
        />
        <div class="toolbar manage-actions">
          <div class="toolbar">
            {open && (
              <button type="button" onClick={() => setConfirming({ kind: 'remind' })}>
                {t('workspace.manage.remind')}
              </button>
            )}
            {open ? (
              <button type="button" class="danger" onClick={() => setConfirming({ kind: 'close' })}>
                {t('workspace.manage.close')}
              </button>
            ) : (
              <button type="button" onClick={reopen}>
                {t('workspace.manage.reopen')}
              </button>
            )}
          </div>
          <button type="button" onClick={() => setConfirming({ kind: 'followUp' })}>
            {t('workspace.manage.followUp')}
          </button>
        </div>
        <div
          role="status"
          class={message ? `page-message ${message.error ? 'error-box' : 'notice'}` : 'sr-only'}
        >
          {message && (
            <>
              <span>{message.text}</span>
              <button type="button" class="small" onClick={() => setMessage(null)}>
                {t('workspace.dismiss')}
              </button>
            </>
          )}
        </div>
        <AccessLogPanel assessmentId={id} />
        {dialog}
      </section>
    </RequireSession>
  );
};
