import type { Result } from '../api/client';
import { num, t } from '../i18n';
import '../i18n/report';

/** Horizontal bars, one per dimension, on the 1–5 scale, with level and confidence. */
export const MaturityChart = ({ maturity }: { maturity: Result['maturity'] }) => {
  const rowHeight = 30;
  const labelWidth = 300;
  const barWidth = 320;
  const height = maturity.dimensions.length * rowHeight + 24;
  const x = (score: number) => labelWidth + ((score - 1) / 4) * barWidth;
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${labelWidth + barWidth + 150} ${height}`}
        role="img"
        aria-labelledby="maturity-chart-title"
      >
        <title id="maturity-chart-title">{t('chart.title')}</title>
        {[1, 2, 3, 4, 5].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={0} y2={height - 20} class="grid" />
            <text x={x(tick)} y={height - 4} class="tick" text-anchor="middle">
              {tick}
            </text>
          </g>
        ))}
        {maturity.dimensions.map((d, i) => {
          const y = i * rowHeight + 4;
          return (
            <g key={d.id}>
              <text x={labelWidth - 8} y={y + 16} text-anchor="end" class="label">
                {d.name}
              </text>
              {d.score !== null && (
                <rect
                  x={labelWidth}
                  y={y + 4}
                  width={Math.max(2, x(d.score) - labelWidth)}
                  height={16}
                  class={`bar level-${d.level}`}
                />
              )}
              <text x={labelWidth + barWidth + 8} y={y + 16} class={`value confidence-${d.confidence}`}>
                {d.score === null
                  ? t('chart.notRated')
                  : `${t('chart.value', { score: d.score, level: d.level ?? 0 })}${d.confidence === 'low' ? ' \u26a0' : ''}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{t('chart.caption')}</figcaption>
      <details class="scoring-detail">
        <summary>{t('chart.detail')}</summary>
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
        <p class="muted">{t('chart.explanation')}</p>
      </details>
    </figure>
  );
};
