import { t } from '../../i18n';
import './quick-check.css';

/**
 * Word that Start over cleared the answers, with Undo, while nothing new is entered. A live region
 * that is always there, so the message is heard when it appears.
 */
export const UndoToast = ({
  answered,
  onUndo,
  onDismiss,
}: {
  /** The answers cleared, or null when there is nothing to undo. */
  answered: number | null;
  onUndo: () => void;
  onDismiss: () => void;
}) => (
  <div class="undo-toast-region no-print" role="status">
    {answered !== null && (
      <div class="undo-toast">
        <span>{t('quick.cleared', { answered })}</span>
        <button type="button" onClick={onUndo}>
          {t('quick.undo')}
        </button>
        <button type="button" class="link" onClick={onDismiss} aria-label={t('quick.dismiss')}>
          ×
        </button>
      </div>
    )}
  </div>
);

/** Start over, below the step and away from the chips and Next. */
export const StartOver = ({ onStartOver }: { onStartOver: () => void }) => (
  <p class="wizard-aside no-print">
    <button type="button" class="link" onClick={onStartOver}>
      {t('quick.startOver')}
    </button>
  </p>
);
