import { t } from '../../i18n';
import type { Confirming, PageMessage } from './issued-link';
import './manage-actions.css';

/** What is done to the whole assessment: remind, close or reopen, and start a follow-up. */
export const ManageActions = ({
  open,
  onAsk,
  onReopen,
}: {
  open: boolean;
  onAsk: (confirming: Confirming) => void;
  onReopen: () => void;
}) => (
  <div class="toolbar manage-actions">
    <div class="toolbar">
      {open && (
        <button type="button" onClick={() => onAsk({ kind: 'remind' })}>
          {t('workspace.manage.remind')}
        </button>
      )}
      {open ? (
        <button type="button" class="danger" onClick={() => onAsk({ kind: 'close' })}>
          {t('workspace.manage.close')}
        </button>
      ) : (
        <button type="button" onClick={onReopen}>
          {t('workspace.manage.reopen')}
        </button>
      )}
    </div>
    <button type="button" onClick={() => onAsk({ kind: 'followUp' })}>
      {t('workspace.manage.followUp')}
    </button>
  </div>
);

/** The page's last word, always present so screen readers hear it when it changes. */
export const PageMessageBox = ({
  message,
  onDismiss,
}: {
  message: PageMessage | null;
  onDismiss: () => void;
}) => (
  <div role="status" class={message ? `page-message ${message.error ? 'error-box' : 'notice'}` : 'sr-only'}>
    {message && (
      <>
        <span>{message.text}</span>
        <button type="button" class="small" onClick={onDismiss}>
          {t('workspace.dismiss')}
        </button>
      </>
    )}
  </div>
);
