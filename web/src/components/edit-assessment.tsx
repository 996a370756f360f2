import { type AssessmentView, updateAssessment } from '../api/client';
import { AssessmentForm } from './assessment-form';

/** Change the client's name, due date or context; refused when someone else changed it meanwhile. */
export const EditAssessment = ({
  assessment,
  onSaved,
}: {
  assessment: AssessmentView;
  onSaved: () => void;
}) => (
  <details class="edit-assessment">
    <summary>Edit client, due date and context</summary>
    <AssessmentForm
      initial={assessment}
      submitLabel="Save changes"
      onSubmit={async (fields) => {
        await updateAssessment(assessment.id, { ...fields, version: assessment.version });
        onSaved();
      }}
      describeError={(e) =>
        e.code === 'version_conflict'
          ? 'Someone changed this assessment meanwhile; reload the page and try again.'
          : e.message
      }
    />
  </details>
);
