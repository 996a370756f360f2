import type { OrganisationContext } from '../contract/context';
import type { Factor, Maturity, PmoModelId, PmoService, PmoShape } from '../contract/result';
import { dimensionScore } from './model-gates';
import { inTheUnits } from './office/shape';
import { controlPrerequisiteGap, unitsAllocate } from './office/units';
import { agileDelivery } from './rollout-agile';
import { msg, type Say } from './say';
import type { Situation } from './situation';
import { largeProjects } from './spend-scale';

/**
 * Where the pain is shared people and not standards, the degree of control follows the pain: a
 * supportive office with one narrow mandate, scheduling the scarce pool, not a control tower that
 * sets and checks standards nobody lacks. A control tower is chosen for the control its services
 * need (standards to set where standards are the gap, assurance where a regulator asks), never as
 * the fallback of a resource source that the appetite or resource practice blocks. Our judgement,
 * after round 28: an IT service firm whose engineers serve the service desk too, a general
 * contractor with twelve strong site managers and a machine builder whose method was its strongest
 * dimension (3.75), each short of shared people at a medium appetite, each given a control tower
 * scored up for "enough repeatable practice to standardise"; the practitioners signed a supportive
 * office with directive scheduling of the pool.
 */

/** Standards at this level are in place (the target level): they are not the gap. */
export const STANDARDS_IN_PLACE = 3;

/** Standards are not the gap: strong project managers, standards at the target level, or not below the mean of the other rated dimensions. */
const standardsNotTheGap = (c: Pick<OrganisationContext, 'pmExpertise'>, m: Maturity): boolean => {
  if (c.pmExpertise === 'strong') return true;
  const standards = dimensionScore(m, ['standards']);
  if (standards === null) return false;
  if (standards >= STANDARDS_IN_PLACE) return true;
  let sum = 0;
  let n = 0;
  for (const d of m.dimensions)
    if (d.id !== 'standards' && d.score !== null) {
      sum += d.score;
      n += 1;
    }
  return n > 0 && standards >= sum / n;
};

/** Offices in place whose own work is control: what they run is theirs to keep (in-place rules). */
const CONTROLLING: readonly string[] = ['control-tower', 'resource-source'];

type PainContext = Pick<
  OrganisationContext,
  | 'resourceContention'
  | 'regulated'
  | 'existingPmo'
  | 'pmExpertise'
  | 'annualProjectBudget'
  | 'concurrentProjects'
  | 'employees'
> &
  Partial<Pick<Situation, 'eurPerUnit' | 'orderValue'>>;

/**
 * The pain is shared people: people fought over (contention high), no regulator (whose evidence
 * trail may need checks), projects not so large each (spend-scale.ts, largeProjects: 10 M a year)
 * that reviewing and gating them is work of its own, no controlling office in place, and standards
 * not the gap: at the target level, led by strong project managers, or not below the mean of the
 * other dimensions. Round 28's contract miner, 25 contracts of about 20 M a year each, kept the
 * control tower its reviewer signed: monthly contract reviews and a bid/no-bid gate.
 */
export const sharedPeoplePain = (c: PainContext, m: Maturity): boolean =>
  c.resourceContention === 'high' &&
  c.regulated !== true &&
  // The fields the spend's scale reads, not a copy of the whole situation (a copy in every sensitivity
  // probe was a twentieth of its time).
  !largeProjects({
    annualProjectBudget: c.annualProjectBudget,
    orderValue: c.orderValue,
    eurPerUnit: c.eurPerUnit ?? 1,
    concurrentProjects: c.concurrentProjects,
    employees: c.employees,
  }) &&
  !CONTROLLING.includes(c.existingPmo ?? 'none') &&
  standardsNotTheGap(c, m);

/**
 * A weather station whose charter gives it the scheduling of the shared pool settles competition for
 * people as the resource source's allocation does (its +10 for high contention): these points
 * replace the weather station's −15 for competition it cannot settle (our judgement).
 */
export const SCHEDULING_MANDATE_POINTS = 10;

/** The control tower's factors that speak for standardisation: leadership accepting standards, their gap, practice to standardise. */
const STANDARDISATION_FACTORS: readonly string[] = ['control-appetite', 'consistency-gap', 'maturity'];

/**
 * Where the pain is shared people (sharedPeoplePain), the control tower's standardisation factors
 * raise it no more: what they score for is not the organisation's need. Their penalties stand.
 */
export const withoutStandardisationGrounds = (
  c: Parameters<typeof sharedPeoplePain>[0],
  m: Maturity,
  factors: Factor[],
  say: Say,
): Factor[] =>
  // Where the tower's prerequisites are unmet, contention already weighs on neither model (model-fit.ts).
  sharedPeoplePain(c, m) && controlPrerequisiteGap(m) === null
    ? factors.map((f) =>
        STANDARDISATION_FACTORS.includes(f.id) && f.points > 0
          ? { ...f, points: 0, explanation: say(msg('fit.sharedPeopleNotStandards')) }
          : f,
      )
    : factors;

/**
 * A supportive office that plans people fought over holds one directive mandate, the scheduling of
 * the shared pool: its charter says so (round 28: practitioners signed a supportive office whose one
 * narrow mandate is that scheduling, and the charter must say it for line managers to honour it).
 * Only where there is a central pool the office would schedule (round 29: a parcel carrier's hub
 * whose units "each allocate their own", an airline's stable agile teams, a municipality wary of
 * central control were each told to schedule people weekly from the centre):
 * - not where the units allocate their own people (the office's shape is in the units, or the
 *   directive office is ruled out because the units allocate: office/units.ts, unitsAllocate);
 * - not for agile delivery, whose capacity is stable teams' capacity against demand;
 * - not at a low appetite for central control, unless a temporary push borrows its sponsor's
 *   authority for the time it runs (a depot roll-out's install crews).
 * Our judgement, from the round-29 reviewers.
 */
export const schedulingMandate = (
  s: Situation,
  model: PmoModelId,
  services: readonly Pick<PmoService, 'id'>[],
  shape: PmoShape,
): boolean =>
  model === 'weather-station' &&
  s.resourceContention === 'high' &&
  services.some((x) => x.id === 'capacity-planning') &&
  !inTheUnits(shape) &&
  !unitsAllocate(s) &&
  !agileDelivery(s) &&
  (s.controlAppetite !== 'low' || s.horizon === 'temporary');
