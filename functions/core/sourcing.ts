import type { OrganisationContext } from '../contract/context';
import type { Factor, PmoAction, PmoModelId, SourcingFit, SourcingId } from '../contract/result';
import { BASE_POINTS, factor, reasonsFrom, scoreFromFactors } from './factors';
import type { Leaving } from './office/leaving';
import { type EngineMessage, english, msg, type Say, unsaid } from './say';
import { LASTING_TENDER_OUTSIDE_FTE, tenderBlocker, tenderTooSmall } from './sourcing-lead-hire';
import { mixedForGood, OWN_STAFF_SHARE } from './sourcing-mix';
import {
  keptInside,
  keptInsideBlocker,
  ownPmsStaffPush,
  ownPmsStaffPushFactor,
  pushHybridExpertise,
  pushHybridHorizon,
  pushOutgrowsTeam,
  withOwnPmsStaffing,
} from './sourcing-push';
import { releaseBlocker, releasesOwnTeam } from './sourcing-release';
import { MIN_OUTSIDE_TEAM_FTE, seatBlocker, seatNotTeam } from './sourcing-seats';

export { OWN_STAFF_SHARE };

/** Prerequisites by model: a directive office’s decision rights stay inside the organisation. */
const GATES: Record<SourcingId, (model: PmoModelId | null, say: Say) => string[]> = {
  internal: () => [],
  hybrid: () => [],
  outsourced: (model, say) =>
    model === 'resource-source' ? [say(msg('src.aResourceSourceDecidesPriorities'))] : [],
};

const expertise = (
  say: Say,
  c: OrganisationContext,
  points: Record<OrganisationContext['pmExpertise'], number>,
  why: string,
): Factor =>
  factor(
    'pm-expertise',
    say(msg('src.inHousePmExpertise')),
    say(msg(`src.expertise.${c.pmExpertise}`)),
    points[c.pmExpertise],
    why,
  );
const urgency = (
  say: Say,
  c: OrganisationContext,
  points: Record<OrganisationContext['urgency'], number>,
  why: string,
): Factor =>
  factor('urgency', say(msg('src.urgency')), say(msg(`appetite.${c.urgency}`)), points[c.urgency], why);
const horizon = (
  say: Say,
  c: OrganisationContext,
  points: Record<OrganisationContext['horizon'], number>,
  why: string,
): Factor =>
  factor(
    'horizon',
    say(msg('src.lastingOrTemporaryNeed')),
    say(msg(`fit.horizon.${c.horizon}`)),
    points[c.horizon],
    why,
  );

/** A push this long (months) is long enough to build an own team for, at least alongside outside help. */
export const LONG_PUSH_MONTHS = 18;
/** A push of at most this many months may buy even a part-time seat in: nothing needs to stay. */
export const SHORT_PUSH_MONTHS = 12;
const shortPush = (c: OrganisationContext): boolean =>
  c.horizon === 'temporary' && (c.horizonMonths ?? 12) <= SHORT_PUSH_MONTHS;
const longPush = (c: OrganisationContext): boolean =>
  c.horizon === 'temporary' && (c.horizonMonths ?? 12) >= LONG_PUSH_MONTHS;

const RULES: Record<SourcingId, (c: OrganisationContext, say: Say) => Factor[]> = {
  internal: (c, say) => [
    expertise(
      say,
      c,
      { none: -20, basic: 5, strong: 25 },
      c.pmExpertise === 'none'
        ? say(msg('src.anInternalOfficeNeedsExpertise'))
        : say(msg('src.inHouseExpertiseCanBuild')),
    ),
    urgency(
      say,
      c,
      { low: 15, medium: 0, high: -15 },
      c.urgency === 'high'
        ? say(msg('src.buildingAnOfficeFromWithin'))
        : say(msg('src.thereIsTimeToDiagnose')),
    ),
    horizon(
      say,
      c,
      { temporary: longPush(c) ? 5 : -20, lasting: 15 },
      c.horizon === 'lasting'
        ? say(msg('src.aLastingNeedRewardsOwnership'))
        : say(msg('src.aPermanentDepartmentIsToo')),
    ),
    factor(
      'project-managers',
      say(msg('src.projectManagers')),
      String(c.projectManagers),
      c.projectManagers >= 3 ? 5 : 0,
      c.projectManagers >= 3
        ? say(msg('src.existingProjectManagersCanStaff'))
        : say(msg('src.tooFewProjectManagersTo')),
    ),
  ],
  outsourced: (c, say) => [
    expertise(
      say,
      c,
      { none: 20, basic: 5, strong: -20 },
      c.pmExpertise === 'strong'
        ? say(msg('src.outsideMethodAddsLittleTo'))
        : say(msg('src.aConsultancyBringsExpertiseThe')),
    ),
    urgency(
      say,
      c,
      { low: -5, medium: 5, high: 20 },
      c.urgency === 'low' ? say(msg('src.speedTheMainBenefitOf')) : say(msg('src.anOutsideTeamAppliesA')),
    ),
    horizon(
      say,
      c,
      { temporary: longPush(c) ? 0 : 25, lasting: -25 },
      c.horizon === 'temporary'
        ? say(msg('src.aTemporaryNeedAvoidsBuilding'))
        : say(msg('src.aLastingNeedMakesOutside')),
    ),
  ],
  hybrid: (c, say) => [
    // On a push a mixed team is the organisation's lead with outside staff who leave at its end
    // (sourcing-push.ts); for a lasting need it is outside experts who hand over to own staff.
    c.horizon === 'temporary'
      ? pushHybridExpertise(c, say)
      : expertise(
          say,
          c,
          { none: 5, basic: 15, strong: -5 },
          c.pmExpertise === 'basic'
            ? say(msg('src.outsideExpertsCanStandThe'))
            : c.pmExpertise === 'none'
              ? say(msg('src.aHandOverNeedsInternal'))
              : say(msg('src.strongInHouseExpertiseNeeds')),
        ),
    urgency(
      say,
      c,
      { low: -5, medium: 10, high: 10 },
      c.urgency === 'low' ? say(msg('src.noUrgencyToJustifyOutside')) : say(msg('src.outsideHelpGivesAFast')),
    ),
    c.horizon === 'temporary'
      ? pushHybridHorizon(c, say)
      : horizon(say, c, { temporary: 0, lasting: 15 }, say(msg('src.aPlannedHandOverLeaves'))),
  ],
};

/**
 * An office kept or evolved is run by the team in place: internal unless the other points
 * argue for a change strongly enough. A new office starts from no team.
 */
const TEAM_IN_PLACE: Record<SourcingId, number> = { internal: 30, hybrid: -25, outsourced: -25 };
/** A reset keeps the team but changes its work: the pull towards it is weaker. */
const TEAM_IN_RESET: Record<SourcingId, number> = { internal: 15, hybrid: -10, outsourced: -10 };

/**
 * An office in place carries a push's work up to this multiple of its own size (our judgement);
 * beyond it, the push's extra people are taken on for its length. A lasting office that must grow
 * hires into the team in place, which stays its base whatever the growth (round 15: a 2-person
 * office growing to 5 was sent through procurement and a hand-over to itself).
 */
export const TEAM_CARRIES_UP_TO = 2;

/** Own and outside people mixed need at least this many people: below it, a hybrid office makes no sense. */
export const MIN_HYBRID_FTE = 1.5;

export interface SourcingExtras {
  /** The office's size (middle of its range); 0 when unknown. */
  officeFte?: number;
  /** The range the result shows for the office: blockers name it, never another size. */
  range?: { min: number; max: number };
  /** The team in place stays (kept, evolved, or reset without failing its own services). */
  teamStays?: boolean;
  /** The size a mixed team's size blockers read where it differs from officeFte (mixFteOf, manager-brake.ts). */
  mixFte?: number;
  /** The office decides over the organisation's people: a push's such decisions stay inside. */
  allocatesPeople?: boolean;
  /** Who leaves an office in place that shrinks, as the plan counts them (office/leaving.ts). */
  leaving?: Leaving;
}

const teamInPlace = (
  sourcing: SourcingId,
  c: OrganisationContext,
  action: PmoAction | null,
  stays: boolean,
  outgrown: boolean,
  say: Say,
): Factor[] =>
  !stays || (action !== 'reset' && action !== 'keep' && action !== 'evolve')
    ? []
    : c.horizon === 'temporary' && outgrown
      ? [pushOutgrowsTeam(sourcing, say)]
      : action === 'reset'
        ? [
            factor(
              'existing-office',
              say(msg('src.officeInPlace')),
              say(msg('src.officeAction.reset')),
              TEAM_IN_RESET[sourcing],
              say(msg(sourcing === 'internal' ? 'src.resetKeepsTeam' : 'src.providerWouldReplaceTeam')),
            ),
          ]
        : [
            factor(
              'existing-office',
              say(msg('src.officeInPlace')),
              say(msg(`src.officeAction.${action}`)),
              TEAM_IN_PLACE[sourcing],
              say(
                msg(sourcing === 'internal' ? 'src.teamInPlaceRunsOffice' : 'src.providerWouldReplaceTeam'),
              ),
            ),
          ];

/** Below one person, a seat bought in costs twice the rate and leaves nothing behind. */
export const PART_TIME_SEAT_FTE = 1;
/** A temporary team this large mixes a core of own staff with contractors it can release. */
export const LARGE_PUSH_FTE = 5;
const largePush = (
  sourcing: SourcingId,
  c: OrganisationContext,
  fte: number,
  carried: boolean,
  say: Say,
): Factor[] =>
  // Where the team in place carries the push, or own strong project managers staff it, it is that core already.
  sourcing === 'hybrid' && c.horizon === 'temporary' && fte >= LARGE_PUSH_FTE && !carried
    ? [
        factor(
          'push-size',
          say(msg('src.pushSize')),
          say(msg('src.pushSizeValue', { fte: Math.round(fte) })),
          20,
          say(msg('src.largePushMixes')),
        ),
      ]
    : [];

/** Too few people to mix own and outside staff. */
export const tooSmallToMix = (fte: number): boolean => fte > 0 && fte < MIN_HYBRID_FTE;
/** A part-time seat bought in: leaving no capability behind matters for all but a short push. */
export const partTimeSeat = (c: OrganisationContext, fte: number): boolean =>
  !shortPush(c) && fte > 0 && fte < PART_TIME_SEAT_FTE;

/**
 * Why an option fails at a size the result does not show (the office it would be paid at), said
 * without that size: the result names only the office it shows.
 */
export const reasonsAtSize = (
  c: OrganisationContext,
  sourcing: SourcingId,
  action: PmoAction | null,
  fte: number,
): EngineMessage[] => [
  ...(sourcing === 'hybrid' && tooSmallToMix(fte)
    ? [msg('src.paid.tooFewToMix', { limit: MIN_HYBRID_FTE })]
    : sourcing === 'hybrid' && seatNotTeam(c, sourcing, fte)
      ? [msg('src.paid.outsideOneSeat', { limit: MIN_OUTSIDE_TEAM_FTE })]
      : tenderTooSmall(c, sourcing, fte)
        ? [msg('src.paid.tenderTooSmall', { limit: LASTING_TENDER_OUTSIDE_FTE })]
        : []),
  ...(sourcing === 'outsourced' && partTimeSeat(c, fte) ? [msg('src.paid.partTimeSeat')] : []),
  ...(action === 'reset' && sourcing !== 'internal' && releasesOwnTeam(c, fte)
    ? [msg('src.paid.releasesOwnTeam')]
    : []),
];

const ORDER: readonly SourcingId[] = ['internal', 'hybrid', 'outsourced'];

/** Fit of every sourcing option for a model: eligible first, then by score; ties go to internal, then hybrid. */
export const fitSourcing = (
  context: OrganisationContext,
  model: PmoModelId | null = null,
  action: PmoAction | null = null,
  say: Say = english,
  extras: SourcingExtras = {},
): SourcingFit[] => {
  const fits = fitEach(context, model, action, say, extras, true);
  // Where nothing else may serve (a kept office, a directive one), the own staff do, however large.
  return fits.some((f) => f.eligible) ? fits : fitEach(context, model, action, say, extras, false);
};

const fitEach = (
  context: OrganisationContext,
  model: PmoModelId | null,
  action: PmoAction | null,
  say: Say,
  extras: SourcingExtras,
  sizeBlocks: boolean,
): SourcingFit[] =>
  ORDER.map((sourcing) => {
    const fte = extras.officeFte ?? 0;
    // The team in place is the base of the office whatever its growth; a push that outgrows it
    // takes its extra people on for its length (round 11: 4 people to 25).
    const outgrown =
      context.existingPmoFte !== undefined && fte > TEAM_CARRIES_UP_TO * Math.max(1, context.existingPmoFte);
    const stays = extras.teamStays ?? (action === 'keep' || action === 'evolve');
    // A reset rebuilds the office's work (its services failed, or it shrinks): it is not carried as it is.
    const teamCarries = stays && !outgrown && (action === 'keep' || action === 'evolve');
    const lastingMix = sourcing === 'hybrid' && mixedForGood(context, fte);
    const ownPms = ownPmsStaffPush(context, fte, LONG_PUSH_MONTHS);
    const factors = [
      ...RULES[sourcing](context, say)
        .map((f) =>
          // A mixed team that lasts hands nothing over: its reasons say what it is, at the same points.
          lastingMix && (f.id === 'horizon' || f.id === 'pm-expertise')
            ? {
                ...f,
                explanation: say(msg(f.id === 'horizon' ? 'src.mixedForGood' : 'src.mixedForGoodExpertise')),
              }
            : f,
        )
        .map((f) =>
          // An office that exists and carries the work is not built: neither the time building takes
          // nor a permanent department a push would leave behind counts against running it.
          teamCarries && sourcing === 'internal' && (f.id === 'urgency' || f.id === 'horizon') && f.points < 0
            ? { ...f, points: 0, explanation: say(msg('src.officeExistsNothingBuilt')) }
            : f,
        )
        .map((f) => (ownPms ? withOwnPmsStaffing(sourcing, f, say) : f)),
      ...(ownPms && sourcing === 'internal' ? [ownPmsStaffPushFactor(context, fte, say)] : []),
      ...teamInPlace(sourcing, context, action, stays, outgrown, say),
      ...largePush(sourcing, context, fte, teamCarries || ownPms, say),
    ];
    // Size blockers are decided on the office the result shows and name its range.
    // Built field by field: a spread here was a fifth of a sensitivity probe's time.
    const shown = {
      min: extras.range?.min ?? fte,
      max: extras.range?.max ?? fte,
      fte: Math.round(fte * 10) / 10,
    };
    const blockers = [
      ...GATES[sourcing](model, say),
      ...(sourcing === 'outsourced'
        ? keptInsideBlocker(
            keptInside(context, { allocatesPeople: extras.allocatesPeople, oneSeat: tooSmallToMix(fte) }),
            say,
          )
        : []),
      ...(sourcing === 'hybrid' && tooSmallToMix(Math.max(fte, extras.mixFte ?? 0))
        ? [say(msg('src.blocker.hybridTooSmall', { ...shown, limit: MIN_HYBRID_FTE }))]
        : [
            ...seatBlocker(context, sourcing, fte, shown, say, extras.mixFte),
            ...tenderBlocker(context, sourcing, fte, shown, say, extras.mixFte),
          ]),
      ...(sourcing === 'outsourced' && partTimeSeat(context, fte)
        ? [say(msg('src.blocker.partTimeSeat', { ...shown, limit: PART_TIME_SEAT_FTE }))]
        : []),
      ...(action === 'keep' && sourcing !== 'internal' ? [say(msg('src.blocker.keptOfficeOwnTeam'))] : []),
      // An office this large against the organisation's people cannot come from its own staff.
      ...(sizeBlocks && sourcing === 'internal' && fte > OWN_STAFF_SHARE * context.employees
        ? [
            say(
              msg('src.blocker.tooLargeForOwnStaff', {
                fte: shown.fte,
                employees: context.employees,
                share: Math.round(OWN_STAFF_SHARE * 100),
              }),
            ),
          ]
        : []),
      ...(action === 'reset' && sourcing !== 'internal'
        ? releaseBlocker(context, fte, shown, extras.leaving, say)
        : []),
    ];
    return {
      sourcing,
      score: scoreFromFactors(factors),
      base: BASE_POINTS,
      eligible: blockers.length === 0,
      blockers,
      factors,
      // Reasons are sentences: a probe that says nothing (sensitivity) needs none.
      reasons: say === unsaid ? [] : reasonsFrom(factors),
    };
  }).sort((a, b) => Number(b.eligible) - Number(a.eligible) || b.score - a.score);
