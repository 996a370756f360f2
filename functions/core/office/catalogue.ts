import type { ServiceDriver } from '../../contract/result';
import { shortPush } from '../push-tempo';
import type { Situation } from '../situation';
import { CONTROLS_SHARE, controlsHours, HOURS_PER_FTE, portfolioControlsHours } from './controls-share';
import { triagePush } from './push-triage';
import type { OfficeKey } from './words';

/**
 * The catalogue of PMO services: what an office can offer, what drives each one's effort, and
 * how much effort per unit of that driver. The office the engine recommends is a choice of these
 * services; its size is the sum of their effort (docs/scoring.md, "Sizing from services").
 *
 * Every effort figure names its source or says it is our own judgement (`source`). Published
 * figures on PMO size are scarce and mostly weak (practitioner rules of thumb); where only those
 * exist the figure is ours, cross-checked against them, and says so.
 */

export {
  CONTROLS_COST_PER_FTE,
  CONTROLS_MIN_SPEND,
  CONTROLS_PER_PM,
  CONTROLS_SHARE,
  controlsShare,
  HOURS_PER_FTE,
  PORTFOLIO_CONTROLS_PER_PROJECT,
} from './controls-share';

/** The degree of control at which an office offers a service without being asked for it. */
export type Control = 'supportive' | 'controlling' | 'directive';
export const CONTROL_RANK: Record<Control, number> = { supportive: 0, controlling: 1, directive: 2 };

export type ServiceId =
  | 'office-lead'
  | 'status-reporting'
  | 'programme-controls'
  | 'portfolio-controls'
  | 'push-management'
  | 'portfolio-prioritisation'
  | 'lean-portfolio'
  | 'capacity-planning'
  | 'standards'
  | 'coaching'
  | 'assurance'
  | 'benefits-tracking'
  | 'tooling'
  | 'hub-coordination'
  | 'project-coordination';

/**
 * Hours a week per project of benefits tracking in a short push, which tracks benefits only where
 * they are stated and fall within it (push-tempo.ts, benefits-context.ts): an integration's
 * synergies, a turnaround's or cost-out's savings, the outcome it is funded for. There the benefit
 * is why the push exists: each initiative's value is baselined against the plan and re-forecast at
 * the push's cadence, not checked once after delivery as in a lasting office (0.2 h). Our judgement,
 * after the round-25 practitioners' 0.5–1 FTE of synergy tracking for an integration office of
 * about twenty workstreams (round 25: 3 hours a week).
 */
export const PUSH_BENEFIT_HOURS_PER_PROJECT = 1.25;

/** Who in the office does the work: the services of one role add up to that role's time. */
export type OfficeRole =
  | 'lead'
  | 'analyst'
  | 'controls'
  | 'methods'
  | 'portfolio'
  | 'assurance'
  | 'coordinator';

export interface ServiceSpec {
  id: ServiceId;
  driver: ServiceDriver;
  role: OfficeRole;
  /** Least control at which the office offers it unasked (stakeholders may still ask for it). */
  control: Control;
  /** Dimensions the service builds: their gap is the pain it answers. */
  dimensions: readonly string[];
  /** The questionnaire's expectation ids (what stakeholders may ask the office for) it answers. */
  answers: readonly string[];
  source: OfficeKey;
  /** Hours a week the service takes for `units` of its driver, in this situation. */
  hours: (units: number, s: Situation) => number;
  /**
   * Person-days to set the service up once in a small office (method written, register built, tool
   * configured, first round run). The office's set-up grows from these with its size (design.ts):
   * it depends on which services it builds and how many people run them, never on a driver alone.
   */
  setupDays: (s: Situation) => number;
}

/**
 * Up to this many projects (or people who lead them) every one costs a service its full effort;
 * beyond, each further one half: an office that serves many shares its registers, rounds and
 * templates across them (our judgement; rounds 10 and 11 found 200 and 400 projects sized linearly).
 */
export const FULL_EFFORT_UNTIL = 40;
/** The units a service is sized on, with the economies of scale past FULL_EFFORT_UNTIL. */
export const effectiveUnits = (n: number): number =>
  Math.min(n, FULL_EFFORT_UNTIL) + Math.max(0, n - FULL_EFFORT_UNTIL) / 2;

const agileFactor = (s: Situation): number => (s.deliveryApproach === 'agile' ? 0.6 : 1);

const COACHING_HOURS_PER_PM: Record<Situation['pmExpertise'], number> = { none: 1.5, basic: 1, strong: 0.4 };

export const SERVICE_CATALOGUE: readonly ServiceSpec[] = [
  {
    id: 'status-reporting',
    driver: 'projects',
    role: 'analyst',
    control: 'supportive',
    dimensions: ['reporting'],
    answers: ['status-reporting', 'single-source'],
    source: 'office.source.reporting',
    hours: (n, s) => n * 0.75 * agileFactor(s),
    setupDays: () => 5,
  },
  {
    id: 'programme-controls',
    driver: 'spend',
    role: 'controls',
    control: 'supportive',
    dimensions: ['reporting', 'finance', 'risk-control'],
    answers: ['risk-support', 'single-source', 'status-reporting'],
    source: 'office.source.controls',
    // units: millions of yearly spend; without spend the engine drives it by project managers.
    hours: (millions) => controlsHours(millions, CONTROLS_SHARE.office),
    setupDays: () => 10,
  },
  {
    id: 'portfolio-controls',
    driver: 'spend',
    role: 'controls',
    // Change control across projects is control: a supportive office holds only its roll-up, in its
    // supportive form and where it is asked for (round 20: a weather-station hub's largest service
    // was cross-project change control).
    control: 'controlling',
    dimensions: ['finance', 'reporting', 'risk-control'],
    answers: ['single-source', 'risk-support'],
    source: 'office.source.portfolioControls',
    // The roll-up for small projects, a programme's controls for large builds (controls-share.ts).
    hours: (millions, s) => portfolioControlsHours(millions, s),
    setupDays: () => 5,
  },
  {
    id: 'push-management',
    driver: 'projects',
    role: 'analyst',
    control: 'supportive',
    dimensions: ['governance', 'reporting', 'stakeholders'],
    // Ranking scope and tranches inside the push is its steering's work (round 18): it answers
    // prioritisation in the programme's terms (expectations.ts), not the portfolio's.
    answers: ['status-reporting', 'risk-support', 'prioritisation'],
    source: 'office.source.push',
    // Steering scales with the workstreams up to about twenty; beyond, they are grouped.
    hours: (n) => 8 + Math.min(n, PUSH_STREAMS) * 2 + Math.max(0, n - PUSH_STREAMS) * 0.25,
    setupDays: () => 3,
  },
  {
    id: 'portfolio-prioritisation',
    driver: 'projects',
    role: 'portfolio',
    control: 'controlling',
    dimensions: ['portfolio', 'governance'],
    answers: ['prioritisation', 'project-authorisation'],
    source: 'office.source.prioritisation',
    hours: (n) => 2 + n * 0.3,
    setupDays: () => 5,
  },
  {
    id: 'lean-portfolio',
    driver: 'projects',
    role: 'portfolio',
    control: 'supportive',
    dimensions: ['portfolio', 'finance'],
    answers: ['prioritisation', 'resource-allocation'],
    source: 'office.source.lean',
    // The quarterly funding and capacity round (preparing it, running the forum) and each
    // initiative's intake and flow review (our judgement; round 9 found 0.35 h each too little).
    hours: (n) => 4 + n * 0.5,
    setupDays: () => 5,
  },
  {
    id: 'capacity-planning',
    driver: 'projects',
    role: 'portfolio',
    control: 'supportive',
    dimensions: ['resources'],
    answers: ['resource-allocation'],
    source: 'office.source.capacity',
    hours: (n, s) => n * (s.resourceContention === 'high' ? 0.5 : 0.3),
    setupDays: () => 5,
  },
  {
    id: 'standards',
    driver: 'project-managers',
    role: 'methods',
    control: 'controlling',
    dimensions: ['standards', 'lifecycle', 'risk-control'],
    answers: ['standards', 'risk-support'],
    source: 'office.source.standards',
    hours: (n) => n * 0.5,
    setupDays: () => 8,
  },
  {
    id: 'coaching',
    driver: 'project-managers',
    role: 'methods',
    control: 'supportive',
    dimensions: ['competencies'],
    answers: ['coaching'],
    source: 'office.source.coaching',
    hours: (n, s) => n * COACHING_HOURS_PER_PM[s.pmExpertise],
    setupDays: () => 3,
  },
  {
    id: 'assurance',
    driver: 'projects',
    role: 'assurance',
    control: 'controlling',
    dimensions: ['governance', 'risk-control'],
    answers: ['assurance'],
    source: 'office.source.assurance',
    // Reviews of the projects, plus a regulator's evidence trail (decision log, approvals, records)
    // where there is a regulator: the trail is a duty; the reviews answer a gap (choice.ts).
    hours: (n, s) => n * REVIEW_HOURS_PER_PROJECT + (s.regulated ? evidenceTrailHours(n) : 0),
    setupDays: (s) => (s.regulated ? 8 : 4),
  },
  {
    id: 'benefits-tracking',
    driver: 'projects',
    role: 'analyst',
    control: 'supportive',
    dimensions: ['benefits'],
    answers: [],
    source: 'office.source.benefits',
    // A triage's benefit is the spend it releases, read at its spend gate: tracked as a lasting office does (push-triage.ts).
    hours: (n, s) => n * (shortPush(s) && !triagePush(s) ? PUSH_BENEFIT_HOURS_PER_PROJECT : 0.2),
    setupDays: () => 3,
  },
  {
    id: 'tooling',
    driver: 'projects',
    role: 'analyst',
    control: 'controlling',
    dimensions: ['tools'],
    answers: ['tooling', 'single-source'],
    source: 'office.source.tooling',
    hours: (n) => 1 + n * 0.15,
    setupDays: () => 5,
  },
  {
    id: 'hub-coordination',
    driver: 'business-units',
    role: 'lead',
    control: 'supportive',
    dimensions: ['governance', 'reporting'],
    answers: [],
    source: 'office.source.hub',
    hours: (n) => n * 4,
    setupDays: () => 5,
  },
  {
    id: 'project-coordination',
    driver: 'projects',
    role: 'coordinator',
    control: 'supportive',
    dimensions: ['reporting', 'competencies'],
    answers: ['status-reporting'],
    source: 'office.source.coordination',
    hours: (n) => 1 + n * 0.3,
    setupDays: () => 3,
  },
  {
    id: 'office-lead',
    driver: 'office',
    role: 'lead',
    control: 'supportive',
    dimensions: [],
    answers: [],
    source: 'office.source.lead',
    // units: the hours of every other service; leading them takes a share of them (leadHours).
    hours: (otherHours) => leadHours(otherHours),
    setupDays: () => 5,
  },
];

/** Hours a week of reviews and health checks per project, regulated or not (our judgement: about 25 minutes). */
export const REVIEW_HOURS_PER_PROJECT = 0.4;
/**
 * A regulator's evidence trail: keeping the decision log, approvals and records filed where an
 * auditor finds them. A duty of every regulated organisation, kept at a minimum: a couple of hours
 * a week for the log and the auditor's requests, plus a few minutes a week per project to file
 * its decisions (our judgement; round 14 found a regulated municipality with compliance rated 4
 * given 70 % of a coordinator's hours in reviews for the flag alone). Reviews of the projects are
 * added only where governance and risk control fall short or stakeholders ask for them.
 */
export const EVIDENCE_TRAIL = { base: 2, perProject: 0.1 };
export const evidenceTrailHours = (projects: number): number =>
  EVIDENCE_TRAIL.base + projects * EVIDENCE_TRAIL.perProject;

/** A push steers this many workstreams one by one; beyond, they are steered in groups. */
export const PUSH_STREAMS = 20;

/** Leading the office (its sponsor, plan, people and own measures) takes this share of the rest. */
export const LEAD_SHARE = 0.12;
/**
 * Up to this many people's worth of services one person holds the whole office: they are the lead
 * and the worker at once, and leading takes none of the office's hours beyond their own (round 20:
 * "leading the office" was 30 % of the hours of offices under 1.5 FTE). Our judgement.
 */
export const LEAD_FREE_FTE = 1;
/**
 * Past one person's worth, each further hour of services takes this share of an hour of leading:
 * the lead is a player-coach who steers the second and third person while still doing the work.
 * Our judgement (round 19: a small office's lead "is a player-coach, not a pure manager").
 */
export const SMALL_OFFICE_LEAD_SHARE = 0.3;
/**
 * A player-coach's leading takes at most this share of their week until LEAD_SHARE of the services
 * is more (from about four people's worth), and a whole person only from about eight. Our judgement,
 * after the reviewers' practice (round 19; about one coordinator per 20–30 customer projects).
 */
export const PLAYER_COACH_SHARE = 0.5;

/**
 * Hours a week of leading the office for `otherHours` of its other services: none while one person
 * holds it, then rising as a player-coach's share of what lies beyond that person, held at half a
 * person, until the large office's share is more. Continuous everywhere: no size makes it jump.
 */
export const leadHours = (otherHours: number): number => {
  const onePerson = LEAD_FREE_FTE * HOURS_PER_FTE;
  const coach = SMALL_OFFICE_LEAD_SHARE * (otherHours - onePerson);
  const ceiling = Math.max(PLAYER_COACH_SHARE * HOURS_PER_FTE, LEAD_SHARE * otherHours);
  return Math.max(0, Math.min(coach, ceiling));
};

const SPEC_BY_ID = new Map<ServiceId, ServiceSpec>(SERVICE_CATALOGUE.map((x) => [x.id, x]));

export const serviceSpec = (id: ServiceId): ServiceSpec => {
  const spec = SPEC_BY_ID.get(id);
  if (!spec) throw new Error(`unknown service ${id}`);
  return spec;
};
