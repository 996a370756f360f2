import type { PmoShape } from '../contract/result';
import { HOURS_PER_FTE } from './office/catalogue';
import { leanFunction } from './office/lean-function';
import { oneRole } from './office/roles';
import { openedBySizeAlone } from './office/size-line';
import type { OfficeDesign } from './office/types';
import { ordersAloneMakeOffice } from './order-controls';
import type { Say } from './say';
import type { Situation } from './situation';

/**
 * When a designed office is not an office but a part-time role, and why (decide.ts reads it once,
 * after the first design; no office is designed here). docs/scoring.md, "Sizing from services".
 */

/** An office of at most this many FTE at the middle of its range is a part-time coordination role. */
export const PART_TIME_ROLE_FTE = 0.5;

/**
 * An office below this many FTE at the middle of its range is one person's part-time job: where
 * nobody can lead it (one project manager or none, and no project-management expertise), it is
 * capability first (appoint and train a lead), not an office (round 26: a 60-person studio with one
 * producer and no expertise got a 0.9 FTE office led by nobody qualified). A push is exempt: it
 * brings its lead in. Our judgement: a part-time office needs someone who already knows the work.
 * Its hours stay the office's: only the form changes (ledFirst; round 28).
 */
export const NO_LEAD_OFFICE_FTE = 1;
/** ...where at most this many people lead projects. */
export const NO_LEAD_MAX_MANAGERS = 1;

const middle = (o: OfficeDesign): number => (o.staffing ? (o.staffing.fte.min + o.staffing.fte.max) / 2 : 0);

/**
 * Nobody can lead an office this small: capability first (see NO_LEAD_OFFICE_FTE). Not an office
 * the headcount alone opened (office/size-line.ts): it is held to one person because it builds its
 * leads, and brings its lead in; read as nobody's, it would be the part-time role a person smaller
 * gets, and the line it was opened at would decide nothing.
 */
export const nobodyToLead = (s: Situation, office: OfficeDesign, shape: PmoShape): boolean =>
  s.existingPmo === 'none' &&
  !openedBySizeAlone(s, shape) &&
  office.staffing !== undefined &&
  middle(office) < NO_LEAD_OFFICE_FTE &&
  s.projectManagers <= NO_LEAD_MAX_MANAGERS &&
  s.pmExpertise === 'none' &&
  s.horizon !== 'temporary';

/**
 * A new office recommended as a part-time role instead: 'no-expertise' where nobody can lead it,
 * 'coordination' where it is half a person or less, held below one person by the headcount, or
 * made by customer orders' controls alone; null where it stays an office.
 */
export const partTimeRole = (
  s: Situation,
  office: OfficeDesign,
  shape: PmoShape,
): 'no-expertise' | 'coordination' | null => {
  if (s.existingPmo !== 'none' || !office.staffing) return null;
  if (nobodyToLead(s, office, shape)) return 'no-expertise';
  const small =
    middle(office) <= PART_TIME_ROLE_FTE ||
    // An office the organisation's headcount holds below one person is a part-time role too (round 11).
    (office.headcountCapped === true && office.staffing.fte.max < 1) ||
    // Customer orders' controls alone make no office: a commercial role (order-controls.ts).
    ordersAloneMakeOffice(s, office, PART_TIME_ROLE_FTE);
  return small && !leanFunction(s, shape) ? 'coordination' : null;
};

/**
 * The office nobody can lead, recommended as capability first: its form changes, not its hours
 * (round 28: one step less expertise never means less help). The same services, sized as the office
 * was, are held by one coordinator beside the leads being appointed, trained and coached; no office
 * is designed again.
 */
export const ledFirst = (office: OfficeDesign, say: Say): OfficeDesign => {
  if (!office.staffing) return office;
  const hours = office.services.reduce((a, x) => a + x.hoursPerWeek, 0);
  return { ...office, staffing: { ...office.staffing, roles: oneRole(hours, 'capability-first', say) } };
};

/**
 * The part-time role an office of half a person or less becomes keeps at least that office's
 * hours and services (round 30: a retailer's 6M € a year of outsourced delivery got an office of
 * 0.55 FTE at 11 projects and a coordinator of 0.14 FTE at 10, the reviews and the single source
 * most of its stakeholders asked for dropped on the way). Below the line its form changes, not its
 * help: one person holds what the office would have run, beside their own job, as ledFirst does
 * where nobody can lead it. The coordinator designed for the role is kept where it carries more.
 * Not where the headcount held the office (a small firm's role stays within its half a person) or
 * where customer orders' controls alone made it (a commercial role). So one step of any input
 * across the line changes the help by no more than the office's own step (our judgement: the
 * reviewers' "same need, a cliff in the answer").
 */
export const heldAcrossLine = (
  s: Situation,
  office: OfficeDesign,
  coordinator: OfficeDesign,
  say: Say,
): OfficeDesign => {
  if (!office.staffing || office.headcountCapped === true || middle(office) > PART_TIME_ROLE_FTE)
    return coordinator;
  if (ordersAloneMakeOffice(s, office, PART_TIME_ROLE_FTE)) return coordinator;
  const hours = (o: OfficeDesign) => o.services.reduce((a, x) => a + x.hoursPerWeek, 0);
  if (hours(coordinator) >= hours(office)) return coordinator;
  return asPartTimeRole(office, say);
};

/**
 * An office's services held by one person's part-time role: half a person at most, at the top of
 * its range too, shown in hours a week (heldAcrossLine; help-ramp.ts below the lines that open one).
 */
export const asPartTimeRole = (office: OfficeDesign, say: Say): OfficeDesign => {
  const held = ledFirst(office, say);
  if (!held.staffing) return held;
  // A part-time role is half a person at most, at the top of its range too, shown in hours a week.
  const fte = { min: held.staffing.fte.min, max: Math.min(held.staffing.fte.max, PART_TIME_ROLE_FTE) };
  const inHours = (x: number) => Math.round(x * HOURS_PER_FTE * 2) / 2;
  return {
    ...held,
    staffing: { ...held.staffing, fte, hoursPerWeek: { min: inHours(fte.min), max: inHours(fte.max) } },
  };
};
