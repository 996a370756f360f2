import { useState } from 'preact/hooks';
import { downloadDeck, downloadWorkbook } from '../../deliverables/download';
import type { DeliverableInput } from '../../deliverables/input';
import { t } from '../../i18n';
import '../../i18n/report';

/** "Download slides" and "Download workbook": the builders load only when pressed. */
export const DeliverableButtons = ({ input }: { input: () => DeliverableInput }) => {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (what: string, make: (i: DeliverableInput) => Promise<void>) => async () => {
    setBusy(what);
    setError(null);
    try {
      await make(input());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <span class="deliverable-buttons">
      <button type="button" class="primary" disabled={busy !== null} onClick={run('slides', downloadDeck)}>
        {t(busy === 'slides' ? 'deliver.preparingSlides' : 'deliver.slides')}
      </button>
      <button type="button" disabled={busy !== null} onClick={run('workbook', downloadWorkbook)}>
        {t(busy === 'workbook' ? 'deliver.preparingWorkbook' : 'deliver.workbook')}
      </button>
      {error && <span role="alert">{error}</span>}
    </span>
  );
};
