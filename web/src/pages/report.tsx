import type { AssessmentResults, AssessmentView, Result } from '../api/client';
import { download, exportUrl, getAssessment, getResults } from '../api/consultant';
import { FirmBanner } from '../components/deliverables/firm-banner';
import {
  BenchmarkSection,
  DeliverableDownloads,
  type Deliverables,
  TargetsSection,
  useDeliverables,
} from '../components/deliverables/report-extras';
import { ShareLinksPanel } from '../components/deliverables/share-links-panel';
import { RequireSession } from '../components/require-session';
import { RespondentSetSection } from '../components/respondent-set';
import {
  type EvidenceFigure,
  MaturitySection,
  PlanSection,
  RecommendationSection,
  VerdictCard,
} from '../components/result-view';
import { RoleHeatmap, TOP_GAPS } from '../components/role-heatmap';
import { useLoad } from '../components/use-load';
import { ReportPrivacyFooter, WithheldNotice } from '../components/withheld-notice';
import { language, num, t } from '../i18n';
import '../i18n/report';
import { DataTable } from '../components/data-table';
import { useTitle } from '../lib/page';
import { session } from '../session';

type Scored = AssessmentResults & { result: Result };

const signed = (x: number | null) =>
  x === null ? '–' : `${x > 0 ? '+' : x < 0 ? '\u2212' : '\u00b1'}${num(Math.abs(x), 2)}`;

/** Prints only the one-page executive brief: the cover line, the verdict and maturity. */
const printBrief = () => {
  document.body.classList.add('print-brief');
  const done = () => {
    document.body.classList.remove('print-brief');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
};

/**
 * Below this share of invited stakeholders submitted, the report is preliminary however consistent the
 * answers are: the missing half could move it. Our own rule, in docs/scoring.md.
 */
export const FIRM_COVERAGE = 0.5;

/** Why the report is still a working draft: too few have answered, or the evidence is not yet sufficient. */
const preliminaryReasons = (r: AssessmentResults): string[] => [
  ...(r.coverage.rate < FIRM_COVERAGE
    ? [t('report.preliminaryCoverage', { submitted: r.coverage.submitted, invited: r.coverage.invited })]
    : []),
  ...(r.result?.evidence.status !== 'sufficient'
    ? [
        t('report.preliminaryEvidence', {
          status: t(`evidence.${r.result?.evidence.status ?? 'insufficient'}`),
        }),
      ]
    : []),
];
const isPreliminary = (r: AssessmentResults) => preliminaryReasons(r).length > 0;

const coverageText = (r: AssessmentResults) =>
  t('report.coverageValue', {
    submitted: r.coverage.submitted,
    invited: r.coverage.invited,
    rate: Math.round(r.coverage.rate * 100),
  });

const Toolbar = ({
  assessment,
  results,
  deliverables,
}: {
  assessment: AssessmentView;
  results: AssessmentResults;
  deliverables: Deliverables | null;
}) => {
  const id = assessment.id;
  const slug = assessment.clientName.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
  const scored = results.result ? (results as Scored) : null;
  return (
    <div class="toolbar no-print">
      <a href={`/assessments/${id}`}>{t('report.back')}</a>
      <div class="toolbar">
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <button type="button" onClick={printBrief} disabled={!scored}>
          {t('report.brief')}
        </button>
        {scored && deliverables && (
          <DeliverableDownloads assessment={assessment} results={scored} deliverables={deliverables} />
        )}
        <details class="menu">
          <summary class="button">{t('report.data')}</summary>
          <div class="menu-items">
            <button
              type="button"
              onClick={() => download(exportUrl(id, 'answers.csv'), `${slug}-answers.csv`)}
            >
              {t('report.answersCsv')}
            </button>
            <button type="button" onClick={() => download(exportUrl(id, 'scores.csv'), `${slug}-scores.csv`)}>
              {t('report.scoresCsv')}
            </button>
            <button
              type="button"
              onClick={() => download(exportUrl(id, 'results.json'), `${slug}-results.json`)}
            >
              {t('report.resultsJson')}
            </button>
          </div>
        </details>
      </div>
    </div>
  );
};

/** The cover: client, firm, date, coverage and edition; the preliminary banner; the contents. */
const Cover = ({
  assessment,
  results,
  deliverables,
  sections,
}: {
  assessment: AssessmentView;
  results: AssessmentResults;
  deliverables: Deliverables | null;
  sections: [string, string][];
}) => {
  const firm = deliverables?.branding?.firmName ?? session.value?.organisation ?? 'PMO Blueprint';
  return (
    <header class="cover">
      <FirmBanner branding={deliverables?.branding ?? null} />
      <p class="eyebrow">{t('report.eyebrow')}</p>
      <h1>{assessment.clientName}</h1>
      <dl class="cover-facts">
        <div>
          <dt>{t('report.preparedBy')}</dt>
          <dd>{firm}</dd>
        </div>
        <div>
          <dt>{t('report.date')}</dt>
          <dd>{t('report.dateValue', { date: new Date().toISOString().slice(0, 10) })}</dd>
        </div>
        <div>
          <dt>{t('report.coverageLabel')}</dt>
          <dd>
            {coverageText(results)}
            {t('report.inBatches', { k: Math.max(3, results.disclosure.minGroupSize) })}
          </dd>
        </div>
        <div>
          <dt>{t('report.questionnaire')}</dt>
          <dd>{t('report.editionValue', { edition: assessment.questionnaireVersion })}</dd>
        </div>
      </dl>
      {isPreliminary(results) && (
        <div class="callout callout-warn preliminary" role="note">
          <p>
            <strong>{t('report.preliminaryTitle')}</strong> {t('report.preliminary')}
          </p>
          <ul>
            {preliminaryReasons(results).map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      <WithheldNotice disclosure={results.disclosure} />
      {results.result && (
        <nav class="toc" aria-label={t('report.contents')}>
          <h2 class="small-heading">{t('report.contents')}</h2>
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
  );
};

/** How the roles see it: the heatmap, the gaps worth discussing, consensus and expectations. */
const RolesSection = ({ results }: { results: Scored }) => {
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
const ChangeSection = ({ results }: { results: Scored }) => {
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

/**
 * The consultant's report, ordered for a steering committee: cover with contents, the summary, how
 * the roles see it, maturity, the recommendation and business case, the plan, then targets, change and
 * benchmark. The consultant's tools (downloads, share links) stay off paper.
 */
export const ReportPage = ({ id }: { id: string }) => {
  // The report is said in the reader's language: switching it reloads the texts, not other numbers.
  const reading = language.value;
  const { data, error, reload } = useLoad(
    () => Promise.all([getAssessment(id), getResults(id)]),
    [id, reading],
  );
  const deliverables = useDeliverables(id);
  useTitle(data ? t('report.pageTitle', { client: data[0].clientName }) : null);
  if (error)
    return (
      <div class="state state-error" role="alert">
        <h1>{t('report.cannotLoad')}</h1>
        <p>{error}</p>
        <p class="toolbar">
          <button type="button" class="primary" onClick={reload}>
            {t('report.retry')}
          </button>
          <a class="button" href={`/assessments/${id}`}>
            {t('report.back')}
          </a>
        </p>
      </div>
    );
  return (
    <RequireSession>
      {!data ? (
        <p class="state" aria-busy="true">
          <span class="spinner" aria-hidden="true" /> {t('report.loading')}
        </p>
      ) : (
        (() => {
          const [a, r] = data;
          const scored = r.result ? (r as Scored) : null;
          const sections: [string, string][] = [
            ['summary', t('report.summaryTitle')],
            ['roles', t('report.rolesTitle')],
            ['maturity', t('result.byDimension')],
            [
              'recommendation',
              scored?.result.pmo.needed ? t('result.recommendationTitle') : t('result.noPmoTitle'),
            ],
            ['plan', t('result.rolloutTitle', { weeks: scored?.result.rollout.totalWeeks ?? 0 })],
            ['targets', t('targets.title')],
            ...(r.baseline ? [['change', t('report.changeTitle')] as [string, string]] : []),
            ['benchmark', t('bench.title')],
            ['respondent-set', t('respondentSet.title')],
          ];
          const evidence: EvidenceFigure | undefined = scored
            ? {
                label: t(
                  isPreliminary(r)
                    ? 'evidenceLabel.preliminary'
                    : `evidenceLabel.${scored.result.evidence.status}`,
                ),
                detail: coverageText(r),
              }
            : undefined;
          return (
            <article class="report">
              <Toolbar assessment={a} results={r} deliverables={deliverables} />
              <Cover assessment={a} results={r} deliverables={deliverables} sections={sections} />
              {!scored ? (
                <div class="state">
                  <h2>{t('report.noAnswersTitle')}</h2>
                  <p>{t('report.noFigures', { k: r.disclosure.minGroupSize })}</p>
                  <a class="button primary" href={`/assessments/${id}`}>
                    {t('report.invite')}
                  </a>
                </div>
              ) : (
                <>
                  <div id="summary" class="report-section summary-section">
                    <VerdictCard result={scored.result} evidence={evidence} />
                  </div>
                  <RolesSection results={scored} />
                  <MaturitySection result={scored.result} />
                  <RecommendationSection result={scored.result} />
                  <PlanSection result={scored.result} />
                  {deliverables && (
                    <TargetsSection assessment={a} results={scored} deliverables={deliverables} />
                  )}
                  <ChangeSection results={scored} />
                  {deliverables && <BenchmarkSection assessment={a} deliverables={deliverables} />}
                </>
              )}
              <RespondentSetSection set={r.respondentSet} minGroupSize={r.disclosure.minGroupSize} />
              <ShareLinksPanel assessmentId={a.id} />
              <ReportPrivacyFooter minGroupSize={r.disclosure.minGroupSize} />
            </article>
          );
        })()
      )}
    </RequireSession>
  );
};
