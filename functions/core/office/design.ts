import type { Maturity, PmoModelId, PmoScope, PmoService, PmoShape, Staffing } from '../../contract/result';
import { modelProfile } from '../pmo-models';
import { type EngineKey, msg, type Say } from '../say';
import type { Situation } from '../situation';
import {
  CONTROL_RANK,
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
/** A service whose dimensions already meet the target runs at this share of its effort (keeping it). */
export const SUSTAIN_SHARE = 0.5;
/** A gap this small is no reason on its own to offer a service. */
export const MIN_GAP = 0.25;
/** The office never costs more than this share of known yearly project spend... */
export const MAX_SPEND_SHARE_OFFICE = 0.05;
/** ...and a warning says so from this share. */
export const WARN_SPEND_SHARE = 0.03;
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
  /** The dimensions already meet the target: the service keeps them there at reduced effort. */
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

/** The services a shape can hold at all; the rest are never considered for it. */
const OFFERED: Record<PmoShape, (id: ServiceId, scope: PmoScope) => boolean> = {
  none: () => false,
  'capability-first': (id) => id === 'project-coordination' || id === 'office-lead',
  programme: (id, scope) =>
    id !== 'project-coordination' &&
    id !== 'lean-portfolio' &&
    id !== 'hub-coordination' &&
    (scope === 'programme'
      ? id !== 'status-reporting' && id !== 'capacity-planning'
      : id !== 'programme-controls'),
  portfolio: (id) =>
    !['project-coordination', 'lean-portfolio', 'hub-coordination', 'programme-controls'].includes(id),
  formalise: (id) =>
    !['project-coordination', 'lean-portfolio', 'hub-coordination', 'programme-controls'].includes(id),
  department: (id) =>
    !['project-coordination', 'lean-portfolio', 'hub-coordination', 'programme-controls'].includes(id),
  'hub-and-spoke': (id) => !['project-coordination', 'lean-portfolio', 'programme-controls'].includes(id),
  'lean-portfolio': (id) =>
    !['project-coordination', 'portfolio-prioritisation', 'hub-coordination', 'programme-controls'].includes(
      id,
    ),
};

/** The service every office of a shape runs, whatever the gaps. */
const coreOf = (shape: PmoShape, scope: PmoScope): ServiceId | null =>
  shape === 'none'
    ? null
    : shape === 'capability-first'
      ? 'project-coordination'
      : shape === 'programme' && scope === 'programme'
        ? 'programme-controls'
        : shape === 'hub-and-spoke'
          ? 'hub-coordination'
          : shape === 'lean-portfolio'
            ? 'lean-portfolio'
            : 'status-reporting';

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
    case 'programme-controls':
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
  const share = shape === 'department' ? 1 / Math.max(1, s.businessUnits ?? 1) : 1;
  switch (spec.driver) {
    case 'projects':
      return Math.ceil(s.concurrentProjects * share);
    case 'project-managers':
      return Math.ceil(s.projectManagers * share);
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
  const core = coreOf(shape, scope);
  const control = model ? CONTROL_RANK[modelProfile(model).control] : 0;
  const chosen: Candidate[] = [];
  const leftOut: { id: ServiceId; why: LeftOutWhy }[] = [];
  for (const spec of SERVICE_CATALOGUE) {
    if (spec.id === 'office-lead') continue;
    const asked = askedShare(spec, i.expectations);
    if (!OFFERED[shape](spec.id, scope)) {
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
    const withinControl = CONTROL_RANK[spec.control] <= control;
    const expected = asked >= EXPECTATION_SHARE;
    // A directive service asked for where leadership wants no central control stays out: the
    // office would have no mandate to run it.
    const mandate = !(spec.control === 'directive' && s.controlAppetite === 'low');
    if (expected && mandate) why.push('expectations');
    const inPlace = !isCore && reaches(m, dims, IN_PLACE_LEVEL);
    const wanted = isCore || (expected && mandate) || (withinControl && (gap > MIN_GAP || pressure >= 1));
    if (!wanted || (inPlace && !expected)) {
      if (expected)
        leftOut.push({ id: spec.id, why: inPlace ? 'in-place' : mandate ? 'not-offered' : 'no-mandate' });
      else if (inPlace && withinControl) leftOut.push({ id: spec.id, why: 'in-place' });
      continue;
    }
    // A programme office's controls serve a programme that is new whatever the organisation's level.
    const sustain = !(isCore && scope === 'programme') && reaches(m, dims, TARGET_LEVEL);
    if (sustain && !why.includes('maturity-gap')) why.push('in-place');
    chosen.push({
      spec,
      why,
      sustain,
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
  const full = c.spec.hours(units, s);
  return { ...c, units, driver: c.spec.driver, hours: c.sustain ? full * SUSTAIN_SHARE : full };
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

const costOfHours = (hours: number, dayRate: number) => (hours / HOURS_PER_FTE) * dayRate * WORKDAYS_PER_YEAR;

export const designOffice = (i: DesignInput): OfficeDesign => {
  const { situation: s, say } = i;
  const { chosen, leftOut: considered } = candidatesFor(i);
  const leftOut = [...considered];
  if (chosen.length === 0)
    return { services: [], staffing: null, setupDays: 0, notes: [], answered: new Set(), leftOut };
  let sized = byPain(
    chosen.map((c) => sizeOne(c, s, i.shape)),
    (c) => c.painful,
  );
  const notes: string[] = [];
  const spend = s.annualProjectBudget;
  const withLead = (list: Sized[]): number => {
    const other = list.reduce((a, c) => a + c.hours, 0);
    return other + serviceSpec('office-lead').hours(other, s);
  };
  // The spend ceiling: leave out the least painful services first (never the core one), then
  // scale what is left down to the ceiling.
  let scale = 1;
  const dropped: Sized[] = [];
  if (spend !== undefined && spend > 0) {
    const ceiling = MAX_SPEND_SHARE_OFFICE * spend;
    while (costOfHours(withLead(sized), i.internalDayRate) > ceiling && sized.length > 1) {
      const last = [...sized].reverse().find((c) => !c.core);
      if (!last) break;
      dropped.push(last);
      sized = sized.filter((c) => c !== last);
    }
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
  for (const d of dropped) leftOut.push({ id: d.spec.id, why: 'spend' });
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
          sustain: c.sustain ? 1 : 0,
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
  const roles = new Map<OfficeRole, number>();
  for (const c of all) roles.set(c.spec.role, (roles.get(c.spec.role) ?? 0) + c.hours);
  const min = fte * (1 - STAFFING_SPREAD);
  const max = fte * (1 + STAFFING_SPREAD);
  const small = max < HOURS_BELOW_FTE;
  const staffing: Staffing = {
    fte: { min: roundFte(min), max: roundFte(max) },
    ...(fte < HOURS_BELOW_FTE
      ? { hoursPerWeek: { min: half(min * HOURS_PER_FTE), max: half(max * HOURS_PER_FTE) } }
      : {}),
    roles: [...roles.entries()].map(([role, hours]) => ({
      role: say(msg(ROLE_KEY[role])),
      fte: Math.round((hours / HOURS_PER_FTE) * 100) / 100,
    })),
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
  const setupDays = all.reduce(
    (a, c) => a + c.spec.setupDays(c.units, s) * (c.sustain ? SUSTAIN_SHARE : 1),
    0,
  );
  const answered = new Set(
    all
      .filter((c) => c.why.includes('expectations') || c.spec.answers.length > 0)
      .flatMap((c) => c.spec.answers),
  );
  return { services, staffing, setupDays, notes, answered, leftOut };
};
