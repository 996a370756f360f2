import type { AssessmentResults, AssessmentView, Result } from '../api/client';
import { download, exportUrl, getAssessment, getResults } from '../api/consultant';
import { PriorityMap } from '../components/calibration/priority-map';
import { ValidationSection } from '../components/calibration/validation-section';
import { FirmBanner } from '../components/deliverables/firm-banner';
import { PrintFooter } from '../components/deliverables/print-footer';
import {
  BenchmarkSection,
  DeliverableDownloads,
  type Deliverables,
  TargetsSection,
  useDeliverables,
} from '../components/deliverables/report-extras';
import { ChangeSection, RolesSection } from '../components/deliverables/report-sections';
import { ShareLinksPanel } from '../components/deliverables/share-links-panel';
import { LoadFailed } from '../components/load-failed';
import { RequireSession } from '../components/require-session';
import { RespondentSetSection } from '../components/respondent-set';
import {
  type EvidenceFigure,
  MaturitySection,
  PlanSection,
  planTitle,
  RecommendationSection,
  VerdictCard,
} from '../components/result-view';
import { useLoad } from '../components/use-load';
import { ReportPrivacyFooter, WithheldNotice } from '../components/withheld-notice';
import { preliminaryOf } from '../deliverables/input';
import { FieldworkLink } from '../fieldwork/fieldwork-link';
import { language, t } from '../i18n';
import '../i18n/report';
import { tc } from '../i18n/calibration';
import { useTitle } from '../lib/page';
import { session } from '../session';
import './report.css';

type Scored = AssessmentResults & { result: Result };

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
 * Why the report is still a working draft: too few have answered, or the evidence is not yet
 * sufficient. The deck applies the same rule (deliverables/input).
 */
const preliminaryReasons = (r: AssessmentResults): string[] => [
  ...(preliminaryOf(r).coverage
    ? [t('report.preliminaryCoverage', { submitted: r.coverage.submitted, invited: r.coverage.invited })]
    : []),
  ...(preliminaryOf(r).evidence
    ? [
        t('report.preliminaryEvidence', {
          status: t(`evidence.${r.result?.evidence.status ?? 'insufficient'}`),
        }),
      ]
    : []),
];
const isPreliminary = (r: AssessmentResults) => preliminaryReasons(r).length > 0;

/** The assessment's date, not the print's: the day it closed, or the day it started while open. */
const assessmentDate = (a: AssessmentView) =>
  (a.status === 'closed' ? a.updatedAt : a.createdAt).slice(0, 10);

const firmOf = (deliverables: Deliverables | null) =>
  deliverables?.branding?.firmName ?? session.value?.organisation ?? 'PMO Blueprint';

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
      <a href={`/assessments/${id}/workshop`}>{tc('workshop.open')}</a>
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
        <FieldworkLink assessmentId={id} />
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
  const firm = firmOf(deliverables);
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
          <dd>{t('report.dateValue', { date: assessmentDate(assessment) })}</dd>
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
  if (error) return <LoadFailed error={error} reload={reload} id={id} />;
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
            ['plan', scored ? planTitle(scored.result.rollout) : t('office.planTitle')],
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
                    <VerdictCard result={scored.result} evidence={evidence} team />
                  </div>
                  <RolesSection results={scored} />
                  <MaturitySection result={scored.result} />
                  {r.validation && <ValidationSection validation={r.validation} />}
                  {r.priorities && <PriorityMap priorities={r.priorities} />}
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
              <PrintFooter
                text={[
                  firmOf(deliverables),
                  t('report.confidential'),
                  t('report.dateValue', { date: assessmentDate(a) }),
                ].join(' · ')}
              />
            </article>
          );
        })()
      )}
    </RequireSession>
  );
};
