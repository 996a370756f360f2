import { useState } from 'preact/hooks';
import { ApiFailure } from '../api/client';
import { getPrivacySettings, putPrivacySettings, RETENTION_DAYS } from '../api/consultant';
import { t } from '../i18n';
import '../i18n/workspace';
import './anonymity.css';
import { useLoad } from './use-load';

type Loaded = { kind: 'shown'; days: number } | { kind: 'unavailable' };

/** Until the server offers the setting, its route answers 404: said in words, with the default. */
const loadSetting = async (): Promise<Loaded> => {
  try {
    return { kind: 'shown', days: (await getPrivacySettings()).retentionDays };
  } catch (e) {
    if (e instanceof ApiFailure && e.status === 404) return { kind: 'unavailable' };
    throw e;
  }
};

const RetentionForm = ({ initial }: { initial: number }) => {
  const [days, setDays] = useState(String(initial));
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  const value = Number(days);
  const valid = Number.isInteger(value) && value >= RETENTION_DAYS.min && value <= RETENTION_DAYS.max;
  const save = async (e: Event) => {
    e.preventDefault();
    if (!valid) {
      setMessage({ text: t('workspace.retention.range', RETENTION_DAYS), error: true });
      return;
    }
    setSaving(true);
    try {
      const saved = await putPrivacySettings({ retentionDays: value });
      setDays(String(saved.retentionDays));
      setMessage({ text: t('workspace.retention.saved', { days: saved.retentionDays }) });
    } catch (err) {
      setMessage({ text: err instanceof Error ? err.message : String(err), error: true });
    } finally {
      setSaving(false);
    }
  };
  return (
    <form class="retention-form" onSubmit={save} noValidate>
      <div class="field">
        <label for="retention-days">{t('workspace.retention.label', RETENTION_DAYS)}</label>
        <input
          id="retention-days"
          type="number"
          inputMode="numeric"
          min={RETENTION_DAYS.min}
          max={RETENTION_DAYS.max}
          step={1}
          value={days}
          aria-invalid={!valid}
          onInput={(e) => setDays((e.target as HTMLInputElement).value)}
        />
      </div>
      <button type="submit" class="primary" disabled={saving}>
        {t('workspace.retention.save')}
      </button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : undefined}>
          {message.text}
        </p>
      )}
    </form>
  );
};

/** The organisation's retention of personal data: how long names and e-mails outlive a client's last assessment. */
export const RetentionSetting = () => {
  const { data, error } = useLoad(loadSetting, []);
  return (
    <section class="retention" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('workspace.retention.title')}</h2>
      <p>{t('workspace.retention.intro')}</p>
      {error ? (
        <p role="alert" class="error-box">
          {error}
        </p>
      ) : !data ? (
        <p aria-busy="true">{t('workspace.retention.loading')}</p>
      ) : data.kind === 'unavailable' ? (
        <p class="muted">{t('workspace.retention.unavailable', { days: RETENTION_DAYS.default })}</p>
      ) : (
        <RetentionForm initial={data.days} />
      )}
    </section>
  );
};
