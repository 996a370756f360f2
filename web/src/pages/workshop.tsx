import { getCalibration } from '../api/calibration';
import { getAssessment, getResults } from '../api/consultant';
import { PROJECTION_COLOURS, useProjection } from '../components/calibration/projection';
import { WorkshopDimension } from '../components/calibration/workshop-dimension';
import { RequireSession } from '../components/require-session';
import { useLoad } from '../components/use-load';
import { language } from '../i18n';
import { tc } from '../i18n/calibration';
import '../i18n/report';
import { useTitle } from '../lib/page';
import './workshop.css';

/**
 * The calibration workshop, made to be projected: per dimension the anonymous picture the results
 * publish, what to discuss, the agreed level with its rationale, importance and evidence; then the
 * audit trail of every change. Nothing here is finer than what the results already publish.
 */
export const WorkshopPage = ({ id }: { id: string }) => {
  const reading = language.value;
  const projection = useProjection();
  const { data, error, reload } = useLoad(
    () => Promise.all([getAssessment(id), getResults(id), getCalibration(id)]),
    [id, reading],
  );
  useTitle(data ? tc('workshop.title', { client: data[0].clientName }) : null);
  const style = {
    '--workshop-font': `${projection.fontPx}px`,
    '--workshop-columns': String(projection.columns),
    '--workshop-text': PROJECTION_COLOURS.text,
    '--workshop-background': PROJECTION_COLOURS.background,
    '--workshop-muted': PROJECTION_COLOURS.muted,
    '--workshop-accent': PROJECTION_COLOURS.accent,
    '--workshop-flag': PROJECTION_COLOURS.flag,
    '--workshop-flag-background': PROJECTION_COLOURS.flagBackground,
  };
  return (
    <RequireSession>
      {error ? (
        <div class="state state-error" role="alert">
          <h1>{tc('workshop.cannotLoad')}</h1>
          <p>{error}</p>
          <button type="button" class="primary" onClick={reload}>
            {tc('workshop.retry')}
          </button>
        </div>
      ) : !data ? (
        <p class="state" aria-busy="true">
          {tc('workshop.loading')}
        </p>
      ) : (
        (() => {
          const [assessment, results, calibration] = data;
          const dimensions = results.validation?.dimensions ?? [];
          const names = new Map(dimensions.map((d) => [d.id, d.name]));
          return (
            <article class="workshop" style={style} data-columns={projection.columns}>
              <header>
                <h1>{tc('workshop.title', { client: assessment.clientName })}</h1>
                <p class="muted">{tc('workshop.intro')}</p>
                <p class="muted">{tc('workshop.k', { k: Math.max(3, results.disclosure.minGroupSize) })}</p>
                <p class="toolbar no-print">
                  <a href={`/assessments/${id}`}>{tc('workshop.back')}</a>{' '}
                  <a class="button" href={`/assessments/${id}/report`}>
                    {tc('workshop.report')}
                  </a>
                </p>
              </header>
              <div class="workshop-grid">
                {dimensions.map((d) => (
                  <WorkshopDimension
                    key={`${d.id}-${calibration.version}`}
                    assessmentId={id}
                    results={results}
                    dimension={d}
                    calibration={calibration}
                    onChange={reload}
                  />
                ))}
              </div>
              <section class="workshop-trail" aria-labelledby="trail-title">
                <h2 id="trail-title">{tc('workshop.trail')}</h2>
                {calibration.trail.length === 0 ? (
                  <p class="muted">{tc('workshop.trailEmpty')}</p>
                ) : (
                  <ol>
                    {calibration.trail.map((e) => (
                      <li key={e.id}>
                        <time dateTime={e.at}>{e.at.slice(0, 16).replace('T', ' ')}</time>:{' '}
                        {tc('workshop.trailEntry', {
                          by: e.by,
                          field: tc(`workshop.field.${e.field}`),
                          dimension: names.get(e.dimension) ?? e.dimension,
                          from: e.from === null ? '–' : String(e.from),
                          to: e.to === null ? '–' : String(e.to),
                          why: e.why,
                        })}
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            </article>
          );
        })()
      )}
    </RequireSession>
  );
};
