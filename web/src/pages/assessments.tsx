import { listAssessments } from '../api/client';
import { RequireSession } from '../components/require-session';
import { useLoad } from '../components/use-load';

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** The consultant's assessments with status and response rate. */
export const AssessmentsPage = () => {
  const { data, error } = useLoad(listAssessments, []);
  return (
    <RequireSession>
      <section>
        <div class="toolbar">
          <h1>Assessments</h1>
          <a class="button primary" href="/assessments/new">
            New assessment
          </a>
        </div>
        {error && <p role="alert">{error}</p>}
        {!data && !error && <p aria-busy="true">Loading…</p>}
        {data && data.items.length === 0 && <p>No assessments yet. Create the first one for a client.</p>}
        {data && data.items.length > 0 && (
          <div class="table-scroll">
            <table class="data">
              <caption class="sr-only">Assessments</caption>
              <thead>
                <tr>
                  <th scope="col">Client</th>
                  <th scope="col">Status</th>
                  <th scope="col">Due</th>
                  <th scope="col">Responses</th>
                  <th scope="col">Created</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <a href={`/assessments/${a.id}`}>{a.clientName}</a>
                      {a.baselineId && <span class="badge muted">follow-up</span>}
                    </th>
                    <td>{a.status}</td>
                    <td>{a.dueDate ?? '–'}</td>
                    <td>
                      {a.progress.submitted} of {a.progress.invited} ({pct(a.progress.rate)})
                    </td>
                    <td>{a.createdAt.slice(0, 10)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </RequireSession>
  );
};
