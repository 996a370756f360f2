import type { OrganisationContext } from '../../../functions/contract/context';
import type { QuestionnaireDocument } from '../api/client';
import { t } from '../i18n';
import { usePublicTexts } from '../i18n/public';
import { applicable, CONTEXT_MAX, withEditionThree, withoutInapplicable } from './context-fields-3';

export type ContextDraft = Partial<Record<keyof OrganisationContext, string | number | boolean>>;

interface Props {
  fields: QuestionnaireDocument['context'];
  value: ContextDraft;
  onChange: (value: ContextDraft) => void;
  errors?: Record<string, string>;
}

/**
 * The organisation's context: numbers and choices, each with a line of help. Edition 3's fields come
 * with the questionnaire's; a field that does not apply (the months of a lasting need) is not asked.
 */
export const ContextForm = ({ fields, value, onChange, errors = {} }: Props) => {
  usePublicTexts();
  return (
    <div class="context-form">
      {applicable(withEditionThree(fields), value).map((f) => {
        const id = `ctx-${f.id}`;
        const error = errors[`context.${f.id}`];
        const set = (v: string | number | boolean) => {
          // An optional field left empty is left out, so the engine applies its documented default.
          if (f.optional && v === '') {
            const { [f.id as keyof ContextDraft]: _, ...rest } = value;
            onChange(rest);
          } else onChange(withoutInapplicable({ ...value, [f.id]: v }));
        };
        return (
          <div class="field" key={f.id}>
            {f.kind === 'boolean' ? (
              <>
                <label for={id}>{f.label}</label>
                <select
                  id={id}
                  value={
                    value[f.id as keyof ContextDraft] === undefined
                      ? ''
                      : String(value[f.id as keyof ContextDraft])
                  }
                  aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
                  aria-invalid={error ? true : undefined}
                  onChange={(e) => {
                    const v = (e.target as HTMLSelectElement).value;
                    set(v === '' ? '' : v === 'true');
                  }}
                >
                  <option value="">{t('form.notStated')}</option>
                  <option value="true">{t('form.yes')}</option>
                  <option value="false">{t('form.no')}</option>
                </select>
              </>
            ) : f.kind === 'integer' || f.kind === 'number' ? (
              <>
                <label for={id}>{f.label}</label>
                <input
                  id={id}
                  type="number"
                  inputMode="numeric"
                  min={f.min}
                  max={CONTEXT_MAX[f.id]}
                  step={f.kind === 'integer' ? 1 : 'any'}
                  required={!f.optional}
                  value={String(value[f.id as keyof ContextDraft] ?? '')}
                  aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
                  aria-invalid={error ? true : undefined}
                  onInput={(e) =>
                    set(
                      (e.target as HTMLInputElement).value === ''
                        ? ''
                        : Number((e.target as HTMLInputElement).value),
                    )
                  }
                />
              </>
            ) : (
              <>
                <label for={id}>{f.label}</label>
                <select
                  id={id}
                  required={!f.optional}
                  value={String(value[f.id as keyof ContextDraft] ?? '')}
                  aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
                  aria-invalid={error ? true : undefined}
                  onChange={(e) => set((e.target as HTMLSelectElement).value)}
                >
                  <option value="" disabled={!f.optional}>
                    {f.optional ? t('form.notStated') : t('form.choose')}
                  </option>
                  {f.options?.map((o) => (
                    <option value={o.value} key={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </>
            )}
            <small id={`${id}-help`}>{f.help}</small>
            {error && (
              <small id={`${id}-error`} class="error">
                {error}
              </small>
            )}
          </div>
        );
      })}
    </div>
  );
};

export const isContextComplete = (fields: QuestionnaireDocument['context'], value: ContextDraft): boolean =>
  fields.every(
    (f) =>
      f.optional ||
      (value[f.id as keyof ContextDraft] !== undefined && value[f.id as keyof ContextDraft] !== ''),
  );

/**
 * Checks the organisation's figures in plain words before any question is asked: whole numbers, at
 * least one person, no negatives, and no more project managers than people. Keys are `context.<id>`,
 * like the API's issues. Empty fields are reported only when `requireAll` (on pressing Next).
 */
export const validateContext = (
  fields: QuestionnaireDocument['context'],
  value: ContextDraft,
  requireAll: boolean,
): Record<string, string> => {
  const errors: Record<string, string> = {};
  for (const f of applicable(withEditionThree(fields), value)) {
    const v = value[f.id as keyof ContextDraft];
    const key = `context.${f.id}`;
    if (v === undefined || v === '') {
      if (requireAll && !f.optional)
        errors[key] = f.kind === 'integer' ? t('ctx.enterNumber') : t('ctx.choose');
      continue;
    }
    if (f.kind !== 'integer' && f.kind !== 'number') continue;
    const n = Number(v);
    const max = CONTEXT_MAX[f.id];
    if (!Number.isFinite(n)) errors[key] = t(f.kind === 'integer' ? 'ctx.whole' : 'ctx.notNumber');
    else if (f.kind === 'integer' && !Number.isInteger(n)) errors[key] = t('ctx.whole');
    else if (n < 0) errors[key] = t('ctx.negative');
    else if (f.min !== undefined && n < f.min)
      errors[key] =
        f.min === 1 && f.id === 'employees' ? t('ctx.atLeastOne') : t('ctx.atLeast', { min: f.min });
    else if (max !== undefined && n > max) errors[key] = t('ctx.atMost', { max });
  }
  const people = Number(value.employees);
  const managers = Number(value.projectManagers);
  if (
    !errors['context.projectManagers'] &&
    value.projectManagers !== undefined &&
    value.projectManagers !== '' &&
    value.employees !== undefined &&
    value.employees !== '' &&
    managers > people
  )
    errors['context.projectManagers'] = t('ctx.moreManagers', { managers, people });
  return errors;
};
