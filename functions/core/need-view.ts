import type { Maturity } from '../contract/result';
import type { Decision } from './decision';
import { alternativesFor } from './pmo-need';
import { msg, type Say } from './say';

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
          msg(d.needed ? 'need.verdict.shapeOffice' : 'need.verdict.shapeNoOffice', {
            score: need.score,
            threshold: need.threshold,
          }),
        ),
        alternatives: d.needed
          ? []
          : alternativesFor(s, shape === 'capability-first', quickWins, say, maturity.dimensions),
      };
};
