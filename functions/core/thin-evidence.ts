import type { Maturity, ModelFit, PmoModelId } from '../contract/result';
import { assessEvidence, MIN_RESPONDENTS } from './evidence';
import { modelRank } from './pmo-models';
import { type EngineMessage, msg, unsaid } from './say';
import type { Situation } from './situation';

/**
 * On insufficient evidence (evidence.ts: too few dimensions with enough rated questions) the
 * direction asks for no more control than the evidence carries (round 18: a mostly "don't know"
 * quick check got a confident control tower, built on scores the engine had imputed). Our
 * judgement, the same one the engine already applies to a working office in place
 * (fit-pressures.ts, noCallForMoreControl): a model's lead scored on imputed levels is no reason
 * for more control. So a new office takes the least controlling eligible model, and an office in
 * place keeps its own (eligible) model: thin evidence changes its control neither way. A model
 * already less controlling than that stands.
 */
export const modelOnThinEvidence = (
  s: Pick<Situation, 'existingPmo'>,
  maturity: Pick<Maturity, 'dimensions' | 'respondents'>,
  fit: readonly ModelFit[],
  chosen: PmoModelId,
): PmoModelId => {
  if (assessEvidence(maturity.dimensions, maturity.respondents, unsaid).status !== 'insufficient')
    return chosen;
  const eligible = fit.filter((f) => f.eligible).map((f) => f.model);
  const inPlace = eligible.find((m) => m === s.existingPmo);
  const least = [...eligible].sort((a, b) => modelRank(a) - modelRank(b))[0];
  const ceiling = inPlace ?? least;
  return ceiling !== undefined && modelRank(ceiling) < modelRank(chosen) ? ceiling : chosen;
};

/**
 * What the rationale says of a model held down by thin evidence, and the one firm step a direction
 * on one or two respondents' thin answers has: a team assessment (MIN_RESPONDENTS people).
 */
export const thinModelMessage = (
  s: Pick<Situation, 'existingPmo'>,
  model: PmoModelId,
  best: ModelFit,
  lead: number,
): EngineMessage =>
  model === s.existingPmo
    ? msg('rationale.thinKeepsModel', { model: msg(`model.${model}`) })
    : msg('rationale.thinLeastControl', {
        model: msg(`model.${model}`),
        best: msg(`model.${best.model}`),
        lead,
      });

export const thinFirstStep = (respondents: number): EngineMessage[] =>
  respondents < MIN_RESPONDENTS ? [msg('rationale.thinFirstStep', { respondents: MIN_RESPONDENTS })] : [];
