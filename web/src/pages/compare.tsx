import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Factor, Maturity } from '../../../functions/contract/result';
import { recommend } from '../../../functions/core/evaluate';
import { PMO_MODELS } from '../../../functions/core/pmo-models';
import { QUESTIONNAIRE } from '../../../functions/core/questionnaire';
import { getAssessment, getResults } from '../api/client';
import { FactorList } from '../components/fit-comparison';
import { BusinessCase } from '../components/recommendation-details';

const SOURCING = [
  {
    id: 'internal',
    name: 'Internal',
    what: 'Your own department diagnoses the culture and builds standards from existing practice.',
    speed: 'Slowest to set up',
    ownership: 'High: built and owned in-house',
    cost: 'Salaries of a lasting team',
  },
  {
    id: 'outsourced',
    name: 'Outsourced',
    what: 'An outside firm applies its own method to all or part of the organisation.',
    speed: 'Fastest start',
    ownership: 'Low: the method stays with the provider',
    cost: 'Recurring fees',
  },
  {
    id: 'hybrid',
    name: 'Hybrid',
    what: 'Outside experts stand the PMO up and hand it over to internal staff on a plan.',
    speed: 'Fast start',
    ownership: 'Grows with the hand-over',
    cost: 'Fees first, salaries later',
  },
] as const;

interface Basis {
  label: string;
  context: OrganisationContext;
  maturity: Maturity;
}

const loadBasis = async (assessmentId: string | null): Promise<Basis | null> => {
  if (assessmentId) {
    const [a, r] = await Promise.all([getAssessment(assessmentId), getResults(assessmentId)]);
    return r.result ? { label: a.clientName, context: a.context, maturity: r.result.maturity } : null;
  }
  const stored = localStorage.getItem('quick-check.last');
  return stored ? ({ label: 'your quick check', ...JSON.parse(stored) } as Basis) : null;
};

const choice = <K extends keyof OrganisationContext>(key: K, label: string, options: string[]) => ({
  key,
  label,
  options,
});
const CHOICES = [
  choice('controlAppetite', 'Appetite for central control', ['low', 'medium', 'high']),
  choice('resourceContention', 'Competition for shared people', ['low', 'medium', 'high']),
  choice('pmExpertise', 'In-house PM expertise', ['none', 'basic', 'strong']),
  choice('urgency', 'Urgency', ['low', 'medium', 'high']),
  choice('horizon', 'Need', ['temporary', 'lasting']),
];

const profile = (id: string) => PMO_MODELS.find((m) => m.id === id) as (typeof PMO_MODELS)[number];
const sourcing = (id: string) => SOURCING.find((s) => s.id === id) as (typeof SOURCING)[number];

/** A score with the factors behind it, folded away. */
const FitCell = ({ fit }: { fit: { score: number; factors: Factor[] } | undefined }) =>
  fit ? (
    <>
      <strong>{fit.score}/100</strong>
      <details>
        <summary>Why</summary>
        <FactorList factors={fit.factors} />
      </details>
    </>
  ) : null;

/** Options as columns, aspects as rows; the recommended column is marked. */
const SideBySide = ({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: { id: string; name: string; recommended: boolean }[];
  rows: [string, (id: string) => ComponentChildren][];
}) => (
  <div class="table-scroll">
    <table class="data compare-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span class="sr-only">Aspect</span>
          </th>
          {columns.map((c) => (
            <th scope="col" key={c.id} class={c.recommended ? 'recommended' : ''}>
              {c.name}
              {c.recommended && <span class="badge">Recommended</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, cell]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {columns.map((c) => (
              <td key={c.id}>{cell(c.id)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

const blockersOf = (fit: { eligible: boolean; blockers: string[] } | undefined) =>
  !fit ? '' : fit.eligible ? '\u2713' : `\u2717 ${fit.blockers.join(' ')}`;

/** Leadership's view: the three models and the sourcing options side by side, with a live what-if. */
export const ComparePage = () => {
  const assessmentId = new URLSearchParams(location.search).get('assessment');
  const [basis, setBasis] = useState<Basis | null | undefined>(undefined);
  const [context, setContext] = useState<OrganisationContext | null>(null);
  useEffect(() => {
    loadBasis(assessmentId).then(
      (b) => {
        setBasis(b);
        if (b) setContext(b.context);
      },
      () => setBasis(null),
    );
  }, [assessmentId]);
  const outcome = useMemo(
    () => (basis && context ? recommend(QUESTIONNAIRE, context, basis.maturity) : null),
    [basis, context],
  );

  if (basis === undefined) return <p aria-busy="true">Loading…</p>;
  if (!basis || !context || !outcome) {
    return (
      <section>
        <h1>Compare the PMO options</h1>
        <p>
          The comparison needs a maturity result: take the <a href="/quick-check">quick check</a>, or open it
          from an assessment report.
        </p>
      </section>
    );
  }
  const { pmo } = outcome;
  const set = (patch: Partial<OrganisationContext>) => setContext({ ...context, ...patch });
  const changed = JSON.stringify(context) !== JSON.stringify(basis.context);

  return (
    <section class="compare">
      <h1>Compare the PMO options</h1>
      <p class="muted">
        Based on the maturity of {basis.label}: level {basis.maturity.level} ({basis.maturity.levelName}),
        score {basis.maturity.overall.toFixed(2)}.
      </p>

      <fieldset class="what-if">
        <legend>What if…</legend>
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
          <div class="field">
            <label for="wi-employees">People</label>
            <input
              id="wi-employees"
              type="number"
              min={1}
              value={context.employees}
              onInput={(e) =>
                set({ employees: Math.max(1, Number((e.target as HTMLInputElement).value) || 1) })
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
          <button type="button" onClick={() => setContext(basis.context)}>
            Back to the real context
          </button>
        )}
      </fieldset>

      <p class="verdict" role="status" aria-live="polite">
        <strong>
          {pmo.needed && pmo.model
            ? `Recommendation: ${PMO_MODELS.find((m) => m.id === pmo.model)?.name}, ${pmo.sourcing}`
            : 'Recommendation: no PMO yet'}
        </strong>{' '}
        ({pmo.need.score}/100 need points{changed ? ', with your what-if changes' : ''})
        {pmo.needed && pmo.readiness.stretch ? `. ${pmo.readiness.explanation}` : ''}
      </p>

      <BusinessCase pmo={pmo} rollout={outcome.rollout} />

      <SideBySide
        caption="The three PMO models side by side"
        columns={PMO_MODELS.map((m) => ({ id: m.id, name: m.name, recommended: pmo.model === m.id }))}
        rows={[
          ['Fit', (id) => <FitCell fit={pmo.fit.find((f) => f.model === id)} />],
          ['Eligible', (id) => blockersOf(pmo.fit.find((f) => f.model === id))],
          ['Control', (id) => profile(id).control],
          ['What it does', (id) => profile(id).does],
          [
            'Maturity needed',
            (id) =>
              `Level ${profile(id).requiredLevel}${profile(id).requiredLevel > basis.maturity.level ? ' \u26a0 above today\u2019s level' : ' \u2713'}`,
          ],
          ['Staffing and cost', (id) => profile(id).staffing],
          ['Time to first value', (id) => profile(id).timeToValue],
          ['Prerequisites', (id) => profile(id).prerequisites.join('; ')],
          ['Risks', (id) => profile(id).risks.join('; ')],
        ]}
      />
      <SideBySide
        caption="Internal, outsourced or hybrid"
        columns={SOURCING.map((s) => ({ id: s.id, name: s.name, recommended: pmo.sourcing === s.id }))}
        rows={[
          ['Fit', (id) => <FitCell fit={pmo.sourcingFit.find((f) => f.sourcing === id)} />],
          ['Eligible', (id) => blockersOf(pmo.sourcingFit.find((f) => f.sourcing === id))],
          ['How it works', (id) => sourcing(id).what],
          ['Speed', (id) => sourcing(id).speed],
          ['Ownership', (id) => sourcing(id).ownership],
          ['Cost', (id) => sourcing(id).cost],
        ]}
      />
    </section>
  );
};
