import type { Rates } from '../contract/api';
import type { DimensionScore, PmoAction, PmoShape, SourcingFit, SourcingId } from '../contract/result';
import { chargedRate, ratesFor } from './business-case';
import { WORKDAYS_PER_YEAR } from './office/design';
import { overheadOf } from './office/overhead';
import { isOffice } from './office/shape';
import { spendShareFor, WARN_SPEND_SHARE } from './office/spend-share';
import type { OfficeDesign } from './office/types';
import { peopleAdviceFor } from './rollout-people';
import { type EngineMessage, msg, type Say } from './say';
import type { Situation } from './situation';
import { reasonsAtSize } from './sourcing';
import { contractLead } from './sourcing-mix';

/**
 * The spend ceiling holds at the rate the office is actually paid: an office bought in is sized
 * again at its first year's rate. A sourcing is taken only if it still holds at the size it is
 * paid for (a hybrid office shrunk below a mix of own and outside people does not; a bought-in
 * office the ceiling cuts keeps fewer services than own staff with outside help would for the same
 * money). The options are tried in their order; internal, paid the internal rate, always holds.
 * An option refused at its paid size says so of the office the result shows (the share of it the
 * ceiling would leave), never naming a size the result does not show (round 15).
 */
export interface PaidSizeInput {
  fits: readonly SourcingFit[];
  /** The office as designed at the internal rate, its in-place comparison included. */
  current: OfficeDesign;
  internalRate: number;
  /**
   * The rate an option is paid at for an office (a lasting mixed team's blend depends on its size,
   * an own office with a contract lead on the part of it that lead fills).
   */
  rateOf: (sourcing: SourcingId, office: OfficeDesign) => number;
  /** The office designed at a day rate (its in-place comparison included). */
  design: (rate: number) => OfficeDesign;
  /** The sourcing options fitted for an office. */
  fitAt: (office: OfficeDesign) => SourcingFit[];
  /** Why an option fails at a size, without naming it. */
  reasonsAt: (sourcing: SourcingId, fte: number) => EngineMessage[];
  say: Say;
  /** The yearly project spend: an option is not taken over its warning line where a cheaper one stays under it. */
  spend?: number;
  /** The share of the spend the office is held to (spendShareFor): a blocker names it beside the option's own share. */
  ceiling?: number;
  /**
   * The office is a temporary push's: its ceiling is the push's own (spendShareFor), and the line a
   * lasting office should stay under (WARN_SPEND_SHARE) never refuses a way of staffing it.
   */
  push?: boolean;
}

/** The top of an office's yearly cost at a day rate, as the cost warning reads it (business-case.ts). */
const yearlyTop = (o: OfficeDesign, rate: number): number =>
  (o.staffing ? overheadOf(o.staffing).fte.max : 0) * rate * WORKDAYS_PER_YEAR;

/**
 * The option's cost crosses the spend warning line (WARN_SPEND_SHARE of the yearly spend) while a
 * cheaper eligible option, at its own rate on the office as designed, stays under it: the cheaper
 * one is taken, and the dearer one says why (round 21: a mixed team chosen, then warned of at 4.3 %
 * of spend against the engine's own 3 %, where own staff with coaching stayed under it). Our
 * judgement: the engine does not hand its reader a conflict it could have avoided.
 */
const overLineWhereCheaperIsNot = (
  i: PaidSizeInput,
  option: SourcingFit,
  rate: number,
  office: OfficeDesign,
) => {
  if (i.push === true || i.spend === undefined || i.spend <= 0) return false;
  const line = WARN_SPEND_SHARE * i.spend;
  if (yearlyTop(office, rate) <= line) return false;
  return i.fits.some((f) => {
    if (!f.eligible || f.sourcing === option.sourcing) return false;
    // An own office is weighed at the own rate: its lead is coached where a contract one would cross the line (paidWithLead).
    const other = f.sourcing === 'internal' ? i.internalRate : i.rateOf(f.sourcing, i.current);
    return other < rate && yearlyTop(i.current, other) <= line;
  });
};

/**
 * The share of the spend an option would cost on the office shown, at its rate, and the ceiling
 * it is read against, both to a tenth of a percent; zeros where no spend or ceiling is known (the
 * sentence then leaves them out).
 */
const overCeiling = (i: PaidSizeInput, office: OfficeDesign, rate: number) => {
  const known = i.spend !== undefined && i.spend > 0 && i.ceiling !== undefined;
  return {
    share: known ? Math.round((yearlyTop(office, rate) / (i.spend ?? 1)) * 1000) / 10 : 0,
    ceiling: known ? Math.round((i.ceiling ?? 0) * 1000) / 10 : 0,
  };
};

const fteOf = (o: OfficeDesign) => (o.staffing ? (o.staffing.fte.min + o.staffing.fte.max) / 2 : 0);

/** The options as they stand at their paid sizes, the one taken first; the office re-sized, or null when it stays as designed. */
export const atPaidSize = (
  i: PaidSizeInput,
): { fits: SourcingFit[]; office: OfficeDesign | null; lineHeld?: boolean } => {
  // An option that does not hold at its paid size is shown with the blocker it meets there.
  const failed = new Map<SourcingId, SourcingFit>();
  // An option was refused for the warning line a cheaper one stays under (overLineWhereCheaperIsNot).
  let lineHeld = false;
  const settle = (fits: readonly SourcingFit[]) =>
    fits
      .map((f) => failed.get(f.sourcing) ?? f)
      .sort((x, y) => Number(y.eligible) - Number(x.eligible) || y.score - x.score);
  for (const option of i.fits.filter((f) => f.eligible)) {
    let rate = i.rateOf(option.sourcing, i.current);
    if (rate <= i.internalRate) return { fits: settle(i.fits), office: null, lineHeld };
    // Where the ceiling leaves the office whole at this rate, it is the same office: no new design.
    let resized = rate <= (i.current.wholeUpToRate ?? Number.POSITIVE_INFINITY) ? i.current : i.design(rate);
    // A rate that rises as the office shrinks (a contract lead is more of a smaller office) is
    // taken again at the size it leaves, so the ceiling holds at the rate the office is paid.
    for (let pass = 0; pass < PAID_SIZE_PASSES; pass++) {
      const again = i.rateOf(option.sourcing, resized);
      if (again <= rate * (1 + RATE_TOLERANCE)) break;
      rate = again;
      resized = i.design(rate);
    }
    if (overLineWhereCheaperIsNot(i, option, rate, resized)) {
      lineHeld = true;
      failed.set(option.sourcing, {
        ...option,
        eligible: false,
        blockers: [
          i.say(
            msg('src.blocker.overWarningLine', {
              limit: Math.round(WARN_SPEND_SHARE * 100),
              share: Math.round((yearlyTop(resized, rate) / (i.spend ?? 1)) * 1000) / 10,
            }),
          ),
        ],
      });
      continue;
    }
    const refit = i.fitAt(resized);
    const found = refit.find((f) => f.sourcing === option.sourcing);
    const scale = resized.spendScale ?? 1;
    // Ruled out where the spend ceiling cuts a bought-in office, not where a brake that holds every
    // way of staffing it does (the managers', the headcount's: round 25).
    const capped = option.sourcing === 'outsourced' && (resized.ceilingScale ?? 1) < 1;
    // The option taken leads the list, even where the re-scored list would rank another first.
    if (found?.eligible && !capped)
      return {
        fits: [found, ...settle(refit).filter((f) => f.sourcing !== option.sourcing)],
        office: resized,
        lineHeld,
      };
    if (!found) continue;
    const reasons = i.reasonsAt(option.sourcing, fteOf(resized));
    const shown = fteOf(i.current);
    // The same ceiling read for every option: the blocker says what this one would cost of the
    // spend and the line it crosses, the line the option named stays within (round 25).
    const over = overCeiling(i, i.current, rate);
    failed.set(option.sourcing, {
      ...found,
      eligible: false,
      blockers: [
        ...(reasons.length === 0
          ? capped
            ? []
            : found.blockers
          : shown > 0
            ? [
                i.say(
                  msg(option.sourcing === 'hybrid' ? 'src.blocker.paidMixed' : 'src.blocker.paidBoughtIn', {
                    percent: Math.round((fteOf(resized) / shown) * 100),
                    reasons,
                    ...over,
                  }),
                ),
              ]
            : found.blockers),
        ...(capped
          ? [i.say(msg('src.blocker.cappedBoughtIn', { percent: Math.round(scale * 100), ...over }))]
          : []),
      ],
    });
  }
  return { fits: settle(i.fits), office: null, lineHeld };
};

/**
 * The rate an option is paid at for an office of `fte` (chargedRate); an internal office whose lead
 * comes on contract (contractLead, sourcing-mix.ts) is paid the outside rate on the part of it that
 * lead fills, so the spend ceiling holds the office with its contract lead in it, as the headline
 * cost counts them (round 18: a 24-month programme whose interim lead's premium was left out of the
 * cost the ceiling was tested on).
 */
export const paidRateOf =
  (s: Situation, rates: Rates | undefined, contract: boolean): PaidSizeInput['rateOf'] =>
  (sourcing, office) => {
    const r = ratesFor(rates);
    const fte = fteOf(office);
    const lead = contract ? leadFteOf(office) : 0;
    return sourcing === 'internal' && lead > 0 && fte > 0
      ? r.internal + (Math.min(lead, fte) / fte) * Math.max(0, r.external - r.internal)
      : chargedRate(sourcing, s, rates, fte);
  };

/**
 * The part of the office's lead role one contract person fills (one person at most), read the same
 * way whether or not the roles are named, so that a decision's labels and the full decision pay the
 * same rate.
 */
const leadFteOf = (office: OfficeDesign): number => Math.min(1, office.leadFte ?? 0);

/** The plan brings in a contract lead for an own office (contractLead), so the ceiling pays them their rate. */
export const hasContractLead = (
  s: Situation,
  dimensions: readonly DimensionScore[],
  action: PmoAction | null,
  shape: PmoShape,
): boolean =>
  isOffice(shape) && contractLead(s, 'internal', action, peopleAdviceFor(s, dimensions)?.bringIn ?? 0);

/**
 * Under a spend ceiling that binds, the office with a contract lead (paid their outside rate) keeps
 * less of its need than own people at their rate would: the money buys a seat, not the work (round
 * 19: an 18-month ERP programme became one interim at 0.69 FTE, "internal", with 1 FTE of its need
 * unstaffed, where the same money staffs it with own people). There the lead comes from inside,
 * coached from outside (COACHED_LEAD_DAYS_PER_MONTH), and the office is sized at the own rate; where
 * the ceiling leaves the office whole with its contract lead, the lead is bought in as before. The
 * same where another way of staffing it was refused for the spend warning line that own people stay
 * under: a contract lead that takes the own office over that line gives way to a coached own lead, so
 * the option named is never over the line the dearer one was refused for (round 28).
 * `coachedLead`: the contract lead gave way to an own lead with coaching.
 */
export const paidWithLead = (
  i: Omit<PaidSizeInput, 'rateOf'>,
  rateOf: (contract: boolean) => PaidSizeInput['rateOf'],
  contract: boolean,
): ReturnType<typeof atPaidSize> & { coachedLead: boolean; unstaffed?: LeadUnstaffed } => {
  const paid = atPaidSize({ ...i, rateOf: rateOf(contract) });
  const office = paid.office ?? i.current;
  const overLine =
    paid.lineHeld === true &&
    i.spend !== undefined &&
    yearlyTop(office, rateOf(contract)('internal', office)) > WARN_SPEND_SHARE * i.spend;
  const cut = paid.fits[0]?.sourcing === 'internal' && ((paid.office?.spendScale ?? 1) < 1 || overLine);
  if (!contract || !cut) return { ...paid, coachedLead: false };
  const own = atPaidSize({ ...i, rateOf: rateOf(false) });
  const unstaffed = leadUnstaffed(office, own.office ?? i.current);
  // A push keeps its experienced lead unless the lead truly leaves its work unstaffed (round 30).
  if (i.push === true && !leavesWorkUnstaffed(unstaffed)) return { ...paid, coachedLead: false };
  return { ...own, coachedLead: true, unstaffed };
};

/**
 * A push's experienced lead bought in is traded for an own lead coached from outside only where the
 * contract lead's premium leaves at least this many people of the push's work unstaffed under the
 * push's ceiling (round 30: a 300-site roll-out and an S/4 programme with a systems integrator were
 * given a coached novice to save about 0.2 FTE of analysts). Our judgement: less than half a person
 * is absorbed by the workstream owners and the range's rounding, while an inexperienced lead on a
 * deadline push is the failure practitioners see most; the sentence then names both figures.
 */
export const LEAD_LEAVES_UNSTAFFED_FTE = 0.5;
/** ...or at least this share of the work own people would staff for the same money (a small office's quarter). */
export const LEAD_LEAVES_UNSTAFFED_SHARE = 0.25;

/** The contract lead's premium leaves the push's work truly unstaffed: half a person, or a quarter of a small office. */
export const leavesWorkUnstaffed = (u: LeadUnstaffed): boolean =>
  u.fte >= LEAD_LEAVES_UNSTAFFED_FTE || (u.own > 0 && u.fte >= LEAD_LEAVES_UNSTAFFED_SHARE * u.own);

/** What a contract lead leaves unstaffed against own people for the same money, to a tenth of a person. */
export interface LeadUnstaffed {
  /** The people of the work the contract lead's premium leaves unstaffed. */
  fte: number;
  /** The people own staff, coached, keep for the same money. */
  own: number;
}

const leadUnstaffed = (withLead: OfficeDesign, own: OfficeDesign): LeadUnstaffed => ({
  fte: Math.round(Math.max(0, fteOf(own) - fteOf(withLead)) * 10) / 10,
  own: Math.round(fteOf(own) * 10) / 10,
});

/**
 * Days of outside coaching a month for an own lead who has not led such work, for the push or for
 * the months a contract lead would have stayed (our judgement: a day every other week with an
 * experienced office lead, the rhythm of a mentor, not of a second lead).
 */
export const COACHED_LEAD_DAYS_PER_MONTH = 2;

/** Passes at most to find the size a rising rate holds at (our judgement: two settle every case seen). */
export const PAID_SIZE_PASSES = 3;
/** A rate within this share of the one sized at is the same rate. */
const RATE_TOLERANCE = 0.005;

/** The inputs decide.ts settles the paid sourcing from. */
export interface PaidSourcingInput extends Omit<PaidSizeInput, 'rateOf' | 'reasonsAt' | 'fits' | 'spend'> {
  fits: SourcingFit[];
  action: PmoAction | null;
  shape: PmoShape;
}

/**
 * The sourcing taken at the rate it is paid (paidWithLead), with a contract lead where the plan
 * brings one in (hasContractLead), and never over the spend warning line where a cheaper option is not.
 */
export const paidSourcing = (
  s: Situation,
  dimensions: readonly DimensionScore[],
  rates: Rates | undefined,
  i: PaidSourcingInput,
): ReturnType<typeof paidWithLead> =>
  paidWithLead(
    {
      fits: i.fits,
      current: i.current,
      internalRate: i.internalRate,
      design: i.design,
      fitAt: i.fitAt,
      reasonsAt: (sourcing, fte) => reasonsAtSize(s, sourcing, i.action, fte),
      say: i.say,
      spend: s.annualProjectBudget,
      ceiling: spendShareFor(s),
      push: s.horizon === 'temporary',
    },
    (withLead) => paidRateOf(s, rates, withLead),
    hasContractLead(s, dimensions, i.action, i.shape),
  );
