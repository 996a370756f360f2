import type { OrganisationContext } from '../contract/context';
import type { Leaving } from './office/leaving';
import { msg, type Say } from './say';

/** A reset that shrinks the office in place releases its own people: none are bought in meanwhile. */
export const releasesOwnTeam = (c: OrganisationContext, officeFte: number): boolean =>
  c.existingPmoFte !== undefined && officeFte > 0 && officeFte < c.existingPmoFte;

const tenth = (x: number) => Math.round(x * 10) / 10;

/**
 * Why an outside team is not bought while a reset shrinks the office in place: it would pay twice for
 * the same work. Said with the most the reset keeps, as its action and plan say it (round 21: "about
 * 1.8" kept read against "the 1.8 FTE no longer needed"), and, where the plan counts the people who
 * leave (office/leaving.ts), with the same number and the same step with HR, and the pooled project
 * managers said as the assumption they are (round 29: a ground handler's sourcing said the office
 * "lets the others go" while its plan consulted HR about 1.5 FTE, and 6 of its 9 people were taken as
 * pooled managers as a fact).
 */
export const releaseBlocker = (
  context: OrganisationContext,
  fte: number,
  shown: { fte: number; max: number },
  leaving: Leaving | undefined,
  say: Say,
): string[] => {
  if (!releasesOwnTeam(context, fte)) return [];
  const upTo = releasesOwnTeam(context, shown.max);
  const existing = context.existingPmoFte ?? 0;
  const kept = upTo ? tenth(shown.max) : shown.fte;
  if (leaving && (leaving.count > 0 || leaving.pooled > 0))
    return [
      say(
        msg(
          leaving.count === 0
            ? 'src.blocker.releasesPooledOnly'
            : leaving.pooled > 0
              ? 'src.blocker.releasesOwnTeamHrPooled'
              : 'src.blocker.releasesOwnTeamHr',
          {
            existing,
            fte: kept,
            leaving: leaving.count,
            pooled: leaving.pooled,
          },
        ),
      ),
    ];
  return [
    say(
      msg(upTo ? 'src.blocker.releasesOwnTeamUpTo' : 'src.blocker.releasesOwnTeam', { existing, fte: kept }),
    ),
  ];
};
