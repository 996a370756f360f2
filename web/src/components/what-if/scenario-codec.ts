import type { OrganisationContext } from '../../../../functions/contract/context';
import { t } from '../../i18n';
import type { ContextFieldDef } from '../context-labels';

/**
 * The what-if scenario as text: field values parsed and checked, and written to and read from the
 * address bar (only the values that differ from the real ones). Pure: no component state.
 */
export type Key = keyof OrganisationContext;
export type Values = Partial<Record<Key, string | number | boolean>>;

/** Short, readable names for the scenario in the address bar; one per context field. */
const PARAMS: Record<Key, string> = {
  employees: 'people',
  concurrentProjects: 'projects',
  projectManagers: 'managers',
  pmExpertise: 'expertise',
  urgency: 'urgency',
  controlAppetite: 'control',
  resourceContention: 'contention',
  horizon: 'horizon',
  annualProjectBudget: 'budget',
  existingPmo: 'existing',
  regulated: 'regulated',
  // Edition 3: links made before these existed simply do not carry them.
  horizonMonths: 'months',
  deliveryApproach: 'delivery',
  // An addition to edition 3.
  projectsFor: 'for',
  existingPmoFte: 'office-fte',
  businessUnits: 'units',
};
/** The contract's upper bounds, so a what-if stays a context the engine accepts. */
const MAX: Partial<Record<Key, number>> = {
  employees: 10_000_000,
  concurrentProjects: 100_000,
  projectManagers: 100_000,
  annualProjectBudget: 1e13,
  horizonMonths: 120,
  existingPmoFte: 100_000,
  businessUnits: 10_000,
};

export const isNumeric = (f: ContextFieldDef) => f.kind === 'integer' || f.kind === 'number';

type Parsed = { value: number | undefined } | { error: string };

/** A typed number, checked in plain words; an empty optional field means "not stated". */
const parseNumber = (f: ContextFieldDef, text: string): Parsed => {
  const s = text.trim();
  if (s === '') return f.optional ? { value: undefined } : { error: t('compare.error.empty') };
  // Plain decimal digits only: a link's "0x10" or "1e3" is not a figure anyone meant.
  const n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
  if (!Number.isFinite(n)) return { error: t('compare.error.notNumber') };
  if (n < 0) return { error: t('compare.error.negative') };
  if (f.kind === 'integer' && !Number.isInteger(n)) return { error: t('compare.error.whole') };
  if (f.min !== undefined && n < f.min)
    return {
      error: f.id === 'employees' ? t('compare.error.onePerson') : t('compare.error.min', { min: f.min }),
    };
  const max = MAX[f.id as Key];
  if (max !== undefined && n > max) return { error: t('compare.error.max', { max }) };
  return { value: n };
};

export const withValue = (c: OrganisationContext, key: Key, value: unknown): OrganisationContext => {
  const next = { ...c } as Values;
  if (value === undefined) delete next[key];
  else next[key] = value as string | number | boolean;
  return next as OrganisationContext;
};

/**
 * The scenario the engine scores: every valid typed number applied to the last valid scenario.
 * A field left empty or wrong keeps its last valid value (and says so), so the verdict never
 * moves on a half-typed figure; more project managers than people is refused the same way.
 */
export const applyDrafts = (
  fields: readonly ContextFieldDef[],
  scenario: OrganisationContext,
  drafts: Readonly<Record<string, string>>,
): { context: OrganisationContext; errors: Record<string, string> } => {
  let context = scenario;
  const errors: Record<string, string> = {};
  for (const f of fields) {
    const text = drafts[f.id];
    if (text === undefined || !isNumeric(f)) continue;
    const parsed = parseNumber(f, text);
    if ('error' in parsed) errors[f.id] = parsed.error;
    else context = withValue(context, f.id as Key, parsed.value);
  }
  if (context.projectManagers > context.employees) {
    const message = t('compare.error.managers', {
      managers: context.projectManagers,
      people: context.employees,
    });
    // The figure being typed carries the message; both keep their last valid values.
    const at =
      drafts.projectManagers !== undefined && !errors.projectManagers ? 'projectManagers' : 'employees';
    errors[at] = message;
    context = {
      ...context,
      projectManagers: scenario.projectManagers,
      employees: scenario.employees,
    };
  }
  return { context, errors };
};

export const choiceValue = (f: ContextFieldDef, raw: string): { ok: boolean; value?: string | boolean } => {
  if (raw === '') return { ok: !!f.optional };
  if (f.kind === 'boolean')
    return raw === 'true' || raw === 'false' ? { ok: true, value: raw === 'true' } : { ok: false };
  return f.options?.some((o) => o.value === raw) ? { ok: true, value: raw } : { ok: false };
};

/** The scenario a link describes: its values applied to the real context; unusable ones listed. */
export const scenarioFromQuery = (
  fields: readonly ContextFieldDef[],
  real: OrganisationContext,
  search: string,
): { scenario: OrganisationContext; drafts: Record<string, string>; ignored: string[] } => {
  const query = new URLSearchParams(search);
  let scenario = real;
  const drafts: Record<string, string> = {};
  const ignored: string[] = [];
  for (const f of fields) {
    const raw = query.get(PARAMS[f.id as Key]);
    if (raw === null) continue;
    if (isNumeric(f)) drafts[f.id] = raw.slice(0, 20);
    else {
      const c = choiceValue(f, raw);
      if (c.ok) scenario = withValue(scenario, f.id as Key, c.value);
      else ignored.push(f.id);
    }
  }
  const applied = applyDrafts(fields, scenario, drafts);
  // Numbers that could not be used stay in their fields with the message; the others are applied.
  for (const id of Object.keys(drafts)) if (!applied.errors[id]) delete drafts[id];
  return { scenario: applied.context, drafts, ignored };
};

/** The address of a scenario: the page's own parameters, plus each value that differs from the real one. */
export const scenarioSearch = (
  fields: readonly ContextFieldDef[],
  real: OrganisationContext,
  scenario: OrganisationContext,
  search: string,
): string => {
  const query = new URLSearchParams(search);
  for (const f of fields) {
    const key = f.id as Key;
    query.delete(PARAMS[key]);
    if (scenario[key] !== real[key])
      query.set(PARAMS[key], scenario[key] === undefined ? '' : String(scenario[key]));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
};
