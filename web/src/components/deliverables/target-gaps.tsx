import type { AssessmentResults, Result } from '../../api/client';
import type { Targets } from '../../api/deliverables';
import { progressTowards, quickWinsByGap, targetGaps } from '../../deliverables/gaps';

/** The gap to target per dimension, the progress since the baseline, and the quick wins ordered by gap. */
export const TargetGaps = ({
  result,
  targets,
  baseline,
}: {
  result: Result;
  targets: Targets | null;
  baseline: AssessmentResults['baseline'];
}) => {
  const gaps = targetGaps(result, targets);
  const wins = quickWinsByGap(result, targets).slice(0, 5);
  const progress = targets && baseline ? progressTowards(targets, baseline.dimensions) : [];
  const progressOf = new Map(progress.map((p) => [p.id, p]));
  return (
    <section aria-labelledby="targets-title" class="target-gaps">
      <h2 id="targets-title">Targets and the gap to them</h2>
      {gaps.length === 0 ? (
        <p class="muted">No targets set yet.</p>
      ) : (
        <>
          <p class="muted">
            {targets?.date ? `Targets for ${targets.date}` : 'Targets without a date'}
            {targets?.source === 'baseline' ? ', as set at the previous assessment' : ''}.
          </p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable) */}
          <section class="table-scroll" tabIndex={0} aria-label="Scrollable table">
            <table class="data">
              <caption class="sr-only">Gap to target per dimension</caption>
              <thead>
                <tr>
                  <th scope="col">Dimension</th>
                  <th scope="col">Now</th>
                  <th scope="col">Target</th>
                  <th scope="col">Gap</th>
                  {progress.length > 0 && <th scope="col">Gap closed since baseline</th>}
                </tr>
              </thead>
              <tbody>
                {gaps.map((g) => (
                  <tr key={g.id}>
                    <th scope="row">{g.name}</th>
                    <td>{g.score?.toFixed(2) ?? '–'}</td>
                    <td>{g.target}</td>
                    <td>{g.gap === null ? '–' : g.gap > 0 ? g.gap.toFixed(2) : 'reached'}</td>
                    {progress.length > 0 && (
                      <td>
                        {progressOf.has(g.id)
                          ? `${Math.round((progressOf.get(g.id)?.closed ?? 0) * 100)} %`
                          : '–'}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
      <h3>Quick wins{gaps.length > 0 ? ', widest gap first' : ', weakest dimension first'}</h3>
      <ol>
        {wins.map((w) => (
          <li key={w.id}>
            <strong>{w.name}</strong>
            {w.gap !== null ? ` (gap ${w.gap.toFixed(1)})` : ''}: {w.quickWin}
          </li>
        ))}
      </ol>
    </section>
  );
};
