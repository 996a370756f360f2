import type { Say } from '../../../functions/core/say';

/**
 * The engine run with a `say` that returns each message as its key and values, so a rule reads
 * what the result says, not how one language words it.
 */
export interface Said {
  key: string;
  params?: Record<string, unknown>;
}
export const asKeys: Say = (m) => JSON.stringify(m);
export const read = (text: string): Said => {
  try {
    return JSON.parse(text) as Said;
  } catch {
    return { key: text };
  }
};
