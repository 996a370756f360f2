import type { AssessmentResults, Result } from '../../api/client';
import type { Targets } from '../../api/deliverables';
import { progressTowards, quickWinsByGap, targetGaps } from '../../deliverables/gaps';
import { num, t } from '../../i18n';
import '../../i18n/report';
import { DataTable } from '../data-table';

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
      <h2 id="targets-title">{t('targets.title')}</h2>
      {gaps.length === 0 ? (
        <p class="muted">{t('targets.none')}</p>
      ) : (
        <>
          <p class="muted">
            {targets?.date
              ? t(targets.source === 'baseline' ? 'targets.forDateFromBaseline' : 'targets.forDate', {
                  date: targets.date,
                })
              : t(targets?.source === 'baseline' ? 'targets.undatedFromBaseline' : 'targets.undated')}
          </p>
          <DataTable
            caption={t('targets.caption')}
            columns={[
              t('targets.dimension'),
              t('targets.now'),
              t('targets.target'),
              t('targets.gap'),
              progress.length > 0 && t('targets.closed'),
            ]}
            hideCaption
          >
            {gaps.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.name}</th>
                <td>{g.score === null ? '–' : num(g.score, 2)}</td>
                <td>{g.target}</td>
                <td>{g.gap === null ? '–' : g.gap > 0 ? num(g.gap, 2) : t('targets.reached')}</td>
                {progress.length > 0 && (
                  <td>
                    {progressOf.has(g.id)
                      ? t('targets.percent', {
                          share: Math.round((progressOf.get(g.id)?.closed ?? 0) * 100),
                        })
                      : '–'}
                  </td>
                )}
              </tr>
            ))}
          </DataTable>
        </>
      )}
      <h3>{t(gaps.length > 0 ? 'targets.winsByGap' : 'targets.winsByWeakness')}</h3>
      <ol>
        {wins.map((w) => (
          <li key={w.id}>
            <strong>{w.name}</strong>
            {w.gap !== null ? ` ${t('targets.gapOf', { gap: num(w.gap, 1) })}` : ''}: {w.quickWin}
          </li>
        ))}
      </ol>
    </section>
  );
};
