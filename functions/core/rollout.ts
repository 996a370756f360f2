import type { OrganisationContext } from '../contract/context';
import type {
  DimensionScore,
  PmoModelId,
  Readiness,
  RolloutPhase,
  RolloutPlan,
  SourcingId,
} from '../contract/result';
import { modelProfile } from './pmo-models';
import type { Questionnaire } from './questionnaire';

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

export const quickWinsFor = (q: Questionnaire, dimensions: readonly DimensionScore[]): string[] =>
  weakestDimensions(dimensions).map((d) => {
    const dim = q.dimensions.find((x) => x.id === d.id);
    return `Quick win for ${d.name} (${(d.score as number).toFixed(2)}): ${dim?.quickWin ?? ''}`;
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

/** The phased plan for a recommended PMO. Durations follow size and sourcing; services follow the model. */
export const planRollout = (
  q: Questionnaire,
  context: OrganisationContext,
  dimensions: readonly DimensionScore[],
  model: PmoModelId,
  sourcing: SourcingId,
  readiness: Readiness,
): RolloutPlan => {
  const size = sizeFactor(context.employees);
  const setup = SETUP_FACTOR[sourcing];
  const path = readiness.stagedPath;
  const firstStage = path.slice(0, 1);
  const quickWins = quickWinsFor(q, dimensions);
  const target = modelProfile(model);
  const extraStages = path.length - 1;

  const rolloutActivities =
    path.length > 1
      ? path.map(
          (id, i) =>
            `Stage ${i + 1}: run as a ${modelProfile(id).name.toLowerCase()} (${modelProfile(id).control}) \u2014 ${SERVICE_START[id].rollout.join('; ')}`,
        )
      : servicesAlong(firstStage, 'rollout');
  if (sourcing === 'hybrid')
    rolloutActivities.push('Hand over PMO roles from the outside team to internal staff, role by role');
  if (sourcing === 'outsourced')
    rolloutActivities.push('Agree service levels and reporting with the outside PMO provider');

  const draft: Omit<RolloutPhase, 'startWeek'>[] = [
    {
      id: 'current-state-analysis',
      name: 'Current-state analysis',
      durationWeeks: weeks(BASE_WEEKS.analysis, size.factor, setup),
      activities: [
        'Interview and survey stakeholders from every role; capture what they expect a PMO to deliver',
        'Study the kinds of projects, the processes and the tools project managers use today',
        'Score maturity per dimension and discuss the perception gaps between roles',
      ],
      milestones: ['Stakeholder survey closed', 'Current-state report accepted by the sponsor'],
      owners: ['Executive sponsor', sourcing === 'internal' ? 'PMO lead' : 'PMO consultant'],
      exitCriterion:
        'The sponsor accepts the current-state findings and the weakest dimensions to address first.',
    },
    {
      id: 'concept-and-charter',
      name: 'PMO concept and charter',
      durationWeeks: weeks(BASE_WEEKS.concept, size.factor, setup),
      activities: [
        `Define the PMO as a ${target.name.toLowerCase()} (${target.control}): its activities, responsibilities and competencies`,
        'Decide where the PMO sits in the hierarchy and whom it reports to',
        `Staff the team: ${target.staffing}`,
        ...servicesAlong(firstStage, 'concept'),
      ],
      milestones: ['PMO charter signed by the sponsor', 'PMO lead appointed'],
      owners: ['Executive sponsor', 'PMO lead'],
      exitCriterion: 'A signed charter names the model, the services, the team and the success measures.',
    },
    {
      id: 'pilot',
      name: 'Pilot on a few projects',
      durationWeeks: weeks(BASE_WEEKS.pilot, size.factor, setup),
      activities: [
        ...quickWins,
        ...servicesAlong(firstStage, 'pilot'),
        'Collect feedback from pilot project managers and sponsors',
      ],
      milestones: ['Quick wins visible on the pilot projects', 'Pilot review held'],
      owners: ['PMO lead', 'Pilot project managers'],
      exitCriterion:
        'Pilot project managers and sponsors confirm the services help, and the adjustments are agreed.',
    },
    {
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
    },
    {
      id: 'operate-and-improve',
      name: 'Operate, measure and improve',
      durationWeeks: weeks(BASE_WEEKS.operate),
      activities: [
        ...servicesAlong(path.slice(-1), 'operate'),
        'Measure the PMO against the charter\u2019s success measures',
        'Re-assess maturity with the same questionnaire and compare with the baseline',
        ...(sourcing === 'hybrid' ? ['Complete the hand-over; the outside team leaves'] : []),
      ],
      milestones: ['First re-assessment', 'PMO service review with leadership'],
      owners: ['PMO team', model === 'resource-source' ? 'Portfolio board' : 'Executive sponsor'],
      exitCriterion:
        'The re-assessment shows progress on the weakest dimensions; the next improvement cycle is agreed.',
    },
  ];
  return withStartWeeks(draft, [
    size.label,
    `${sourcing} sourcing: set-up phases \u00d7${setup}`,
    `${target.name} roll-out base: ${ROLLOUT_WEEKS[model]} weeks${extraStages > 0 ? `, plus ${WEEKS_PER_EXTRA_STAGE} weeks for each of ${extraStages} earlier stage${extraStages === 1 ? '' : 's'}` : ''}`,
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
  context: OrganisationContext,
  dimensions: readonly DimensionScore[],
): RolloutPlan => {
  const size = sizeFactor(context.employees);
  return withStartWeeks(
    [
      {
        id: 'shared-basics',
        name: 'Shared basics',
        durationWeeks: weeks(4, size.factor),
        activities: [
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
  return { phases, totalWeeks: week, assumptions };
};
