import { useEffect } from 'preact/hooks';
import type { Branding } from '../../api/deliverables';
import { t } from '../../i18n';
import '../../i18n/report';

/** Uses the firm's accent colour (checked for contrast when saved) while the page is shown. */
export const useBrandAccent = (accent: string | null | undefined) => {
  useEffect(() => {
    if (!accent) return;
    const root = document.documentElement;
    const before = root.style.getPropertyValue('--accent');
    root.style.setProperty('--accent', accent);
    return () => root.style.setProperty('--accent', before);
  }, [accent]);
};

/** The consulting firm's name and logo above a report, on screen and in print. */
export const FirmBanner = ({ branding }: { branding: Branding | null }) => {
  useBrandAccent(branding?.accent);
  if (!branding?.firmName) return null;
  return (
    <div class="firm-banner">
      {branding.logo && (
        <img src={branding.logo} alt={t('deliver.logo', { firm: branding.firmName })} height={40} />
      )}
      <span>{t('deliver.preparedBy', { firm: branding.firmName })}</span>
    </div>
  );
};
