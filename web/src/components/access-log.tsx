import { ApiFailure } from '../api/client';
import { type AccessEntry, getAccessLog } from '../api/consultant';
import { t } from '../i18n';
import { dateTime } from '../i18n/workspace';
import './anonymity.css';
import { useLoad } from './use-load';

type Log = { kind: 'shown'; items: AccessEntry[] } | { kind: 'unavailable' };

/** Until the server keeps the record, its route answers 404: said in words, not as a failure. */
const loadLog = async (id: string): Promise<Log> => {
  try {
    const { items } = await getAccessLog(id);
    return { kind: 'shown', items: [...items].sort((x, y) => y.at.localeCompare(x.at)) };
  } catch (e) {
    if (e instanceof ApiFailure && e.status === 404) return { kind: 'unavailable' };
    throw e;
  }
};

const ACTIONS = new Set<string>(['viewed-results', 'exported', 'shared', 'share-viewed', 'share-revoked']);

/**
 * The record of access: who viewed, exported or shared an assessment's results, and when, newest
 * first. The client may ask for it; the consultant sees what the client would.
 */
export const AccessLogPanel = ({ assessmentId }: { assessmentId: string }) => {
  const { data, error } = useLoad(() => loadLog(assessmentId), [assessmentId]);
  return (
    <section class="access-log" aria-labelledby="access-log-title">
      <h2 id="access-log-title">{t('workspace.access.title')}</h2>
      <p class="muted small-print">{t('workspace.access.intro')}</p>
      {error ? (
        <p class="error-box" role="alert">
          {t('workspace.access.failed', { error })}
        </p>
      ) : !data ? (
        <p aria-busy="true">{t('workspace.access.loading')}</p>
      ) : data.kind === 'unavailable' ? (
        <p class="muted">{t('workspace.access.unavailable')}</p>
      ) : data.items.length === 0 ? (
        <p class="muted">{t('workspace.access.empty')}</p>
      ) : (
        <table class="data access-log-table">
          <caption class="sr-only">{t('workspace.access.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workspace.access.when')}</th>
              <th scope="col">{t('workspace.access.who')}</th>
              <th scope="col">{t('workspace.access.what')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((entry, i) => (
              <tr key={`${entry.at}-${i}`}>
                <td>
                  <time dateTime={entry.at}>{dateTime(entry.at)}</time>
                </td>
                <td class="access-actor">{entry.actor}</td>
                <td>
                  {ACTIONS.has(entry.action) ? t(`workspace.access.${entry.action}` as const) : entry.action}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
