import type { OrganisationContext } from '../contract/context';
import type { Factor, Maturity, PmoNeed } from '../contract/result';
import { factor } from './factors';
import { clamp } from './numbers';

/** A PMO is worth its cost from this many need points (out of 100). */
export const NEED_THRESHOLD = 40;
/** Below this many concurrent projects there is too little to coordinate, whatever else holds. */
export const MIN_PROJECTS_FOR_PMO = 3;

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
    ],
    10,
  );

const contentionPoints = { low: 0, medium: 12, high: 25 } as const;

export const needFactors = (context: OrganisationContext, maturity: Maturity): Factor[] => {
  const weakAndBusy = maturity.level <= 2 && context.concurrentProjects >= MIN_PROJECTS_FOR_PMO;
  return [
    factor(
      'concurrent-projects',
      'Projects running at once',
      String(context.concurrentProjects),
      projectPoints(context.concurrentProjects),
      'the more projects run at once, the more there is to coordinate',
    ),
    factor(
      'resource-contention',
      'Competition for shared people and budget',
      context.resourceContention,
      contentionPoints[context.resourceContention],
      'projects competing for the same people need someone to arbitrate',
    ),
    factor(
      'size',
      'Organisation size',
      `${context.employees} employees`,
      sizePoints(context.employees),
      'larger organisations lose sight of their projects sooner',
    ),
    factor(
      'project-managers',
      'Project managers',
      String(context.projectManagers),
      managerPoints(context.projectManagers),
      'several project managers benefit from shared standards and support',
    ),
    factor(
      'failure-cost',
      'Weak practice across many projects',
      `maturity level ${maturity.level}`,
      weakAndBusy ? 10 : 0,
      weakAndBusy
        ? 'low maturity across several projects makes failures likely and costly'
        : 'maturity is high enough, or projects few enough, that failure risk adds no need',
    ),
  ];
};

const alternativesFor = (
  context: OrganisationContext,
  maturity: Maturity,
  quickWins: readonly string[],
): string[] => [
  'Give every project one accountable lead and a sponsor who decides on scope and budget.',
  ...quickWins,
  context.projectManagers === 0
    ? 'Train one or two people in project-management basics so that they can lead the next projects.'
    : 'Let your project managers meet monthly to share plans, risks and lessons.',
  `Re-assess when you run ${MIN_PROJECTS_FOR_PMO + 2} or more projects at once, when projects start fighting over the same people, or in six months (today: level ${maturity.level}).`,
];

/**
 * Decides whether a PMO is needed. Need points add up from the factors; a PMO is needed from
 * NEED_THRESHOLD points, and never with fewer than MIN_PROJECTS_FOR_PMO projects at once.
 */
export const assessNeed = (
  context: OrganisationContext,
  maturity: Maturity,
  quickWins: readonly string[],
): PmoNeed => {
  const factors = needFactors(context, maturity);
  const score = clamp(
    factors.reduce((s, f) => s + f.points, 0),
    0,
    100,
  );
  const enoughProjects = context.concurrentProjects >= MIN_PROJECTS_FOR_PMO;
  const needed = enoughProjects && score >= NEED_THRESHOLD;
  let verdict: string;
  if (!enoughProjects) {
    verdict = `No PMO yet: with ${context.concurrentProjects} project${context.concurrentProjects === 1 ? '' : 's'} at once there is too little to coordinate; a capable project lead and a few shared habits serve better.`;
  } else if (!needed) {
    verdict = `No PMO yet: ${score} need points is below the ${NEED_THRESHOLD} at which a PMO repays its cost.`;
  } else {
    verdict = `A PMO is warranted: ${score} need points reach the threshold of ${NEED_THRESHOLD}.`;
  }
  return {
    needed,
    score,
    threshold: NEED_THRESHOLD,
    factors,
    verdict,
    alternatives: needed ? [] : alternativesFor(context, maturity, quickWins),
  };
};
