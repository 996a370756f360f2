import { useState } from 'preact/hooks';
import { createShareLink, listShareLinks, revokeShareLink } from '../../api/deliverables';
import { useLoad } from '../use-load';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '–');

/** Read-only links for leadership: create (shown once), see the views, revoke. */
export const ShareLinksPanel = ({ assessmentId }: { assessmentId: string }) => {
  const { data, error, reload } = useLoad(() => listShareLinks(assessmentId), [assessmentId]);
  const [label, setLabel] = useState('');
  const [days, setDays] = useState(30);
  const [created, setCreated] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const create = async (e: Event) => {
    e.preventDefault();
    setFailure(null);
    try {
      const link = await createShareLink(assessmentId, {
        ...(label.trim() ? { label: label.trim() } : {}),
        expiresInDays: days,
      });
      setCreated(link.shareUrl);
      setLabel('');
      reload();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
  };
  const revoke = async (linkId: string) => {
    await revokeShareLink(assessmentId, linkId).catch((err: Error) => setFailure(err.message));
    reload();
  };

  return (
    <section aria-labelledby="share-title" class="share-links no-print">
      <h2 id="share-title">Share with leadership</h2>
      <p class="muted">
        A read-only link to this report and the option comparison, without an account. It shows exactly what
        you see here (the same anonymity rules) and stops working when it expires or you revoke it.
      </p>
      <form class="context-form" onSubmit={create}>
        <div class="field">
          <label for="share-label">For whom (optional)</label>
          <input
            id="share-label"
            value={label}
            maxLength={120}
            onInput={(e) => setLabel((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="share-days">Expires after (days)</label>
          <input
            id="share-days"
            type="number"
            min={1}
            max={90}
            value={days}
            onInput={(e) => setDays(Number((e.target as HTMLInputElement).value) || 30)}
          />
        </div>
        <div class="field">
          <button type="submit" class="primary">
            Create share link
          </button>
        </div>
      </form>
      {created && (
        <div class="field created-link">
          <label for="share-url">Share link (shown once: copy it now)</label>
          <input
            id="share-url"
            readOnly
            value={created}
            onFocus={(e) => (e.target as HTMLInputElement).select()}
          />
        </div>
      )}
      {(failure || error) && <p role="alert">{failure ?? error}</p>}
      {data && data.items.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable)
        <section class="table-scroll" tabIndex={0} aria-label="Scrollable table">
          <table class="data">
            <caption class="sr-only">Share links</caption>
            <thead>
              <tr>
                <th scope="col">For</th>
                <th scope="col">State</th>
                <th scope="col">Views</th>
                <th scope="col">Last viewed</th>
                <th scope="col">Expires</th>
                <th scope="col">
                  <span class="sr-only">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{l.label ?? 'Share link'}</th>
                  <td>{l.state}</td>
                  <td>{l.views}</td>
                  <td>{when(l.lastViewedAt)}</td>
                  <td>{when(l.expiresAt)}</td>
                  <td>
                    {l.state === 'active' && (
                      <button
                        type="button"
                        onClick={() => revoke(l.id)}
                        aria-label={`Revoke ${l.label ?? 'share link'}`}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
};
