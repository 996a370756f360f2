import { useLocation } from 'preact-iso';
import { createAssessment } from '../api/consultant';
import { AssessmentForm } from '../components/assessment-form';
import { RequireSession } from '../components/require-session';
import { t } from '../i18n';
import '../i18n/workspace';
import { useTitle } from '../lib/page';

/** Create an assessment: the client, a due date and the client's context. */
export const NewAssessmentPage = () => {
  const { route } = useLocation();
  useTitle(t('workspace.new.title'));
  return (
    <RequireSession>
      <section class="workspace">
        <p>
          <a href="/assessments">{t('workspace.allAssessments')}</a>
        </p>
        <h1 tabIndex={-1}>{t('workspace.new.title')}</h1>
        <AssessmentForm
          submitLabel={t('workspace.new.submit')}
          planning
          onSubmit={async ({ clientName, dueDate, context, language, minGroupSize, rates }) => {
            const created = await createAssessment({
              clientName,
              context,
              language,
              minGroupSize,
              ...(rates ? { rates } : {}),
              ...(dueDate ? { dueDate } : {}),
            });
            route(`/assessments/${created.id}`);
          }}
        />
      </section>
    </RequireSession>
  );
};
