import type { Result } from '../api/client';
import { t } from '../i18n';
import '../i18n/report';

/** The rollout plan as a Gantt-style timeline, followed by each phase's details. */
export const RolloutTimeline = ({ rollout }: { rollout: Result['rollout'] }) => {
  const labelWidth = 230;
  const chartWidth = 460;
  const rowHeight = 28;
  const scale = chartWidth / rollout.totalWeeks;
  const height = rollout.phases.length * rowHeight + 26;
  const ticks = Array.from({ length: Math.floor(rollout.totalWeeks / 4) + 1 }, (_, i) => i * 4);
  return (
    <div>
      <figure class="chart">
        <svg
          viewBox={`0 0 ${labelWidth + chartWidth + 20} ${height}`}
          role="img"
          aria-labelledby="rollout-title"
        >
          <title id="rollout-title">{t('timeline.title', { weeks: rollout.totalWeeks })}</title>
          {ticks.map((w) => (
            <g key={w}>
              <line
                x1={labelWidth + w * scale}
                x2={labelWidth + w * scale}
                y1={0}
                y2={height - 20}
                class="grid"
              />
              {w % 8 === 0 && (
                <text x={labelWidth + w * scale} y={height - 4} class="tick" text-anchor="middle">
                  {t('timeline.tick', { week: w })}
                </text>
              )}
            </g>
          ))}
          {rollout.phases.map((p, i) => (
            <g key={p.id}>
              <text x={labelWidth - 8} y={i * rowHeight + 19} text-anchor="end" class="label">
                {p.name}
              </text>
              <rect
                x={labelWidth + p.startWeek * scale}
                y={i * rowHeight + 5}
                width={Math.max(3, p.durationWeeks * scale)}
                height={18}
                rx={3}
                class={`phase phase-${i}`}
              />
            </g>
          ))}
        </svg>
      </figure>
      <ol class="phases">
        {rollout.phases.map((p) => (
          <li key={p.id}>
            <h4>
              {p.name}{' '}
              <small>
                {t('timeline.weeks', {
                  from: p.startWeek + 1,
                  to: p.startWeek + p.durationWeeks,
                  weeks: p.durationWeeks,
                })}
              </small>
            </h4>
            <p>
              <strong>{t('timeline.owners')}</strong> {p.owners.join(', ')}
            </p>
            <ul>
              {p.activities.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
            <p>
              <strong>{t('timeline.milestones')}</strong> {p.milestones.join('; ')}
            </p>
            <p>
              <strong>{t('timeline.exit')}</strong> {p.exitCriterion}
            </p>
          </li>
        ))}
      </ol>
      <details>
        <summary>{t('timeline.assumptions')}</summary>
        <ul>
          {rollout.assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </details>
    </div>
  );
};
