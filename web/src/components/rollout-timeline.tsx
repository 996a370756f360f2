import type { Result } from '../api/client';
import { t } from '../i18n';
import '../i18n/report';
import './chart.css';
import './rollout-timeline.css';

/** Weeks between ticks and gridlines: 4, or 8 on long plans. */
const tickStep = (total: number) => (total > 40 ? 8 : 4);

/** Axis ticks every step, always closing on the plan's real last week. */
const weekTicks = (total: number) => {
  const every = tickStep(total);
  const ticks: number[] = [];
  for (let w = 0; w < total; w += every) ticks.push(w);
  if (total - (ticks.at(-1) ?? 0) < every / 2) ticks.pop();
  ticks.push(total);
  return ticks;
};

type Phase = NonNullable<Result['rollout']['phases']>[number];
/** A plan that has its phases: the result gives one unless the evidence is insufficient. */
export type PlannedRollout = Result['rollout'] & { phases: Phase[]; totalWeeks: number };

/** The rollout plan as a labelled Gantt chart on the plan's real length, then each phase's details. */
export const RolloutTimeline = ({ rollout }: { rollout: PlannedRollout }) => {
  const pct = (w: number) => `${(w / rollout.totalWeeks) * 100}%`;
  const span = (p: Phase) => t('timeline.span', { from: p.startWeek + 1, to: p.startWeek + p.durationWeeks });
  const summary = rollout.phases.map((p) => `${p.name}, ${span(p)}`).join('; ');
  // Gridlines fall on the ticks' weeks, so a bar's end reads against the axis below it.
  const grid = { '--grid-step': pct(tickStep(rollout.totalWeeks)) } as Record<string, string>;
  return (
    <div>
      <figure class="chart">
        <div
          class="gantt"
          role="img"
          aria-label={`${t('timeline.title', { weeks: rollout.totalWeeks })}: ${summary}`}
        >
          {rollout.phases.map((p, i) => (
            <div class="gantt-row" key={p.id}>
              <span class="gantt-label">
                {p.name} <span class="gantt-weeks">{span(p)}</span>
              </span>
              <span class="gantt-track" style={grid}>
                <span
                  class={`gantt-bar${i === rollout.phases.length - 1 ? ' gantt-bar-last' : ''}`}
                  style={{ left: pct(p.startWeek), width: pct(p.durationWeeks) }}
                />
              </span>
            </div>
          ))}
          <div class="gantt-row gantt-axis-row" aria-hidden="true">
            <span class="gantt-label" />
            <span class="gantt-axis">
              {weekTicks(rollout.totalWeeks).map((w) => (
                <span key={w} style={{ left: pct(w) }}>
                  {t('timeline.tick', { week: w })}
                </span>
              ))}
            </span>
          </div>
        </div>
        <figcaption class="muted">{t('timeline.title', { weeks: rollout.totalWeeks })}</figcaption>
      </figure>
      <details class="fold">
        <summary>{t('timeline.phases')}</summary>
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
      </details>
      <details class="fold">
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
