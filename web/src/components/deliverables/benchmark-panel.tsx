import { useState } from 'preact/hooks';
import { INDUSTRY_NAMES, SIZE_BAND_NAMES, sizeBandOf } from '../../../../functions/contract/benchmark-labels';
import {
  BENCHMARK_MIN_ORGANISATIONS,
  BENCHMARK_MIN_TENANTS,
} from '../../../../functions/contract/benchmark-thresholds';
import type { Industry, SizeBand } from '../../../../functions/contract/deliverables';
import { type BenchmarkView, putBenchmark } from '../../api/deliverables';
import { num, t } from '../../i18n';
import '../../i18n/report';
import { DataTable } from '../data-table';

/** The client's opt-in to the anonymous benchmark, and its percentiles where the cell is large enough. */
export const BenchmarkPanel = ({
  assessmentId,
  employees,
  initial,
  onChange,
}: {
  assessmentId: string;
  employees: number;
  initial: BenchmarkView | null;
  onChange?: (b: BenchmarkView) => void;
}) => {
  const [view, setView] = useState<BenchmarkView | null>(initial);
  const [consent, setConsent] = useState(initial?.consent ?? false);
  const [industry, setIndustry] = useState<Industry>(initial?.industry ?? 'other');
  const [sizeBand, setSizeBand] = useState<SizeBand>(initial?.sizeBand ?? sizeBandOf(employees));
  const [error, setError] = useState<string | null>(null);
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      const next = await putBenchmark(assessmentId, { consent, industry, sizeBand });
      setView(next);
      onChange?.(next);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section aria-labelledby="bench-title" class="benchmark">
      <h2 id="bench-title">{t('bench.title')}</h2>
      <form class="no-print" onSubmit={save}>
        <div class="field checkbox">
          <input
            id="bench-consent"
            type="checkbox"
            checked={consent}
            onChange={(e) => setConsent((e.target as HTMLInputElement).checked)}
          />
          <label for="bench-consent">{t('bench.consent')}</label>
        </div>
        <div class="context-form">
          <div class="field">
            <label for="bench-industry">{t('bench.industry')}</label>
            <select
              id="bench-industry"
              value={industry}
              onChange={(e) => setIndustry((e.target as HTMLSelectElement).value as Industry)}
            >
              {Object.keys(INDUSTRY_NAMES).map((id) => (
                <option key={id} value={id}>
                  {t(`bench.industry.${id as Industry}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="bench-size">{t('bench.sizeBand')}</label>
            <select
              id="bench-size"
              value={sizeBand}
              onChange={(e) => setSizeBand((e.target as HTMLSelectElement).value as SizeBand)}
            >
              {Object.keys(SIZE_BAND_NAMES).map((id) => (
                <option key={id} value={id}>
                  {t(`bench.size.${id as SizeBand}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit">{t('bench.save')}</button>
        {error && <p role="alert">{error}</p>}
      </form>
      {view && <BenchmarkResult view={view} />}
    </section>
  );
};

/** Percentiles per dimension, or why none are shown. */
export const BenchmarkResult = ({ view }: { view: BenchmarkView }) => (
  <div role="status">
    <p class="muted">
      {t(`bench.note.${view.reason}`, {
        minOrganisations: BENCHMARK_MIN_ORGANISATIONS,
        minTenants: BENCHMARK_MIN_TENANTS,
      })}
    </p>
    {view.percentiles.length > 0 && (
      <DataTable
        caption={t('bench.caption', {
          count: view.organisations ?? 0,
          industry: t(`bench.industry.${view.industry ?? 'other'}`),
          size: t(`bench.size.${view.sizeBand ?? '1-249'}`),
        })}
        columns={[t('targets.dimension'), t('bench.score'), t('bench.percentile')]}
      >
        {view.percentiles.map((p) => (
          <tr key={p.id}>
            <th scope="row">{p.name}</th>
            <td>{num(p.score, 2)}</td>
            <td>{p.percentile}</td>
          </tr>
        ))}
      </DataTable>
    )}
  </div>
);
