import type { PmoModelId, PmoShape } from '../../contract/result';
import { PART_TIME_ROLE_FTE } from '../part-time-role';
import { type EngineMessage, msg, type Say } from '../say';
import type { Situation } from '../situation';
import { CHANGE_DAYS_PER_FTE, changeOfOffice } from './change';
import type { OfficeDesign } from './types';

/**
 * What changing an office in place costs once (moved from decide.ts), and what closing one says in
 * figures: the role that remains, the people released and the yearly saving (docs/scoring.md,
 * "An office in place closed"). Neither designs an office: both read the office already designed.
 */

const middle = (o: OfficeDesign): number => (o.staffing ? (o.staffing.fte.min + o.staffing.fte.max) / 2 : 0);
const tenth = (x: number): number => Math.round(x * 10) / 10;

/**
 * Moving people in or out of an office in place is work of its own, paid once; so is a new degree
 * of control or a new structure (a reorganisation, not a set-up of services; change.ts).
 */
export const withChangeDays = (
  office: OfficeDesign,
  s: Situation,
  model: PmoModelId | null,
  shape: PmoShape,
  besideExisting: boolean,
  say: Say,
): OfficeDesign => {
  const officeFte = middle(office);
  const inPlaceFte = s.existingPmoFte;
  if (inPlaceFte !== undefined && s.existingPmo !== 'none' && !besideExisting && office.staffing)
    office.setupDays += Math.abs(officeFte - inPlaceFte) * CHANGE_DAYS_PER_FTE;
  const change = changeOfOffice(s, model, shape, besideExisting, officeFte);
  if (change && office.staffing) {
    office.setupDays += change.days;
    office.staffing = {
      ...office.staffing,
      basis: [
        ...office.staffing.basis,
        say(
          msg('office.changeDays', {
            what: change.what.map((w) => msg(`office.change.${w}`)),
            days: change.days,
          }),
        ),
      ],
    };
  }
  return office;
};

/**
 * The role that remains when an office in place is closed: the part-time coordination the no-office
 * result designed, where it designed one, or else a part-time role of PART_TIME_ROLE_FTE (half a
 * person: the largest job decide.ts reads as a role, not an office; our judgement, round 25: a
 * closed 4-FTE control tower was told nothing of what stays).
 */
export const remainingRoleFte = (office: OfficeDesign): number => tenth(middle(office)) || PART_TIME_ROLE_FTE;

/**
 * Closing an office in place, in figures: the role that remains and its cost, the people released
 * (the office's FTE beyond that role), agreed with HR before anything is announced, and the yearly
 * saving, all at the internal rate for a year of work (perFte). Null where no office in place is closed.
 */
export const closedInPlace = (
  s: Situation,
  office: OfficeDesign,
  perFte: { amount: number; currency: string },
): EngineMessage | null => {
  if (s.existingPmo === 'none') return null;
  const role = remainingRoleFte(office);
  const common = {
    model: msg(`model.${s.existingPmo as PmoModelId}`),
    role,
    roleCost: Math.round(role * perFte.amount),
    currency: perFte.currency,
  };
  const existing = s.existingPmoFte;
  if (existing === undefined)
    return msg('inPlace.closed.unknown', { ...common, perFte: Math.round(perFte.amount) });
  const released = tenth(Math.max(0, existing - role));
  if (released <= 0) return msg('inPlace.closed.none', { ...common, existing });
  return msg('inPlace.closed.released', {
    ...common,
    existing,
    released,
    saving: Math.round(released * perFte.amount),
  });
};

/** The risks of closing an office in place: what it built lapses, and its people resist or leave. */
export const closedRisks = (s: Situation, say: Say): { risk: string; mitigation: string }[] =>
  s.existingPmo === 'none'
    ? []
    : (['closedBuilt', 'closedPeople'] as const).map((id) => ({
        risk: say(msg(`risk.${id}.risk`)),
        mitigation: say(msg(`risk.${id}.mitigation`)),
      }));
