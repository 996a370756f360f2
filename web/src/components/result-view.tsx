import type { ComponentChildren } from 'preact';
import type { Result } from '../api/client';
import { formatScore, plural } from '../lib/format';
import { FactorList, FitComparison, SourcingComparison } from './fit-comparison';
import { MaturityChart } from './maturity-chart';
import { RolloutTimeline } from './rollout-timeline';

const MODEL_NAME = {
  'weather-station': 'weather station',
  'control-tower': 'control tower',
  'resource-source': 'resource source',
} as const;

const CONFIDENCE = { high: 'High', medium: 'Medium', low: 'Low', none: 'None' } as const;

/** The engine's evidence verdict, when it sends one (edition 2); older results have none. */
export const evidenceStatus = (result: Result): string | undefined =>
  (result as Result & { evidence?: { status?: string } }).evidence?.status;

export const verdictTitle = (pmo: Result['pmo']) =>
  pmo.needed && pmo.model ? `Recommended: a ${MODEL_NAME[pmo.model]} PMO, ${pmo.sourcing}` : 'No PMO yet';

/** How firm the result is: the engine's evidence status when present, else the respondents behind it. */
export interface Evidence {
  label: string;
  detail: string;
}

/** Need against its threshold: a bar with the threshold marked, the score printed. */
const NeedGauge = ({ need }: { need: Result['pmo']['need'] }) => (
  <div class="gauge" aria-hidden="true">
    <div class="gauge-fill" style={{ width: `${need.score}%` }} />
    <div class="gauge-threshold" style={{ left: `${need.threshold}%` }} />
  </div>
);

/** The verdict first: what to do, the four figures it rests on, the top reasons and the next step. */
export const VerdictCard = ({
  result,
  evidence,
  nextStep,
  headingLevel = 2,
}: {
  result: Result;
  evidence?: Evidence;
  nextStep?: ComponentChildren;
  headingLevel?: 2 | 3;
}) => {
  const { maturity, pmo, rollout } = result;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const best = pmo.fit[0];
  const ev: Evidence = evidence ?? {
    label: CONFIDENCE[maturity.confidence],
    detail: `${plural(maturity.respondents, 'respondent')}, ${maturity.confidence} confidence`,
  };
  const firstPhase = rollout.phases[0];
  return (
    <section
      class={`verdict-card${pmo.needed ? ' verdict-yes' : ' verdict-no'}`}
      aria-labelledby="verdict-title"
    >
      <p class="eyebrow">Verdict</p>
      <H id="verdict-title" class="verdict-title">
        {verdictTitle(pmo)}
      </H>
      <p class="verdict-line">{pmo.need.verdict}</p>
      <dl class="key-figures">
        <div>
          <dt>Maturity</dt>
          <dd>
            <span class="figure">Level {maturity.level}</span>
            <span class="figure-note">
              {maturity.levelName} · {formatScore(maturity.overall)} of 5
            </span>
          </dd>
        </div>
        <div>
          <dt>Need for a PMO</dt>
          <dd>
            <span class="figure">
              {pmo.need.score}
              <small>/100</small>
            </span>
            <NeedGauge need={pmo.need} />
            <span class="figure-note">
              {pmo.need.score >= pmo.need.threshold ? 'at or above' : 'below'} the threshold of{' '}
              {pmo.need.threshold}
            </span>
          </dd>
        </div>
        <div>
          <dt>Best fit</dt>
          <dd>
            <span class="figure figure-text">{best?.name ?? '–'}</span>
            <span class="figure-note">
              {best ? `${best.score}/100 fit` : ''}
              {pmo.sourcing ? ` · ${pmo.sourcing}` : ''}
            </span>
          </dd>
        </div>
        <div>
          <dt>Evidence</dt>
          <dd>
            <span class="figure figure-text">{ev.label}</span>
            <span class="figure-note">{ev.detail}</span>
          </dd>
        </div>
      </dl>
      <div class="verdict-columns">
        <div>
          <h3 class="small-heading">Top reasons</h3>
          <ul class="reasons">
            {pmo.rationale.slice(0, 3).map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {pmo.readiness.stretch && pmo.needed && (
            <p class="callout callout-warn" role="note">
              <strong>Stretch:</strong> {pmo.readiness.explanation}
            </p>
          )}
        </div>
        <div>
          <h3 class="small-heading">Next step</h3>
          {pmo.needed && firstPhase ? (
            <p>
              <strong>{firstPhase.name}</strong> (weeks 1–{firstPhase.durationWeeks}):{' '}
              {firstPhase.activities[0] ?? firstPhase.exitCriterion}
            </p>
          ) : (
            <p>{pmo.need.alternatives[0] ?? 'Repeat the check when the portfolio grows.'}</p>
          )}
          {nextStep}
        </div>
      </div>
    </section>
  );
};

export const MaturitySection = ({ result, id = 'maturity' }: { result: Result; id?: string }) => (
  <section aria-labelledby={`${id}-title`} class="report-section" id={id}>
    <h2 id={`${id}-title`}>Maturity by dimension</h2>
    <MaturityChart maturity={result.maturity} />
    <details class="fold">
      <summary>What the levels mean for this organisation</summary>
      <ul class="explanation">
        {result.maturity.explanation.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </details>
  </section>
);

export const RecommendationSection = ({
  result,
  id = 'recommendation',
  children,
}: {
  result: Result;
  id?: string;
  children?: ComponentChildren;
}) => {
  const { pmo } = result;
  return (
    <section aria-labelledby={`${id}-title`} class="report-section" id={id}>
      <h2 id={`${id}-title`}>{pmo.needed ? 'Recommendation' : 'Why no PMO yet'}</h2>
      {pmo.benefits.length > 0 && (
        <>
          <h3>What it would bring</h3>
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
          <h3>What to do instead</h3>
          <ul>
            {pmo.need.alternatives.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
      <h3>How well each PMO model fits</h3>
      <FitComparison pmo={pmo} />
      <h3>Internal, outsourced or hybrid</h3>
      <SourcingComparison pmo={pmo} />
      {children}
      <details class="fold">
        <summary>Why {pmo.needed ? 'a PMO is' : 'no PMO is'} needed: every factor and its points</summary>
        <p class="muted">
          The need score starts at 50; each factor adds or removes points, kept between 0 and 100. A PMO is
          advised from {pmo.need.threshold}.
        </p>
        <FactorList factors={pmo.need.factors} />
      </details>
    </section>
  );
};

export const PlanSection = ({ result, id = 'plan' }: { result: Result; id?: string }) => (
  <section aria-labelledby={`${id}-title`} class="report-section" id={id}>
    <h2 id={`${id}-title`}>Rollout plan ({result.rollout.totalWeeks} weeks)</h2>
    <RolloutTimeline rollout={result.rollout} />
  </section>
);

/** The whole result, summary first: the verdict card, then maturity, the recommendation and the plan. */
export const ResultView = ({ result, nextStep }: { result: Result; nextStep?: ComponentChildren }) => (
  <div class="result">
    <VerdictCard result={result} nextStep={nextStep} />
    <MaturitySection result={result} />
    <RecommendationSection result={result} />
    <PlanSection result={result} />
  </div>
);
