import type { OrganisationContext } from '../contract/context';
import type { Factor, Maturity, ModelFit, PmoModelId } from '../contract/result';
import { assessEvidence } from './evidence';
import { BASE_POINTS, factor, reasonsFrom, scoreFromFactors } from './factors';
import { round2 } from './numbers';
import { PMO_MODELS } from './pmo-models';
import type { Situation } from './situation';

/** Mean of the rated dimensions named, rounded as displayed: a rule compares the value it shows. */
const dimensionScore = (maturity: Maturity, ids: readonly string[]): number | null => {
  const scores = maturity.dimensions
    .filter((d) => ids.includes(d.id) && d.score !== null)
    .map((d) => d.score as number);
  return scores.length === 0 ? null : round2(scores.reduce((a, b) => a + b, 0) / scores.length);
};

/** A directive office needs this many projects to have a portfolio to prioritise. */
export const MIN_PROJECTS_FOR_DIRECTIVE = 6;

/** Prerequisites: an unmet one makes the model ineligible, whatever its points. */
const GATES: Record<
  PmoModelId,
  (s: Situation, scope: 'organisation' | 'programme', maturity: Maturity) => string[]
> = {
  'weather-station': () => [],
  'control-tower': (s) =>
    s.controlAppetite === 'low'
      ? [
          'Leadership wants visibility only (low appetite for control); a control tower sets and checks standards.',
        ]
      : [],
  'resource-source': (s, scope, maturity) => [
    ...(s.existingPmo !== 'resource-source' &&
    assessEvidence(maturity.dimensions, maturity.respondents).status === 'insufficient'
      ? [
          'The evidence is insufficient: complete the assessment before a directive office is recommended; until then the best-fitting eligible model stands in provisionally.',
        ]
      : []),
    ...(s.controlAppetite !== 'high'
      ? [
          `Appetite for central control is ${s.controlAppetite}; a directive office needs it high, as it decides priorities and people.`,
        ]
      : []),
    ...(s.controlAppetite === 'high' && s.resourceContention === 'low'
      ? [
          'No executive mandate to allocate: projects rarely compete for people, so there is nothing for a directive office to decide.',
        ]
      : []),
    ...(s.concurrentProjects < MIN_PROJECTS_FOR_DIRECTIVE
      ? [
          `${s.concurrentProjects} project${s.concurrentProjects === 1 ? '' : 's'} at once; portfolio selection needs at least ${MIN_PROJECTS_FOR_DIRECTIVE}.`,
        ]
      : []),
    ...(scope === 'programme'
      ? ['A programme office serves one programme; it has no portfolio to select from.']
      : []),
  ],
};

const fmt = (x: number | null): string => (x === null ? 'not rated' : x.toFixed(2));

const weatherStation = (c: OrganisationContext, m: Maturity): Factor[] => {
  const reporting = dimensionScore(m, ['reporting']);
  return [
    factor(
      'control-appetite',
      'Appetite for central control',
      c.controlAppetite,
      { low: 20, medium: 5, high: -10 }[c.controlAppetite],
      {
        low: 'a culture wary of central control accepts an office that only observes and reports',
        medium: 'a reporting office stays within the control leadership will accept',
        high: 'leadership wants more control than a reporting-only office provides',
      }[c.controlAppetite],
    ),
    factor(
      'maturity',
      'Current maturity',
      `level ${m.level}`,
      m.level === 1 ? 15 : m.level === 2 ? 10 : m.level === 3 ? 0 : -10,
      m.level <= 2
        ? 'at low maturity, visibility is the first thing to build'
        : m.level === 3
          ? 'defined practice no longer needs visibility alone'
          : 'practice is mature; reporting alone adds little',
    ),
    factor(
      'reporting-gap',
      'Performance tracking and reporting',
      fmt(reporting),
      reporting !== null && reporting < 2.5 ? 10 : 0,
      reporting !== null && reporting < 2.5
        ? 'below 2.50: management lacks a consolidated view of projects today'
        : 'at 2.50 or above (or not rated): reporting is not the gap to close',
    ),
    factor(
      'resource-contention',
      'Competition for shared resources',
      c.resourceContention,
      { low: 5, medium: -5, high: -15 }[c.resourceContention],
      {
        low: 'little competition for people, so observation is enough',
        medium: 'some competition for people that a reporting office cannot settle',
        high: 'strong competition for people that a reporting office cannot settle',
      }[c.resourceContention],
    ),
    factor(
      'portfolio-size',
      'Projects at once',
      String(c.concurrentProjects),
      c.concurrentProjects <= 10 ? 5 : c.concurrentProjects <= 30 ? 0 : -10,
      c.concurrentProjects <= 10
        ? 'a small portfolio is easy to observe'
        : c.concurrentProjects <= 30
          ? 'a mid-sized portfolio'
          : 'a large portfolio needs more than observation',
    ),
  ];
};

const controlTower = (c: OrganisationContext, m: Maturity): Factor[] => {
  const consistency = dimensionScore(m, ['standards', 'lifecycle']);
  return [
    factor(
      'control-appetite',
      'Appetite for central control',
      c.controlAppetite,
      { low: -15, medium: 15, high: 5 }[c.controlAppetite],
      {
        low: 'a culture wary of control will resist imposed standards',
        medium: 'leadership accepts common standards and checks',
        high: 'leadership wants control; standards are a first step toward it',
      }[c.controlAppetite],
    ),
    factor(
      'consistency-gap',
      'Standards and lifecycle discipline',
      fmt(consistency),
      consistency === null ? 0 : consistency < 2.5 ? 15 : consistency < 3.5 ? 5 : -10,
      consistency === null
        ? 'practice consistency is not rated'
        : consistency < 2.5
          ? 'below 2.50: practice differs from project to project; common standards are the need'
          : consistency < 3.5
            ? 'from 2.50 to below 3.50: shared practice is not yet used everywhere'
            : '3.50 or above: practice is already consistent',
    ),
    factor(
      'maturity',
      'Current maturity',
      `level ${m.level}`,
      m.level === 1 ? -5 : m.level <= 3 ? 10 : 0,
      m.level === 1
        ? 'standards need some repeatable practice to build on'
        : m.level <= 3
          ? 'enough repeatable practice to standardise'
          : 'mature practice needs less standard-setting',
    ),
    factor(
      'project-managers',
      'Project managers to support',
      String(c.projectManagers),
      c.projectManagers >= 2 ? 5 : c.projectManagers === 0 ? -5 : 0,
      c.projectManagers >= 2
        ? 'there are project managers to coach and review'
        : c.projectManagers === 0
          ? 'no project managers to coach yet'
          : 'a single project manager to support',
    ),
    factor(
      'resource-contention',
      'Competition for shared resources',
      c.resourceContention,
      c.resourceContention === 'high' ? -5 : 0,
      c.resourceContention === 'high'
        ? 'standards alone do not settle strong competition for people'
        : 'resource competition does not call for more',
    ),
  ];
};

const resourceSource = (c: OrganisationContext, m: Maturity): Factor[] => {
  const portfolio = dimensionScore(m, ['portfolio', 'resources']);
  const projects = c.concurrentProjects;
  return [
    factor(
      'control-appetite',
      'Appetite for central control',
      c.controlAppetite,
      { low: -25, medium: -5, high: 20 }[c.controlAppetite],
      {
        low: 'a culture wary of control will reject an office that decides over projects',
        medium: 'leadership is lukewarm about handing project decisions to an office',
        high: 'leadership gives a mandate for central control',
      }[c.controlAppetite],
    ),
    factor(
      'resource-contention',
      'Competition for shared resources',
      c.resourceContention,
      { low: -15, medium: 5, high: 20 }[c.resourceContention],
      {
        low: 'little competition for people leaves little to allocate',
        medium: 'some competition for people to arbitrate',
        high: 'projects fight for the same people and budget; someone must allocate them',
      }[c.resourceContention],
    ),
    factor(
      'portfolio-size',
      'Projects at once',
      String(projects),
      projects <= 5 ? -15 : projects <= 15 ? 5 : 15,
      projects <= 5
        ? 'too few projects to justify central portfolio management'
        : projects <= 15
          ? 'enough projects to prioritise centrally'
          : 'many concurrent projects need central prioritisation',
    ),
    factor(
      'maturity',
      'Current maturity',
      `level ${m.level}`,
      m.level <= 1 ? -15 : m.level === 2 ? -5 : m.level === 3 ? 5 : 10,
      m.level <= 2
        ? 'directive control needs defined practice and reliable data that are not there yet'
        : 'defined practice gives a directive office a base to work from',
    ),
    factor(
      'horizon',
      'Lasting or temporary need',
      c.horizon,
      c.horizon === 'lasting' ? 5 : -10,
      c.horizon === 'lasting'
        ? 'a lasting need justifies a permanent structure'
        : 'a directive office is a heavy structure for a temporary need',
    ),
    factor(
      'portfolio-gap',
      'Portfolio and resource management',
      fmt(portfolio),
      portfolio !== null && portfolio < 2.5 ? 5 : 0,
      portfolio !== null && portfolio < 2.5
        ? 'below 2.50: nobody selects and balances projects today'
        : 'at 2.50 or above (or not rated): portfolio practice is not the gap to close',
    ),
  ];
};

const RULES: Record<PmoModelId, (c: OrganisationContext, m: Maturity) => Factor[]> = {
  'weather-station': weatherStation,
  'control-tower': controlTower,
  'resource-source': resourceSource,
};

/** Fit of every model: eligible ones first, then by score; ties go to the less controlling model. */
export const fitModels = (
  s: Situation,
  maturity: Maturity,
  scope: 'organisation' | 'programme' = 'organisation',
): ModelFit[] =>
  PMO_MODELS.map((profile) => {
    const factors = RULES[profile.id](s, maturity);
    const blockers = GATES[profile.id](s, scope, maturity);
    return {
      model: profile.id,
      name: profile.name,
      control: profile.control,
      score: scoreFromFactors(factors),
      base: BASE_POINTS,
      requiredLevel: profile.requiredLevel,
      eligible: blockers.length === 0,
      blockers,
      factors,
      reasons: reasonsFrom(factors),
    };
  }).sort((a, b) => Number(b.eligible) - Number(a.eligible) || b.score - a.score);
