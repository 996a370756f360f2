import type { Result } from '../api/client';
import { t } from '../i18n';
import '../i18n/report';

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
          {f.name} <small>({t(`control.${f.control}`)})</small>
          {pmo.model === f.model && <span class="badge">{t('fit.recommended')}</span>}
          {!pmo.model && i === 0 && <span class="badge muted">{t('fit.bestIfNeeded')}</span>}
        </h4>
        <Meter score={f.score} label={t('fit.meter', { name: f.name })} />
        <p class="muted">{t('fit.needsLevel', { level: f.requiredLevel })}</p>
        {!f.eligible && <p class="warning">{t('fit.notEligible', { blockers: f.blockers.join(' ') })}</p>}
        {f.reasons[0] && <p>{f.reasons[0]}</p>}
        <details class="fold">
          <summary>{t('fit.factorsBehind', { count: f.factors.length, score: f.score })}</summary>
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
          {t(`sourcingName.${s.sourcing}`)}
          {pmo.sourcing === s.sourcing && <span class="badge">{t('fit.recommended')}</span>}
        </h4>
        <Meter score={s.score} label={t('fit.meter', { name: t(`sourcingName.${s.sourcing}`) })} />
        {!s.eligible && <p class="warning">{t('fit.notEligible', { blockers: s.blockers.join(' ') })}</p>}
        {s.reasons[0] && <p>{s.reasons[0]}</p>}
        <details class="fold">
          <summary>{t('fit.factorsBehind', { count: s.factors.length, score: s.score })}</summary>
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
