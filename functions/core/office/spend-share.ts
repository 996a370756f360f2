import type { Situation } from '../situation';
import { triagePush } from './push-triage';
/**
 * How much of the yearly project spend an office may cost: the ceiling it is designed to, by its
 * length for a push, and the share from which a warning asks what the spend includes.
 */

/**
 * The spend ceilings, in one declaration (round 23 found 3 % and 5 % used side by side with no rule
 * between them). All are our judgement:
 * - `line`: 3 %, the line a lasting office should stay under: above it the result warns, the
 *   smallest new lasting office is not recommended (need-edge.ts), and a dearer way of staffing
 *   is not taken where a cheaper one stays under it (sourcing-paid.ts).
 * - `office`: 5 %, what an office is designed to at most, the usual programme office.
 * - `push`: a fifth, the most a short push's office is held to (its ceiling grows as it is shorter).
 * - `pushGate`: 10 %, what the smallest office of a push of several streams, or of an office in
 *   place, may cost before the need refuses it.
 */
export const SPEND_CEILINGS = { line: 0.03, office: 0.05, push: 0.2, pushGate: 0.1 } as const;

/** The office never costs more than this share of known yearly project spend... */
export const MAX_SPEND_SHARE_OFFICE = SPEND_CEILINGS.office;
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
export const MAX_SPEND_SHARE_PUSH = SPEND_CEILINGS.push;
export const PUSH_SHARE_FROM_MONTHS = 24;
/** A temporary need without a stated length is a year's push (as the plan reads it). */
const PUSH_MONTHS_UNSTATED = 12;
/**
 * A triage push (push-triage.ts) is there to cut spend: its whole cost over its own months, set-up
 * included, is held to the usual office's share (MAX_SPEND_SHARE_OFFICE) of the spend over those
 * months, whatever its length, and never more as it shortens (round 29: a 6-month restructuring's
 * office and interim came to about a third of its half-year's spend while the check said "within
 * 20 %"). Its set-up is counted as TRIAGE_SETUP_MONTHS of its running cost, so its yearly rate is
 * held to the share × months ÷ (months + TRIAGE_SETUP_MONTHS): a shorter triage gets a tighter rate,
 * never a looser one. Our judgement: a small office sets up in about twenty days per person
 * (setup-days.ts), about a month of the 220 days a year it runs.
 */
export const TRIAGE_SETUP_MONTHS = 1;
export const triageRateShare = (months: number): number =>
  (MAX_SPEND_SHARE_OFFICE * months) / (months + TRIAGE_SETUP_MONTHS);

/** The share of known spend an office is held to: by its length for a temporary push, 5 % otherwise. */
export const spendShareFor = (s: { horizon: string; horizonMonths?: number }): number =>
  s.horizon === 'temporary' && triagePush(s as Situation)
    ? triageRateShare(s.horizonMonths ?? PUSH_MONTHS_UNSTATED)
    : s.horizon === 'temporary'
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
/** ...and a lasting office is warned of from this share. */
export const WARN_SPEND_SHARE = SPEND_CEILINGS.line;
