import type { OrganisationContext } from '../../../functions/contract/context';
import type { QuestionnaireDocument } from '../api/client';
import { t } from '../i18n';
import { usePublicTexts } from '../i18n/public';

export type ContextDraft = Partial<Record<keyof OrganisationContext, string | number | boolean>>;

interface Props {
  fields: QuestionnaireDocument['context'];
  value: ContextDraft;
  onChange: (value: ContextDraft) => void;
  errors?: Record<string, string>;
}

/** The organisation's context: numbers and choices, each with a line of help. */
export const ContextForm = ({ fields, value, onChange, errors = {} }: Props) => {
  usePublicTexts();
  return (
    <div class="context-form">
      {fields.map((f) => {
        const id = `ctx-${f.id}`;
        const error = errors[`context.${f.id}`];
        const set = (v: string | number | boolean) => {
          // An optional field left empty is left out, so the engine applies its documented default.
          if (f.optional && v === '') {
            const { [f.id as keyof ContextDraft]: _, ...rest } = value;
            onChange(rest);
          } else onChange({ ...value, [f.id]: v });
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
