/**
 * How much of the yearly project spend an office may cost: the ceiling it is designed to, by its
 * length for a push, and the share from which a warning asks what the spend includes.
 */

/** The office never costs more than this share of known yearly project spend... */
export const MAX_SPEND_SHARE_OFFICE = 0.05;
/**
 * A temporary push's office is held to a larger share of the spend stated for it, the shorter
 * the push: 5 % of its yearly spend for a push of PUSH_SHARE_FROM_MONTHS or more (the usual
 * programme office), rising as 5 % × PUSH_SHARE_FROM_MONTHS ÷ its months, to at most a fifth.
 * A short push mobilises, steers daily and hands back within months, so its office is a larger
 * part of each year's spend; and the spend stated for a short push mostly leaves out its own
 * people (round 16: integrations and a vaccination programme cut to a part-time lead once their
 * budget was given). A programme of several years is a lasting office for its life (round 17: a
 * 48-month grant programme more than doubled when marked temporary). Our judgement; past 5 % a
 * warning asks what the spend includes.
 */
export const MAX_SPEND_SHARE_PUSH = 0.2;
export const PUSH_SHARE_FROM_MONTHS = 24;
/** A temporary need without a stated length is a year's push (as the plan reads it). */
const PUSH_MONTHS_UNSTATED = 12;
/** The share of known spend an office is held to: by its length for a temporary push, 5 % otherwise. */
export const spendShareFor = (s: { horizon: string; horizonMonths?: number }): number =>
  s.horizon === 'temporary'
    ? Math.min(
        MAX_SPEND_SHARE_PUSH,
        Math.max(
          MAX_SPEND_SHARE_OFFICE,
          (MAX_SPEND_SHARE_OFFICE * PUSH_SHARE_FROM_MONTHS) / (s.horizonMonths ?? PUSH_MONTHS_UNSTATED),
        ),
      )
    : MAX_SPEND_SHARE_OFFICE;
/** Room for the range's rounding under the spend ceiling. */
export const ROUNDING_MARGIN = 0.95;
/** ...and a warning says so from this share. */
export const WARN_SPEND_SHARE = 0.03;
