import type { PmoAction, PmoModelId, PmoService, PmoShape } from '../../contract/result';
import { type EngineMessage, msg } from '../say';
import type { Situation } from '../situation';
import { SERVICE_CATALOGUE } from './catalogue';
import { runsToday } from './choice';
import { orderControlsBilled } from './hub-first';
import { growsWhenKept } from './in-place';
import { atTheCentre } from './roles';
import { inTheUnits } from './shape';
import type { OfficeDesign } from './types';

/**
 * What changing an office in place means: which of its services are new to it, and what moving
 * its people, its degree of control or its structure costs once (decide.ts applies them).
 */

/** Person-days of reorganisation per FTE that moves in or out of an office in place (our judgement). */
export const CHANGE_DAYS_PER_FTE = 5;
/**
 * A new degree of control for an office in place: new charter and decision rights, agreement with
 * line managers, a period of running old and new side by side: this many person-days, plus
 * MODEL_CHANGE_DAYS_PER_FTE for each of its people whose work changes (our judgement).
 */
export const MODEL_CHANGE_DAYS = 20;
export const MODEL_CHANGE_DAYS_PER_FTE = 3;
/** Turning a central office into a hub with unit offices: this many person-days per unit (our judgement). */
export const HUB_CHANGE_DAYS_PER_UNIT = 20;

/** A change of model that leaves less than this share of the people in place is a reset. */
export const SHRINK_IS_RESET = 0.75;

/**
 * New services up to this share of a working office's hours are added as it runs (it is kept);
 * more is a change of the office (it evolves). Our judgement: a third of the work is where a team's
 * charter and roles start to change.
 */
export const NEW_WORK_SHARE = 1 / 3;

/**
 * The work an office in place takes on, and its share of its hours (the lead aside): the services
 * the plan starts, those not credited as working in place (`chosenFor` 'in-place', choice.ts), the
 * same services the office's size adds (in-place.ts, newToOffice) and the plan's "start" steps
 * (rollout-phases.ts, serviceStep) read. One reading for the action, its rationale and the plan
 * (round 25: a kept weather station's rationale said 19 % of its work was new while the plan
 * started five of its six services, two thirds of its hours). `services` names only those it has
 * never run (outside its degree of control, choice.ts runsToday): one it runs below the target is
 * counted in the share, as its plan starts it again, but is never said to be new to it (round 18).
 */
export const newWorkOf = (
  office: OfficeDesign,
  existing: PmoModelId | 'none' = 'none',
): { services: string[]; share: number; neverRun: number } => {
  let all = 0;
  let added = 0;
  let never = 0;
  const services: string[] = [];
  for (const x of office.services) {
    if (x.id === 'office-lead') continue;
    all += x.hoursPerWeek;
    if (x.chosenFor.includes('in-place')) continue;
    added += x.hoursPerWeek;
    const spec = SERVICE_CATALOGUE.find((c) => c.id === x.id);
    if (spec && runsToday(spec, existing)) continue;
    never += x.hoursPerWeek;
    services.push(x.name);
  }
  return { services, share: all > 0 ? added / all : 0, neverRun: all > 0 ? never / all : 0 };
};

/** What changing an office in place costs once, beyond its services: null when it keeps its model and structure. */
export const changeOfOffice = (
  s: Situation,
  model: PmoModelId | null,
  shape: PmoShape,
  officeFte: number,
): { what: ('model' | 'shape')[]; days: number } | null => {
  if (s.existingPmo === 'none' || model === null) return null;
  const newModel = model !== s.existingPmo;
  // An office in place is taken to run from the centre: offices in the units are a new structure.
  const newShape = inTheUnits(shape);
  if (!newModel && !newShape) return null;
  const days =
    (newModel
      ? MODEL_CHANGE_DAYS + MODEL_CHANGE_DAYS_PER_FTE * Math.max(officeFte, s.existingPmoFte ?? 0)
      : 0) + (newShape ? HUB_CHANGE_DAYS_PER_UNIT * (s.businessUnits ?? 1) : 0);
  return {
    what: [...(newModel ? ['model' as const] : []), ...(newShape ? ['shape' as const] : [])],
    days: Math.round(days),
  };
};

import { MIN_UNIT_OFFICE_FTE } from './unit-seat';
import { HUB_MIN_UNITS } from './units';

export { MIN_UNIT_OFFICE_FTE };

/** How offices in the units split the office's FTE (from its services): the centre, and each unit. */
export const splitOf = (
  services: readonly PmoService[],
  shape: PmoShape,
  s: Situation,
): { centre: number; perUnit: number } => {
  const units = s.businessUnits ?? 1;
  let centre = 0;
  let rest = 0;
  // The orders' own controllers are not the office's people (hub-first.ts).
  for (const x of services)
    if (orderControlsBilled(s, shape, x.id)) continue;
    else if (atTheCentre(shape, x.id, s)) centre += x.fte;
    else rest += x.fte;
  return {
    centre: Math.round(centre * 10) / 10,
    perUnit: Math.round((rest / Math.max(1, units)) * 100) / 100,
  };
};

/**
 * An office in a unit is a seat someone holds: about one person at the middle of its range (from
 * 0.8 FTE at the bottom, the line at which a coordination role is a job of its own, roles.ts
 * FULL_ROLE_FTE). Below it the unit has a named part-time contact, not an office, and where no
 * unit's share reaches it the shape is one central office with a contact in each unit. Our
 * judgement (round 21: three "unit offices" of 0.47 FTE each were opened one after another as if
 * they were offices; with one unit the same company got the central office it needed). The
 * restructure of an office in place still moves no one with less than MIN_UNIT_OFFICE_FTE.
 */
export const VIABLE_UNIT_OFFICE_FTE = 1;

/**
 * The units' offices together make a team of this many FTE or more: the group's office is several
 * people in the units, more than one central person could cover with a contact in each, not one
 * central office; each unit keeps a seat of its own where its share reaches MIN_UNIT_OFFICE_FTE (a
 * named person with a day or more a week). Our judgement: two people's work, a team rather than a
 * person (round 22: a regional health authority over eight hospital trusts, separate organisations
 * with boards of their own, 2.75 FTE in the trusts together, got one central controlling office
 * with a contact in each trust; round 21's three units of 0.47 FTE, 1.4 FTE together, stay one
 * central office).
 */
export const UNITS_TOGETHER_FTE = 2;

/**
 * Offices in the units whose share of the office falls below VIABLE_UNIT_OFFICE_FTE each: one
 * central office serves the units, unless the units' offices together make UNITS_TOGETHER_FTE.
 * Where a unit's share falls below MIN_UNIT_OFFICE_FTE, neighbouring units share an office
 * (hub-first.ts, unitSentences), and the units' work must fill at least HUB_MIN_UNITS such shared
 * seats of about one person (VIABLE_UNIT_OFFICE_FTE) for a hub to tie together: more units split the same work finer, and a finer split
 * never makes the group's office central. Our judgement (round 28: a collegiate university was a hub
 * and spoke up to 33 colleges and one central office from 35, with its analysts doubled; more
 * units never make an office more central, so the structure is monotone in the units).
 */
export const unitsTooSmall = (s: Situation, shape: PmoShape, office: OfficeDesign): 'units-small' | null => {
  if (!inTheUnits(shape) || office.staffing === null) return null;
  // A hub whose units' offices wait for a team assessment is weighed on the offices it leaves apart
  // (hub-first.ts): where they would be too small to work, one central office serves the units.
  const perUnit =
    office.unitsApart === undefined
      ? splitOf(office.services, shape, s).perUnit
      : office.unitsApart / Math.max(1, s.businessUnits ?? 1);
  if (perUnit >= VIABLE_UNIT_OFFICE_FTE) return null;
  const together = perUnit * (s.businessUnits ?? 1);
  // Units too small for a seat of their own share offices: at least HUB_MIN_UNITS of them, each a
  // seat of about one person, for a hub to tie together (unit-seat.ts, sharedOffices).
  const enough = perUnit >= MIN_UNIT_OFFICE_FTE ? UNITS_TOGETHER_FTE : HUB_MIN_UNITS * VIABLE_UNIT_OFFICE_FTE;
  return together >= enough ? null : 'units-small';
};

/**
 * Keeping an office that takes on services it has never run is a change: it evolves, unless they
 * are a small share of its work, added as it runs (round 16: one new service in a working office
 * set off a 65-week change programme), or unless the office works (`works`: what it produces stands
 * at defined practice, action.ts), whose team takes them on as it runs whatever their share (round
 * 17: a well-run 3-FTE office got a revised charter and a 59-week change programme). A new way of
 * steering the portfolio (a lean portfolio office for agile delivery) stays a change: it is not a
 * service added but the office's work done differently. Null when it takes on nothing new.
 */
export const addedWork = (
  s: Situation,
  office: OfficeDesign,
  works = false,
  shape: PmoShape = 'portfolio',
): { action: 'keep' | 'evolve'; reason: EngineMessage } | null => {
  const work = newWorkOf(office, s.existingPmo);
  if (work.share === 0) return null;
  const model = msg(`model.${s.existingPmo as PmoModelId}`);
  if (works && work.share > NEW_WORK_SHARE && shape !== 'lean-portfolio')
    return work.services.length === 0
      ? null
      : { action: 'keep', reason: msg('inPlace.action.keepWorks', { model, services: work.services }) };
  // What it runs below the target, started again, within the share: it is kept to improve them.
  if (work.share <= NEW_WORK_SHARE && work.services.length === 0) return null;
  return work.share <= NEW_WORK_SHARE
    ? {
        action: 'keep',
        reason: msg('action.keepAdds', {
          model,
          services: work.services,
          percent: Math.round(work.share * 100),
        }),
      }
    : {
        action: 'evolve',
        reason: msg('inPlace.action.evolveWork', { model, percent: Math.round(work.share * 100) }),
      };
};

/**
 * A working office that, run from the centre as it is, would simply be kept (it does not grow
 * materially at what it delivers, in-place.ts, and what it adds is a small share of its work) keeps how it is organised:
 * moving it into the units is a reorganisation nothing else calls for (round 16: working offices
 * were re-engineered, never simply kept); it is weighed at the office's next review.
 */
export const keptAsItIs = (s: Situation, central: OfficeDesign, works = false): boolean => {
  if (!central.staffing) return false;
  if (s.existingPmoFte !== undefined && growsWhenKept(central, s.existingPmoFte)) return false;
  // Its structure is weighed on the work it has never run: what it runs below the target is
  // improved where it is, and calls for no move into the units.
  if (works) return true;
  return newWorkOf(central, s.existingPmo).neverRun <= NEW_WORK_SHARE;
};

/**
 * What moving into the units means for an office in place that changes anyway (it is taken to run
 * from the centre today; one that is simply kept keeps its structure, keptAsItIs):
 * - it is cut (it shrinks below SHRINK_IS_RESET of its people, or is oversized: `oversized`): it
 *   stays one central office while it is (`cut-first`). A cut and a split never come at once: the
 *   same people would lose posts and change units in one move, and the cut is sized on the central
 *   office it starts from; the split is weighed again once it works (round 14: a reset that also
 *   split a small office into unit offices);
 * - it evolves (or would be kept only as offices in the units): it is restructured, said as one
 *   (round 16: a 12-person central office split into a hub and unit offices read "evolve, its model
 *   stays"), and the plan moves its people (rollout-ramp.ts). A reset that does not cut keeps its
 *   own reason, and the plan's step.
 */
export const structureOfChange = (
  s: Situation,
  model: PmoModelId | null,
  shape: PmoShape,
  office: OfficeDesign,
  action: PmoAction,
  { oversized }: { oversized: boolean },
): 'cut-first' | EngineMessage | null => {
  if (!inTheUnits(shape) || s.existingPmo === 'none' || model === null || !office.staffing) return null;
  const existing = s.existingPmoFte;
  if (oversized || (existing !== undefined && office.staffing.fte.max < existing * SHRINK_IS_RESET))
    return 'cut-first';
  if (action !== 'keep' && action !== 'evolve') return null;
  const units = s.businessUnits ?? 1;
  const { centre, perUnit } = splitOf(office.services, shape, s);
  // A hub's units pay their own offices: the people in place stay at the centre (hub-first.ts).
  if (shape === 'hub-and-spoke' && units >= 2)
    return msg('structure.action.restructureHub', {
      existing: msg(`model.${s.existingPmo}`),
      model: msg(`model.${model}`),
      changes: model === s.existingPmo ? 0 : 1,
      fte: existing ?? 0,
      centre,
      units,
      perUnit: Math.round(perUnit * 10) / 10,
    });
  return msg(model === s.existingPmo ? 'structure.action.restructure' : 'structure.action.restructureModel', {
    existing: msg(`model.${s.existingPmo}`),
    model: msg(`model.${model}`),
    fte: existing ?? 0,
    centre,
    units,
    perUnit: Math.round(perUnit * 10) / 10,
    hub: shape === 'hub-and-spoke' ? 1 : 0,
  });
};
