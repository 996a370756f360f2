import type { Language } from '../../../functions/i18n/languages';
import { language } from '../i18n';

/** The kit's name, as its catalogues give it ('kit.open'), so the report's toolbar need not load them. */
const LABEL: Record<Language, string> = {
  en: 'Fieldwork kit',
  fr: 'Kit de validation terrain',
  de: 'Validierungsmappe',
};

/** The report toolbar's way to the printable fieldwork kit of the assessment. */
export const FieldworkLink = ({ assessmentId }: { assessmentId: string }) => (
  <a class="button" href={`/assessments/${assessmentId}/fieldwork`}>
    {LABEL[language.value]}
  </a>
);
