import type { Result } from '../../../functions/contract/result';
import { BOUGHT_SOURCES } from '../../../functions/core/office/retained-vendor';
import { OFFICE_EN } from '../../../functions/core/office/words';
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

/**
 * The keys of the steps the borderline warnings name: one warning per step, or one warning naming
 * several steps that lead to the same answer (borderline.ts, round 30).
 */
export const borderlineChanges = (warnings: readonly string[]): string[] =>
  warnings.map(read).flatMap((w) => {
    const p = w.params as { change?: Said; changes?: Said[] } | undefined;
    if (w.key === 'warning.borderline' && p?.change) return [p.change.key];
    if (w.key === 'warning.borderlineMany' && p?.changes) return p.changes.map((c) => c.key);
    return [];
  });

/**
 * A service that carries the assurance of delivery bought from partners (office/retained-vendor.ts),
 * read from its source in keys (asKeys) or in English.
 */
export const carriesBought = (x: { source: string }): boolean =>
  BOUGHT_SOURCES.some((key) => read(x.source).key === key || x.source === OFFICE_EN[key]);

/** The middle of a result's staffing range, in FTE (0 where it has none). */
export const staffingMid = (r: Result | null): number =>
  r?.pmo.staffing ? (r.pmo.staffing.fte.min + r.pmo.staffing.fte.max) / 2 : 0;
