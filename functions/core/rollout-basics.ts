import type { DimensionScore, PmoModelId, RolloutPhase, RolloutPlan, SourcingId } from '../contract/result';
import { byPain, gapOf, TARGET_LEVEL } from './office/order';
import type { Questionnaire } from './questionnaire';
import { english, msg, type Say } from './say';

/**
 * The plan's measures: weeks per phase and the factors that scale them, the quick wins, and the
 * step that lays drafted phases end to end. Shared by the plan with an office and the plan without.
 */

/** How many of the weakest dimensions become quick wins. */
export const QUICK_WINS = 2;

/** Weeks per phase for a mid-sized organisation with an internal PMO. */
export const BASE_WEEKS = { analysis: 4, concept: 4, pilot: 8, operate: 26 } as const;
export const ROLLOUT_WEEKS: Record<PmoModelId, number> = {
  'weather-station': 8,
  'control-tower': 12,
  'resource-source': 16,
};
/** Each earlier stage of a staged path adds this much roll-out time. */
export const WEEKS_PER_EXTRA_STAGE = 8;

export const sizeFactor = (employees: number, say: Say = english): { factor: number; label: string } =>
  employees < 100
    ? { factor: 0.75, label: say(msg('plan.smallOrganisationUnder100People')) }
    : employees < 1000
      ? { factor: 1, label: say(msg('plan.midSizedOrganisation100U2013999')) }
      : { factor: 1.5, label: say(msg('plan.largeOrganisation1000People')) };

export const SETUP_FACTOR: Record<SourcingId, number> = { internal: 1, hybrid: 0.85, outsourced: 0.75 };

export const weeks = (base: number, ...factors: number[]): number =>
  Math.max(1, Math.round(factors.reduce((w, f) => w * f, base)));

/**
 * The dimensions quick wins come from: rated below the target level (a dimension at level 3 or
 * above has no quick win left, only steady work), in the engine's one order (office/order.ts):
 * the gap weighed by the client's importance, ties in questionnaire order.
 */
export const weakestDimensions = (
  dimensions: readonly DimensionScore[],
  count = QUICK_WINS,
  importance?: Readonly<Record<string, number>>,
): DimensionScore[] =>
  byPain(
    dimensions.filter((d) => d.score !== null && d.score < TARGET_LEVEL),
    (d) => ({ gap: gapOf([d.score]), importance: importance?.[d.id], pressure: 0, readiness: 1 }),
  ).slice(0, count);

export const quickWinsFor = (
  q: Questionnaire,
  dimensions: readonly DimensionScore[],
  say: Say = english,
  importance?: Readonly<Record<string, number>>,
): string[] =>
  weakestDimensions(dimensions, QUICK_WINS, importance).map((d) => {
    const dim = q.dimensions.find((x) => x.id === d.id);
    return say(
      msg('rollout.quickWin', { dimension: d.name, score: d.score as number, action: dim?.quickWin ?? '' }),
    );
  });

/** A temporary need is planned over this many weeks (a year’s push), then handed back. */
export const TEMPORARY_HORIZON_WEEKS = 52;
/** A temporary office is set up at this share of the usual set-up time: the push cannot wait. */
export const TEMPORARY_SETUP_FACTOR = 0.5;
/** Weeks to hand back results and close a temporary office. */
export const HAND_BACK_WEEKS = 6;
/** An interim set-up on urgent needs, while the real office is designed. */
export const INTERIM_WEEKS = 2;
/** Health check of an existing office before changing it. */
export const HEALTH_CHECK_WEEKS = 3;
export const PROCUREMENT_WEEKS = 4;

/** A phase before its start week is known. */
export type Draft = Omit<RolloutPhase, 'startWeek'>;

export const withStartWeeks = (
  draft: readonly Omit<RolloutPhase, 'startWeek'>[],
  assumptions: string[],
): RolloutPlan => {
  let week = 0;
  const phases = draft.map((p) => {
    const phase = { ...p, startWeek: week };
    week += p.durationWeeks;
    return phase;
  });
  return { phases, totalWeeks: week, assumptions, risks: [] };
};
