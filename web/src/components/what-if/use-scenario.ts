import { useMemo, useState } from 'preact/hooks';
import type { OrganisationContext } from '../../../../functions/contract/context';
import { withoutInapplicable } from '../context-fields-3';
import { type ContextFieldDef, useContextFields } from '../context-labels';
import {
  applyDrafts,
  choiceValue,
  type Key,
  scenarioFromQuery,
  scenarioSearch,
  withValue,
} from './scenario-codec';

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
    // A lasting need has no months, and no office in place no size: those values go with the choice.
    commit({ ...state, scenario: withoutInapplicable(withValue(context, id as Key, c.value)) });
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
