import type { Maturity, PmoAction, PmoModelId, Staffing } from '../../contract/result';
import { WORKDAYS_PER_YEAR } from '../business-case';
import { assessEvidence } from '../evidence';
import { type EngineMessage, msg, type Say, unsaid } from '../say';
import type { Situation } from '../situation';
import { HOURS_PER_FTE, type ServiceId } from './catalogue';
import { STAFFING_SPREAD } from './design';
import * as L from './in-place-line';
import { atTheLine, fromExisting, fteOfSpend, WORKING_SPEND_LINE } from './in-place-line';
import { poolBackSaid, poolGoesBack, withoutPoolBack } from './in-place-pool';
import { resetHeld } from './in-place-reset';
import { resetInStages } from './in-place-stages';
import { peopleLeaving } from './leaving';
import { besidePooled, overheadOf, pooledOf } from './overhead';

/**
 * The recommended staffing against the office in place, said openly: an office that works keeps its people,
 * a reset office is sized by its new services and the difference is named (docs/scoring.md, "The office in place").
 */

/**
 * A working office (kept or evolved) larger than its services need keeps at least this share of its
 * people until a health check. Never a reset: there the floor would keep the failure it resets
 * (round 18: an 18-FTE reporting factory held at 13.5–18 FTE against a need of 7.2); a reset is
 * sized by its services and the rest shown apart, with the HR step (our judgement).
 */
export const KEEP_AT_LEAST = 0.75;
/**
 * A reset office larger than its services need keeps from what they need up to this many times it,
 * within the people in place: they are re-tasked to the new mandate while it lands, and the rest go
 * as agreed with HR. Never below the need (cutting below it and hiring back later wastes the people
 * already there); never the whole office (that keeps the failure the reset answers). Our judgement
 * (round 18: three practitioners asked for 8–10 of 18, 5–8 of 12 and about 6 of 6 where the
 * services needed about 7, 6 and 4; the old services' range of ±20 % put all three below that).
 */
export const RESET_KEEPS_UP_TO = 1.5;
/** A difference smaller than this share of the office in place is not worth a sentence. */
export const SAME_SIZE_SHARE = 0.2;

/** A portfolio office costing up to this share of spend is within common practice (~1 %, our reading). */
export const SPEND_NORM = 0.01;
/** An office in place larger than this many times what its services need is oversized: it is reset. */
export const OVERSIZED_FACTOR = 2;

const tenth = (x: number) => Math.round(x * 10) / 10;
const midOf = (staffing: Staffing) => (staffing.fte.min + staffing.fte.max) / 2;

/**
 * The FTE of the services an office in place does not run well today (its lead aside: it has one):
 * those it has never run and those it runs below the target, strengthened at the norms. A
 * working office is taken at what it delivers: the services it runs well stay at its own size, whatever
 * the norms would price them at, and it grows only by these (round 19: a working 2-FTE control
 * tower re-sized from per-project norms to 3.4 FTE; a kept 6-FTE office grown to 8.2 on order
 * volume). Our judgement: the norms size an office to be built, not one already doing the work.
 */
export const newToOffice = (
  services: readonly { id: string; hoursPerWeek: number; chosenFor: readonly string[] }[],
): number =>
  services
    .filter((x) => x.id !== 'office-lead' && !x.chosenFor.includes('in-place'))
    .reduce((a, x) => a + x.hoursPerWeek, 0) / HOURS_PER_FTE;

/**
 * A working office that keeps its people, whose services the norms put above what it has: up to
 * its size today plus the services new to it, from its size today or the usual spread below that
 * top, whichever is more; null where the norms ask no more. Growth beyond the top waits for a
 * health check that shows a backlog.
 */
export const deliveredOf = (
  staffing: Staffing,
  existing: number,
  added: number,
): { min: number; max: number } | null => {
  const top = existing + added;
  return midOf(staffing) > existing && top < midOf(staffing)
    ? { min: tenth(Math.max(existing, top * (1 - STAFFING_SPREAD))), max: tenth(Math.max(existing, top)) }
    : null;
};

/**
 * An office in place over its line: OVERSIZED_FACTOR times what its services need (a directive
 * office's pooled project managers count as its need), or what SPEND_NORM of a known spend pays
 * for, or, for a working office, what WORKING_SPEND_LINE of it pays for (in-place-line.ts),
 * whichever is most, the spend lines at most WIDE_MARGIN_FACTOR times the need: the need, the line,
 * whether the evidence is sufficient to cut it, and whether it is over that margin (`wide`: never
 * held whole, in-place-size.ts). Null when it is within its line.
 */
export const oversizedOf = (
  s: Situation,
  staffing: Staffing,
  maturity: Maturity,
  dayRate: number,
  works = false,
): { need: number; sure: boolean; line: number; wide: boolean } | null => {
  const existing = s.existingPmoFte;
  if (existing === undefined) return null;
  const pooled = s.existingPmo === 'resource-source' ? s.projectManagers : 0;
  const need = midOf(staffing) + pooled;
  const spendLine = Math.max(
    fteOfSpend(s, SPEND_NORM, dayRate),
    works ? fteOfSpend(s, WORKING_SPEND_LINE, dayRate) : 0,
  );
  const line = Math.max(need * OVERSIZED_FACTOR, Math.min(spendLine, need * L.WIDE_MARGIN_FACTOR));
  if (existing <= line) return null;
  const sure = assessEvidence(maturity.dimensions, maturity.respondents, unsaid).status === 'sufficient';
  return { need: tenth(need), sure, line: tenth(line), wide: existing > need * L.WIDE_MARGIN_FACTOR };
};

/**
 * How many FTE an office in place grows by, or null when it does not: when the services need
 * clearly more (over SAME_SIZE_SHARE of it), or when even the low end of the range is above it.
 * Growth is said from-to, and the plan hires or moves the people in (rollout-phases.ts), once the
 * health check has confirmed the work waiting for them (round 17: "2 FTE more", said flatly, with
 * no step in the plan to find them).
 */
export const growthOf = (staffing: Staffing, existing: number): number | null => {
  const gap = midOf(staffing) - existing;
  const grows = gap > SAME_SIZE_SHARE * Math.max(existing, 1) || staffing.fte.min > existing;
  return grows && tenth(gap) >= 0.1 ? tenth(gap) : null;
};

/**
 * The part of an oversized office in place (over twice what its services need, on thin evidence)
 * beyond the target: its people stay, pending the health check, and are shown apart from the
 * recommended staffing, never inside a range from the target to today's headcount (round 17:
 * "3.9–14 FTE" is "not a decision").
 */
export const pendingOf = (staffing: Staffing, existing: number): number => tenth(existing - midOf(staffing));

/**
 * A working office that would be kept grows materially (growthOf) at what it delivers plus the
 * services new to it, or at the norms where they ask no more than that: it evolves instead.
 */
export const growsWhenKept = (
  office: {
    staffing: Staffing | null;
    services: readonly { id: string; hoursPerWeek: number; chosenFor: readonly string[] }[];
  },
  existing: number,
): boolean => {
  if (!office.staffing) return false;
  const delivered = deliveredOf(office.staffing, existing, newToOffice(office.services));
  return growthOf(delivered ? { ...office.staffing, fte: delivered } : office.staffing, existing) !== null;
};

type Weighing = Parameters<typeof weighInPlace>[3];

/**
 * The recommended staffing against the office in place (weighInPlace), a directive office's pooled
 * project managers going back to the line first where the office no longer pools them (in-place-pool.ts).
 */
export const againstOfficeInPlace = (staffing: Staffing, s: Situation, say: Say, how: Weighing): Staffing => {
  const back = s.existingPmo === 'none' ? 0 : poolGoesBack(s, staffing);
  const t = withoutPoolBack(s, back);
  // A reset never grows the office in place before its health check (in-place-reset.ts); not yet
  // where a directive office's pooled managers go back to the line: its own people are then assumed.
  const held = how.resets && back === 0 ? resetHeld(staffing, s, say) : null;
  const done = held ?? weighInPlace(staffing, t, say, how);
  return poolBackSaid(done, back, s.existingPmoFte ?? 0, say);
};

const weighInPlace = (
  staffing: Staffing,
  s: Situation,
  say: Say,
  /**
   * `keepsPeople`: the office keeps its people (kept or evolved, and not oversized; never a reset); `confirmFirst`: over twice what its services need on thin evidence, so sized by its
   * services and confirmed before anyone moves; `perFte`: what one FTE of it costs a year, and in
   * which currency, to price the people pending the health check.
   */
  {
    keepsPeople,
    confirmFirst,
    perFte,
    resets = false,
    added,
    line,
    unitSeats = false,
  }: {
    /** FTE of the services the office does not run today (newToOffice). */
    added?: number;
    keepsPeople: boolean;
    confirmFirst: boolean;
    perFte: { amount: number; currency: string };
    /** The office in place is reset: it keeps from what its services need up to RESET_KEEPS_UP_TO of it. */
    resets?: boolean;
    /** The office is over its line (oversizedOf): it keeps what an office at the line keeps (in-place-line.ts). */
    line?: number;
    /** A central office over several units: a reset keeps a seat in each from its people (in-place-stages.ts). */
    unitSeats?: boolean;
  },
): Staffing => {
  if (s.existingPmo === 'none') return staffing;
  // Weighed on the overhead alone: the pooled managers are not staff the services need (overhead.ts).
  if (pooledOf(staffing) > 0)
    // Its pooled managers already stand aside: none of the overhead goes back to the line again.
    return besidePooled(staffing, s, (o, t) =>
      weighInPlace(o, t, say, { keepsPeople, confirmFirst, perFte, resets, added }),
    );
  const existing = s.existingPmoFte;
  const mid = midOf(staffing);
  // A reset re-tasks people only under the hard spend line a new office is held to (in-place-line.ts).
  const keepsUpTo = Math.max(
    1,
    Math.min(RESET_KEEPS_UP_TO, L.hardLineFte(s, perFte.amount / WORKDAYS_PER_YEAR) / Math.max(mid, 0.01)),
  );
  if (existing === undefined)
    return {
      ...staffing,
      basis: [...staffing.basis, say(msg('office.inPlace.unknown', { fte: tenth(mid) }))],
    };
  // Over twice what its services need, on one view of the organisation: the staffing is the target
  // (what the services need, or what a reset or an office at its line keeps), and the rest stays,
  // shown apart with what it costs, until a health check with a team assessment confirms the target and HR has
  // been consulted on where its people may go (rounds 10, 12 and 17).
  // Over its line: what an office at the line keeps, whatever its action; thin evidence: pending.
  const kept =
    line !== undefined && existing > line ? atTheLine(staffing, existing, line, KEEP_AT_LEAST, say) : null;
  if (kept && !confirmFirst) return kept;
  if (confirmFirst && existing > staffing.fte.max) {
    // A reset's target is what the reset keeps, as on sufficient evidence: only the rest waits.
    const target =
      kept ??
      (resets && mid >= 1
        ? resetInStages(staffing, s, unitSeats, existing, keepsUpTo, say, false)
        : staffing);
    const pending = pendingOf(target, existing);
    // Kept above what the services need (an office at its line): need and kept are said apart (round 29).
    const above = tenth(tenth(midOf(target)) - tenth(mid));
    return {
      ...target,
      basis: [
        ...target.basis,
        say(
          msg(
            above < 0.1
              ? 'inPlace.staffing.pending'
              : `inPlace.staffing.${kept ? 'pendingKept' : 'pendingTransition'}`,
            {
              existing,
              need: tenth(mid),
              kept: above,
              fte: tenth(midOf(target)),
              pending,
              amount: Math.round((pending * perFte.amount) / 1000) * 1000,
              currency: perFte.currency,
            },
          ),
        ),
      ],
    };
  }
  if (keepsPeople && existing > staffing.fte.max) {
    // The office works and is larger than what the services here need: the range runs from the
    // part of it the services show to all of it; the health check decides where in it.
    const extra = Math.round((existing - mid) * 100) / 100;
    return {
      fte: { min: tenth(Math.max(staffing.fte.max, existing * KEEP_AT_LEAST)), max: tenth(existing) },
      roles: [...staffing.roles, { role: say(msg('office.role.inPlace')), fte: extra }],
      basis: [...staffing.basis, say(msg('office.inPlace.larger', { existing, services: tenth(mid) }))],
    };
  }
  const delivered = keepsPeople && added !== undefined ? deliveredOf(staffing, existing, added) : null;
  const grows = (fte: Staffing['fte']) => {
    const growth = growthOf({ ...staffing, fte }, existing);
    return growth === null
      ? []
      : [
          say(
            msg('inPlace.staffing.grow', {
              existing,
              fte: tenth((fte.min + fte.max) / 2),
              min: fte.min,
              max: fte.max,
              difference: growth,
            }),
          ),
        ];
  };
  if (delivered) {
    // The roles keep their proportions at the size the office delivers.
    const ratio = (delivered.min + delivered.max) / 2 / mid;
    return {
      fte: delivered,
      roles: staffing.roles.map((r) => ({ ...r, fte: Math.round(r.fte * ratio * 100) / 100 })),
      basis: [
        ...staffing.basis,
        say(
          msg('office.inPlace.delivered', {
            existing,
            norms: tenth(mid),
            added: tenth(added ?? 0),
            fte: delivered.max,
          }),
        ),
        // Growth that matters is said from-to, as any growth is, and the plan brings the people in.
        ...grows(delivered),
      ],
    };
  }
  // An office of at least one person: a part-time role stays one (pmo-need.ts, PART_TIME_ROLE_FTE).
  if (resets && !confirmFirst && mid >= 1 && existing > staffing.fte.max)
    return resetInStages(staffing, s, unitSeats, existing, keepsUpTo, say, true);
  // An office that keeps its people starts its range at them, within what its services need: never
  // below what a slightly smaller working office keeps at what it delivers (deliveredOf; round 23).
  const at =
    keepsPeople && existing > staffing.fte.min && existing <= staffing.fte.max
      ? fromExisting(staffing, existing)
      : staffing;
  const growing = grows(at.fte);
  if (growing.length > 0) return { ...at, basis: [...at.basis, ...growing] };
  const gap = midOf(at) - existing;
  if (Math.abs(gap) <= SAME_SIZE_SHARE * Math.max(existing, 1))
    return { ...at, basis: [...at.basis, say(msg('office.inPlace.same', { existing }))] };
  return {
    ...at,
    basis: [
      ...at.basis,
      say(
        msg('office.inPlace.smaller', { existing, fte: tenth(midOf(at)), difference: tenth(Math.abs(gap)) }),
      ),
      ...(confirmFirst ? [say(msg('office.inPlace.confirmFirst'))] : []),
    ],
  };
};

/**
 * What the office in place does that the organisation depends on and the recommended office no
 * longer decides: a directive office allocates people, and an office of less control stops doing
 * so. The allocation is handed to someone named (the plan gives it to the line managers, with a
 * rule for clashes), and the capacity plan that keeps the hand-over honest is the first service the
 * changed office runs, ahead of the order of pain: the day the old office stops allocating, the
 * people still need allocating (round 16: a directive office reset to an observer scheduled
 * capacity planning last, and nobody took over).
 */
export const handedOver = (s: Situation, model: PmoModelId | null): readonly ServiceId[] =>
  s.existingPmo === 'resource-source' && model !== null && model !== 'resource-source'
    ? ['capacity-planning']
    : [];

/**
 * The plan's step for the people of an office in place that changes size: one that shrinks agrees
 * with HR where the people it no longer needs go, before anything is announced (an oversized office
 * on thin evidence only once its health check has confirmed the target); one that grows brings the
 * people in, from inside first, once the health check has confirmed the work (round 17: the evolve
 * path had no people step for a cut of 9 FTE, and a kept office grew by 2 FTE with no step at all).
 */
export const inPlacePeopleSteps = (
  s: Situation,
  staffing: Staffing | null | undefined,
  action: PmoAction,
  /** A reset's cut on thin evidence waits for the health check's confirmation (thin-evidence.ts). */
  cutWaits = false,
): EngineMessage[] => {
  // The managers a directive office pools go back to the line: they are not the office's people to move.
  const existing = staffing ? withoutPoolBack(s, poolGoesBack(s, staffing)).existingPmoFte : s.existingPmoFte;
  if (!staffing || existing === undefined || s.existingPmo === 'none') return [];
  if (action === 'establish') return [];
  const leaving = peopleLeaving(s, staffing, action, cutWaits);
  // How many of the office's people are pooled managers is assumed: the plan checks it first.
  const check = leaving?.pooled
    ? [msg('inPlace.plan.poolCheck', { existing: s.existingPmoFte ?? 0, pooled: leaving.pooled })]
    : [];
  if (leaving?.count)
    return [
      ...check,
      leaving.waits
        ? msg('inPlace.plan.redeployPending', { pending: leaving.count, fte: tenth(midOf(staffing)) })
        : msg('plan.redeploy', { difference: leaving.count }),
    ];
  // A directive office's pooled managers stay as they are: the office that grows is its overhead.
  const [own, from] = [overheadOf(staffing), tenth(existing - pooledOf(staffing))];
  const growth = growthOf(own, from);
  return growth === null
    ? check
    : [...check, msg('inPlace.plan.grow', { existing: from, fte: tenth(midOf(own)), difference: growth })];
};
