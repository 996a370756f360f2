import type { Rates } from '../contract/api';
import type { OrganisationContext } from '../contract/context';
import type { Cost, Maturity, Sensitivity } from '../contract/result';
import { DEFAULT_DAY_RATE, WORKDAYS_PER_YEAR } from './business-case';
import { type DecideExtras, decideLabels, type Labels } from './decide';
import { MIN_PROJECTS_FOR_DIRECTIVE } from './model-fit';
import { MAX_SPEND_SHARE_OFFICE, WARN_SPEND_SHARE } from './office/spend-share';
import {
  MIN_EMPLOYEES_FOR_OFFICE,
  MIN_OFFICE_FTE,
  MIN_PROJECTS_FOR_PMO,
  PROGRAMME_MIN_BUDGET,
  PROGRAMME_MIN_EMPLOYEES,
  spendShareLimit,
} from './pmo-need';
import { type EngineKey, english, msg, type Say } from './say';
import { situationOf } from './situation';

type Value = string | number | boolean;

/** Values where a rule changes its mind; each gives the value itself and the one below. */
const EDGES: Partial<Record<keyof OrganisationContext, readonly number[]>> = {
  employees: [MIN_EMPLOYEES_FOR_OFFICE, 50, 100, 250, PROGRAMME_MIN_EMPLOYEES, 1000],
  concurrentProjects: [1, MIN_PROJECTS_FOR_PMO, MIN_PROJECTS_FOR_DIRECTIVE, 6, 11, 16, 21, 26, 31],
  projectManagers: [1, 2, 3, 5, 11],
  annualProjectBudget: [1_000_000, PROGRAMME_MIN_BUDGET, 10_000_000],
};

const CHOICES: Partial<Record<keyof OrganisationContext, readonly Value[]>> = {
  pmExpertise: ['none', 'basic', 'strong'],
  urgency: ['low', 'medium', 'high'],
  controlAppetite: ['low', 'medium', 'high'],
  resourceContention: ['low', 'medium', 'high'],
  horizon: ['temporary', 'lasting'],
  existingPmo: ['none', 'weather-station', 'control-tower', 'resource-source'],
  regulated: [false, true],
};

const DEFAULTS: Partial<Record<keyof OrganisationContext, Value>> = { existingPmo: 'none', regulated: false };

const numericCandidates = (
  field: keyof OrganisationContext,
  current: number,
  extra: readonly number[] = [],
): number[] => {
  // A sum of money has no neighbouring integers worth probing: it is probed where the rules read it
  // (its edges and the spend lines, `extra`), and at double and half.
  const near = field === 'annualProjectBudget' ? [] : Array.from({ length: 7 }, (_, i) => current - 3 + i);
  const edges = [...(EDGES[field] ?? []), ...extra].flatMap((e) => [e - 1, e]);
  return (
    [...new Set([...near, ...edges, current * 2, Math.floor(current / 2)])]
      // An organisation running projects is never probed with none: that is another situation, not a
      // figure to check (round 23: "with 0 projects instead of 1, no PMO" told a one-project firm nothing).
      .filter((v) => v >= (field === 'concurrentProjects' && current > 0 ? 1 : 0) && v !== current)
      .sort((a, b) => Math.abs(a - current) - Math.abs(b - current) || a - b)
  );
};

const effectOf = (a: Labels, b: Labels, say: Say): string | null => {
  const changes = (['verdict', 'model', 'sourcing'] as const)
    .filter((k) => a[k] !== b[k])
    .map((k) =>
      say(
        msg('sensitivity.change', {
          aspect: msg(`sensitivity.${k}`),
          from: msg(`sensitivity.${k}.${a[k]}` as EngineKey),
          to: msg(`sensitivity.${k}.${b[k]}` as EngineKey),
        }),
      ),
    );
  return changes.length === 0 ? null : changes.join('; ');
};

const valid = (c: OrganisationContext): boolean => c.employees >= 1 && c.projectManagers <= c.employees;

/**
 * For each context field, the smallest change in each direction that changes the verdict, the
 * model or the sourcing, with maturity held as assessed. Numeric fields try nearby values and
 * the rules' edges, nearest first; choice fields try every other value.
 */
/** One change the analysis found, with the labels before and after it (borderline.ts reads them). */
export interface Probe extends Sensitivity {
  before: Labels;
  after: Labels;
}

/** The probes of a result whose office costs `cost` a year, or none where the caller asks for no analysis. */
export const probesFor = (
  context: OrganisationContext,
  maturity: Maturity,
  options: { rates?: Rates; say: Say; sensitivity?: boolean },
  extras: DecideExtras,
  cost: Cost | null,
): Probe[] =>
  options.sensitivity === false
    ? []
    : probesOf(context, maturity, options.rates, options.say, extras, undefined, cost);

export const sensitivityOf = (...args: Parameters<typeof probesOf>): Sensitivity[] =>
  probesOf(...args).map(({ field, from, to, effect }) => ({ field, from, to, effect }));

/** The changes sensitivityOf reports, each with its labels before and after. */
export const probesOf = (
  context: OrganisationContext,
  maturity: Maturity,
  rates?: Rates,
  say: Say = english,
  /** What the shown decision read besides the context (stakeholders' asks, importance, views): probes read it too. */
  extras: DecideExtras = {},
  /**
   * A context's labels: the decision's own, said by nobody and stopped where they are known
   * (decideLabels). Tests pass the full decision's to show the two find the same changes.
   */
  labelsAt: (c: OrganisationContext) => Labels = (c) => decideLabels(c, maturity, rates, extras),
  /** The yearly cost of the office the result shows: the spends at which it crosses the spend lines are probed. */
  cost?: Cost | null,
): Probe[] => {
  const situation = situationOf(context, rates?.currency);
  const before = labelsAt(situation);
  // The spend at which the smallest office reaches the share of spend the need allows it (need-edge.ts).
  const smallest = MIN_OFFICE_FTE * (rates?.dayRate ?? DEFAULT_DAY_RATE.internal) * WORKDAYS_PER_YEAR;
  const affordableFrom = Math.ceil(smallest / spendShareLimit(situation));
  // The spends at which the office shown crosses the warning line and the hard line (spend-line.ts):
  // where a dearer staffing or a smaller office gives way, the verdict, model or sourcing may turn.
  const lines = cost
    ? [WARN_SPEND_SHARE, MAX_SPEND_SHARE_OFFICE].map((l) => Math.ceil(cost.annual.max / l))
    : [];
  const spendEdges = [affordableFrom, ...lines];
  const out: Probe[] = [];
  const tryValue = (field: keyof OrganisationContext, from: Value, to: number | Value) => {
    // From the situation (defaults filled in), so no probe copies the context twice; a spend from the
    // context, as stated, so that customer orders' value moves with it (situation.ts reads both).
    const changed =
      field === 'annualProjectBudget'
        ? situationOf({ ...context, annualProjectBudget: to as number }, rates?.currency)
        : ({ ...situation, [field]: to } as OrganisationContext);
    if (!valid(changed)) return false;
    const after = labelsAt(changed);
    const effect = effectOf(before, after, say);
    if (!effect) return false;
    out.push({ field, from, to, effect, before, after });
    return true;
  };
  for (const field of [
    'employees',
    'concurrentProjects',
    'projectManagers',
    'annualProjectBudget',
  ] as const) {
    const current = context[field];
    if (current === undefined) {
      // Spend not given: try the figures at which the rules read spend, smallest first.
      const given = [...(EDGES[field] ?? []), ...(field === 'annualProjectBudget' ? spendEdges : [])];
      for (const v of given.sort((a, b) => a - b)) if (tryValue(field, 'not given', v)) break;
      continue;
    }
    const candidates = numericCandidates(field, current, field === 'annualProjectBudget' ? spendEdges : []);
    for (const direction of [-1, 1]) {
      for (const v of candidates.filter((x) => Math.sign(x - current) === direction))
        if (tryValue(field, current, v)) break;
    }
  }
  for (const [field, values] of Object.entries(CHOICES) as [keyof OrganisationContext, readonly Value[]][]) {
    const current = (context[field] ?? DEFAULTS[field]) as Value;
    for (const v of values) if (v !== current) tryValue(field, current, v);
  }
  return out;
};
