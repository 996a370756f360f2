import { getPortfolio, type Portfolio } from '../api/deliverables';
import { RequireSession } from '../components/require-session';
import { useLoad } from '../components/use-load';
import '../components/deliverables/deliverables.css';
import { num, t } from '../i18n';
import '../i18n/report';
import { DataTable } from '../components/data-table';
import type { ReportKey } from '../i18n/report-en';

const MODEL: Record<string, ReportKey> = {
  'weather-station': 'portfolio.model.weather-station',
  'control-tower': 'portfolio.model.control-tower',
  'resource-source': 'portfolio.model.resource-source',
};

/** A small line of a client's overall maturity across its assessments (1–5 scale). */
const Trend = ({ client }: { client: Portfolio['clients'][number] }) => {
  const points = client.trend.filter((t) => t.overall !== null);
  if (points.length < 2)
    return (
      <span class="muted">
        {points[0]?.overall == null ? t('portfolio.noScore') : num(points[0].overall, 2)}
      </span>
    );
  const w = 120;
  const h = 32;
  const xy = points.map((p, i) => [
    (i / (points.length - 1)) * (w - 8) + 4,
    h - 4 - (((p.overall as number) - 1) / 4) * (h - 8),
  ]);
  const label = points.map((p) => num(p.overall as number, 2)).join(' → ');
  return (
    <svg width={w} height={h} role="img" aria-label={t('portfolio.trendLabel', { trend: label })}>
      <title>{label}</title>
      <polyline
        points={xy.map(([x, y]) => `${x},${y}`).join(' ')}
        fill="none"
        stroke="currentColor"
        stroke-width="2"
      />
      {xy.map(([x, y]) => (
        <circle key={`${x}`} cx={x} cy={y} r="3" fill="currentColor" />
      ))}
    </svg>
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
                  <strong>{c.clientName}</strong> <Trend client={c} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </RequireSession>
  );
};
