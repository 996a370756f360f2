import { useState } from 'preact/hooks';
import type { StakeholderRole } from '../../../functions/contract/roles';
import { ApiFailure, eraseResponse, type ResponseDocument } from '../api/client';
import { t } from '../i18n';
import { ConfirmDialog } from './confirm-dialog';
import './anonymity.css';

/**
 * Before answering: whom the stakeholder's answers are published among. Fewer invited in their
 * role than the group size means their answers are pooled with other small roles.
 */
export const HiddenAmong = ({
  among,
  ownRole: role,
  minGroupSize,
}: {
  among: ResponseDocument['hiddenAmong'];
  ownRole: StakeholderRole;
  minGroupSize: number;
}) => {
  const own = among?.find((r) => r.role === role);
  if (!own) return null;
  const k = Math.max(3, minGroupSize);
  const roles = t(`roles.${role}`);
  return (
    <p class="among-note">
      {own.invited >= k
        ? t('respond.among', { count: own.invited, roles, k })
        : t('respond.pooled', { k, roles })}
    </p>
  );
};

/** Someone without this device's key tried to write through the link: said calmly, with what to do. */
export const ContestedNotice = ({ at }: { at: string | null | undefined }) =>
  at ? (
    <p class="contested-note" role="note">
      {t('respond.contested', { date: at })}
    </p>
  ) : null;

/**
 * The stakeholder's own data: erase it from this device's link (name, e-mail, draft and notes; a
 * submission stays counted, anonymously). The dialog opens on "Keep my data".
 */
export const OwnData = ({ token, onErased }: { token: string; onErased: () => void }) => {
  const [asking, setAsking] = useState(false);
  return (
    <footer class="respond-own-data">
      <details>
        <summary>{t('respond.erase.summary')}</summary>
        <p>{t('respond.erase.intro')}</p>
        <button type="button" class="danger" onClick={() => setAsking(true)}>
          {t('respond.erase.button')}
        </button>
      </details>
      {asking && (
        <ConfirmDialog
          danger
          safeFirst
          title={t('respond.erase.title')}
          confirmLabel={t('respond.erase.confirm')}
          cancelLabel={t('respond.erase.keep')}
          onClose={() => setAsking(false)}
          onConfirm={async () => {
            try {
              await eraseResponse(token);
            } catch (e) {
              if (e instanceof ApiFailure && (e.status === 404 || e.status === 405))
                throw new Error(t('respond.erase.unavailable'));
              throw e;
            }
            onErased();
          }}
        >
          <p>{t('respond.erase.body')}</p>
        </ConfirmDialog>
      )}
    </footer>
  );
};
