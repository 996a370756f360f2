import type { AssessmentDetail } from '../../api/client';
import { t } from '../../i18n';
import { tc } from '../../i18n/calibration';

/** The assessment's name with the ways to its report and comparison, then its status in one line. */
export const WorkspaceHead = ({ a }: { a: AssessmentDetail }) => {
  const open = a.status === 'open';
  return (
    <>
      <p>
        <a href="/assessments">{t('workspace.allAssessments')}</a>
      </p>
      <div class="toolbar page-head">
        <h1 tabIndex={-1}>{a.clientName}</h1>
        <div class="toolbar">
          <a class="button primary" href={`/assessments/${a.id}/report`}>
            {t('workspace.page.report')}
          </a>
          <a class="button" href={`/compare?assessment=${a.id}`}>
            {t('workspace.page.compare')}
          </a>
          <a class="button" href={`/assessments/${a.id}/workshop`}>
            {tc('workshop.open')}
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
    </>
  );
};
