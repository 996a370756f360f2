import { download, exportUrl, getAssessment, getResults } from '../api/client';
import { ReportExtras } from '../components/deliverables/report-extras';
import { RequireSession } from '../components/require-session';
import { ResultView } from '../components/result-view';
import { RoleHeatmap } from '../components/role-heatmap';
import { useLoad } from '../components/use-load';
import { ReportPrivacyFooter, WithheldNotice } from '../components/withheld-notice';
import { language, num, t } from '../i18n';
import '../i18n/report';

const signed = (x: number | null) =>
  x === null ? '–' : `${x > 0 ? '+' : x < 0 ? '\u2212' : '\u00b1'}${num(Math.abs(x), 2)}`;

/** The consultant's report: result, stakeholder analysis, change against the baseline, exports. Prints cleanly. */
export const ReportPage = ({ id }: { id: string }) => {
  // The report is said in the reader's language: switching it reloads the texts, not other numbers.
  const reading = language.value;
  const { data, error } = useLoad(() => Promise.all([getAssessment(id), getResults(id)]), [id, reading]);
  if (error) return <p role="alert">{error}</p>;
  return (
    <RequireSession>
      {!data ? (
        <p aria-busy="true">{t('report.loading')}</p>
      ) : (
        (() => {
          const [a, r] = data;
          const slug = a.clientName.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
          const dims = r.result?.maturity.dimensions ?? [];
          return (
            <article class="report">
              <div class="toolbar no-print">
                <a href={`/assessments/${id}`}>{t('report.back')}</a>
                <div class="toolbar">
                  <button type="button" onClick={() => window.print()}>
                    {t('report.print')}
                  </button>
                  <button
                    type="button"
                    onClick={() => download(exportUrl(id, 'answers.csv'), `${slug}-answers.csv`)}
                  >
                    {t('report.answersCsv')}
                  </button>
                  <button
                    type="button"
                    onClick={() => download(exportUrl(id, 'scores.csv'), `${slug}-scores.csv`)}
                  >
                    {t('report.scoresCsv')}
                  </button>
                  <button
                    type="button"
                    onClick={() => download(exportUrl(id, 'results.json'), `${slug}-results.json`)}
                  >
                    {t('report.resultsJson')}
                  </button>
                </div>
              </div>
              <h1>{t('report.title', { client: a.clientName })}</h1>
              <p class="muted">
                {t('report.coverage', {
                  submitted: r.coverage.submitted,
                  invited: r.coverage.invited,
                  rate: Math.round(r.coverage.rate * 100),
                })}
                {r.coverage.inProgress > 0
                  ? t('report.stillAnswering', { count: r.coverage.inProgress })
                  : ''}{' '}
                · {t('report.edition', { edition: a.questionnaireVersion })}
              </p>
              <WithheldNotice disclosure={r.disclosure} />
              <ReportExtras assessment={a} results={r} />
              {!r.result ? (
                <p>{t('report.noFigures', { k: r.disclosure.minGroupSize })}</p>
              ) : (
                <>
                  <ResultView result={r.result} />
                  <section class="page-break" aria-labelledby="roles-title">
                    <h2 id="roles-title">{t('report.rolesTitle')}</h2>
                    <RoleHeatmap results={r} dimensions={dims} />
                    {r.analysis.hiddenRespondents > 0 && (
                      <p class="muted">{t('report.hidden', { count: r.analysis.hiddenRespondents })}</p>
                    )}
                    <h3>{t('report.gapsTitle')}</h3>
                    {r.analysis.gaps.length === 0 ? (
                      <p>{t('report.noGaps')}</p>
                    ) : (
                      <ol>
                        {r.analysis.gaps.map((g) => (
                          <li key={g.dimension}>{g.explanation}</li>
                        ))}
                      </ol>
                    )}
                    <h3>{t('report.consensusTitle')}</h3>
                    <div class="table-scroll">
                      <table class="data">
                        <caption class="sr-only">{t('report.consensusCaption')}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('report.dimension')}</th>
                            <th scope="col">{t('report.spread')}</th>
                            <th scope="col">{t('report.consensusTitle')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {r.analysis.consensus.map((c) => (
                            <tr key={c.dimension}>
                              <th scope="row">{c.dimensionName}</th>
                              <td>{c.spread === null ? t('report.withheld') : num(c.spread, 2)}</td>
                              <td>{t(`consensus.${c.consensus}`)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                    <h3>{t('report.expectationsTitle')}</h3>
                    <ol>
                      {r.analysis.expectations
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
                  </section>
                  {r.baseline && (
                    <section aria-labelledby="change-title">
                      <h2 id="change-title">{t('report.changeTitle')}</h2>
                      <p>
                        {t('report.overallChange', {
                          before: r.baseline.overall === null ? '–' : num(r.baseline.overall, 2),
                          now: num(r.result.maturity.overall, 2),
                          change: signed(
                            r.baseline.overall === null
                              ? null
                              : Math.round((r.result.maturity.overall - r.baseline.overall) * 100) / 100,
                          ),
                        })}
                      </p>
                      <div class="table-scroll">
                        <table class="data">
                          <caption class="sr-only">{t('report.changeCaption')}</caption>
                          <thead>
                            <tr>
                              <th scope="col">{t('report.dimension')}</th>
                              <th scope="col">{t('report.baseline')}</th>
                              <th scope="col">{t('report.now')}</th>
                              <th scope="col">{t('report.change')}</th>
                            </tr>
                          </thead>
                          <tbody>
                            {r.baseline.dimensions.map((d) => (
                              <tr key={d.id}>
                                <th scope="row">{d.name}</th>
                                <td>{d.baseline === null ? '–' : num(d.baseline, 2)}</td>
                                <td>{d.current === null ? '–' : num(d.current, 2)}</td>
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
