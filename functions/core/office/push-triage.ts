import type { PmoScope } from '../../contract/result';
import { countsActivities } from '../project-count';
import { type EngineMessage, msg } from '../say';
import type { Situation } from '../situation';
import { PROJECTS_PER_LEAD } from './lead-load';

/**
 * A push that is a triage (round 29's turnaround reviewer): a temporary need whose work is not one
 * programme but an unrelated portfolio carried by too few people, under high urgency, as in a
 * turnaround, a restructuring or a lender's cash plan. Its first service is deciding which projects
 * stop, pause or continue and gating every further commitment of spend; it builds no programme
 * cadence around projects that are to be cut, and its plan starts by cutting them to what the people
 * can lead. The form has no "turnaround" or "short of cash" field: these signals are what it says.
 * docs/scoring.md, "Triage pushes".
 */

/**
 * From this many projects at once a temporary need is a portfolio to sort, not a handful to steer
 * (our judgement: below it the few projects are one conversation or one programme's workstreams;
 * round 29's triages had 12 and 22).
 */
export const TRIAGE_MIN_PROJECTS = 8;
/**
 * A push of this many months or more is a lasting office for its life (spend-share.ts,
 * PUSH_SHARE_FROM_MONTHS): it is not a triage, which sorts its portfolio within months.
 */
export const TRIAGE_BELOW_MONTHS = 24;
/**
 * The share of stakeholders asking the office to authorise, pause and stop projects from which the
 * push is read as a triage: half, the engine's line for a service asked for (choice.ts,
 * EXPECTATION_SHARE). Our judgement.
 */
export const STOP_ASKED_SHARE = 0.5;

/** The stakeholders ask for the stop, pause or continue decision: kept on the situation (decide.ts). */
export const withStopAsked = (
  s: Situation,
  expectations: Readonly<Record<string, number>> | undefined,
): Situation =>
  (expectations?.['project-authorisation'] ?? 0) >= STOP_ASKED_SHARE ? { ...s, stopAsked: true } : s;

/**
 * A triage push: temporary and shorter than TRIAGE_BELOW_MONTHS, urgent (high), not one programme
 * (its scope), not a book of customer orders alone (those are commitments kept, not projects to
 * stop), at least TRIAGE_MIN_PROJECTS projects whose count is believed (no warning calls it
 * activities), at least PROJECTS_PER_LEAD projects for each person who leads them (the people, not
 * an office, are the binding constraint), and the stakeholders ask for projects to be authorised,
 * paused and stopped (withStopAsked). The form has no field for a turnaround: the stop asked for is
 * what tells a triage from a merger's, an emergency's or a roll-out's push, whose projects are one
 * programme's workstreams (the panel's mergers, expo builds and rebrand roll-outs carry the same lead
 * loads and are no triage). Our judgement; the lead load is the engine's own line (office/shape.ts).
 */
export const triagePush = (s: Situation, scope?: PmoScope): boolean =>
  s.horizon === 'temporary' &&
  (s.horizonMonths ?? 0) < TRIAGE_BELOW_MONTHS &&
  scope !== 'programme' &&
  s.urgency === 'high' &&
  s.projectsFor !== 'customers' &&
  s.concurrentProjects >= TRIAGE_MIN_PROJECTS &&
  s.concurrentProjects >= PROJECTS_PER_LEAD * Math.max(1, s.projectManagers) &&
  s.stopAsked === true &&
  !countsActivities(s);

/** How many projects the people who lead them can carry: PROJECTS_PER_LEAD each, one lead at least. */
export const projectsTheyCanLead = (s: Pick<Situation, 'projectManagers'>): number =>
  PROJECTS_PER_LEAD * Math.max(1, s.projectManagers);

/**
 * The triage's first step, in week 1 and needing nobody new: list every project with its committed
 * spend, decide which stop, pause or continue, keep no more than the leads can carry, and gate each
 * further commitment. Customer orders, where there are some, are kept as commitments.
 */
export const triageSteps = (s: Situation, scope: PmoScope): EngineMessage[] =>
  triagePush(s, scope)
    ? [
        msg(s.projectsFor === 'both' ? 'plan.triage.cutOrders' : 'plan.triage.cut', {
          projects: s.concurrentProjects,
          projectManagers: s.projectManagers,
          keep: projectsTheyCanLead(s),
        }),
      ]
    : [];

/**
 * The situation a triage leaves: its projects cut to what its leads can carry. The people the plan
 * would bring in to lead the projects beyond that are not brought in (round 29: one project manager
 * with 12 projects in a restructuring got an interim for the largest; the remedy is fewer projects,
 * not more capacity). Any other situation is returned as it is.
 */
export const afterTriage = (s: Situation): Situation =>
  triagePush(s) ? { ...s, concurrentProjects: Math.min(s.concurrentProjects, projectsTheyCanLead(s)) } : s;
