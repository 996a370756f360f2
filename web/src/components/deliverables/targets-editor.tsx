import { useState } from 'preact/hooks';
import type { Result } from '../../api/client';
import { putTargets, type Targets } from '../../api/deliverables';

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
      setMessage('Targets saved.');
      onSaved(saved);
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <details class="targets-editor no-print">
      <summary>Set targets with leadership</summary>
      <form onSubmit={save}>
        <div class="context-form">
          {result.maturity.dimensions.map((d) => (
            <div class="field" key={d.id}>
              <label for={`target-${d.id}`}>
                {d.name} (now {d.score?.toFixed(1) ?? '–'})
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
                <option value="">No target</option>
                {[1, 2, 3, 4, 5].map((l) => (
                  <option key={l} value={l}>
                    Level {l}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div class="field">
            <label for="target-date">Reach them by</label>
            <input
              id="target-date"
              type="date"
              value={date}
              onInput={(e) => setDate((e.target as HTMLInputElement).value)}
            />
          </div>
        </div>
        <button type="submit" class="primary">
          Save targets
        </button>
        {message && <p role="status">{message}</p>}
      </form>
    </details>
  );
};
