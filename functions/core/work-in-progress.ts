import { PROJECTS_PER_LEAD } from './office/shape';
import { countsActivities, tooManyPerPerson } from './project-count';
import { type EngineMessage, msg } from './say';
import type { Situation } from './situation';

/**
 * Doing fewer projects (round 21): where the projects running at once far exceed the people who
 * can lead or staff them and those people are fought over, a practitioner's first advice is to
 * limit the work in progress: rank every running project and pause those below the line the people
 * can staff. The engine had offices, coordinators and capacity views for such organisations, but
 * never said "do less at once". Every figure here is our judgement.
 */

/**
 * Fewer people than this for each running project, counting everyone in the organisation (most of
 * whom run the business, not projects): each project cannot have even a small team of its own, so
 * the same few people are spread over all of them (8 projects for 35 people, 40 for 120).
 */
export const PEOPLE_PER_PROJECT_WIP = 5;
/**
 * From this many projects a ranking and a cut line are worth writing down; with fewer, deciding
 * which comes first is one conversation.
 */
export const MIN_WIP_PROJECTS = 5;

type Wip = Pick<
  Situation,
  | 'concurrentProjects'
  | 'projectManagers'
  | 'employees'
  | 'deliveryApproach'
  | 'pmExpertise'
  | 'resourceContention'
  | 'horizon'
> &
  Partial<Pick<Situation, 'projectsFor'>>;

/**
 * Too much work in progress: the people are fought over (resource contention high), the work is
 * lasting (a push's projects are the push itself, sequenced by its own plan) and the organisation's
 * own (a customer's order is a commitment, not a project to pause), there are at least
 * MIN_WIP_PROJECTS, the count is believed (no warning calls it activities or tasks), and either
 * every project manager there is (one at least) carries a full load of PROJECTS_PER_LEAD or more
 * (agile work is led by product owners and teams, so the managers' count says nothing there), or
 * the organisation has fewer than PEOPLE_PER_PROJECT_WIP people for each project.
 */
export const tooMuchWorkInProgress = (s: Wip): boolean => {
  if (s.resourceContention !== 'high' || s.horizon === 'temporary') return false;
  // Customers' orders are commitments, not a list to pause: their intake is the order-sequencing
  // and bid/no-bid service's (customer-orders.ts).
  if (s.projectsFor === 'customers') return false;
  if (s.concurrentProjects < MIN_WIP_PROJECTS) return false;
  if (countsActivities(s) || tooManyPerPerson(s)) return false;
  const overLeads =
    s.deliveryApproach !== 'agile' &&
    s.concurrentProjects >= PROJECTS_PER_LEAD * Math.max(1, s.projectManagers);
  const overPeople = s.employees < s.concurrentProjects * PEOPLE_PER_PROJECT_WIP;
  return overLeads || overPeople;
};

/** The first step that limits the work in progress, where there is too much of it. */
export const workInProgressSteps = (s: Wip): EngineMessage[] =>
  tooMuchWorkInProgress(s)
    ? [
        // Where some projects are customer orders, only the firm's own are paused: its orders are
        // commitments, taken on at the bid as the people to staff them are free (round 23).
        msg(s.projectsFor === 'both' ? 'plan.limitWorkInProgressOrders' : 'plan.limitWorkInProgress', {
          projects: s.concurrentProjects,
          employees: s.employees,
          projectManagers: s.projectManagers,
        }),
      ]
    : [];
