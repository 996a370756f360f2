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
import { type EngineKey, english, msg, type Say } from './say';
import type { Situation } from './situation';

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
  role: EngineKey;
  from: PmoModelId;
  fte: (s: Situation, scope: PmoScope) => number;
  basis: EngineKey;
}

const ROLES: readonly RoleRule[] = [
  {
    role: 'staff.role.pmoLead',
    from: 'weather-station',
    fte: (s, scope) => (scope === 'programme' || s.concurrentProjects >= 10 ? 1 : 0.5),
    basis: 'staff.basis.oneLeadHalfTimeBelow',
  },
  {
    role: 'staff.role.planningAndReportingAnalyst',
    from: 'weather-station',
    fte: (s, scope) => (scope === 'programme' ? 1 : atLeast(0.5, s.concurrentProjects / 25)),
    basis: 'staff.basis.onePer25ProjectsAt',
  },
  {
    role: 'staff.role.methodologyAndCoachingLead',
    from: 'control-tower',
    fte: (s) => atLeast(0.5, s.projectManagers / 10),
    basis: 'staff.basis.onePer10ProjectManagers',
  },
  {
    role: 'staff.role.portfolioAndResourceManager',
    from: 'resource-source',
    fte: (s) => atLeast(1, s.concurrentProjects / 20),
    basis: 'staff.basis.onePer20ProjectsAt',
  },
];

const ASSURANCE: RoleRule = {
  role: 'staff.role.assuranceOfficer',
  from: 'weather-station',
  fte: (s) => atLeast(0.5, s.concurrentProjects / 50),
  basis: 'staff.basis.regulatedOnePer50Projects',
};

/**
 * The office's staff by role, scaled to the portfolio, as a range of ±STAFFING_SPREAD around
 * the sum, never above MAX_OFFICE_SHARE of headcount (roles shrink in proportion when it would be).
 */
export const staffOffice = (
  s: Situation,
  model: PmoModelId,
  scope: PmoScope,
  say: Say = english,
): Staffing => {
  const rules = [
    ...ROLES.filter((r) => modelRank(r.from) <= modelRank(model)),
    ...(s.regulated ? [ASSURANCE] : []),
  ];
  let roles = rules.map((r) => ({ role: say(msg(r.role)), fte: r.fte(s, scope) }));
  const total = roles.reduce((a, r) => a + r.fte, 0);
  const limit = round2(MAX_OFFICE_SHARE * s.employees);
  let max = tenth(total * (1 + STAFFING_SPREAD));
  let min = tenth(total * (1 - STAFFING_SPREAD));
  const basis = rules.map((r) => say(msg('staff.basis', { role: msg(r.role), basis: msg(r.basis) })));
  if (max > limit) {
    const k = limit / max;
    roles = roles.map((r) => ({ role: r.role, fte: Math.floor(r.fte * k * 10) / 10 }));
    max = Math.floor(limit * 10) / 10;
    min = Math.min(min, max);
    basis.push(say(msg('staff.capped', { share: Math.round(MAX_OFFICE_SHARE * 100), limit })));
  }
  basis.push(say(msg('staff.range', { spread: Math.round(STAFFING_SPREAD * 100) })));
  return { fte: { min, max }, roles, basis };
};

/** A part-time coordination role for an organisation too small for an office. */
export const staffCoordination = (s: Situation, say: Say = english): Staffing => {
  const max = Math.min(MAX_COORDINATION_FTE, Math.floor(MAX_COORDINATION_SHARE * s.employees * 20) / 20);
  const min = Math.floor((max / 2) * 20) / 20;
  return {
    fte: { min, max },
    roles: [{ role: say(msg('staff.role.partTimeProjectCoordinator')), fte: max }],
    basis: [
      say(
        msg('staff.coordination', {
          share: Math.round(MAX_COORDINATION_SHARE * 100),
          fte: MAX_COORDINATION_FTE,
        }),
      ),
    ],
  };
};

const thousand = (x: number) => Math.round(x / 1000) * 1000;

/** Yearly cost range: FTE × day rate × working days; the rate is a documented default unless given. */
export const costOf = (
  staffing: Staffing,
  sourcing: SourcingId,
  s: Situation,
  rates?: Rates,
  say: Say = english,
): Cost => {
  const dayRate = rates?.dayRate ?? DEFAULT_DAY_RATE[sourcing];
  const currency = rates?.currency ?? DEFAULT_CURRENCY;
  const annual = {
    min: thousand(staffing.fte.min * dayRate * WORKDAYS_PER_YEAR),
    max: thousand(staffing.fte.max * dayRate * WORKDAYS_PER_YEAR),
  };
  const assumptions = [
    say(
      msg('cost.formula', {
        min: staffing.fte.min,
        max: staffing.fte.max,
        dayRate,
        currency,
        days: WORKDAYS_PER_YEAR,
      }),
    ),
    say(
      rates
        ? msg('cost.rateGiven')
        : msg('cost.defaultRate', {
            sourcing: msg(`sourcing.${sourcing}`),
            internal: DEFAULT_DAY_RATE.internal,
            hybrid: DEFAULT_DAY_RATE.hybrid,
            outsourced: DEFAULT_DAY_RATE.outsourced,
            currency: DEFAULT_CURRENCY,
          }),
    ),
    say(msg('cost.notIncluded')),
  ];
  if (s.annualProjectBudget !== undefined && s.annualProjectBudget > 0)
    assumptions.push(
      say(
        msg('cost.shareOfSpend', {
          min: round2((annual.min / s.annualProjectBudget) * 100),
          max: round2((annual.max / s.annualProjectBudget) * 100),
        }),
      ),
    );
  return { annual, currency, assumptions };
};

const KPI_DIMENSIONS: Record<PmoModelId, readonly string[]> = {
  'weather-station': ['reporting', 'tools'],
  'control-tower': ['standards', 'lifecycle', 'competencies'],
  'resource-source': ['portfolio', 'resources', 'finance'],
};
export const MIN_KPIS = 3;
export const MAX_KPIS = 6;

/**
 * 3–6 measures of the office itself: the dimensions its services should move, most specific
 * first. Baseline = today's score; target = the next level at the re-assessment a year on.
 */
export const kpisFor = (
  model: PmoModelId,
  dimensions: readonly DimensionScore[],
  s: Situation,
  say: Say = english,
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
    return {
      name: d.name,
      measure: say(msg('kpi.measure', { dimension: d.name })),
      baseline,
      target: baseline === null ? 3 : Math.min(5, levelOf(baseline) + 1),
    };
  });
};

interface ServiceRule {
  service: EngineKey;
  from: PmoModelId;
  accountable: 'lead' | 'sponsor' | 'board';
  consulted: readonly EngineKey[];
  informed: readonly EngineKey[];
}

const SERVICES: readonly ServiceRule[] = [
  {
    service: 'raci.service.consolidatedStatusReporting',
    from: 'weather-station',
    accountable: 'lead',
    consulted: ['party.projectManagers'],
    informed: ['party.leadership'],
  },
  {
    service: 'raci.service.oneTrustedSourceOfProject',
    from: 'weather-station',
    accountable: 'lead',
    consulted: ['party.controllers', 'party.projectManagers'],
    informed: ['party.leadership'],
  },
  {
    service: 'raci.service.methodologyAndTemplates',
    from: 'control-tower',
    accountable: 'lead',
    consulted: ['party.projectManagers', 'party.teamMembers'],
    informed: ['party.lineManagement'],
  },
  {
    service: 'raci.service.coachingOfProjectManagers',
    from: 'control-tower',
    accountable: 'lead',
    consulted: ['party.lineManagement'],
    informed: ['party.projectManagers'],
  },
  {
    service: 'raci.service.projectReviewsAndComplianceChecks',
    from: 'control-tower',
    accountable: 'sponsor',
    consulted: ['party.projectManagers'],
    informed: ['party.leadership'],
  },
  {
    service: 'raci.service.portfolioSelectionAndPrioritisation',
    from: 'resource-source',
    accountable: 'board',
    consulted: ['party.lineManagement', 'party.controllers'],
    informed: ['party.projectManagers'],
  },
  {
    service: 'raci.service.allocationOfSharedPeopleAnd',
    from: 'resource-source',
    accountable: 'board',
    consulted: ['party.lineManagement', 'party.projectManagers'],
    informed: ['party.teamMembers'],
  },
];

const REGULATORY: ServiceRule = {
  service: 'raci.service.regulatoryAssuranceAndAuditTrail',
  from: 'weather-station',
  accountable: 'sponsor',
  consulted: ['party.controllers', 'party.compliance'],
  informed: ['party.externalAuditor'],
};

/** Who does what for each service the office offers. Accountability never leaves the organisation. */
export const raciFor = (
  model: PmoModelId,
  sourcing: SourcingId,
  scope: PmoScope,
  s: Situation,
  say: Say = english,
): RaciRow[] => {
  const responsible = say(
    msg(
      (
        {
          internal: 'party.pmoTeam',
          hybrid: 'party.outsideThenInternal',
          outsourced: 'party.pmoProvider',
        } as const
      )[sourcing],
    ),
  );
  const sponsor = say(msg(scope === 'programme' ? 'party.programmeSponsor' : 'party.executiveSponsor'));
  const accountable = {
    lead: sourcing === 'outsourced' ? sponsor : say(msg('party.pmoLead')),
    sponsor,
    board: say(msg('party.portfolioBoard')),
  };
  return [
    ...SERVICES.filter((r) => modelRank(r.from) <= modelRank(model)),
    ...(s.regulated ? [REGULATORY] : []),
  ].map((r) => ({
    service: say(msg(r.service)),
    responsible,
    accountable: accountable[r.accountable],
    consulted: r.consulted.map((p) => say(msg(p))),
    informed: r.informed.map((p) => say(msg(p))),
  }));
};
