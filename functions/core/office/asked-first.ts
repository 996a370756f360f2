import { msg, type Say } from '../say';
import type { Sized } from './sizing';

/**
 * Where the bound on an office for customer orders holds it (customer-orders.ts), it takes first from
 * the services nobody asked for, down to this share of what cutting every service alike would leave
 * them, and only then from the services at least half the stakeholders asked for. Round 26: an
 * agency's and a co-dev studio's scheduling, asked for by 80-90 %, was cut like every other service
 * and came out among the smallest. Our judgement: what the office was not asked for still starts
 * (a register, a template, a first round), at half the share it would have had.
 */
export const ASKED_FIRST_FLOOR = 0.5;

/** The share of its effort each service keeps under the bound, and the two shares said. */
export interface AskedFirst {
  shareOf: (c: Sized) => number;
  asked: number;
  others: number;
}

const askedFor = (c: Sized): boolean => c.why.includes('expectations');

/**
 * The shares under a bound that keeps `scale` of the services' hours in all: the services asked for
 * keep as much as the bound allows once the others are at their floor, never less than `scale`; the
 * others never less than ASKED_FIRST_FLOOR × `scale`. The hours kept add up to the same whole.
 */
export const askedFirst = (services: readonly Sized[], scale: number): AskedFirst => {
  let asked = 0;
  let others = 0;
  for (const c of services) {
    if (askedFor(c)) asked += c.hours;
    else others += c.hours;
  }
  if (scale >= 1 || asked <= 0 || others <= 0) return { shareOf: () => scale, asked: scale, others: scale };
  const kept = (asked + others) * scale;
  const floor = scale * ASKED_FIRST_FLOOR;
  const a = Math.min(1, (kept - others * floor) / asked);
  const o = (kept - asked * a) / others;
  return { shareOf: (c) => (askedFor(c) ? a : o), asked: a, others: o };
};

/** The sentence that says the bound took from what was asked least first. */
export const askedFirstNote = (f: AskedFirst, say: Say): string[] =>
  f.asked > f.others
    ? [say(msg('orders.askedKept', { asked: Math.round(f.asked * 100), others: Math.round(f.others * 100) }))]
    : [];
