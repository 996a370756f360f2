import type { SaveState } from './autosave';

const TEXT: Record<SaveState, string> = {
  saved: 'All answers saved',
  saving: 'Saving…',
  offline: 'Offline: answers are kept on this device and sent when the connection returns',
  error: 'Not saved',
};

/** A visible, announced save state: saved, saving, offline or an error with its reason. */
export const SaveIndicator = ({ state, error }: { state: SaveState; error: string | null }) => (
  <p class={`save-state save-${state}`} role="status" aria-live="polite" data-state={state}>
    {TEXT[state]}
    {state === 'error' && error ? `: ${error}` : ''}
  </p>
);
