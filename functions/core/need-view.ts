import type { Maturity } from '../contract/result';
import type { Decision } from './decision';
import { HOURS_PER_FTE } from './office/catalogue';
import { PART_TIME_ROLE_FTE } from './part-time-role';
import { alternativesFor } from './pmo-need';
import { msg, type Say } from './say';

/**
 * The hours a week of a part-time role whose services add up to under half a person: the real
 * reason a need that reached its threshold gets no office (round 28: the reason was said only in the
 * staffing's basis, the need and the shape saying "not the answer" and "not warranted").
 */
const underHalf = (d: Decision): number | undefined => {
  if (d.shape !== 'capability-first' || d.shapeReason !== 'coordination' || d.office.headcountCapped) return;
  const hours = d.office.services.reduce((a, x) => a + x.hoursPerWeek, 0);
  return hours > 0 && hours <= PART_TIME_ROLE_FTE * HOURS_PER_FTE ? Math.round(hours * 2) / 2 : undefined;
};

/**
 * The need as the result shows it (moved from evaluate.ts): the shape has the last word on whether
 * an office is recommended, and the need says so too, with the alternatives to an office.
 */
export const needViewOf = (d: Decision, quickWins: readonly string[], maturity: Maturity, say: Say) => {
  const { need, situation: s, shape } = d;
  const { scope: _scope, coordinationRole: _coordination, ...needPoints } = need;
  return needPoints.needed === d.needed
    ? needPoints
    : {
        ...needPoints,
        needed: d.needed,
        verdict: say(
          msg(
            d.needed
              ? 'need.verdict.shapeOffice'
              : underHalf(d) !== undefined
                ? 'need.verdict.servicesUnderHalf'
                : 'need.verdict.shapeNoOffice',
            { score: need.score, threshold: need.threshold, hours: underHalf(d) ?? 0 },
          ),
        ),
        alternatives: d.needed
          ? []
          : alternativesFor(s, shape === 'capability-first', quickWins, say, maturity.dimensions),
      };
};
