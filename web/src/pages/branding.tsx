import { useState } from 'preact/hooks';
import { contrastRatio } from '../../../functions/contract/contrast';
import { getBranding, putBranding } from '../api/deliverables';
import { RequireSession } from '../components/require-session';
import { RetentionSetting } from '../components/retention-setting';
import { useLoad } from '../components/use-load';
import '../components/deliverables/deliverables.css';
import { num, t } from '../i18n';
import '../i18n/report';

const MAX_LOGO = 40 * 1024;

const readAsDataUrl = (file: File) =>
  new Promise<string>((ok, fail) => {
    const reader = new FileReader();
    reader.onload = () => ok(String(reader.result));
    reader.onerror = () => fail(reader.error);
    reader.readAsDataURL(file);
  });

const BrandingForm = ({
  initial,
}: {
  initial: { firmName: string; accent: string; logo: string | null };
}) => {
  const [firmName, setFirmName] = useState(initial.firmName);
  const [accent, setAccent] = useState(initial.accent);
  const [logo, setLogo] = useState<string | null>(initial.logo);
  const [message, setMessage] = useState<string | null>(null);
  const valid = /^#[0-9a-fA-F]{6}$/.test(accent);
  const ratio = valid ? contrastRatio(accent, '#ffffff') : 0;

  const pickLogo = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) return setMessage(t('branding.logoType'));
    if (file.size > MAX_LOGO) return setMessage(t('branding.logoSize'));
    setLogo(await readAsDataUrl(file));
    setMessage(null);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await putBranding({ firmName, accent, logo });
      setMessage(t('branding.saved'));
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form onSubmit={save} class="branding-form">
      <div class="field">
        <label for="firm-name">{t('branding.firmName')}</label>
        <input
          id="firm-name"
          required
          maxLength={120}
          value={firmName}
          onInput={(e) => setFirmName((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="accent">{t('branding.accent')}</label>
        <span class="accent-pick">
          <input
            id="accent"
            value={accent}
            maxLength={7}
            onInput={(e) => setAccent((e.target as HTMLInputElement).value)}
          />
          <input
            type="color"
            aria-label={t('branding.pickAccent')}
            value={valid ? accent : '#1d4ed8'}
            onInput={(e) => setAccent((e.target as HTMLInputElement).value)}
          />
        </span>
        <span class={ratio >= 4.5 ? 'muted' : 'error'} role="status">
          {valid
            ? t(ratio >= 4.5 ? 'branding.contrastOk' : 'branding.contrastLow', { ratio: num(ratio, 1) })
            : t('branding.enterColour')}
        </span>
      </div>
      <div class="field">
        <label for="logo">{t('branding.logo')}</label>
        <input id="logo" type="file" accept="image/png,image/jpeg" onChange={pickLogo} />
        {logo && (
          <span>
            <img src={logo} alt={t('branding.currentLogo')} height={40} />{' '}
            <button type="button" onClick={() => setLogo(null)}>
              {t('branding.removeLogo')}
            </button>
          </span>
        )}
      </div>
      <p class="brand-preview" style={valid && ratio >= 4.5 ? { background: accent, color: '#fff' } : {}}>
        {t('branding.preview', { firm: firmName || t('branding.yourFirm') })}
      </p>
      <button type="submit" class="primary" disabled={!valid || ratio < 4.5}>
        {t('branding.save')}
      </button>
      {message && <p role="status">{message}</p>}
    </form>
  );
};

/** The firm's identity on every deliverable: name, logo and an accent colour checked for contrast. */
export const BrandingPage = () => {
  const { data, error } = useLoad(getBranding, []);
  return (
    <RequireSession>
      <section>
        <h1>{t('branding.title')}</h1>
        {error && <p role="alert">{error}</p>}
        {data ? (
          <BrandingForm
            initial={{ firmName: data.firmName ?? '', accent: data.accent ?? '#1f5fbf', logo: data.logo }}
          />
        ) : (
          <p aria-busy="true">{t('compare.loading')}</p>
        )}
        <RetentionSetting />
      </section>
    </RequireSession>
  );
};
