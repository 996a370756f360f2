import { useState } from 'preact/hooks';
import type { Rates } from '../../../functions/contract/api';
import type { OrganisationContext } from '../../../functions/contract/context';
import { LANGUAGE_NAME, LANGUAGES, type Language } from '../../../functions/i18n/languages';
import { ApiFailure, getModel } from '../api/client';
import { t } from '../i18n';
import '../i18n/workspace';
import { withEditionThree } from './context-fields-3';
import { type ContextDraft, ContextForm, validateContext } from './context-form';
import { GroupPlan, type PlannedCounts } from './group-plan';
import { draftOf, RatesFields, ratesOf, validateRates } from './rates-fields';
import { Loading } from './states';
import { useLoad } from './use-load';

export interface AssessmentFields {
  clientName: string;
  dueDate: string | null;
  context: OrganisationContext;
  /** The language of the invitations and of the questionnaire as it opens. */
  language: Language;
  /** The smallest group any figure covers (k). */
  minGroupSize: number;
  /** The client's day rates; null: the documented defaults. */
  rates: Rates | null;
}

/** The product's floor and ceiling for k. */
const K_MIN = 3;
const K_MAX = 20;

interface Props {
  initial?: {
    clientName: string;
    dueDate: string | null;
    context: ContextDraft;
    language?: Language;
    minGroupSize?: number;
    rates?: Rates | null;
  };
  /** Creating: the consultant may plan numbers per role and see what k will show for them. */
  planning?: boolean;
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
  planning = false,
}: Props) => {
  const { data: model } = useLoad(getModel, []);
  const [clientName, setClientName] = useState(initial?.clientName ?? '');
  const [dueDate, setDueDate] = useState(initial?.dueDate ?? '');
  const [context, setContext] = useState<ContextDraft>(initial?.context ?? {});
  const [language, setLanguage] = useState<Language>(initial?.language ?? 'en');
  const [k, setK] = useState(String(initial?.minGroupSize ?? K_MIN));
  const [rates, setRates] = useState(draftOf(initial?.rates));
  const [planned, setPlanned] = useState<PlannedCounts>({});
  const [error, setError] = useState<ApiFailure | null>(null);
  const [saving, setSaving] = useState(false);
  /** Set by the first try to submit: from then on what is missing is said next to each field. */
  const [checked, setChecked] = useState(false);
  const kValue = Number.parseInt(k, 10);
  const kValid = Number.isInteger(kValue) && kValue >= K_MIN && kValue <= K_MAX;
  if (!model) return <Loading label={t('workspace.form.loading')} />;
  // What stops the form, in words; the button is never disabled without saying why (Enter submits
  // and lists what is missing, each item a link to its field).
  const own: Record<string, string> = {
    ...(checked && !clientName.trim() ? { clientName: t('workspace.form.clientMissing') } : {}),
    ...(checked && !kValid ? { minGroupSize: t('workspace.form.kInvalid', { min: K_MIN, max: K_MAX }) } : {}),
    ...validateContext(model.context, context, checked),
    ...validateRates(rates, checked),
  };
  const errors: Record<string, string> = {
    ...own,
    ...Object.fromEntries((error?.issues ?? []).map((i) => [i.path, i.message])),
  };
  const fieldOf = (key: string) =>
    key === 'clientName'
      ? 'client'
      : key === 'minGroupSize'
        ? 'min-group-size'
        : key.startsWith('rates.')
          ? key.replace('.', '-')
          : `ctx-${key.replace(/^context\./, '')}`;
  const labelOf = (key: string) =>
    key === 'clientName'
      ? t('workspace.form.client')
      : key === 'minGroupSize'
        ? t('workspace.form.k')
        : key.startsWith('rates.')
          ? t('rates.title')
          : (withEditionThree(model.context).find((f) => `context.${f.id}` === key)?.label ?? key);
  const submit = async (e: Event) => {
    e.preventDefault();
    const missing = {
      ...(!clientName.trim() ? { clientName: '' } : {}),
      ...(!kValid ? { minGroupSize: '' } : {}),
      ...validateContext(model.context, context, true),
      ...validateRates(rates),
    };
    if (Object.keys(missing).length > 0) {
      setChecked(true);
      const first = [
        'clientName',
        'minGroupSize',
        ...withEditionThree(model.context).map((f) => `context.${f.id}`),
        'rates.currency',
        'rates.dayRate',
        'rates.externalDayRate',
      ].find((key) => key in missing);
      if (first) document.getElementById(fieldOf(first))?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSubmit({
        clientName,
        dueDate: dueDate || null,
        context: context as OrganisationContext,
        language,
        minGroupSize: kValue,
        rates: ratesOf(rates) ?? null,
      });
      setError(null);
    } catch (err) {
      setError(err instanceof ApiFailure ? err : new ApiFailure(0, 'unknown', String(err)));
    } finally {
      setSaving(false);
    }
  };
  return (
    // The form checks itself and says what is missing in words; the browser's bubbles would say it
    // one field at a time and not in the reader's language.
    <form onSubmit={submit} class="stack" noValidate>
      <div class="field">
        <label for="client">{t('workspace.form.client')}</label>
        <input
          id="client"
          required
          maxLength={200}
          value={clientName}
          aria-invalid={errors.clientName ? true : undefined}
          aria-describedby={errors.clientName ? 'client-error' : undefined}
          onInput={(e) => setClientName((e.target as HTMLInputElement).value)}
        />
        {errors.clientName && (
          <small class="error" id="client-error">
            {errors.clientName}
          </small>
        )}
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
      <div class="field k-field">
        <label for="min-group-size">{t('workspace.form.k')}</label>
        <input
          id="min-group-size"
          type="number"
          inputMode="numeric"
          min={K_MIN}
          max={K_MAX}
          step={1}
          required
          value={k}
          aria-describedby={`min-group-size-hint${errors.minGroupSize ? ' min-group-size-error' : ''}`}
          aria-invalid={errors.minGroupSize ? true : undefined}
          onInput={(e) => setK((e.target as HTMLInputElement).value)}
        />
        <small class="muted" id="min-group-size-hint">
          {t('workspace.form.kHint')}
        </small>
        {errors.minGroupSize && (
          <small class="error" id="min-group-size-error">
            {errors.minGroupSize}
          </small>
        )}
      </div>
      {planning && <GroupPlan k={kValid ? kValue : K_MIN} planned={planned} onChange={setPlanned} />}
      <h2>{t('workspace.form.context')}</h2>
      <ContextForm fields={model.context} value={context} onChange={setContext} errors={errors} />
      <RatesFields value={rates} onChange={setRates} errors={errors} />
      {error && (
        <p role="alert" class="error-box">
          {describeError(error)}
        </p>
      )}
      {checked && Object.keys(own).length > 0 && (
        <div class="error-box" role="alert">
          <p>{t('workspace.form.stillMissing', { count: Object.keys(own).length })}</p>
          <ul>
            {Object.entries(own).map(([key, message]) => (
              <li key={key}>
                <a
                  href={`#${fieldOf(key)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(fieldOf(key))?.focus();
                  }}
                >
                  {labelOf(key)}
                </a>
                : {message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="submit" class="primary" disabled={saving}>
        {saving ? t('workspace.form.saving') : submitLabel}
      </button>
    </form>
  );
};
