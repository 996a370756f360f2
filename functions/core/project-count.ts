import type { Situation } from './situation';

/**
 * The project count the office is sized on. A count the result itself calls implausible as
 * projects (warnings.ts) is not a basis for sizes: the office is sized on the projects the people
 * who lead them can carry, and the warning says so, so that the warning and the sizes tell one
 * story (round 16: 45 "projects" for one manager were warned to be mostly activities, then all 45
 * were sized).
 */

/**
 * More projects per project manager than this usually counts activities as projects (round 10:
 * 200 for 5); it is also the most one lead is credited with when the count is implausible. Our
 * judgement: a lead can keep about this many small projects in view (round 16's council reviewer
 * sized 45 schemes with one project manager as 15).
 */
export const PROJECTS_PER_MANAGER_WARNING = 15;
/** More projects per person than this usually counts tasks or client jobs as projects (our judgement). */
export const PROJECTS_PER_PERSON_WARNING = 3;

type Count = Pick<Situation, 'concurrentProjects' | 'projectManagers' | 'employees' | 'deliveryApproach'>;

/**
 * Too many projects for the people who lead them. Agile delivery is led by product owners and
 * teams, not project managers: the count of managers says nothing there. With no project manager
 * at all, one person is taken to lead them (at least one does), so adding the first manager never
 * makes the count more credible than none.
 */
export const tooManyPerManager = (s: Count): boolean =>
  s.deliveryApproach !== 'agile' &&
  s.concurrentProjects > Math.max(1, s.projectManagers) * PROJECTS_PER_MANAGER_WARNING;

/** More projects than people could ever run: tasks or client jobs counted as projects. */
export const tooManyPerPerson = (s: Count): boolean =>
  s.concurrentProjects > s.employees * PROJECTS_PER_PERSON_WARNING;

/**
 * The projects the office is sized on: the count given, unless a warning calls it implausible;
 * then what the people who lead them can carry (PROJECTS_PER_MANAGER_WARNING each) and what the
 * organisation's people could run at all (PROJECTS_PER_PERSON_WARNING each), whichever is fewer.
 * Never more than the count given, never fewer than one where there are projects.
 */
export const credibleProjects = (s: Count): number => {
  let n = s.concurrentProjects;
  if (tooManyPerManager(s)) n = Math.min(n, Math.max(1, s.projectManagers) * PROJECTS_PER_MANAGER_WARNING);
  if (tooManyPerPerson(s)) n = Math.min(n, Math.max(1, s.employees * PROJECTS_PER_PERSON_WARNING));
  return n;
};

/** The situation the office's sizes rest on: the same, with the credible project count. */
export const sizingSituation = <S extends Situation>(s: S): S => {
  const n = credibleProjects(s);
  return n === s.concurrentProjects ? s : { ...s, concurrentProjects: n };
};
