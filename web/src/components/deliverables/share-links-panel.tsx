import { useState } from 'preact/hooks';
import { createShareLink, listShareLinks, revokeShareLink } from '../../api/deliverables';
import { language, t } from '../../i18n';
import '../../i18n/report';
import { useLoad } from '../use-load';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(language.value) : '–');

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
      <h2 id="share-title">{t('shareLinks.title')}</h2>
      <p class="muted">{t('shareLinks.intro')}</p>
      <form class="context-form" onSubmit={create}>
        <div class="field">
          <label for="share-label">{t('shareLinks.forWhom')}</label>
          <input
            id="share-label"
            value={label}
            maxLength={120}
            onInput={(e) => setLabel((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="share-days">{t('shareLinks.expiresAfter')}</label>
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
            {t('shareLinks.create')}
          </button>
        </div>
      </form>
      {created && (
        <div class="field created-link">
          <label for="share-url">{t('shareLinks.shownOnce')}</label>
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
        <section class="table-scroll" tabIndex={0} aria-label={t('whatIf.scrollable')}>
          <table class="data">
            <caption class="sr-only">{t('shareLinks.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shareLinks.for')}</th>
                <th scope="col">{t('shareLinks.state')}</th>
                <th scope="col">{t('shareLinks.views')}</th>
                <th scope="col">{t('shareLinks.lastViewed')}</th>
                <th scope="col">{t('shareLinks.expires')}</th>
                <th scope="col">
                  <span class="sr-only">{t('shareLinks.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{l.label ?? t('shareLinks.unnamed')}</th>
                  <td>{t(`shareLinks.state.${l.state}`)}</td>
                  <td>{l.views}</td>
                  <td>{when(l.lastViewedAt)}</td>
                  <td>{when(l.expiresAt)}</td>
                  <td>
                    {l.state === 'active' && (
                      <button
                        type="button"
                        onClick={() => revoke(l.id)}
                        aria-label={t('shareLinks.revokeNamed', { name: l.label ?? t('shareLinks.unnamed') })}
                      >
                        {t('shareLinks.revoke')}
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
