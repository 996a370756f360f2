import type { PmoShape } from '../../contract/result';
import { credibleManagers, credibleProjects } from '../project-count';
import { msg, type Say } from '../say';
import type { Situation } from '../situation';
import { largeProjects } from '../spend-scale';
import { HOURS_PER_FTE, type ServiceId } from './catalogue';
import { managedSpendEur } from './others-control';
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
 * and pushes, except a push whose spend per project manager is beyond what they carry (the
 * warning's test, others-control.ts): its office is held as a lasting one is (round 25: a hotel's
 * refurbishment of five projects and one manager got 2–2.9 FTE for an €18M budget its contractor
 * and quantity surveyor control).
 */
export const managerBrakeFte = (
  s: Situation,
  shape: PmoShape | undefined,
): { fte: number; leads: number } | undefined => {
  if (shape === undefined || !BRAKED_SHAPES.includes(shape)) return undefined;
  if (s.existingPmo !== 'none') return undefined;
  // A push is held as a lasting office is where its spend is beyond what its managers can control
  // (others-control.ts): the spend says nothing of the office's work there (round 25).
  if (s.horizon !== 'lasting' && managedSpendEur(s) === undefined) return undefined;
  if ((s.projectsFor ?? 'own-organisation') !== 'own-organisation') return undefined;
  if (s.deliveryApproach === 'agile' || credibleManagers(s) === 0 || largeProjects(s)) return undefined;
  const leads = Math.max(credibleManagers(s), Math.ceil(credibleProjects(s) / PROJECTS_PER_LEAD));
  return { fte: Math.max(MANAGER_BRAKE_MIN_FTE, OFFICE_FTE_PER_LEAD * leads), leads };
};

export interface ManagersHeld {
  /** The office's top as held: half a person a lead, plus the duties the brake does not hold. */
  fte: number;
  leads: number;
  /** The FTE of the regulator's or funder's duties held outside the brake (0 where none). */
  duty?: number;
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

/** The weekly hours, at the office's top, of the duty services a regulated organisation's brake leaves whole. */
export const dutyTopHours = (
  s: Pick<Situation, 'regulated'>,
  services: readonly { spec: { id: ServiceId }; hours: number }[],
  spread: number,
): number =>
  s.regulated === true
    ? services.reduce((a, c) => a + (DUTY_SERVICES.includes(c.spec.id) ? c.hours : 0), 0) * (1 + spread)
    : 0;

/**
 * The brake applied to an office whose top of range is `topHours` at `scale`: the new scale, and
 * where it binds, what held it and the note that says so. `dutyHours` (dutyTopHours) are the
 * regulated organisation's duties at the office's top: they come on top of the managers' share,
 * at the scale the other ceilings left them, so the brake holds only the work the managers can use.
 */
export const managerBrake = (
  s: Situation,
  shape: PmoShape | undefined,
  topHours: number,
  scale: number,
  say: Say,
  dutyHours = 0,
): { scale: number; held?: ManagersHeld; notes: string[] } => {
  const brake = managerBrakeFte(s, shape);
  if (brake === undefined) return { scale, notes: [] };
  const allowed = brake.fte * HOURS_PER_FTE + dutyHours * scale;
  if (topHours * scale <= allowed * 1.005) return { scale, notes: [] };
  const next = allowed / topHours;
  const duty = Math.round(((dutyHours * scale) / HOURS_PER_FTE) * 10) / 10;
  const fte = Math.round((allowed / HOURS_PER_FTE) * 10) / 10;
  return {
    scale: next,
    held: { fte, leads: brake.leads, ...(duty > 0 ? { duty } : {}) },
    notes: [
      say(
        msg(duty > 0 ? 'office.managersCeilingDuties' : 'office.managersCeiling', {
          duty,
          fte: brake.fte,
          leads: brake.leads,
          perLead: OFFICE_FTE_PER_LEAD,
          percent: Math.round(next * 100),
        }),
      ),
    ],
  };
};
