import type { SaveState } from './autosave';

const TEXT: Record<SaveState, string> = {
  saved: 'All answers saved',
  saving: 'Saving…',
  offline: 'Offline: answers are kept on this device and sent when the connection returns',
  error: 'Not saved',
};

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
    {idle && state === 'saved' ? 'Answers save as you go' : TEXT[state]}
    {state === 'error' && error ? `: ${error}` : ''}
  </p>
);
