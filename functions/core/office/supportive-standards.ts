import type { Maturity, PmoModelId, PmoShape } from '../../contract/result';
import { dimensionScore } from '../model-gates';
import type { ServiceId } from './catalogue';
import { inTheUnits } from './shape';

/**
 * A supportive office offers templates and a light standard: PMI's supportive PMO is one whose core
 * offer is templates, good practice and training, offered, not imposed (round 29: a municipality at
 * standards 1.81, with 40 % asking for them, was told "an office of this shape does not run it"; a
 * machine builder and an engineering consultancy got no templates at all). The weather station holds
 * the standards service in its offered form wherever standards are weak or asked for; projects take
 * up what helps them, and nothing is checked. A group's hub holds its minimum common standard
 * instead, and the units' offices offer their own (group-hub.ts).
 */

/**
 * Standards below this level are weak: half a level short of defined practice, where project
 * leads still work each in their own way. Our judgement, between the repeatable level 2 and the
 * defined level 3 that a control tower's standards rest on.
 */
export const STANDARDS_WEAK = 2.5;

/**
 * ...or asked for by this share of the stakeholders: the share from which what was asked is shown
 * with an answer (expectations.ts, SHOWN_EXPECTATION_SHARE), so an office never answers a request
 * it could meet with templates on offer by saying it does not run them. Our judgement.
 */
export const STANDARDS_ASKED_SHARE = 0.25;

/** The weather station offers templates and a light standard: standards are weak or asked for. */
export const offersStandards = (
  id: ServiceId,
  model: PmoModelId | null | undefined,
  shape: PmoShape,
  m: Maturity,
  asked: number,
): boolean => {
  if (id !== 'standards' || model !== 'weather-station' || inTheUnits(shape)) return false;
  const standards = dimensionScore(m, ['standards']);
  return (standards !== null && standards < STANDARDS_WEAK) || asked >= STANDARDS_ASKED_SHARE;
};

/**
 * Templates on offer where standards are weak are a service of their own, run at least at the
 * smallest service's effort (design.ts, MIN_SERVICE_HOURS), never a task left to the project leads
 * who lack them.
 */
export const templatesForWeakStandards = (
  id: ServiceId,
  model: PmoModelId | null | undefined,
  shape: PmoShape,
  m: Maturity,
): boolean => offersStandards(id, model, shape, m, 0);
