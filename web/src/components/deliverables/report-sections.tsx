import type { AssessmentResults, Result } from '../../api/client';
import { language, num, t } from '../../i18n';
import '../../i18n/report';
import { DataTable } from '../data-table';
import { RoleHeatmap, TOP_GAPS } from '../role-heatmap';

type Scored = AssessmentResults & { result: Result };

const signed = (x: number | null) =>
  x === null ? '–' : `${x > 0 ? '+' : x < 0 ? '\u2212' : '\u00b1'}${num(Math.abs(x), 2)}`;

/** How the roles see it: the heatmap, the gaps worth discussing, consensus and expectations. */
type Split = NonNullable<AssessmentResults['analysis']['splits']>[number];

/**
 * The splits as sentences a committee reads once: executives against delivery, one sentence per
 * direction naming every dimension; a split inside a role, its own sentence.
 */
const splitLines = (splits: readonly Split[]): string[] => {
  const list = new Intl.ListFormat(language.value, { type: 'conjunction' });
  const across = (direction: 'higher' | 'lower') =>
    splits
      .filter((s) => s.kind === 'executives-delivery' && s.executives === direction)
      .map((s) => s.dimensionName);
  const lines: string[] = [];
  for (const direction of ['higher', 'lower'] as const) {
    const names = across(direction);
    if (names.length > 1)
      lines.push(t(`report.splitsExecutives.${direction}`, { dimensions: list.format(names) }));
    else if (names.length === 1)
      lines.push(
        splits.find((s) => s.kind === 'executives-delivery' && s.executives === direction)?.explanation ?? '',
      );
  }
  return [...lines, ...splits.filter((s) => s.kind === 'within-role').map((s) => s.explanation)];
};

export const RolesSection = ({ results }: { results: Scored }) => {
  const { analysis } = results;
  return (
    <section class="report-section" id="roles" aria-labelledby="roles-title">
      <h2 id="roles-title">{t('report.rolesTitle')}</h2>
      <RoleHeatmap results={results} dimensions={results.result.maturity.dimensions} />
      {analysis.hiddenRespondents > 0 && (
        <p class="muted">{t('report.hiddenShort', { count: analysis.hiddenRespondents })}</p>
      )}
      <div class="two-col">
        <div>
          <h3>{t('report.gapsTitle')}</h3>
          {analysis.gaps.length === 0 ? (
            <p>{t('report.noGaps')}</p>
          ) : (
            <>
              <ol>
                {analysis.gaps.slice(0, TOP_GAPS).map((g) => (
                  <li key={g.dimension}>{g.explanation}</li>
                ))}
              </ol>
              {analysis.gaps.length > TOP_GAPS && (
                <details class="fold">
                  <summary>{t('report.moreGaps', { count: analysis.gaps.length - TOP_GAPS })}</summary>
                  <ol start={TOP_GAPS + 1}>
                    {analysis.gaps.slice(TOP_GAPS).map((g) => (
                      <li key={g.dimension}>{g.explanation}</li>
                    ))}
                  </ol>
                </details>
              )}
            </>
          )}
          {(analysis.splits ?? []).length > 0 && (
            <ul>
              {splitLines(analysis.splits ?? []).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t('report.expectationsTitle')}</h3>
          <ol>
            {analysis.expectations
              .filter((e) => e.votes !== 0)
              .map((e) => (
                <li key={e.service}>
                  {e.votes === null || e.share === null
                    ? t('report.tooFew', { service: e.label })
                    : t('report.votes', {
                        service: e.label,
                        votes: e.votes,
                        share: Math.round(e.share * 100),
                      })}
                </li>
              ))}
          </ol>
        </div>
      </div>
      <details class="fold">
        <summary>{t('report.consensusCaption')}</summary>
        <DataTable
          caption={t('report.consensusCaption')}
          columns={[t('report.dimension'), t('report.spread'), t('report.consensusTitle')]}
          hideCaption
        >
          {analysis.consensus.map((c) => (
            <tr key={c.dimension}>
              <th scope="row">{c.dimensionName}</th>
              <td>{c.spread === null ? t('report.withheld') : num(c.spread, 2)}</td>
              <td>{t(`consensus.${c.consensus}`)}</td>
            </tr>
          ))}
        </DataTable>
      </details>
    </section>
  );
};

/** Change per dimension since the baseline assessment. */
export const ChangeSection = ({ results }: { results: Scored }) => {
  const { baseline, result } = results;
  if (!baseline) return null;
  return (
    <section class="report-section" id="change" aria-labelledby="change-title">
      <h2 id="change-title">{t('report.changeTitle')}</h2>
      <p>
        {t('report.overallChange', {
          before: baseline.overall === null ? '–' : num(baseline.overall, 2),
          now: num(result.maturity.overall, 2),
          change: signed(
            baseline.overall === null
              ? null
              : Math.round((result.maturity.overall - baseline.overall) * 100) / 100,
          ),
        })}
      </p>
      <DataTable
        caption={t('report.changeCaption')}
        columns={[t('report.dimension'), t('report.baseline'), t('report.now'), t('report.change')]}
        hideCaption
      >
        {baseline.dimensions.map((d) => (
          <tr key={d.id}>
            <th scope="row">{d.name}</th>
            <td>{d.baseline === null ? '–' : num(d.baseline, 2)}</td>
            <td>{d.current === null ? '–' : num(d.current, 2)}</td>
            <td
              class={
                d.change !== null && d.change > 0 ? 'up' : d.change !== null && d.change < 0 ? 'down' : ''
              }
            >
              {signed(d.change)}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
};
