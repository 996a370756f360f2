import { MIN_EMPLOYEES_FOR_OFFICE } from './pmo-need';
import type { Situation } from './situation';
import { capitalIntensive, leanOwner } from './spend-scale';

/**
 * Plans that fit a very small firm (round 15): steps that name separate roles (a sponsor, a benefit
 * owner, one owner of all projects) or gather people (a status round) are scaled to a firm where
 * everybody works at one table, and a firm too small for any office is not asked again whether it
 * needs one. Each rule reads the organisation's size and what it lacks, never a profile.
 * docs/scoring.md, "Push tempo and small firms".
 */

/**
 * Below this many people everybody works at one table and the owner decides every project: there
 * is no separate sponsor, benefit owner or status round to install (our judgement; the usual
 * "micro enterprise" of fewer than ten people, as in the EU's definition of company sizes).
 */
export const ONE_TABLE_EMPLOYEES = 10;

export const oneTable = (s: Pick<Situation, 'employees'>): boolean => s.employees < ONE_TABLE_EMPLOYEES;

/**
 * The dimensions whose questionnaire first step names separate roles or gathers people; a firm at
 * one table takes a first step of the same dimension that it can do alone (`quickWin.small.<id>`).
 */
export const ONE_TABLE_QUICK_WINS = [
  'governance',
  'portfolio',
  'reporting',
  'benefits',
  'resources',
  'competencies',
] as const;
export const hasOneTable = (id: string): id is (typeof ONE_TABLE_QUICK_WINS)[number] =>
  (ONE_TABLE_QUICK_WINS as readonly string[]).includes(id);

/**
 * No office can fit this organisation's headcount (pmo-need.ts: the smallest office may take at
 * most a small share of it) unless it is a capital-intensive or lean owner (spend-scale.ts): asking again whether it needs a
 * PMO is pointless until it grows, so its plan says from what size the question comes back.
 */
export const tooSmallForAnyOffice = (
  s: Pick<Situation, 'employees' | 'annualProjectBudget' | 'eurPerUnit' | 'concurrentProjects'> &
    Partial<Pick<Situation, 'projectsFor'>>,
): boolean => s.employees < MIN_EMPLOYEES_FOR_OFFICE && !capitalIntensive(s) && !leanOwner(s);
