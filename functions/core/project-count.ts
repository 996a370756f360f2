import type { Situation } from './situation';
import { LARGE_PROJECT_SPEND } from './spend-scale';

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

type Count = Pick<
  Situation,
  'concurrentProjects' | 'projectManagers' | 'employees' | 'deliveryApproach' | 'pmExpertise'
> &
  Partial<Pick<Situation, 'eurPerUnit' | 'annualProjectBudget' | 'orderValue'>>;

/**
 * The yearly spend in euros (a context without a currency is in euros), customer orders' value
 * included: what the orders are worth shows them to be projects as an owner's spend does (round 22).
 */
const spendOf = (s: Count): number => (s.orderValue ?? s.annualProjectBudget ?? 0) * (s.eurPerUnit ?? 1);

/**
 * Work that spends at least this much a year (in euros) on average is made of projects, not of
 * activities or small jobs: about a person-year of cost each, with a budget, a plan and a client or
 * sponsor of its own (our judgement; round 18: a contract manufacturer's 70 client projects and a
 * pub group's 60 refurbishments at GBP 1m each were presumed "activities" for want of managers).
 */
export const REAL_PROJECT_SPEND = 100_000;

/** The spend given says the projects are real projects (REAL_PROJECT_SPEND each on average). */
export const spendShowsProjects = (s: Count): boolean =>
  s.concurrentProjects > 0 && spendOf(s) / s.concurrentProjects >= REAL_PROJECT_SPEND;

/**
 * Too many projects for the people who lead them. Agile delivery is led by product owners and
 * teams, not project managers: the count of managers says nothing there. With no project manager
 * at all, one person is taken to lead them (at least one does), so adding the first manager never
 * makes the count more credible than none.
 */
export const tooManyPerManager = (s: Count): boolean =>
  s.deliveryApproach !== 'agile' &&
  s.concurrentProjects > Math.max(1, s.projectManagers) * PROJECTS_PER_MANAGER_WARNING;

/**
 * Too many projects for the people who lead them, and nothing says they are projects: many are
 * probably activities. Where the spend shows real projects, the count stands and the shortage is
 * of people who lead them (managersStretched says so), not of projects.
 */
export const countsActivities = (s: Count): boolean => tooManyPerManager(s) && !spendShowsProjects(s);

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
  if (countsActivities(s)) n = Math.min(n, Math.max(1, s.projectManagers) * PROJECTS_PER_MANAGER_WARNING);
  if (tooManyPerPerson(s)) n = Math.min(n, Math.max(1, s.employees * PROJECTS_PER_PERSON_WARNING));
  return n;
};

/**
 * More project managers than this for each project is doubtful (round 10), unless the projects are
 * large enough (LARGE_PROJECT_SPEND a year) to carry packages and workstreams with managers of
 * their own. A doubted count carries no size and no money beyond this many for each project (round
 * 18: "25 project managers for 5 projects: check both figures" still sized coaching for 25 and
 * priced their time freed). Our judgement: two managers to a project is a project and its deputy,
 * or two workstreams.
 */
export const MANAGERS_PER_PROJECT_WARNING = 2;

/** More project managers than the projects could use: one of the two figures is doubtful. */
export const tooManyManagers = (s: Count): boolean =>
  s.concurrentProjects > 0 &&
  s.projectManagers > s.concurrentProjects * MANAGERS_PER_PROJECT_WARNING &&
  spendOf(s) / s.concurrentProjects < LARGE_PROJECT_SPEND;

/** The project managers the office is sized and priced on: the count given, unless it is doubted. */
export const credibleManagers = (s: Count): number =>
  tooManyManagers(s) ? s.concurrentProjects * MANAGERS_PER_PROJECT_WARNING : s.projectManagers;

/**
 * More projects for each project manager than this, or more yearly spend (in euros) for each
 * than MANAGER_SPEND at their level, stretches the people who lead them: a warning asks who leads
 * the rest (round 18: 60 projects on 5 managers, and GBP 40m a year on 3 managers at basic
 * level, raised nothing while 25 managers on 5 projects did). Our judgement: a project manager
 * leads two to five projects well and keeps about ten in view; an experienced one carries
 * about EUR 15m a year of project spend, one still learning a third of that.
 */
export const PROJECTS_PER_MANAGER_STRETCH = 10;
export const MANAGER_SPEND: Record<Situation['pmExpertise'], number> = {
  none: 5_000_000,
  basic: 5_000_000,
  strong: 15_000_000,
};

/**
 * Who leads the projects is stretched: more than PROJECTS_PER_MANAGER_STRETCH projects or more than
 * MANAGER_SPEND a year each, for project managers there are, where no sharper warning says it
 * (too many projects for any lead, or the count taken as activities).
 */
export const managersStretched = (s: Count): 'projects' | 'spend' | null => {
  if (s.projectManagers === 0 || (tooManyPerManager(s) && !spendShowsProjects(s))) return null;
  if (tooManyPerManager(s) && spendShowsProjects(s)) return 'projects';
  if (s.concurrentProjects > s.projectManagers * PROJECTS_PER_MANAGER_STRETCH) return 'projects';
  if (spendOf(s) > s.projectManagers * MANAGER_SPEND[s.pmExpertise]) return 'spend';
  return null;
};

/** The situation the office's sizes rest on: the same, with the credible project and manager counts. */
export const sizingSituation = <S extends Situation>(s: S): S => {
  const n = credibleProjects(s);
  const m = credibleManagers(s);
  return n === s.concurrentProjects && m === s.projectManagers
    ? s
    : { ...s, concurrentProjects: n, projectManagers: m };
};
