import { getPortfolio, type Portfolio } from '../api/deliverables';
import { RequireSession } from '../components/require-session';
import { useLoad } from '../components/use-load';
import '../components/deliverables/deliverables.css';

const MODEL: Record<string, string> = {
  'weather-station': 'Weather station',
  'control-tower': 'Control tower',
  'resource-source': 'Resource source',
};

/** A small line of a client's overall maturity across its assessments (1–5 scale). */
const Trend = ({ client }: { client: Portfolio['clients'][number] }) => {
  const points = client.trend.filter((t) => t.overall !== null);
  if (points.length < 2) return <span class="muted">{points[0]?.overall?.toFixed(2) ?? 'no score yet'}</span>;
  const w = 120;
  const h = 32;
  const xy = points.map((p, i) => [
    (i / (points.length - 1)) * (w - 8) + 4,
    h - 4 - (((p.overall as number) - 1) / 4) * (h - 8),
  ]);
  const label = points.map((p) => (p.overall as number).toFixed(2)).join(' → ');
  return (
    <svg width={w} height={h} role="img" aria-label={`Maturity trend: ${label}`}>
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
        <h1>Client portfolio</h1>
        {error && <p role="alert">{error}</p>}
        {!data ? (
          <p aria-busy="true">Loading…</p>
        ) : data.items.length === 0 ? (
          <p>No assessments yet.</p>
        ) : (
          <>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable) */}
            <section class="table-scroll" tabIndex={0} aria-label="Scrollable table">
              <table class="data">
                <caption class="sr-only">Assessments side by side</caption>
                <thead>
                  <tr>
                    <th scope="col">Client</th>
                    <th scope="col">Started</th>
                    <th scope="col">Status</th>
                    <th scope="col">Responses</th>
                    <th scope="col">Maturity</th>
                    <th scope="col">Verdict</th>
                    <th scope="col">Model</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((a) => (
                    <tr key={a.id}>
                      <th scope="row">
                        <a href={`/assessments/${a.id}/report`}>{a.clientName}</a>
                        {a.baselineId ? ' (re-assessment)' : ''}
                      </th>
                      <td>{a.createdAt.slice(0, 10)}</td>
                      <td>{a.status}</td>
                      <td>
                        {a.submitted}/{a.invited} ({Math.round(a.responseRate * 100)} %)
                      </td>
                      <td>{a.overall === null ? '–' : `${a.overall.toFixed(2)} (level ${a.level})`}</td>
                      <td>{a.needed === null ? '–' : a.needed ? 'PMO recommended' : 'No PMO yet'}</td>
                      <td>{a.model ? `${MODEL[a.model] ?? a.model}, ${a.sourcing}` : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <h2>Trend per client</h2>
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
