import type { OrganisationContext } from '../contract/context';
import type { SourcingId } from '../contract/result';
import { OUTSIDE_SHARE } from './business-case';
import { DEFAULT_PUSH_MONTHS } from './push-tempo';
import { msg, type Say } from './say';
import { mixedForGood, ownCoreFte } from './sourcing-mix';
import { PUSH_FULL_OUTSIDE_SHARE } from './sourcing-push';

/**
 * How the outside part of an office is bought: a team from a provider, through a procurement with
 * service levels and exit terms, or one person (an interim or contract lead, or coaching) beside the
 * organisation's own staff, called off without one (round 21: offices of 1.5 to 3 people were
 * sourced "half the team outside" behind a four-to-six-week provider procurement for about one
 * outside person). Every figure here is our judgement, said beside it.
 */

/**
 * An outside part smaller than this many people is one person, not a team: it is bought in whole
 * seats, a contract lead or coaching beside own staff, called off rather than procured (our
 * judgement: "about one and a half people" is where a second outside seat, and so a team a provider
 * is contracted to run, begins; with half a handed-over office outside, it means an office of about
 * three people, the size under which practitioners buy "an interim lead plus own staff").
 */
export const MIN_OUTSIDE_TEAM_FTE = 1.5;

/** The outside people an option buys for an office of `fte`, at their most (before any hand-over). */
export const outsidePart = (
  c: Pick<OrganisationContext, 'horizon' | 'employees'>,
  sourcing: SourcingId,
  fte: number,
): number =>
  sourcing === 'internal'
    ? 0
    : sourcing === 'outsourced'
      ? fte
      : c.horizon === 'temporary'
        ? PUSH_FULL_OUTSIDE_SHARE * fte
        : mixedForGood(c, fte)
          ? fte - ownCoreFte(c, fte)
          : OUTSIDE_SHARE * fte;

/** The outside part is a seat, not a team: bought as one person beside own staff, with no provider procurement. */
export const seatNotTeam = (
  c: Pick<OrganisationContext, 'horizon' | 'employees'>,
  sourcing: SourcingId,
  fte: number,
): boolean => {
  const outside = outsidePart(c, sourcing, fte);
  return outside > 0 && outside < MIN_OUTSIDE_TEAM_FTE;
};

/**
 * Weeks a regulated or public buyer needs to contract a provider's team: a call-off under a
 * framework with a mini-competition, or a short tender, rarely less than a quarter (our judgement
 * after public procurement practice: a framework mini-competition takes two to three months, an
 * open tender four to six; round 21: a housing association, a hospital and a funded irrigation
 * programme were given two to six weeks). The plan never runs it shorter, however small or urgent,
 * except inside a push too short to spend a quarter buying (PUSH_BUYING_SHARE).
 */
export const REGULATED_PROCUREMENT_WEEKS = 12;

/** Weeks to call one interim or contract person off an agency or a framework (our judgement). */
export const CALL_OFF_WEEKS = 2;
/** The same call-off for a regulated or public buyer, through its framework (our judgement). */
export const REGULATED_CALL_OFF_WEEKS = 4;

/**
 * A push never spends more than this share of its weeks buying its outside part: a six-month crisis
 * calls off from a framework in place or makes an emergency award, it does not run a quarter-long
 * procurement (round 27: a ransomware recovery of 26 weeks ran its office for 7 of them after 12
 * weeks of procurement). Our judgement; a push of 18 months or more keeps the regulated 12 weeks.
 */
export const PUSH_BUYING_SHARE = 1 / 6;
const WEEKS_PER_MONTH = 52 / 12;

type Buyer = Pick<OrganisationContext, 'regulated'> &
  Partial<Pick<OrganisationContext, 'horizon' | 'horizonMonths'>>;

/** The most weeks a buyer may spend buying: a sixth of a push's weeks, at least a call-off's; no bound for a lasting office. */
export const buyingWeeksCap = (c: Buyer): number =>
  c.horizon === 'temporary'
    ? Math.max(
        CALL_OFF_WEEKS,
        Math.floor((c.horizonMonths ?? DEFAULT_PUSH_MONTHS) * WEEKS_PER_MONTH * PUSH_BUYING_SHARE),
      )
    : Number.POSITIVE_INFINITY;

/** The least weeks a buyer's procurement (or call-off, for a seat) takes, within a push's cap. */
export const minimumBuyingWeeks = (c: Buyer, seat: boolean): number =>
  Math.min(
    buyingWeeksCap(c),
    seat
      ? c.regulated
        ? REGULATED_CALL_OFF_WEEKS
        : CALL_OFF_WEEKS
      : c.regulated
        ? REGULATED_PROCUREMENT_WEEKS
        : 0,
  );

/** A figure under a limit to one decimal, rounded down where rounding would make it read as the limit. */
const shownUnder = (x: number, limit: number): number =>
  Math.round(x * 10) / 10 < limit ? Math.round(x * 10) / 10 : Math.floor(x * 10) / 10;

/**
 * Why a mixed team is not offered where its outside part is one person (sourcing.ts), naming the
 * office shown; read on `mixFte` where that is larger (a brake that holds every way of staffing the
 * office alike does not decide its sourcing: mixFteOf, office/manager-brake.ts).
 */
export const seatBlocker = (
  c: Pick<OrganisationContext, 'horizon' | 'employees'>,
  sourcing: SourcingId,
  fte: number,
  shown: { min: number; max: number; fte: number },
  say: Say,
  mixFte = 0,
): string[] =>
  sourcing === 'hybrid' && seatNotTeam(c, sourcing, Math.max(fte, mixFte))
    ? [
        say(
          msg('src.blocker.outsideOneSeat', {
            ...shown,
            outside: shownUnder(outsidePart(c, sourcing, fte), MIN_OUTSIDE_TEAM_FTE),
            limit: MIN_OUTSIDE_TEAM_FTE,
          }),
        ),
      ]
    : [];
