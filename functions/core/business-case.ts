import type { Rates } from '../contract/api';
import type {
  Cost,
  DimensionScore,
  Kpi,
  PmoModelId,
  PmoScope,
  RaciRow,
  SourcingId,
  Staffing,
} from '../contract/result';
import { levelOf, round2 } from './numbers';
import { modelRank } from './pmo-models';
import { MAX_OFFICE_SHARE } from './pmo-need';
import { TEMPORARY_HORIZON_WEEKS } from './rollout';
import { formatNumber, type Situation } from './situation';

/** A part-time coordination role takes at most this share of headcount, and at most half a person. */
export const MAX_COORDINATION_SHARE = 0.05;
export const MAX_COORDINATION_FTE = 0.5;
/** No staffing the engine proposes exceeds this share of headcount. */
export const SANE_STAFF_SHARE = Math.max(MAX_OFFICE_SHARE, MAX_COORDINATION_SHARE);
/** Working days in a year of one full-time person. */
export const WORKDAYS_PER_YEAR = 220;
export const DEFAULT_CURRENCY = 'EUR';
/** Default cost of one PMO person-day: employed staff, a blend during hand-over, a consultancy. */
export const DEFAULT_DAY_RATE: Record<SourcingId, number> = { internal: 500, hybrid: 800, outsourced: 1100 };
/** The staffing range spans this much either side of the point estimate. */
export const STAFFING_SPREAD = 0.2;

const tenth = (x: number) => Math.round(x * 10) / 10;
const atLeast = (min: number, x: number) => Math.max(min, tenth(x));

interface RoleRule {
  role: string;
  from: PmoModelId;
  fte: (s: Situation, scope: PmoScope) => number;
  basis: string;
}

/** Analysts: one per this many projects up to ANALYST_STEP_UNTIL projects, then one per ANALYST_WIDE. */
const ANALYST_PER = 25;
const ANALYST_STEP_UNTIL = 100;
const ANALYST_WIDE = 100;
/** Programme staffing from spend: one analyst per this much yearly spend, between 0.5 and 3. */
const PROGRAMME_SPEND_PER_ANALYST = 10_000_000;

const analysts = (projects: number): number =>
  projects <= ANALYST_STEP_UNTIL
    ? projects / ANALYST_PER
    : ANALYST_STEP_UNTIL / ANALYST_PER + (projects - ANALYST_STEP_UNTIL) / ANALYST_WIDE;

const ROLES: readonly RoleRule[] = [
  {
    role: 'PMO lead',
    from: 'weather-station',
    fte: (s, scope) => (scope === 'programme' || s.concurrentProjects >= 10 ? 1 : 0.5),
    basis: 'one lead; half-time below 10 projects unless it runs a programme',
  },
  {
    role: 'Planning and reporting analyst',
    from: 'weather-station',
    fte: (s, scope) =>
      scope === 'programme'
        ? s.annualProjectBudget === undefined
          ? 1
          : Math.min(3, atLeast(0.5, s.annualProjectBudget / PROGRAMME_SPEND_PER_ANALYST))
        : atLeast(0.5, analysts(s.concurrentProjects)),
    basis: `one per ${ANALYST_PER} projects up to ${ANALYST_STEP_UNTIL}, then one per ${ANALYST_WIDE} (at least half-time); for a programme one per ${formatNumber(PROGRAMME_SPEND_PER_ANALYST)} of yearly spend (0.5 to 3), or one when spend is not given`,
  },
  {
    role: 'Methodology and coaching lead',
    from: 'control-tower',
    fte: (s) => atLeast(0.5, s.projectManagers / (s.pmExpertise === 'strong' ? 20 : 10)),
    basis: 'one per 10 project managers, one per 20 when in-house expertise is strong (at least half-time)',
  },
  {
    role: 'Portfolio and resource manager',
    from: 'resource-source',
    fte: (s) => atLeast(1, s.concurrentProjects / 20),
    basis: 'one per 20 projects (at least one)',
  },
];

const ASSURANCE: RoleRule = {
  role: 'Assurance officer',
  from: 'weather-station',
  fte: (s) => atLeast(0.5, s.concurrentProjects / 50),
  basis: 'regulated: one per 50 projects (at least half-time)',
};

/** Under the headcount cap the PMO lead keeps at least this much (or its full share when smaller). */
const CAPPED_LEAD_FTE = 0.5;

const sumOf = (roles: readonly { fte: number }[]) => tenth(roles.reduce((a, r) => a + r.fte, 0));

/**
 * The office's staff by role, scaled to the portfolio, as a range of ±STAFFING_SPREAD around
 * the sum, never above MAX_OFFICE_SHARE of headcount. When the cap bites, roles shrink in
 * proportion (never below 0.1 FTE) so that they sum to the top of the range; the roles always
 * sum to a value inside the range shown.
 */
export const staffOffice = (s: Situation, model: PmoModelId, scope: PmoScope): Staffing => {
  const rules = [
    ...ROLES.filter((r) => modelRank(r.from) <= modelRank(model)),
    ...(s.regulated ? [ASSURANCE] : []),
  ];
  let roles = rules.map((r) => ({ role: r.role, fte: r.fte(s, scope) }));
  const total = sumOf(roles);
  const limit = Math.floor(round2(MAX_OFFICE_SHARE * s.employees) * 10) / 10;
  let max = tenth(total * (1 + STAFFING_SPREAD));
  let min = tenth(total * (1 - STAFFING_SPREAD));
  const basis = rules.map((r) => `${r.role}: ${r.basis}`);
  if (max > limit) {
    // The lead keeps up to half a person (an office needs someone in charge); the others shrink
    // in proportion into what is left, none below 0.1 FTE.
    const lead = Math.min(roles[0]?.fte ?? 0, CAPPED_LEAD_FTE);
    const others = total - (roles[0]?.fte ?? 0);
    const k = others > 0 ? (limit - lead) / others : 0;
    roles = roles.map((r, i) => ({
      role: r.role,
      fte: i === 0 ? lead : Math.max(0.1, Math.floor(r.fte * k * 10) / 10),
    }));
    while (sumOf(roles) > limit) {
      const largest = roles.reduce((a, r) => (r.fte > a.fte ? r : a));
      largest.fte = tenth(largest.fte - 0.1);
    }
    const sum = sumOf(roles);
    max = Math.max(sum, limit);
    min = Math.min(tenth(sum * (1 - STAFFING_SPREAD)), sum);
    basis.push(
      `Capped at ${Math.round(MAX_OFFICE_SHARE * 100)} % of headcount (${round2(MAX_OFFICE_SHARE * s.employees).toFixed(2)} FTE); roles shrunk in proportion, none below 0.1 FTE.`,
    );
  }
  basis.push(`Range: \u00b1${Math.round(STAFFING_SPREAD * 100)} % around the sum of the roles.`);
  return { fte: { min, max }, roles, basis };
};

/** A part-time coordination role for an organisation too small for an office. */
export const staffCoordination = (s: Situation): Staffing => {
  const max = Math.min(MAX_COORDINATION_FTE, Math.floor(MAX_COORDINATION_SHARE * s.employees * 20) / 20);
  const min = Math.floor((max / 2) * 20) / 20;
  return {
    fte: { min, max },
    roles: [{ role: 'Part-time project coordinator', fte: max }],
    basis: [
      `At most ${Math.round(MAX_COORDINATION_SHARE * 100)} % of headcount and at most ${MAX_COORDINATION_FTE} FTE; the range starts at half of it.`,
    ],
  };
};

const thousand = (x: number) => Math.round(x / 1000) * 1000;

/** Yearly cost range: FTE × day rate × working days; the rate is a documented default unless given. */
export const costOf = (staffing: Staffing, sourcing: SourcingId, s: Situation, rates?: Rates): Cost => {
  const dayRate = rates?.dayRate ?? DEFAULT_DAY_RATE[sourcing];
  const currency = rates?.currency ?? DEFAULT_CURRENCY;
  const annual = {
    min: thousand(staffing.fte.min * dayRate * WORKDAYS_PER_YEAR),
    max: thousand(staffing.fte.max * dayRate * WORKDAYS_PER_YEAR),
  };
  const fteText =
    staffing.fte.min === staffing.fte.max
      ? `${staffing.fte.min}`
      : `${staffing.fte.min}\u2013${staffing.fte.max}`;
  const assumptions = [
    `${fteText} FTE \u00d7 ${formatNumber(dayRate)} ${currency} a day \u00d7 ${WORKDAYS_PER_YEAR} working days, rounded to the nearest thousand.`,
    rates
      ? 'Day rate given with the request.'
      : `Default day rate for ${sourcing} sourcing (internal ${DEFAULT_DAY_RATE.internal}, hybrid ${DEFAULT_DAY_RATE.hybrid}, outsourced ${DEFAULT_DAY_RATE.outsourced} ${DEFAULT_CURRENCY}); send your own rate to replace it.`,
    'Tools, training and the time project managers spend with the office are not included.',
  ];
  if (s.annualProjectBudget !== undefined && s.annualProjectBudget > 0) {
    const low = round2((annual.min / s.annualProjectBudget) * 100).toFixed(2);
    const high = round2((annual.max / s.annualProjectBudget) * 100).toFixed(2);
    assumptions.push(
      low === high
        ? `That is ${low} % of the yearly project spend.`
        : `That is ${low}\u2013${high} % of the yearly project spend.`,
    );
  }
  return { annual, currency, assumptions };
};

const KPI_DIMENSIONS: Record<PmoModelId, readonly string[]> = {
  'weather-station': ['reporting', 'tools'],
  'control-tower': ['standards', 'lifecycle', 'competencies'],
  'resource-source': ['portfolio', 'resources', 'finance'],
};
export const MIN_KPIS = 3;
const PROVISIONAL_KPI =
  '. Provisional: the evidence is insufficient, so confirm the baseline and the target when the assessment is complete';
export const MAX_KPIS = 6;

/**
 * 3–6 measures of the office itself: the dimensions its services should move, most specific
 * first. Baseline = today's score; target = the next level at the re-assessment a year on.
 */
export const kpisFor = (
  model: PmoModelId,
  dimensions: readonly DimensionScore[],
  s: Situation,
  /** The evidence is insufficient: baselines and targets are to be confirmed. */
  provisional = false,
): Kpi[] => {
  const ids = [
    ...KPI_DIMENSIONS[model],
    ...(s.regulated ? ['governance'] : []),
    'benefits',
    ...(model === 'weather-station' ? [] : ['reporting']),
    'stakeholders',
    'lifecycle',
    'governance',
  ].filter((id, i, all) => all.indexOf(id) === i && dimensions.some((d) => d.id === id));
  return ids.slice(0, MAX_KPIS).map((id) => {
    const d = dimensions.find((x) => x.id === id) as DimensionScore;
    const baseline = d.score;
    const target = baseline === null ? 3 : Math.min(5, levelOf(baseline) + 1);
    const sustain = baseline !== null && target <= baseline;
    const when =
      s.horizon === 'temporary'
        ? `${d.name} score (1\u20135) at the re-assessment before the hand-back, inside the ${TEMPORARY_HORIZON_WEEKS}-week horizon`
        : `${d.name} score (1\u20135) at the re-assessment twelve months after the charter`;
    return {
      name: d.name,
      measure: `${sustain ? `${when}; already at the top level, so the target is to sustain it` : when}${
        provisional ? PROVISIONAL_KPI : ''
      }`,
      baseline,
      target,
    };
  });
};

interface ServiceRule {
  service: string;
  from: PmoModelId;
  accountable: 'lead' | 'sponsor' | 'board';
  consulted: readonly string[];
  informed: readonly string[];
}

const SERVICES: readonly ServiceRule[] = [
  {
    service: 'Consolidated status reporting',
    from: 'weather-station',
    accountable: 'lead',
    consulted: ['Project managers'],
    informed: ['Leadership'],
  },
  {
    service: 'One trusted source of project data',
    from: 'weather-station',
    accountable: 'lead',
    consulted: ['Controllers', 'Project managers'],
    informed: ['Leadership'],
  },
  {
    service: 'Methodology and templates',
    from: 'control-tower',
    accountable: 'lead',
    consulted: ['Project managers', 'Team members'],
    informed: ['Line management'],
  },
  {
    service: 'Coaching of project managers',
    from: 'control-tower',
    accountable: 'lead',
    consulted: ['Line management'],
    informed: ['Project managers'],
  },
  {
    service: 'Project reviews and compliance checks',
    from: 'control-tower',
    accountable: 'sponsor',
    consulted: ['Project managers'],
    informed: ['Leadership'],
  },
  {
    service: 'Portfolio selection and prioritisation',
    from: 'resource-source',
    accountable: 'board',
    consulted: ['Line management', 'Controllers'],
    informed: ['Project managers'],
  },
  {
    service: 'Allocation of shared people and budget',
    from: 'resource-source',
    accountable: 'board',
    consulted: ['Line management', 'Project managers'],
    informed: ['Team members'],
  },
];

const REGULATORY: ServiceRule = {
  service: 'Regulatory assurance and audit trail',
  from: 'weather-station',
  accountable: 'sponsor',
  consulted: ['Controllers', 'Compliance'],
  informed: ['External auditor'],
};

/** Who does what for each service the office offers. Accountability never leaves the organisation. */
export const raciFor = (
  model: PmoModelId,
  sourcing: SourcingId,
  scope: PmoScope,
  s: Situation,
): RaciRow[] => {
  const responsible = {
    internal: 'PMO team',
    hybrid: 'Outside PMO team, then internal PMO staff',
    outsourced: 'PMO provider',
  }[sourcing];
  const sponsor = scope === 'programme' ? 'Programme sponsor' : 'Executive sponsor';
  const accountable = {
    lead: sourcing === 'outsourced' ? sponsor : 'PMO lead',
    sponsor,
    board: 'Portfolio board',
  };
  return [
    ...SERVICES.filter((r) => modelRank(r.from) <= modelRank(model)),
    ...(s.regulated ? [REGULATORY] : []),
  ].map((r) => ({
    service: r.service,
    responsible,
    accountable: accountable[r.accountable],
    consulted: [...r.consulted],
    informed: [...r.informed],
  }));
};
