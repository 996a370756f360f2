import type { Answers } from '../contract/answers';
import type { OrganisationContext } from '../contract/context';
import type { Maturity, PmoRecommendation, Result, RolloutPlan } from '../contract/result';
import { viewsWhenAsked } from './action';
import { expectedBenefits } from './benefits';
import { borderlineWarnings, scoreEdgeWarnings } from './borderline';
import { DEFAULT_CURRENCY } from './business-case';
import { caseWarnings } from './case-warnings';
import { withContextCheck } from './context-check';
import { pricedBesideContractLead } from './contract-lead-price';
import { coachedLeadDays, coachingNote, officeCost, peopleOutlay } from './cost-total';
import { type DecideExtras, decide, internalDayRate } from './decide';
import type { EvaluateOptions, RecommendOptions } from './evaluate-options';
import { assessEvidence, unknownsMessage } from './evidence';
import { agreedWithPlan, expectationsAnswer, writtenSteps } from './expectations';
import { boughtInMessage, modelChoiceMessage, sourcingBlockers, sourcingMessage } from './fit-messages';
import { MIN_GROUP_SIZE } from './group-size';
import { needViewOf } from './need-view';
import { notApplicableOf } from './not-applicable';
import { kpisOf } from './office/kpis';
import { peopleLeaving } from './office/leaving';
import { overheadOf } from './office/overhead';
import { withStopAsked } from './office/push-triage';
import { raciFor } from './office/raci';
import { returnsOf } from './office/returns';
import { isOffice, PROJECTS_PER_LEAD } from './office/shape';
import { shapeReasonKey } from './office/shape-words';
import { stagedWeeksOf } from './push-stage-cost';
import type { Questionnaire } from './questionnaire';
import { assessReadiness } from './readiness';
import { directionRisks } from './risks';
import { planRollout, planWithoutPmo, quickWinsFor } from './rollout';
import { interimLeadStaffing, leadsTheOffice, peopleAdviceFor, peopleCostNotes } from './rollout-people';
import { english, msg } from './say';
import { scoreMaturity } from './scoring';
import { probesFor } from './sensitivity';
import { situationOf } from './situation';
import { contractLead, staysMixed } from './sourcing-mix';
import { costWarnings } from './spend-line';
import { splitWarnings } from './split-said';
import { thinFirstStep } from './thin-evidence';
import { applyValidation, withValidation } from './validation';
import {
  answerWarnings,
  contextWarnings,
  currencyWarnings,
  inflationWarnings,
  officeSizeWarnings,
  type SpendHeld,
  spendHeldOf,
  spendHeldWarnings,
} from './warnings';

export type { EvaluateOptions, RecommendOptions } from './evaluate-options';

export const recommend = (
  q: Questionnaire,
  context: OrganisationContext,
  maturity: Maturity,
  options: RecommendOptions = {},
): { pmo: PmoRecommendation; rollout: RolloutPlan; held?: SpendHeld } => {
  const say = options.say ?? english;
  const quickWins = quickWinsFor(
    q,
    maturity.dimensions,
    say,
    options.importance,
    situationOf(context, options.rates?.currency),
  );
  const d = decide(context, maturity, quickWins, options.rates, say, {
    expectations: options.expectations,
    importance: options.importance,
    notApplicable: options.notApplicable,
    views: options.views,
  });
  const { situation: s, need, fit, sourcingFit, action, shape, office } = d;
  // The model the office is built on: the best fit, or the light office that formalises what works.
  const best = (d.model && fit.find((f) => f.model === d.model)) || d.best;
  const evidence = options.evidence ?? assessEvidence(maturity.dimensions, maturity.respondents, say);
  const direction = evidence.status === 'insufficient';
  const { scope } = need;
  const needView = needViewOf(d, quickWins, maturity, say);
  const readiness = assessReadiness(best, maturity, s.existingPmo, scope, say);

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
    needView.verdict,
    say(
      // A supportive hub is said as the group's view it keeps, not as one that controls (roles.ts).
      msg(shapeReasonKey(d.shapeReason, office.centreControls, s), {
        projects: s.concurrentProjects,
        managers: s.projectManagers,
        // Projects within what the leads carry: the load is small, not the leads missing (round 28).
        load: s.concurrentProjects <= PROJECTS_PER_LEAD * s.projectManagers ? 1 : 0,
        units: s.businessUnits ?? 1,
        employees: s.employees,
        overall: maturity.overall,
        months: s.horizonMonths ?? 12,
      }),
    ),
    d.actionReason,
  ];
  for (const f of fit.filter((x) => !x.eligible))
    rationale.push(
      say(
        msg('rationale.ineligible', { model: msg(`modelName.${f.model}`), blockers: f.blockers.join(' ') }),
      ),
    );
  if (d.model && d.sourcing) {
    rationale.push(
      ...modelChoiceMessage(d, fit, best, shape, maturity.overall, s).map(say),
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
              blockers: sourcingBlockers(x, d.sourcing ?? 'internal', say).join(' '),
            }),
          ),
        ),
    );
  } else if (shape === 'none') {
    rationale.push(
      say(
        direction
          ? msg('rationale.shouldNeedGrowUnscored', { model: msg(`model.${best.model}`) })
          : msg('rationale.shouldNeedGrow', { model: msg(`model.${best.model}`), score: best.score }),
      ),
    );
  }
  // On insufficient evidence the reader learns first that this is a direction, not a verdict.
  if (direction)
    rationale.splice(
      1,
      0,
      ...[msg('rationale.directionOnly'), ...thinFirstStep(maturity.respondents)].map(say),
    );
  // Many unknowns are said up front too, with the step that settles them (evidence.ts).
  else {
    const unknowns = unknownsMessage(maturity.dimensions, maturity.respondents);
    if (unknowns) rationale.splice(1, 0, say(unknowns));
  }

  const costSourcing = d.sourcing ?? 'internal';
  const currency = options.rates?.currency ?? DEFAULT_CURRENCY;
  // The people the plan brings in and the office's roles are one set: an interim who leads the
  // office is its lead role, costed in the office; the others are priced beside the office's cost.
  const advice = peopleAdviceFor(s, maturity.dimensions);
  // A contract lead of an internal office that nobody inside can lead is its lead role too, priced
  // beside the office's cost, which the spend ceiling holds at the own rate (sourcing-mix.ts).
  const hiredLead = !d.coachedLead && contractLead(s, d.sourcing, action, advice?.bringIn ?? 0);
  // Where the spend ceiling left no room for that lead, an own lead is coached from outside instead.
  const coachDays = d.coachedLead ? coachedLeadDays(s) : 0;
  const interim =
    !direction &&
    office.staffing &&
    office.leadRole !== undefined &&
    isOffice(shape) &&
    (leadsTheOffice(advice, s) || hiredLead)
      ? interimLeadStaffing(office.staffing, office.leadRole, say)
      : null;
  const staffing = direction ? null : (interim?.staffing ?? office.staffing);
  // A contract lead is one more person than those the plan brings in for the projects (sourcing-mix.ts).
  const leadInOffice = interim !== null && !hiredLead;
  // The sourcing says what is bought in: an own office's lead on contract, or coaching for its own lead.
  const lead = hiredLead && interim && staffing && !direction ? { staffing, fte: interim.fte } : null;
  const bought = boughtInMessage(
    d.sourcing,
    direction ? null : staffing,
    lead,
    coachDays,
    s.horizon,
    d.coachedUnstaffed,
  );
  if (bought) {
    const at = rationale.indexOf(say(sourcingMessage(sourcingFit, costSourcing)).trim());
    rationale.splice(at < 0 ? rationale.length : at + 1, 0, say(bought));
  }
  const peopleCost = [
    ...peopleCostNotes(pricedBesideContractLead(advice, hiredLead), s, options.rates, currency, leadInOffice),
    ...coachingNote(coachDays, options.rates, currency),
  ].map(say);
  const services = direction ? [] : office.services;
  const pmo: PmoRecommendation = {
    needed: d.needed,
    model: d.model,
    sourcing: d.sourcing,
    action,
    scope,
    shape,
    services,
    expectations: expectationsAnswer(q, d, options.expectations, say),
    returns: [],
    fit,
    sourcingFit,
    need: needView,
    readiness,
    rationale,
    benefits: d.model ? expectedBenefits(d.model, maturity.dimensions, say) : [],
    staffing,
    // Costed after the plan, whose stages a staged push's total follows (push-stage-cost.ts).
    cost: null,
    // A direction only sizes nothing, so it sets no targets either: the team assessment does (round 28).
    kpis:
      d.needed && !direction
        ? kpisOf(office.services, maturity.dimensions, s, direction, say, maturity.level)
        : [],
    raci:
      d.model && d.sourcing
        ? raciFor(services, d.sourcing, scope, s, say, staysMixed(d.sourcing, s, staffing))
        : [],
  };
  // The plan keeps what each step was written from: the expectations read its keys (expectations-plan.ts).
  const steps = writtenSteps(say);
  const plan =
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
            services: office.services,
            surveyed: options.surveyed,
            shape,
            evidence,
            coachedLead: d.coachedLead,
            cutWaits: d.cutWaits,
          },
          steps.say,
        )
      : planWithoutPmo(
          q,
          s,
          maturity.dimensions,
          shape === 'capability-first',
          steps.say,
          options.expectations,
          evidence,
        );
  plan.assumptions.push(...peopleCost);
  pmo.cost = staffing
    ? officeCost({
        staffing,
        sourcing: costSourcing,
        s,
        rates: options.rates,
        say,
        setupDays: office.setupDays,
        interimFte: interim?.fte ?? null,
        hiredLead,
        peopleCost,
        people: peopleOutlay(
          pricedBesideContractLead(advice, hiredLead),
          s,
          options.rates,
          leadInOffice,
          coachDays,
        ),
        currency,
        group: { services, shape },
        staged: stagedWeeksOf(plan),
      })
    : null;
  pmo.expectations = agreedWithPlan(pmo.expectations, plan, maturity.dimensions, steps.written, say);
  if (!direction)
    pmo.returns = returnsOf({
      services,
      situation: s,
      internalDayRate: internalDayRate(options.rates),
      currency,
      say,
      officeCost: pmo.cost?.annual,
      officeFte: staffing ? overheadOf(staffing).fte : undefined,
      pooled: staffing?.pooled,
      inPlace: s.existingPmo !== 'none' && pmo.action !== 'establish',
      leaving: peopleLeaving(s, staffing, pmo.action, d.cutWaits)?.count ?? 0,
      overall: maturity.overall,
      shape: pmo.shape,
    });
  const rollout: RolloutPlan = direction
    ? { ...plan, phases: null, totalWeeks: null, risks: directionRisks({ situation: s, evidence }, say) }
    : plan;
  return { pmo, rollout, ...spendHeldOf(office, pmo.staffing, s) };
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
  // The smallest camp a disagreement may rest on: the assessment's disclosure minimum.
  const k = Math.max(MIN_GROUP_SIZE, options.minGroupSize ?? MIN_GROUP_SIZE);
  const validation = applyValidation(q, scoreMaturity(q, answerSets, say, k), options.validated, say);
  if (!validation.maturity) return null;
  // Answers the context contradicts are not credited (context-check.ts).
  const { maturity, evidence } = withContextCheck(
    q,
    validation.maturity,
    withValidation(
      q,
      assessEvidence(validation.maturity.dimensions, validation.maturity.respondents, say, k),
      validation,
    ),
    context,
    validation.differences.length > 0,
    say,
  );
  // What every decision reads besides the context and the maturity, the sensitivity probes included.
  const extras: DecideExtras = {
    expectations: options.expectations,
    importance: options.importance,
    notApplicable: notApplicableOf(q, answerSets),
    // How the respondents see an office in place, worked out only if a decision judges one.
    views: viewsWhenAsked(q, answerSets, options.minGroupSize),
  };
  const { pmo, rollout, held } = recommend(q, context, maturity, {
    rates: options.rates,
    evidence,
    say,
    surveyed: options.surveyed,
    ...extras,
  });
  // The context with its defaults filled in, read by every warning.
  const situation = withStopAsked(situationOf(context, options.rates?.currency), extras.expectations);
  const probes = probesFor(context, maturity, { ...options, say }, extras, pmo.needed ? pmo.cost : null);
  return {
    questionnaireVersion: q.version,
    evidence,
    warnings: [
      ...contextWarnings(situation, say),
      ...currencyWarnings(situation, options.rates?.currency, say),
      ...answerWarnings(maturity.dimensions, say, extras.notApplicable),
      ...inflationWarnings(maturity.dimensions, say),
      // A part-time coordinator is a role, not an office: its cost is not weighed against spend.
      ...costWarnings(pmo.needed ? pmo.cost : null, situation, say, held),
      ...spendHeldWarnings(pmo.needed ? held : undefined, say),
      ...caseWarnings(pmo, situation, internalDayRate(options.rates), say),
      ...splitWarnings(pmo, situation, say),
      ...officeSizeWarnings(pmo.staffing, situation, say),
      // One step of one field turns the answer: said where a quick-check user reads (borderline.ts).
      ...borderlineWarnings(probes, say),
      ...scoreEdgeWarnings(pmo, situation, maturity, extras.views, say),
    ],
    maturity,
    pmo,
    rollout,
    sensitivity: probes.map(({ field, from, to, effect }) => ({ field, from, to, effect })),
  };
};
