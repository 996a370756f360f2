import type { PmoShape } from '../../contract/result';
import { MIN_EMPLOYEES_FOR_OFFICE } from '../need-edge';
import type { Situation } from '../situation';

/**
 * A small firm's coordination (round 22): the leads of a firm too small for any office are trained
 * once, not coached every week for ever, and its part-time coordinator works fewer hours when
 * nothing presses. docs/scoring.md, "Small firms' coaching and coordinator".
 */

/**
 * Person-days of the one-off course that replaces standing coaching in a firm below the office's
 * headcount: a two-day course in project basics for its leads, counted once in the set-up. Our
 * judgement, after round 22's engineering reviewer ("a one-off two-day course for the leads, not
 * standing coaching"), and the usual length of an introductory project-management course.
 */
export const COURSE_DAYS = 2;

/**
 * Below the headcount at which any office fits (need-edge.ts), the leads' coaching is that course:
 * a firm of a few dozen people has no one whose standing job is to coach its leads.
 */
export const coachingIsCourse = (s: Pick<Situation, 'employees'>): boolean =>
  s.employees < MIN_EMPLOYEES_FOR_OFFICE;

/**
 * The share of its hours a part-time coordinator works at each urgency: at low urgency the job list
 * is kept and looked at weekly, nothing is chased between times, so about half the hours (our
 * judgement, round 22: a 35-person consultancy at low urgency got 11.5–17.5 h a week where the
 * practitioner gave 2–4). The share never rises as urgency falls.
 */
export const COORDINATION_URGENCY_SHARE: Record<Situation['urgency'], number> = {
  low: 0.5,
  medium: 1,
  high: 1,
};

/** The share a coordination role (capability first) takes at this urgency; an office takes it whole. */
export const coordinationUrgencyShare = (s: Pick<Situation, 'urgency'>, shape: PmoShape): number =>
  shape === 'capability-first' ? COORDINATION_URGENCY_SHARE[s.urgency] : 1;
