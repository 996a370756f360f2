import type { SourcingFit, SourcingId } from '../contract/result';
import type { OfficeDesign } from './office/types';
import { type EngineMessage, msg, type Say } from './say';

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
  /** The rate an option is paid at for an office of `fte` (a lasting mixed team's blend depends on its size). */
  rateOf: (sourcing: SourcingId, fte: number) => number;
  /** The office designed at a day rate (its in-place comparison included). */
  design: (rate: number) => OfficeDesign;
  /** The sourcing options fitted for an office. */
  fitAt: (office: OfficeDesign) => SourcingFit[];
  /** Why an option fails at a size, without naming it. */
  reasonsAt: (sourcing: SourcingId, fte: number) => EngineMessage[];
  say: Say;
}

const fteOf = (o: OfficeDesign) => (o.staffing ? (o.staffing.fte.min + o.staffing.fte.max) / 2 : 0);

/** The options as they stand at their paid sizes, the one taken first; the office re-sized, or null when it stays as designed. */
export const atPaidSize = (i: PaidSizeInput): { fits: SourcingFit[]; office: OfficeDesign | null } => {
  // An option that does not hold at its paid size is shown with the blocker it meets there.
  const failed = new Map<SourcingId, SourcingFit>();
  const settle = (fits: readonly SourcingFit[]) =>
    fits
      .map((f) => failed.get(f.sourcing) ?? f)
      .sort((x, y) => Number(y.eligible) - Number(x.eligible) || y.score - x.score);
  for (const option of i.fits.filter((f) => f.eligible)) {
    const rate = i.rateOf(option.sourcing, fteOf(i.current));
    if (rate <= i.internalRate) return { fits: settle(i.fits), office: null };
    // Where the ceiling leaves the office whole at this rate, it is the same office: no new design.
    const resized =
      rate <= (i.current.wholeUpToRate ?? Number.POSITIVE_INFINITY) ? i.current : i.design(rate);
    const refit = i.fitAt(resized);
    const found = refit.find((f) => f.sourcing === option.sourcing);
    const scale = resized.spendScale ?? 1;
    const capped = option.sourcing === 'outsourced' && scale < 1;
    // The option taken leads the list, even where the re-scored list would rank another first.
    if (found?.eligible && !capped)
      return {
        fits: [found, ...settle(refit).filter((f) => f.sourcing !== option.sourcing)],
        office: resized,
      };
    if (!found) continue;
    const reasons = i.reasonsAt(option.sourcing, fteOf(resized));
    const shown = fteOf(i.current);
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
                  }),
                ),
              ]
            : found.blockers),
        ...(capped ? [i.say(msg('src.blocker.cappedBoughtIn', { percent: Math.round(scale * 100) }))] : []),
      ],
    });
  }
  return { fits: settle(i.fits), office: null };
};
