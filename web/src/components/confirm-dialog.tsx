import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure } from '../api/client';
import './confirm-dialog.css';

interface Props {
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  /** A red confirm button, for what cannot be undone. */
  danger?: boolean;
  /**
   * Opens with focus on the cancel button (the default): a stray Enter or Space never closes an
   * assessment, revokes a link, sends mail or erases answers. Only a dialog whose action is harmless
   * may open on its confirm button.
   */
  safeFirst?: boolean;
  /** Whether the action may go ahead at all (say, nobody left to remind). */
  canConfirm?: boolean;
  /** Runs the action; a failure stays in the dialog, said in words. */
  onConfirm: () => Promise<void> | void;
  /** Called once the dialog is gone, confirmed or not. */
  onClose: () => void;
  /** Where focus goes after a confirmed action that removes its trigger (else back to the trigger). */
  focusAfter?: () => HTMLElement | null;
  children: ComponentChildren;
}

let opened = 0;

/**
 * A modal confirmation: opens with showModal, focus on the safe choice (cancel), Escape cancels, and focus
 * goes back to the control that opened it (or, if that control is gone, to the page's heading).
 */
export const ConfirmDialog = ({
  title,
  confirmLabel,
  cancelLabel,
  danger = false,
  safeFirst = true,
  canConfirm = true,
  onConfirm,
  onClose,
  focusAfter,
  children,
}: Props) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const [id] = useState(() => `confirm-${++opened}`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmed = useRef(false);
  const after = useRef(focusAfter);
  after.current = focusAfter;

  useEffect(() => {
    const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = dialog.current;
    if (d && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    first.current?.focus();
    return () => {
      const target = confirmed.current ? after.current?.() : null;
      if (target) target.focus();
      else if (trigger?.isConnected) trigger.focus();
      else document.querySelector<HTMLElement>('main h1')?.focus();
    };
  }, []);

  const finished = useRef(false);
  const finish = () => {
    if (finished.current) return;
    finished.current = true;
    onClose();
  };
  const close = () => {
    const d = dialog.current;
    if (d?.open && typeof d.close === 'function') d.close();
    finish();
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      confirmed.current = true;
      close();
    } catch (e) {
      setError(e instanceof ApiFailure || e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      // However the browser closes it (a second Escape may not be cancellable), the page hears of it.
      onClose={finish}
      onCancel={(e) => {
        // Escape: close through our own path so the page's state follows.
        e.preventDefault();
        if (!busy) close();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`}>{children}</div>
      {error && (
        <p role="alert" class="error-box">
          {error}
        </p>
      )}
      <div class="dialog-actions">
        {canConfirm && (
          <button
            ref={safeFirst ? undefined : first}
            type="button"
            class={danger ? 'danger primary' : 'primary'}
            disabled={busy}
            onClick={confirm}
          >
            {confirmLabel}
          </button>
        )}
        <button
          ref={canConfirm && !safeFirst ? undefined : first}
          type="button"
          disabled={busy}
          onClick={close}
        >
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
};
