import type { OrganisationContext } from '../contract/context';
import type { Factor, PmoAction, PmoModelId, SourcingFit, SourcingId } from '../contract/result';
import { BASE_POINTS, factor, reasonsFrom, scoreFromFactors } from './factors';
import { english, msg, type Say, unsaid } from './say';

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
    expertise(
      say,
      c,
      { none: 5, basic: 15, strong: -5 },
      c.pmExpertise === 'basic'
        ? say(
            msg(
              c.horizon === 'temporary'
                ? 'src.outsideExpertsAlongsideStaff'
                : 'src.outsideExpertsCanStandThe',
            ),
          )
        : c.pmExpertise === 'none'
          ? say(
              msg(
                c.horizon === 'temporary' ? 'src.outsideExpertsBringExpertise' : 'src.aHandOverNeedsInternal',
              ),
            )
          : say(msg('src.strongInHouseExpertiseNeeds')),
    ),
    urgency(
      say,
      c,
      { low: -5, medium: 10, high: 10 },
      c.urgency === 'low' ? say(msg('src.noUrgencyToJustifyOutside')) : say(msg('src.outsideHelpGivesAFast')),
    ),
    horizon(
      say,
      c,
      { temporary: longPush(c) ? 10 : -15, lasting: 15 },
      c.horizon === 'lasting' ? say(msg('src.aPlannedHandOverLeaves')) : say(msg('src.aHandOverMakesLittle')),
    ),
  ],
};

/**
 * An office kept or evolved is run by the team in place: internal unless the other points
 * argue for a change strongly enough. A reset or a new office starts from no team.
 */
const TEAM_IN_PLACE: Record<SourcingId, number> = { internal: 30, hybrid: -25, outsourced: -25 };
/** A reset keeps the team but changes its work: the pull towards it is weaker. */
const TEAM_IN_RESET: Record<SourcingId, number> = { internal: 15, hybrid: -10, outsourced: -10 };

/** An office in place carries the work up to this multiple of its own size. */
export const TEAM_CARRIES_UP_TO = 2;
/** An office larger than this share of the organisation's people is staffed largely from outside. */
export const OWN_STAFF_SHARE = 0.1;

/** A hand-over needs someone inside to hand over to: below this size a hybrid office makes no sense. */
export const MIN_HYBRID_FTE = 1.5;

export interface SourcingExtras {
  /** The office's size (middle of its range); 0 when unknown. */
  officeFte?: number;
  /** The team in place stays (kept, evolved, or reset without failing its own services). */
  teamStays?: boolean;
}

const teamInPlace = (sourcing: SourcingId, action: PmoAction | null, stays: boolean, say: Say): Factor[] =>
  action === 'reset' && stays
    ? [
        factor(
          'existing-office',
          say(msg('src.officeInPlace')),
          say(msg('src.officeAction.reset')),
          TEAM_IN_RESET[sourcing],
          say(msg(sourcing === 'internal' ? 'src.resetKeepsTeam' : 'src.providerWouldReplaceTeam')),
        ),
      ]
    : (action === 'keep' || action === 'evolve') && stays
      ? [
          factor(
            'existing-office',
            say(msg('src.officeInPlace')),
            say(msg(`src.officeAction.${action}`)),
            TEAM_IN_PLACE[sourcing],
            say(msg(sourcing === 'internal' ? 'src.teamInPlaceRunsOffice' : 'src.providerWouldReplaceTeam')),
          ),
        ]
      : [];

/** Below one person, a seat bought in costs twice the rate and leaves nothing behind. */
export const PART_TIME_SEAT_FTE = 1;
/** A temporary team this large mixes a core of own staff with contractors it can release. */
export const LARGE_PUSH_FTE = 5;
const largePush = (sourcing: SourcingId, c: OrganisationContext, fte: number, say: Say): Factor[] =>
  sourcing === 'hybrid' && c.horizon === 'temporary' && fte >= LARGE_PUSH_FTE
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

/** A reset that shrinks the office in place releases its own people: none are bought in meanwhile. */
const releasesOwnTeam = (c: OrganisationContext, officeFte: number): boolean =>
  c.existingPmoFte !== undefined && officeFte > 0 && officeFte < c.existingPmoFte;

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
    // The team in place pulls towards running the office itself only while the office is about its
    // size: one that must more than double is staffed largely anew (round 11: 4 people to 25).
    const grows =
      context.existingPmoFte !== undefined &&
      (extras.officeFte ?? 0) > TEAM_CARRIES_UP_TO * Math.max(1, context.existingPmoFte);
    const stays = !grows && (extras.teamStays ?? (action === 'keep' || action === 'evolve'));
    const factors = [
      ...RULES[sourcing](context, say),
      ...teamInPlace(sourcing, action, stays, say),
      ...largePush(sourcing, context, extras.officeFte ?? 0, say),
    ];
    const small = (extras.officeFte ?? 0) > 0 && (extras.officeFte ?? 0) < MIN_HYBRID_FTE;
    const blockers = [
      ...GATES[sourcing](model, say),
      ...(sourcing === 'hybrid' && small
        ? [say(msg('src.blocker.hybridTooSmall', { fte: MIN_HYBRID_FTE }))]
        : []),
      // Leaving no capability behind matters for a lasting need, not for a short push.
      ...(sourcing === 'outsourced' &&
      !shortPush(context) &&
      (extras.officeFte ?? 0) > 0 &&
      (extras.officeFte ?? 0) < PART_TIME_SEAT_FTE
        ? [say(msg('src.blocker.partTimeSeat', { fte: PART_TIME_SEAT_FTE }))]
        : []),
      ...(action === 'keep' && sourcing !== 'internal' ? [say(msg('src.blocker.keptOfficeOwnTeam'))] : []),
      // An office this large against the organisation's people cannot come from its own staff.
      ...(sizeBlocks &&
      sourcing === 'internal' &&
      (extras.officeFte ?? 0) > OWN_STAFF_SHARE * context.employees
        ? [
            say(
              msg('src.blocker.tooLargeForOwnStaff', {
                fte: Math.round((extras.officeFte ?? 0) * 10) / 10,
                employees: context.employees,
                share: Math.round(OWN_STAFF_SHARE * 100),
              }),
            ),
          ]
        : []),
      ...(action === 'reset' && sourcing !== 'internal' && releasesOwnTeam(context, extras.officeFte ?? 0)
        ? [
            say(
              msg('src.blocker.releasesOwnTeam', {
                existing: context.existingPmoFte ?? 0,
                fte: Math.round((extras.officeFte ?? 0) * 10) / 10,
              }),
            ),
          ]
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
