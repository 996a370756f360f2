import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { OrganisationContext } from '../../../functions/contract/context';
import { ApiFailure, createAssessment, getModel } from '../api/client';
import { type ContextDraft, ContextForm, isContextComplete } from '../components/context-form';
import { RequireSession } from '../components/require-session';
import { useLoad } from '../components/use-load';

/** Create an assessment: the client, a due date and the client's context. */
export const NewAssessmentPage = () => {
  const { route } = useLocation();
  const { data: model } = useLoad(getModel, []);
  const [clientName, setClientName] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [context, setContext] = useState<ContextDraft>({});
  const [error, setError] = useState<ApiFailure | null>(null);
  const errors = Object.fromEntries((error?.issues ?? []).map((i) => [i.path, i.message]));
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const created = await createAssessment({
        clientName,
        context: context as OrganisationContext,
        ...(dueDate ? { dueDate } : {}),
      });
      route(`/assessments/${created.id}`);
    } catch (err) {
      setError(err instanceof ApiFailure ? err : new ApiFailure(0, 'unknown', String(err)));
    }
  };
  return (
    <RequireSession>
      <section>
        <h1>New assessment</h1>
        {!model ? (
          <p aria-busy="true">Loading…</p>
        ) : (
          <form onSubmit={submit} class="stack">
            <div class="field">
              <label for="client">Client</label>
              <input
                id="client"
                required
                maxLength={200}
                value={clientName}
                onInput={(e) => setClientName((e.target as HTMLInputElement).value)}
              />
              {errors.clientName && <small class="error">{errors.clientName}</small>}
            </div>
            <div class="field">
              <label for="due">Answers due (optional)</label>
              <input
                id="due"
                type="date"
                value={dueDate}
                onInput={(e) => setDueDate((e.target as HTMLInputElement).value)}
              />
            </div>
            <h2>The client's context</h2>
            <ContextForm fields={model.context} value={context} onChange={setContext} errors={errors} />
            {error && (
              <p role="alert" class="error-box">
                {error.message}
              </p>
            )}
            <button
              type="submit"
              class="primary"
              disabled={!clientName || !isContextComplete(model.context, context)}
            >
              Create assessment
            </button>
          </form>
        )}
      </section>
    </RequireSession>
  );
};
