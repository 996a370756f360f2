import type { Cost } from '../contract/result';
import { timesOver } from './numbers';
import { MAX_SPEND_SHARE_OFFICE, spendShareFor, WARN_SPEND_SHARE } from './office/spend-share';
import { english, msg, type Say } from './say';
import type { Situation } from './situation';
import type { SpendHeld } from './warnings';

/**
 * The spend line, said (issue 19; round 25: a lasting office's 3 % decided the verdict in silence).
 * 3 % of the known yearly spend is a warning, never a verdict: every recommended office above it
 * says its share and asks what the spend includes (capital projects only, or the running cost of
 * change too). 5 % is the hard line an office is designed to (office/spend-share.ts); "no office"
 * for spend reasons only where the smallest office is above that line (need-edge.ts).
 */

/** An office costing more than this share of known project spend draws a warning (the office is held to 5 %). */
export const HIGH_COST_SHARE = WARN_SPEND_SHARE;

/**
 * The warning for an office whose top of range costs more than HIGH_COST_SHARE of the spend it is
 * weighed against: the organisation's own project spend, or, where every project is a customer
 * order, the orders' stated value (the same figure the need weighs the smallest office against).
 * An office the spend ceiling itself holds is said as held (warnings.ts, spendHeldWarnings), which
 * names the ceiling and asks the same question; held by its orders or its managers, it is said here.
 */
export const costWarnings = (
  cost: Cost | null,
  s: Situation,
  say: Say = english,
  held?: SpendHeld,
): string[] => {
  const own = s.annualProjectBudget;
  const spend = own ?? s.orderValue;
  if (!cost || spend === undefined || spend <= 0) return [];
  const share = cost.annual.max / spend;
  const heldBySpend = held !== undefined && held.leads === undefined && held.orders === undefined;
  if (share <= HIGH_COST_SHARE || (heldBySpend && share <= 1)) return [];
  if (share > 1) return [say(msg('warning.costOverSpend', { times: timesOver(share) }))];
  const figures = { share: share * 100, limit: Math.round(HIGH_COST_SHARE * 100) };
  if (own === undefined) return [say(msg('warning.highCostShareOrders', figures))];
  return [
    say(
      s.horizon !== 'temporary'
        ? msg('warning.highCostShare', { ...figures, hard: Math.round(MAX_SPEND_SHARE_OFFICE * 100) })
        : share > MAX_SPEND_SHARE_OFFICE
          ? msg('warning.pushCostShare', {
              ...figures,
              limit: Math.round(MAX_SPEND_SHARE_OFFICE * 100),
              // The push's own ceiling, the line every way of staffing it is read against (sourcing-paid.ts).
              ceiling: share <= spendShareFor(s) ? Math.round(spendShareFor(s) * 1000) / 10 : 0,
            })
          : msg('warning.highCostShareTemporary', figures),
    ),
  ];
};
