import { download, exportUrl, getAssessment, getResults } from '../api/client';
import { ReportExtras } from '../components/deliverables/report-extras';
import { RequireSession } from '../components/require-session';
import { ResultView } from '../components/result-view';
import { RoleHeatmap } from '../components/role-heatmap';
import { useLoad } from '../components/use-load';
import { ReportPrivacyFooter, WithheldNotice } from '../components/withheld-notice';

const signed = (x: number | null) =>
  x === null ? '–' : `${x > 0 ? '+' : x < 0 ? '\u2212' : '\u00b1'}${Math.abs(x).toFixed(2)}`;

/** The consultant's report: result, stakeholder analysis, change against the baseline, exports. Prints cleanly. */
export const ReportPage = ({ id }: { id: string }) => {
  const { data, error } = useLoad(() => Promise.all([getAssessment(id), getResults(id)]), [id]);
  if (error) return <p role="alert">{error}</p>;
  return (
    <RequireSession>
      {!data ? (
        <p aria-busy="true">Loading the report…</p>
      ) : (
        (() => {
          const [a, r] = data;
          const slug = a.clientName.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
          const dims = r.result?.maturity.dimensions ?? [];
          return (
            <article class="report">
              <div class="toolbar no-print">
                <a href={`/assessments/${id}`}>← Back to the assessment</a>
                <div class="toolbar">
                  <button type="button" onClick={() => window.print()}>
                    Print or save as PDF
                  </button>
                  <button
                    type="button"
                    onClick={() => download(exportUrl(id, 'answers.csv'), `${slug}-answers.csv`)}
                  >
                    Answers (CSV)
                  </button>
                  <button
                    type="button"
                    onClick={() => download(exportUrl(id, 'scores.csv'), `${slug}-scores.csv`)}
                  >
                    Scores (CSV)
                  </button>
                  <button
                    type="button"
                    onClick={() => download(exportUrl(id, 'results.json'), `${slug}-results.json`)}
                  >
                    Results (JSON)
                  </button>
                </div>
              </div>
              <h1>{a.clientName}: project management maturity and PMO recommendation</h1>
              <p class="muted">
                {r.coverage.submitted} of {r.coverage.invited} stakeholders submitted (
                {Math.round(r.coverage.rate * 100)} %)
                {r.coverage.inProgress > 0 ? `, ${r.coverage.inProgress} still answering (not counted)` : ''}{' '}
                · questionnaire {a.questionnaireVersion}
              </p>
              <WithheldNotice disclosure={r.disclosure} />
              <ReportExtras assessment={a} results={r} />
              {!r.result ? (
                <p>
                  No figures yet: the report appears once {r.disclosure.minGroupSize} stakeholders have
                  submitted.
                </p>
              ) : (
                <>
                  <ResultView result={r.result} />
                  <section class="page-break" aria-labelledby="roles-title">
                    <h2 id="roles-title">How the roles see it</h2>
                    <RoleHeatmap results={r} dimensions={dims} />
                    {r.analysis.hiddenRespondents > 0 && (
                      <p class="muted">
                        {r.analysis.hiddenRespondents} response(s) come from groups too small to show without
                        identifying people; they count in the overall scores only.
                      </p>
                    )}
                    <h3>Perception gaps worth discussing</h3>
                    {r.analysis.gaps.length === 0 ? (
                      <p>The roles broadly agree: no gap of a full point or more.</p>
                    ) : (
                      <ol>
                        {r.analysis.gaps.map((g) => (
                          <li key={g.dimension}>{g.explanation}</li>
                        ))}
                      </ol>
                    )}
                    <h3>Consensus</h3>
                    <div class="table-scroll">
                      <table class="data">
                        <caption class="sr-only">Consensus per dimension</caption>
                        <thead>
                          <tr>
                            <th scope="col">Dimension</th>
                            <th scope="col">Spread (std. dev.)</th>
                            <th scope="col">Consensus</th>
                          </tr>
                        </thead>
                        <tbody>
                          {r.analysis.consensus.map((c) => (
                            <tr key={c.dimension}>
                              <th scope="row">{c.dimensionName}</th>
                              <td>{c.spread === null ? 'withheld' : c.spread.toFixed(2)}</td>
                              <td>{c.consensus}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                    <h3>What stakeholders expect a PMO to deliver</h3>
                    <ol>
                      {r.analysis.expectations
                        .filter((e) => e.votes !== 0)
                        .map((e) => (
                          <li key={e.service}>
                            {e.votes === null || e.share === null ? (
                              <>{e.label}: chosen by too few people to show a count</>
                            ) : (
                              <>
                                {e.label}: {e.votes} vote{e.votes === 1 ? '' : 's'} (
                                {Math.round(e.share * 100)} % of those who chose)
                              </>
                            )}
                          </li>
                        ))}
                    </ol>
                  </section>
                  {r.baseline && (
                    <section aria-labelledby="change-title">
                      <h2 id="change-title">Change since the baseline</h2>
                      <p>
                        Overall: {r.baseline.overall?.toFixed(2) ?? '–'} →{' '}
                        {r.result.maturity.overall.toFixed(2)} (
                        {signed(
                          r.baseline.overall === null
                            ? null
                            : Math.round((r.result.maturity.overall - r.baseline.overall) * 100) / 100,
                        )}
                        )
                      </p>
                      <div class="table-scroll">
                        <table class="data">
                          <caption class="sr-only">Change per dimension</caption>
                          <thead>
                            <tr>
                              <th scope="col">Dimension</th>
                              <th scope="col">Baseline</th>
                              <th scope="col">Now</th>
                              <th scope="col">Change</th>
                            </tr>
                          </thead>
                          <tbody>
                            {r.baseline.dimensions.map((d) => (
                              <tr key={d.id}>
                                <th scope="row">{d.name}</th>
                                <td>{d.baseline?.toFixed(2) ?? '–'}</td>
                                <td>{d.current?.toFixed(2) ?? '–'}</td>
                                <td
                                  class={
                                    d.change !== null && d.change > 0
                                      ? 'up'
                                      : d.change !== null && d.change < 0
                                        ? 'down'
                                        : ''
                                  }
                                >
                                  {signed(d.change)}
                                </td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                    </section>
                  )}
                </>
              )}
              <ReportPrivacyFooter minGroupSize={r.disclosure.minGroupSize} />
            </article>
          );
        })()
      )}
    </RequireSession>
  );
};
