import type { PmoAction } from '../../contract/result';
import type { Situation } from '../situation';
import { EXPECTATION_SHARE } from './choice';

/**
 * The office in place's reporting outran the decisions it feeds: how management learns of projects
 * (rep-status) stands at least REPORTS_OUTRUN_BY levels above what happens after a report shows a
 * problem (rep-decisions), and that stays below REPORTS_ACTED_ON, "most red flags get an owner and
 * an action". Levels of the questionnaire's own answers; the margin is our judgement (one level:
 * reports made more reliably than they are used; round 18: a generics maker's control tower whose
 * head rated its reports 4 and its users 2, while every one of them said a report triggers nothing).
 */
export const REPORTS_OUTRUN_BY = 1;
export const REPORTS_ACTED_ON = 3;

/**
 * Status reporting cut to its lean form (one monthly pack), the decision services first: the
 * failure the office answers is not missing reports.
 * - A reset of an office whose reports outran its decisions (round 19: a reset reporting factory's
 *   plan began with status reporting).
 * - An office in place kept or evolved that is not working (`works` false, action.ts: what it
 *   produces below defined practice), whose reports outran its decisions and whose respondents did
 *   not ask for status reporting (its share of them below EXPECTATION_SHARE, the line at which a
 *   service is asked for): reports made, unread and unrequested (round 25: a 25-FTE control tower
 *   kept 3.9 FTE of status reporting that none of its respondents asked for while its reports led
 *   to few decisions; the practitioner moved the report compilers to prioritisation and capacity,
 *   reporting down to 1.5–2 FTE). A working office's reporting, or one people ask for, is left as it
 *   is. Our judgement.
 */
export const leanReporting = (
  s: Situation,
  action: PmoAction,
  questions: Readonly<Record<string, number>> | undefined,
  inPlace: { works?: boolean; expectations?: Readonly<Record<string, number>> } = {},
): boolean => {
  const status = questions?.['rep-status'];
  const acted = questions?.['rep-decisions'];
  const outran =
    s.existingPmo !== 'none' &&
    status !== undefined &&
    acted !== undefined &&
    status - acted >= REPORTS_OUTRUN_BY &&
    acted < REPORTS_ACTED_ON;
  if (!outran) return false;
  if (action === 'reset') return true;
  const asked = inPlace.expectations?.['status-reporting'];
  return (
    (action === 'keep' || action === 'evolve') &&
    inPlace.works === false &&
    asked !== undefined &&
    asked < EXPECTATION_SHARE
  );
};
