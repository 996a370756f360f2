import type { Maturity } from '../../contract/result';
import { assessEvidence } from '../evidence';
import { pushNeedsDecisions, regulatorFindsGap } from '../fit-pressures';
import { round2 } from '../numbers';
import { PMO_MODELS } from '../pmo-models';
import { unsaid } from '../say';
import type { Situation } from '../situation';

/**
 * Groups of units that run their own projects: one rule for their structure and one for the control
 * of their centre (docs/scoring.md, "Groups of units"; round 17).
 * - The structure comes from the units alone: where every unit carries an office of its own, a hub
 *   ties their offices together, whatever leadership's appetite (round 17: a low appetite turned a
 *   five-unit group into one central office, and a group with unit offices and "no central
 *   mandate" was left with no one at the group roll-up).
 * - The control of the centre comes from appetite, maturity and what the units need from it
 *   (model-fit.ts, GATES): it never allocates the units' people; it controls where a regulator
 *   holds the group to account, where leadership asks for it, or where there is shared practice to
 *   check; a directive office in place steps down one degree, never straight to observation.
 */

/** Below this many projects at once, a lasting portfolio is coordinated part-time (the same line for each unit). */
export const MIN_PROJECTS_FOR_OFFICE = 6;
/**
 * A unit carries an office of its own (a spoke) when, on average, its own portfolio is one an
 * organisation on its own would give an office (MIN_PROJECTS_FOR_OFFICE projects), it has a
 * project manager of its own, and it is more than one team: at least UNIT_MIN_EMPLOYEES people.
 * Our judgement: below that a unit's head sees its few projects whole, and the centre serves them
 * better than a focal point would (round 16).
 */
export const UNIT_MIN_EMPLOYEES = 50;
/**
 * With this many units that carry offices or more, a hub ties their offices together (P3O's hub and
 * spoke). Below it, two units are served by one central office: a hub over two offices is more
 * overhead than it ties together (our judgement).
 */
export const HUB_MIN_UNITS = 3;
/**
 * From this many units that run their own projects, each with a project manager of its own, people
 * are allocated inside the units: a centre that allocated them across the units would work against
 * the structure, and a directive office is ruled out (round 1; since round 17 for one in place too).
 */
export const DIRECTIVE_MAX_UNITS = 3;

const unitsOf = (s: Situation): number => s.businessUnits ?? 1;

/**
 * The share of stakeholders asking the office to allocate people (the "resource-allocation"
 * expectation) from which, where people are fought over, the units are taken to draw on one pool
 * the office allocates. Our judgement: half the people asked is a mandate the organisation gives
 * the centre, not one voice (round 26: an IT provider whose three units share engineering pools,
 * with 80 % asking for allocation, was told "each unit allocates its own people").
 */
export const POOL_ALLOCATION_ASKED = 0.5;

/**
 * The units share a pool of people: they fight over the same ones (high contention, the line of
 * offered.ts, UNITS_SHARE_PEOPLE_FROM) and at least POOL_ALLOCATION_ASKED of the stakeholders ask the
 * office to allocate them. The number of units then no longer says that people are allocated inside
 * the units: the office allocates the pool, and how much control it takes is its fit's, not the
 * units' count (docs/scoring.md, "Units that share a pool").
 */
export const withSharedPool = (
  s: Situation,
  expectations: Readonly<Record<string, number>> | undefined,
): Situation =>
  unitsOf(s) >= 2 &&
  s.resourceContention === 'high' &&
  (expectations?.['resource-allocation'] ?? 0) >= POOL_ALLOCATION_ASKED
    ? { ...s, sharedPool: true }
    : s;

/** The units draw on one pool of people the office allocates (withSharedPool). */
export const sharesPool = (s: Pick<Situation, 'sharedPool'>): boolean => s.sharedPool === true;

/**
 * Every unit, on average, is large enough, runs enough projects and has a project manager of its
 * own to carry an office of its own.
 */
export const unitsCarryOffices = (s: Situation): boolean => {
  const units = unitsOf(s);
  return (
    units >= 2 &&
    s.projectManagers >= units &&
    s.concurrentProjects >= MIN_PROJECTS_FOR_OFFICE * units &&
    s.employees >= UNIT_MIN_EMPLOYEES * units
  );
};

/** The group's structure is a hub with offices in the units (before an office in place is weighed). */
export const hubGroup = (s: Situation): boolean => unitsOf(s) >= HUB_MIN_UNITS && unitsCarryOffices(s);

/**
 * The units lead their own projects, each with a project manager of its own: their people are
 * allocated inside them, and the office keeps a view across the units of the people they share
 * rather than planning them (round 17: consortium partners, member associations and business units
 * were given "capacity planning inside each unit"; a trust whose fourteen schools have two project
 * managers between them runs its projects from the centre and plans its shared people there).
 */
export const unitsLeadOwn = (s: Situation): boolean =>
  unitsOf(s) >= DIRECTIVE_MAX_UNITS && s.projectManagers >= unitsOf(s);

/**
 * People are allocated inside the units, so no office allocates them across: from
 * DIRECTIVE_MAX_UNITS units a new directive office is ruled out, and one in place too where the
 * units lead their own projects and leadership does not renew its mandate (round 17: a directive
 * office in place was spread into five unit offices whose units "allocate their own people").
 */
export const unitsAllocate = (s: Situation): boolean =>
  unitsOf(s) >= DIRECTIVE_MAX_UNITS &&
  !sharesPool(s) &&
  (s.existingPmo !== 'resource-source' || stepsDownFromDirective(s));

/**
 * A directive office in place over units that lead their own projects, unless leadership renews
 * its mandate (a high appetite), hands the allocation of people to the units, not the priorities and the clashes between them: where a control tower is
 * open to it, it steps down one degree to that, never straight to an office that only observes
 * (round 17: a regulated £900m estate with high contention went from directive to supportive, and
 * one step of appetite swung it back to directive). Our judgement: a change of control is a
 * reorganisation, made one degree at a time.
 */
export const stepsDownFromDirective = (s: Situation): boolean =>
  s.existingPmo === 'resource-source' && unitsLeadOwn(s) && !directiveMandateStands(s) && !sharesPool(s);

/**
 * Leadership renews a directive office's mandate (a high appetite for central control): it keeps
 * allocating the people it pools at the centre, across the units, and keeps its structure.
 */
export const directiveMandateStands = (s: Situation): boolean =>
  s.existingPmo === 'resource-source' && s.controlAppetite === 'high';

/** The office in place has the degree of control leadership now asks for (as decide.ts reads it). */
export const inPlaceMatchesAppetite = (s: Situation): boolean =>
  !(s.existingPmo === 'weather-station' && s.controlAppetite === 'high') &&
  !(s.existingPmo !== 'weather-station' && s.controlAppetite === 'low');

const sufficientOf = new WeakMap<Maturity, boolean>();
/** Several respondents agree enough for the result to reorganise on (evidence.ts). */
export const sufficientEvidence = (m: Maturity): boolean => {
  let sure = sufficientOf.get(m);
  if (sure === undefined) {
    sure = assessEvidence(m.dimensions, m.respondents, unsaid).status === 'sufficient';
    sufficientOf.set(m, sure);
  }
  return sure;
};

/**
 * An office in place keeps how it is organised on evidence short of sufficient, while its mandate
 * stands (it has the degree of control leadership asks for, and one the units leave open to it):
 * moving its people into the units is a reorganisation, and one view of the organisation is too
 * thin for it, as it is for a change of model (round 17: a working office was split into a hub and
 * unit offices on one respondent, while one with the same three units was kept). A team assessment
 * confirms the move; an office whose mandate is withdrawn changes anyway, and its structure with it.
 */
export const keepsStructureOnThinEvidence = (s: Situation, m: Maturity): boolean =>
  s.existingPmo !== 'none' &&
  inPlaceMatchesAppetite(s) &&
  !stepsDownFromDirective(s) &&
  !sufficientEvidence(m);

/** A dimension's mean over its rated questions, as the fit shows it (two decimals); null if unrated. */
const scoreOf = (m: Maturity, id: string): number | null => {
  const d = m.dimensions.find((x) => x.id === id);
  return d?.score === null || d?.score === undefined ? null : round2(d.score);
};

/**
 * The control tower's prerequisites (pmo-models.ts: reporting and standards at level 2), read on the
 * scores as the fit shows them: the lowest requirement missed, or null. One reading for every path
 * that asks whether a control tower has the practice it checks (round 21: the tower was ineligible
 * with reporting at 1.83 in a group, and recommended at 1.33 elsewhere as "direction of travel").
 */
export const controlPrerequisiteGap = (
  m: Maturity,
): { score: number; minimum: number; dimension: string } | null => {
  const requires = PMO_MODELS.find((x) => x.id === 'control-tower')?.requires ?? [];
  for (const r of requires) {
    const score = scoreOf(m, r.dimension);
    if (score !== null && score < r.level) return { score, minimum: r.level, dimension: r.dimension };
  }
  return null;
};

/**
 * Below this overall maturity a centre with fewer project managers than units does not control
 * them: the office, about one person, would check units that have nobody to answer its checks and
 * no practice that repeats. Our judgement (round 28: a trust of 14 schools, one project manager
 * and maturity 1.56 got a one-person control tower for its regulator; the expected answer was a
 * weather station with a gate at the trust's board), at the top of level 1 (Initial).
 */
export const CENTRAL_CONTROL_MIN_OVERALL = 2;

/**
 * Three or more units (HUB_MIN_UNITS) with fewer project managers than units, at overall maturity
 * below CENTRAL_CONTROL_MIN_OVERALL: a regulator's gap does not make a control tower the direction
 * of travel here; its evidence trail and a gate at the board answer the regulator, and the tower
 * waits for the practice it checks (controlPracticeMissing).
 */
export const controlsUnitsAlone = (s: Situation, m: Maturity): boolean =>
  unitsOf(s) >= HUB_MIN_UNITS && s.projectManagers < unitsOf(s) && m.overall < CENTRAL_CONTROL_MIN_OVERALL;

/**
 * A control tower checks practice that exists: under a medium appetite, without a regulator who
 * would find governance short, and with no control tower in place, it needs its prerequisites
 * (controlPrerequisiteGap); below them the office builds the practice first as a weather station,
 * and the competition for people is settled by the prioritisation and capacity services it runs
 * (office/choice.ts), not by more control. A regulator's findings or a leadership asking for control
 * (a high appetite) make the tower the direction of travel instead (readiness.ts). Our judgement
 * after P3O: an office sets standards on a practice that repeats. The same rule for an organisation
 * and for the centre of a group. Returns the lowest requirement missed, or null.
 */
export const controlPracticeMissing = (
  s: Situation,
  m: Maturity,
): { score: number; minimum: number; dimension: string } | null => {
  // A regulator weighs where governance and risk control fall short, not for the flag alone (fit-pressures.ts).
  const control = [scoreOf(m, 'governance'), scoreOf(m, 'risk-control')].filter(
    (x): x is number => x !== null,
  );
  const regulatorsGap = regulatorFindsGap(
    s,
    control.length === 0 ? null : round2(control.reduce((a, b) => a + b, 0) / control.length),
  );
  // An urgent push holds its own gates: it needs no standing practice to check (fit-pressures.ts).
  if (
    s.controlAppetite !== 'medium' ||
    (regulatorsGap && !controlsUnitsAlone(s, m)) ||
    s.existingPmo === 'control-tower' ||
    pushNeedsDecisions(s)
  )
    return null;
  return controlPrerequisiteGap(m);
};
