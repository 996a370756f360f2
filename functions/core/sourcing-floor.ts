import type { SourcingFit, SourcingId } from '../contract/result';
import { type EngineKey, english, msg, type Say } from './say';

/**
 * A sourcing named at less than this score (of 100) is the least bad of what remains, not a fit:
 * the result says what the organisation lacks to run it and what would close the gap (round 25: a
 * turnaround with no project-management expertise was named internal at 0/100, without a word,
 * because the other options were ruled out). Our judgement: a quarter of the scale is where the
 * points against an option outweigh its base and the points for it together.
 */
export const SOURCING_FLOOR = 25;

/** What would close the gap each kind of point against an option names (by factor id). */
const FIXES: Readonly<Record<string, EngineKey>> = {
  'pm-expertise': 'warning.weakSourcing.fix.expertise',
  urgency: 'warning.weakSourcing.fix.urgency',
  horizon: 'warning.weakSourcing.fix.horizon',
  'project-managers': 'warning.weakSourcing.fix.managers',
};

/**
 * The sourcing named scores under SOURCING_FLOOR: one warning, naming its points against (what is
 * missing) and what would close each of them, and, where other options are ruled out, a budget that
 * lets one of them be taken. Reads the fits the result already holds: no office is designed again.
 */
export const weakSourcingWarnings = (
  fits: readonly SourcingFit[] | undefined,
  sourcing: SourcingId | null,
  say: Say = english,
): string[] => {
  const own = fits?.find((f) => f.sourcing === sourcing);
  if (!own || sourcing === null || own.score >= SOURCING_FLOOR) return [];
  const against = own.factors.filter((f) => f.points < 0).sort((a, b) => a.points - b.points);
  const ruledOut = (fits ?? []).filter((f) => f.sourcing !== sourcing && !f.eligible).length;
  const fixes = [
    ...new Set(against.map((f) => FIXES[f.id]).filter((k): k is EngineKey => k !== undefined)),
  ].map((k) => msg(k));
  if (ruledOut > 0) fixes.push(msg('warning.weakSourcing.fix.budget'));
  return [
    say(
      msg('warning.weakSourcing', {
        sourcing: msg(`sourcing.${sourcing}`),
        score: own.score,
        ruledOut,
        missing:
          against.length > 0
            ? against.map((f) => f.explanation)
            : [say(msg('warning.weakSourcing.noPoints'))],
        fixes: fixes.length > 0 ? fixes : [msg('warning.weakSourcing.fix.review')],
      }),
    ),
  ];
};
