import type { Result } from '../api/client';

const CONFIDENCE_LABEL = {
  high: 'high confidence',
  medium: 'medium confidence',
  low: 'low confidence: few answers',
  none: 'not rated',
} as const;

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
        <title id="maturity-chart-title">Maturity score per dimension on a scale of 1 to 5</title>
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
                  ? 'not rated'
                  : `${d.score.toFixed(2)} \u00b7 L${d.level}${d.confidence === 'low' ? ' \u26a0' : ''}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        Bars show the mean of each dimension’s questions. ⚠ marks low confidence (fewer than half of its
        questions rated).
      </figcaption>
      <details class="scoring-detail">
        <summary>How each dimension was scored</summary>
        <table class="data">
          <caption>Maturity per dimension</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Score</th>
              <th scope="col">Level</th>
              <th scope="col">Ratings</th>
              <th scope="col">Questions rated</th>
              <th scope="col">Confidence</th>
            </tr>
          </thead>
          <tbody>
            {maturity.dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                <td>{d.score?.toFixed(2) ?? '\u2013'}</td>
                <td>{d.level ?? '\u2013'}</td>
                <td>{d.answered}</td>
                <td>
                  {d.questionsAnswered} of {d.questions}
                </td>
                <td>{CONFIDENCE_LABEL[d.confidence]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="muted">
          A dimension's score is the mean of its question scores; each question's score is the mean of the
          ratings it received. "Don't know" and "not applicable" are left out. The level is the score rounded
          down.
        </p>
      </details>
    </figure>
  );
};
