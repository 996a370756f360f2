import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OrganisationContext } from '../../../functions/contract/context';
import type { Maturity } from '../../../functions/contract/result';
import { recommend } from '../../../functions/core/evaluate';
import { PMO_MODELS } from '../../../functions/core/pmo-models';
import { QUESTIONNAIRE } from '../../../functions/core/questionnaire';
import { getAssessment, getResults } from '../api/client';
import { FactorList } from '../components/fit-comparison';

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

      <div class="table-scroll">
        <table class="data compare-table">
          <caption>The three PMO models side by side</caption>
          <thead>
            <tr>
              <th scope="col">
                <span class="sr-only">Aspect</span>
              </th>
              {PMO_MODELS.map((m) => (
                <th scope="col" key={m.id} class={pmo.model === m.id ? 'recommended' : ''}>
                  {m.name}
                  {pmo.model === m.id && <span class="badge">Recommended</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Fit</th>
              {PMO_MODELS.map((m) => {
                const fit = pmo.fit.find((f) => f.model === m.id);
                return (
                  <td key={m.id}>
                    <strong>{fit?.score}/100</strong>
                    {fit && (
                      <details>
                        <summary>Why</summary>
                        <FactorList factors={fit.factors} />
                      </details>
                    )}
                  </td>
                );
              })}
            </tr>
            <tr>
              <th scope="row">Control</th>
              {PMO_MODELS.map((m) => (
                <td key={m.id}>{m.control}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">What it does</th>
              {PMO_MODELS.map((m) => (
                <td key={m.id}>{m.does}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Maturity needed</th>
              {PMO_MODELS.map((m) => (
                <td key={m.id}>
                  Level {m.requiredLevel}
                  {m.requiredLevel > basis.maturity.level ? ' ⚠ above today\u2019s level' : ' ✓'}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Staffing and cost</th>
              {PMO_MODELS.map((m) => (
                <td key={m.id}>{m.staffing}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Time to first value</th>
              {PMO_MODELS.map((m) => (
                <td key={m.id}>{m.timeToValue}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Prerequisites</th>
              {PMO_MODELS.map((m) => (
                <td key={m.id}>{m.prerequisites.join('; ')}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Risks</th>
              {PMO_MODELS.map((m) => (
                <td key={m.id}>{m.risks.join('; ')}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>

      <div class="table-scroll">
        <table class="data compare-table">
          <caption>Internal, outsourced or hybrid</caption>
          <thead>
            <tr>
              <th scope="col">
                <span class="sr-only">Aspect</span>
              </th>
              {SOURCING.map((s) => (
                <th scope="col" key={s.id} class={pmo.sourcing === s.id ? 'recommended' : ''}>
                  {s.name}
                  {pmo.sourcing === s.id && <span class="badge">Recommended</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Fit</th>
              {SOURCING.map((s) => {
                const fit = pmo.sourcingFit.find((f) => f.sourcing === s.id);
                return (
                  <td key={s.id}>
                    <strong>{fit?.score}/100</strong>
                    {fit && (
                      <details>
                        <summary>Why</summary>
                        <FactorList factors={fit.factors} />
                      </details>
                    )}
                  </td>
                );
              })}
            </tr>
            <tr>
              <th scope="row">How it works</th>
              {SOURCING.map((s) => (
                <td key={s.id}>{s.what}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Speed</th>
              {SOURCING.map((s) => (
                <td key={s.id}>{s.speed}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Ownership</th>
              {SOURCING.map((s) => (
                <td key={s.id}>{s.ownership}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Cost</th>
              {SOURCING.map((s) => (
                <td key={s.id}>{s.cost}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
};
