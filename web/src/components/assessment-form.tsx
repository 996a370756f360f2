import { useState } from 'preact/hooks';
import type { OrganisationContext } from '../../../functions/contract/context';
import { LANGUAGE_NAME, LANGUAGES, type Language } from '../../../functions/i18n/languages';
import { ApiFailure, getModel } from '../api/client';
import { t } from '../i18n';
import '../i18n/workspace';
import { type ContextDraft, ContextForm, isContextComplete } from './context-form';
import { Loading } from './states';
import { useLoad } from './use-load';

export interface AssessmentFields {
  clientName: string;
  dueDate: string | null;
  context: OrganisationContext;
  /** The language of the invitations and of the questionnaire as it opens. */
  language: Language;
}

interface Props {
  initial?: { clientName: string; dueDate: string | null; context: ContextDraft; language?: Language };
  submitLabel: string;
  onSubmit: (fields: AssessmentFields) => Promise<void>;
  /** Turns a refusal into the sentence shown; the API's message by default. */
  describeError?: (error: ApiFailure) => string;
}

/** The client, a due date and the client's context: used to create an assessment and to edit one. */
export const AssessmentForm = ({
  initial,
  submitLabel,
  onSubmit,
  describeError = (e) => e.message,
}: Props) => {
  const { data: model } = useLoad(getModel, []);
  const [clientName, setClientName] = useState(initial?.clientName ?? '');
  const [dueDate, setDueDate] = useState(initial?.dueDate ?? '');
  const [context, setContext] = useState<ContextDraft>(initial?.context ?? {});
  const [language, setLanguage] = useState<Language>(initial?.language ?? 'en');
  const [error, setError] = useState<ApiFailure | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = Object.fromEntries((error?.issues ?? []).map((i) => [i.path, i.message]));
  if (!model) return <Loading label={t('workspace.form.loading')} />;
  const submit = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    try {
      await onSubmit({
        clientName,
        dueDate: dueDate || null,
        context: context as OrganisationContext,
        language,
      });
      setError(null);
    } catch (err) {
      setError(err instanceof ApiFailure ? err : new ApiFailure(0, 'unknown', String(err)));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form onSubmit={submit} class="stack">
      <div class="field">
        <label for="client">{t('workspace.form.client')}</label>
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
        <label for="due">{t('workspace.form.due')}</label>
        <input
          id="due"
          type="date"
          value={dueDate}
          onInput={(e) => setDueDate((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="assessment-language">{t('workspace.form.language')}</label>
        <select
          id="assessment-language"
          value={language}
          onChange={(e) => {
            const value = (e.target as HTMLSelectElement).value;
            setLanguage(LANGUAGES.find((l) => l === value) ?? 'en');
          }}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAME[l]}
            </option>
          ))}
        </select>
      </div>
      <h2>{t('workspace.form.context')}</h2>
      <ContextForm fields={model.context} value={context} onChange={setContext} errors={errors} />
      {error && (
        <p role="alert" class="error-box">
          {describeError(error)}
        </p>
      )}
      <button
        type="submit"
        class="primary"
        disabled={saving || !clientName || !isContextComplete(model.context, context)}
      >
        {saving ? t('workspace.form.saving') : submitLabel}
      </button>
    </form>
  );
};
