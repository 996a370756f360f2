import { LEADERSHIP_PUSH_SPEND_EUR, leadershipPush } from './push-beside';
import { type EngineMessage, msg } from './say';
import type { Situation } from './situation';
import { capitalIntensive } from './spend-scale';

/**
 * The tempo of a temporary push (round 15): how often it is steered, how fast its decisions must
 * come, what falls after its hand-back, and which words fit the switch it ends in. Every rule reads
 * the push's horizon and the inputs the engine has, never a profile. docs/scoring.md, "Push tempo".
 */

type Horizon = Pick<Situation, 'horizon' | 'horizonMonths'>;

/** A temporary need without a stated length is planned as a year's push (as the plan does). */
export const DEFAULT_PUSH_MONTHS = 12;

/** The push's length in months; a lasting office is measured over a year. */
export const monthsOf = (s: Horizon): number =>
  s.horizon === 'temporary' ? (s.horizonMonths ?? DEFAULT_PUSH_MONTHS) : 12;

/**
 * A push shorter than this sees no benefit of what it delivers inside its own life, nor a second
 * maturity assessment worth the effort: benefits show some months after hand-over, and a
 * questionnaire answered again within a year or so measures the push, not the organisation. Our
 * judgement; a push of two years or more hands over early results while it still runs.
 */
export const SHORT_PUSH_MONTHS = 24;

/** A temporary push short enough that benefits and a re-assessment belong after its hand-back. */
export const shortPush = (s: Horizon): boolean =>
  s.horizon === 'temporary' && monthsOf(s) < SHORT_PUSH_MONTHS;

type Pressure = Pick<Situation, 'urgency' | 'resourceContention'>;

/**
 * Who leads an internal office the plan opens with an interim for, where nobody inside has led such
 * work (sourcing-mix.ts): a contract lead bought in, or an own lead coached where the spend ceiling
 * left no room for one (sourcing-paid.ts). The push's accountable person is that lead, so the plan
 * names the one person its cost prices (round 28).
 */
export type OfficeLeadFill = 'contract' | 'coached';

/**
 * A temporary push of high urgency: a deadline it cannot move. It is led by one accountable person
 * for the whole push, and it never waits for people to be trained or hired before it is coordinated.
 */
export const urgentPush = (s: Pick<Situation, 'horizon' | 'urgency'>): boolean =>
  s.horizon === 'temporary' && s.urgency === 'high';

/**
 * The one person accountable for the whole of an urgent push, named first in its plan: a project
 * manager already there, freed from other work as far as the push needs, or an interim where none
 * can be freed; with no project manager, someone who has led such work, from inside or brought in
 * as the plan's people steps say (rollout-people.ts), so the step never promises a person the
 * spend cannot pay for. Every workstream has an owner who answers to that person. A lead and a
 * sponsor for each project leave nobody answering for the deadline (round 21: a six-stream launch
 * with one project manager). The practitioners' answer.
 */
export const pushLeadSteps = (
  s: Pick<Situation, 'horizon' | 'urgency' | 'projectManagers'> &
    Partial<Pick<Situation, 'annualProjectBudget' | 'eurPerUnit'>>,
  officeLead?: OfficeLeadFill,
): EngineMessage[] =>
  urgentPush(s) || leadershipPush(s)
    ? [
        officeLead
          ? msg(`plan.push.accountableOfficeLead.${officeLead}`)
          : // A push large for the organisation is owned by its leadership, whatever the managers' expertise (push-beside.ts).
            leadershipPush(s)
            ? msg('plan.push.accountableDirector', { line: LEADERSHIP_PUSH_SPEND_EUR / 1_000_000 })
            : msg('plan.push.accountableLead', { pms: s.projectManagers }),
      ]
    : [];

/**
 * The most working days a push's decision may take, by the higher of its urgency and its contention
 * for people and budget. A push in execution needs decisions in days whatever its length: every day
 * a decision waits keeps crews, contractors and equipment on standby, and a long programme holds
 * more of them, not fewer (round 20: urgent, contested programmes of four and five years were given
 * 22 and 28 working days). Our judgement, after the reviewers' practice of 5 to 10 working days;
 * the length of the push never loosens it.
 */
export const PUSH_DECISION_DAYS: Readonly<Record<Situation['urgency'], number>> = {
  high: 5,
  medium: 8,
  low: 10,
};

const RANK = { low: 0, medium: 1, high: 2 } as const;

/** The most working days a push's decision may take; null for a lasting office (its own targets stand). */
export const decisionDaysCap = (s: Pick<Situation, 'horizon'> & Pressure): number | null =>
  s.horizon !== 'temporary'
    ? null
    : PUSH_DECISION_DAYS[RANK[s.urgency] >= RANK[s.resourceContention] ? s.urgency : s.resourceContention];

export type Cadence = 'weekly' | 'fortnightly' | 'monthly';
/** The weeks between two steering rounds of each cadence. */
export const CADENCE_WEEKS: Readonly<Record<Cadence, number>> = { weekly: 1, fortnightly: 2, monthly: 4 };

/**
 * A push is steered at least this many times over its life, so that a slip is seen while there is
 * still time to act on it (our judgement): a push of up to nine months is steered weekly, one of up
 * to eighteen months fortnightly, a longer one monthly like a lasting office.
 */
export const STEERING_POINTS = 20;

/** How often the push is steered and its measures read: the longest cadence that still gives STEERING_POINTS rounds. */
export const cadenceOf = (s: Horizon): Cadence => {
  if (s.horizon !== 'temporary') return 'monthly';
  const weeks = (monthsOf(s) * 52) / 12;
  const room = weeks / STEERING_POINTS;
  return room >= CADENCE_WEEKS.monthly
    ? 'monthly'
    : room >= CADENCE_WEEKS.fortnightly
      ? 'fortnightly'
      : 'weekly';
};

/**
 * The switch a push ends in, said in words that fit it: a release where teams deliver in an agile
 * way (software), a start-up where a capital-intensive owner builds or restores an asset
 * (spend-scale.ts), a close where regulated work ends (CLOSE_KIND), and otherwise neutral words
 * that fit a plant restart and a system go-live alike, since the inputs cannot tell them apart.
 */
export type SwitchKind = 'release' | 'start-up' | 'close' | 'live';

/**
 * A regulated push that neither releases software nor starts up an asset ends in a close: whatever
 * it hands over or puts live, it is not done until its final report is accepted and its audit file
 * is closed, with the records kept for the period the funder or regulator sets (round 23: a donor
 * programme, a public-inquiry response and a single donor grant were given a system's go-live plan).
 * No field says whether a push is funded or switches a system on, so the close's words name both
 * ends, a hand-over or go-live and the final report, and fit a regulated system replacement as well
 * as a grant. Our judgement, after the reviewers' practice.
 */
export const closesWithReport = (
  s: Pick<Situation, 'regulated' | 'deliveryApproach'>,
  capital: boolean,
): boolean => s.regulated && !capital && s.deliveryApproach !== 'agile';

export const switchKindOf = (
  s: Pick<
    Situation,
    | 'deliveryApproach'
    | 'annualProjectBudget'
    | 'eurPerUnit'
    | 'concurrentProjects'
    | 'employees'
    | 'regulated'
  >,
): SwitchKind => {
  const capital = capitalIntensive(s);
  if (capital) return 'start-up';
  if (closesWithReport(s, capital)) return 'close';
  return s.deliveryApproach === 'agile' ? 'release' : 'live';
};

/** A regulated push closes its audit file at the end: the final report and the records kept. */
export const closeAuditSteps = (s: Pick<Situation, 'horizon' | 'regulated'>): EngineMessage[] =>
  s.horizon === 'temporary' && s.regulated ? [msg('plan.push.closeAuditFile')] : [];

/** The steps a push's office runs by: steering at its cadence, and a readiness gate in the words of its switch. */
export const pushRunSteps = (s: Situation): EngineMessage[] =>
  s.horizon !== 'temporary'
    ? []
    : [
        msg('plan.push.steer', { cadence: msg(`tempo.cadence.${cadenceOf(s)}`) }),
        msg(`plan.push.gates.${switchKindOf(s)}`),
      ];

/**
 * Whether a push runs benefits tracking: a push whose value is a date runs none, since its outcome
 * is that date (round 24: a regulatory deadline, a peak-season launch and a wind farm's construction
 * were measured on "benefits on track"). The date is the switch it ends in (switchKindOf): an
 * asset's start-up (commercial operation), a regulated close (compliance by the deadline, its final
 * report), or the release of a short push (a launch). A push that goes live on another kind of
 * change, or a long agile one, is a transformation with benefits to track; a short one tracks them
 * only where they are stated and fall within it (benefits-context.ts; round 20). A lasting office
 * is not limited here. Our judgement, after the reviewers' practice: readiness gates and milestones
 * measure a date-bound push, the benefits of what it delivers are passed on at its hand-back.
 */
/*
 * A regulated push is not a date-bound one for that alone (round 31: a public efficiency plan, a
 * bank's and an insurer's operating-model programmes and an insurer's integration lost their savings
 * and synergy tracking because they answer to a regulator). "Answers to a regulator" says who audits
 * the push, not what it is worth: where its benefits are in play (stated and not followed, or its
 * weakest dimension, benefits-context.ts) it tracks them, and its regulator's dates and audit file
 * are kept beside them (the close's gates and final report stay). A start-up or a short launch is
 * still measured by its date. Our judgement, the round-31 reviewer's answer.
 */
export const pushTracksBenefits = (s: Situation, benefitsInPlay: boolean | undefined): boolean => {
  if (s.horizon !== 'temporary') return true;
  // The date wins over the benefit answers: a push whose value is a date tracks none, whatever its
  // benefits questions say (round 26 checked the two rules read as one), except a regulated close
  // whose benefits are in play: its regulator's dates are measured beside them (round 31).
  if (datedPush(s) && !(benefitsInPlay === true && switchKindOf(s) === 'close')) return false;
  return !shortPush(s) || benefitsInPlay === true;
};

/**
 * A push whose value is a date (pushTracksBenefits): it ends in an asset's start-up, a regulated
 * close, or a short push's release (a launch). The one rule every reader of "date-bound" shares.
 */
export const datedPush = (s: Situation): boolean => {
  if (s.horizon !== 'temporary') return false;
  const kind = switchKindOf(s);
  return kind === 'start-up' || kind === 'close' || (kind === 'release' && shortPush(s));
};
