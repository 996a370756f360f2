import { useEffect, useMemo, useState } from 'preact/hooks';
import { CONTEXT_FIELDS } from '../../../functions/core/questionnaire/context-fields';
import { getModel, type QuestionnaireDocument } from '../api/client';
import { language, num, t } from '../i18n';
import { usePublicTexts } from '../i18n/public';
import { withEditionThree } from './context-fields-3';

/** A context field as the questionnaire asks it: the same label and option texts in every view. */
export type ContextFieldDef = QuestionnaireDocument['context'][number];

const cache = new Map<string, Promise<ContextFieldDef[]>>();

/**
 * The questionnaire's context fields in the reader's language, from the questionnaire document the
 * API serves (English is that document's source, so it needs no request), with edition 3's.
 */
export const useContextFields = (): readonly ContextFieldDef[] => {
  // The option texts' fallbacks ("not stated", yes, no) are public texts.
  usePublicTexts();
  const reading = language.value;
  const [loaded, setLoaded] = useState<{ language: string; fields: ContextFieldDef[] } | null>(null);
  useEffect(() => {
    if (reading === 'en') return;
    let live = true;
    let fields = cache.get(reading);
    if (!fields) {
      fields = getModel().then((m) => m.context);
      cache.set(reading, fields);
      fields.catch(() => cache.delete(reading));
    }
    fields.then(
      (f) => live && setLoaded({ language: reading, fields: f }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [reading]);
  const base = reading !== 'en' && loaded?.language === reading ? loaded.fields : CONTEXT_FIELDS;
  return useMemo(() => withEditionThree(base), [base, reading]);
};

/** A value as the questionnaire words it: an option's label, yes or no, "not stated", or a number. */
export const valueText = (f: ContextFieldDef, v: unknown): string => {
  if (v === undefined || v === '') return t('form.notStated');
  if (f.kind === 'boolean') return t(v ? 'form.yes' : 'form.no');
  if (typeof v === 'number') return num(v);
  return f.options?.find((o) => o.value === v)?.label ?? String(v);
};
