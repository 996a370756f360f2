import type { PmoAction, Staffing } from '../contract/result';
import type { Draft } from './rollout-basics';
import { msg, type Say } from './say';
import type { Situation } from './situation';

/**
 * At high urgency, cutting an office in place by more than half is a reset done within a quarter,
 * not a year-long redesign (round 29: a distressed retailer's 14-FTE control tower over 10 projects,
 * cut by 85 % to about 2 FTE, got a 61-week plan with a pilot, an organisation-wide roll-out and its
 * coaching, tool and template services restarted; the reviewer cut within one quarter, keeping only
 * stop/go decisions, spend authorisation and one report, and restarted the rest afterwards). Our
 * judgement, after the reviewer's practice: a cut that large is the change itself, and every week
 * it waits pays the people it releases, so the health check and the new charter fit in a quarter,
 * nothing is piloted or rolled out before it, and the services start again only once it is made.
 */
export const URGENT_CUT_SHARE = 0.5;
/** A quarter, in weeks: the most the cut's health check and charter take together (our judgement). */
export const URGENT_CUT_WEEKS = 13;

/** An urgent cut of more than half of the office in place (the middle of the range against its FTE). */
export const urgentCut = (
  s: Pick<Situation, 'urgency' | 'existingPmo' | 'existingPmoFte'>,
  action: PmoAction,
  staffing: Staffing | null | undefined,
): boolean =>
  s.urgency === 'high' &&
  s.existingPmo !== 'none' &&
  (action === 'reset' || action === 'evolve') &&
  !!staffing &&
  s.existingPmoFte !== undefined &&
  (staffing.fte.min + staffing.fte.max) / 2 < (1 - URGENT_CUT_SHARE) * s.existingPmoFte;

/**
 * The set-up of an urgent cut squeezed into URGENT_CUT_WEEKS (each phase keeps a week at least), and
 * the cut said as the charter's first step.
 */
export const squeezeToQuarter = (draft: Draft[], say: Say, target: number, fte: number): void => {
  // A buyer's procurement takes what it takes (sourcing-seats.ts): only the other phases are squeezed.
  const squeezed = draft.filter((p) => p.id !== 'procurement');
  const planned = squeezed.reduce((w, p) => w + p.durationWeeks, 0);
  if (planned > URGENT_CUT_WEEKS) {
    const share = URGENT_CUT_WEEKS / planned;
    for (const p of squeezed) p.durationWeeks = Math.max(1, Math.floor(p.durationWeeks * share));
  }
  const last = draft[draft.length - 1];
  last?.activities.unshift(
    say(msg('plan.urgentCut', { weeks: URGENT_CUT_WEEKS, fte, target: Math.round(target * 10) / 10 })),
  );
};
