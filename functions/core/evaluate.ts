import type { Answers } from '../contract/answers';
import type { Rates } from '../contract/api';
import type { OrganisationContext } from '../contract/context';
import type {
  Evidence,
  Maturity,
  ModelFit,
  PmoRecommendation,
  Result,
  RolloutPlan,
  SourcingFit,
} from '../contract/result';
import { decideAction } from './action';
import { expectedBenefits } from './benefits';
import { costOf, kpisFor, raciFor, staffCoordination, staffOffice } from './business-case';
import { decide } from './decide';
import { assessEvidence } from './evidence';
import type { Questionnaire } from './questionnaire';
import { assessReadiness } from './readiness';
import { rolloutRisks } from './risks';
import { planRollout, planWithoutPmo, quickWinsFor } from './rollout';
import { scoreMaturity } from './scoring';
import { sensitivityOf } from './sensitivity';
import { situationOf } from './situation';
import { answerWarnings, contextWarnings, costWarnings, inflationWarnings } from './warnings';

const pct = (n: number) => `${n}/100`;

export interface EvaluateOptions {
  rates?: Rates;
  /** Leave out the sensitivity search (it re-runs the decision for every nearby context). */
  sensitivity?: boolean;
}

/** "X at 60/100, ahead of Y 55/100" or "X at 60/100, tied with Y": a tie is named a tie. */
const bestFitSentence = (fit: readonly ModelFit[]): string => {
  const [best, ...rest] = fit.filter((f) => f.eligible);
  if (!best) return '';
  const tied = rest.filter((f) => f.score === best.score);
  const behind = rest.filter((f) => f.score !== best.score);
  const parts = [
    ...(tied.length > 0
      ? [
          `tied with ${tied.map((f) => f.name.toLowerCase()).join(' and ')} (a tie goes to the less controlling model)`,
        ]
      : []),
    ...(behind.length > 0
      ? [`ahead of ${behind.map((f) => `${f.name.toLowerCase()} ${pct(f.score)}`).join(' and ')}`]
      : []),
  ];
  return `Best eligible fit: ${best.name} (${best.control}) at ${pct(best.score)}${parts.length > 0 ? `, ${parts.join(', ')}` : ''}.`;
};

const sourcingTies = (fit: readonly SourcingFit[]): string => {
  const [best, ...rest] = fit.filter((f) => f.eligible);
  const tied = rest.filter((f) => f.score === best?.score).map((f) => f.sourcing);
  return tied.length === 0 ? '' : `, tied with ${tied.join(' and ')} (a tie goes to internal, then hybrid)`;
};

export const recommend = (
  q: Questionnaire,
  context: OrganisationContext,
  maturity: Maturity,
  options: { rates?: Rates; evidence?: Evidence } = {},
): { pmo: PmoRecommendation; rollout: RolloutPlan } => {
  const quickWins = quickWinsFor(q, maturity.dimensions);
  const d = decide(context, maturity, quickWins, options.rates);
  const { situation: s, need, fit, sourcingFit, best } = d;
  const evidence = options.evidence ?? assessEvidence(maturity.dimensions, maturity.respondents);
  const { scope, coordinationRole, ...needView } = need;
  const readiness = assessReadiness(best, maturity, s.existingPmo, scope);
  const { action, reason } = decideAction(s, need.needed, d.model, fit, maturity);

  const rationale = [
    `Maturity is at level ${maturity.level} (${maturity.levelName}), overall ${maturity.overall.toFixed(2)} of 5; evidence ${evidence.status}.`,
    ...(maturity.level < Math.floor(maturity.overall)
      ? [
          `The score reaches level ${Math.floor(maturity.overall)}, but only level ${maturity.level} is credited: the evidence is ${evidence.status}, and a higher level needs evidence across the organisation.`,
        ]
      : []),
    need.verdict,
    reason,
  ];
  for (const f of fit.filter((x) => !x.eligible))
    rationale.push(`${f.name} is not eligible: ${f.blockers.join(' ')}`);
  if (d.model && d.sourcing) {
    const chosenSourcing = sourcingFit[0];
    rationale.push(
      bestFitSentence(fit),
      ...best.reasons.slice(0, 3).map((r) => `${best.name}: ${r}`),
      readiness.explanation,
      `Sourcing: ${d.sourcing} at ${pct(chosenSourcing?.score ?? 0)}${sourcingTies(sourcingFit)}; ${chosenSourcing?.reasons[0] ?? ''}`.trim(),
      ...sourcingFit
        .filter((x) => !x.eligible)
        .map((x) => `${x.sourcing} sourcing is not eligible: ${x.blockers.join(' ')}`),
    );
  } else {
    rationale.push(
      `Should the need grow, the best-fitting model today would be the ${best.name.toLowerCase()} (${pct(best.score)}).`,
    );
  }

  const staffing = d.model ? staffOffice(s, d.model, scope) : coordinationRole ? staffCoordination(s) : null;
  const costSourcing = d.sourcing ?? 'internal';
  const pmo: PmoRecommendation = {
    needed: need.needed,
    model: d.model,
    sourcing: d.sourcing,
    action,
    scope,
    fit,
    sourcingFit,
    need: needView,
    readiness,
    rationale,
    benefits: d.model ? expectedBenefits(d.model, maturity.dimensions) : [],
    staffing,
    cost: staffing ? costOf(staffing, costSourcing, s, options.rates) : null,
    kpis: d.model ? kpisFor(d.model, maturity.dimensions, s, evidence.status === 'insufficient') : [],
    raci: d.model && d.sourcing ? raciFor(d.model, d.sourcing, scope, s) : [],
  };
  const rollout =
    d.model && d.sourcing
      ? planRollout(q, {
          context: s,
          dimensions: maturity.dimensions,
          model: d.model,
          sourcing: d.sourcing,
          readiness,
          action,
          scope,
          staffing,
        })
      : planWithoutPmo(q, s, maturity.dimensions, coordinationRole);
  if (d.model && d.sourcing)
    rollout.risks = rolloutRisks({
      model: d.model,
      sourcing: d.sourcing,
      action,
      readiness,
      evidence,
      situation: s,
    });
  return { pmo, rollout };
};

/**
 * The whole Result for a context and one or more answer sets. Returns null when no
 * question carries a real rating: there is nothing to score.
 */
export const evaluate = (
  q: Questionnaire,
  context: OrganisationContext,
  answerSets: readonly Answers[],
  options: EvaluateOptions = {},
): Result | null => {
  const maturity = scoreMaturity(q, answerSets);
  if (!maturity) return null;
  const evidence = assessEvidence(maturity.dimensions, maturity.respondents);
  const { pmo, rollout } = recommend(q, context, maturity, { rates: options.rates, evidence });
  return {
    questionnaireVersion: q.version,
    evidence,
    warnings: [
      ...contextWarnings(situationOf(context)),
      ...answerWarnings(maturity.dimensions),
      ...inflationWarnings(maturity.dimensions),
      ...costWarnings(pmo.cost, situationOf(context)),
    ],
    maturity,
    pmo,
    rollout,
    sensitivity: options.sensitivity === false ? [] : sensitivityOf(context, maturity, options.rates),
  };
};
