import { useState } from 'preact/hooks';

/** Copies a link, or opens the phone's share sheet where there is one; says what happened. */
export const ShareLink = ({
  url,
  title,
  label = 'Share this result',
}: {
  url: string;
  title: string;
  label?: string;
}) => {
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
      setSaid('Link copied: paste it in an e-mail or a chat.');
    } catch {
      setSaid('Copy the link from the address bar: it brings back this result.');
    }
  };
  return (
    <>
      <button type="button" class="primary" onClick={share}>
        {label}
      </button>
      <span role="status" class="muted">
        {said}
      </span>
    </>
  );
};
