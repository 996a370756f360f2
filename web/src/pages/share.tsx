import { useEffect, useState } from 'preact/hooks';
import type { Result } from '../api/client';
import { getSharedReport, type SharedReport } from '../api/deliverables';
import { PriorityMap } from '../components/calibration/priority-map';
import { ValidationSection } from '../components/calibration/validation-section';
import { BenchmarkResult } from '../components/deliverables/benchmark-panel';
import { DeliverableButtons } from '../components/deliverables/deliverable-buttons';
import { FirmBanner } from '../components/deliverables/firm-banner';
import { TargetGaps } from '../components/deliverables/target-gaps';
import { WhatIf } from '../components/deliverables/what-if';
import { RespondentSetSection } from '../components/respondent-set';
import { ResultView } from '../components/result-view';
import { RoleHeatmap } from '../components/role-heatmap';
import { t } from '../i18n';
import '../i18n/report';
import '../components/deliverables/deliverables.css';

/**
 * The token is the fragment after `#`: it never reaches a server, a log or a Referer. Read
 * defensively: an empty or mangled fragment (cut short in a mail, bad percent-encoding) is said to
 * be one, never thrown, so the page cannot hang on its loader.
 */
const SHARE_TOKEN = /^[A-Za-z0-9_-]{43}$/;
export const readShareFragment = (hash: string): { token: string } | { problem: 'missing' | 'malformed' } => {
  const raw = hash.replace(/^#/, '');
  if (raw === '') return { problem: 'missing' };
  let token: string;
  try {
    token = decodeURIComponent(raw);
  } catch {
    return { problem: 'malformed' };
  }
  return SHARE_TOKEN.test(token) ? { token } : { problem: 'malformed' };
};

type State =
  | { kind: 'loading' }
  | { kind: 'refused'; message: string }
  | { kind: 'shown'; report: SharedReport };

/** Leadership's read-only view of one assessment through a share link: no account needed. */
export const SharePage = () => {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    const read = readShareFragment(location.hash);
    if ('problem' in read) {
      setState({
        kind: 'refused',
        message: t(read.problem === 'missing' ? 'share.noFragment' : 'share.malformed'),
      });
      return;
    }
    getSharedReport(read.token).then(
      (report) => setState({ kind: 'shown', report }),
      (e: unknown) =>
        setState({ kind: 'refused', message: e instanceof Error ? e.message : t('share.malformed') }),
    );
  }, []);

  if (state.kind === 'loading') return <p aria-busy="true">{t('share.loading')}</p>;
  if (state.kind === 'refused')
    return (
      <section>
        <h1>{t('share.refusedTitle')}</h1>
        <p role="alert">{state.message}</p>
        <p>
          <a href="/">{t('app.backToStart')}</a>
        </p>
      </section>
    );
  const { report } = state;
  const r = report.results;
  const result = r.result;
  return (
    <article class="report shared-report">
      <FirmBanner branding={report.branding} />
      <h1>{t('share.title', { client: report.clientName })}</h1>
      <p class="muted">
        {t('share.sharedUntil', {
          date: report.expiresAt,
          submitted: r.coverage.submitted,
          invited: r.coverage.invited,
        })}
      </p>
      {!result ? (
        <p>{t('share.noResultsYet')}</p>
      ) : (
        <>
          <div class="toolbar no-print">
            <DeliverableButtons
              input={() => ({
                clientName: report.clientName,
                results: { ...r, result: result as Result },
                targets: report.targets,
                branding: report.branding,
                benchmark: report.benchmark,
                preparedOn: new Date().toISOString().slice(0, 10),
              })}
            />
            <button type="button" onClick={() => window.print()}>
              {t('report.print')}
            </button>
          </div>
          <ResultView result={result} team />
          <TargetGaps result={result} targets={report.targets} baseline={r.baseline} />
          {r.validation && <ValidationSection validation={r.validation} />}
          {r.priorities && <PriorityMap priorities={r.priorities} />}
          <section aria-labelledby="roles-title">
            <h2 id="roles-title">{t('report.rolesTitle')}</h2>
            {/* The heatmap's own scroller is not focusable; this one is, and takes over the scrolling. */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable) */}
            <section class="table-scroll heatmap-scroll" tabIndex={0} aria-label={t('share.scoresByRole')}>
              <RoleHeatmap results={r} dimensions={result.maturity.dimensions} />
            </section>
            {r.analysis.gaps.length > 0 && (
              <ol>
                {r.analysis.gaps.map((g) => (
                  <li key={g.dimension}>{g.explanation}</li>
                ))}
              </ol>
            )}
          </section>
          {report.benchmark.percentiles.length > 0 && (
            <section aria-labelledby="bench-title">
              <h2 id="bench-title">{t('share.benchTitle')}</h2>
              <BenchmarkResult view={report.benchmark} />
            </section>
          )}
          <WhatIf context={report.context} maturity={result.maturity} />
        </>
      )}
      <RespondentSetSection set={r.respondentSet} minGroupSize={r.disclosure.minGroupSize} />
    </article>
  );
};
