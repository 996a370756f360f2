import type { Answers } from '../../../../functions/contract/answers';
import type { ContextDraft } from '../context-form';
import type { RatesDraft } from '../rates-fields';

const STORED = ['context', 'answers', 'step', 'rates'].map((k) => `quick-check.${k}`);

/** Forgets the quick check kept in this browser: its context, answers, step and rates. */
export const forget = () => {
  for (const k of STORED) localStorage.removeItem(k);
};

/** What "Start over" cleared, kept in memory so one tap on Undo brings it all back. */
export interface Cleared {
  context: ContextDraft;
  answers: Answers;
  step: number;
  rates?: RatesDraft;
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
