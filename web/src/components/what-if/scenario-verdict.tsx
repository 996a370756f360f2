import type { PmoModelId, PmoRecommendation } from '../../../../functions/contract/result';
import { msg } from '../../../../functions/core/say';
import { num, t } from '../../i18n';
import { useEngineSay } from '../../i18n/engine';
import '../../i18n/report';
import './what-if.css';

/** A change as a signed figure: +2, −1, ±0. */
export const signed = (n: number): string => (n > 0 ? `+${num(n)}` : n < 0 ? `\u2212${num(-n)}` : '\u00b10');

type Pmo = PmoRecommendation;
/** The models in one fixed order, from least to most control, so the list does not reshuffle as fits move. */
const MODEL_ORDER: readonly PmoModelId[] = ['weather-station', 'control-tower', 'resource-source'];

/**
 * The verdict of a scenario and what moved against the real figures: need score, model, sourcing
 * and each model's fit. The first line is a polite live region; on phones it is pinned as a bar.
 */
export const ScenarioVerdict = ({
  real,
  now,
  changed,
  headline,
  extra,
  level = 2,
}: {
  real: Pmo;
  now: Pmo;
  changed: boolean;
  headline: string;
  extra?: string;
  /** The heading level of the changes list, under the page's or the section's heading. */
  level?: 2 | 3;
}) => {
  const Heading = level === 3 ? 'h3' : 'h2';
  const say = useEngineSay();
  const model = (p: Pmo) => (p.needed && p.model ? say(msg(`modelName.${p.model}`)) : t('compare.noModel'));
  const sourcing = (p: Pmo) =>
    p.needed && p.sourcing ? t(`sourcingName.${p.sourcing}`) : t('compare.noModel');
  const needDelta = now.need.score - real.need.score;
  return (
    <div class="scenario-side">
      <p class="verdict" role="status" aria-live="polite">
        <strong>{headline}</strong>{' '}
        <span class="need">
          {changed
            ? t('compare.needScoreChanged', {
                from: real.need.score,
                to: now.need.score,
                delta: signed(needDelta),
              })
            : t('compare.needScore', { score: now.need.score })}
        </span>
      </p>
      <section class="scenario-changes" aria-labelledby="scenario-changes-title">
        <Heading id="scenario-changes-title">{t('compare.changesTitle')}</Heading>
        {!changed && <p class="muted">{t('compare.noChanges')}</p>}
        <ul>
          <li>
            {model(real) === model(now)
              ? t('compare.modelSame', { model: model(now) })
              : t('compare.modelChanged', { from: model(real), to: model(now) })}
          </li>
          <li>
            {sourcing(real) === sourcing(now)
              ? t('compare.sourcingSame', { sourcing: sourcing(now) })
              : t('compare.sourcingChanged', { from: sourcing(real), to: sourcing(now) })}
          </li>
          {[...now.fit]
            .sort((a, b) => MODEL_ORDER.indexOf(a.model) - MODEL_ORDER.indexOf(b.model))
            .map((f) => {
              const before = real.fit.find((x) => x.model === f.model)?.score ?? f.score;
              const name = say(msg(`modelName.${f.model}`));
              return (
                <li key={f.model}>
                  {before === f.score
                    ? t('compare.fitSame', { name, score: f.score })
                    : t('compare.fitDelta', {
                        name,
                        from: before,
                        to: f.score,
                        delta: signed(f.score - before),
                      })}
                </li>
              );
            })}
        </ul>
        {extra && <p>{extra}</p>}
      </section>
    </div>
  );
};
