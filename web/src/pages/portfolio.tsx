import { getPortfolio, type Portfolio } from '../api/deliverables';
import { RequireSession } from '../components/require-session';
import { useLoad } from '../components/use-load';
import '../components/deliverables/deliverables.css';
import './portfolio.css';
import { num, t } from '../i18n';
import '../i18n/report';
import { DataTable } from '../components/data-table';
import type { ReportKey } from '../i18n/report-en';

const MODEL: Record<string, ReportKey> = {
  'weather-station': 'portfolio.model.weather-station',
  'control-tower': 'portfolio.model.control-tower',
  'resource-source': 'portfolio.model.resource-source',
};

/** A signed change with a true minus sign, e.g. "+0.75" or "−0.20". */
const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '\u2212' : '±'}${num(Math.abs(n), 2)}`;

/**
 * A client's overall maturity across its assessments: a small sparkline with each value printed on
 * its point, and beside it the same in words (values, dates, change), which is what screen readers
 * read. One assessment is one point, with a word that a trend needs a second.
 */
export const Trend = ({ client }: { client: Portfolio['clients'][number] }) => {
  const points = client.trend.filter((p): p is typeof p & { overall: number } => p.overall !== null);
  if (points.length === 0) return <span class="muted">{t('portfolio.noScore')}</span>;
  const values = points.map((p) => p.overall);
  // Scaled to the client's own range (at least one level tall, within 1–5): the printed values keep it honest.
  const mid = (Math.min(...values) + Math.max(...values)) / 2;
  const half = Math.max(0.5, (Math.max(...values) - Math.min(...values)) / 2);
  const low = Math.max(1, Math.min(mid - half, 5 - 2 * half));
  const high = Math.min(5, low + 2 * half);
  const step = 56;
  const w = Math.max(64, (points.length - 1) * step + 40);
  const h = 52;
  const top = 18;
  const bottom = 6;
  const xy = points.map((p, i) => [
    points.length === 1 ? w / 2 : 20 + i * step,
    top + (1 - (p.overall - low) / (high - low || 1)) * (h - top - bottom),
  ]) as [number, number][];
  const first = points[0] as (typeof points)[number];
  const last = points[points.length - 1] as (typeof points)[number];
  return (
    <span class="trend">
      <svg class="sparkline" width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true">
        {points.length > 1 && (
          <polyline points={xy.map(([x, y]) => `${x},${y}`).join(' ')} fill="none" stroke-width="2" />
        )}
        {xy.map(([x, y], i) => (
          <g key={points[i]?.id}>
            <circle cx={x} cy={y} r="3.5" />
            <text x={x} y={y - 7} text-anchor="middle">
              {num(values[i] as number, 2)}
            </text>
          </g>
        ))}
      </svg>
      <span class="trend-text">
        {points.length === 1
          ? t('portfolio.trendOne', { score: num(first.overall, 2), date: first.createdAt })
          : t('portfolio.trendMany', {
              values: points
                .map((p) => t('portfolio.trendPoint', { score: num(p.overall, 2), date: p.createdAt }))
                .join(' → '),
              change: signed(last.overall - first.overall),
            })}
      </span>
    </span>
  );
};

/** The consultant's clients side by side: maturity, verdict, model, status, response rate, and each client's trend. */
export const PortfolioPage = () => {
  const { data, error } = useLoad(getPortfolio, []);
  return (
    <RequireSession>
      <section class="portfolio">
        <h1>{t('portfolio.title')}</h1>
        {error && <p role="alert">{error}</p>}
        {!data ? (
          <p aria-busy="true">{t('compare.loading')}</p>
        ) : data.items.length === 0 ? (
          <p>{t('portfolio.empty')}</p>
        ) : (
          <>
            <DataTable
              caption={t('portfolio.caption')}
              columns={[
                t('portfolio.client'),
                t('portfolio.started'),
                t('portfolio.status'),
                t('portfolio.responses'),
                t('portfolio.maturity'),
                t('portfolio.verdict'),
                t('whatIf.model'),
              ]}
              hideCaption
            >
              {data.items.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <a href={`/assessments/${a.id}/report`}>{a.clientName}</a>
                    {a.baselineId ? ` ${t('portfolio.reassessment')}` : ''}
                  </th>
                  <td>{t('portfolio.date', { date: a.createdAt })}</td>
                  <td>{t(`portfolio.status.${a.status}`)}</td>
                  <td>
                    {t('portfolio.responseRate', {
                      submitted: a.submitted,
                      invited: a.invited,
                      rate: Math.round(a.responseRate * 100),
                    })}
                  </td>
                  <td>
                    {a.overall === null
                      ? '–'
                      : t('portfolio.overall', { overall: a.overall, level: a.level ?? 0 })}
                  </td>
                  <td>
                    {a.needed === null
                      ? '–'
                      : t(a.needed ? 'portfolio.pmoRecommended' : 'portfolio.noPmoYet')}
                    {a.needed !== null && a.preliminary && (
                      <>
                        {' '}
                        <span class="badge">{t('evidenceLabel.preliminary')}</span>
                      </>
                    )}
                  </td>
                  <td>
                    {a.model
                      ? t('portfolio.modelSourcing', {
                          model: MODEL[a.model] ? t(MODEL[a.model] as ReportKey) : a.model,
                          sourcing: a.sourcing ? t(`sourcing.${a.sourcing}` as ReportKey) : '',
                        })
                      : '–'}
                  </td>
                </tr>
              ))}
            </DataTable>
            <h2>{t('portfolio.trends')}</h2>
            <ul class="trends">
              {data.clients.map((c) => (
                <li key={c.clientName}>
                  <strong>{c.clientName}</strong>
                  <Trend client={c} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </RequireSession>
  );
};
