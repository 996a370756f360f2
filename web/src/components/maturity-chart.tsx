import type { Result } from '../api/client';
import { num, t } from '../i18n';
import '../i18n/report';
import './chart.css';
import './maturity-chart.css';

const LEVEL_KEYS = [
  'chart.level.1',
  'chart.level.2',
  'chart.level.3',
  'chart.level.4',
  'chart.level.5',
] as const;

/** The five levels on the colour-blind-safe ordinal scale used by every chart and the heatmap. */
export const LevelLegend = ({ names = LEVEL_KEYS.map((k) => t(k)) }: { names?: readonly string[] }) => (
  <ul class="legend" aria-label={t('chart.levels')}>
    {[1, 2, 3, 4, 5].map((l) => (
      <li key={l}>
        <span class={`swatch lvl-${l}`} aria-hidden="true" />
        {l} {names[l - 1] ?? ''}
      </li>
    ))}
  </ul>
);

/** One bar per dimension on the 1–5 scale, in HTML so its text stays readable on a phone. */
export const MaturityChart = ({ maturity }: { maturity: Result['maturity'] }) => {
  const summary = maturity.dimensions
    .map((d) => `${d.name} ${d.score === null ? t('chart.notRated') : num(d.score, 2)}`)
    .join('; ');
  return (
    <figure class="chart">
      <div class="bars" role="img" aria-label={`${t('chart.title')}: ${summary}`}>
        <div class="bars-axis" aria-hidden="true">
          {[1, 2, 3, 4, 5].map((tick) => (
            <span key={tick} style={{ left: `${((tick - 1) / 4) * 100}%` }}>
              {tick}
            </span>
          ))}
        </div>
        {maturity.dimensions.map((d) => (
          <div class="bar-row" key={d.id}>
            <span class="bar-label">{d.name}</span>
            <span class="bar-track">
              {d.score !== null && (
                <span
                  class={`bar-fill lvl-${d.level}`}
                  style={{ width: `${Math.max(1.5, ((d.score - 1) / 4) * 100)}%` }}
                />
              )}
            </span>
            <span class="bar-value">
              {d.score === null
                ? t('chart.notRated')
                : t('chart.value', { score: d.score, level: d.level ?? 0 })}
              {d.confidence === 'low' ? ' \u26a0' : ''}
            </span>
          </div>
        ))}
      </div>
      <figcaption>
        <LevelLegend />
        <span class="chart-note">{t('chart.caption')}</span>
      </figcaption>
      <details class="scoring-detail fold">
        <summary>{t('chart.detail')}</summary>
        {/* Scrolls inside its own region on a phone, like every other table of figures. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable) */}
        <section class="table-scroll" tabIndex={0} aria-label={t('chart.tableCaption')}>
          <table class="data">
            <caption>{t('chart.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chart.dimension')}</th>
                <th scope="col">{t('chart.score')}</th>
                <th scope="col">{t('chart.level')}</th>
                <th scope="col">{t('chart.ratings')}</th>
                <th scope="col">{t('chart.questionsRated')}</th>
                <th scope="col">{t('chart.confidence')}</th>
              </tr>
            </thead>
            <tbody>
              {maturity.dimensions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.name}</th>
                  <td>{d.score === null ? '\u2013' : num(d.score, 2)}</td>
                  <td>{d.level ?? '\u2013'}</td>
                  <td>{d.answered}</td>
                  <td>{t('chart.rated', { rated: d.questionsAnswered, questions: d.questions })}</td>
                  <td>{t(`chart.confidence.${d.confidence}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <p class="muted">{t('chart.explanation')}</p>
      </details>
    </figure>
  );
};
