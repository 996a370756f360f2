import type { OrganisationContext } from '../contract/context';
import type { Factor, Maturity, PmoNeed, PmoScope } from '../contract/result';
import { factor } from './factors';
import { clamp, round2 } from './numbers';
import { formatNumber, type Situation, situationOf } from './situation';

/** A PMO is worth its cost from this many need points (out of 100). */
export const NEED_THRESHOLD = 40;
/** Need points start here; every point comes from a factor. */
export const NEED_BASE = 0;
/** Below this many concurrent projects there is no portfolio to coordinate. */
export const MIN_PROJECTS_FOR_PMO = 3;
/** The smallest office is one full-time person... */
export const MIN_OFFICE_FTE = 1;
/** ...and it may take at most this share of headcount; below that size a part-time role serves. */
export const MAX_OFFICE_SHARE = 0.03;
export const MIN_EMPLOYEES_FOR_OFFICE = Math.ceil(MIN_OFFICE_FTE / MAX_OFFICE_SHARE);
/**
 * The smallest office may cost at most this share of yearly project spend (when spend is given):
 * the product's own ceiling, so that overhead stays well below what it protects.
 */
export const MAX_SPEND_SHARE = 0.1;
/** One or two projects justify a programme office from this size of organisation... */
export const PROGRAMME_MIN_EMPLOYEES = 500;
/** ...or from this yearly project spend. */
export const PROGRAMME_MIN_BUDGET = 2_000_000;
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

const sizePoints = (employees: number): number =>
  band(
    employees,
    [
      [49, 0],
      [249, 5],
      [999, 10],
    ],
    15,
  );

const managerPoints = (pms: number): number =>
  band(
    pms,
    [
      [1, 0],
      [4, 5],
      [10, 10],
    ],
    15,
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

const loadFactor = (c: OrganisationContext): Factor => {
  const ratio = projectsPerManager(c);
  if (ratio === null)
    return factor(
      'projects-per-manager',
      'Projects per project manager',
      'no project managers',
      c.concurrentProjects >= MIN_PROJECTS_FOR_PMO ? 5 : 0,
      c.concurrentProjects >= MIN_PROJECTS_FOR_PMO
        ? 'several projects and nobody whose job is to lead them'
        : 'few projects and no project managers',
    );
  const small = ratio > SMALL_JOBS_PER_MANAGER;
  return factor(
    'projects-per-manager',
    'Projects per project manager',
    ratio.toFixed(2),
    small ? -10 : 0,
    small
      ? `more than ${SMALL_JOBS_PER_MANAGER} projects per manager: many small jobs, coordinated by their leads rather than across them`
      : `at most ${SMALL_JOBS_PER_MANAGER} projects per manager: the count reflects real coordination work`,
  );
};

export const needFactors = (s: Situation): Factor[] => [
  factor(
    'concurrent-projects',
    'Projects running at once',
    String(s.concurrentProjects),
    projectPoints(s.concurrentProjects),
    'the more projects run at once, the more there is to coordinate',
  ),
  loadFactor(s),
  factor(
    'resource-contention',
    'Competition for shared people and budget',
    s.resourceContention,
    contentionPoints[s.resourceContention],
    'projects competing for the same people need someone to arbitrate',
  ),
  factor(
    'size',
    'Organisation size',
    `${s.employees} employees`,
    sizePoints(s.employees),
    'larger organisations lose sight of their projects sooner',
  ),
  factor(
    'project-managers',
    'Project managers',
    String(s.projectManagers),
    managerPoints(s.projectManagers),
    'several project managers benefit from shared standards and support',
  ),
  factor(
    'spend',
    'Yearly project spend',
    s.annualProjectBudget === undefined ? 'not given' : formatNumber(s.annualProjectBudget),
    spendPoints(s.annualProjectBudget),
    s.annualProjectBudget === undefined
      ? 'spend not given, so it adds no need'
      : 'the more money projects spend, the more a failure costs',
  ),
  factor(
    'regulation',
    'External regulator or auditor',
    s.regulated ? 'yes' : 'no',
    s.regulated ? 10 : 0,
    s.regulated
      ? 'projects must show an auditor consistent decisions and records'
      : 'no outside assurance to provide',
  ),
];

/** Without a spend figure, a programme needs this many project managers to be taken for a large one. */
export const PROGRAMME_MIN_MANAGERS = 2;

/**
 * One or two projects large enough to need a programme office. When the spend is known it
 * decides (PROGRAMME_MIN_BUDGET or more); without it, a large organisation is not enough on its
 * own: it also needs several project managers on the programme and competition for people that
 * is not low. Otherwise a capable project lead serves.
 */
export const isProgramme = (s: Situation): boolean =>
  s.concurrentProjects >= 1 &&
  s.concurrentProjects < MIN_PROJECTS_FOR_PMO &&
  (s.annualProjectBudget !== undefined
    ? s.annualProjectBudget >= PROGRAMME_MIN_BUDGET
    : s.employees >= PROGRAMME_MIN_EMPLOYEES &&
      s.projectManagers >= PROGRAMME_MIN_MANAGERS &&
      s.resourceContention !== 'low');

export const alternativesFor = (s: Situation, micro: boolean, quickWins: readonly string[]): string[] => [
  ...(micro
    ? [
        `Give one person a part-time coordination role (a few hours a week): one list of all jobs, a weekly look at who works on what, and a short review when a job closes.`,
      ]
    : []),
  'Give every project one accountable lead and a sponsor who decides on scope and budget.',
  ...quickWins,
  s.projectManagers === 0
    ? 'Train one or two people in project-management basics so that they can lead the next projects.'
    : 'Let your project managers meet monthly to share plans, risks and lessons.',
  s.concurrentProjects >= MIN_PROJECTS_FOR_PMO + 2
    ? 'Re-assess when projects start fighting over the same people, when the organisation grows, or in six months.'
    : `Re-assess when you run ${MIN_PROJECTS_FOR_PMO + 2} or more projects at once, when projects start fighting over the same people, or in six months.`,
];

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
  _maturity: Maturity | null,
  quickWins: readonly string[],
  /** Yearly cost of the smallest office (MIN_OFFICE_FTE, internal); checked against spend when given. */
  minOfficeCost?: number,
): NeedAssessment => {
  const s = situationOf(context);
  const factors = needFactors(s);
  const score = clamp(
    factors.reduce((sum, f) => sum + f.points, NEED_BASE),
    0,
    100,
  );
  const share = MIN_OFFICE_FTE / s.employees;
  const fitsHeadcount = s.employees >= MIN_EMPLOYEES_FOR_OFFICE;
  const programme = isProgramme(s);
  const portfolio = s.concurrentProjects >= MIN_PROJECTS_FOR_PMO;
  const gates = [
    {
      id: 'office-share',
      rule: `one full-time PMO person is at most ${Math.round(MAX_OFFICE_SHARE * 100)} % of headcount (${MIN_EMPLOYEES_FOR_OFFICE} people or more)`,
      value: `${round2(share * 100).toFixed(2)} % of ${s.employees} people`,
      passed: fitsHeadcount,
    },
    {
      id: 'portfolio-or-programme',
      rule: `${MIN_PROJECTS_FOR_PMO} or more projects at once, or 1\u20132 large ones (${formatNumber(PROGRAMME_MIN_BUDGET)}+ yearly spend; without a spend figure, ${formatNumber(PROGRAMME_MIN_EMPLOYEES)}+ people, ${PROGRAMME_MIN_MANAGERS}+ project managers and competition for people that is not low)`,
      value: `${s.concurrentProjects} project${s.concurrentProjects === 1 ? '' : 's'}`,
      passed: portfolio || programme,
    },
  ];
  const spend = s.annualProjectBudget;
  const costShare =
    minOfficeCost !== undefined && spend !== undefined && spend > 0 ? minOfficeCost / spend : null;
  const affordable = costShare === null || costShare <= MAX_SPEND_SHARE;
  if (costShare !== null)
    gates.push({
      id: 'cost-share',
      rule: `the smallest office (${MIN_OFFICE_FTE} full-time person, internal) costs at most ${Math.round(MAX_SPEND_SHARE * 100)} % of yearly project spend`,
      value: `${formatNumber(minOfficeCost ?? 0)} is ${round2(costShare * 100).toFixed(2)} % of ${formatNumber(spend ?? 0)}`,
      passed: affordable,
    });
  const scope: PmoScope = programme ? 'programme' : 'organisation';
  const pointsMet = score >= NEED_THRESHOLD;
  const work = programme || (portfolio && pointsMet);
  const needed = fitsHeadcount && affordable && work;
  const coordinationRole =
    (!fitsHeadcount && portfolio && pointsMet) || (fitsHeadcount && !affordable && work);
  let verdict: string;
  if (coordinationRole && fitsHeadcount) {
    verdict = `No office: there is coordination work, but the smallest office would cost ${round2((costShare ?? 0) * 100).toFixed(2)} % of the yearly project spend of ${formatNumber(spend ?? 0)}, above the ${Math.round(MAX_SPEND_SHARE * 100)} % an office may take. A part-time coordination role does the job.`;
  } else if (coordinationRole) {
    verdict = `No office: there is coordination work (${score} need points), but at ${s.employees} people one full-time PMO person would be ${round2(share * 100).toFixed(2)} % of headcount, above the ${Math.round(MAX_OFFICE_SHARE * 100)} % limit. A part-time coordination role does the job.`;
  } else if (!fitsHeadcount) {
    verdict = `No PMO: at ${s.employees} people an office would take too large a share of headcount, and ${score} need points stay below ${NEED_THRESHOLD}.`;
  } else if (programme) {
    verdict = `A programme office is warranted: ${s.concurrentProjects} large project${s.concurrentProjects === 1 ? '' : 's'} in an organisation of ${formatNumber(s.employees)} people${s.annualProjectBudget !== undefined ? ` spending ${formatNumber(s.annualProjectBudget)} a year` : ''}. Its scope is the programme, not the organisation.`;
  } else if (!portfolio) {
    verdict = `No PMO yet: with ${s.concurrentProjects} project${s.concurrentProjects === 1 ? '' : 's'} at once there is too little to coordinate; a capable project lead and a few shared habits serve better.`;
  } else if (!pointsMet) {
    verdict = `No PMO yet: ${score} need points is below the ${NEED_THRESHOLD} at which a PMO repays its cost.`;
  } else {
    verdict = `A PMO is warranted: ${score} need points reach the threshold of ${NEED_THRESHOLD}.`;
  }
  return {
    needed,
    score,
    base: NEED_BASE,
    threshold: NEED_THRESHOLD,
    factors,
    gates,
    verdict,
    alternatives: needed ? [] : alternativesFor(s, coordinationRole, quickWins),
    scope,
    coordinationRole,
  };
};
