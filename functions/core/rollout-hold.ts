import type { DimensionScore, Staffing } from '../contract/result';
import { MIN_RESPONDENTS, manyUnknowns } from './evidence';
import { msg, type Say } from './say';

/** What the rule reads of the plan's frame (rollout-phases.ts, PlanFrame). */
interface HoldFrame {
  dimensions: readonly DimensionScore[];
  staffing?: Pick<Staffing, 'fte'> | null;
  existing: boolean;
  say: Say;
  ramp: { ramp: unknown; charter: readonly string[] };
}

/**
 * On evidence with many unknowns (evidence.ts, manyUnknowns: under three quarters of the questions
 * rated, the overall confidence low) the plan's first phase hires nobody: the evidence text already
 * asks for the team assessment before money is committed, and the plan says the same (round 29: an
 * industrial group's one-person check with half its answers unknown staffed about 7 FTE in its first
 * phase). The team is named and costed; it is staffed once the team assessment confirms the need,
 * and the people of an office in place keep working meanwhile. Our judgement: the one rule the
 * evidence text states, applied to the plan. The waves of a ramp-up start after the assessment.
 */
export const hiringWaits = (f: Pick<HoldFrame, 'dimensions' | 'staffing'>): boolean =>
  !!f.staffing && manyUnknowns(f.dimensions);

/** The charter's staffing steps: the team and its waves, or, when hiring waits, the wait. */
export const staffingSteps = (f: HoldFrame, staffTeam: string): string[] => {
  if (!hiringWaits(f) || !f.staffing) return [staffTeam, ...f.ramp.charter];
  const { min, max } = f.staffing.fte;
  return [
    f.say(
      msg(min === max ? 'plan.hireAfterAssessmentFte' : 'plan.hireAfterAssessment', {
        fte: min,
        min,
        max,
        respondents: MIN_RESPONDENTS,
        existing: f.existing ? 1 : 0,
      }),
    ),
    // The waves start after the assessment: the first wave's line goes with the team's.
    ...f.ramp.charter.slice(f.ramp.ramp ? 1 : 0),
  ];
};
