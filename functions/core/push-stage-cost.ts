import type { RolloutPlan } from '../contract/result';
import type { Ramp } from './rollout-ramp';

/**
 * A staged push's total follows its stages (round 29: a 24-month grid programme whose plan staffs a
 * core of 3.2 FTE for its first 37 and last 6 weeks and the full 6.4 FTE only for execution was
 * costed as if the full team ran all 104 weeks, about a fifth above its own staffing curve). The
 * total is the sum over the plan's stages of staff × weeks × rate: the core through the set-up, the
 * early stages and the hand-back, the full team through execution (rollout-ramp.ts, stagedRun). The
 * yearly figure stays the full team's rate, which is what the office costs while it runs at full
 * strength. Arithmetic, no judgement: the plan's own weeks and the ramp's own core.
 */
export interface StagedWeeks {
  /** FTE of the core and of the full team (the middle of the range). */
  coreFte: number;
  fullFte: number;
  /** Weeks of the plan run by the core, and by the full team. */
  coreWeeks: number;
  fullWeeks: number;
  /** The total's share of the full team running every week: (core × its weeks + full × its weeks) ÷ (full × all weeks). */
  factor: number;
}

/** The ramp each plan was drafted with (rollout.ts records it): the cost reads its stages. */
export const rampOfPlan = new WeakMap<RolloutPlan, Ramp>();

/** The phase a staged push runs at full strength: the run after its early stages. */
const FULL_PHASE = 'operate-and-improve';

/** The stages of a plan staffed by the push's stages, or null where the office runs whole. */
export const stagedWeeksOf = (plan: RolloutPlan): StagedWeeks | null => {
  const ramp = rampOfPlan.get(plan);
  const phases = plan.phases ?? [];
  if (ramp?.kind !== 'stages' || !phases.some((p) => p.id === 'early-stages')) return null;
  const all = phases.reduce((w, p) => w + p.durationWeeks, 0);
  const fullWeeks = phases.find((p) => p.id === FULL_PHASE)?.durationWeeks ?? 0;
  const fullFte = ramp.first + ramp.rest;
  if (all <= 0 || fullWeeks <= 0 || fullFte <= 0) return null;
  const coreWeeks = all - fullWeeks;
  return {
    coreFte: ramp.first,
    fullFte: Math.round(fullFte * 10) / 10,
    coreWeeks,
    fullWeeks,
    factor: (ramp.first * coreWeeks + fullFte * fullWeeks) / (fullFte * all),
  };
};
