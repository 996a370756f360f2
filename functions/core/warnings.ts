import type { DimensionScore, Staffing } from '../contract/result';
import { knownCurrency } from './currency';
import { type OrderBound, orderBoundWords, takesOrders } from './customer-orders';
import {
  INCONSISTENT_RESPONDENT_SPREAD,
  INCONSISTENT_SPREAD,
  MIN_RATED_QUESTIONS,
  respondentsDisagree,
  SPLIT_SUMMARY_FROM,
} from './evidence';
import { overheadOf } from './office/overhead';
import { spendShareFor } from './office/spend-share';
import type { OfficeDesign } from './office/types';
import { MIN_PROJECTS_FOR_PMO } from './pmo-need';
import {
  countsActivities,
  credibleManagers,
  credibleProjects,
  MANAGER_SPEND,
  managersStretched,
  PROJECTS_PER_MANAGER_STRETCH,
  PROJECTS_PER_MANAGER_WARNING,
  PROJECTS_PER_PERSON_WARNING,
  tooManyManagers,
  tooManyPerPerson,
} from './project-count';
import { type EngineKey, type EngineMessage, english, msg, type Say } from './say';
import { type Situation, spendInEur, statedSpend } from './situation';

/** Over this share of headcount managing projects is unusual. */
export const PM_SHARE_WARNING = 0.5;
/** Less yearly spend per project than this is unusual. */
export const MIN_SPEND_PER_PROJECT = 1000;

interface Rule {
  when: (s: Situation) => boolean;
  say: (s: Situation) => EngineMessage;
}

/** Unusual but possible combinations: accepted, and reported. One rule, one sentence. */
const RULES: readonly Rule[] = [
  {
    when: (s) => s.employees >= 4 && s.projectManagers > s.employees * PM_SHARE_WARNING,
    say: (s) => msg('warning.pmShare', { projectManagers: s.projectManagers, employees: s.employees }),
  },
  {
    // The office is sized on the projects people could run (project-count.ts): the warning says on how many.
    when: tooManyPerPerson,
    say: (s) =>
      msg('warning.projectsPerPerson', {
        projects: s.concurrentProjects,
        employees: s.employees,
        limit: PROJECTS_PER_PERSON_WARNING,
        credible: credibleProjects(s),
      }),
  },
  {
    // Several managers per project are normal on large projects (packages, workstreams). A doubted
    // count carries no size and no money past what the projects could use (project-count.ts).
    when: tooManyManagers,
    say: (s) =>
      msg('warning.managersPerProject', {
        projectManagers: s.projectManagers,
        projects: s.concurrentProjects,
        credible: credibleManagers(s),
      }),
  },
  {
    // The other side of the same check: more projects or more money than the managers can lead.
    when: (s) => managersStretched(s) !== null,
    say: (s) =>
      managersStretched(s) === 'projects'
        ? msg('warning.managersStretchedProjects', {
            projects: s.concurrentProjects,
            projectManagers: s.projectManagers,
            limit: PROJECTS_PER_MANAGER_STRETCH,
            agile: s.deliveryApproach === 'agile' ? 1 : 0,
          })
        : // The spend the check read: customer orders' value where there are orders (their controlled
          // spend is empty), said to a contractor as a contractor (round 23 printed "0 a year").
          msg(takesOrders(s) ? 'warning.managersStretchedOrders' : 'warning.managersStretchedSpend', {
            spend: Math.round(statedSpend(s) ?? 0),
            projectManagers: s.projectManagers,
            perManager: Math.round((statedSpend(s) ?? 0) / s.projectManagers / 1e5) / 10,
            // Converted from euros: said to two significant figures, as a rule of thumb is.
            limit: Number((MANAGER_SPEND[s.pmExpertise] / s.eurPerUnit / 1e6).toPrecision(2)),
            expertise: s.pmExpertise === 'strong' ? 1 : 0,
          }),
  },
  {
    // Too many for the people who lead them: the office is sized on what they can carry
    // (project-count.ts), and the warning says on how many (round 16).
    when: countsActivities,
    say: (s) =>
      msg(s.projectManagers === 0 ? 'warning.projectsWithoutManagerMany' : 'warning.projectsPerManager', {
        projects: s.concurrentProjects,
        projectManagers: s.projectManagers,
        limit: PROJECTS_PER_MANAGER_WARNING,
        credible: credibleProjects(s),
      }),
  },
  {
    // Whenever projects run with nobody whose job is to lead them, however few (round 10: one
    // large project without a project manager is the case that matters most). Agile teams are led
    // by product owners, not project managers. Too many of them for one lead is said above, once.
    when: (s) =>
      s.projectManagers === 0 &&
      s.concurrentProjects > 0 &&
      s.deliveryApproach !== 'agile' &&
      !countsActivities(s),
    say: (s) => msg('warning.projectsWithoutManager', { projects: s.concurrentProjects }),
  },
  {
    when: (s) => s.concurrentProjects === 0,
    say: () => msg('warning.noProjects'),
  },
  {
    when: (s) => s.resourceContention === 'high' && s.concurrentProjects <= 1,
    say: (s) => msg('warning.contentionWithoutProjects', { projects: s.concurrentProjects }),
  },
  {
    when: (s) => s.existingPmo !== 'none' && s.concurrentProjects < MIN_PROJECTS_FOR_PMO,
    say: (s) => msg('warning.pmoWithoutProjects', { projects: s.concurrentProjects }),
  },
  {
    when: (s) => s.existingPmo === 'resource-source' && s.controlAppetite !== 'high',
    say: (s) => msg('warning.directiveWithoutAppetite', { appetite: msg(`appetite.${s.controlAppetite}`) }),
  },
  {
    when: (s) =>
      s.annualProjectBudget !== undefined &&
      s.concurrentProjects > 0 &&
      (spendInEur(s) ?? 0) < s.concurrentProjects * MIN_SPEND_PER_PROJECT,
    say: (s) =>
      msg('warning.lowSpend', {
        spend: Math.round(s.annualProjectBudget ?? 0),
        projects: s.concurrentProjects,
        minimum: MIN_SPEND_PER_PROJECT,
      }),
  },
];

export const contextWarnings = (s: Situation, say: Say = english): string[] =>
  RULES.filter((r) => r.when(s)).map((r) => say(r.say(s)));

const respondentWarnings = (split: readonly DimensionScore[]): EngineMessage[] =>
  split.length >= SPLIT_SUMMARY_FROM
    ? [
        msg('warning.respondentsSplitMany', {
          count: split.length,
          spread: Math.max(...split.map((d) => d.respondentSpread ?? 0)),
          limit: INCONSISTENT_RESPONDENT_SPREAD,
          dimensions: split.map((d) => d.name),
        }),
      ]
    : split.map((d) =>
        msg('warning.respondentsSplit', {
          dimension: d.name,
          spread: d.respondentSpread ?? 0,
          limit: INCONSISTENT_RESPONDENT_SPREAD,
          level: d.level ?? 0,
        }),
      );

/**
 * Inconsistent answers and thin coverage, one sentence per dimension: one with fewer rated
 * questions than a level needs, and one nobody could rate at all ("don't know" throughout: round
 * 20, finance all unknown was silent), each naming who could answer it. A dimension marked not
 * applicable, or withheld because too few in a team rated it (disclosure.ts says so), is not thin.
 */
export const answerWarnings = (
  dimensions: readonly DimensionScore[],
  say: Say = english,
  notApplicable: ReadonlySet<string> = new Set(),
): string[] => [
  ...dimensions
    .filter((d) => d.score !== null && !d.consistent && !respondentsDisagree(d))
    .map((d) =>
      say(
        msg('warning.inconsistentDimension', {
          dimension: d.name,
          limit: INCONSISTENT_SPREAD,
          level: d.level ?? 0,
        }),
      ),
    ),
  ...respondentWarnings(dimensions.filter((d) => d.score !== null && respondentsDisagree(d))).map(say),
  ...dimensions
    .filter((d) => d.questionsAnswered < MIN_RATED_QUESTIONS && !notApplicable.has(d.id))
    .filter((d) => d.questionsAnswered > 0 || d.questionScores.every((x) => x.ratings !== null))
    .map((d) =>
      say(
        msg(d.questionsAnswered === 0 ? 'warning.unratedDimension' : 'warning.thinDimension', {
          dimension: d.name,
          rated: d.questionsAnswered,
          questions: d.questions,
          minRated: MIN_RATED_QUESTIONS,
          who: msg(`whoKnows.${d.id}` as EngineKey),
        }),
      ),
    ),
];

/** Every rated dimension at or above this looks too good to be true. */
export const INFLATED_FROM = 4.5;

/** Answers that are uniformly at the top: possible, but often optimism rather than practice. */
export const inflationWarnings = (dimensions: readonly DimensionScore[], say: Say = english): string[] => {
  const rated = dimensions.filter((d) => d.score !== null);
  return rated.length > 0 && rated.every((d) => (d.score as number) >= INFLATED_FROM)
    ? [say(msg('warning.inflated', { from: INFLATED_FROM }))]
    : [];
};

/**
 * Priced returns below this share of the cost draw a warning. One rule for every office, lasting or
 * temporary (round 21: lasting offices whose priced returns stood at 60–75 % of their cost were
 * silent while pushes at 30 % were warned): whenever the middle of the priced returns falls short
 * of the middle of the yearly cost they are weighed against, the result says so. Our judgement: a
 * board reads the two figures side by side, and a case that rests partly on what cannot be priced
 * should say so whatever the size of the gap.
 */
export const RETURNS_FLOOR_SHARE = 1;

/** The returns that can be priced do not cover the office's cost: the case rests on the rest. */
export const returnWarnings = (
  cost: { annual: { min: number; max: number } } | null,
  returns: readonly { annual: { min: number; max: number } | null }[],
  say: Say = english,
): string[] => {
  const priced = returns.filter((r) => r.annual !== null);
  if (!cost || priced.length === 0) return [];
  const middle = priced.reduce((a, r) => a + ((r.annual?.min ?? 0) + (r.annual?.max ?? 0)) / 2, 0);
  return middle < ((cost.annual.min + cost.annual.max) / 2) * RETURNS_FLOOR_SHARE
    ? [say(msg('warning.returnsBelowCost'))]
    : [];
};

/** An office this large a share of the organisation's own people is staffed mostly from outside it. */
export const LARGE_OFFICE_SHARE_OF_PEOPLE = 0.25;

/**
 * An office larger than a quarter of the organisation (an owner's team on a large programme) cannot
 * be its own staff: the warning says where the people would come from and what to check.
 */
export const officeSizeWarnings = (
  staffing: { fte: { max: number } } | null,
  s: Situation,
  say: Say = english,
): string[] =>
  staffing && staffing.fte.max > LARGE_OFFICE_SHARE_OF_PEOPLE * s.employees
    ? [
        say(
          msg('warning.officeLargeForPeople', {
            fte: staffing.fte.max,
            employees: s.employees,
          }),
        ),
      ]
    : [];

/**
 * A spend in a currency the engine cannot place is read as euros against its thresholds (a
 * programme's minimum spend, large projects, controls per million): the result says so rather
 * than sizing silently on the wrong scale (round 17).
 */
export const currencyWarnings = (s: Situation, currency: string | undefined, say: Say = english): string[] =>
  s.annualProjectBudget !== undefined && !knownCurrency(currency)
    ? [say(msg('warning.unknownCurrency', { currency: currency ?? '' }))]
    : [];

/** The spend ceiling held the office below what its services need (round 18: said only in the staffing basis). */
export interface SpendHeld {
  /** The share of the yearly spend the office is held to (0–1). */
  share: number;
  /** The office shown and the one its services need, in FTE (middle of the range). */
  shown: number;
  full: number;
  /** The bound on an office for customer orders set the size, not the spend (customer-orders.ts). */
  orders?: OrderBound;
  /** The share of the stated spend taken as own change, where the rest is customer orders (0–1). */
  own?: number;
  /** The managers' brake set the size (office/manager-brake.ts): the leads the office serves and its top. */
  leads?: number;
  cap?: number;
  /** The regulator's or funder's duties the brake left whole, in FTE (manager-brake.ts, DUTY_SERVICES). */
  duty?: number;
  /** The owner's controls on the spend the managers' brake leaves whole (FTE). */
  controls?: number;
}

/** The managers' brake's warning, by the work it leaves whole (office/manager-brake.ts). */
const managersHeldKey = (held: Pick<SpendHeld, 'duty' | 'controls'>) =>
  held.controls
    ? held.duty
      ? 'warning.managersHeldControlsDuties'
      : 'warning.managersHeldControls'
    : held.duty
      ? 'warning.managersHeldDuties'
      : 'warning.managersHeld';

/**
 * Where the spend ceiling, not the headcount brake, set the office's size: how much smaller it is
 * than its services need. Every service is scaled alike (office/design.ts), so the full need is the
 * office shown divided by the scale.
 */
export const spendHeldOf = (
  office: Pick<OfficeDesign, 'spendScale' | 'headcountCapped' | 'needFte' | 'ordersHeld' | 'managersHeld'>,
  staffing: Staffing | null,
  s: Situation,
): { held?: SpendHeld } => {
  const scale = office.spendScale ?? 1;
  const full = office.needFte;
  if (!staffing || full === undefined || scale >= 1 || office.headcountCapped === true) return {};
  // The pooled project managers are not the office the ceiling holds (overhead.ts).
  const overhead = overheadOf(staffing);
  const shown = (overhead.fte.min + overhead.fte.max) / 2;
  // An office shown at its full need or above (one in place kept at its size) holds nothing back.
  const orders =
    office.ordersHeld !== undefined
      ? { orders: office.ordersHeld }
      : office.managersHeld !== undefined
        ? {
            leads: office.managersHeld.leads,
            cap: office.managersHeld.fte,
            duty: office.managersHeld.duty,
            controls: office.managersHeld.controls,
          }
        : {};
  return shown < full - HELD_BACK_FROM_FTE
    ? { held: { share: spendShareFor(s), shown, full, ...orders } }
    : {};
};

/** Less than this held back (FTE) is rounding, not work left unstaffed. */
export const HELD_BACK_FROM_FTE = 0.05;

/**
 * The spend ceiling binds: the result says so in words, with the full need, what is held back and
 * why, and what to do where the work must be done in full (round 18: a remediation programme under
 * a regulator's warning letter was halved to fit 7 % of spend, said only in the staffing basis).
 */
export const spendHeldWarnings = (held: SpendHeld | undefined, say: Say = english): string[] => {
  if (!held) return [];
  const figures = {
    full: Math.round(held.full * 10) / 10,
    shown: Math.round(held.shown * 10) / 10,
    heldBack: Math.round((held.full - held.shown) * 10) / 10,
    percent: Math.round((held.shown / held.full) * 100),
  };
  // An office for customer orders is held by its orders' count and value, said as such (round 20:
  // a contractor's office was said to be held to 5 % of a spend it was nowhere near).
  return [
    say(
      held.orders
        ? msg('warning.ordersHeld', { ...orderBoundWords(held.orders), ...figures })
        : held.leads !== undefined
          ? msg(managersHeldKey(held), {
              leads: held.leads,
              cap: held.cap ?? 0,
              duty: held.duty ?? 0,
              controls: held.controls ?? 0,
              ...figures,
            })
          : held.own !== undefined
            ? msg('warning.spendHeldOwn', {
                share: Math.round(held.share * 100),
                own: Math.round(held.own * 100),
                ...figures,
              })
            : msg('warning.spendHeld', { share: Math.round(held.share * 100), ...figures }),
    ),
  ];
};
