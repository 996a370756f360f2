import type { OrganisationContext } from '../contract/context';
import type { Factor } from '../contract/result';
import { factor } from './factors';
import { PROJECTS_PER_LEAD } from './office/shape';
import { credibleProjects } from './project-count';
import { type EngineMessage, msg, type Say } from './say';

/**
 * A temporary push: who leads its office, and where its people come from. Practitioners staff a
 * push with a mixed team: the organisation's own lead, who holds the decisions and keeps what is
 * learned, with fixed-term or partner planners and controllers who leave when the push ends (round
 * 14: a 30-month programme kept internal; round 15: a regulated turnaround bought in whole). A
 * push is bought in whole only where the organisation has nobody to lead it and nothing to keep.
 */

/** What of a push must stay with the organisation's own people, and so cannot be bought in whole. */
export type KeptInside = 'regulated' | 'directive' | 'office-in-place' | 'know-how';

export interface PushInput {
  /** The push's office decides over the organisation's people (see allocatesPeople in decide.ts). */
  allocatesPeople?: boolean;
  /** The push's office is one seat, too small to mix own and outside people (tooSmallToMix, sourcing.ts). */
  oneSeat?: boolean;
}

/**
 * The reasons, in this order: decisions a regulator holds the organisation to (approvals,
 * management of change, audit) are the owner's; so are decisions over its own people; an office in
 * place has people who lead the push; an organisation with project managers of its own goes on
 * running projects after the push and needs what the push teaches them (our judgement: the
 * number of project managers is the engine's only sign of projects beyond the push).
 */
export const keptInside = (c: OrganisationContext, i: PushInput): KeptInside[] =>
  c.horizon !== 'temporary'
    ? []
    : [
        ...(c.regulated === true ? (['regulated'] as const) : []),
        ...(i.allocatesPeople === true ? (['directive'] as const) : []),
        ...((c.existingPmo ?? 'none') !== 'none' ? (['office-in-place'] as const) : []),
        // The know-how is kept by own people working beside the bought-in ones: an office of one
        // seat has no such team, and its one interim hands registers and lessons back at the
        // sunset (round 21: a one-off move's only interim refused for the projects that follow).
        ...(c.projectManagers > 0 && i.oneSeat !== true ? (['know-how'] as const) : []),
      ];

/**
 * The blocker on a push bought in whole, naming what must stay inside, and the sentence on the mixed
 * team that keeps it there. The second argues for a hybrid office: the rationale shows it only where
 * the hybrid is the sourcing chosen (fit-messages.ts, sourcingBlockers; round 20: the rationale
 * argued for a mixed team, then recommended an internal one).
 */
export const keptInsideBlocker = (kept: readonly KeptInside[], say: Say): string[] =>
  kept.length === 0
    ? []
    : [
        say(
          msg('src.blocker.pushKeepsInside', {
            what: kept.map((k): EngineMessage => msg(`src.keep.${k}`)),
            count: kept.length,
          }),
        ),
        say(mixedTeamSentence),
      ];

/** The sentence that argues for a mixed team on a push (keptInsideBlocker). */
export const mixedTeamSentence: EngineMessage = msg('src.blocker.pushMixedTeam');

/**
 * Points for a mixed team on a push (our judgement, set against the other sourcing points): its
 * expertise is the own lead's (strong expertise leads outside staff well; none leaves the lead to an
 * outsider while own staff learn), and the push's horizon favours it whatever its length: nobody is
 * handed over to, the outside people simply leave.
 */
export const PUSH_HYBRID_EXPERTISE: Record<OrganisationContext['pmExpertise'], number> = {
  none: 5,
  basic: 15,
  strong: 10,
};
export const PUSH_HYBRID_HORIZON = 15;

export const pushHybridExpertise = (c: OrganisationContext, say: Say): Factor =>
  factor(
    'pm-expertise',
    say(msg('src.inHousePmExpertise')),
    say(msg(`src.expertise.${c.pmExpertise}`)),
    PUSH_HYBRID_EXPERTISE[c.pmExpertise],
    say(
      msg(
        c.pmExpertise === 'strong'
          ? 'src.strongLeadDirectsOutsideStaff'
          : c.pmExpertise === 'basic'
            ? 'src.outsideExpertsAlongsideStaff'
            : 'src.outsideExpertsBringExpertise',
      ),
    ),
  );

export const pushHybridHorizon = (c: OrganisationContext, say: Say): Factor =>
  factor(
    'horizon',
    say(msg('src.lastingOrTemporaryNeed')),
    say(msg(`fit.horizon.${c.horizon}`)),
    PUSH_HYBRID_HORIZON,
    say(msg(pushHandsOver(c) ? 'src.longPushMixedTeam' : 'src.pushMixedTeam')),
  );

/**
 * An office in place that a push outgrows (beyond what its team carries) leads the push, and the
 * people it needs beyond its own come for the push's length (round 11: a 4-person office growing
 * five-fold for a six-year programme needs framework planners, not 20 permanent hires).
 */
export const PUSH_OUTGROWS_TEAM: Record<'internal' | 'hybrid' | 'outsourced', number> = {
  internal: 0,
  hybrid: 10,
  outsourced: -25,
};
export const pushOutgrowsTeam = (sourcing: keyof typeof PUSH_OUTGROWS_TEAM, say: Say): Factor =>
  factor(
    'existing-office',
    say(msg('src.officeInPlace')),
    say(msg('src.teamLeadsPushValue')),
    PUSH_OUTGROWS_TEAM[sourcing],
    say(msg(sourcing === 'outsourced' ? 'src.providerWouldReplaceTeam' : 'src.teamLeadsPush')),
  );

/**
 * A push the organisation's own strong project managers can staff is staffed from inside: pulling
 * them in is the fastest start there is (no tender, no hand-over), and they know the organisation.
 * It holds where the push is not a long one (under LONG_PUSH_MONTHS, where a mixed team is built
 * anyway) and the project managers number at least OWN_PMS_PER_PUSH_FTE times the office, so that
 * half of them at most leave their projects for it (our judgement, round 18: a 5-month peak push
 * with 8 strong project managers was sent through 3 weeks of procurement for a mixed team of 3).
 * Where expertise is basic or none, the mixed team stays: outside people then bring the method.
 * The push's own projects are counted first: they need about one lead per PROJECTS_PER_LEAD
 * projects (the engine's own lead count, office/shape.ts), and only the project managers beyond
 * those can fill the office (round 20: an integration pulled 4 of its 10 project managers into its
 * office while they led its 30 workstreams; with 6 needed there, 4 are not enough for a 4-FTE office).
 */
export const OWN_PMS_PER_PUSH_FTE = 2;

/** Project managers left once the push's own projects have their leads. */
export const sparePmsForPushOffice = (
  c: Pick<
    OrganisationContext,
    | 'concurrentProjects'
    | 'projectManagers'
    | 'employees'
    | 'deliveryApproach'
    | 'pmExpertise'
    | 'annualProjectBudget'
  >,
): number => c.projectManagers - Math.ceil(credibleProjects(c) / PROJECTS_PER_LEAD);
/** Points for the own project managers staffing the push (our judgement: enough to outweigh the mixed team's). */
export const OWN_PMS_STAFF_PUSH_POINTS = 15;

export const ownPmsStaffPush = (
  c: Pick<
    OrganisationContext,
    | 'horizon'
    | 'horizonMonths'
    | 'pmExpertise'
    | 'projectManagers'
    | 'concurrentProjects'
    | 'employees'
    | 'deliveryApproach'
    | 'annualProjectBudget'
  >,
  fte: number,
  longPushMonths: number,
): boolean =>
  c.horizon === 'temporary' &&
  (c.horizonMonths ?? 12) < longPushMonths &&
  c.pmExpertise === 'strong' &&
  fte > 0 &&
  c.projectManagers >= OWN_PMS_PER_PUSH_FTE * fte &&
  sparePmsForPushOffice(c) >= fte;

export const ownPmsStaffPushFactor = (c: OrganisationContext, fte: number, say: Say): Factor =>
  factor(
    'own-pms-staff-push',
    say(msg('src.ownPmsForPush')),
    say(msg('src.ownPmsForPushValue', { pms: c.projectManagers, fte: Math.round(fte * 10) / 10 })),
    OWN_PMS_STAFF_PUSH_POINTS,
    say(msg('src.ownPmsStaffPush')),
  );

/**
 * Where own strong project managers staff a push, what counts against building an office from
 * within (the time it takes, a department that outlasts the push) does not apply, and a mixed team
 * adds a tender, not speed: those points fall to zero and say why.
 */
export const withOwnPmsStaffing = (
  sourcing: 'internal' | 'hybrid' | 'outsourced',
  f: Factor,
  say: Say,
): Factor =>
  sourcing === 'internal' && (f.id === 'urgency' || f.id === 'horizon') && f.points < 0
    ? { ...f, points: 0, explanation: say(msg('src.ownPmsPulledIn')) }
    : sourcing === 'hybrid' && f.id === 'horizon' && f.points > 0
      ? { ...f, points: 0, explanation: say(msg('src.ownPmsNoTender')) }
      : f;

/**
 * How much of a push's mixed team is bought in, and for how long (round 19: a 48-month programme
 * with strong own expertise paid a 50 % outside share for four years and let the know-how leave
 * with it; pushes of 14 to 36 months all carried the same flat share). Outside people stand the
 * office up at PUSH_FULL_OUTSIDE_SHARE; a push up to SHORT_HANDOVER_MONTHS keeps them to its end,
 * as nothing needs to stay. A push of LONG_HANDOVER_MONTHS or more keeps them only for its start-up
 * (PUSH_START_UP_MONTHS), then its own people take the roles over, and outside help stays only for
 * peaks (PUSH_PEAK_SHARE); in between, the hand-over moves from the end to the start-up in step with
 * the length, so the share fades without a step. More own expertise means a shorter start-up and
 * less help at the peaks: expertise counts against buying in. All figures are our judgement, from
 * the practitioners' answer (own staff with outside help for 3–6 months of start-up and peaks
 * beyond about 18–24 months; a flat half fits 14 months and is too dear at 36) and the share used
 * for a lasting office's hand-over (business-case.ts).
 */
export const PUSH_FULL_OUTSIDE_SHARE = 0.5;
export const SHORT_HANDOVER_MONTHS = 18;
export const LONG_HANDOVER_MONTHS = 24;
export const PUSH_START_UP_MONTHS: Record<OrganisationContext['pmExpertise'], number> = {
  none: 6,
  basic: 6,
  strong: 4,
};
export const PUSH_PEAK_SHARE: Record<OrganisationContext['pmExpertise'], number> = {
  none: 0.2,
  basic: 0.15,
  strong: 0.1,
};

type PushShape = Pick<OrganisationContext, 'horizonMonths' | 'pmExpertise' | 'existingPmo' | 'projectsFor'>;

/**
 * Whether the roles of a push's office have a lasting home after it: an office in place that takes
 * its planners and controllers on, or an organisation whose projects are its business (customers'
 * orders), so that its programmes follow one another and the next one takes the people (round 19:
 * a defence contractor). Elsewhere nobody needs those roles when the push ends, however strong the
 * organisation's project managers (round 20: a mine owner's 4-year expansion, a club's stadium, an
 * organising committee that dissolves), and a hand-over would make the owner hire people for years
 * only to release them: the mixed team stays to the end and its contractors leave at
 * demobilisation. Our judgement, from the practitioners' account that such pushes are staffed
 * 40–60 % by contractors for their whole life; strong expertise alone says the organisation leads
 * projects well, not that it has posts for a push's controllers afterwards.
 */
export const lastingHomeForPushRoles = (c: Pick<PushShape, 'existingPmo' | 'projectsFor'>): boolean =>
  (c.existingPmo ?? 'none') !== 'none' || (c.projectsFor ?? 'own-organisation') !== 'own-organisation';

/**
 * The month a push's outside staff hand their roles to own people (the push's end: no hand-over),
 * unrounded so that the share fades evenly; the plan and the cost basis round it. Without a lasting
 * home for the roles there is no hand-over, whatever the push's length.
 */
export const pushHandOverMonth = (c: PushShape): number => {
  const months = c.horizonMonths ?? 12;
  if (!lastingHomeForPushRoles(c)) return months;
  const startUp = Math.min(months, PUSH_START_UP_MONTHS[c.pmExpertise]);
  const t = Math.min(
    1,
    Math.max(0, (months - SHORT_HANDOVER_MONTHS) / (LONG_HANDOVER_MONTHS - SHORT_HANDOVER_MONTHS)),
  );
  return months - (months - startUp) * t;
};

/** The push hands its roles to own people before it ends. */
export const pushHandsOver = (c: PushShape): boolean =>
  Math.round(pushHandOverMonth(c)) < (c.horizonMonths ?? 12);

/** The outside share of a push's mixed team over the whole push (the full share to the hand-over, then peaks). */
export const pushOutsideShare = (c: PushShape): number => {
  const months = c.horizonMonths ?? 12;
  const until = pushHandOverMonth(c);
  return (
    (until * PUSH_FULL_OUTSIDE_SHARE + (months - until) * PUSH_PEAK_SHARE[c.pmExpertise]) /
    Math.max(1, months)
  );
};
