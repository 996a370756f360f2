import { useState } from 'preact/hooks';
import { t } from '../i18n';

/** Copies a link, or opens the phone's share sheet where there is one; says what happened. */
export const ShareLink = ({ url, title, label }: { url: string; title: string; label?: string }) => {
  const [said, setSaid] = useState<string | null>(null);
  const share = async () => {
    const nav = navigator as Navigator & { share?: (d: ShareData) => Promise<void> };
    if (nav.share && matchMedia('(pointer: coarse)').matches) {
      try {
        await nav.share({ title, url });
        return;
      } catch {
        // cancelled or refused: fall back to copying
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setSaid(t('share.copied'));
    } catch {
      setSaid(t('share.copyFromBar'));
    }
  };
  return (
    <>
      <button type="button" class="primary" onClick={share}>
        {label ?? t('share.button')}
      </button>
      <span role="status" class="muted">
        {said}
      </span>
    </>
  );
};
