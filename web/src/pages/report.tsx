import { download, exportUrl, getAssessment, getResults } from '../api/client';
import { RequireSession } from '../components/require-session';
import {
  type Evidence,
  evidenceStatus,
  MaturitySection,
  PlanSection,
  RecommendationSection,
  VerdictCard,
} from '../components/result-view';
import { RoleHeatmap } from '../components/role-heatmap';
import { LoadError, Loading } from '../components/states';
import { useLoad } from '../components/use-load';
import { formatDate, formatPercent, formatScore, formatSignedScore, plural } from '../lib/format';
import { useTitle } from '../lib/page';
import { session } from '../session';

/** Below these, a report is preliminary: too few voices to hand to a steering committee as final. */
const FIRM_RESPONDENTS = 5;
const FIRM_RATE = 0.5;
const FIRM_STATUSES = ['firm', 'sufficient', 'solid', 'strong', 'final', 'complete'];

/** Prints only the one-page executive brief: cover line, verdict, maturity. */
const printBrief = () => {
  document.body.classList.add('print-brief');
  const done = () => {
    document.body.classList.remove('print-brief');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
};

/** The consultant's report, ordered for a steering committee, with a cover and contents when printed. */
export const ReportPage = ({ id }: { id: string }) => {
  const { data, error, reload } = useLoad(() => Promise.all([getAssessment(id), getResults(id)]), [id]);
  useTitle(data ? `Report: ${data[0].clientName}` : 'Report');
  if (error) return <LoadError what="the report" error={error} onRetry={reload} />;
  return (
    <RequireSession>
      {!data ? (
        <Loading what="the report" />
      ) : (
        (() => {
          const [a, r] = data;
          const slug = a.clientName.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
          const dims = r.result?.maturity.dimensions ?? [];
          const status = r.result ? evidenceStatus(r.result) : undefined;
          const preliminary =
            status !== undefined
              ? !FIRM_STATUSES.includes(status)
              : r.coverage.submitted < FIRM_RESPONDENTS || r.coverage.rate < FIRM_RATE;
          const coverage = `${r.coverage.submitted} of ${plural(r.coverage.invited, 'stakeholder')} (${formatPercent(r.coverage.rate)})`;
          const evidence: Evidence = {
            label: preliminary ? 'Preliminary' : 'Sufficient',
            detail: `${coverage} submitted`,
          };
          const sections = [
            ['summary', 'Summary'],
            ['roles', 'How the roles see it'],
            ['maturity', 'Maturity by dimension'],
            ['recommendation', 'Recommendation and business case'],
            ['plan', 'Rollout plan'],
            ...(r.baseline ? [['change', 'Change since the baseline']] : []),
          ];
          return (
            <article class="report">
              <div class="toolbar no-print">
                <a href={`/assessments/${id}`}>← Back to the assessment</a>
                <div class="toolbar">
                  <button type="button" class="primary" onClick={() => window.print()}>
                    Print or save as PDF
                  </button>
                  <button type="button" onClick={printBrief} disabled={!r.result}>
                    Executive brief (1 page)
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
              <header class="cover">
                <p class="eyebrow">Project-management maturity and PMO recommendation</p>
                <h1>{a.clientName}</h1>
                <dl class="cover-facts">
                  <div>
                    <dt>Prepared by</dt>
                    <dd>{session.value?.organisation ?? 'PMO Blueprint'}</dd>
                  </div>
                  <div>
                    <dt>Date</dt>
                    <dd>{formatDate(new Date().toISOString())}</dd>
                  </div>
                  <div>
                    <dt>Coverage</dt>
                    <dd>
                      {coverage} submitted
                      {r.coverage.inProgress > 0
                        ? `; ${r.coverage.inProgress} still answering (not counted)`
                        : ''}
                    </dd>
                  </div>
                  <div>
                    <dt>Questionnaire</dt>
                    <dd>Edition {a.questionnaireVersion}</dd>
                  </div>
                </dl>
                {preliminary && (
                  <p class="callout callout-warn preliminary" role="note">
                    <strong>Preliminary.</strong> Only {coverage} have submitted, so this report may still
                    move; treat it as a working draft until more answers are in.
                  </p>
                )}
                {r.result && (
                  <nav class="toc" aria-label="Contents">
                    <h2 class="small-heading">Contents</h2>
                    <ol>
                      {sections.map(([sid, title]) => (
                        <li key={sid}>
                          <a href={`#${sid}`}>{title}</a>
                        </li>
                      ))}
                    </ol>
                  </nav>
                )}
              </header>
              {!r.result ? (
                <div class="state">
                  <h2>No submitted answers yet</h2>
                  <p>The report appears once stakeholders submit.</p>
                  <a class="button primary" href={`/assessments/${id}`}>
                    Invite or remind stakeholders
                  </a>
                </div>
              ) : (
                <>
                  <div id="summary" class="report-section summary-section">
                    <VerdictCard result={r.result} evidence={evidence} />
                  </div>
                  <section class="report-section" id="roles" aria-labelledby="roles-title">
                    <h2 id="roles-title">How the roles see it</h2>
                    <RoleHeatmap results={r} dimensions={dims} />
                    {r.analysis.hiddenRespondents > 0 && (
                      <p class="muted">
                        {plural(r.analysis.hiddenRespondents, 'response')} come from groups too small to show
                        without identifying people; they count in the overall scores only.
                      </p>
                    )}
                    <div class="two-col">
                      <div>
                        <h3>Perception gaps worth discussing</h3>
                        {r.analysis.gaps.length === 0 ? (
                          <p>The roles broadly agree: no gap of a full point or more.</p>
                        ) : (
                          <ol>
                            {r.analysis.gaps.slice(0, 4).map((g) => (
                              <li key={g.dimension}>{g.explanation}</li>
                            ))}
                          </ol>
                        )}
                      </div>
                      <div>
                        <h3>What stakeholders expect a PMO to deliver</h3>
                        <ol>
                          {r.analysis.expectations
                            .filter((e) => e.votes > 0)
                            .slice(0, 5)
                            .map((e) => (
                              <li key={e.service}>
                                {e.label}: {plural(e.votes, 'vote')} ({formatPercent(e.share)} of those who
                                chose)
                              </li>
                            ))}
                        </ol>
                      </div>
                    </div>
                    <details class="fold">
                      <summary>Consensus per dimension</summary>
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
                                <td>{formatScore(c.spread)}</td>
                                <td>{c.consensus}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                    </details>
                  </section>
                  <MaturitySection result={r.result} />
                  <RecommendationSection result={r.result} />
                  <PlanSection result={r.result} />
                  {r.baseline && (
                    <section class="report-section" id="change" aria-labelledby="change-title">
                      <h2 id="change-title">Change since the baseline</h2>
                      <p>
                        Overall: {formatScore(r.baseline.overall)} → {formatScore(r.result.maturity.overall)}{' '}
                        (
                        {formatSignedScore(
                          r.baseline.overall === null ? null : r.result.maturity.overall - r.baseline.overall,
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
                                <td>{formatScore(d.baseline)}</td>
                                <td>{formatScore(d.current)}</td>
                                <td
                                  class={
                                    d.change !== null && d.change > 0
                                      ? 'up'
                                      : d.change !== null && d.change < 0
                                        ? 'down'
                                        : ''
                                  }
                                >
                                  {formatSignedScore(d.change)}
                                </td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                    </section>
                  )}
                  <footer class="report-footer">
                    {a.clientName} · {session.value?.organisation ?? 'PMO Blueprint'} ·{' '}
                    {formatDate(new Date().toISOString())}
                  </footer>
                </>
              )}
            </article>
          );
        })()
      )}
    </RequireSession>
  );
};
