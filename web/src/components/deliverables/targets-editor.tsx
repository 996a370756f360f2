import { useState } from 'preact/hooks';
import type { Result } from '../../api/client';
import { putTargets, type Targets } from '../../api/deliverables';
import { num, t } from '../../i18n';
import '../../i18n/report';

/** The consultant records the targets leadership agreed: a level per dimension and a date. */
export const TargetsEditor = ({
  assessmentId,
  result,
  targets,
  onSaved,
}: {
  assessmentId: string;
  result: Result;
  targets: Targets | null;
  onSaved: (t: Targets) => void;
}) => {
  const [levels, setLevels] = useState<Record<string, number>>(targets?.dimensions ?? {});
  const [date, setDate] = useState(targets?.date ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      const saved = await putTargets(assessmentId, { dimensions: levels, date: date || null });
      setMessage(t('targetsEditor.saved'));
      onSaved(saved);
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <details class="targets-editor no-print">
      <summary>{t('targetsEditor.summary')}</summary>
      <form onSubmit={save}>
        <div class="context-form">
          {result.maturity.dimensions.map((d) => (
            <div class="field" key={d.id}>
              <label for={`target-${d.id}`}>
                {t('targetsEditor.dimensionNow', {
                  dimension: d.name,
                  score: d.score === null ? '–' : num(d.score, 1),
                })}
              </label>
              <select
                id={`target-${d.id}`}
                value={levels[d.id] ?? ''}
                onChange={(e) => {
                  const v = (e.target as HTMLSelectElement).value;
                  const next = { ...levels };
                  if (v) next[d.id] = Number(v);
                  else delete next[d.id];
                  setLevels(next);
                }}
              >
                <option value="">{t('targetsEditor.noTarget')}</option>
                {[1, 2, 3, 4, 5].map((l) => (
                  <option key={l} value={l}>
                    {t('targetsEditor.level', { level: l })}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div class="field">
            <label for="target-date">{t('targetsEditor.by')}</label>
            <input
              id="target-date"
              type="date"
              value={date}
              onInput={(e) => setDate((e.target as HTMLInputElement).value)}
            />
          </div>
        </div>
        <button type="submit" class="primary">
          {t('targetsEditor.save')}
        </button>
        {message && <p role="status">{message}</p>}
      </form>
    </details>
  );
};
