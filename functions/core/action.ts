import type { Maturity, ModelFit, PmoAction, PmoModelId } from '../contract/result';
import { round2 } from './numbers';
import { modelProfile } from './pmo-models';
import type { Situation } from './situation';

/** An existing office whose own services score below this is not working: reset it. */
export const RESET_BELOW = 2;

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
): { action: PmoAction; reason: string } => {
  const existing = s.existingPmo;
  if (existing === 'none')
    return needed && model
      ? { action: 'establish', reason: 'No PMO exists today: establish one.' }
      : { action: 'none', reason: 'No PMO exists and none is needed yet.' };
  const name = modelProfile(existing).name.toLowerCase();
  if (!needed || !model)
    return {
      action: 'reset',
      reason: `The existing ${name} does more than the coordination work requires: reshape it into a lighter role.`,
    };
  const current = fit.find((f) => f.model === existing);
  if (current && !current.eligible)
    return {
      action: 'reset',
      reason: `The existing ${name} fails its own prerequisites (${current.blockers.join(' ')}): reset it.`,
    };
  const delivered = servicesScore(existing, maturity);
  if (delivered !== null && delivered < RESET_BELOW)
    return {
      action: 'reset',
      reason: `The existing ${name}'s own services score ${delivered.toFixed(2)}, below ${RESET_BELOW.toFixed(2)}: it is not working as set up; reset it.`,
    };
  if (model === existing)
    return { action: 'keep', reason: `The existing ${name} fits: keep it and improve its weakest services.` };
  return {
    action: 'evolve',
    reason: `Evolve the existing ${name} into a ${modelProfile(model).name.toLowerCase()}.`,
  };
};
