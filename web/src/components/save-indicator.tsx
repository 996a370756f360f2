import { t } from '../i18n';
import type { SaveState } from './autosave';

/** A visible, announced save state: saved, saving, offline or an error with its reason. */
export const SaveIndicator = ({ state, error }: { state: SaveState; error: string | null }) => (
  <p class={`save-state save-${state}`} role="status" aria-live="polite" data-state={state}>
    {t(`save.${state}`)}
    {state === 'error' && error ? `: ${error}` : ''}
  </p>
);
