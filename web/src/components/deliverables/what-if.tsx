import { useMemo, useState } from 'preact/hooks';
import type { OrganisationContext } from '../../../../functions/contract/context';
import type { Maturity } from '../../../../functions/contract/result';
import { recommend } from '../../../../functions/core/evaluate';
import { PMO_MODELS } from '../../../../functions/core/pmo-models';
import { QUESTIONNAIRE } from '../../../../functions/core/questionnaire';
import { useEngineSay } from '../../i18n/engine';

const CHOICES: { key: keyof OrganisationContext; label: string; options: string[] }[] = [
  { key: 'controlAppetite', label: 'Appetite for central control', options: ['low', 'medium', 'high'] },
  { key: 'resourceContention', label: 'Competition for shared people', options: ['low', 'medium', 'high'] },
  { key: 'pmExpertise', label: 'In-house PM expertise', options: ['none', 'basic', 'strong'] },
  { key: 'urgency', label: 'Urgency', options: ['low', 'medium', 'high'] },
  { key: 'horizon', label: 'Need', options: ['temporary', 'lasting'] },
];

/** The option comparison with a live what-if, run in the browser by the same pure engine. */
export const WhatIf = ({ context: real, maturity }: { context: OrganisationContext; maturity: Maturity }) => {
  const [context, setContext] = useState(real);
  // The engine speaks as the report around it does: in the reader's language once loaded.
  const say = useEngineSay();
  const outcome = useMemo(
    () => recommend(QUESTIONNAIRE, context, maturity, { say }),
    [context, maturity, say],
  );
  const { pmo } = outcome;
  const set = (patch: Partial<OrganisationContext>) => setContext({ ...context, ...patch });
  const changed = JSON.stringify(context) !== JSON.stringify(real);
  return (
    <section aria-labelledby="what-if-title" class="compare">
      <h2 id="what-if-title">Compare the options: what if…</h2>
      <fieldset class="what-if">
        <legend>Change the situation and see the recommendation move</legend>
        <div class="context-form">
          <div class="field">
            <label for="wi-projects">Projects at once</label>
            <input
              id="wi-projects"
              type="number"
              min={0}
              value={context.concurrentProjects}
              onInput={(e) =>
                set({ concurrentProjects: Math.max(0, Number((e.target as HTMLInputElement).value) || 0) })
              }
            />
          </div>
          {CHOICES.map((c) => (
            <div class="field" key={c.key}>
              <label for={`wi-${c.key}`}>{c.label}</label>
              <select
                id={`wi-${c.key}`}
                value={String(context[c.key])}
                onChange={(e) =>
                  set({ [c.key]: (e.target as HTMLSelectElement).value } as Partial<OrganisationContext>)
                }
              >
                {c.options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        {changed && (
          <button type="button" onClick={() => setContext(real)}>
            Back to the real situation
          </button>
        )}
      </fieldset>
      <p class="verdict" role="status" aria-live="polite">
        <strong>
          {pmo.needed && pmo.model
            ? `What-if recommendation: ${PMO_MODELS.find((m) => m.id === pmo.model)?.name}, ${pmo.sourcing}`
            : 'What-if recommendation: no PMO yet'}
        </strong>{' '}
        ({pmo.need.score}/100 need points{changed ? ', with your changes' : ''})
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable) */}
      <section class="table-scroll" tabIndex={0} aria-label="Scrollable table">
        <table class="data">
          <caption>Fit of the three PMO models</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Control</th>
              <th scope="col">Fit</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {pmo.fit.map((f) => (
              <tr key={f.model}>
                <th scope="row">
                  {f.name}
                  {pmo.model === f.model && pmo.needed ? ' (recommended)' : ''}
                </th>
                <td>{f.control}</td>
                <td>{f.score}/100</td>
                <td>{f.reasons.slice(0, 2).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
};
