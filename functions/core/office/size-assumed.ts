import { controlledOrders } from '../order-controls';
import { msg, type Say } from '../say';
import type { Situation } from '../situation';
import { PROJECT_SIZE_PIVOT, PROJECT_SIZE_RANGE } from './sizing';

/**
 * What a missing yearly spend is assumed to be, said where the size is (round 28: a family
 * metalworker got "no office, 0.34 FTE" with its spend stated and an office of 0.52–0.78 without it,
 * and nothing said why). Without a spend, the per-project services size every project as one of
 * PROJECT_SIZE_PIVOT a year (sizing.ts, projectSizeFactor); with it they follow the projects' real
 * size, between PROJECT_SIZE_RANGE.min and .max of these hours, so the stated spend moves the office
 * by less than 2× either way. The note says so wherever a service was sized by its projects' size.
 * Our judgement: the engine's own sizing constants, said.
 */
export const assumedSizeNote = (s: Situation, sizedByProjects: boolean, say: Say): string[] =>
  sizedByProjects &&
  (s.annualProjectBudget === undefined || s.annualProjectBudget <= 0) &&
  !controlledOrders(s)
    ? [
        say(
          msg('office.basis.sizeAssumed', {
            pivot: PROJECT_SIZE_PIVOT,
            low: PROJECT_SIZE_RANGE.min,
            high: PROJECT_SIZE_RANGE.max,
          }),
        ),
      ]
    : [];
