import { useLocation } from 'preact-iso';
import { createAssessment } from '../api/client';
import { AssessmentForm } from '../components/assessment-form';
import { RequireSession } from '../components/require-session';

/** Create an assessment: the client, a due date and the client's context. */
export const NewAssessmentPage = () => {
  const { route } = useLocation();
  return (
    <RequireSession>
      <section>
        <h1>New assessment</h1>
        <AssessmentForm
          submitLabel="Create assessment"
          onSubmit={async ({ clientName, dueDate, context, language }) => {
            const created = await createAssessment({
              clientName,
              context,
              language,
              ...(dueDate ? { dueDate } : {}),
            });
            route(`/assessments/${created.id}`);
          }}
        />
      </section>
    </RequireSession>
  );
};
