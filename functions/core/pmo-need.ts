import type { OrganisationContext } from '../contract/context';
import type { DimensionScore, Factor, Maturity, PmoNeed, PmoScope } from '../contract/result';
import { initiativeLeadSteps } from './agile-initiatives';
import { factor } from './factors';
import { leadsCounted, MIN_OFFICE_FTE, managerPoints, officeShareLimit, spendShareLimit } from './need-edge';
import { maturityFactor, REGULATION_NEED_POINTS, regulationCarriedFactors } from './need-relief';
import { clamp, round2, timesOver } from './numbers';
import {
  isProgramme,
  MIN_PROJECTS_FOR_PMO,
  PROGRAMME_MIN_BUDGET,
  PROGRAMME_MIN_EMPLOYEES,
  PROGRAMME_MIN_MANAGERS,
  scopeOf,
} from './programme-scope';
import { urgentPush } from './push-tempo';
import { english, msg, type Say } from './say';
import { type Situation, situationOf, spendInEur, statedSpend } from './situation';
import { capitalIntensive, leanOwner } from './spend-scale';

export {
  isProgramme,
  LASTING_PROGRAMME_MIN_BUDGET,
  MIN_PROJECTS_FOR_OFFICE_OF_FEW,
  MIN_PROJECTS_FOR_PMO,
  PROGRAMME_MIN_BUDGET,
  PROGRAMME_MIN_EMPLOYEES,
  PROGRAMME_MIN_MANAGERS,
} from './programme-scope';

/** A PMO is worth its cost from this many need points (out of 100). */
export const NEED_THRESHOLD = 40;
/** Need points start here; every point comes from a factor. */
export const NEED_BASE = 0;
export {
  MAX_OFFICE_SHARE,
  MAX_SPEND_SHARE,
  MIN_EMPLOYEES_FOR_OFFICE,
  MIN_OFFICE_FTE,
  officeShareLimit,
  PUSH_MAX_OFFICE_SHARE,
  PUSH_MAX_SPEND_SHARE,
  spendShareLimit,
} from './need-edge';

/** More projects than this per project manager means many small jobs each lead runs alone. */
export const SMALL_JOBS_PER_MANAGER = 8;

const band = <T>(value: number, bands: readonly [number, T][], last: T): T =>
  bands.find(([upTo]) => value <= upTo)?.[1] ?? last;

const projectPoints = (n: number): number =>
  band(
    n,
    [
      [0, 0],
      [2, 5],
      [5, 15],
      [10, 25],
      [20, 32],
    ],
    40,
  );

/** The most need points the organisation's size adds (from 1,000 people). */
export const MAX_SIZE_POINTS = 15;
const sizePoints = (employees: number): number =>
  band(
    employees,
    [
      [49, 0],
      [249, 5],
      [999, 10],
    ],
    MAX_SIZE_POINTS,
  );

const spendPoints = (budget: number | undefined): number =>
  budget === undefined
    ? 0
    : band(
        budget,
        [
          [999_999, 0],
          [9_999_999, 8],
        ],
        15,
      );

const contentionPoints = { low: 0, medium: 12, high: 25 } as const;

export const projectsPerManager = (c: OrganisationContext): number | null =>
  c.projectManagers === 0 ? null : round2(c.concurrentProjects / c.projectManagers);

const loadFactor = (c: OrganisationContext, say: Say): Factor => {
  const ratio = projectsPerManager(c);
  if (ratio === null)
    return factor(
      'projects-per-manager',
      say(msg('needf.projectsPerProjectManager')),
      say(msg('needf.noProjectManagers')),
      c.concurrentProjects >= MIN_PROJECTS_FOR_PMO ? 5 : 0,
      c.concurrentProjects >= MIN_PROJECTS_FOR_PMO
        ? say(msg('needf.severalProjectsAndNobodyWhose'))
        : say(msg('needf.fewProjectsAndNoProject')),
    );
  const small = ratio > SMALL_JOBS_PER_MANAGER;
  return factor(
    'projects-per-manager',
    say(msg('needf.projectsPerProjectManager')),
    say(msg('fit.score', { score: ratio })),
    // Many projects per lead is a shortage of people who can run projects, not less need: the shape
    // answers it (capability first, coaching), the points do not take need away.
    0,
    small
      ? say(msg('needf.manySmallJobs', { limit: SMALL_JOBS_PER_MANAGER }))
      : say(msg('needf.realCoordination', { limit: SMALL_JOBS_PER_MANAGER })),
  );
};

export const needFactors = (s: Situation, say: Say = english): Factor[] => [
  factor(
    'concurrent-projects',
    say(msg('needf.projectsRunningAtOnce')),
    String(s.concurrentProjects),
    projectPoints(s.concurrentProjects),
    say(msg('needf.theMoreProjectsRunAt')),
  ),
  loadFactor(s, say),
  factor(
    'resource-contention',
    say(msg('needf.competitionForSharedPeopleAnd')),
    say(msg(`appetite.${s.resourceContention}`)),
    contentionPoints[s.resourceContention],
    say(msg('needf.projectsCompetingForTheSame')),
  ),
  factor(
    'size',
    say(msg('needf.organisationSize')),
    say(msg('needf.employees', { employees: s.employees })),
    sizePoints(s.employees),
    say(msg('needf.largerOrganisationsLoseSightOf')),
  ),
  factor(
    'project-managers',
    say(msg('needf.projectManagers')),
    String(s.projectManagers),
    managerPoints(leadsCounted(s)),
    say(msg(urgentPush(s) ? 'needf.pushLeadsEveryStream' : 'needf.severalProjectManagersBenefitFrom')),
  ),
  factor(
    'spend',
    say(msg('needf.yearlyProjectSpend')),
    // Customer orders' value weighs in the need as any spend does (customer-orders.ts).
    statedSpend(s) === undefined
      ? say(msg('needf.notGiven'))
      : say(msg('needf.amount', { amount: Math.round(statedSpend(s) ?? 0) })),
    spendPoints(spendInEur({ annualProjectBudget: statedSpend(s), eurPerUnit: s.eurPerUnit })),
    statedSpend(s) === undefined
      ? say(msg('needf.spendNotGivenSoIt'))
      : say(msg('needf.theMoreMoneyProjectsSpend')),
  ),
  factor(
    'regulation',
    say(msg('needf.externalRegulatorOrAuditor')),
    say(msg(s.regulated ? 'needf.yes' : 'needf.no')),
    s.regulated ? REGULATION_NEED_POINTS : 0,
    s.regulated ? say(msg('needf.projectsMustShowAnAuditor')) : say(msg('needf.noOutsideAssuranceToProvide')),
  ),
];

/**
 * What takes need away: practice that already works, and no pressure to change. Volume adds need
 * (needFactors); these subtract it, so a well-run organisation is not sold an office for its size.
 */
export const reliefFactors = (s: Situation, maturity: Maturity | null, say: Say = english): Factor[] => [
  ...(maturity ? [maturityFactor(s, maturity, say), ...regulationCarriedFactors(s, maturity, say)] : []),
  factor(
    'urgency',
    say(msg('src.urgency')),
    say(msg(`appetite.${s.urgency}`)),
    { low: -5, medium: 0, high: 5 }[s.urgency],
    say(msg(s.urgency === 'low' ? 'needf.noUrgency' : 'needf.urgency')),
  ),
];

/** Governance at this level already gives every project a lead and a sponsor: the alternative says what is missing instead. */
export const GOVERNED_FROM = 3;

/**
 * What to do instead of an office. A temporary push is never told to re-assess after it ends (its
 * plan decides what stays before then); an organisation whose governance already names leads and
 * sponsors is told to name a portfolio owner instead (round 10).
 */
export const alternativesFor = (
  s: Situation,
  micro: boolean,
  quickWins: readonly string[],
  say: Say = english,
  dimensions: readonly DimensionScore[] = [],
): string[] => {
  // Nothing runs now: ready the next project and ask again when projects are approved; no step
  // presumes running projects (round 16: "list every running project" with none running).
  if (s.concurrentProjects === 0)
    return [
      say(msg('need.alternative.nextProject')),
      ...(s.projectManagers === 0 ? [say(msg('need.alternative.trainBasics'))] : []),
      ...(s.horizon === 'temporary' ? [] : [say(msg('need.alternative.reassessWhenApproved'))]),
    ];
  const governance = dimensions.find((d) => d.id === 'governance')?.score ?? null;
  const governed = governance !== null && governance >= GOVERNED_FROM;
  const opening = [
    ...(micro ? [say(msg('need.alternative.coordinationRole'))] : []),
    say(msg(governed ? 'need.alternative.portfolioOwner' : 'need.alternative.accountableLead')),
    ...initiativeLeadSteps(s).map(say),
    ...quickWins,
  ];
  // A push ends: what it leaves is decided in its plan, not in a later re-assessment.
  if (s.horizon === 'temporary') return opening;
  return [
    ...opening,
    say(msg(s.projectManagers === 0 ? 'need.alternative.trainBasics' : 'need.alternative.managersMeet')),
    say(
      s.concurrentProjects >= MIN_PROJECTS_FOR_PMO + 2
        ? msg('need.alternative.reassessLater')
        : msg('need.alternative.reassess', { projects: MIN_PROJECTS_FOR_PMO + 2 }),
    ),
  ];
};

export interface NeedAssessment extends PmoNeed {
  scope: PmoScope;
  /** Enough need for coordination, in an organisation too small for an office. */
  coordinationRole: boolean;
}

/**
 * Decides whether a PMO is needed. Gates first: there must be projects, a minimum office must
 * fit in the headcount, and there must be a portfolio (three projects or more) or a large
 * programme. Then need points add up from the factors; a portfolio office needs NEED_THRESHOLD.
 * Maturity does not change the need: it shapes which office and how fast.
 */
export const assessNeed = (
  context: OrganisationContext,
  maturity: Maturity | null,
  quickWins: readonly string[],
  /** Yearly cost of the smallest office (MIN_OFFICE_FTE, internal); checked against spend when given. */
  minOfficeCost?: number,
  say: Say = english,
): NeedAssessment => {
  const s = situationOf(context);
  const factors = [...needFactors(s, say), ...reliefFactors(s, maturity, say)];
  const score = clamp(
    factors.reduce((sum, f) => sum + f.points, NEED_BASE),
    0,
    100,
  );
  const share = MIN_OFFICE_FTE / s.employees;
  const maxShare = officeShareLimit(s);
  const minEmployees = Math.ceil(MIN_OFFICE_FTE / maxShare);
  // A capital-intensive or lean, asset-heavy owner (spend-scale.ts): headcount does not hold it back.
  const fitsHeadcount = s.employees >= minEmployees || capitalIntensive(s) || leanOwner(s);
  const programme = isProgramme(s);
  const portfolio = s.concurrentProjects >= MIN_PROJECTS_FOR_PMO;
  const gates = [
    {
      id: 'office-share',
      rule: say(
        msg('need.gate.officeShare', {
          maxShare: Math.round(maxShare * 100),
          minEmployees,
        }),
      ),
      value: say(msg('need.gate.officeShareValue', { share: round2(share * 100), employees: s.employees })),
      passed: fitsHeadcount,
    },
    {
      id: 'portfolio-or-programme',
      rule: say(
        msg('need.gate.portfolio', {
          minProjects: MIN_PROJECTS_FOR_PMO,
          programmeEmployees: PROGRAMME_MIN_EMPLOYEES,
          programmeBudget: PROGRAMME_MIN_BUDGET,
          programmeManagers: PROGRAMME_MIN_MANAGERS,
        }),
      ),
      value: say(msg('need.gate.portfolioValue', { projects: s.concurrentProjects })),
      passed: portfolio || programme,
    },
  ];
  // The smallest office is weighed against all the spend it serves, order value included.
  const spend = statedSpend(s);
  const costShare =
    minOfficeCost !== undefined && spend !== undefined && spend > 0 ? minOfficeCost / spend : null;
  const spendLimit = spendShareLimit(s);
  const affordable = costShare === null || costShare <= spendLimit;
  if (costShare !== null)
    gates.push({
      id: 'cost-share',
      rule: say(msg('need.gate.costShare', { fte: MIN_OFFICE_FTE, maxShare: Math.round(spendLimit * 100) })),
      value: say(
        costShare > 1
          ? msg('need.gate.costOverSpend', {
              cost: minOfficeCost ?? 0,
              spend: spend ?? 0,
              times: timesOver(costShare),
            })
          : msg('need.gate.costShareValue', {
              cost: minOfficeCost ?? 0,
              share: round2(costShare * 100),
              spend: spend ?? 0,
            }),
      ),
      passed: affordable,
    });
  const scope = scopeOf(s, programme);
  const pointsMet = score >= NEED_THRESHOLD;
  const work = programme || (portfolio && pointsMet);
  const needed = fitsHeadcount && affordable && work;
  // Headcount never decides alone whether there is help (round 28: 17 projects and one manager got
  // no help at all at 23 people and an office at 999): where the largest organisation's size points
  // would meet the threshold, a smaller one gets at least a part-time coordination role; its size
  // may scale what it gets (an office or a role), never whether it gets any. Our judgement.
  const helpPointsMet = score - sizePoints(s.employees) + MAX_SIZE_POINTS >= NEED_THRESHOLD;
  const coordinationRole =
    (!fitsHeadcount && portfolio && helpPointsMet) ||
    (fitsHeadcount && !affordable && work) ||
    (fitsHeadcount && portfolio && !pointsMet && helpPointsMet && s.horizon === 'lasting');
  const figures = {
    score,
    threshold: NEED_THRESHOLD,
    employees: s.employees,
    projects: s.concurrentProjects,
    share: round2(share * 100),
    maxShare: Math.round(maxShare * 100),
    spend: Math.round(spend ?? 0),
    costShare: round2((costShare ?? 0) * 100),
    maxSpendShare: Math.round(spendLimit * 100),
    times: timesOver(costShare ?? 0),
  };
  const verdict = say(
    msg(
      // The cost sentence only where a spend was given and the cost is above its share (round 30:
      // "0.00 % of the yearly project spend of 0" where no budget was given).
      coordinationRole && fitsHeadcount && !affordable
        ? (costShare ?? 0) > 1
          ? 'need.verdict.tooCostlyOverSpend'
          : 'need.verdict.tooCostly'
        : coordinationRole
          ? fitsHeadcount
            ? 'need.verdict.belowThresholdRole'
            : 'need.verdict.coordinationRole'
          : !fitsHeadcount
            ? 'need.verdict.tooSmall'
            : scope === 'organisation' && programme
              ? 'need.verdict.fewLargeOrders'
              : programme
                ? s.annualProjectBudget !== undefined
                  ? 'need.verdict.programmeSpending'
                  : 'need.verdict.programme'
                : !portfolio
                  ? 'need.verdict.fewProjects'
                  : !pointsMet
                    ? 'need.verdict.belowThreshold'
                    : 'need.verdict.warranted',
      figures,
    ),
  );
  return {
    needed,
    score,
    base: NEED_BASE,
    threshold: NEED_THRESHOLD,
    factors,
    gates,
    verdict,
    alternatives: needed ? [] : alternativesFor(s, coordinationRole, quickWins, say, maturity?.dimensions),
    scope,
    coordinationRole,
  };
};
