import type { Result } from '../api/client';
import { formatScore } from '../lib/format';

const CONFIDENCE_LABEL = {
  high: 'high confidence',
  medium: 'medium confidence',
  low: 'low confidence: few answers',
  none: 'not rated',
} as const;

export const LEVEL_NAMES = ['Initial', 'Repeatable', 'Defined', 'Managed', 'Optimising'] as const;

/** The five levels on the colour-blind-safe ordinal scale used by every chart and the heatmap. */
export const LevelLegend = ({ names = LEVEL_NAMES as readonly string[] }: { names?: readonly string[] }) => (
  <ul class="legend" aria-label="Maturity levels">
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
    .map((d) => `${d.name} ${d.score === null ? 'not rated' : formatScore(d.score)}`)
    .join('; ');
  return (
    <figure class="chart">
      <div
        class="bars"
        role="img"
        aria-label={`Maturity score per dimension on a scale of 1 to 5: ${summary}`}
      >
        <div class="bars-axis" aria-hidden="true">
          {[1, 2, 3, 4, 5].map((t) => (
            <span key={t} style={{ left: `${((t - 1) / 4) * 100}%` }}>
              {t}
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
              {d.score === null ? 'not rated' : `${formatScore(d.score)} · L${d.level}`}
              {d.confidence === 'low' ? ' ⚠' : ''}
            </span>
          </div>
        ))}
      </div>
      <figcaption>
        <LevelLegend />
        Bars show the mean of each dimension’s questions on the 1–5 scale. ⚠ marks low confidence (fewer than
        half of its questions rated).
      </figcaption>
      <details class="scoring-detail fold">
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
                <td>{formatScore(d.score)}</td>
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
