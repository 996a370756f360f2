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
  SourcingId,
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
import { type EngineMessage, english, msg, type Say } from './say';
import { scoreMaturity } from './scoring';
import { sensitivityOf } from './sensitivity';
import { situationOf } from './situation';
import { applyValidation, type Validated, withValidation } from './validation';
import { answerWarnings, contextWarnings, costWarnings, inflationWarnings } from './warnings';

export interface EvaluateOptions {
  rates?: Rates;
  /** How the engine's messages are said (default: English). */
  say?: Say;
  /** Leave out the sensitivity search (it re-runs the decision for every nearby context). */
  sensitivity?: boolean;
  /**
   * What the stakeholders asked the office for, as published aggregates only: service id (the
   * questionnaire's SERVICES) → share of respondents who chose it (0–1). Never per person.
   */
  expectations?: Readonly<Record<string, number>>;
  /** How much each dimension matters to this client, 1–5 by dimension id (workshop or published ratings). */
  importance?: Readonly<Record<string, number>>;
  /** Levels agreed in the calibration workshop, by dimension id: used in place of the survey's (validation.ts). */
  validated?: Validated;
  /** The answers come from a team assessment: the plan does not survey the current state again. */
  surveyed?: boolean;
}

/** "X at 60/100, ahead of Y 55/100" or "X at 60/100, tied with Y": a tie is named a tie. */
const bestFitMessage = (fit: readonly ModelFit[]): EngineMessage | null => {
  const [best, ...rest] = fit.filter((f) => f.eligible);
  if (!best) return null;
  const tied = rest.filter((f) => f.score === best.score).map((f) => msg(`model.${f.model}`));
  const behind = rest
    .filter((f) => f.score !== best.score)
    .map((f) => msg('rationale.scored', { model: msg(`model.${f.model}`), score: f.score }));
  const key =
    tied.length > 0
      ? behind.length > 0
        ? 'rationale.bestFitTiedAhead'
        : 'rationale.bestFitTied'
      : behind.length > 0
        ? 'rationale.bestFitAhead'
        : 'rationale.bestFit';
  return msg(key, {
    model: msg(`modelName.${best.model}`),
    control: msg(`control.${best.control}`),
    score: best.score,
    tied,
    behind,
  });
};

const sourcingMessage = (fit: readonly SourcingFit[], chosen: SourcingId): EngineMessage => {
  const [best, ...rest] = fit.filter((f) => f.eligible);
  const tied = rest.filter((f) => f.score === best?.score).map((f) => msg(`sourcing.${f.sourcing}`));
  return msg(tied.length > 0 ? 'rationale.sourcingTied' : 'rationale.sourcing', {
    sourcing: msg(`sourcing.${chosen}`),
    score: fit[0]?.score ?? 0,
    tied,
    reason: fit[0]?.reasons[0] ?? '',
  });
};

export const recommend = (
  q: Questionnaire,
  context: OrganisationContext,
  maturity: Maturity,
  options: { rates?: Rates; evidence?: Evidence; say?: Say } = {},
): { pmo: PmoRecommendation; rollout: RolloutPlan } => {
  const say = options.say ?? english;
  const quickWins = quickWinsFor(q, maturity.dimensions, say);
  const d = decide(context, maturity, quickWins, options.rates, say);
  const { situation: s, need, fit, sourcingFit, best } = d;
  const evidence = options.evidence ?? assessEvidence(maturity.dimensions, maturity.respondents, say);
  const { scope, coordinationRole, ...needView } = need;
  const readiness = assessReadiness(best, maturity, s.existingPmo, scope, say);
  const { action, reason } = decideAction(s, need.needed, d.model, fit, maturity, say);

  const rationale = [
    say(
      msg('rationale.maturity', {
        level: maturity.level,
        levelName: maturity.levelName,
        overall: maturity.overall,
        evidence: msg(`evidence.status.${evidence.status}`),
      }),
    ),
    ...(maturity.level < Math.floor(maturity.overall)
      ? [
          say(
            msg('rationale.credited', {
              reached: Math.floor(maturity.overall),
              level: maturity.level,
              evidence: msg(`evidence.status.${evidence.status}`),
            }),
          ),
        ]
      : []),
    need.verdict,
    reason,
  ];
  for (const f of fit.filter((x) => !x.eligible))
    rationale.push(
      say(
        msg('rationale.ineligible', { model: msg(`modelName.${f.model}`), blockers: f.blockers.join(' ') }),
      ),
    );
  if (d.model && d.sourcing) {
    const bestFit = bestFitMessage(fit);
    rationale.push(
      ...(bestFit ? [say(bestFit)] : []),
      ...best.reasons
        .slice(0, 3)
        .map((r) => say(msg('rationale.modelReason', { model: msg(`modelName.${best.model}`), reason: r }))),
      readiness.explanation,
      say(sourcingMessage(sourcingFit, d.sourcing)).trim(),
      ...sourcingFit
        .filter((x) => !x.eligible)
        .map((x) =>
          say(
            msg('rationale.sourcingIneligible', {
              sourcing: msg(`sourcing.${x.sourcing}`),
              blockers: x.blockers.join(' '),
            }),
          ),
        ),
    );
  } else {
    rationale.push(
      say(msg('rationale.shouldNeedGrow', { model: msg(`model.${best.model}`), score: best.score })),
    );
  }

  const staffing = d.model
    ? staffOffice(s, d.model, scope, say)
    : coordinationRole
      ? staffCoordination(s, say)
      : null;
  const costSourcing = d.sourcing ?? 'internal';
  const pmo: PmoRecommendation = {
    needed: need.needed,
    model: d.model,
    sourcing: d.sourcing,
    action,
    scope,
    shape: need.needed ? (scope === 'programme' ? 'programme' : 'portfolio') : 'none',
    services: [],
    expectations: [],
    returns: [],
    fit,
    sourcingFit,
    need: needView,
    readiness,
    rationale,
    benefits: d.model ? expectedBenefits(d.model, maturity.dimensions, say) : [],
    staffing,
    cost: staffing ? costOf(staffing, costSourcing, s, options.rates, say) : null,
    kpis: d.model ? kpisFor(d.model, maturity.dimensions, s, evidence.status === 'insufficient', say) : [],
    raci: d.model && d.sourcing ? raciFor(d.model, d.sourcing, scope, s, say) : [],
  };
  const rollout =
    d.model && d.sourcing
      ? planRollout(
          q,
          {
            context: s,
            dimensions: maturity.dimensions,
            model: d.model,
            sourcing: d.sourcing,
            readiness,
            action,
            scope,
            staffing,
          },
          say,
        )
      : planWithoutPmo(q, s, maturity.dimensions, coordinationRole, say);
  if (d.model && d.sourcing)
    rollout.risks = rolloutRisks(
      {
        model: d.model,
        sourcing: d.sourcing,
        action,
        readiness,
        evidence,
        situation: s,
      },
      say,
    );
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
  const say = options.say ?? english;
  const validation = applyValidation(q, scoreMaturity(q, answerSets, say), options.validated, say);
  const maturity = validation.maturity;
  if (!maturity) return null;
  const evidence = withValidation(
    q,
    assessEvidence(maturity.dimensions, maturity.respondents, say),
    validation,
  );
  const { pmo, rollout } = recommend(q, context, maturity, { rates: options.rates, evidence, say });
  return {
    questionnaireVersion: q.version,
    evidence,
    warnings: [
      ...contextWarnings(situationOf(context), say),
      ...answerWarnings(maturity.dimensions, say),
      ...inflationWarnings(maturity.dimensions, say),
      ...costWarnings(pmo.cost, situationOf(context), say),
    ],
    maturity,
    pmo,
    rollout,
    sensitivity: options.sensitivity === false ? [] : sensitivityOf(context, maturity, options.rates, say),
  };
};
