import { useState } from 'preact/hooks';
import type { OrganisationContext } from '../../../functions/contract/context';
import { ApiFailure, type AssessmentView, getModel, updateAssessment } from '../api/client';
import { type ContextDraft, ContextForm, isContextComplete } from './context-form';
import { useLoad } from './use-load';

/** Change the client's name, due date or context; refused when someone else changed it meanwhile. */
export const EditAssessment = ({
  assessment,
  onSaved,
}: {
  assessment: AssessmentView;
  onSaved: () => void;
}) => {
  const { data: model } = useLoad(getModel, []);
  const [clientName, setClientName] = useState(assessment.clientName);
  const [dueDate, setDueDate] = useState(assessment.dueDate ?? '');
  const [context, setContext] = useState<ContextDraft>(assessment.context);
  const [error, setError] = useState<ApiFailure | null>(null);
  const errors = Object.fromEntries((error?.issues ?? []).map((i) => [i.path, i.message]));
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await updateAssessment(assessment.id, {
        clientName,
        dueDate: dueDate || null,
        context: context as OrganisationContext,
        version: assessment.version,
      });
      setError(null);
      onSaved();
    } catch (err) {
      setError(err instanceof ApiFailure ? err : new ApiFailure(0, 'unknown', String(err)));
    }
  };
  return (
    <details class="edit-assessment">
      <summary>Edit client, due date and context</summary>
      {model && (
        <form onSubmit={save} class="stack">
          <div class="field">
            <label for="edit-client">Client</label>
            <input
              id="edit-client"
              required
              maxLength={200}
              value={clientName}
              onInput={(e) => setClientName((e.target as HTMLInputElement).value)}
            />
            {errors.clientName && <small class="error">{errors.clientName}</small>}
          </div>
          <div class="field">
            <label for="edit-due">Answers due (optional)</label>
            <input
              id="edit-due"
              type="date"
              value={dueDate}
              onInput={(e) => setDueDate((e.target as HTMLInputElement).value)}
            />
          </div>
          <ContextForm fields={model.context} value={context} onChange={setContext} errors={errors} />
          {error && (
            <p role="alert" class="error-box">
              {error.code === 'version_conflict'
                ? 'Someone changed this assessment meanwhile; reload the page and try again.'
                : error.message}
            </p>
          )}
          <button
            type="submit"
            class="primary"
            disabled={!clientName || !isContextComplete(model.context, context)}
          >
            Save changes
          </button>
        </form>
      )}
    </details>
  );
};
