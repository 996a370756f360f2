import type {
  DimensionScore,
  PmoAction,
  PmoModelId,
  PmoScope,
  Readiness,
  RolloutPhase,
  RolloutPlan,
  SourcingId,
  Staffing,
} from '../contract/result';
import { modelProfile } from './pmo-models';
import type { Questionnaire } from './questionnaire';
import { english, msg, type Say } from './say';
import type { Situation } from './situation';

/** How many of the weakest dimensions become quick wins. */
export const QUICK_WINS = 2;

/** Weeks per phase for a mid-sized organisation with an internal PMO. */
const BASE_WEEKS = { analysis: 4, concept: 4, pilot: 8, operate: 26 } as const;
const ROLLOUT_WEEKS: Record<PmoModelId, number> = {
  'weather-station': 8,
  'control-tower': 12,
  'resource-source': 16,
};
/** Each earlier stage of a staged path adds this much roll-out time. */
const WEEKS_PER_EXTRA_STAGE = 8;

export const sizeFactor = (employees: number): { factor: number; label: string } =>
  employees < 100
    ? { factor: 0.75, label: 'small organisation (under 100 people): durations \u00d70.75' }
    : employees < 1000
      ? { factor: 1, label: 'mid-sized organisation (100\u2013999 people): base durations' }
      : { factor: 1.5, label: 'large organisation (1,000 people or more): durations \u00d71.5' };

const SETUP_FACTOR: Record<SourcingId, number> = { internal: 1, hybrid: 0.85, outsourced: 0.75 };

const weeks = (base: number, ...factors: number[]): number =>
  Math.max(1, Math.round(factors.reduce((w, f) => w * f, base)));

/** The weakest rated dimensions, lowest score first (ties keep questionnaire order). */
export const weakestDimensions = (
  dimensions: readonly DimensionScore[],
  count = QUICK_WINS,
): DimensionScore[] =>
  dimensions
    .filter((d) => d.score !== null)
    .sort((a, b) => (a.score as number) - (b.score as number))
    .slice(0, count);

export const quickWinsFor = (
  q: Questionnaire,
  dimensions: readonly DimensionScore[],
  say: Say = english,
): string[] =>
  weakestDimensions(dimensions).map((d) => {
    const dim = q.dimensions.find((x) => x.id === d.id);
    return say(
      msg('rollout.quickWin', { dimension: d.name, score: d.score as number, action: dim?.quickWin ?? '' }),
    );
  });

const SERVICE_START: Record<
  PmoModelId,
  { concept: string[]; pilot: string[]; rollout: string[]; operate: string[] }
> = {
  'weather-station': {
    concept: ['Define the status report: fields, rhythm, traffic-light rules'],
    pilot: ['Collect status from the pilot projects and publish the first consolidated report'],
    rollout: ['Extend status reporting to every project', 'Set up the single source of project data'],
    operate: ['Publish the portfolio report on a fixed rhythm and track the decisions it triggers'],
  },
  'control-tower': {
    concept: ['Draft the methodology, templates and tailoring rules from existing good practice'],
    pilot: [
      'Apply the methodology on the pilot projects with coaching',
      'Start consolidated status reporting',
    ],
    rollout: [
      'Train every project manager in the methodology',
      'Start project reviews and compliance checks',
    ],
    operate: ['Review and improve the methodology from project results'],
  },
  'resource-source': {
    concept: [
      'Agree the portfolio board, its mandate and selection criteria',
      'Draft the methodology and templates',
    ],
    pilot: [
      'Run the first portfolio prioritisation on the pilot scope',
      'Plan capacity for the pilot projects',
    ],
    rollout: [
      'Bring every project under portfolio authorisation',
      'Allocate shared people through the PMO',
      'Start audits',
    ],
    operate: ['Rebalance the portfolio quarterly on benefits and capacity'],
  },
};

const servicesAlong = (
  path: readonly PmoModelId[],
  part: keyof (typeof SERVICE_START)[PmoModelId],
): string[] => path.flatMap((id) => SERVICE_START[id][part]);

/** A temporary need is planned over this many weeks (a year's push), then handed back. */
export const TEMPORARY_HORIZON_WEEKS = 52;
/** A temporary office is set up at this share of the usual set-up time: the push cannot wait. */
export const TEMPORARY_SETUP_FACTOR = 0.5;
/** Weeks to hand back results and close a temporary office. */
export const HAND_BACK_WEEKS = 6;
/** An interim set-up on urgent needs, while the real office is designed. */
export const INTERIM_WEEKS = 2;
/** Health check of an existing office before changing it. */
export const HEALTH_CHECK_WEEKS = 3;
const PROCUREMENT_WEEKS = 4;

export interface PlanInput {
  context: Situation;
  dimensions: readonly DimensionScore[];
  model: PmoModelId;
  sourcing: SourcingId;
  readiness: Readiness;
  action: PmoAction;
  scope: PmoScope;
  /** The computed staffing; the charter names it instead of the model's typical size. */
  staffing?: Staffing | null;
}

type Draft = Omit<RolloutPhase, 'startWeek'>;

const interimPhase = (): Draft => ({
  id: 'interim-set-up',
  name: 'Interim set-up',
  durationWeeks: INTERIM_WEEKS,
  activities: [
    'Put an interim PMO lead on the most critical projects now',
    'Start a weekly status round, one shared risk list and a decision log',
  ],
  milestones: ['Interim lead in place', 'First weekly status round held'],
  owners: ['Executive sponsor', 'Interim PMO lead'],
  exitCriterion: 'The critical projects report weekly while the lasting office is designed.',
});

const procurementPhase = (sourcing: SourcingId, size: number): Draft => ({
  id: 'procurement',
  name: 'Procurement and service levels',
  durationWeeks: weeks(PROCUREMENT_WEEKS, size),
  activities: [
    'Describe the services, scope and reporting the provider must deliver',
    'Select the provider',
    'Agree service levels, reporting, exit terms and the hand-back of data and methods',
    ...(sourcing === 'hybrid' ? ['Agree which roles pass to internal staff, and when'] : []),
  ],
  milestones: ['Contract with service levels signed before the provider starts'],
  owners: ['Executive sponsor', 'Purchasing'],
  exitCriterion: 'A signed contract names services, service levels, exit terms and the hand-over dates.',
});

const healthCheckPhase = (existing: string): Draft => ({
  id: 'health-check',
  name: 'Health check of the existing PMO',
  durationWeeks: HEALTH_CHECK_WEEKS,
  activities: [
    `Review what the current ${existing} delivers: services used, reports read, decisions triggered`,
    'Ask project managers and sponsors what to keep, change and drop',
    'Compare its cost and staffing with the proposed set-up',
  ],
  milestones: ['Health-check report accepted by the sponsor'],
  owners: ['Executive sponsor', 'PMO lead'],
  exitCriterion: 'The sponsor agrees what the office keeps, changes and drops, starting from today.',
});

const assuranceActivities = (s: Situation, part: 'concept' | 'rollout'): string[] =>
  !s.regulated
    ? []
    : part === 'concept'
      ? ['Map what the regulator or auditor requires onto decision points, records and sign-offs']
      : ['Keep an audit trail: decisions, approvals and evidence filed where an auditor can find them'];

/** The phased plan for a recommended PMO, shaped by the situation: action, horizon, urgency, sourcing, regulation. */
export const planRollout = (q: Questionnaire, input: PlanInput): RolloutPlan => {
  const { context: s, dimensions, model, sourcing, readiness, action, scope, staffing } = input;
  const size = sizeFactor(s.employees);
  const setup = SETUP_FACTOR[sourcing] * (s.horizon === 'temporary' ? TEMPORARY_SETUP_FACTOR : 1);
  const path = readiness.stagedPath;
  const firstStage = path.slice(0, 1);
  const quickWins = quickWinsFor(q, dimensions);
  const target = modelProfile(model);
  const extraStages = path.length - 1;
  const temporary = s.horizon === 'temporary';
  const existing = action !== 'establish';
  const outside = sourcing !== 'internal';

  const buildMissing = readiness.stretch
    ? [
        `Build the missing capabilities: ${readiness.capabilities
          .filter((c) => !c.met && c.model === model)
          .map((c) => c.name)
          .join(', ')}`,
      ]
    : [];
  const draft: Draft[] = [];
  if (s.urgency === 'high' && action !== 'keep') draft.push(interimPhase());
  if (existing)
    draft.push(
      healthCheckPhase(modelProfile(s.existingPmo === 'none' ? model : s.existingPmo).name.toLowerCase()),
    );
  if (outside) draft.push(procurementPhase(sourcing, size.factor * (temporary ? TEMPORARY_SETUP_FACTOR : 1)));
  // A temporary push takes this assessment as its current state: no separate analysis.
  if (!existing && !temporary)
    draft.push({
      id: 'current-state-analysis',
      name: 'Current-state analysis',
      durationWeeks: weeks(BASE_WEEKS.analysis, size.factor, setup),
      activities: [
        'Interview and survey stakeholders from every role; capture what they expect a PMO to deliver',
        'Study the kinds of projects, the processes and the tools project managers use today',
        'Score maturity per dimension and discuss the perception gaps between roles',
      ],
      milestones: ['Stakeholder survey closed', 'Current-state report accepted by the sponsor'],
      owners: ['Executive sponsor', outside ? 'PMO provider' : 'PMO lead'],
      exitCriterion:
        'The sponsor accepts the current-state findings and the weakest dimensions to address first.',
    });
  if (action !== 'keep') {
    draft.push({
      id: 'concept-and-charter',
      name: existing ? 'Revised concept and charter' : 'PMO concept and charter',
      durationWeeks: weeks(BASE_WEEKS.concept, size.factor, setup),
      activities: [
        `Define the ${scope === 'programme' ? 'programme office' : 'PMO'} as a ${target.name.toLowerCase()} (${target.control}): its activities, responsibilities and competencies`,
        'Decide where the office sits and whom it reports to',
        staffing
          ? `Staff the team: ${staffing.fte.min === staffing.fte.max ? staffing.fte.min : `${staffing.fte.min}\u2013${staffing.fte.max}`} FTE (${staffing.roles.map((r) => `${r.role.toLowerCase()} ${r.fte}`).join(', ')})`
          : `Staff the team: ${target.staffing}`,
        ...(temporary && !existing
          ? [
              'Take this assessment as the current state: name the weakest dimensions and the stakeholders to involve',
            ]
          : []),
        ...(temporary ? ['Write the sunset date and the hand-back into the charter'] : []),
        ...assuranceActivities(s, 'concept'),
        ...servicesAlong(firstStage, 'concept'),
      ],
      milestones: [
        existing ? 'Revised charter signed' : 'PMO charter signed by the sponsor',
        'PMO lead appointed',
      ],
      owners: ['Executive sponsor', 'PMO lead', ...(outside ? ['PMO provider'] : [])],
      exitCriterion: 'A signed charter names the model, the services, the team, the KPIs and their targets.',
    });
    if (scope !== 'programme')
      draft.push({
        id: 'pilot',
        name: existing ? 'Pilot the changed services' : 'Pilot on a few projects',
        durationWeeks: weeks(BASE_WEEKS.pilot, size.factor, setup),
        activities: [
          ...quickWins,
          ...servicesAlong(firstStage, 'pilot'),
          ...buildMissing,
          'Collect feedback from pilot project managers and sponsors',
        ],
        milestones: ['Quick wins visible on the pilot projects', 'Pilot review held'],
        owners: ['PMO lead', 'Pilot project managers'],
        exitCriterion:
          'Pilot project managers and sponsors confirm the services help, and the adjustments are agreed.',
      });
  }
  const rolloutActivities = [
    ...(path.length > 1
      ? path.map(
          (id, i) =>
            `Stage ${i + 1}: run as a ${modelProfile(id).name.toLowerCase()} (${modelProfile(id).control}) — ${SERVICE_START[id].rollout.join('; ')}`,
        )
      : servicesAlong(firstStage, 'rollout')),
    ...assuranceActivities(s, 'rollout'),
    ...(sourcing === 'hybrid' && !temporary
      ? ['Hand over PMO roles from the outside team to internal staff, role by role']
      : []),
  ];
  if (!temporary && scope === 'organisation' && action !== 'keep')
    draft.push({
      id: 'roll-out',
      name: 'Organisation-wide roll-out',
      durationWeeks: weeks(ROLLOUT_WEEKS[model] + extraStages * WEEKS_PER_EXTRA_STAGE, size.factor),
      activities: rolloutActivities,
      milestones: [
        'Every project covered by the PMO services',
        ...(path.length > 1 ? ['Re-assessment confirms readiness for each next stage'] : []),
      ],
      owners: ['PMO lead', 'Line management'],
      exitCriterion: 'All projects use the PMO services and report through them.',
    });
  const before = draft.reduce((w, p) => w + p.durationWeeks, 0);
  const runActivities = [
    ...(scope === 'programme' && action !== 'keep' ? [...quickWins, ...buildMissing] : []),
    ...(temporary || scope === 'programme' ? rolloutActivities : []),
    ...servicesAlong(path.slice(-1), 'operate'),
    'Measure the office against the KPIs in its charter',
    'Re-assess maturity with the same questionnaire and compare with the baseline',
    ...(sourcing === 'hybrid' && !temporary ? ['Complete the hand-over; the outside team leaves'] : []),
  ];
  if (temporary) {
    draft.push({
      id: 'operate-and-improve',
      name: scope === 'programme' ? 'Run the programme office' : 'Run the office for the push',
      durationWeeks: Math.max(1, TEMPORARY_HORIZON_WEEKS - HAND_BACK_WEEKS - before),
      activities: runActivities,
      milestones: [
        'Mid-point review with the sponsor',
        'KPIs measured against the charter before the hand-back',
      ],
      owners: ['PMO team', 'Executive sponsor'],
      exitCriterion: 'The programme or push reaches its end date, or the sponsor ends it.',
    });
    draft.push({
      id: 'hand-back-and-sunset',
      name: 'Hand-back and sunset',
      durationWeeks: HAND_BACK_WEEKS,
      activities: [
        'Hand registers, plans and open risks back to line management',
        ...(sourcing === 'hybrid'
          ? ['Hand over PMO roles from the outside team to internal staff, who keep what stays as habits']
          : []),
        'Record lessons learned and what to keep as habits',
        ...(outside ? ['Close the provider contract and recover data and methods'] : []),
        'Dissolve the office and release its people',
      ],
      milestones: ['Hand-back accepted by line management', 'Office closed'],
      owners: ['PMO lead', 'Executive sponsor'],
      exitCriterion: 'Nothing depends on the office any more, and it is closed on its sunset date.',
    });
  } else {
    draft.push({
      id: 'operate-and-improve',
      name: scope === 'programme' ? 'Run the programme office' : 'Operate, measure and improve',
      durationWeeks: weeks(BASE_WEEKS.operate),
      activities: runActivities,
      milestones: ['First re-assessment', 'PMO service review with leadership'],
      owners: ['PMO team', model === 'resource-source' ? 'Portfolio board' : 'Executive sponsor'],
      exitCriterion:
        'The re-assessment shows progress on the weakest dimensions; the next improvement cycle is agreed.',
    });
  }
  return withStartWeeks(draft, [
    size.label,
    `${sourcing} sourcing: set-up phases \u00d7${setup}`,
    ...(temporary
      ? [
          `Temporary need: planned over ${TEMPORARY_HORIZON_WEEKS} weeks including ${HAND_BACK_WEEKS} weeks of hand-back; set-up phases \u00d7${TEMPORARY_SETUP_FACTOR}`,
        ]
      : [
          `${target.name} roll-out base: ${ROLLOUT_WEEKS[model]} weeks${extraStages > 0 ? `, plus ${WEEKS_PER_EXTRA_STAGE} weeks for each of ${extraStages} earlier stage${extraStages === 1 ? '' : 's'}` : ''}`,
        ]),
    ...(existing
      ? ['An office exists: the plan starts from today with a health check, not a new analysis']
      : []),
    ...(s.urgency === 'high' && action !== 'keep'
      ? [`High urgency: ${INTERIM_WEEKS} weeks of interim set-up first`]
      : []),
    `Quick wins come from the weakest dimensions: ${
      weakestDimensions(dimensions)
        .map((d) => d.name)
        .join(', ') || 'none rated'
    }`,
  ]);
};

/** The plan when no PMO is needed yet: shared basics, practice, then a re-assessment. */
export const planWithoutPmo = (
  q: Questionnaire,
  context: Situation,
  dimensions: readonly DimensionScore[],
  coordinationRole = false,
): RolloutPlan => {
  const size = sizeFactor(context.employees);
  const existing = context.existingPmo !== 'none';
  return withStartWeeks(
    [
      {
        id: 'shared-basics',
        name: existing ? 'Reshape the existing office' : 'Shared basics',
        durationWeeks: weeks(4, size.factor),
        activities: [
          ...(existing
            ? [
                `Review what the current ${modelProfile(context.existingPmo as PmoModelId).name.toLowerCase()} delivers and keep only what projects use`,
                'Move its people back to delivery or into a part-time coordination role',
              ]
            : []),
          ...(coordinationRole
            ? [
                'Give one person a part-time coordination role: one list of all jobs and a weekly look at who works on what',
              ]
            : []),
          'Name an accountable lead and a sponsor for each project',
          ...quickWinsFor(q, dimensions),
        ],
        milestones: ['Every project has a lead, a sponsor and a one-page plan'],
        owners: ['Business owner'],
        exitCriterion: 'The basics are in use on every running project.',
      },
      {
        id: 'practice',
        name: 'Practise on live projects',
        durationWeeks: weeks(12, size.factor),
        activities: [
          'Hold a short status round across projects every fortnight',
          'Close each project with a lessons-learned review',
        ],
        milestones: ['First lessons-learned reviews written down'],
        owners: ['Project leads'],
        exitCriterion: 'Status rounds and closure reviews happen without reminders.',
      },
      {
        id: 'reassess',
        name: 'Re-assess the need for a PMO',
        durationWeeks: 1,
        activities: ['Answer the questionnaire again and check whether the context has changed'],
        milestones: ['Decision: stay lean or set up a PMO'],
        owners: ['Business owner'],
        exitCriterion: 'A documented decision on whether a PMO is now needed.',
      },
    ],
    [
      size.label,
      'No PMO is recommended yet, so the plan builds basic habits and sets a date to decide again',
    ],
  );
};

const withStartWeeks = (
  draft: readonly Omit<RolloutPhase, 'startWeek'>[],
  assumptions: string[],
): RolloutPlan => {
  let week = 0;
  const phases = draft.map((p) => {
    const phase = { ...p, startWeek: week };
    week += p.durationWeeks;
    return phase;
  });
  return { phases, totalWeeks: week, assumptions, risks: [] };
};
