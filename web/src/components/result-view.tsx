import type { Result } from '../api/client';
import { FactorList, FitComparison, SourcingComparison } from './fit-comparison';
import { MaturityChart } from './maturity-chart';
import { BusinessCase, EvidencePanel, SensitivityList } from './recommendation-details';
import { RolloutTimeline } from './rollout-timeline';

const MODEL_NAME = {
  'weather-station': 'weather station',
  'control-tower': 'control tower',
  'resource-source': 'resource source',
} as const;

/** The whole result: maturity, the verdict with reasons, the fit of each model and sourcing, the rollout. */
export const ResultView = ({ result }: { result: Result }) => {
  const { maturity, pmo, rollout } = result;
  return (
    <div class="result">
      <section class="summary" aria-labelledby="verdict-title">
        <h2 id="verdict-title">
          {pmo.needed && pmo.model
            ? `Recommended: a ${MODEL_NAME[pmo.model]} PMO, ${pmo.sourcing}`
            : 'No PMO yet'}
        </h2>
        <p class="kpis">
          <span>
            Maturity <strong>level {maturity.level}</strong> ({maturity.levelName})
          </span>
          <span>
            Score <strong>{maturity.overall.toFixed(2)}</strong> / 5
          </span>
          <span>
            Need for a PMO <strong>{pmo.need.score}</strong> / 100 (threshold {pmo.need.threshold})
          </span>
          <span>Confidence: {maturity.confidence}</span>
        </p>
        <ul class="rationale">
          {pmo.rationale.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        {pmo.readiness.stretch && pmo.needed && (
          <p class="warning" role="note">
            ⚠ {pmo.readiness.explanation}
          </p>
        )}
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
      </section>

      <EvidencePanel evidence={result.evidence} warnings={result.warnings} />

      <section aria-labelledby="maturity-title">
        <h3 id="maturity-title">Maturity by dimension</h3>
        <MaturityChart maturity={maturity} />
        <ul class="explanation">
          {maturity.explanation.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="need-title">
        <h3 id="need-title">Why {pmo.needed ? 'a PMO is' : 'no PMO is'} needed</h3>
        <p>{pmo.need.verdict}</p>
        <FactorList factors={pmo.need.factors} />
      </section>

      <section aria-labelledby="fit-title" class="page-break">
        <h3 id="fit-title">How well each PMO model fits</h3>
        <p class="muted">
          Each score starts at 50; the factors below add or remove points, and the total is kept between 0 and
          100.
        </p>
        <FitComparison pmo={pmo} />
      </section>

      <section aria-labelledby="sourcing-title">
        <h3 id="sourcing-title">Internal, outsourced or hybrid</h3>
        <SourcingComparison pmo={pmo} />
      </section>

      <BusinessCase pmo={pmo} rollout={rollout} />
      <SensitivityList sensitivity={result.sensitivity} />

      <section aria-labelledby="rollout-title-h" class="page-break">
        <h3 id="rollout-title-h">Rollout plan ({rollout.totalWeeks} weeks)</h3>
        <RolloutTimeline rollout={rollout} />
      </section>
    </div>
  );
};
