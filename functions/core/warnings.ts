import type { DimensionScore } from '../contract/result';
import { MIN_RATED_QUESTIONS } from './evidence';
import { MIN_PROJECTS_FOR_PMO } from './pmo-need';
import { type EngineMessage, english, msg, type Say } from './say';
import type { Situation } from './situation';

/** Over this share of headcount managing projects is unusual. */
export const PM_SHARE_WARNING = 0.5;
/** More projects per person than this usually counts tasks or client jobs as projects. */
export const PROJECTS_PER_PERSON_WARNING = 3;
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
    when: (s) => s.concurrentProjects > s.employees * PROJECTS_PER_PERSON_WARNING,
    say: (s) =>
      msg('warning.projectsPerPerson', {
        projects: s.concurrentProjects,
        employees: s.employees,
        limit: PROJECTS_PER_PERSON_WARNING,
      }),
  },
  {
    when: (s) => s.concurrentProjects > 0 && s.projectManagers > s.concurrentProjects * 2,
    say: (s) =>
      msg('warning.managersPerProject', {
        projectManagers: s.projectManagers,
        projects: s.concurrentProjects,
      }),
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
      s.annualProjectBudget < s.concurrentProjects * MIN_SPEND_PER_PROJECT,
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

/** Inconsistent answers and thin coverage, one sentence per dimension. */
export const answerWarnings = (dimensions: readonly DimensionScore[], say: Say = english): string[] => [
  ...dimensions
    .filter((d) => d.score !== null && !d.consistent)
    .map((d) =>
      say(
        msg('warning.inconsistentDimension', {
          dimension: d.name,
          spread: d.spread ?? 0,
          level: d.level ?? 0,
        }),
      ),
    ),
  ...dimensions
    .filter((d) => d.questionsAnswered > 0 && d.questionsAnswered < MIN_RATED_QUESTIONS)
    .map((d) =>
      say(
        msg('warning.thinDimension', {
          dimension: d.name,
          rated: d.questionsAnswered,
          minRated: MIN_RATED_QUESTIONS,
        }),
      ),
    ),
];
