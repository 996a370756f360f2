import type { DeliveryApproach, OrganisationContext, ProjectsFor } from '../../../functions/contract/context';
import type { QuestionnaireDocument } from '../api/client';
import { t } from '../i18n';
import { usePublicTexts } from '../i18n/public';

/** A context field as the questionnaire asks it (context-labels names the same type). */
type ContextFieldDef = QuestionnaireDocument['context'][number];

/** The contract's values (the contract is imported for its types only, never at run time). */
const DELIVERY_APPROACHES: readonly DeliveryApproach[] = ['plan-driven', 'agile', 'mixed'];
const PROJECTS_FOR: readonly ProjectsFor[] = ['own-organisation', 'customers', 'both'];

type Values = Partial<Record<keyof OrganisationContext, unknown>>;

/**
 * Edition 3's context fields, asked by the web beside the questionnaire's own: how long a temporary
 * need lasts, how projects are delivered, whom they are for (an addition to edition 3), the size of the office in place and the units that run
 * projects separately. Each goes right after the field it belongs with; a field the questionnaire
 * document already carries is taken from there instead.
 */
const EXTRA: { after: string; field: () => ContextFieldDef }[] = [
  {
    after: 'projectManagers',
    field: () => ({
      id: 'businessUnits',
      label: t('ctx3.businessUnits.label'),
      help: t('ctx3.businessUnits.help'),
      kind: 'integer',
      optional: true,
      min: 1,
    }),
  },
  {
    after: 'pmExpertise',
    field: () => ({
      id: 'deliveryApproach',
      label: t('ctx3.deliveryApproach.label'),
      help: t('ctx3.deliveryApproach.help'),
      kind: 'choice',
      optional: true,
      options: DELIVERY_APPROACHES.map((value) => ({ value, label: t(`ctx3.deliveryApproach.${value}`) })),
    }),
  },
  {
    after: 'deliveryApproach',
    field: () => ({
      id: 'projectsFor',
      label: t('ctx3.projectsFor.label'),
      help: t('ctx3.projectsFor.help'),
      kind: 'choice',
      optional: true,
      options: PROJECTS_FOR.map((value) => ({ value, label: t(`ctx3.projectsFor.${value}`) })),
    }),
  },
  {
    after: 'horizon',
    field: () => ({
      id: 'horizonMonths',
      label: t('ctx3.horizonMonths.label'),
      help: t('ctx3.horizonMonths.help'),
      kind: 'integer',
      optional: true,
      min: 3,
    }),
  },
  {
    after: 'existingPmo',
    field: () => ({
      id: 'existingPmoFte',
      label: t('ctx3.existingPmoFte.label'),
      help: t('ctx3.existingPmoFte.help'),
      kind: 'number',
      optional: true,
      min: 0,
    }),
  },
];

/** The contract's upper bounds, checked in the form so a figure the API would refuse is said at once. */
export const CONTEXT_MAX: Readonly<Record<string, number>> = {
  employees: 10_000_000,
  concurrentProjects: 100_000,
  projectManagers: 100_000,
  annualProjectBudget: 1e13,
  horizonMonths: 120,
  existingPmoFte: 100_000,
  businessUnits: 10_000,
};

/** The questionnaire's context fields with edition 3's, each after the field it belongs with. */
export const withEditionThree = (fields: readonly ContextFieldDef[]): ContextFieldDef[] => {
  // The fields' words live with the public texts; a consultant's page may not have asked for them yet.
  usePublicTexts();
  const out = [...fields];
  for (const extra of EXTRA) {
    const field = extra.field();
    if (out.some((f) => f.id === field.id)) continue;
    const at = out.findIndex((f) => f.id === extra.after);
    out.splice(at < 0 ? out.length : at + 1, 0, field);
  }
  return out;
};

/**
 * Whether a field applies to the values given: the months of a temporary need only with a temporary
 * horizon, the size of the office in place only when one exists.
 */
export const applies = (id: string, values: Values): boolean =>
  id === 'horizonMonths'
    ? values.horizon === 'temporary'
    : id === 'existingPmoFte'
      ? values.existingPmo !== undefined && values.existingPmo !== 'none' && values.existingPmo !== ''
      : true;

/** The fields that apply to the values given, in order. */
export const applicable = <F extends { id: string }>(fields: readonly F[], values: Values): F[] =>
  fields.filter((f) => applies(f.id, values));

/** The values without those of fields that no longer apply (a lasting need has no months). */
export const withoutInapplicable = <V extends Values>(values: V): V => {
  const out = { ...values };
  for (const id of ['horizonMonths', 'existingPmoFte'] as const)
    if (out[id] !== undefined && !applies(id, out)) delete out[id];
  return out;
};
