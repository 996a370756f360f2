import type { OrganisationContext } from '../contract/context';
import type { SourcingId } from '../contract/result';
import { type Draft, HEALTH_CHECK_WEEKS, INTERIM_WEEKS, PROCUREMENT_WEEKS, weeks } from './rollout-basics';
import { type EngineKey, msg, type Say } from './say';
import { buyingWeeksCap, minimumBuyingWeeks } from './sourcing-seats';

/** The phases that can open a plan before its concept: an interim lead, a health check of the office in place, procurement. */

export const interimPhase = (say: Say, lead: EngineKey = 'plan.putAnInterimPmoLead'): Draft => ({
  id: 'interim-set-up',
  name: say(msg('plan.interimSetUp')),
  durationWeeks: INTERIM_WEEKS,
  activities: [say(msg(lead)), say(msg('plan.startAWeeklyStatusRound'))],
  milestones: [say(msg('plan.interimLeadInPlace')), say(msg('plan.firstWeeklyStatusRoundHeld'))],
  owners: [say(msg('plan.executiveSponsor')), say(msg('plan.interimPmoLead'))],
  exitCriterion: say(msg('plan.theCriticalProjectsReportWeekly')),
});

/**
 * How the outside part is bought. A team from a provider: a procurement with service levels and exit
 * terms, through a framework call-off or a tender for a regulated or public buyer, never shorter than
 * its minimum (sourcing-seats.ts). One person (`seat`): called off an agency or a framework, with
 * no provider procurement.
 */
export const procurementPhase = (
  sourcing: SourcingId,
  size: number,
  say: Say,
  mixed = false,
  buyer: Partial<Pick<OrganisationContext, 'regulated' | 'horizon' | 'horizonMonths'>> & {
    seat?: boolean;
  } = {},
): Draft =>
  buyer.seat
    ? {
        id: 'procurement',
        name: say(msg('plan.callOffSeat')),
        durationWeeks: minimumBuyingWeeks(buyer, true),
        activities: [
          say(msg('plan.callOffDescribeRole')),
          say(msg(buyer.regulated ? 'plan.callOffFramework' : 'plan.callOffAgency')),
        ],
        milestones: [say(msg('plan.callOffPersonStarts'))],
        owners: [say(msg('plan.executiveSponsor')), say(msg('plan.purchasing'))],
        exitCriterion: say(msg('plan.callOffPersonStarts')),
      }
    : {
        id: 'procurement',
        name: say(msg('plan.procurementAndServiceLevels')),
        durationWeeks: Math.min(
          buyingWeeksCap(buyer),
          Math.max(minimumBuyingWeeks(buyer, false), weeks(PROCUREMENT_WEEKS, size)),
        ),
        activities: [
          say(msg('plan.describeTheServicesScopeAnd')),
          say(msg(buyer.regulated ? 'plan.selectTheProviderRegulated' : 'plan.selectTheProvider')),
          say(msg('plan.agreeServiceLevelsReportingExit')),
          // A mixed team for good agrees the roles that stay bought in; any other agrees the hand-over.
          ...(sourcing === 'hybrid'
            ? [say(msg(mixed ? 'plan.agreeWhichRolesStay' : 'plan.agreeWhichRolesPassTo'))]
            : []),
        ],
        milestones: [say(msg('plan.contractWithServiceLevelsSigned'))],
        owners: [say(msg('plan.executiveSponsor')), say(msg('plan.purchasing'))],
        exitCriterion: say(msg('plan.aSignedContractNamesServices')),
      };

export const healthCheckPhase = (existing: EngineKey, say: Say): Draft => ({
  id: 'health-check',
  name: say(msg('plan.healthCheckOfTheExisting')),
  durationWeeks: HEALTH_CHECK_WEEKS,
  activities: [
    say(msg('plan.reviewCurrent', { model: msg(existing) })),
    say(msg('plan.askProjectManagersAndSponsors')),
    say(msg('plan.compareItsCostAndStaffing')),
  ],
  milestones: [say(msg('plan.healthCheckReportAcceptedBy'))],
  owners: [say(msg('plan.executiveSponsor')), say(msg('plan.pmoLead'))],
  exitCriterion: say(msg('plan.theSponsorAgreesWhatThe')),
});
