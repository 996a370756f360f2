import { listAssessments } from '../api/consultant';
import { RequireSession } from '../components/require-session';
import { Empty, LoadError, Loading } from '../components/states';
import { useLoad } from '../components/use-load';
import { t } from '../i18n';
import '../i18n/workspace';
import { useTitle } from '../lib/page';
import '../components/stacked-table.css';

const percent = (share: number) => Math.round(share * 100);

/** The consultant's assessments with status and response rate. */
export const AssessmentsPage = () => {
  const { data, error, reload } = useLoad(listAssessments, []);
  useTitle(t('workspace.list.title'));
  return (
    <RequireSession>
      <section class="workspace">
        <div class="toolbar page-head">
          <h1 tabIndex={-1}>{t('workspace.list.title')}</h1>
          <a class="button primary" href="/assessments/new">
            {t('workspace.list.new')}
          </a>
        </div>
        {error && (
          <LoadError
            level={2}
            title={t('workspace.list.errorTitle')}
            error={error}
            retry={{ label: t('workspace.retry'), onClick: reload }}
          />
        )}
        {!data && !error && <Loading label={t('workspace.list.loading')} />}
        {data && data.items.length === 0 && (
          <Empty title={t('workspace.list.emptyTitle')}>
            <p>{t('workspace.list.emptyText')}</p>
            <p>
              <a class="button primary" href="/assessments/new">
                {t('workspace.list.emptyAction')}
              </a>
            </p>
          </Empty>
        )}
        {data && data.items.length > 0 && (
          <div class="table-scroll">
            <table class="data stacked assessments-table">
              <caption class="sr-only">{t('workspace.list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workspace.list.client')}</th>
                  <th scope="col">{t('workspace.list.status')}</th>
                  <th scope="col">{t('workspace.list.due')}</th>
                  <th scope="col">{t('workspace.list.responses')}</th>
                  <th scope="col">{t('workspace.list.created')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <a href={`/assessments/${a.id}`}>{a.clientName}</a>
                      {a.baselineId && <span class="badge muted">{t('workspace.list.followUp')}</span>}
                    </th>
                    <td data-label={t('workspace.list.status')}>
                      <span class={a.status === 'open' ? 'badge good' : 'badge muted'}>
                        {t(a.status === 'open' ? 'workspace.status.open' : 'workspace.status.closed')}
                      </span>
                    </td>
                    <td data-label={t('workspace.list.due')}>
                      {a.dueDate ? t('workspace.date', { date: a.dueDate }) : '–'}
                    </td>
                    <td data-label={t('workspace.list.responses')}>
                      {t('workspace.list.progress', {
                        submitted: a.progress.submitted,
                        invited: a.progress.invited,
                        percent: percent(a.progress.rate),
                      })}
                    </td>
                    <td data-label={t('workspace.list.created')}>
                      {t('workspace.date', { date: a.createdAt })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </RequireSession>
  );
};
