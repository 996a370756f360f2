import type { PmoModelId, PmoService, PmoShape, Staffing } from '../contract/result';
import { MIN_UNIT_OFFICE_FTE, splitOf } from './office/change';
import { handedOver } from './office/in-place';
import { inTheUnits } from './office/shape';
import { lastingOfficeTakesPush } from './push-beside';
import { type Draft, weeks } from './rollout-basics';
import { msg, type Say } from './say';
import type { Situation } from './situation';
import { TEAM_CARRIES_UP_TO } from './sourcing';

/**
 * How a large office is brought up, and what changing the structure or the mandate of an office in
 * place asks of its people: staffed in waves (a lead and core first, the units' offices one after
 * another, a long push's team by its stages), people moved into the units, and work the old office
 * did handed to someone named. The plan (rollout.ts) puts these steps into its phases.
 */

/**
 * An office that brings in more than this many people is staffed in waves: nobody is hired before
 * the work they do starts, and the first wave shows the office works before the rest join. Our
 * judgement: about the size of a team one lead can build at once (the plan's large office, LARGE_OFFICE_FTE).
 */
export const WAVE_FROM_FTE = 10;
/**
 * The first wave of offices in the units: this share of the units, at least one. Our judgement
 * (round 16: a hub with the two largest of eight units first, the others the year after).
 */
export const FIRST_WAVE_UNIT_SHARE = 0.25;
/** In a large office built in waves, each further unit's office opens this many weeks after the one before (our judgement). */
export const WEEKS_PER_UNIT = 6;
/**
 * A temporary office running this many months or more is staffed by the push's stages: design and
 * planning, execution, commissioning. Our judgement: a push of two years or more passes through
 * stages whose control load differs by half or more (round 16: a four-year interconnector ran one
 * flat phase with every service and person from the start).
 */
export const STAGED_PUSH_MONTHS = 24;
/** ...when its team is at least this many FTE; a smaller one is its core throughout (our judgement). */
export const STAGED_MIN_FTE = 4;
/** Through the early stages the office runs with this share of its full team (our judgement)... */
export const EARLY_STAGE_SHARE = 0.5;
/** ...for this share of its run before execution. */
export const EARLY_STAGE_RUN_SHARE = 0.25;

/**
 * An office in place that carries at least this share of a push's office (the middle of its range)
 * is the push's own office, already running: the plan does not cut it back to a start-up core, and
 * it closes at the push's sunset. A smaller one is the organisation's lasting office taking the push
 * on: it stays, and releases the people it took on. Our judgement, the reading of TEAM_CARRIES_UP_TO
 * (sourcing.ts): an office in place carries a push up to twice its size (round 18: a 22-person
 * programme office 48 months into a tax programme was told to run with a core of 9.6 from the start,
 * and to return to lasting services it never had).
 */
export const PUSH_OFFICE_IN_PLACE_SHARE = 1 / TEAM_CARRIES_UP_TO;
export const pushOfficeInPlace = (
  f: Pick<RampFrame, 's' | 'staffing' | 'temporary' | 'existing' | 'scope'>,
): boolean =>
  f.temporary &&
  f.existing &&
  // The organisation's lasting office taking a push on is never the push's own (push-beside.ts).
  !lastingOfficeTakesPush(f.s, f.scope) &&
  f.s.existingPmoFte !== undefined &&
  f.staffing !== null &&
  f.staffing !== undefined &&
  f.s.existingPmoFte >= PUSH_OFFICE_IN_PLACE_SHARE * midOf(f.staffing.fte);

export interface Ramp {
  kind: 'units' | 'core' | 'stages';
  /** FTE of the first wave (or the core of the early stages), and of the rest. */
  first: number;
  rest: number;
  /** Offices in the units: how many open first, and how many after. */
  firstUnits: number;
  laterUnits: number;
}

/** What the plan's phases hold for the ramp-up and for a change of the office in place. */
export interface RampPlan {
  ramp: Ramp | null;
  charter: string[];
  pilot: string[];
  rollout: string[];
  /** Weeks the roll-out takes beyond its own for opening the units' offices one after another. */
  extraWeeks: number;
}

/** What the ramp-up is drafted from: the plan's frame (rollout-phases.ts, PlanFrame) has it all. */
export interface RampFrame {
  s: Situation;
  say: Say;
  model: PmoModelId;
  staffing?: Staffing | null;
  shape: PmoShape;
  /** Whether the office serves one programme or the organisation (the need's scope). */
  scope?: 'organisation' | 'programme';
  temporary: boolean;
  existing: boolean;
  piloted: boolean;
  /** The office's services in the engine's order, without leading the office. */
  services: readonly PmoService[];
}

/** How many of the most painful services start first: the plan's pilot (rollout-phases.ts, PILOT_SERVICES). */
export const FIRST_SERVICES = 2;

export const NO_RAMP: RampPlan = { ramp: null, charter: [], pilot: [], rollout: [], extraWeeks: 0 };

const tenth = (x: number) => Math.round(x * 10) / 10;
const midOf = (x: { min: number; max: number }) => (x.min + x.max) / 2;

/** The waves a large office is staffed in, by rule from its size, its shape and its horizon; null when it starts whole. */
export const rampOf = (f: RampFrame, all: readonly PmoService[]): Ramp | null => {
  const { s, staffing } = f;
  if (!staffing) return null;
  const mid = midOf(staffing.fte);
  if (f.temporary) {
    // A push's own office already running is not cut back to a start-up core: its core is at least its people.
    const core = Math.max(
      mid * EARLY_STAGE_SHARE,
      pushOfficeInPlace(f) ? Math.min(mid, s.existingPmoFte ?? 0) : 0,
    );
    return (s.horizonMonths ?? 0) >= STAGED_PUSH_MONTHS &&
      staffing.fte.max >= STAGED_MIN_FTE &&
      mid - core >= 1
      ? { kind: 'stages', first: tenth(core), rest: tenth(mid - core), firstUnits: 0, laterUnits: 0 }
      : null;
  }
  // The people brought in: an office in place already has its own.
  const inPlace = f.existing ? (s.existingPmoFte ?? 0) : 0;
  if (staffing.fte.max - inPlace <= WAVE_FROM_FTE) return null;
  const units = s.businessUnits ?? 1;
  const { centre, perUnit } = splitOf(all, f.shape, s);
  // A hub whose units' offices wait for a team assessment opens none (office/hub-first.ts).
  // A hub's units staff their own offices: the hub is staffed as one office (office/hub-first.ts).
  if (f.shape === 'department' && units >= 2 && perUnit > 0) {
    const firstUnits = firstWaveOf(units);
    const first = Math.min(mid, centre + perUnit * firstUnits);
    return {
      kind: 'units',
      first: tenth(first),
      rest: tenth(mid - first),
      firstUnits,
      laterUnits: units - firstUnits,
    };
  }
  // One office: its lead and the people of the services the pilot starts come first.
  const lead = all.find((x) => x.id === 'office-lead')?.fte ?? 0;
  const first = Math.min(mid, lead + f.services.slice(0, FIRST_SERVICES).reduce((a, x) => a + x.fte, 0));
  return mid - first < 1
    ? null
    : { kind: 'core', first: tenth(first), rest: tenth(mid - first), firstUnits: 0, laterUnits: 0 };
};

export const firstWaveOf = (units: number): number =>
  Math.min(units, Math.max(1, Math.ceil(units * FIRST_WAVE_UNIT_SHARE)));

/**
 * The steps of the ramp-up and of a change of the office in place: the waves in the charter, the
 * first units' offices in the pilot and the others in the roll-out; the restructure of a central
 * office into the units, and the hand-over of work the old office did.
 */
export const rampPlanOf = (f: RampFrame, all: readonly PmoService[]): RampPlan => {
  const { s, say } = f;
  const ramp = rampOf(f, all);
  const units = s.businessUnits ?? 1;
  const { centre, perUnit } = splitOf(all, f.shape, s);
  const unitOffices = inTheUnits(f.shape) && units >= 2 && !f.temporary && perUnit > 0;
  // The units' offices wait for a team assessment: none opens yet (office/hub-first.ts).
  const unitsWait = inTheUnits(f.shape) && units >= 2 && !f.temporary && perUnit <= 0;
  const hub = f.shape === 'hub-and-spoke' ? 1 : 0;
  const charter: string[] = [];
  if (ramp?.kind === 'units')
    charter.push(
      say(
        msg('structure.plan.wavesUnits', {
          hub,
          centre,
          firstUnits: ramp.firstUnits,
          units,
          first: ramp.first,
          rest: ramp.rest,
        }),
      ),
    );
  if (ramp?.kind === 'core')
    charter.push(say(msg('structure.plan.wavesCore', { first: ramp.first, rest: ramp.rest })));
  if (ramp?.kind === 'stages')
    charter.push(
      say(msg('structure.plan.stages', { first: ramp.first, total: tenth(ramp.first + ramp.rest) })),
    );
  // A central office in place becoming offices in the units: its people move.
  if (unitOffices && f.existing)
    charter.push(
      say(
        // An office in place no larger than the hub loses no one to the units: it grows into both.
        msg(
          // A hub's units pay their own offices: its people stay at the centre (office/hub-first.ts).
          hub === 1
            ? 'structure.plan.restructureHub'
            : centre >= (s.existingPmoFte ?? 0) && s.existingPmoFte
              ? 'structure.plan.restructureGrows'
              : 'structure.plan.restructure',
          {
            fte: s.existingPmoFte ?? 0,
            centre,
            hub,
            minimum: MIN_UNIT_OFFICE_FTE,
          },
        ),
      ),
    );
  if (handedOver(s, f.model).includes('capacity-planning') && s.existingPmo !== 'none')
    charter.push(say(msg('structure.plan.handOverAllocation', { existing: msg(`model.${s.existingPmo}`) })));
  // Offices in the units open a first few at a time, the others after them.
  const firstUnits = ramp?.firstUnits || firstWaveOf(units);
  const opening = unitOffices && units > firstUnits;
  const pilot = opening && f.piloted ? [say(msg('structure.plan.openFirstUnits', { hub, firstUnits }))] : [];
  const rollout = [
    ...(opening && !f.piloted ? [say(msg('structure.plan.openFirstUnits', { hub, firstUnits }))] : []),
    ...(opening
      ? [
          say(
            msg('structure.plan.openOtherUnits', {
              later: units - firstUnits,
              weeks: ramp ? WEEKS_PER_UNIT : 0,
            }),
          ),
        ]
      : []),
    ...(ramp?.kind === 'core' ? [say(msg('structure.plan.bringInRest', { rest: ramp.rest }))] : []),
    ...(unitsWait ? [say(msg('structure.plan.unitsAfterAssessment', { units }))] : []),
  ];
  return {
    ramp,
    charter,
    pilot,
    rollout,
    extraWeeks: ramp?.kind === 'units' ? weeks(WEEKS_PER_UNIT * ramp.laterUnits) : 0,
  };
};

/**
 * A long push staffed by stages runs its early stages with the core, then at full strength: the
 * run splits in two, the first services starting with the core and the rest with the full team.
 */
export const stagedRun = (say: Say, run: Draft, ramp: Ramp, firstSteps: readonly string[]): Draft[] => {
  const early = Math.max(1, Math.round(run.durationWeeks * EARLY_STAGE_RUN_SHARE));
  return [
    {
      id: 'early-stages',
      name: say(msg('structure.plan.earlyStages')),
      durationWeeks: early,
      activities: [say(msg('structure.plan.earlyCore', { first: ramp.first })), ...firstSteps],
      milestones: [say(msg('structure.plan.coreInPlace')), say(msg('structure.plan.executionApproved'))],
      owners: run.owners,
      exitCriterion: say(msg('structure.plan.earlyExit')),
    },
    {
      ...run,
      durationWeeks: Math.max(1, run.durationWeeks - early),
      activities: [
        say(msg('structure.plan.fullStrength', { total: tenth(ramp.first + ramp.rest) })),
        ...run.activities.filter((a) => !firstSteps.includes(a)),
      ],
    },
  ];
};
