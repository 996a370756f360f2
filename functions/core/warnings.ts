import type { Cost, DimensionScore } from '../contract/result';
import {
  INCONSISTENT_RESPONDENT_SPREAD,
  INCONSISTENT_SPREAD,
  MIN_RATED_QUESTIONS,
  respondentsDisagree,
  SPLIT_SUMMARY_FROM,
} from './evidence';
import { MAX_SPEND_SHARE, MIN_PROJECTS_FOR_PMO } from './pmo-need';
import { formatNumber, type Situation } from './situation';

/** Over this share of headcount managing projects is unusual. */
export const PM_SHARE_WARNING = 0.5;
/** More projects per person than this usually counts tasks or client jobs as projects. */
export const PROJECTS_PER_PERSON_WARNING = 3;
/** Less yearly spend per project than this is unusual. */
export const MIN_SPEND_PER_PROJECT = 1000;

interface Rule {
  when: (s: Situation) => boolean;
  say: (s: Situation) => string;
}

/** Unusual but possible combinations: accepted, and reported. One rule, one sentence. */
const RULES: readonly Rule[] = [
  {
    when: (s) => s.employees >= 4 && s.projectManagers > s.employees * PM_SHARE_WARNING,
    say: (s) =>
      `${s.projectManagers} of ${s.employees} people manage projects: check that only people whose job is leading projects are counted.`,
  },
  {
    when: (s) => s.concurrentProjects > s.employees * PROJECTS_PER_PERSON_WARNING,
    say: (s) =>
      `${s.concurrentProjects} projects for ${s.employees} people is more than ${PROJECTS_PER_PERSON_WARNING} per person: many are probably tasks or small client jobs.`,
  },
  {
    when: (s) => s.concurrentProjects > 0 && s.projectManagers > s.concurrentProjects * 2,
    say: (s) =>
      `${s.projectManagers} project managers for ${s.concurrentProjects} running projects: check both figures.`,
  },
  {
    when: (s) => s.projectManagers === 0 && s.concurrentProjects >= MIN_PROJECTS_FOR_PMO,
    say: (s) =>
      `${s.concurrentProjects} projects run with no project managers: check who leads them; an office cannot replace the people who run projects.`,
  },
  {
    when: (s) => s.concurrentProjects === 0,
    say: () => 'No projects run at the moment: the recommendation assumes the figures of a typical period.',
  },
  {
    when: (s) => s.resourceContention === 'high' && s.concurrentProjects <= 1,
    say: (s) =>
      `Strong competition for people with ${s.concurrentProjects} project${s.concurrentProjects === 1 ? '' : 's'}: the competition is probably with day-to-day work, which a PMO does not settle alone.`,
  },
  {
    when: (s) => s.existingPmo !== 'none' && s.concurrentProjects < MIN_PROJECTS_FOR_PMO,
    say: (s) =>
      `A PMO exists today for ${s.concurrentProjects} running project${s.concurrentProjects === 1 ? '' : 's'}.`,
  },
  {
    when: (s) => s.existingPmo === 'resource-source' && s.controlAppetite !== 'high',
    say: (s) =>
      `A directive office runs today although appetite for central control is ${s.controlAppetite}.`,
  },
  {
    when: (s) =>
      s.annualProjectBudget !== undefined &&
      s.concurrentProjects > 0 &&
      s.annualProjectBudget < s.concurrentProjects * MIN_SPEND_PER_PROJECT,
    say: (s) =>
      `Yearly project spend of ${formatNumber(s.annualProjectBudget ?? 0)} for ${s.concurrentProjects} projects is under ${formatNumber(MIN_SPEND_PER_PROJECT)} each: check the figure.`,
  },
];

export const contextWarnings = (s: Situation): string[] =>
  RULES.filter((r) => r.when(s)).map((r) => r.say(s));

const respondentWarnings = (split: readonly DimensionScore[]): string[] =>
  split.length >= SPLIT_SUMMARY_FROM
    ? [
        `Respondents disagree on ${split.length} dimensions (spread of their own scores up to ${Math.max(...split.map((d) => d.respondentSpread ?? 0)).toFixed(2)}, limit ${INCONSISTENT_RESPONDENT_SPREAD.toFixed(2)}): ${split.map((d) => d.name).join(', ')}. Their levels count in the overall score but cannot prove a capability a PMO model needs; discuss the answers with the respondents first.`,
      ]
    : split.map(
        (d) =>
          `${d.name}: respondents disagree (spread of their own scores ${(d.respondentSpread ?? 0).toFixed(2)}, limit ${INCONSISTENT_RESPONDENT_SPREAD.toFixed(2)}); its level of ${d.level} counts in the overall score but cannot prove a capability a PMO model needs.`,
      );

/** Inconsistent answers and thin coverage, one sentence per dimension. */
export const answerWarnings = (dimensions: readonly DimensionScore[]): string[] => [
  ...dimensions
    .filter((d) => d.score !== null && !d.consistent && !respondentsDisagree(d))
    .map(
      (d) =>
        `${d.name}: the question scores disagree (spread ${(d.spread ?? 0).toFixed(2)}, limit ${INCONSISTENT_SPREAD.toFixed(2)}); its level of ${d.level} counts in the overall score but cannot prove a capability a PMO model needs.`,
    ),
  ...respondentWarnings(dimensions.filter((d) => d.score !== null && respondentsDisagree(d))),
  ...dimensions
    .filter((d) => d.questionsAnswered > 0 && d.questionsAnswered < MIN_RATED_QUESTIONS)
    .map(
      (d) =>
        `${d.name}: only ${d.questionsAnswered} question rated; its level counts from ${MIN_RATED_QUESTIONS}.`,
    ),
];

/** Every rated dimension at or above this looks too good to be true. */
export const INFLATED_FROM = 4.5;

/** Answers that are uniformly at the top: possible, but often optimism rather than practice. */
export const inflationWarnings = (dimensions: readonly DimensionScore[]): string[] => {
  const rated = dimensions.filter((d) => d.score !== null);
  return rated.length > 0 && rated.every((d) => (d.score as number) >= INFLATED_FROM)
    ? [
        `Every rated dimension scores ${INFLATED_FROM.toFixed(2)} or more: uniformly top answers may be inflated. Check them against evidence (reports, decisions, audits) before relying on them.`,
      ]
    : [];
};

/** The recommended office costs more than this share of yearly project spend at the top of its range. */
export const HIGH_COST_SHARE = MAX_SPEND_SHARE;

export const costWarnings = (cost: Cost | null, s: Situation): string[] => {
  const spend = s.annualProjectBudget;
  if (!cost || spend === undefined || spend <= 0) return [];
  const share = cost.annual.max / spend;
  return share > HIGH_COST_SHARE
    ? [
        `The office would cost up to ${(share * 100).toFixed(2)} % of the yearly project spend, above ${Math.round(HIGH_COST_SHARE * 100)} %: start at the bottom of the staffing range or with fewer services.`,
      ]
    : [];
};
