import { getOutbox } from '../api/consultant';
import { RequireSession } from '../components/require-session';
import { Empty, LoadError, Loading } from '../components/states';
import { useLoad } from '../components/use-load';
import { t } from '../i18n';
import { dateTime } from '../i18n/workspace';
import { useTitle } from '../lib/page';

/** Mail the local product "sent": invitations and reminders, newest first. */
export const OutboxPage = () => {
  const { data, error, reload } = useLoad(getOutbox, []);
  useTitle(t('workspace.outbox.title'));
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
        {data?.items.map((m) => (
          <article class="card mail" key={m.id}>
            <h2>{m.subject}</h2>
            <p class="muted">
              {t('workspace.outbox.to', { to: m.to })} ·{' '}
              {m.sentAt
                ? t('workspace.outbox.sent', { when: dateTime(m.sentAt) })
                : t('workspace.outbox.queued')}
            </p>
            <pre>{m.body}</pre>
          </article>
        ))}
      </section>
    </RequireSession>
  );
};
