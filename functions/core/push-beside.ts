import type { Situation } from './situation';

/**
 * A push this short (in months) that is also urgent did not build the office in place: nobody sets
 * up, staffs and runs an office for a push that arrives at a fixed date within a year, so an office
 * in place at its start is the organisation's lasting one. Our judgement (round 22: a broadcaster's
 * six-month election coverage beside a four-person control tower was told to health-check that
 * office, rewrite its charter and, at the end, dissolve it and release its people). A longer push,
 * or one winding down without urgency, may be the very one the office in place was built for (a
 * delivery body, a programme team, an organising committee: rounds 12 to 20), which keeps taking
 * it on as before.
 */
export const SHORT_PUSH_MONTHS = 12;

/**
 * An office in place that only reports (a weather station) is the organisation's lasting office,
 * never a push's own: a push's office steers its workstreams from the start, controls first (round
 * 10), so an office set up for a push is at least a control tower. Our judgement (round 27: a
 * health-system merger's 60 integration initiatives took over the 4-person IT office in place,
 * reset it and, at the push's end, dissolved it and released its people, because it carried half
 * of the push's office). The push's end never dissolves such an office (rollout-ramp.ts).
 */
export const lastingOfficeInPlace = (s: Pick<Situation, 'horizon' | 'existingPmo'>): boolean =>
  s.horizon === 'temporary' && s.existingPmo === 'weather-station';

/*
 * One office at a time: a push never runs an office of its own beside an office in place: the office
 * in place runs the push, topped up with the push's temporary staff (one office, one report, one
 * source of truth), and returns to its lasting services when the push ends. Round 29: an integration
 * office of 2 FTE whose synergies were behind plan got a second, temporary control tower of 2.8 to
 * 4.2 FTE beside it, two mandates over one integration; the reviewer's answer was the office in
 * place, re-tasked from reporting to steering and topped up. Rounds 22 and 27 stand: such an office
 * is the organisation's lasting one and the push's end never dissolves it (lastingOfficeTakesPush).
 * The engine has no path that builds a second office beside one in place (decide.ts); the result's
 * optional `besideExisting` is never set (test/unit/core/push-one-office.property.test.ts).
 */

/**
 * The office in place is the organisation's lasting office taking a push on, never the push's own
 * office, so the push's end never dissolves it nor releases its people: for a temporary programme
 * (need.scope 'programme', which the office in place was not built to run), for a short urgent push
 * (SHORT_PUSH_MONTHS) and over an office that only reports (lastingOfficeInPlace). These are the
 * cases where the context says the office in place cannot have been built for the push (rounds 22,
 * 27); they ran as a cell beside it until round 29, and are now run by it.
 */
export const lastingOfficeTakesPush = (
  s: Pick<Situation, 'horizon' | 'existingPmo' | 'urgency' | 'horizonMonths'>,
  scope: 'organisation' | 'programme' | undefined,
): boolean =>
  s.horizon === 'temporary' &&
  s.existingPmo !== 'none' &&
  (scope === 'programme' ||
    (s.urgency === 'high' && (s.horizonMonths ?? 12) <= SHORT_PUSH_MONTHS) ||
    lastingOfficeInPlace(s));

/**
 * An office in place outlives every push it runs, whatever its model (round 31: a bank's 8-person
 * enterprise control tower ran a BCBS 239 remediation and was dissolved at its end; a working
 * 15-person IT office was dissolved at the end of a three-year operating-model programme, where a
 * weather station in the same place was rightly returned to its lasting services). The push's
 * sunset ends the people and services added for the push, never the office itself: whether it keeps
 * running, and on what, is the organisation's own decision, not the push's. Our judgement, the
 * reviewers' practice: a regulatory or transformation programme is run beside, and handed back to,
 * the standing office. The plan never dissolves an office in place at a push's end
 * (rollout-run.ts): an office in place that is the push's own (rollout-ramp.ts, pushOfficeInPlace)
 * releases what the push added, and its own future is its sponsor's decision before the hand-back.
 */
export const officeInPlaceOutlivesPush = (s: Pick<Situation, 'horizon' | 'existingPmo'>): boolean =>
  s.horizon === 'temporary' && s.existingPmo !== 'none';

/**
 * A push spending this much a year (in euros) is large for any organisation: its accountable person
 * is a programme director from the leadership, whatever the project managers' expertise (round 31:
 * a €40 M board-level regulatory remediation was handed to "one of your project managers" because
 * expertise was strong). Our judgement: the spend at which a single project carries a controls
 * function of its own (spend-scale.ts, LARGE_PROJECT_SPEND), and the scale at which supervisors
 * expect senior management to own the programme (BCBS 239, principle 1, governance).
 */
export const LEADERSHIP_PUSH_SPEND_EUR = 10_000_000;

/** Whether the push is large enough that its accountable person comes from the leadership. */
export const leadershipPush = (
  s: Pick<Situation, 'horizon'> & Partial<Pick<Situation, 'annualProjectBudget' | 'eurPerUnit'>>,
): boolean =>
  s.horizon === 'temporary' &&
  s.annualProjectBudget !== undefined &&
  s.annualProjectBudget * (s.eurPerUnit ?? 1) >= LEADERSHIP_PUSH_SPEND_EUR;
