import type { Answers } from '../contract/answers';
import type { OrganisationContext } from '../contract/context';
import type { Maturity, PmoRecommendation, Result, RolloutPlan } from '../contract/result';
import { expectedBenefits } from './benefits';
import { fitModels } from './model-fit';
import { assessNeed } from './pmo-need';
import type { Questionnaire } from './questionnaire';
import { assessReadiness } from './readiness';
import { planRollout, planWithoutPmo, quickWinsFor } from './rollout';
import { scoreMaturity } from './scoring';
import { fitSourcing } from './sourcing';

const pct = (n: number) => `${n}/100`;

export const recommend = (
  q: Questionnaire,
  context: OrganisationContext,
  maturity: Maturity,
): { pmo: PmoRecommendation; rollout: RolloutPlan } => {
  const need = assessNeed(context, maturity, quickWinsFor(q, maturity.dimensions));
  const fit = fitModels(context, maturity);
  const sourcingFit = fitSourcing(context);
  const best = fit[0];
  const bestSourcing = sourcingFit[0];
  if (!best || !bestSourcing) throw new Error('fit rules produced no options');
  const readiness = assessReadiness(best, maturity);

  const rationale = [
    `Maturity is at level ${maturity.level} (${maturity.levelName}), overall ${maturity.overall.toFixed(2)} of 5.`,
    need.verdict,
  ];
  if (need.needed) {
    rationale.push(
      `Best fit: ${best.name} (${best.control}) at ${pct(best.score)}, ahead of ${fit
        .slice(1)
        .map((f) => `${f.name} ${pct(f.score)}`)
        .join(' and ')}.`,
      ...best.reasons.slice(0, 3).map((r) => `${best.name}: ${r}`),
      readiness.explanation,
      `Sourcing: ${bestSourcing.sourcing} at ${pct(bestSourcing.score)}; ${bestSourcing.reasons[0] ?? ''}`.trim(),
    );
  } else {
    rationale.push(
      `Should the need grow, the best-fitting model today would be the ${best.name.toLowerCase()} (${pct(best.score)}).`,
    );
  }

  return {
    pmo: {
      needed: need.needed,
      model: need.needed ? best.model : null,
      sourcing: need.needed ? bestSourcing.sourcing : null,
      fit,
      sourcingFit,
      need,
      readiness,
      rationale,
      benefits: need.needed ? expectedBenefits(best.model, maturity.dimensions) : [],
    },
    rollout: need.needed
      ? planRollout(q, context, maturity.dimensions, best.model, bestSourcing.sourcing, readiness)
      : planWithoutPmo(q, context, maturity.dimensions),
  };
};

/**
 * The whole Result for a context and one or more answer sets. Returns null when no
 * question carries a real rating: there is nothing to score.
 */
export const evaluate = (
  q: Questionnaire,
  context: OrganisationContext,
  answerSets: readonly Answers[],
): Result | null => {
  const maturity = scoreMaturity(q, answerSets);
  if (!maturity) return null;
  return { questionnaireVersion: q.version, maturity, ...recommend(q, context, maturity) };
};
