import type { AgendaReason } from '../../../functions/core/fieldwork/agenda';
import type { Fieldwork } from './load';

/** Why a dimension is on the agenda, in the kit's language: only the published figures the agenda holds. */
export const reasonText = (reason: AgendaReason, kit: Fieldwork): string =>
  reason.kind === 'spread'
    ? kit.say('agenda.spread', {
        spread: reason.spread,
        raters: reason.raters,
        consensus: kit.say(`agenda.consensus.${reason.consensus}`),
      })
    : kit.say('agenda.gap', {
        higher: kit.say(`group.${reason.higher.role}`),
        higherScore: reason.higher.score,
        lower: kit.say(`group.${reason.lower.role}`),
        lowerScore: reason.lower.score,
        gap: reason.gap,
      });

/** "Level 3: Defined", in the kit's language. */
export const levelName = (kit: Fieldwork, n: number): string =>
  kit.say('levelNumbered', { n, name: kit.say(`level.${n}` as 'level.1') });
