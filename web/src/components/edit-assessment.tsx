import type { AssessmentView } from '../api/client';
import { updateAssessment } from '../api/consultant';
import { t } from '../i18n';
import '../i18n/workspace';
import { AssessmentForm } from './assessment-form';
import './edit-assessment.css';

/** Change the client's name, due date or context; refused when someone else changed it meanwhile. */
export const EditAssessment = ({
  assessment,
  onSaved,
}: {
  assessment: AssessmentView;
  onSaved: () => void;
}) => (
  <details class="edit-assessment">
    <summary>{t('workspace.edit.summary')}</summary>
    <AssessmentForm
      initial={assessment}
      submitLabel={t('workspace.edit.save')}
      onSubmit={async ({ minGroupSize, ...fields }) => {
        // k is sent only when changed: it is fixed once someone submits, and other edits stay possible.
        await updateAssessment(assessment.id, {
          ...fields,
          ...(minGroupSize !== assessment.minGroupSize ? { minGroupSize } : {}),
          version: assessment.version,
        });
        onSaved();
      }}
      describeError={(e) => (e.code === 'version_conflict' ? t('workspace.edit.conflict') : e.message)}
    />
  </details>
);
