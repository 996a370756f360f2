import type { Result } from '../api/client';
import { num, t } from '../i18n';
import '../i18n/report';
import { FactorList, FitComparison, SourcingComparison } from './fit-comparison';
import { MaturityChart } from './maturity-chart';
import { BusinessCase, EvidencePanel, SensitivityList } from './recommendation-details';
import { RolloutTimeline } from './rollout-timeline';

/** The whole result: maturity, the verdict with reasons, the fit of each model and sourcing, the rollout. */
export const ResultView = ({ result }: { result: Result }) => {
  const { maturity, pmo, rollout } = result;
  return (
    <div class="result">
      <section class="summary" aria-labelledby="verdict-title">
        <h2 id="verdict-title">
          {pmo.needed && pmo.model
            ? t('result.recommended', {
                model: t(`model.${pmo.model}`),
                sourcing: pmo.sourcing ? t(`sourcing.${pmo.sourcing}`) : '',
              })
            : t('result.noPmo')}
        </h2>
        <p class="kpis">
          <span>
            {t('result.maturityLabel')} <strong>{t('result.level', { level: maturity.level })}</strong> (
            {maturity.levelName})
          </span>
          <span>
            {t('result.score')} <strong>{num(maturity.overall, 2)}</strong> / 5
          </span>
          <span>
            {t('result.need')} <strong>{pmo.need.score}</strong> / 100{' '}
            {t('result.threshold', { threshold: pmo.need.threshold })}
          </span>
          <span>{t('result.confidence', { confidence: t(`confidence.${maturity.confidence}`) })}</span>
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
      </section>

      <EvidencePanel evidence={result.evidence} warnings={result.warnings} />

      <section aria-labelledby="maturity-title">
        <h3 id="maturity-title">{t('result.byDimension')}</h3>
        <MaturityChart maturity={maturity} />
        <ul class="explanation">
          {maturity.explanation.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="need-title">
        <h3 id="need-title">{pmo.needed ? t('result.whyNeeded') : t('result.whyNotNeeded')}</h3>
        <p>{pmo.need.verdict}</p>
        <FactorList factors={pmo.need.factors} />
      </section>

      <section aria-labelledby="fit-title" class="page-break">
        <h3 id="fit-title">{t('result.fitTitle')}</h3>
        <p class="muted">{t('result.fitIntro')}</p>
        <FitComparison pmo={pmo} />
      </section>

      <section aria-labelledby="sourcing-title">
        <h3 id="sourcing-title">{t('result.sourcingTitle')}</h3>
        <SourcingComparison pmo={pmo} />
      </section>

      <BusinessCase pmo={pmo} rollout={rollout} />
      <SensitivityList sensitivity={result.sensitivity} />

      <section aria-labelledby="rollout-title-h" class="page-break">
        <h3 id="rollout-title-h">{t('result.rolloutTitle', { weeks: rollout.totalWeeks })}</h3>
        <RolloutTimeline rollout={rollout} />
      </section>
    </div>
  );
};
