import type { Result } from '../api/client';

const SOURCING_NAME = { internal: 'Internal', outsourced: 'Outsourced', hybrid: 'Hybrid' } as const;

const Meter = ({ score, label }: { score: number; label: string }) => (
  <div class="meter">
    <meter class="sr-only" min={0} max={100} value={score} aria-label={label}>
      {score}/100
    </meter>
    <div class="meter-track" aria-hidden="true">
      <div class="meter-fill" style={{ width: `${score}%` }} />
    </div>
    <span class="meter-value" aria-hidden="true">
      {score}/100
    </span>
  </div>
);

/** The three PMO models side by side, best first, each with the factors behind its score. */
export const FitComparison = ({ pmo }: { pmo: Result['pmo'] }) => (
  <div class="cards">
    {pmo.fit.map((f, i) => (
      <article
        class={`card${pmo.model === f.model ? ' recommended' : ''}`}
        key={f.model}
        aria-labelledby={`fit-${f.model}`}
      >
        <h4 id={`fit-${f.model}`}>
          {f.name} <small>({f.control})</small>
          {pmo.model === f.model && <span class="badge">Recommended</span>}
          {!pmo.model && i === 0 && <span class="badge muted">Best fit if needed</span>}
        </h4>
        <Meter score={f.score} label={`${f.name} fit`} />
        <p class="muted">Needs maturity level {f.requiredLevel} or higher.</p>
        {f.reasons[0] && <p>{f.reasons[0]}</p>}
        <details class="fold">
          <summary>
            The {f.factors.length} factors behind {f.score}/100
          </summary>
          <FactorList factors={f.factors} />
        </details>
      </article>
    ))}
  </div>
);

export const SourcingComparison = ({ pmo }: { pmo: Result['pmo'] }) => (
  <div class="cards">
    {pmo.sourcingFit.map((s) => (
      <article
        class={`card${pmo.sourcing === s.sourcing ? ' recommended' : ''}`}
        key={s.sourcing}
        aria-labelledby={`src-${s.sourcing}`}
      >
        <h4 id={`src-${s.sourcing}`}>
          {SOURCING_NAME[s.sourcing]}
          {pmo.sourcing === s.sourcing && <span class="badge">Recommended</span>}
        </h4>
        <Meter score={s.score} label={`${SOURCING_NAME[s.sourcing]} fit`} />
        {s.reasons[0] && <p>{s.reasons[0]}</p>}
        <details class="fold">
          <summary>
            The {s.factors.length} factors behind {s.score}/100
          </summary>
          <FactorList factors={s.factors} />
        </details>
      </article>
    ))}
  </div>
);

/** Every factor with its points: the score is 50 plus these, kept within 0–100. */
export const FactorList = ({ factors }: { factors: Result['pmo']['fit'][number]['factors'] }) => (
  <ul class="factors">
    {factors.map((f) => (
      <li key={f.id} class={f.points > 0 ? 'plus' : f.points < 0 ? 'minus' : 'zero'}>
        <span class="points">
          {f.points > 0 ? `+${f.points}` : f.points === 0 ? '\u00b10' : `\u2212${-f.points}`}
        </span>
        <span>
          <strong>{f.label}</strong> ({f.value}): {f.explanation}
        </span>
      </li>
    ))}
  </ul>
);
