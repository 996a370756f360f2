import type { Answers } from '../../../../functions/contract/answers';
import type { ContextDraft } from '../context-form';

const STORED = ['context', 'answers', 'step'].map((k) => `quick-check.${k}`);

/** Forgets the quick check kept in this browser: its context, answers and step. */
export const forget = () => {
  for (const k of STORED) localStorage.removeItem(k);
};

/** What "Start over" cleared, kept in memory so one tap on Undo brings it all back. */
export interface Cleared {
  context: ContextDraft;
  answers: Answers;
  step: number;
}
/** Handed from the result page to the wizard it opens, so Undo is offered there too. */
let clearedOnResult: Cleared | null = null;

/** Kept for the wizard the result page opens next. */
export const handOverCleared = (cleared: Cleared) => {
  clearedOnResult = cleared;
};

/** What the result page handed over, once: taken, it is no longer there. */
export const takeCleared = (): Cleared | null => {
  const handed = clearedOnResult;
  clearedOnResult = null;
  return handed;
};
