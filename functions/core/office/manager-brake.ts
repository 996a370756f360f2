import type { PmoShape } from '../../contract/result';
import { credibleManagers, credibleProjects } from '../project-count';
import { msg, type Say } from '../say';
import type { Situation } from '../situation';
import { largeProjects } from '../spend-scale';
import { HOURS_PER_FTE, type ServiceId } from './catalogue';
import { CONTROLS_SERVICES } from './controls-need';
import { PROJECTS_PER_LEAD } from './shape';

/**
 * The managers' brake (round 21): a new client-side office is held to what the people who lead
 * its projects can use. Its per-project hours add up fast where many projects meet a thin corps
 * of project managers (a housing association's 5.9 FTE beside 8 development managers; 2.2–3.3 FTE
 * beside 5; round 19 and 20 reviewers found 3–4 office staff for 6 project leads "wrong" and an
 * office "as big as the PM community" questionable). The headcount brake reads only the
 * organisation's people; this one reads what the office serves: the leads its projects need.
 */

/**
 * An office takes at most this many FTE for each person who leads its projects. The reviewer's
 * figure: a client-side programme office rarely exceeds 0.3–0.5 FTE per project manager it serves
 * before a board pushes back; we take the top of that range so that offices signed in earlier
 * rounds keep their size or close to it.
 */
export const OFFICE_FTE_PER_LEAD = 0.5;
/** The brake never holds an office below one full-time person (the smallest office, need-edge.ts). */
export const MANAGER_BRAKE_MIN_FTE = 1;
/** Shapes the brake holds: one office for the organisation's own projects, or for one programme. */
const BRAKED_SHAPES: readonly PmoShape[] = ['portfolio', 'programme'];

/**
 * The FTE a new lasting office for the organisation's own projects is held to, or undefined where
 * the brake does not apply. The leads it serves are the project managers there are or the leads
 * the projects need (one per PROJECTS_PER_LEAD), whichever is more: an office beside too few
 * managers carries part of their coordination, so a shortage of managers does not shrink it
 * (round 19: 120 projects on 3 managers signed at 7.7–11.5 FTE). Not held: offices for customer
 * orders (held by their orders' count and value, customer-orders.ts), agile delivery (product
 * owners lead it; the managers' count says nothing), organisations with no project manager at
 * all, large projects (their controls are sized on the money, spend-scale.ts), offices in place
 * and pushes. A push whose spend is beyond what its managers carry is not held either (round 29,
 * undoing round 25's hold): who controls that spend is read by the controls' own hours
 * (others-control.ts: in full on what the managers control, the oversight share on the rest), and
 * a thin owner's corps of project managers is why such a push has an office at all; held by the
 * managers, its office fell as its spend rose past the line (round 28: a student-records programme
 * from 2.4–3.5 FTE at £16M a year to 1.6–2.5 at £18M; round 29: an airport's terminal expansion
 * scaled to 60 %, with no cost or change controller, beside four managers carrying €11M each).
 */
export const managerBrakeFte = (
  s: Situation,
  shape: PmoShape | undefined,
): { fte: number; leads: number } | undefined => {
  if (shape === undefined || !BRAKED_SHAPES.includes(shape)) return undefined;
  if (s.existingPmo !== 'none' || s.horizon !== 'lasting') return undefined;
  if ((s.projectsFor ?? 'own-organisation') !== 'own-organisation') return undefined;
  if (s.deliveryApproach === 'agile' || credibleManagers(s) === 0 || largeProjects(s)) return undefined;
  const leads = Math.max(credibleManagers(s), Math.ceil(credibleProjects(s) / PROJECTS_PER_LEAD));
  return { fte: Math.max(MANAGER_BRAKE_MIN_FTE, OFFICE_FTE_PER_LEAD * leads), leads };
};

export interface ManagersHeld {
  /** The office's top as held: half a person a lead, plus the work the brake does not hold. */
  fte: number;
  leads: number;
  /** The FTE of the regulator's or funder's duties held outside the brake (0 where none). */
  duty?: number;
  /** The FTE of the owner's controls on the spend held outside the brake (0 where none). */
  controls?: number;
}

/**
 * The size a mixed team's size blockers read (sourcing.ts): where the managers' brake held the
 * office, its need. The brake holds every way of staffing the office alike, so it never decides
 * the sourcing (round 26: a council's recovery programme, held by the brake, was refused a mixed
 * team as "one person from outside" and sourced internal at 45/100 against 90 for mixed; round 25
 * made the same rule for a bought-in office and the spend ceiling, sourcing-paid.ts).
 */
export const mixFteOf = (o: { managersHeld?: ManagersHeld; needFte?: number }): number | undefined =>
  o.managersHeld === undefined ? undefined : o.needFte;

/**
 * The services a regulator or funder holds a regulated organisation to, which the brake does not
 * hold: the reviews and the evidence trail an auditor reads (assurance), and the central reporting
 * a funder or regulator requires (status reporting). The brake's own words name this exception
 * (round 26: a council's cyclone recovery programme, delivered by consultants and audited by its
 * funder, was held to 51 % of its need while the warning said the office grows "where a regulator or
 * funder needs that work done centrally"). That work does not fall to the project managers the
 * brake reads: it is the organisation's duty, done centrally whoever leads the projects. Our
 * judgement, after the round-26 practitioner.
 */
export const DUTY_SERVICES: readonly ServiceId[] = ['assurance', 'status-reporting'];

/** What a service is, for the brake: held by the managers, a regulator's duty, or the owner's controls on the spend. */
export type BrakeKind = 'held' | 'duty' | 'controls';

/**
 * The owner's controls of cost, schedule and change sized on the spend (CONTROLS_SERVICES, driven by
 * spend) are not held by the managers either (round 29). They grow with the money under contract,
 * not with the owner's project managers: a thin owner's corps is why an owner needs them done
 * centrally. Who does the per-job control work is already read in their hours: the controls' one
 * coefficient (controls-need.ts: customer contracts, strong practice, agile teams) and the oversight
 * share of spend beyond what the managers carry (others-control.ts). The brake never takes them
 * below that, so more spend never leaves a smaller office. Our judgement, after round 29's
 * practitioner (an airport's terminal expansion held to 60 % with no cost or change controller).
 */
export const brakeKind = (
  s: Pick<Situation, 'regulated'>,
  c: { spec: { id: ServiceId }; driver: string },
): BrakeKind =>
  CONTROLS_SERVICES.includes(c.spec.id) && c.driver === 'spend'
    ? 'controls'
    : s.regulated === true && DUTY_SERVICES.includes(c.spec.id)
      ? 'duty'
      : 'held';

/** The weekly hours, at the office's top, of each kind of work the brake reads (brakeKind). */
export const brakeTopHours = (
  s: Pick<Situation, 'regulated'>,
  services: readonly { spec: { id: ServiceId }; driver: string; hours: number }[],
  spread: number,
): Record<BrakeKind, number> => {
  const out: Record<BrakeKind, number> = { held: 0, duty: 0, controls: 0 };
  for (const c of services) out[brakeKind(s, c)] += c.hours * (1 + spread);
  return out;
};

const tenthOf = (hours: number): number => Math.round((hours / HOURS_PER_FTE) * 10) / 10;

/**
 * The brake applied to an office whose top of range is `topHours` at `scale`, its services' own
 * hours at the top being `kinds` (brakeTopHours): the new overall scale, the share each service
 * keeps, and where it binds, what held it and the note that says so. A regulated organisation's
 * duties and the owner's controls on the spend keep the scale the other ceilings left them, with
 * their part of the office's lead; the managers' share holds only the rest, the work the managers
 * can use, which takes what is left of the allowance.
 */
export const managerBrake = (
  s: Situation,
  shape: PmoShape | undefined,
  topHours: number,
  scale: number,
  say: Say,
  kinds: Record<BrakeKind, number> = { held: topHours, duty: 0, controls: 0 },
): {
  scale: number;
  held?: ManagersHeld;
  notes: string[];
  shareOf?: (c: { spec: { id: ServiceId }; driver: string }) => number;
} => {
  const brake = managerBrakeFte(s, shape);
  if (brake === undefined) return { scale, notes: [] };
  const services = kinds.held + kinds.duty + kinds.controls;
  if (services <= 0 || kinds.held <= 0) return { scale, notes: [] };
  // The whole work carries its share of the office's lead, as every service does.
  const withLead = topHours / services;
  const duty = kinds.duty * scale * withLead;
  const controls = kinds.controls * scale * withLead;
  const allowed = brake.fte * HOURS_PER_FTE + duty + controls;
  if (topHours * scale <= allowed * 1.005) return { scale, notes: [] };
  const next = allowed / topHours;
  // The held work's share: what the allowance leaves once the whole work keeps its scale.
  const heldShare = (next * services - scale * (kinds.duty + kinds.controls)) / kinds.held;
  const shown = { duty: tenthOf(duty), controls: tenthOf(controls) };
  const key =
    shown.controls > 0
      ? shown.duty > 0
        ? 'office.managersCeilingControlsDuties'
        : 'office.managersCeilingControls'
      : shown.duty > 0
        ? 'office.managersCeilingDuties'
        : 'office.managersCeiling';
  return {
    scale: next,
    held: {
      fte: tenthOf(allowed),
      leads: brake.leads,
      ...(shown.duty > 0 ? { duty: shown.duty } : {}),
      ...(shown.controls > 0 ? { controls: shown.controls } : {}),
    },
    shareOf: (c) => (brakeKind(s, c) === 'held' ? heldShare : scale),
    notes: [
      say(
        msg(key, {
          duty: shown.duty,
          controls: shown.controls,
          fte: brake.fte,
          leads: brake.leads,
          perLead: OFFICE_FTE_PER_LEAD,
          percent: Math.round(heldShare * 100),
        }),
      ),
    ],
  };
};
