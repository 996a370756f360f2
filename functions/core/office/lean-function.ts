import type { PmoShape } from '../../contract/result';
import { INITIATIVE_LEAD_SPEND, leanPortfolioDelivery } from '../agile-initiatives';
import { msg, type Say } from '../say';
import { type Situation, spendInEur } from '../situation';
import type { OfficeDesign } from './design';
import { scaledRoles } from './in-place-size';

/**
 * A lean portfolio of this many initiatives or more is a function of its own, not a sideline: a
 * ranked list renewed each quarter, a board of what the teams wait for from one another every
 * fortnight, and funding guardrails take about one person (our judgement, after the practitioners
 * of rounds 5, 6 and 24, who each asked for 1 to 3 people for 15 to 40 agile initiatives, and the
 * lean portfolio management practice they cite).
 */
export const LEAN_FUNCTION_INITIATIVES = 15;

/**
 * ...where the yearly spend reaches the line from which team-funded initiatives get a programme lead
 * of their own (agile-initiatives.ts, INITIATIVE_LEAD_SPEND, in euros): below it a part-time owner
 * of the ranked list serves, as the many small agile organisations the panels signed were told.
 */
export const LEAN_FUNCTION_SPEND = INITIATIVE_LEAD_SPEND;

/**
 * ...and where the appetite for control is one of these (our judgement, after round 26's
 * practitioner: at low appetite a floor turns a part-time practice into a hire nobody asked for).
 */
export const LEAN_FUNCTION_APPETITE: readonly Situation['controlAppetite'][] = ['medium', 'high'];

/** ...held at this many people at least, the bottom and the top of its range (our judgement). */
export const LEAN_FUNCTION_FTE = { min: 1, max: 1.5 } as const;

/**
 * A new lean portfolio office for many initiatives and a large spend, where the teams compete for
 * people at all: it is one function of about a person, never turned into a part-time role by its
 * per-initiative hours (round 24: a 900-person agency's 15 agile initiatives and SEK 120M got a
 * coordinator at 4 to 6 hours a week; the practitioner's answer was a lean-portfolio function of 1
 * to 2 people). Low competition for people keeps the part-time answer: stable teams that rarely
 * share anyone are ranked by their product leaders (round 17: a mature product company with no
 * office, signed). Low appetite for control keeps it too: where leadership wants no office, the
 * part-time owner of the ranked list stays, whatever the computed hours (round 26: a 300-person
 * fintech of 15 squads raised from 0.6 FTE to a new 1–1.5 FTE role its leadership did not want).
 * The function is one person's job only where the organisation asks for a portfolio to be run
 * (LEAN_FUNCTION_APPETITE).
 */
export const leanFunction = (s: Situation, shape: PmoShape): boolean =>
  shape === 'lean-portfolio' &&
  leanPortfolioDelivery(s) &&
  s.horizon === 'lasting' &&
  s.existingPmo === 'none' &&
  s.resourceContention !== 'low' &&
  LEAN_FUNCTION_APPETITE.includes(s.controlAppetite) &&
  s.concurrentProjects >= LEAN_FUNCTION_INITIATIVES &&
  (spendInEur(s) ?? 0) >= LEAN_FUNCTION_SPEND;

/**
 * The lean function held at LEAN_FUNCTION_FTE: its services are unchanged, its roles keep their
 * proportions, and the staffing basis says why it is larger than its hours. No office is designed
 * again.
 */
export const withLeanFunction = (
  office: OfficeDesign,
  s: Situation,
  shape: PmoShape,
  say: Say,
): OfficeDesign => {
  const staffing = office.staffing;
  if (!staffing || !leanFunction(s, shape) || staffing.fte.min >= LEAN_FUNCTION_FTE.min) return office;
  const { hoursPerWeek: _hours, ...rest } = staffing;
  const fte = {
    min: LEAN_FUNCTION_FTE.min,
    max: Math.max(staffing.fte.max, LEAN_FUNCTION_FTE.max),
  };
  const roles = scaledRoles(staffing.roles, (fte.min + fte.max) / 2);
  return {
    ...office,
    staffing: {
      ...rest,
      fte,
      roles,
      basis: [
        ...staffing.basis,
        say(
          msg('office.leanFunction', {
            initiatives: s.concurrentProjects,
            minimum: LEAN_FUNCTION_INITIATIVES,
            fte: LEAN_FUNCTION_FTE.min,
          }),
        ),
      ],
    },
  };
};
