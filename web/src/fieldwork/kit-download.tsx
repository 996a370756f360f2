import { useState } from 'preact/hooks';
import type { Agenda } from '../../../functions/core/fieldwork/agenda';
import { slugOf } from '../deliverables/input';
import { saveBlob } from '../lib/save-file';
import type { Fieldwork } from './load';

/** "Download as a workbook": the writer (and the zip library) load only when pressed. */
export const KitDownload = ({
  kit,
  agenda,
  clientName,
  firm,
}: {
  kit: Fieldwork;
  agenda: Agenda | null;
  clientName: string;
  firm: string;
}) => {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const { buildKitWorkbook } = await import('./kit-workbook');
      const bytes = await buildKitWorkbook(kit, agenda, {
        clientName,
        firm,
        preparedOn: new Date().toISOString().slice(0, 10),
      });
      saveBlob(
        new Blob([bytes as BlobPart], {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        }),
        `${slugOf(clientName)}-fieldwork-kit.xlsx`,
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" disabled={busy} onClick={run}>
        {kit.say(busy ? 'kit.preparingWorkbook' : 'kit.workbook')}
      </button>
      {error && <span role="alert">{error}</span>}
    </>
  );
};
