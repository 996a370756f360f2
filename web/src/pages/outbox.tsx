import { getOutbox } from '../api/client';
import { RequireSession } from '../components/require-session';
import { useLoad } from '../components/use-load';

/** Mail the local product "sent": invitations and reminders, newest first. */
export const OutboxPage = () => {
  const { data, error } = useLoad(getOutbox, []);
  return (
    <RequireSession>
      <section>
        <h1>Outbox</h1>
        <p class="muted">
          Running locally, mail is not sent: it lands here. In AWS it goes out through Amazon SES.
        </p>
        {error && <p role="alert">{error}</p>}
        {data?.items.length === 0 && <p>No mail yet.</p>}
        {data?.items.map((m) => (
          <article class="card mail" key={m.id}>
            <h2>{m.subject}</h2>
            <p class="muted">
              To {m.to} · {m.sentAt ? `sent ${new Date(m.sentAt).toLocaleString()}` : 'queued'}
            </p>
            <pre>{m.body}</pre>
          </article>
        ))}
      </section>
    </RequireSession>
  );
};
