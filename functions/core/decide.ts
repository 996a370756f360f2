import type { Rates } from '../contract/api';
import type { OrganisationContext } from '../contract/context';
import type { Maturity, ModelFit, PmoModelId, SourcingFit, SourcingId } from '../contract/result';
import { decideAction } from './action';
import { DEFAULT_DAY_RATE, WORKDAYS_PER_YEAR } from './business-case';
import { fitModels } from './model-fit';
import { assessNeed, MIN_OFFICE_FTE, type NeedAssessment } from './pmo-need';
import type { Say } from './say';
import { type Situation, situationOf } from './situation';
import { fitSourcing } from './sourcing';

export interface Decision {
  situation: Situation;
  need: NeedAssessment;
  fit: ModelFit[];
  sourcingFit: SourcingFit[];
  /** The best eligible model, recommended or not. */
  best: ModelFit;
  model: PmoModelId | null;
  sourcing: SourcingId | null;
}

/** The three decisions (need, model, sourcing) in that order: each sees the one before. */
export const decide = (
  context: OrganisationContext,
  maturity: Maturity,
  quickWins: readonly string[] = [],
  rates?: Rates,
  say?: Say,
): Decision => {
  const situation = situationOf(context);
  const minOfficeCost = MIN_OFFICE_FTE * (rates?.dayRate ?? DEFAULT_DAY_RATE.internal) * WORKDAYS_PER_YEAR;
  const need = assessNeed(situation, maturity, quickWins, minOfficeCost, say);
  const fit = fitModels(situation, maturity, need.scope, say);
  const best = fit[0];
  if (!best?.eligible) throw new Error('no eligible PMO model');
  const { action } = decideAction(
    situation,
    need.needed,
    need.needed ? best.model : null,
    fit,
    maturity,
    say,
  );
  const sourcingFit = fitSourcing(situation, best.model, action, say);
  const bestSourcing = sourcingFit[0];
  if (!bestSourcing?.eligible) throw new Error('no eligible sourcing');
  return {
    situation,
    need,
    fit,
    sourcingFit,
    best,
    model: need.needed ? best.model : null,
    sourcing: need.needed ? bestSourcing.sourcing : null,
  };
};
