import type { PmoRecommendation } from '../contract/result';
import { forCustomers } from './customer-orders';
import type { Decision } from './decide';
import { serviceSpec } from './office/catalogue';
import { triagePush } from './office/push-triage';
import type { Questionnaire } from './questionnaire';
import { type EngineKey, msg, type Say } from './say';
import type { Situation } from './situation';

export { agreedWithPlan, writtenSteps } from './expectations-plan';

/**
 * What stakeholders asked the office for, answered: each service asked for by at least
 * SHOWN_EXPECTATION_SHARE, the most asked for first, with whether the office offers it and why not.
 */
/** Stakeholders' expectations shown in the result: the most asked for first, from this share. */
export const SHOWN_EXPECTATION_SHARE = 0.25;
export const SHOWN_EXPECTATIONS = 5;

/** The expectations the result shows: from SHOWN_EXPECTATION_SHARE, the most asked for first. */
const shown = (expectations: Readonly<Record<string, number>> | undefined): [string, number][] =>
  Object.entries(expectations ?? {})
    .filter(([, share]) => share >= SHOWN_EXPECTATION_SHARE)
    .sort((a, b) => b[1] - a[1])
    .slice(0, SHOWN_EXPECTATIONS);

/**
 * Where no office is recommended, the plan step that answers an asked-for service without one: a
 * ranked list with a cap on the work in flight for prioritisation, and people allocated by that
 * list for allocation (round 18: a 100 % ask for prioritisation was "covered by the first steps",
 * none of which ranked or parked anything). Our judgement, after the work-in-progress limits of
 * flow-based practice (Kanban) and the ranked backlog of a portfolio that has no office. A service
 * with no entry needs a mandate over all projects and is said to wait for an office.
 */
export const STEPS_WITHOUT_OFFICE: Readonly<Record<string, readonly EngineKey[]>> = {
  prioritisation: ['plan.noOffice.rankAndLimit'],
  'resource-allocation': ['plan.noOffice.rankAndLimit', 'plan.noOffice.peopleByRank'],
};

/**
 * Contracted customer orders are never parked: where every project is one, the steps sequence them
 * by promised date and capacity and decide new bids against that load (customer-orders.ts).
 */
const ORDER_STEPS: Readonly<Record<string, EngineKey>> = {
  'plan.noOffice.rankAndLimit': 'plan.noOffice.orders.sequence',
  'plan.noOffice.peopleByRank': 'plan.noOffice.orders.peopleBySequence',
};
/**
 * Agile teams' one ranked list is that of their initiatives, ranked each quarter (rollout-agile.ts):
 * the asked-for ranking is that list, not a second one beside it (round 28: a start-up's plan held
 * both). Our judgement.
 */
const AGILE_STEPS: Readonly<Record<string, EngineKey>> = {
  'plan.noOffice.rankAndLimit': 'plan.agile.rankedInitiatives',
};
export const stepFor = (
  k: EngineKey,
  s: Partial<Pick<Situation, 'projectsFor' | 'deliveryApproach'>>,
): EngineKey =>
  forCustomers(s) ? (ORDER_STEPS[k] ?? k) : s.deliveryApproach === 'agile' ? (AGILE_STEPS[k] ?? k) : k;

/** Ranking and a cap on work in flight need at least this many running projects: one has no rival. */
export const MIN_PROJECTS_TO_RANK = 2;

/** The steps a plan without an office takes for what stakeholders asked: none below MIN_PROJECTS_TO_RANK. */
export const stepsWithoutOffice = (
  s: Pick<Situation, 'concurrentProjects'>,
  expectations: Readonly<Record<string, number>> | undefined,
): EngineKey[] =>
  s.concurrentProjects < MIN_PROJECTS_TO_RANK
    ? []
    : Object.values(STEPS_WITHOUT_OFFICE)
        .flat()
        .filter((k, i, all) => all.indexOf(k) === i)
        .filter((k) => shown(expectations).some(([service]) => STEPS_WITHOUT_OFFICE[service]?.includes(k)));

export const expectationsAnswer = (
  q: Questionnaire,
  d: Decision,
  expectations: Readonly<Record<string, number>> | undefined,
  say: Say,
): PmoRecommendation['expectations'] =>
  shown(expectations).map(([service, share]) => {
    const label = q.services.find((x) => x.id === service)?.label ?? service;
    const step = d.needed
      ? undefined
      : STEPS_WITHOUT_OFFICE[service]
          ?.filter((k) => stepsWithoutOffice(d.situation, expectations).includes(k))
          .at(-1);
    // Ranking scope and tranches inside a programme is what any programme office's steering does
    // (round 18), whichever of its services carries it.
    // A triage's office offers the portfolio's own stop, pause or continue decision (push-triage.ts).
    const programme =
      d.needed && d.shape === 'programme' && service === 'prioritisation' && !triagePush(d.situation);
    const answered = d.office.answered.has(service) || step !== undefined || programme;
    const out = d.office.leftOut.find((x) => serviceSpec(x.id).answers.includes(service));
    // Where no office is recommended, the part-time coordinator is who takes it up (round 10).
    const because =
      step && !d.office.answered.has(service)
        ? msg('expectation.noOfficeStep', { service: label, step: msg(stepFor(step, d.situation)) })
        : answered
          ? msg(
              !d.needed
                ? 'expectation.coordinator'
                : programme
                  ? 'expectation.programme.prioritisation'
                  : 'expectation.answered',
              { service: label },
            )
          : !d.needed
            ? msg('expectation.noOfficeWhyNot', { service: label })
            : msg(`expectation.${out?.why ?? 'not-offered'}`, {
                service: label,
                share: Math.round(share * 100),
              });
    return { service, label, share, answered, because: say(because) };
  });
