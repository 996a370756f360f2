import type { ValidationView } from '../../../../functions/contract/calibration';
import { num } from '../../i18n';
import { tc } from '../../i18n/calibration';
import { DataTable } from '../data-table';
import './calibration.css';

/**
 * Surveyed and validated side by side: the survey's published score, the agreed level, its evidence
 * and why the two differ; then what the engine did with them and the audit trail in brief.
 */
export const ValidationSection = ({ validation }: { validation: ValidationView }) => {
  const agreed = validation.dimensions.filter((d) => d.agreed !== null);
  if (agreed.length === 0 && validation.trail.changes === 0) return null;
  return (
    <section class="validation report-section" id="validation" aria-labelledby="validation-title">
      <h2 id="validation-title">{tc('validation.title')}</h2>
      <p class="muted">{tc('validation.intro')}</p>
      <DataTable
        caption={tc('validation.caption')}
        hideCaption
        columns={[
          tc('validation.dimension'),
          tc('validation.surveyed'),
          tc('validation.agreed'),
          tc('validation.evidence'),
          tc('validation.why'),
        ]}
      >
        {validation.dimensions.map((d) => (
          <tr key={d.id} class={d.explanation ? 'differs' : undefined}>
            <th scope="row">{d.name}</th>
            <td>{d.surveyed === null ? tc('workshop.notPublished') : num(d.surveyed, 2)}</td>
            <td>{d.agreed ?? '–'}</td>
            <td>
              {tc('validation.evidenceCount', { count: d.evidence.length })}
              {d.evidence.length > 0 && (
                <ul class="evidence-list">
                  {d.evidence.map((e) => (
                    <li key={e.id}>
                      {e.link ? (
                        <a href={e.link} rel="noopener noreferrer" target="_blank">
                          {e.document}
                        </a>
                      ) : (
                        e.document
                      )}{' '}
                      ({tc('workshop.supportsValue', { level: e.level })})
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>{d.explanation ?? d.rationale ?? ''}</td>
          </tr>
        ))}
      </DataTable>
      {validation.explanation.length > 0 && (
        <ul class="validation-explanation">
          {validation.explanation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {validation.trail.changes > 0 && (
        <>
          <h3>{tc('validation.trailTitle')}</h3>
          <p>
            {tc('validation.trailCount', {
              count: validation.trail.changes,
              date: (validation.trail.lastChangeAt ?? '').slice(0, 10),
            })}
          </p>
          <ul class="trail-summary">
            {validation.trail.summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
