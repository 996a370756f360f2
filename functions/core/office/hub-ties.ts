import type { PmoShape } from '../../contract/result';
import type { Situation } from '../situation';
import { HOURS_PER_FTE } from './catalogue';
import { orderControlsBilled, unitsPayOwn } from './hub-first';
import { type Sized, sized } from './sizing';
import { sharedOffices } from './unit-seat';

/**
 * A hub's coordination follows the offices it ties together, not the count of units: where units too
 * small for an office of their own share one with their neighbours (unit-seat.ts, sharedOffices), the
 * hub coordinates those shared offices, each one a single voice for its units (round 28: a collegiate
 * university's hub coordinated 40 colleges at 4 hours each, 160 hours a week, though they shared about
 * seven offices). Our judgement: the hub's round with a unit's office (its list, its figures, its
 * questions) is the same work whether the office serves one unit or five; more units sharing the same
 * offices add no round.
 */

/**
 * The share of a unit service's hours that is the units' work itself, not the rounding of each unit's
 * share up to whole projects or leads (sizing.ts, unitShare): 301 projects in 28 units count 11 each,
 * 308 in all, and in 30 units 330. The offices tied are counted on the work, so that splitting the
 * same work finer never adds an office to coordinate.
 */
const unrounded = (c: Sized, units: number): number => {
  if ((c.driver !== 'projects' && c.driver !== 'project-managers') || c.units <= 0) return 1;
  return Math.min(1, c.units / (Math.ceil(c.units / units) * units));
};

/** The units' offices the hub ties: the shared offices where units share them, else the units. */
export const officesTied = (
  s: Pick<Situation, 'businessUnits' | 'controlAppetite' | 'projectsFor'>,
  shape: PmoShape,
  all: readonly Sized[],
): number => {
  const units = s.businessUnits ?? 1;
  // The units' offices' own work, shown apart or staffed (hub-first.ts), less the rounding of each unit's share.
  let ownHours = 0;
  for (const c of all)
    if (unitsPayOwn(s, shape, c.spec.id) && !orderControlsBilled(s, shape, c.spec.id))
      ownHours += c.hours * unrounded(c, units);
  const ownFte = ownHours / HOURS_PER_FTE;
  return ownFte > 0 ? (sharedOffices(ownFte, units) ?? units) : units;
};

/**
 * The hub's coordination among `kept` sized on the offices it ties (officesTied), read from every
 * service sized, `all`, those left apart included; every other service as it was.
 */
export const coordinationOnOffices = (
  kept: readonly Sized[],
  all: readonly Sized[],
  s: Pick<Situation, 'businessUnits' | 'controlAppetite' | 'projectsFor'>,
  shape: PmoShape,
): Sized[] => {
  const units = s.businessUnits ?? 1;
  if (shape !== 'hub-and-spoke' || units < 2 || !kept.some((c) => c.spec.id === 'hub-coordination'))
    return [...kept];
  const tied = officesTied(s, shape, all);
  if (tied >= units) return [...kept];
  return kept.map((c) =>
    c.spec.id === 'hub-coordination' ? sized(c, tied, c.driver, (c.hours * tied) / units) : c,
  );
};
