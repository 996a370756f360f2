import { signal } from '@preact/signals';
import type { AnswerValue } from '../../../functions/contract/answers';
import { ApiFailure, type ResponseDocument, saveResponse } from '../api/client';

export type SaveState = 'saved' | 'saving' | 'offline' | 'error';

interface Pending {
  answers: Record<string, AnswerValue | null>;
  notes: Record<string, string | null>;
  expectations?: string[];
  /** The whole list of questions handed on ("not my area"), when it changed; replaces the saved one. */
  handedOn?: string[];
}

const empty = (): Pending => ({ answers: {}, notes: {} });
const isEmpty = (p: Pending) =>
  Object.keys(p.answers).length === 0 && Object.keys(p.notes).length === 0 && !p.expectations && !p.handedOn;
const requestId = () => `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Saves a stakeholder's answers as they are given. Changes wait in localStorage until the
 * server acknowledges them, so a dropped network, a reload or a closed tab loses nothing;
 * they are sent again when the connection returns.
 */
export const createAutosave = (token: string, onSaved: (doc: ResponseDocument) => void) => {
  const key = `pmo-blueprint.pending.${token.slice(0, 12)}`;
  const state = signal<SaveState>('saved');
  const error = signal<string | null>(null);
  let pending: Pending = (() => {
    try {
      return { ...empty(), ...(JSON.parse(localStorage.getItem(key) ?? 'null') as Pending | null) };
    } catch {
      return empty();
    }
  })();
  let inFlight = false;
  /** Changes sent but not yet acknowledged: still shown, so an answer never flickers off while saving. */
  let sending: Pending = empty();
  let retry: ReturnType<typeof setTimeout> | undefined;

  const persist = () => {
    try {
      if (isEmpty(pending)) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(pending));
    } catch {
      // storage unavailable: changes still live in memory until sent
    }
  };

  const flush = async (): Promise<void> => {
    if (inFlight || isEmpty(pending)) {
      if (!inFlight && isEmpty(pending) && state.value !== 'error') state.value = 'saved';
      return;
    }
    inFlight = true;
    state.value = 'saving';
    const sent = pending;
    sending = sent;
    pending = empty();
    try {
      const doc = await saveResponse(token, { ...sent, requestId: requestId() });
      persist();
      error.value = null;
      onSaved(doc);
      state.value = isEmpty(pending) ? 'saved' : 'saving';
    } catch (e) {
      // Put the unsent changes back under anything newer that arrived meanwhile.
      pending = {
        answers: { ...sent.answers, ...pending.answers },
        notes: { ...sent.notes, ...pending.notes },
        ...((pending.expectations ?? sent.expectations)
          ? { expectations: pending.expectations ?? sent.expectations }
          : {}),
        ...((pending.handedOn ?? sent.handedOn) ? { handedOn: pending.handedOn ?? sent.handedOn } : {}),
      };
      persist();
      if (e instanceof ApiFailure && e.status !== 0 && e.status < 500) {
        state.value = 'error';
        error.value = e.message;
      } else {
        state.value = 'offline';
        clearTimeout(retry);
        retry = setTimeout(() => void flush(), 5000);
      }
    } finally {
      inFlight = false;
      sending = empty();
    }
    if (!isEmpty(pending) && state.value === 'saving') await flush();
  };

  const onOnline = () => void flush();
  window.addEventListener('online', onOnline);

  return {
    state,
    error,
    /** Changes not yet acknowledged by the server (to show on top of the saved answers). */
    pending: (): Pending => {
      const expectations = pending.expectations ?? sending.expectations;
      const handedOn = pending.handedOn ?? sending.handedOn;
      return {
        answers: { ...sending.answers, ...pending.answers },
        notes: { ...sending.notes, ...pending.notes },
        ...(expectations ? { expectations } : {}),
        ...(handedOn ? { handedOn } : {}),
      };
    },
    setNote(id: string, note: string) {
      pending.notes = { ...pending.notes, [id]: note === '' ? null : note };
      persist();
    },
    /**
     * Hands a question on ("not my area") or takes it back. `current` is the list as shown. Handing on
     * clears the question's rating in the same save, as the API refuses a question both rated and
     * handed on; a rating given later takes the question back through `setAnswer`.
     */
    setHandedOn(id: string, on: boolean, current: readonly string[]) {
      const rest = current.filter((x) => x !== id);
      pending.handedOn = on ? [...rest, id] : rest;
      if (on) pending.answers = { ...pending.answers, [id]: null };
      persist();
      void flush();
    },
    /** Rates a question (null clears it); a handed-on question is taken back in the same save. */
    rate(id: string, value: AnswerValue | null, handedOn: readonly string[]) {
      pending.answers = { ...pending.answers, [id]: value };
      if (value !== null && handedOn.includes(id)) pending.handedOn = handedOn.filter((x) => x !== id);
      persist();
      void flush();
    },
    setExpectations(ids: string[]) {
      pending.expectations = ids;
      persist();
      void flush();
    },
    flush,
    /** Drops every change not yet sent, here and in storage: the stakeholder erased their data. */
    discard() {
      pending = empty();
      clearTimeout(retry);
      persist();
      state.value = 'saved';
    },
    dispose() {
      window.removeEventListener('online', onOnline);
      clearTimeout(retry);
    },
  };
};
export type Autosave = ReturnType<typeof createAutosave>;
