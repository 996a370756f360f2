import { useState } from 'preact/hooks';
import type { ValidatedDimension } from '../../../../functions/contract/calibration';
import { agreeLevel, type Calibration, createEvidence, deleteEvidence } from '../../api/calibration';
import type { AssessmentResults } from '../../api/client';
import { num, t } from '../../i18n';
import { tc } from '../../i18n/calibration';

const LEVELS = [1, 2, 3, 4, 5];

/**
 * What to discuss about a dimension, from published aggregates only: no published score, respondents
 * who disagree, gaps between roles, and few rated questions (many "don't know").
 */
export const flagsFor = (results: AssessmentResults, d: ValidatedDimension): string[] => {
  const k = Math.max(3, results.disclosure.minGroupSize);
  const flags: string[] = [];
  if (d.surveyed === null) flags.push(tc('workshop.flagWithheld', { k }));
  const consensus = results.analysis.consensus.find((c) => c.dimension === d.id);
  if (consensus?.consensus === 'weak' && consensus.spread !== null)
    flags.push(tc('workshop.flagSpread', { spread: num(consensus.spread, 2) }));
  for (const gap of results.analysis.gaps.filter((g) => g.dimension === d.id)) flags.push(gap.explanation);
  const scored = results.result?.maturity.dimensions.find((x) => x.id === d.id);
  if (d.surveyed !== null && scored && scored.questionsAnswered / scored.questions < 0.75)
    flags.push(tc('workshop.flagCoverage', { rated: scored.questionsAnswered, questions: scored.questions }));
  return flags;
};

/** One dimension on the projected page: the anonymous picture, what to discuss, the agreement and its evidence. */
export const WorkshopDimension = ({
  assessmentId,
  results,
  dimension: d,
  calibration,
  onChange,
}: {
  assessmentId: string;
  results: AssessmentResults;
  dimension: ValidatedDimension;
  calibration: Calibration;
  onChange: () => void;
}) => {
  const agreed = calibration.dimensions.find((x) => x.id === d.id);
  const priority = results.priorities?.find((p) => p.id === d.id);
  const [level, setLevel] = useState<string>(agreed?.level ? String(agreed.level) : '');
  const [importance, setImportance] = useState<string>(agreed?.importance ? String(agreed.importance) : '');
  const [rationale, setRationale] = useState(agreed?.rationale ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const flags = flagsFor(results, d);
  const id = (part: string) => `w-${d.id}-${part}`;

  const save = async (e: Event) => {
    e.preventDefault();
    try {
      const next = await agreeLevel(assessmentId, d.id, {
        level: level ? Number(level) : null,
        importance: importance ? Number(importance) : null,
        rationale,
        version: calibration.version,
      });
      setStatus(next.version === calibration.version ? tc('workshop.nothingChanged') : tc('workshop.saved'));
      onChange();
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  };

  const addEvidence = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const link = String(data.get('link') ?? '').trim();
    try {
      await createEvidence(assessmentId, {
        dimension: d.id,
        document: String(data.get('document') ?? ''),
        observation: String(data.get('observation') ?? ''),
        level: Number(data.get('level') ?? 3),
        ...(link ? { link } : {}),
      });
      form.reset();
      setStatus(null);
      onChange();
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section class="workshop-dimension" aria-labelledby={id('title')} data-dimension={d.id}>
      <h2 id={id('title')}>{d.name}</h2>
      <p class="workshop-figures">
        <span>
          {tc('workshop.surveyed')}:{' '}
          <strong>{d.surveyed === null ? tc('workshop.notPublished') : num(d.surveyed, 2)}</strong>
        </span>
        <span>
          {tc('workshop.agreed')}: <strong>{d.agreed ?? tc('workshop.none')}</strong>
        </span>
        <span class="workshop-meta">
          {tc('workshop.confidence', { confidence: t(`confidence.${d.confidence}`) })}
        </span>
      </p>
      <div class="workshop-flags" role="note" aria-label={tc('workshop.flags')}>
        <strong>{tc('workshop.flags')}</strong>
        {flags.length === 0 ? (
          <p>{tc('workshop.flagNone')}</p>
        ) : (
          <ul>
            {flags.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        )}
      </div>
      <form onSubmit={save}>
        <label for={id('level')}>{tc('workshop.level')}</label>
        <select id={id('level')} value={level} onChange={(e) => setLevel(e.currentTarget.value)}>
          <option value="">{tc('workshop.levelNone')}</option>
          {LEVELS.map((l) => (
            <option key={l} value={String(l)}>
              {tc('workshop.levelOption', { level: l })}
            </option>
          ))}
        </select>
        <label for={id('importance')}>{tc('workshop.importance')}</label>
        <select
          id={id('importance')}
          value={importance}
          onChange={(e) => setImportance(e.currentTarget.value)}
        >
          <option value="">{tc('workshop.importanceNone')}</option>
          {LEVELS.map((l) => (
            <option key={l} value={String(l)}>
              {tc('workshop.importanceOption', { level: l })}
            </option>
          ))}
        </select>
        {priority?.stakeholders && (
          <p class="workshop-meta">
            {tc('workshop.stakeholders', {
              mean: num(priority.stakeholders.mean, 1),
              raters: priority.stakeholders.raters,
            })}
          </p>
        )}
        <label for={id('rationale')}>{tc('workshop.rationale')}</label>
        <textarea
          id={id('rationale')}
          required
          maxLength={2000}
          value={rationale}
          onInput={(e) => setRationale(e.currentTarget.value)}
        />
        <p>
          <button type="submit" class="primary">
            {tc('workshop.save')}
          </button>{' '}
          <span role="status">{status}</span>
        </p>
      </form>
      <h3>{tc('workshop.evidence')}</h3>
      {d.evidence.length === 0 ? (
        <p class="muted">{tc('workshop.noEvidence')}</p>
      ) : (
        <ul class="evidence-list">
          {d.evidence.map((item) => (
            <li key={item.id}>
              <strong>{item.document}</strong> ({tc('workshop.supportsValue', { level: item.level })}):{' '}
              {item.observation}{' '}
              <button
                type="button"
                onClick={async () => {
                  await deleteEvidence(assessmentId, item.id);
                  onChange();
                }}
              >
                {tc('workshop.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{tc('workshop.addEvidence')}</summary>
        <form onSubmit={addEvidence} aria-label={tc('workshop.addEvidence')}>
          <label for={id('document')}>{tc('workshop.document')}</label>
          <input id={id('document')} name="document" required maxLength={200} />
          <label for={id('link')}>{tc('workshop.link')}</label>
          <input id={id('link')} name="link" type="url" maxLength={2000} />
          <label for={id('observation')}>{tc('workshop.observation')}</label>
          <textarea id={id('observation')} name="observation" required maxLength={2000} />
          <label for={id('supports')}>{tc('workshop.supports')}</label>
          <select id={id('supports')} name="level">
            {LEVELS.map((l) => (
              <option key={l} value={String(l)}>
                {l}
              </option>
            ))}
          </select>
          <p>
            <button type="submit">{tc('workshop.addEvidence')}</button>
          </p>
        </form>
      </details>
    </section>
  );
};
