import fc from 'fast-check';
import { expect } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import { evaluate, QUESTIONNAIRE } from '../../../functions/core';
import { type Situation, situationOf } from '../../../functions/core/situation';
import { runs } from '../../support/sample';
import { SEED, teamArb } from './arbitraries';

const needed = (c: OrganisationContext, team: Answers[]): boolean | null => {
  const r = evaluate(QUESTIONNAIRE, c, team, { sensitivity: false });
  return r ? r.pmo.needed : null;
};

/**
 * More projects never take an office away: over organisations drawn from `arb`, stepping the count
 * of projects through `counts`, an office never becomes none, except where one of the written
 * `exceptions` held at the smaller count and no longer holds at the larger. Returns the steps walked.
 */
export const monotoneInProjects = (
  arb: fc.Arbitrary<OrganisationContext>,
  counts: readonly number[],
  exceptions: readonly ((s: Situation) => boolean)[],
  numRuns: number,
): number => {
  let steps = 0;
  fc.assert(
    fc.property(arb, teamArb, (c, team) => {
      let before: { n: number; office: boolean } | null = null;
      for (const n of counts) {
        const office = needed({ ...c, concurrentProjects: n }, team);
        if (office === null) continue;
        if (before?.office && !office) {
          const from = situationOf({ ...c, concurrentProjects: before.n });
          const to = situationOf({ ...c, concurrentProjects: n });
          const exception = exceptions.some((holds) => holds(from) && !holds(to));
          expect({ n: before.n, to: n, exception }).toEqual({ n: before.n, to: n, exception: true });
        }
        if (before) steps++;
        before = { n, office };
      }
    }),
    { numRuns: runs(numRuns), ...SEED },
  );
  return steps;
};
