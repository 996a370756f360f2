import { useEffect, useState } from 'preact/hooks';
import type { ResponseDocument } from '../api/client';
import { t } from '../i18n';

type Module = typeof import('./device-transfer');
let loading: Promise<Module> | null = null;
/** The device-transfer code is rarely used: it loads when first needed, not with the questionnaire. */
const load = (): Promise<Module> => {
  loading ??= import('./device-transfer');
  return loading;
};

const useTransferModule = (wanted: boolean): Module | null => {
  const [mod, setMod] = useState<Module | null>(null);
  useEffect(() => {
    if (wanted && !mod) void load().then(setMod);
  }, [wanted, mod]);
  return mod;
};

/** "Continue on another device": the summary is always there; what it opens loads on first opening. */
export const TransferCode = ({ token }: { token: string }) => {
  const [open, setOpen] = useState(false);
  const mod = useTransferModule(open);
  return (
    <details class="transfer" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('transfer.summary')}</summary>
      {mod ? <mod.TransferCodeBody token={token} /> : open && <p aria-busy="true">…</p>}
    </details>
  );
};

/** On a device the link is not bound to: loaded only then. */
export const OtherDevicePage = (props: { token: string; onMoved: (doc: ResponseDocument) => void }) => {
  const mod = useTransferModule(true);
  return mod ? <mod.OtherDevicePage {...props} /> : <p aria-busy="true">{t('respond.loading')}</p>;
};
