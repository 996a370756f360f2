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
import { levelOf, round2, timesOver } from './numbers';
import { modelRank } from './pmo-models';
import { MAX_OFFICE_SHARE } from './pmo-need';
import { TEMPORARY_HORIZON_WEEKS } from './rollout';
import { type EngineKey, type EngineMessage, english, msg, type Say } from './say';
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
  basis: EngineKey | EngineMessage;
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
    role: 'staff.role.pmoLead',
    from: 'weather-station',
    fte: (s, scope) => (scope === 'programme' || s.concurrentProjects >= 10 ? 1 : 0.5),
    basis: 'staff.basis.oneLeadHalfTimeBelow',
  },
  {
    role: 'staff.role.planningAndReportingAnalyst',
    from: 'weather-station',
    fte: (s, scope) =>
      scope === 'programme'
        ? s.annualProjectBudget === undefined
          ? 1
          : Math.min(3, atLeast(0.5, s.annualProjectBudget / PROGRAMME_SPEND_PER_ANALYST))
        : atLeast(0.5, analysts(s.concurrentProjects)),
    basis: msg('staff.basis.onePer25ProjectsAt', {
      per: ANALYST_PER,
      until: ANALYST_STEP_UNTIL,
      wide: ANALYST_WIDE,
      spend: PROGRAMME_SPEND_PER_ANALYST,
    }),
  },
  {
    role: 'staff.role.methodologyAndCoachingLead',
    from: 'control-tower',
    fte: (s) => atLeast(0.5, s.projectManagers / (s.pmExpertise === 'strong' ? 20 : 10)),
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

/** Under the headcount cap the PMO lead keeps at least this much (or its full share when smaller). */
const CAPPED_LEAD_FTE = 0.5;

const sumOf = (roles: readonly { fte: number }[]) => tenth(roles.reduce((a, r) => a + r.fte, 0));

/**
 * The office's staff by role, scaled to the portfolio, as a range of ±STAFFING_SPREAD around
 * the sum, never above MAX_OFFICE_SHARE of headcount. When the cap bites, roles shrink in
 * proportion (never below 0.1 FTE) so that they sum to the top of the range; the roles always
 * sum to a value inside the range shown.
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
  const total = sumOf(roles);
  const limit = Math.floor(round2(MAX_OFFICE_SHARE * s.employees) * 10) / 10;
  let max = tenth(total * (1 + STAFFING_SPREAD));
  let min = tenth(total * (1 - STAFFING_SPREAD));
  const basis = rules.map((r) =>
    say(
      msg('staff.basis', { role: msg(r.role), basis: typeof r.basis === 'string' ? msg(r.basis) : r.basis }),
    ),
  );
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
      say(
        msg('staff.capped', {
          share: Math.round(MAX_OFFICE_SHARE * 100),
          limit: round2(MAX_OFFICE_SHARE * s.employees),
          floor: 0.1,
        }),
      ),
    );
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

/** A hybrid office hands its roles to internal staff after this many months of its first year. */
export const HANDOVER_MONTHS = 9;
/** Person-days to choose and contract an outside provider (one-off, internal time). */
export const PROCUREMENT_DAYS = 10;

/**
 * The day rates an office is costed at: internal (employed staff) and external (an outside firm).
 * Edition 2's single `dayRate`, given alone, is the rate for whichever sourcing is chosen.
 */
export const ratesFor = (rates?: Rates): { internal: number; external: number; given: boolean } => {
  if (rates && rates.externalDayRate === undefined)
    return { internal: rates.dayRate, external: rates.dayRate, given: true };
  return {
    internal: rates?.dayRate ?? DEFAULT_DAY_RATE.internal,
    external: rates?.externalDayRate ?? DEFAULT_DAY_RATE.outsourced,
    given: rates !== undefined,
  };
};

/**
 * Yearly cost range (FTE × day rate × working days) and one-off set-up cost. An internal office
 * is costed at the internal rate, an outsourced one at the external rate; a hybrid office at the
 * external rate until its hand-over (HANDOVER_MONTHS) and the internal rate after, so its cost
 * falls from the second year. `setupDays`: person-days to set the services up.
 */
export const costOf = (
  staffing: Staffing,
  sourcing: SourcingId,
  s: Situation,
  rates?: Rates,
  say: Say = english,
  setupDays = 0,
): Cost => {
  const r = ratesFor(rates);
  const currency = rates?.currency ?? DEFAULT_CURRENCY;
  const firstYearRate =
    sourcing === 'internal'
      ? r.internal
      : sourcing === 'outsourced'
        ? r.external
        : (r.external * HANDOVER_MONTHS + r.internal * (12 - HANDOVER_MONTHS)) / 12;
  const dayRate = Math.round(firstYearRate);
  const annual = {
    min: thousand(staffing.fte.min * firstYearRate * WORKDAYS_PER_YEAR),
    max: thousand(staffing.fte.max * firstYearRate * WORKDAYS_PER_YEAR),
  };
  const setupRate = sourcing === 'internal' ? r.internal : r.external;
  const outside = sourcing === 'internal' ? 0 : PROCUREMENT_DAYS * r.internal;
  const oneOffMid = setupDays * setupRate + outside;
  const oneOff = {
    min: thousand(oneOffMid * (1 - STAFFING_SPREAD)),
    max: thousand(oneOffMid * (1 + STAFFING_SPREAD)),
  };
  const assumptions = [
    say(
      staffing.fte.min === staffing.fte.max
        ? msg('cost.formulaSingle', { fte: staffing.fte.min, dayRate, currency, days: WORKDAYS_PER_YEAR })
        : msg('cost.formula', {
            min: staffing.fte.min,
            max: staffing.fte.max,
            dayRate,
            currency,
            days: WORKDAYS_PER_YEAR,
          }),
    ),
    ...(sourcing === 'hybrid' && r.internal !== r.external
      ? [
          say(
            msg('cost.hybridHandover', {
              months: HANDOVER_MONTHS,
              external: r.external,
              internal: r.internal,
              currency,
              min: thousand(staffing.fte.min * r.internal * WORKDAYS_PER_YEAR),
              max: thousand(staffing.fte.max * r.internal * WORKDAYS_PER_YEAR),
            }),
          ),
        ]
      : []),
    say(
      r.given
        ? msg('cost.rateGiven')
        : msg('cost.defaultRates', {
            internal: DEFAULT_DAY_RATE.internal,
            outsourced: DEFAULT_DAY_RATE.outsourced,
            currency: DEFAULT_CURRENCY,
          }),
    ),
    say(
      msg('cost.oneOff', {
        days: Math.round(setupDays),
        rate: setupRate,
        procurement: outside > 0 ? PROCUREMENT_DAYS : 0,
        currency,
      }),
    ),
    say(msg('cost.notIncluded')),
  ];
  if (s.annualProjectBudget !== undefined && s.annualProjectBudget > 0) {
    const low = round2((annual.min / s.annualProjectBudget) * 100);
    const high = round2((annual.max / s.annualProjectBudget) * 100);
    // Past the whole spend a percentage stops reading as one ("2,750,000.00 %"): say how many times
    // the spend it is, and that the spend figure needs checking.
    assumptions.push(
      say(
        high > 100
          ? msg('cost.moreThanSpend', { times: timesOver(high / 100) })
          : low.toFixed(2) === high.toFixed(2)
            ? msg('cost.shareOfSpendSingle', { share: low })
            : msg('cost.shareOfSpend', { min: low, max: high }),
      ),
    );
  }
  return { annual, oneOff, currency, assumptions };
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
  /** The evidence is insufficient: baselines and targets are to be confirmed. */
  provisional = false,
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
    const target = baseline === null ? 3 : Math.min(5, levelOf(baseline) + 1);
    const sustain = baseline !== null && target <= baseline;
    const when =
      s.horizon === 'temporary'
        ? msg('kpi.measureTemporary', { dimension: d.name, weeks: TEMPORARY_HORIZON_WEEKS })
        : msg('kpi.measure', { dimension: d.name });
    const measure = sustain ? msg('kpi.sustain', { measure: when }) : when;
    return {
      name: d.name,
      measure: say(provisional ? msg('kpi.provisional', { measure }) : measure),
      baseline,
      target,
      kind: 'maturity' as const,
      unit: 'level',
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
