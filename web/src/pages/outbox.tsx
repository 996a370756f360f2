import { useMemo, useState } from 'preact/hooks';
import { LANGUAGES } from '../../../functions/i18n/languages';
import { MAIL_CATALOGUES } from '../../../functions/i18n/mail';
import { getOutbox } from '../api/consultant';
import { RequireSession } from '../components/require-session';
import { Empty, LoadError, Loading } from '../components/states';
import { useLoad } from '../components/use-load';
import { t } from '../i18n';
import { dateTime } from '../i18n/workspace';
import { useTitle } from '../lib/page';
import './outbox.css';

type Kind = 'invitation' | 'reminder' | 'other';
type Mail = { id: string; to: string; subject: string; body: string; sentAt: string | null };

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A mail subject template as a pattern: the client's name is the one blank, spaces may be any kind. */
const pattern = (template: string) =>
  new RegExp(
    `^${literal(template)
      .replace(/\\\{client\\\}/, '(.+)')
      .replace(/[ \u00a0\u202f]+/g, '[\\s\\u00a0\\u202f]+')}$`,
  );
/** Which mail it is and for which client, read from its subject in any of the mail languages. */
const SUBJECTS = LANGUAGES.flatMap((l) => [
  { kind: 'invitation' as const, re: pattern(MAIL_CATALOGUES[l]['invite.subject']) },
  { kind: 'reminder' as const, re: pattern(MAIL_CATALOGUES[l]['reminder.subject']) },
]);
export const classifyMail = (m: Mail): { kind: Kind; client: string | null } => {
  for (const s of SUBJECTS) {
    const match = m.subject.match(s.re);
    if (match) return { kind: s.kind, client: match[1]?.trim() ?? null };
  }
  return { kind: 'other', client: null };
};

/**
 * Mail the local product "sent": invitations and reminders, newest first. A long outbox is filtered
 * (by kind, assessment, status and words) and each message shows its heading and line of facts,
 * its text one click away.
 */
export const OutboxPage = () => {
  const { data, error, reload } = useLoad(getOutbox, []);
  useTitle(t('workspace.outbox.title'));
  const [kind, setKind] = useState<'' | Kind>('');
  const [client, setClient] = useState('');
  const [status, setStatus] = useState<'' | 'sent' | 'queued'>('');
  const [query, setQuery] = useState('');
  const mails = useMemo(() => (data?.items ?? []).map((m) => ({ ...m, ...classifyMail(m) })), [data]);
  const clients = [...new Set(mails.map((m) => m.client).filter((c): c is string => !!c))].sort((a, b) =>
    a.localeCompare(b),
  );
  const words = query.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const shown = mails.filter(
    (m) =>
      (!kind || m.kind === kind) &&
      (!client || m.client === client) &&
      (!status || (status === 'sent') === !!m.sentAt) &&
      words.every((w) => `${m.subject}\n${m.to}\n${m.body}`.toLocaleLowerCase().includes(w)),
  );
  const filtered = !!(kind || client || status || words.length);
  const clear = () => {
    setKind('');
    setClient('');
    setStatus('');
    setQuery('');
  };
  return (
    <RequireSession>
      <section class="workspace">
        <h1 tabIndex={-1}>{t('workspace.outbox.title')}</h1>
        <p class="muted">{t('workspace.outbox.intro')}</p>
        {error && (
          <LoadError
            level={2}
            title={t('workspace.outbox.errorTitle')}
            error={error}
            retry={{ label: t('workspace.retry'), onClick: reload }}
          />
        )}
        {!data && !error && <Loading label={t('workspace.outbox.loading')} />}
        {data?.items.length === 0 && (
          <Empty title={t('workspace.outbox.emptyTitle')}>
            <p>{t('workspace.outbox.emptyText')}</p>
            <p>
              <a class="button" href="/assessments">
                {t('workspace.outbox.emptyAction')}
              </a>
            </p>
          </Empty>
        )}
        {mails.length > 0 && (
          <>
            <search class="outbox-filters" aria-label={t('workspace.outbox.filters')}>
              <div class="field">
                <label for="outbox-search">{t('workspace.outbox.search')}</label>
                <input
                  id="outbox-search"
                  type="search"
                  value={query}
                  onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
                />
              </div>
              <div class="field">
                <label for="outbox-kind">{t('workspace.outbox.kind')}</label>
                <select
                  id="outbox-kind"
                  value={kind}
                  onChange={(e) => setKind((e.target as HTMLSelectElement).value as '' | Kind)}
                >
                  <option value="">{t('workspace.outbox.kind.all')}</option>
                  <option value="invitation">{t('workspace.outbox.kind.invitation')}</option>
                  <option value="reminder">{t('workspace.outbox.kind.reminder')}</option>
                </select>
              </div>
              <div class="field">
                <label for="outbox-client">{t('workspace.outbox.client')}</label>
                <select
                  id="outbox-client"
                  value={client}
                  onChange={(e) => setClient((e.target as HTMLSelectElement).value)}
                >
                  <option value="">{t('workspace.outbox.client.all')}</option>
                  {clients.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="outbox-status">{t('workspace.outbox.status')}</label>
                <select
                  id="outbox-status"
                  value={status}
                  onChange={(e) => setStatus((e.target as HTMLSelectElement).value as '' | 'sent' | 'queued')}
                >
                  <option value="">{t('workspace.outbox.status.all')}</option>
                  <option value="sent">{t('workspace.outbox.status.sent')}</option>
                  <option value="queued">{t('workspace.outbox.status.queued')}</option>
                </select>
              </div>
            </search>
            <p class="outbox-count" role="status">
              {t('workspace.outbox.showing', { shown: shown.length, total: mails.length })}
              {filtered && (
                <>
                  {' '}
                  <button type="button" class="link" onClick={clear}>
                    {t('workspace.outbox.clear')}
                  </button>
                </>
              )}
            </p>
            {shown.length === 0 && <p>{t('workspace.outbox.none')}</p>}
            <ul class="mail-list">
              {shown.map((m) => (
                <li key={m.id}>
                  <article class="card mail">
                    <h2>
                      {m.kind !== 'other' && (
                        <span class={`tag tag-${m.kind}`}>{t(`workspace.outbox.tag.${m.kind}`)}</span>
                      )}{' '}
                      {m.subject}
                    </h2>
                    <p class="muted">
                      {t('workspace.outbox.to', { to: m.to })} ·{' '}
                      {m.sentAt
                        ? t('workspace.outbox.sent', { when: dateTime(m.sentAt) })
                        : t('workspace.outbox.queued')}
                    </p>
                    <details>
                      <summary>{t('workspace.outbox.show')}</summary>
                      <pre>{m.body}</pre>
                    </details>
                  </article>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </RequireSession>
  );
};
