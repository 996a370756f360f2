import { ROLE_GROUP_NAME } from '../../../functions/contract/roles';
import type { AssessmentResults } from '../api/client';
import { formatScore } from '../lib/format';
import { LevelLegend } from './maturity-chart';

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
  const gapDims = new Set(results.analysis.gaps.slice(0, 3).map((g) => g.dimension));
  if (groups.length === 0) {
    return (
      <p>
        No role group has enough submitted responses yet to be shown (at least {results.analysis.minGroupSize}{' '}
        each).
      </p>
    );
  }
  return (
    <div class="table-scroll">
      <LevelLegend />
      <table class="data heatmap">
        <caption>Scores by role (1–5). Outlined rows hold the largest perception gaps.</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            {groups.map((g) => (
              <th scope="col" key={g.role}>
                {ROLE_GROUP_NAME[g.role]} <small>({g.respondents})</small>
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
                    {formatScore(score)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
