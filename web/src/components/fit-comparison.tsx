import type { Result } from '../api/client';
import { t } from '../i18n';
import '../i18n/report';
import './fit-comparison.css';

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

/** The recommended option first, then the others in the engine's order (best first). */
const recommendedFirst = <T,>(items: readonly T[], isRecommended: (x: T) => boolean): T[] => [
  ...items.filter(isRecommended),
  ...items.filter((x) => !isRecommended(x)),
];

/** The status line every card has, so the bars line up across cards. */
const Badges = ({
  recommended,
  best,
  eligible,
}: {
  recommended: boolean;
  best?: boolean;
  eligible: boolean;
}) => (
  <p class="card-badges">
    {recommended && <span class="badge">{t('fit.recommended')}</span>}
    {best && <span class="badge muted">{t('fit.bestIfNeeded')}</span>}
    {!eligible && <span class="badge badge-off">{t('fit.notEligibleBadge')}</span>}
  </p>
);

const cardClass = (recommended: boolean, eligible: boolean) =>
  `card${recommended ? ' recommended' : ''}${eligible ? '' : ' ineligible'}`;

/** The three PMO models side by side, recommended first, each with the factors behind its score. */
export const FitComparison = ({ pmo }: { pmo: Result['pmo'] }) => (
  <div class="cards">
    {recommendedFirst(pmo.fit, (f) => f.model === pmo.model).map((f) => (
      <article
        class={cardClass(pmo.model === f.model, f.eligible)}
        key={f.model}
        aria-labelledby={`fit-${f.model}`}
      >
        <h4 id={`fit-${f.model}`}>
          {f.name} <small>({t(`control.${f.control}`)})</small>
        </h4>
        <Badges
          recommended={pmo.model === f.model}
          best={!pmo.model && f.model === pmo.fit[0]?.model}
          eligible={f.eligible}
        />
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
    {recommendedFirst(pmo.sourcingFit, (s) => s.sourcing === pmo.sourcing).map((s) => (
      <article
        class={cardClass(pmo.sourcing === s.sourcing, s.eligible)}
        key={s.sourcing}
        aria-labelledby={`src-${s.sourcing}`}
      >
        <h4 id={`src-${s.sourcing}`}>{t(`sourcingName.${s.sourcing}`)}</h4>
        <Badges recommended={pmo.sourcing === s.sourcing} eligible={s.eligible} />
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
