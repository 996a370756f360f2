import { t } from '../i18n';

/** What the consultant can and cannot see: the same promise as the invitation and docs/privacy.md. */
export const PrivacyNote = ({ minGroupSize }: { minGroupSize: number }) => (
  <div class="privacy-note">
    <p>
      <strong>{t('privacy.seesTitle')}</strong> {t('privacy.sees', { k: minGroupSize })}
    </p>
    <p>
      <strong>{t('privacy.hiddenTitle')}</strong> {t('privacy.hidden', { k: minGroupSize })}
    </p>
  </div>
);
