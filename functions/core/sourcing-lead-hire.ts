import type { OrganisationContext } from '../contract/context';
import type { SourcingId } from '../contract/result';
import type { OfficeLeadFill } from './push-tempo';
import { type EngineMessage, msg, type Say } from './say';
import { mixedForGood } from './sourcing-mix';
import { MIN_OUTSIDE_TEAM_FTE, outsidePart } from './sourcing-seats';

/**
 * Experience a lasting office lacks is bought in as one experienced lead hired from the market, not
 * through a provider's tender (round 30: contractors and mid-size firms of three to six people were
 * sent through a procurement, service levels and a hand-over, GBP 100–300k more in their first
 * year, where such a firm hires a head of project controls or of its portfolio office). A provider
 * tender, service levels and a hand-over role by role are worth their cost only where the outside
 * part is a team a provider runs with its own lead. Every figure here is our judgement, said beside it.
 */

/**
 * A lasting office's outside part is large enough to tender from this many people (our judgement:
 * a provider's own lead and three specialists, the smallest team a provider is contracted to run
 * and hand over role by role; with half a handed-over office outside, an office of about eight
 * people). Below it, a lasting office is the organisation's own, led by an experienced lead it hires.
 */
export const LASTING_TENDER_OUTSIDE_FTE = 4;

/** A lasting, handed-over mixed team too small to tender: its outside part is a few people, not a provider's team. */
export const tenderTooSmall = (
  c: Pick<OrganisationContext, 'horizon' | 'employees'>,
  sourcing: SourcingId,
  fte: number,
): boolean => {
  if (sourcing !== 'hybrid' || c.horizon === 'temporary' || fte <= 0 || mixedForGood(c, fte)) return false;
  const outside = outsidePart(c, sourcing, fte);
  return outside >= MIN_OUTSIDE_TEAM_FTE && outside < LASTING_TENDER_OUTSIDE_FTE;
};

/** Why a lasting mixed team too small to tender is not offered, naming the office shown. */
export const tenderBlocker = (
  c: Pick<OrganisationContext, 'horizon' | 'employees'>,
  sourcing: SourcingId,
  fte: number,
  shown: { min: number; max: number },
  say: Say,
  mixFte = 0,
): string[] =>
  tenderTooSmall(c, sourcing, Math.max(fte, mixFte))
    ? [
        say(
          msg('src.blocker.tenderTooSmall', {
            ...shown,
            outside: Math.round(outsidePart(c, sourcing, fte) * 10) / 10,
            limit: LASTING_TENDER_OUTSIDE_FTE,
          }),
        ),
      ]
    : [];

/**
 * An own lasting office of at least this many people has a full-time lead's seat to recruit for (our
 * judgement: below two people its lead is a part-time coordinator, found among the staff).
 */
export const HIRED_LEAD_FROM_FTE = 2;

/**
 * The plan's step for a new own lasting office where nobody inside has led such work well (expertise
 * below strong) and no contract lead is brought in: its lead is recruited from the market, someone who
 * has run such an office; where the plan opens with an own interim, that person holds the seat until
 * the hire starts.
 */
export const leadHireSteps = (
  s: Pick<OrganisationContext, 'horizon' | 'pmExpertise' | 'existingPmo'>,
  sourcing: SourcingId | null,
  staffing: { fte: { min: number; max: number } } | null | undefined,
  officeLead: OfficeLeadFill | undefined,
  bridged: boolean,
): EngineMessage[] =>
  sourcing === 'internal' &&
  s.horizon !== 'temporary' &&
  (s.existingPmo ?? 'none') === 'none' &&
  s.pmExpertise !== 'strong' &&
  officeLead === undefined &&
  staffing !== null &&
  staffing !== undefined &&
  (staffing.fte.min + staffing.fte.max) / 2 >= HIRED_LEAD_FROM_FTE
    ? [msg(bridged ? 'plan.hireOfficeLeadBridged' : 'plan.hireOfficeLead')]
    : [];
