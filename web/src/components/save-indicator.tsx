import { t } from '../i18n';
import type { SaveState } from './autosave';
import './save-indicator.css';

/**
 * A visible, announced save state: saved, saving, offline or an error with its reason. Before the
 * first answer there is nothing to have saved, so it says how saving works instead.
 */
export const SaveIndicator = ({
  state,
  error,
  idle = false,
}: {
  state: SaveState;
  error: string | null;
  idle?: boolean;
}) => (
  <p
    class={`save-state save-${idle && state === 'saved' ? 'idle' : state}`}
    role="status"
    aria-live="polite"
    data-state={state}
  >
    {idle && state === 'saved' ? t('save.idle') : t(`save.${state}`)}
    {state === 'error' && error ? `: ${error}` : ''}
  </p>
);
