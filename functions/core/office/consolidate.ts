import type { Maturity } from '../../contract/result';
import { takesOrders } from '../customer-orders';
import { msg } from '../say';
import type { Situation } from '../situation';
import type { ServiceSpec } from './catalogue';
import { askedShare, EXPECTATION_SHARE } from './choice';
import { isDuty } from './context-pressure';
import { CONTROLS_SERVICES, OVERSIGHT_SHARE, practiceShare } from './controls-need';
import { TARGET_LEVEL } from './order';
import { type Sized, sized } from './sizing';
import { STRONG_PRACTICE_LEVEL } from './strong-practice';

/**
 * Services sized by the practice they build and by what stakeholders ask, not by their driver alone
 * (round 28: a machine builder's status reporting, rated 3.25 and nearly its best, was its largest
 * service; an IT firm's capacity, asked for by every stakeholder, a small share; a contract miner's
 * commercial controlling 110 h a week beside a finance function rated 3.5). docs/scoring.md,
 * "Sizing from services".
 */

/**
 * Where the practice a service builds is strong, the office consolidates what the organisation
 * already does instead of running it: the service takes this share of its effort at
 * STRONG_PRACTICE_LEVEL and above, the share the controls keep where the per-job work is done
 * elsewhere (controls-share.ts, OVERSIGHT_SHARE, about 0.35): standard, roll-up and review. Our
 * judgement, the line the controls' practice factor already follows (controls-need.ts, practiceShare).
 */
export const CONSOLIDATED_SHARE = OVERSIGHT_SHARE;

/** Half a level: from the practice's start to its consolidation, as the controls' practice factor runs from the target to strong practice. */
export const CONSOLIDATION_SPAN = STRONG_PRACTICE_LEVEL - TARGET_LEVEL;

/**
 * The share of its effort a service keeps at a practice level: full up to `from`, CONSOLIDATED_SHARE
 * half a level above, a straight line between. `from` is the target level (3) where the stakeholders
 * were asked what they want from the office and most did not ask for this service: the rating and
 * the asks point the same way. Where nobody was asked, or most asked for it, the rating alone must
 * show strong practice (STRONG_PRACTICE_LEVEL) before the service shrinks (our judgement: a defined
 * practice rated 3.2 with no word from the stakeholders is not yet a reason to do less).
 */
export const consolidatedShare = (level: number | null, from: number = TARGET_LEVEL): number => {
  if (level === null || level <= from) return 1;
  const t = Math.min(1, (level - from) / CONSOLIDATION_SPAN);
  return 1 - (1 - CONSOLIDATED_SHARE) * t;
};

/** Where the consolidation starts for a service: the target where the asks known point elsewhere, strong practice otherwise. */
export const consolidationFrom = (
  spec: Pick<ServiceSpec, 'answers'>,
  expectations: Readonly<Record<string, number>> | undefined,
): number =>
  expectations && Object.keys(expectations).length > 0 && askedShare(spec, expectations) < EXPECTATION_SHARE
    ? TARGET_LEVEL
    : STRONG_PRACTICE_LEVEL;

/**
 * The practice a service stands on: its weakest rated dimension. A service is the consolidation of
 * what exists only where all the practice it builds is strong; one weak dimension is work still to do
 * (a scheduling service reads resources, never a strong portfolio beside weak resources). Null when
 * none is rated.
 */
export const weakestOf = (m: Maturity, spec: Pick<ServiceSpec, 'dimensions'>): number | null => {
  let low: number | null = null;
  for (const d of m.dimensions)
    if (spec.dimensions.includes(d.id) && d.score !== null && (low === null || d.score < low)) low = d.score;
  return low;
};

const scoreOf = (m: Maturity, id: string): number | null =>
  m.dimensions.find((d) => d.id === id)?.score ?? null;

/**
 * The share of its sized effort a service keeps for the strength of its practice. Untouched: what the
 * office in place runs well (it stays as it runs), a regulator's duty, a service held as a review
 * already (strong-practice.ts), the hub's coordination (its work is tying offices, not a practice), a
 * part-time coordinator,
 * and the controls, which their own practice factor sizes (controls-need.ts); the commercial
 * controlling of customer orders reads the finance function alone besides it: a strong finance
 * function makes it the consolidation of what finance does, never nothing.
 */
export const practiceKept = (
  c: Sized,
  m: Maturity,
  s: Situation,
  expectations?: Readonly<Record<string, number>>,
): number => {
  const id = c.spec.id;
  if (c.sustain || c.why.includes('in-place') || isDuty(id, s) || c.form === 'review' || c.form === 'duty')
    return 1;
  // A part-time coordinator's hours are already the least the role takes (catalogue.ts): consolidated
  // further, the role would fall under an hour a week and the office with it.
  if (id === 'hub-coordination' || id === 'project-coordination' || id === 'office-lead') return 1;
  if (CONTROLS_SERVICES.includes(id)) {
    if (!(id === 'programme-controls' && takesOrders(s))) return 1;
    const finance = consolidatedShare(scoreOf(m, 'finance'));
    // Sized by the orders' count, it carries no practice factor yet; by their value or the spend, it
    // carries the controls' (controls-need.ts): the two together are the lesser of the two shares.
    if (c.spec.source === 'office.source.commercial') return finance;
    const already = practiceShare(m);
    return already > 0 ? Math.min(1, finance / already) : 1;
  }
  return consolidatedShare(weakestOf(m, c.spec), consolidationFrom(c.spec, expectations));
};

const financeOnlyOf = (c: Sized): boolean => c.spec.id === 'programme-controls';

/** A sized service with the share its practice leaves (practiceKept). */
export const consolidated = (
  c: Sized,
  m: Maturity,
  s: Situation,
  expectations?: Readonly<Record<string, number>>,
): Sized => {
  const kept = practiceKept(c, m, s, expectations);
  if (kept >= 1) return c;
  const level = financeOnlyOf(c) ? scoreOf(m, 'finance') : weakestOf(m, c.spec);
  // The commercial controlling of orders reads the finance function alone: its sentence says so,
  // never that every practice behind it is strong (round 30: "every practice … 3.25 or above" with
  // reporting and risk below it).
  const financeOnly = financeOnlyOf(c);
  const said = msg(financeOnly ? 'office.reason.consolidatedFinance' : 'office.reason.consolidated', {
    // Rounded down: the level said is one every practice it covers reaches.
    level: Math.floor((level ?? 0) * 100 + 1e-9) / 100,
    percent: Math.round(
      kept *
        (c.spec.id === 'programme-controls' && c.spec.source !== 'office.source.commercial'
          ? practiceShare(m)
          : 1) *
        100,
    ),
  });
  return sized({ ...c, said: [...(c.said ?? []), said] }, c.units, c.driver, c.hours * kept);
};

/**
 * A service this share of the stakeholders or more asked for is most of them: the office never
 * makes it smaller than its median service (round 28: capacity asked for by every stakeholder of
 * an IT firm was 5.6 of its 37 hours a week). Two thirds: a clear majority, not a split (our
 * judgement).
 */
export const MOST_ASKED = 2 / 3;

/**
 * Forms whose size says its own reason (sizing.ts, ServiceForm; names.ts, formReasons): a review of
 * strong practice, a regulator's evidence trail, a reset's monthly pack, a hub's threshold and
 * minimum standard. A service asked for by most keeps them.
 */
const SAID_FORMS: readonly Sized['form'][] = ['review', 'duty', 'lean', 'threshold', 'minimum'];

/** The median service's hours: the upper middle of the sorted hours, which raising a smaller one to it leaves in place. */
export const medianHours = (hours: readonly number[]): number => {
  if (hours.length === 0) return 0;
  const sorted = [...hours].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * The services with those most asked for (MOST_ASKED) raised to the median service's hours, where
 * their driver gave them less; one pass over the services. `shareOf` reads a service's asked share.
 */
export const mostAskedRaised = (list: readonly Sized[], shareOf: (c: Sized) => number): Sized[] => {
  const median = medianHours(list.map((c) => c.hours));
  return list.map((c) =>
    c.hours < median && !SAID_FORMS.includes(c.form) && shareOf(c) >= MOST_ASKED
      ? sized(
          {
            ...c,
            said: [
              ...(c.said ?? []),
              msg('office.reason.mostAsked', { share: Math.round(shareOf(c) * 100) }),
            ],
          },
          c.units,
          c.driver,
          median,
        )
      : c,
  );
};
