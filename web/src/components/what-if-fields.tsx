import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { PmoModelId, PmoRecommendation } from '../../../functions/contract/result';
import { msg } from '../../../functions/core/say';
import { num, t } from '../i18n';
import { useEngineSay } from '../i18n/engine';
import { usePublicTexts } from '../i18n/public';
import '../i18n/report';
import { type ContextFieldDef, useContextFields, valueText } from './context-labels';

type Key = keyof OrganisationContext;
type Values = Partial<Record<Key, string | number | boolean>>;

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
};
/** The contract's upper bounds, so a what-if stays a context the engine accepts. */
const MAX: Partial<Record<Key, number>> = {
  employees: 10_000_000,
  concurrentProjects: 100_000,
  projectManagers: 100_000,
  annualProjectBudget: 1e13,
};

const isNumeric = (f: ContextFieldDef) => f.kind === 'integer' || f.kind === 'number';

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

const withValue = (c: OrganisationContext, key: Key, value: unknown): OrganisationContext => {
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

const choiceValue = (f: ContextFieldDef, raw: string): { ok: boolean; value?: string | boolean } => {
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

export interface Scenario {
  fields: readonly ContextFieldDef[];
  real: OrganisationContext;
  /** The valid scenario the engine scores. */
  context: OrganisationContext;
  drafts: Record<string, string>;
  errors: Record<string, string>;
  /** Labels of the fields whose value in the link could not be used. */
  ignored: string[];
  changed: boolean;
  setNumber: (id: string, text: string) => void;
  setChoice: (id: string, raw: string) => void;
  reset: () => void;
}

/**
 * A what-if on top of the real context, kept in the address bar (replaced, not pushed, as fields
 * change) so a link reopens the same scenario. Only values that differ from the real ones go there.
 */
export const useScenario = (real: OrganisationContext): Scenario => {
  const fields = useContextFields();
  const [state, setState] = useState(() => {
    const s = scenarioFromQuery(fields, real, location.search);
    return { scenario: s.scenario, drafts: s.drafts, ignored: s.ignored };
  });
  const { context, errors } = useMemo(
    () => applyDrafts(fields, state.scenario, state.drafts),
    [fields, state.scenario, state.drafts],
  );
  type State = typeof state;
  /** Every change is written to the address at once (replaced, so Back still leaves the page). */
  const commit = (next: State) => {
    setState(next);
    const search = scenarioSearch(
      fields,
      real,
      applyDrafts(fields, next.scenario, next.drafts).context,
      location.search,
    );
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  };

  const setNumber = (id: string, text: string) => {
    const drafts = { ...state.drafts, [id]: text };
    const applied = applyDrafts(fields, state.scenario, drafts);
    // Typed values now in use need no draft, except the one being typed: it shows as typed.
    const kept = Object.fromEntries(
      Object.entries(drafts).filter(([k, v]) => applied.errors[k] || k === id || v === ''),
    );
    commit({ ...state, scenario: applied.context, drafts: kept });
  };
  const setChoice = (id: string, raw: string) => {
    const f = fields.find((x) => x.id === id);
    const c = f && choiceValue(f, raw);
    if (!f || !c?.ok) return;
    commit({ ...state, scenario: withValue(context, id as Key, c.value) });
  };
  const reset = () => commit({ scenario: real, drafts: {}, ignored: [] });
  const changed = fields.some((f) => context[f.id as Key] !== real[f.id as Key]);
  const ignored = fields.filter((f) => state.ignored.includes(f.id)).map((f) => f.label);
  return {
    fields,
    real,
    context,
    drafts: state.drafts,
    errors,
    ignored,
    changed,
    setNumber,
    setChoice,
    reset,
  };
};

/** The what-if fields: the questionnaire's labels and options, each change marked against the real value. */
export const WhatIfFields = ({ scenario }: { scenario: Scenario }) => {
  usePublicTexts();
  const { fields, real, context, drafts, errors } = scenario;
  return (
    <div class="context-form">
      {fields.map((f) => {
        const key = f.id as Key;
        const id = `wi-${f.id}`;
        const error = errors[f.id];
        const differs = context[key] !== real[key];
        const described =
          [differs && `${id}-was`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
        return (
          <div class={`field${differs ? ' changed' : ''}`} key={f.id}>
            <label for={id}>{f.label}</label>
            {isNumeric(f) ? (
              <input
                id={id}
                type="number"
                inputMode={f.kind === 'integer' ? 'numeric' : 'decimal'}
                min={f.min}
                step={f.kind === 'integer' ? 1 : 'any'}
                value={drafts[f.id] ?? (context[key] === undefined ? '' : String(context[key]))}
                aria-describedby={described}
                aria-invalid={error ? true : undefined}
                onInput={(e) => scenario.setNumber(f.id, (e.target as HTMLInputElement).value)}
              />
            ) : (
              <select
                id={id}
                value={context[key] === undefined ? '' : String(context[key])}
                aria-describedby={described}
                onChange={(e) => scenario.setChoice(f.id, (e.target as HTMLSelectElement).value)}
              >
                {f.optional && <option value="">{t('form.notStated')}</option>}
                {f.kind === 'boolean' ? (
                  <>
                    <option value="true">{t('form.yes')}</option>
                    <option value="false">{t('form.no')}</option>
                  </>
                ) : (
                  f.options?.map((o) => (
                    <option value={o.value} key={o.value}>
                      {o.label}
                    </option>
                  ))
                )}
              </select>
            )}
            {differs && (
              <small id={`${id}-was`} class="was">
                {t('compare.changedFrom', { value: valueText(f, real[key]) })}
              </small>
            )}
            {error && (
              <small id={`${id}-error`} class="error">
                {error} {t('compare.error.keeps', { value: valueText(f, context[key]) })}
              </small>
            )}
          </div>
        );
      })}
    </div>
  );
};

/** A signed difference in the reader's language: +12, −23, ±0. */
export const signed = (n: number): string => (n > 0 ? `+${num(n)}` : n < 0 ? `\u2212${num(-n)}` : '\u00b10');

type Pmo = PmoRecommendation;
/** The models in one fixed order, from least to most control, so the list does not reshuffle as fits move. */
const MODEL_ORDER: readonly PmoModelId[] = ['weather-station', 'control-tower', 'resource-source'];

/**
 * The verdict of a scenario and what moved against the real figures: need score, model, sourcing
 * and each model's fit. The first line is a polite live region; on phones it is pinned as a bar.
 */
export const ScenarioVerdict = ({
  real,
  now,
  changed,
  headline,
  extra,
  level = 2,
}: {
  real: Pmo;
  now: Pmo;
  changed: boolean;
  headline: string;
  extra?: string;
  /** The heading level of the changes list, under the page's or the section's heading. */
  level?: 2 | 3;
}) => {
  const Heading = level === 3 ? 'h3' : 'h2';
  const say = useEngineSay();
  const model = (p: Pmo) => (p.needed && p.model ? say(msg(`modelName.${p.model}`)) : t('compare.noModel'));
  const sourcing = (p: Pmo) =>
    p.needed && p.sourcing ? t(`sourcingName.${p.sourcing}`) : t('compare.noModel');
  const needDelta = now.need.score - real.need.score;
  return (
    <div class="scenario-side">
      <p class="verdict" role="status" aria-live="polite">
        <strong>{headline}</strong>{' '}
        <span class="need">
          {changed
            ? t('compare.needScoreChanged', {
                from: real.need.score,
                to: now.need.score,
                delta: signed(needDelta),
              })
            : t('compare.needScore', { score: now.need.score })}
        </span>
      </p>
      <section class="scenario-changes" aria-labelledby="scenario-changes-title">
        <Heading id="scenario-changes-title">{t('compare.changesTitle')}</Heading>
        {!changed && <p class="muted">{t('compare.noChanges')}</p>}
        <ul>
          <li>
            {model(real) === model(now)
              ? t('compare.modelSame', { model: model(now) })
              : t('compare.modelChanged', { from: model(real), to: model(now) })}
          </li>
          <li>
            {sourcing(real) === sourcing(now)
              ? t('compare.sourcingSame', { sourcing: sourcing(now) })
              : t('compare.sourcingChanged', { from: sourcing(real), to: sourcing(now) })}
          </li>
          {[...now.fit]
            .sort((a, b) => MODEL_ORDER.indexOf(a.model) - MODEL_ORDER.indexOf(b.model))
            .map((f) => {
              const before = real.fit.find((x) => x.model === f.model)?.score ?? f.score;
              const name = say(msg(`modelName.${f.model}`));
              return (
                <li key={f.model}>
                  {before === f.score
                    ? t('compare.fitSame', { name, score: f.score })
                    : t('compare.fitDelta', {
                        name,
                        from: before,
                        to: f.score,
                        delta: signed(f.score - before),
                      })}
                </li>
              );
            })}
        </ul>
        {extra && <p>{extra}</p>}
      </section>
    </div>
  );
};

/**
 * Copies the address of the scenario; says so on screen and to screen readers, or shows the link
 * to copy by hand. `scenario` is the scenario's identity: a change of it clears the old feedback.
 */
export const CopyScenarioLink = ({ scenario, copied }: { scenario: string; copied?: string }) => {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [href, setHref] = useState('');
  // Feedback about a link belongs to the scenario it was copied for.
  useEffect(() => setState('idle'), [scenario]);
  const copy = () => {
    const link = location.href;
    setHref(link);
    const done = navigator.clipboard?.writeText(link);
    if (!done) setState('failed');
    else
      done.then(
        () => setState('copied'),
        () => setState('failed'),
      );
  };
  return (
    <div class="copy-scenario">
      <button type="button" onClick={copy}>
        {t('compare.copyLink')}
      </button>
      <p role="status" aria-live="polite" class="copy-feedback">
        {state === 'copied'
          ? (copied ?? t('compare.copied'))
          : state === 'failed'
            ? t('compare.copyFailed')
            : ''}
      </p>
      {state === 'failed' && (
        <div class="field">
          <label for="scenario-link">{t('compare.linkLabel')}</label>
          <input
            id="scenario-link"
            readOnly
            value={href}
            onFocus={(e) => (e.target as HTMLInputElement).select()}
          />
        </div>
      )}
    </div>
  );
};

/** The what-if fields with their reset and the link to the scenario: one form for compare and share. */
export const ScenarioFieldset = ({
  scenario,
  legend,
  copied,
  copyable = true,
}: {
  scenario: Scenario;
  legend: string;
  copied?: string;
  /** False where the page's address is itself a secret (the share page's token). */
  copyable?: boolean;
}) => (
  <fieldset class="what-if">
    <legend>{legend}</legend>
    <WhatIfFields scenario={scenario} />
    <div class="scenario-actions">
      <button
        type="button"
        disabled={!scenario.changed && Object.keys(scenario.drafts).length === 0}
        onClick={scenario.reset}
      >
        {t('compare.reset')}
      </button>
      {copyable && <CopyScenarioLink scenario={JSON.stringify(scenario.context)} copied={copied} />}
    </div>
  </fieldset>
);
