import type { Maturity, PmoModelId, PmoScope, PmoService, PmoShape, Staffing } from '../../contract/result';
import { modelProfile } from '../pmo-models';
import { type EngineKey, msg, type Say } from '../say';
import type { Situation } from '../situation';
import {
  CONTROL_RANK,
  CONTROLS_MIN_SPEND,
  CONTROLS_PER_PM,
  HOURS_PER_FTE,
  type OfficeRole,
  SERVICE_CATALOGUE,
  type ServiceId,
  type ServiceSpec,
  serviceSpec,
} from './catalogue';
import { byPain, gapOf, type Painful, painOf, TARGET_LEVEL } from './order';

/**
 * The office as the services it offers: which ones (the shape, the degree of control, the gaps,
 * the situation and what stakeholders asked for), in what order (order.ts), and how big the sum
 * is. docs/scoring.md, "Sizing from services".
 */

/** Stakeholders asking for a service this often (share of respondents) put it in the office. */
export const EXPECTATION_SHARE = 0.5;
/** A service whose dimensions reach this level on sufficient evidence is in place: not rebuilt. */
export const IN_PLACE_LEVEL = 4;
/** A gap this small is no reason on its own to offer a service. */
export const MIN_GAP = 0.25;
/** The office never costs more than this share of known yearly project spend... */
export const MAX_SPEND_SHARE_OFFICE = 0.05;
/** Room for the range's rounding under the spend ceiling. */
export const ROUNDING_MARGIN = 0.95;
/** ...and a warning says so from this share. */
export const WARN_SPEND_SHARE = 0.03;
/** An office never takes more than this share of the organisation's people (a brake; services size it)... */
export const OFFICE_HEADCOUNT_SHARE = 0.03;
/** ...nor a part-time coordination role more than this share. */
export const COORDINATION_HEADCOUNT_SHARE = 0.05;
/** Below an hour a week there is nothing to staff: the work stays with the project leads. */
export const MIN_OFFICE_HOURS = 1;
/** The staffing range spans this much either side of the sum. */
export const STAFFING_SPREAD = 0.2;
/** Below this many FTE the result also says hours a week. */
export const HOURS_BELOW_FTE = 0.5;
/** Working days in a year of one full-time person. */
export const WORKDAYS_PER_YEAR = 220;

export type LeftOutWhy = 'in-place' | 'no-mandate' | 'spend' | 'not-offered';

export interface DesignInput {
  situation: Situation;
  maturity: Maturity;
  shape: PmoShape;
  /** The degree of control; null for no office and capability first. */
  model: PmoModelId | null;
  scope: PmoScope;
  /** Yearly cost of one internal person-day, to hold the office to its share of spend. */
  internalDayRate: number;
  expectations?: Readonly<Record<string, number>>;
  importance?: Readonly<Record<string, number>>;
  /** Dimensions most respondents answered "not applicable": no service is built for them alone. */
  notApplicable?: ReadonlySet<string>;
  say: Say;
}

export interface OfficeDesign {
  services: PmoService[];
  staffing: Staffing | null;
  /** Person-days to set the chosen services up once. */
  setupDays: number;
  /** Sentences on the spend ceiling and anything it took out. */
  notes: string[];
  /** Expectation ids the office answers. */
  answered: ReadonlySet<string>;
  /** Services considered and left out, with the reason key. */
  leftOut: readonly { id: ServiceId; why: LeftOutWhy }[];
}

const tenth = (x: number) => Math.round(x * 10) / 10;
const half = (x: number) => Math.round(x * 2) / 2;
/** FTE to a tenth, or to a hundredth below one person (a few hours a week stay visible). */
const roundFte = (x: number) => (x < 1 ? Math.round(x * 100) / 100 : tenth(x));

type Why = PmoService['chosenFor'][number];

interface Candidate {
  spec: ServiceSpec;
  why: Why[];
  painful: Painful;
  /** The office in place already runs it: no set-up, nothing new to build. */
  sustain: boolean;
  core: boolean;
}

const scoresOf = (m: Maturity, ids: readonly string[]) =>
  ids.map((id) => m.dimensions.find((d) => d.id === id)).filter((d) => d !== undefined);

/** Every dimension reaches `level` on sufficient evidence. */
const reaches = (m: Maturity, ids: readonly string[], level: number): boolean => {
  const ds = scoresOf(m, ids);
  return ds.length > 0 && ds.every((d) => d.sufficient && d.score !== null && d.score >= level);
};

/** Services that only some shapes hold. */
const ONLY_IN: Partial<Record<ServiceId, readonly PmoShape[]>> = {
  'project-coordination': ['capability-first'],
  'lean-portfolio': ['lean-portfolio'],
  'hub-coordination': ['hub-and-spoke', 'department'],
  'programme-controls': ['programme'],
  'push-management': ['programme'],
};
/** Permanent machinery a temporary push or a programme office does not build. */
const NOT_IN_A_PUSH: readonly ServiceId[] = [
  'standards',
  'coaching',
  'tooling',
  'portfolio-prioritisation',
  'portfolio-controls',
];

/** The services a shape can hold at all; the rest are never considered for it. */
const offered = (shape: PmoShape, id: ServiceId, scope: PmoScope, temporary: boolean): boolean => {
  if (shape === 'none') return false;
  if (shape === 'capability-first') return id === 'project-coordination' || id === 'coaching';
  const only = ONLY_IN[id];
  if (only && !only.includes(shape)) return false;
  // A lean portfolio funds teams and steers by flow: no stage-gate controls or board cycle.
  if (shape === 'lean-portfolio' && ['portfolio-prioritisation', 'portfolio-controls'].includes(id))
    return false;
  if (shape === 'programme') {
    if (NOT_IN_A_PUSH.includes(id)) return false;
    if (id === 'push-management') return temporary && scope !== 'programme';
    if (scope === 'programme' && (id === 'status-reporting' || id === 'capacity-planning')) return false;
  }
  return true;
};

/** The service every office of a shape runs, whatever the gaps. */
/** Without project managers, about one person leads every this many projects. */
export const LEADS_PER_PROJECT_DIVISOR = 4;
/** Projects this large each (yearly spend) need cost and schedule control beyond status reports. */
export const CONTROLLED_PROJECT_SPEND = 1_000_000;

const coreOf = (shape: PmoShape, scope: PmoScope, s: Situation): ServiceId | null => {
  switch (shape) {
    case 'none':
      return null;
    case 'capability-first':
      return 'project-coordination';
    case 'programme':
      // A programme, or a push with a known spend, is run by its controls; a push without, by its cadence.
      return scope === 'programme' || (s.annualProjectBudget ?? 0) > 0
        ? 'programme-controls'
        : 'push-management';
    case 'hub-and-spoke':
      return 'hub-coordination';
    case 'lean-portfolio':
      return 'lean-portfolio';
    default:
      return 'status-reporting';
  }
};

/** Why the situation alone asks for a service (besides any maturity gap). */
const contextPressure = (id: ServiceId, s: Situation): number => {
  switch (id) {
    case 'assurance':
      return s.regulated ? 1.5 : 0;
    case 'capacity-planning':
      return s.resourceContention === 'high' ? 1.5 : s.resourceContention === 'medium' ? 0.5 : 0;
    case 'portfolio-prioritisation':
    case 'lean-portfolio':
      return s.resourceContention === 'high' ? 1 : 0;
    case 'coaching':
      return s.pmExpertise === 'none' ? 1 : 0;
    case 'portfolio-controls':
      return (s.annualProjectBudget ?? 0) >= CONTROLS_MIN_SPEND &&
        (s.annualProjectBudget ?? 0) / Math.max(1, s.concurrentProjects) >= CONTROLLED_PROJECT_SPEND
        ? 1
        : 0;
    case 'programme-controls':
    case 'push-management':
    case 'status-reporting':
    case 'hub-coordination':
    case 'project-coordination':
      return 0.5;
    default:
      return 0;
  }
};

/** How many of its driver a service covers here. */
const unitsOf = (spec: ServiceSpec, s: Situation, shape: PmoShape): number => {
  const share = 1;
  switch (spec.driver) {
    case 'projects':
      return Math.ceil(s.concurrentProjects * share);
    case 'project-managers':
      // Where few have the title, the people who lead projects are about one per four projects.
      return Math.ceil(Math.max(s.projectManagers, s.concurrentProjects / LEADS_PER_PROJECT_DIVISOR) * share);
    case 'spend':
      return (s.annualProjectBudget ?? 0) / 1e6;
    case 'business-units':
      return s.businessUnits ?? 1;
    default:
      return 1;
  }
};

const importanceOf = (
  importance: Readonly<Record<string, number>> | undefined,
  ids: readonly string[],
): number | undefined => {
  const known = ids.map((id) => importance?.[id]).filter((x): x is number => typeof x === 'number');
  return known.length === 0 ? undefined : known.reduce((a, b) => a + b, 0) / known.length;
};

const askedShare = (spec: ServiceSpec, expectations: Readonly<Record<string, number>> | undefined): number =>
  Math.max(0, ...spec.answers.map((a) => expectations?.[a] ?? 0));

/** Which services the office holds, and why each. */
const candidatesFor = (i: DesignInput): { chosen: Candidate[]; leftOut: OfficeDesign['leftOut'] } => {
  const { situation: s, maturity: m, shape, scope, model } = i;
  const core = coreOf(shape, scope, s);
  const temporary = s.horizon === 'temporary';
  const control = model ? CONTROL_RANK[modelProfile(model).control] : 0;
  const existingRank = s.existingPmo === 'none' ? -1 : CONTROL_RANK[modelProfile(s.existingPmo).control];
  const chosen: Candidate[] = [];
  const leftOut: { id: ServiceId; why: LeftOutWhy }[] = [];
  for (const spec of SERVICE_CATALOGUE) {
    if (spec.id === 'office-lead') continue;
    const asked = askedShare(spec, i.expectations);
    // A service whose every dimension was answered "not applicable" answers no need here.
    const applicable = spec.dimensions.length === 0 || spec.dimensions.some((d) => !i.notApplicable?.has(d));
    const pressureOnly = spec.id === 'portfolio-controls' && contextPressure(spec.id, s) < 1;
    if (!offered(shape, spec.id, scope, temporary) || (!applicable && spec.id !== core) || pressureOnly) {
      if (asked >= EXPECTATION_SHARE && shape !== 'none') leftOut.push({ id: spec.id, why: 'not-offered' });
      continue;
    }
    const dims = spec.dimensions;
    const gap = gapOf(scoresOf(m, dims).map((d) => d.score));
    const pressure = contextPressure(spec.id, s);
    const why: Why[] = [];
    const isCore = spec.id === core;
    if (gap > MIN_GAP) why.push('maturity-gap');
    if (pressure >= 1 || isCore) why.push('context');
    // A light office formalising mature practice may take one step more control to close its gaps.
    const withinControl = CONTROL_RANK[spec.control] <= control + (shape === 'formalise' ? 1 : 0);
    const expected = asked >= EXPECTATION_SHARE;
    // A directive service asked for where leadership wants no central control stays out: the
    // office would have no mandate to run it.
    const mandate = !(spec.control === 'directive' && s.controlAppetite === 'low');
    if (expected && mandate) why.push('expectations');
    // The office in place runs the services of its degree of control: they stay, at full effort.
    const runsIt =
      existingRank >= 0 && CONTROL_RANK[spec.control] <= existingRank && !ONLY_IN[spec.id] && dims.length > 0;
    if (runsIt) why.push('in-place');
    // Formalising what exists leaves out what already works at the target level.
    const inPlace =
      !isCore && !runsIt && reaches(m, dims, shape === 'formalise' ? TARGET_LEVEL : IN_PLACE_LEVEL);
    const wanted =
      isCore || runsIt || (expected && mandate) || (withinControl && (gap > MIN_GAP || pressure >= 1));
    if (!wanted || (inPlace && !expected)) {
      if (expected)
        leftOut.push({ id: spec.id, why: inPlace ? 'in-place' : mandate ? 'not-offered' : 'no-mandate' });
      else if (inPlace && withinControl) leftOut.push({ id: spec.id, why: 'in-place' });
      continue;
    }
    chosen.push({
      spec,
      why,
      sustain: runsIt,
      core: isCore,
      painful: {
        gap,
        importance: importanceOf(i.importance, dims),
        // The core service is why the office exists: it weighs one point more.
        pressure: pressure + asked * 2 + (isCore ? 1 : 0),
        readiness: 1,
      },
    });
  }
  return { chosen, leftOut };
};

interface Sized extends Candidate {
  units: number;
  hours: number;
  driver: PmoService['driver'];
}

const sizeOne = (c: Candidate, s: Situation, shape: PmoShape): Sized => {
  // A programme office without a spend figure sizes its controls by the project managers it serves.
  if (c.spec.id === 'programme-controls' && !(s.annualProjectBudget && s.annualProjectBudget > 0)) {
    const units = Math.max(1, s.projectManagers);
    return { ...c, units, driver: 'project-managers', hours: units * CONTROLS_PER_PM * HOURS_PER_FTE };
  }
  const units = unitsOf(c.spec, s, shape);
  const full = c.spec.hours(units, s) * (c.spec.driver === 'projects' ? projectSizeFactor(s) : 1);
  return { ...c, units, driver: c.spec.driver, hours: full };
};

/**
 * Large projects take more reporting, review and planning effort each than small ones: with a
 * known spend, per-project efforts scale with the average project's yearly spend around PROJECT_SIZE_PIVOT
 * (our judgement), within PROJECT_SIZE_RANGE.
 */
export const PROJECT_SIZE_PIVOT = 1_000_000;
export const PROJECT_SIZE_EXPONENT = 0.35;
export const PROJECT_SIZE_RANGE = { min: 0.5, max: 1.25 };
export const projectSizeFactor = (s: Situation): number => {
  const spend = s.annualProjectBudget;
  if (!spend || s.concurrentProjects === 0) return 1;
  const x = (spend / s.concurrentProjects / PROJECT_SIZE_PIVOT) ** PROJECT_SIZE_EXPONENT;
  return Math.min(PROJECT_SIZE_RANGE.max, Math.max(PROJECT_SIZE_RANGE.min, x));
};

const ROLE_KEY: Record<OfficeRole, EngineKey> = {
  lead: 'staff.role.pmoLead',
  analyst: 'staff.role.planningAndReportingAnalyst',
  controls: 'office.role.controls',
  methods: 'staff.role.methodologyAndCoachingLead',
  portfolio: 'staff.role.portfolioAndResourceManager',
  assurance: 'staff.role.assuranceOfficer',
  coordinator: 'staff.role.partTimeProjectCoordinator',
};

/** Below this many FTE the office is one person doing every service. */
export const ONE_PERSON_BELOW_FTE = 1.5;
/** Below this many FTE the office has two roles: a lead and an analyst. */
export const TWO_ROLES_BELOW_FTE = 3;
/** Leading takes a small team (a head and section leads) past this many FTE. */
export const LEADERSHIP_TEAM_FTE = 2.5;
/** A role smaller than this is folded into the lead's: nobody is hired for a sliver. */
export const MIN_ROLE_FTE = 0.25;
/** In a hub and spoke, these services sit at the hub; the rest in the units' offices. */
const AT_THE_HUB: readonly ServiceId[] = ['office-lead', 'hub-coordination', 'portfolio-prioritisation'];

const fteOf = (hours: number) => Math.round((hours / HOURS_PER_FTE) * 100) / 100;

/**
 * The people behind the services: one person below ONE_PERSON_BELOW_FTE; otherwise roles by
 * the kind of work, none smaller than MIN_ROLE_FTE (smaller ones fold into the lead); a hub and
 * spoke splits into the hub and the units' offices.
 */
const rolesOf = (all: readonly Sized[], shape: PmoShape, s: Situation, say: Say): Staffing['roles'] => {
  const total = all.reduce((a, c) => a + c.hours, 0);
  if (total / HOURS_PER_FTE < ONE_PERSON_BELOW_FTE)
    return [
      {
        role: say(
          msg(shape === 'capability-first' ? 'staff.role.partTimeProjectCoordinator' : 'office.role.single'),
        ),
        fte: fteOf(total),
      },
    ];
  if (shape === 'hub-and-spoke') {
    const hub = all.filter((c) => AT_THE_HUB.includes(c.spec.id)).reduce((a, c) => a + c.hours, 0);
    return [
      { role: say(msg('office.role.hub')), fte: fteOf(hub) },
      { role: say(msg('office.role.spokes', { units: s.businessUnits ?? 1 })), fte: fteOf(total - hub) },
    ];
  }
  const hours = new Map<OfficeRole, number>();
  // A small office has two kinds of people: one who leads and one who keeps the data.
  const role = (r: OfficeRole): OfficeRole =>
    total / HOURS_PER_FTE >= TWO_ROLES_BELOW_FTE
      ? r
      : r === 'analyst' || r === 'controls'
        ? 'analyst'
        : 'lead';
  for (const c of all) hours.set(role(c.spec.role), (hours.get(role(c.spec.role)) ?? 0) + c.hours);
  for (const [role, h] of hours)
    if (role !== 'lead' && h / HOURS_PER_FTE < MIN_ROLE_FTE) {
      hours.set('lead', (hours.get('lead') ?? 0) + h);
      hours.delete(role);
    }
  return [...hours.entries()].map(([r, h]) => ({
    // Past one and a half people, leading the office is a small team: a head and section leads.
    role: say(
      msg(r === 'lead' && h / HOURS_PER_FTE > LEADERSHIP_TEAM_FTE ? 'office.role.leadership' : ROLE_KEY[r]),
    ),
    fte: fteOf(h),
  }));
};

const costOfHours = (hours: number, dayRate: number) => (hours / HOURS_PER_FTE) * dayRate * WORKDAYS_PER_YEAR;

export const designOffice = (i: DesignInput): OfficeDesign => {
  const { situation: s, say } = i;
  const { chosen, leftOut: considered } = candidatesFor(i);
  const leftOut = [...considered];
  if (chosen.length === 0)
    return { services: [], staffing: null, setupDays: 0, notes: [], answered: new Set(), leftOut };
  const sized = byPain(
    chosen.map((c) => sizeOne(c, s, i.shape)),
    (c) => c.painful,
  );
  const notes: string[] = [];
  const spend = s.annualProjectBudget;
  /** The top of the range the office would show: the ceilings hold for it, not just the middle. */
  const withLead = (list: Sized[]): number => {
    const other = list.reduce((a, c) => a + c.hours, 0);
    return (other + serviceSpec('office-lead').hours(other, s)) * (1 + STAFFING_SPREAD);
  };
  // The spend ceiling scales every service alike: the office keeps its mix of services, each
  // smaller, rather than losing the ones that answer a need but weigh less.
  let scale = 1;
  const dropped: Sized[] = [];
  if (spend !== undefined && spend > 0) {
    // A little under the ceiling, so that the range shown, rounded to a tenth of a person, stays under it.
    const ceiling = MAX_SPEND_SHARE_OFFICE * spend * ROUNDING_MARGIN;
    const cost = costOfHours(withLead(sized), i.internalDayRate);
    if (cost > ceiling) scale = ceiling / cost;
    const share = Math.round(MAX_SPEND_SHARE_OFFICE * 100);
    if (dropped.length > 0)
      notes.push(
        say(
          msg('office.spendCeilingDropped', {
            share,
            dropped: dropped.map((d) => msg(`office.service.${d.spec.id}`)),
          }),
        ),
      );
    if (scale < 1)
      notes.push(say(msg('office.spendCeilingScaled', { share, percent: Math.round(scale * 100) })));
  }
  // The headcount brake: an office never takes more than a small share of the organisation's people.
  const headcountShare =
    i.shape === 'capability-first' ? COORDINATION_HEADCOUNT_SHARE : OFFICE_HEADCOUNT_SHARE;
  const headcountHours = headcountShare * s.employees * HOURS_PER_FTE;
  // With a known spend the spend ceiling is the brake (a programme's controllers are often not the
  // organisation's own staff); without one, headcount is.
  if (!(spend !== undefined && spend > 0) && withLead(sized) * scale > headcountHours * 1.005) {
    scale = headcountHours / withLead(sized);
    notes.push(
      say(
        msg('office.headcountCeiling', {
          share: Math.round(headcountShare * 100),
          employees: s.employees,
          percent: Math.round(scale * 100),
        }),
      ),
    );
  }
  for (const d of dropped) leftOut.push({ id: d.spec.id, why: 'spend' });
  if ((withLead(sized) * scale) / (1 + STAFFING_SPREAD) < MIN_OFFICE_HOURS)
    return {
      services: [],
      staffing: null,
      setupDays: 0,
      notes: [...notes, say(msg('office.tooSmall', { hours: MIN_OFFICE_HOURS }))],
      answered: new Set(),
      leftOut,
    };
  const others = sized.reduce((a, c) => a + c.hours, 0);
  const lead: Sized = {
    ...sizeOne(
      {
        spec: serviceSpec('office-lead'),
        why: ['context'],
        sustain: false,
        core: false,
        painful: { gap: 0, pressure: 0, readiness: 1 },
      },
      s,
      i.shape,
    ),
    units: Math.round(others * 10) / 10,
    hours: serviceSpec('office-lead').hours(others, s),
  };
  // The lead comes first in the list of roles but last in the order of pain: it answers none.
  const all = [...sized, lead].map((c) => ({ ...c, hours: c.hours * scale }));
  const services: PmoService[] = all.map((c) => {
    const hoursPerWeek = tenth(c.hours);
    const perUnit = c.units > 0 ? Math.round((c.hours / c.units) * 100) / 100 : 0;
    return {
      id: c.spec.id,
      name: say(msg(`office.service.${c.spec.id}`)),
      driver: c.driver,
      units: Math.round(c.units * 10) / 10,
      hoursPerUnit: perUnit,
      hoursPerWeek,
      fte: Math.round((c.hours / HOURS_PER_FTE) * 100) / 100,
      effort: say(
        msg(c.spec.id === 'office-lead' ? 'office.effort.lead' : `office.effort.${c.driver}`, {
          perUnit,
          units: Math.round(c.units * 10) / 10,
          hours: hoursPerWeek,
          share: Math.round(serviceSpec('office-lead').hours(100, s)),
        }),
      ),
      source: say(
        msg(
          c.driver === 'project-managers' && c.spec.id === 'programme-controls'
            ? 'office.source.controlsByPm'
            : c.spec.source,
        ),
      ),
      chosenFor: c.why,
      reasons: c.why.map((w) =>
        say(
          msg(`office.why.${w}`, {
            dimensions: scoresOf(i.maturity, c.spec.dimensions).map((d) => d.name),
            gap: Math.round(c.painful.gap * 100) / 100,
            target: TARGET_LEVEL,
            service: c.spec.id,
            pain: Math.round(painOf(c.painful) * 100) / 100,
          }),
        ),
      ),
    };
  });
  const totalHours = all.reduce((a, c) => a + c.hours, 0);
  const fte = totalHours / HOURS_PER_FTE;
  const roles = rolesOf(all, i.shape, s, say);
  const min = fte * (1 - STAFFING_SPREAD);
  const max = fte * (1 + STAFFING_SPREAD);
  const small = max < HOURS_BELOW_FTE;
  const staffing: Staffing = {
    fte: { min: roundFte(min), max: roundFte(max) },
    ...(fte < HOURS_BELOW_FTE
      ? { hoursPerWeek: { min: half(min * HOURS_PER_FTE), max: half(max * HOURS_PER_FTE) } }
      : {}),
    roles,
    basis: [
      say(
        msg('office.basis.sum', {
          hours: tenth(totalHours),
          perFte: HOURS_PER_FTE,
          fte: Math.round(fte * 100) / 100,
        }),
      ),
      say(
        msg(small ? 'office.basis.rangeHours' : 'office.basis.range', {
          spread: Math.round(STAFFING_SPREAD * 100),
        }),
      ),
      ...notes,
    ],
  };
  // What the office in place already runs needs no setting up.
  const setupDays = all.reduce((a, c) => a + (c.sustain ? 0 : c.spec.setupDays(c.units, s)), 0);
  const answered = new Set(
    all
      .filter((c) => c.why.includes('expectations') || c.spec.answers.length > 0)
      .flatMap((c) => c.spec.answers),
  );
  return { services, staffing, setupDays, notes, answered, leftOut };
};
