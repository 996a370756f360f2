import { inPlacePeopleSteps } from './office/in-place';
import { monthsOf } from './push-tempo';
import type { PlanFrame } from './rollout-phases';
import { pushOfficeInPlace } from './rollout-ramp';
import { msg } from './say';

/**
 * A push this close to its end (months left) whose own office is already running is winding down:
 * the office runs its last months and closes, so the plan hands its work over rather than setting
 * the office up again. Our judgement (round 31: a transformation office at month 30 of 36 was told to
 * spend 6 of its last 26 weeks on a health check and a new charter, to "start" services it had run
 * for 30 months, and had no wind-down step): half a year is about the notice a closing office needs
 * to hand its registers and its benefits to finance and the line, and shorter than any set-up and
 * pilot the plan would otherwise draw. An urgent push near its end is not winding down: its deadline
 * is the work (push-beside.ts, SHORT_PUSH_MONTHS).
 */
export const WIND_DOWN_MONTHS = 6;

/**
 * The push's own office in place (rollout-ramp.ts, pushOfficeInPlace) with at most WIND_DOWN_MONTHS
 * left and no deadline pressing: its plan is a hand-over and a close, with no health check, charter,
 * pilot or "start" of services it already runs. This is the one case in which a plan closes an
 * office in place at a push's end (push-beside.ts, officeInPlaceOutlivesPush).
 */
export const windingDown = (
  f: Pick<PlanFrame, 's' | 'staffing' | 'temporary' | 'scope' | 'action'>,
): boolean =>
  f.temporary &&
  f.action !== 'establish' &&
  f.s.urgency !== 'high' &&
  monthsOf(f.s) <= WIND_DOWN_MONTHS &&
  pushOfficeInPlace({ ...f, existing: true });

/** The wind-down's own steps, at the head of its run: people first, then each hand-over. */
export const windDownSteps = (f: PlanFrame): string[] => [
  ...inPlacePeopleSteps(f.s, f.staffing, f.action, f.cutWaits).map(f.say),
  f.say(msg('plan.windDown.initiatives')),
  f.say(msg('plan.windDown.benefits')),
  f.say(msg('plan.windDown.archive')),
  f.say(msg('plan.windDown.lasting')),
];
