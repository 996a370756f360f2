import { signal } from '@preact/signals';
import type { AnswerValue } from '../../../functions/contract/answers';
import { ApiFailure, type ResponseDocument, saveResponse } from '../api/client';
import { PENDING_KEY } from '../lib/invite-link';

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

/** Unsaved changes older than this are dropped rather than sent (a tab restored days later). */
const PENDING_HOURS = 24;

interface Stored {
  savedAt: number;
  pending: Pending;
}

const readStored = (): Pending => {
  try {
    const stored = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as Stored | null;
    if (
      !stored ||
      typeof stored.savedAt !== 'number' ||
      Date.now() - stored.savedAt > PENDING_HOURS * 3_600_000
    ) {
      sessionStorage.removeItem(PENDING_KEY);
      return empty();
    }
    return { ...empty(), ...stored.pending };
  } catch {
    return empty();
  }
};

/** A refusal after which the changes can never be saved: the link is gone, moved, expired or submitted. */
const final = (e: unknown) =>
  e instanceof ApiFailure && e.status >= 400 && e.status < 500 && e.status !== 429;

/**
 * Saves a stakeholder's answers as they are given. Changes wait in this tab's sessionStorage
 * (under a fixed name, never one made from the token, and for a day at most) until the server
 * acknowledges them, so a dropped network or a reload loses nothing; they are sent again when the
 * connection returns. A refusal that no retry can change drops them: nothing is kept for a link
 * that no longer takes answers. Closing the tab while offline loses what was not yet sent.
 */
export const createAutosave = (token: string, onSaved: (doc: ResponseDocument) => void) => {
  const state = signal<SaveState>('saved');
  const error = signal<string | null>(null);
  let pending: Pending = readStored();
  let inFlight = false;
  /** Changes sent but not yet acknowledged: still shown, so an answer never flickers off while saving. */
  let sending: Pending = empty();
  let retry: ReturnType<typeof setTimeout> | undefined;

  const persist = () => {
    try {
      if (isEmpty(pending)) sessionStorage.removeItem(PENDING_KEY);
      else
        sessionStorage.setItem(
          PENDING_KEY,
          JSON.stringify({ savedAt: Date.now(), pending } satisfies Stored),
        );
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
      if (final(e)) {
        // Never stored again: the server will not take these changes, whatever is retried.
        pending = empty();
        persist();
        state.value = 'error';
        error.value = (e as ApiFailure).message;
        return;
      }
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
      state.value = 'offline';
      clearTimeout(retry);
      retry = setTimeout(() => void flush(), 5000);
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
    /** Drops every change not yet sent, here and in storage (after submitting or erasing). */
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
