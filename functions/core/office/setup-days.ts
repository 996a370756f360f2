import { HOURS_PER_FTE } from './catalogue';
import type { Sized } from './sizing';
import type { DesignInput } from './types';

/** The one-off set-up of an office's services (design.ts reads it; moved here to keep design.ts small). */

/**
 * An office of this many FTE or more builds each of its services in full; a smaller one builds a
 * lighter version (a register and templates, not a method), in proportion (our judgement, round 10).
 */
export const SETUP_FULL_FROM_FTE = 2;
/**
 * On top of building its services, an office's set-up grows with its people: about a working week
 * for each FTE (their induction into the methods and tools, registers and templates grown to the
 * projects they serve). Our judgement: set-up then grows with the office's size and never falls
 * when the same services are run by more people (round 16: 86 days for 2 FTE, 58 for 12).
 */
export const SETUP_DAYS_PER_FTE = 5;
/** ...but never below this many days, where there is anything new to set up. */
export const MIN_SETUP_DAYS = 2;
/**
 * One-off set-up: each new service built (in full from SETUP_FULL_FROM_FTE, lighter below), plus
 * SETUP_DAYS_PER_FTE for each FTE that runs the new services. It depends only on which services are
 * built and on the office's size, and grows with both: a smaller office never sets up more than a
 * larger one building the same services. What the office in place already runs needs no setting up.
 */
export const setupDaysOf = (all: readonly Sized[], s: DesignInput['situation']): number => {
  const built = all.filter((c) => !c.sustain);
  const services = built.reduce((a, c) => a + c.spec.setupDays(s), 0);
  const fte = built.reduce((a, c) => a + c.hours, 0) / HOURS_PER_FTE;
  const days = services * Math.min(1, fte / SETUP_FULL_FROM_FTE) + fte * SETUP_DAYS_PER_FTE;
  // Even the lightest role takes a couple of days to set up its register and first round.
  return Math.max(Math.min(services, MIN_SETUP_DAYS), days);
};
