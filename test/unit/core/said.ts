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

/** Whether a sensitivity entry's effect turns "an office" into "no office" or back. */
export const flipsOffice = (effect: string): boolean =>
  effect
    .split('; ')
    .map(read)
    .some((e) => {
      const p = e.params as { aspect?: Said; from?: Said; to?: Said } | undefined;
      return (
        p?.aspect?.key === 'sensitivity.verdict' &&
        (p.from?.key === 'sensitivity.verdict.none') !== (p.to?.key === 'sensitivity.verdict.none')
      );
    });
