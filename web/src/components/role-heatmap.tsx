import type { AssessmentResults } from '../api/client';
import { num, t } from '../i18n';
import '../i18n/report';
import { LevelLegend } from './maturity-chart';
import './role-heatmap.css';

/** The widest perception gaps: outlined in the heatmap and listed first in the report. */
export const TOP_GAPS = 4;

/** The level a score sits at (rounded down), for the shared colour-blind-safe level scale. */
const levelClass = (score: number | null) =>
  score === null ? 'lvl-none' : `lvl-${Math.min(5, Math.max(1, Math.floor(score)))}`;

/** Dimension by role: each cell is that group's score; the largest perception gaps are outlined. */
export const RoleHeatmap = ({
  results,
  dimensions,
}: {
  results: AssessmentResults;
  dimensions: { id: string; name: string }[];
}) => {
  const groups = results.analysis.byRole;
  const gapDims = new Set(results.analysis.gaps.slice(0, TOP_GAPS).map((g) => g.dimension));
  if (groups.length === 0) {
    return <p>{t('heatmap.none', { k: results.analysis.minGroupSize })}</p>;
  }
  return (
    <div class="heatmap-wrap">
      <LevelLegend />
      <p class="muted" id="heatmap-caption">
        {t('heatmap.caption')}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable) */}
      <section class="table-scroll" tabIndex={0} aria-labelledby="heatmap-caption">
        <table class="data heatmap">
          <caption class="sr-only">{t('heatmap.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.dimension')}</th>
              {groups.map((g) => (
                <th scope="col" key={g.role}>
                  {t(`roleGroup.${g.role}`)} <small>({g.respondents})</small>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dimensions.map((d) => (
              <tr key={d.id} class={gapDims.has(d.id) ? 'gap-row' : ''}>
                <th scope="row">{d.name}</th>
                {groups.map((g) => {
                  const score = g.dimensions.find((x) => x.id === d.id)?.score ?? null;
                  return (
                    <td key={g.role} class={levelClass(score)}>
                      {score === null ? '–' : num(score, 2)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
};
