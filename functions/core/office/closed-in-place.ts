import type { PmoModelId, PmoShape, RolloutPlan } from '../../contract/result';
import { PART_TIME_ROLE_FTE } from '../part-time-role';
import { withStartWeeks } from '../rollout-basics';
import { healthCheckPhase } from '../rollout-opening';
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
  say: Say,
): OfficeDesign => {
  const officeFte = middle(office);
  const inPlaceFte = s.existingPmoFte;
  if (inPlaceFte !== undefined && s.existingPmo !== 'none' && office.staffing)
    office.setupDays += Math.abs(officeFte - inPlaceFte) * CHANGE_DAYS_PER_FTE;
  const change = changeOfOffice(s, model, shape, officeFte);
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
  thin = false,
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
    return msg(thin ? 'inPlace.closed.unknownThin' : 'inPlace.closed.unknown', {
      ...common,
      perFte: Math.round(perFte.amount),
    });
  const released = tenth(Math.max(0, existing - role));
  if (released <= 0) return msg('inPlace.closed.none', { ...common, existing });
  // On thin evidence nobody moves before the health check confirms the closure (closedPlan).
  if (thin)
    return msg('inPlace.closed.releasedThin', {
      ...common,
      existing,
      released,
      saving: Math.round(released * perFte.amount),
    });
  return msg('inPlace.closed.released', {
    ...common,
    existing,
    released,
    saving: Math.round(released * perFte.amount),
  });
};

/**
 * The plan that closes an office in place: the risks of losing what it built and of its people
 * resisting or leaving; on thin evidence (fewer respondents than a sufficient view), the closure is
 * a cut like any other (thin-evidence.ts, round 21): a health check of the office comes first, and
 * the HR step waits for it.
 */
export const closedPlan = (plan: RolloutPlan, s: Situation, thin: boolean, say: Say): RolloutPlan => {
  if (s.existingPmo === 'none') return plan;
  const risks = [
    ...plan.risks,
    ...(['closedBuilt', 'closedPeople'] as const).map((id) => ({
      risk: say(msg(`risk.${id}.risk`)),
      mitigation: say(msg(`risk.${id}.mitigation`)),
    })),
  ];
  if (!thin || !plan.phases || plan.phases.length === 0) return { ...plan, risks };
  const hr = say(msg('inPlace.plan.closedHr'));
  // A push with no office has no weeks to spare for a check within its horizon: nobody is moved in
  // it, and the HR step waits for the check the rationale names, after the push.
  if (s.horizon === 'temporary')
    return {
      ...plan,
      phases: plan.phases.map((p) => ({ ...p, activities: p.activities.filter((a) => a !== hr) })),
      risks,
    };
  const phases = plan.phases.map(({ startWeek: _start, ...p }) => ({
    ...p,
    activities: p.activities.map((a) => (a === hr ? say(msg('inPlace.plan.closedHrThin')) : a)),
  }));
  const checked = withStartWeeks(
    [healthCheckPhase(`model.${s.existingPmo}`, say), ...phases],
    plan.assumptions,
  );
  return { ...checked, risks };
};
