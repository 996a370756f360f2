import type { ComponentChildren } from 'preact';
import type { Result } from '../api/client';
import { num, t } from '../i18n';
import '../i18n/report';
import '../i18n/office';
import { FactorList, FitComparison, SourcingComparison } from './fit-comparison';
import { MaturityChart } from './maturity-chart';
import { isDirectionOnly, moneyText, staffingText } from './office/format';
import { DirectionOnly, directionNext, ShapeLine } from './office/shape';
import { BusinessCase, EvidencePanel, SensitivityList } from './recommendation-details';
import { RolloutTimeline } from './rollout-timeline';
import './result-view.css';

/** "Recommended: a control tower PMO, hybrid", or "No PMO yet". */
export const verdictTitle = (pmo: Result['pmo']): string =>
  pmo.needed && pmo.model
    ? t('result.recommended', {
        model: t(`model.${pmo.model}`),
        sourcing: pmo.sourcing ? t(`sourcing.${pmo.sourcing}`) : '',
      })
    : t('result.noPmo');

/** How firm the figures are, as the verdict card shows it; the report passes its own (with coverage). */
export interface EvidenceFigure {
  label: string;
  detail: string;
}

const evidenceFigure = ({ evidence, maturity }: Result): EvidenceFigure => ({
  label: t(`evidenceLabel.${evidence.status}`),
  detail: t('verdict.evidenceNote', {
    respondents: maturity.respondents,
    confidence: t(`confidence.${maturity.confidence}`),
  }),
});

/** Need against its threshold: the score as a bar with the threshold marked. */
const NeedGauge = ({ need }: { need: Result['pmo']['need'] }) => (
  <div class="gauge" aria-hidden="true">
    <div class="gauge-fill" style={{ width: `${need.score}%` }} />
    <div class="gauge-threshold" style={{ left: `${need.threshold}%` }} />
  </div>
);

/**
 * The reasons worth reading first: the engine's rationale without the lines the card already shows
 * as figures (the maturity line opens it; the need verdict is the card's own line).
 */
const topReasons = ({ pmo }: Result): string[] =>
  pmo.rationale
    .slice(1)
    .filter((r) => r !== pmo.need.verdict)
    .slice(0, 3);

/**
 * The first thing to do: with a direction only, what gets past it (rate more questions, hear more
 * people); else the first rollout phase when a PMO is advised, or the first alternative.
 */
const NextStep = ({ result, team }: { result: Result; team: boolean }) => {
  const { pmo, rollout } = result;
  if (isDirectionOnly(result)) return <p>{directionNext(team)}</p>;
  const phase = rollout.phases?.[0];
  if (pmo.needed && phase)
    return (
      <p>
        <strong>{phase.name}</strong>{' '}
        {t('verdict.firstPhase', {
          weeks: phase.durationWeeks,
          action: phase.activities[0] ?? phase.exitCriterion,
        })}
      </p>
    );
  return <p>{pmo.need.alternatives[0] ?? t('verdict.repeatLater')}</p>;
};

/**
 * What the recommendation asks for, in one line: people (hours a week below half a person), yearly
 * and one-off cost in the chosen currency, and the plan's length.
 */
const CaseLine = ({ result: { pmo, rollout } }: { result: Result }) => {
  const oneOff = pmo.cost?.oneOff;
  const parts = [
    pmo.staffing && staffingText(pmo.staffing),
    pmo.cost && `${t('office.yearlyCost')}: ${moneyText(pmo.cost.annual, pmo.cost.currency)}`,
    pmo.cost &&
      oneOff &&
      oneOff.max > 0 &&
      `${t('office.oneOffCost')}: ${moneyText(oneOff, pmo.cost.currency)}`,
    rollout.totalWeeks !== null && t('result.rolloutTitle', { weeks: rollout.totalWeeks }),
  ].filter(Boolean);
  return parts.length > 0 ? <p class="verdict-case">{parts.join(' · ')}</p> : null;
};

/**
 * The verdict first: what to do, the four figures it rests on (maturity, need against its threshold,
 * best fit, evidence), the top reasons and the next step. Everything else is detail below it.
 */
export const VerdictCard = ({
  result,
  evidence,
  nextStep,
  team = false,
}: {
  result: Result;
  evidence?: EvidenceFigure;
  nextStep?: ComponentChildren;
  /** A team assessment: more evidence comes from more people, not from more questions rated. */
  team?: boolean;
}) => {
  const { maturity, pmo } = result;
  const best = pmo.fit[0];
  const ev = evidence ?? evidenceFigure(result);
  const above = pmo.need.score >= pmo.need.threshold;
  return (
    <section
      class={`verdict-card ${pmo.needed ? 'verdict-yes' : 'verdict-no'}`}
      aria-labelledby="verdict-title"
    >
      <p class="eyebrow">{t('verdict.eyebrow')}</p>
      <h2 id="verdict-title" class="verdict-title">
        {verdictTitle(pmo)}
      </h2>
      <p class="verdict-line">{pmo.need.verdict}</p>
      <ShapeLine pmo={pmo} />
      <dl class="key-figures">
        <div>
          <dt>{t('result.maturityLabel')}</dt>
          <dd>
            <span class="figure">{t('verdict.level', { level: maturity.level })}</span>
            <span class="figure-note">
              {t('verdict.levelNote', { name: maturity.levelName, score: maturity.overall })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('result.need')}</dt>
          <dd>
            <span class="figure">
              {num(pmo.need.score)}
              <small>/100</small>
            </span>
            <NeedGauge need={pmo.need} />
            <span class="figure-note">
              {t(above ? 'verdict.atThreshold' : 'verdict.belowThreshold', { threshold: pmo.need.threshold })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('verdict.bestFit')}</dt>
          <dd>
            <span class="figure figure-text">{best ? t(`model.${best.model}`) : '–'}</span>
            <span class="figure-note">
              {best ? t('verdict.fitNote', { score: best.score }) : ''}
              {pmo.sourcing ? ` · ${t(`sourcing.${pmo.sourcing}`)}` : ''}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('verdict.evidence')}</dt>
          <dd>
            <span class="figure figure-text">{ev.label}</span>
            <span class="figure-note">{ev.detail}</span>
          </dd>
        </div>
      </dl>
      {isDirectionOnly(result) ? <DirectionOnly pmo={pmo} /> : <CaseLine result={result} />}
      {result.warnings.length > 0 && (
        <ul class="callout callout-warn warnings" aria-label={t('case.warnings')}>
          {result.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <div class="verdict-columns">
        <div>
          <h3 class="small-heading">{t('verdict.reasons')}</h3>
          <ul class="reasons">
            {topReasons(result).map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {pmo.readiness.stretch && pmo.needed && (
            <p class="callout callout-warn" role="note">
              <strong>{t('verdict.stretch')}</strong> {pmo.readiness.explanation}
            </p>
          )}
        </div>
        <div>
          <h3 class="small-heading">{t('verdict.next')}</h3>
          <NextStep result={result} team={team} />
          {nextStep}
        </div>
      </div>
    </section>
  );
};

/** Maturity per dimension: the chart with its legend, how it was scored, and how firm the evidence is. */
export const MaturitySection = ({ result }: { result: Result }) => (
  <section aria-labelledby="maturity-title" class="report-section" id="maturity">
    <h2 id="maturity-title">{t('result.byDimension')}</h2>
    <MaturityChart maturity={result.maturity} />
    <details class="fold">
      <summary>{t('result.levelsMeaning')}</summary>
      <ul class="explanation">
        {result.maturity.explanation.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </details>
    <details class="fold">
      <summary>{t('result.evidenceFold')}</summary>
      <EvidencePanel evidence={result.evidence} warnings={result.warnings} />
    </details>
  </section>
);

/** What to set up and why: benefits or alternatives, the fit of every model and sourcing, the business case. */
export const RecommendationSection = ({ result }: { result: Result }) => {
  const { pmo } = result;
  return (
    <section aria-labelledby="recommendation-title" class="report-section" id="recommendation">
      <h2 id="recommendation-title">
        {pmo.needed ? t('result.recommendationTitle') : t('result.noPmoTitle')}
      </h2>
      <h3>{t('result.howReached')}</h3>
      <ul class="rationale">
        {pmo.rationale.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {pmo.benefits.length > 0 && (
        <>
          <h3>{t('result.benefits')}</h3>
          <ul class="benefits">
            {pmo.benefits.map((b) => (
              <li key={b.benefit}>
                <strong>{b.benefit}.</strong> {b.because}
              </li>
            ))}
          </ul>
        </>
      )}
      {pmo.need.alternatives.length > 0 && (
        <>
          <h3>{t('result.instead')}</h3>
          <ul>
            {pmo.need.alternatives.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('result.fitTitle')}</h3>
      <p class="muted">{t('result.fitIntro')}</p>
      <FitComparison pmo={pmo} />
      <h3>{t('result.sourcingTitle')}</h3>
      <SourcingComparison pmo={pmo} />
      <BusinessCase pmo={pmo} rollout={result.rollout} />
      <SensitivityList sensitivity={result.sensitivity} />
      <details class="fold">
        <summary>{pmo.needed ? t('result.whyNeeded') : t('result.whyNotNeeded')}</summary>
        <p class="muted">
          {t('result.factorsIntro', { base: pmo.need.base, threshold: pmo.need.threshold })}
        </p>
        <FactorList factors={pmo.need.factors} />
      </details>
    </section>
  );
};

/** The plan's title: its length when there is a plan, else plainly "Rollout plan". */
export const planTitle = (rollout: Result['rollout']): string =>
  rollout.totalWeeks === null
    ? t('office.planTitle')
    : t('result.rolloutTitle', { weeks: rollout.totalWeeks });

/** The phased rollout on the plan's real length; on insufficient evidence, no plan and why. */
export const PlanSection = ({ result }: { result: Result }) => {
  const { rollout } = result;
  return (
    <section aria-labelledby="plan-title" class="report-section" id="plan">
      <h2 id="plan-title">{planTitle(rollout)}</h2>
      {rollout.phases && rollout.totalWeeks !== null ? (
        <RolloutTimeline rollout={{ ...rollout, phases: rollout.phases, totalWeeks: rollout.totalWeeks }} />
      ) : (
        <p class="muted">{t('office.noPlan')}</p>
      )}
    </section>
  );
};

/** The whole result, summary first: the verdict card, then maturity, the recommendation and the plan. */
export const ResultView = ({
  result,
  nextStep,
  team = false,
}: {
  result: Result;
  nextStep?: ComponentChildren;
  team?: boolean;
}) => (
  <div class="result">
    <VerdictCard result={result} nextStep={nextStep} team={team} />
    <MaturitySection result={result} />
    <RecommendationSection result={result} />
    <PlanSection result={result} />
  </div>
);
