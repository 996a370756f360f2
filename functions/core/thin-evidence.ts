import type { Evidence, Maturity, ModelFit, PmoAction, PmoModelId, Staffing } from '../contract/result';
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

/**
 * A cut of an office in place by more than this share of its people (its size today against what
 * the recommended services need) is a target to confirm first wherever the evidence is short of
 * sufficient (a quick check, fewer than MIN_RESPONDENTS respondents, or too few rated questions):
 * its people beyond the target stay, shown apart and costed, until a health check with a team
 * assessment confirms it, and the HR step waits for that confirmation. The same share that makes a
 * difference worth a sentence (in-place.ts, SAME_SIZE_SHARE). Our judgement, the rule the engine
 * already applied to an office over twice its need (round 21: one respondent was too thin to raise
 * an office's control, yet enough to cut a directive office from 8 FTE to 0.8 and redeploy 7 people).
 */
export const CUT_CONFIRMED_FIRST_SHARE = 0.2;

/** Whether the cut of an office in place of `existing` FTE down to `staffing` waits for confirmation. */
export const cutConfirmedFirst = (
  existing: number | undefined,
  staffing: Pick<Staffing, 'fte'> | null | undefined,
  status: Evidence['status'] | undefined,
): boolean =>
  status !== undefined &&
  status !== 'sufficient' &&
  existing !== undefined &&
  !!staffing &&
  existing - (staffing.fte.min + staffing.fte.max) / 2 > CUT_CONFIRMED_FIRST_SHARE * existing;

/** A reset that cuts its office in place by over CUT_CONFIRMED_FIRST_SHARE on thin evidence (decide.ts). */
export const resetWaits = (
  s: Pick<Situation, 'existingPmo' | 'existingPmoFte'>,
  action: PmoAction,
  staffing: Pick<Staffing, 'fte'> | null | undefined,
  maturity: Pick<Maturity, 'dimensions' | 'respondents'>,
): boolean =>
  action === 'reset' &&
  s.existingPmo !== 'none' &&
  cutConfirmedFirst(
    s.existingPmoFte,
    staffing,
    assessEvidence(maturity.dimensions, maturity.respondents, unsaid).status,
  );
