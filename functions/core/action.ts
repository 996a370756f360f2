import type { Maturity, ModelFit, PmoAction, PmoModelId } from '../contract/result';
import { round2 } from './numbers';
import { modelProfile } from './pmo-models';
import { english, msg, type Say } from './say';
import type { Situation } from './situation';

/** An existing office whose own services score below this is not working: reset it. */
export const RESET_BELOW = 2;

/** What every office turns out: reports and standards. */
const OUTPUT_DIMENSIONS = ['reporting', 'standards'];
/** What an office's products are for: decisions on the portfolio, benefits, the people it serves. */
const OUTCOME_DIMENSIONS = ['portfolio', 'benefits', 'stakeholders'];
/** Its own products at this level or above... */
export const OUTPUTS_WORK = 3;
/** ...while what they are for stays at this level or below, and this far behind: the office works for itself. */
export const OUTCOMES_FAIL = 2;
export const OUTPUT_OUTCOME_GAP = 1.5;

const meanOf = (xs: readonly (number | null | undefined)[]): number | null => {
  const known = xs.filter((x): x is number => typeof x === 'number');
  return known.length === 0 ? null : round2(known.reduce((a, b) => a + b, 0) / known.length);
};

/** Every office reports and answers to governance, whatever else it delivers. */
const EVERY_OFFICE_DELIVERS = ['reporting', 'governance'];

const servicesScore = (model: PmoModelId, maturity: Maturity): number | null => {
  const scores = modelProfile(model)
    .delivers.map((id) => maturity.dimensions.find((d) => d.id === id)?.score)
    .filter((x): x is number => typeof x === 'number');
  return scores.length === 0 ? null : round2(scores.reduce((a, b) => a + b, 0) / scores.length);
};

/**
 * What to do with the PMO: with none today, establish one (or nothing); with one, keep,
 * evolve or reset it, never establish. Reset when the office is ineligible now, when its own
 * services score below RESET_BELOW, or when no office is needed any more.
 */
export const decideAction = (
  s: Situation,
  needed: boolean,
  model: PmoModelId | null,
  fit: readonly ModelFit[],
  maturity: Maturity,
  say: Say = english,
): { action: PmoAction; reason: string; teamStays: boolean } => {
  const existing = s.existingPmo;
  if (existing === 'none')
    return needed && model
      ? { action: 'establish', reason: say(msg('action.establish')), teamStays: false }
      : { action: 'none', reason: say(msg('action.none')), teamStays: false };
  const name = msg(`model.${existing}`);
  // A reset changes what the office does; the team in place stays.
  if (!needed || !model)
    return { action: 'reset', reason: say(msg('action.reshape', { model: name })), teamStays: true };
  const current = fit.find((f) => f.model === existing);
  if (current && !current.eligible)
    return {
      action: 'reset',
      reason: say(msg('action.resetIneligible', { model: name, blockers: current.blockers.join(' ') })),
      teamStays: true,
    };
  const delivered = servicesScore(existing, maturity);
  const basics = EVERY_OFFICE_DELIVERS.map((id) => maturity.dimensions.find((d) => d.id === id)?.score);
  // An office whose reporting and governance both fail is not working, whatever else it runs.
  const basicsFail = basics.every((x) => typeof x === 'number' && x < RESET_BELOW);
  if (delivered !== null && (delivered < RESET_BELOW || basicsFail))
    return {
      action: 'reset',
      reason: say(msg('action.resetWeak', { model: name, score: delivered, limit: RESET_BELOW })),
      // Its services fail, but its people know the projects: the reset changes the work, and the
      // sourcing weighs the team like any reset's.
      teamStays: true,
    };
  // An office that turns out its own products (reports, standards) while the decisions they are
  // for stay at level 1 works for itself: its mandate is reset around outcomes (round 10).
  // Only an office with a mandate over decisions (not a reporting office) answers for them.
  const scoreOf = (ids: readonly string[]) =>
    meanOf(ids.map((id) => maturity.dimensions.find((d) => d.id === id)?.score));
  const outputs = scoreOf(OUTPUT_DIMENSIONS);
  const outcomes = scoreOf(OUTCOME_DIMENSIONS);
  if (
    existing !== 'weather-station' &&
    outputs !== null &&
    outputs >= OUTPUTS_WORK &&
    outcomes !== null &&
    outcomes <= OUTCOMES_FAIL &&
    outputs - outcomes >= OUTPUT_OUTCOME_GAP
  )
    return {
      action: 'reset',
      reason: say(msg('action.resetOutputs', { model: name, delivered: outputs, outcomes })),
      teamStays: true,
    };
  if (model === existing)
    return { action: 'keep', reason: say(msg('action.keep', { model: name })), teamStays: true };
  return {
    action: 'evolve',
    teamStays: true,
    reason: say(msg('action.evolve', { existing: name, model: msg(`model.${model}`) })),
  };
};
