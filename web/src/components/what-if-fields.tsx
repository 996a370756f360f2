import type { OrganisationContext } from '../../../functions/contract/context';
import { t } from '../i18n';
import type { ReportKey } from '../i18n/report-en';

/** The context choices a what-if can change, with the questionnaire's labels (report catalogue). */
const CHOICES: { key: keyof OrganisationContext; label: ReportKey; options: string[] }[] = [
  { key: 'controlAppetite', label: 'compare.appetite', options: ['low', 'medium', 'high'] },
  { key: 'resourceContention', label: 'compare.contention', options: ['low', 'medium', 'high'] },
  { key: 'pmExpertise', label: 'compare.expertise', options: ['none', 'basic', 'strong'] },
  { key: 'urgency', label: 'compare.urgency', options: ['low', 'medium', 'high'] },
  { key: 'horizon', label: 'compare.horizon', options: ['temporary', 'lasting'] },
];

type Set = (patch: Partial<OrganisationContext>) => void;

/** A whole-number context field; an emptied field reads as its minimum, never as a negative. */
export const CountField = ({
  field,
  label,
  min,
  context,
  set,
}: {
  field: 'concurrentProjects' | 'employees';
  label: ReportKey;
  min: number;
  context: OrganisationContext;
  set: Set;
}) => (
  <div class="field">
    <label for={`wi-${field}`}>{t(label)}</label>
    <input
      id={`wi-${field}`}
      type="number"
      min={min}
      value={context[field]}
      onInput={(e) => set({ [field]: Math.max(min, Number((e.target as HTMLInputElement).value) || min) })}
    />
  </div>
);

/** One select per choice of the context, shared by the comparison page and the share page's what-if. */
export const ChoiceFields = ({ context, set }: { context: OrganisationContext; set: Set }) => (
  <>
    {CHOICES.map((c) => (
      <div class="field" key={c.key}>
        <label for={`wi-${c.key}`}>{t(c.label)}</label>
        <select
          id={`wi-${c.key}`}
          value={String(context[c.key])}
          onChange={(e) =>
            set({ [c.key]: (e.target as HTMLSelectElement).value } as Partial<OrganisationContext>)
          }
        >
          {c.options.map((o) => (
            <option key={o} value={o}>
              {t(`compare.option.${o}` as ReportKey)}
            </option>
          ))}
        </select>
      </div>
    ))}
  </>
);
