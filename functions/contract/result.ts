import * as z from 'zod';
import { lazySchema } from './lazy';

export const PMO_MODELS = ['weather-station', 'control-tower', 'resource-source'] as const;
export const PmoModelId = lazySchema(() => z.enum(PMO_MODELS));
export type PmoModelId = z.infer<typeof PmoModelId>;

export const SOURCINGS = ['internal', 'outsourced', 'hybrid'] as const;
export const SourcingId = lazySchema(() => z.enum(SOURCINGS));
export type SourcingId = z.infer<typeof SourcingId>;

const Level = lazySchema(() => z.number().int().min(1).max(5));
const Score = lazySchema(() => z.number().min(1).max(5));

export const Confidence = lazySchema(() => z.enum(['high', 'medium', 'low', 'none']));
export type Confidence = z.infer<typeof Confidence>;

/** One input's contribution to a score: what it was, how many points it added, and why. */
export const Factor = lazySchema(() =>
  z.object({
    id: z.string(),
    label: z.string(),
    value: z.string(),
    points: z.number(),
    explanation: z.string(),
  }),
);
export type Factor = z.infer<typeof Factor>;

export const QuestionScore = lazySchema(() =>
  z.object({
    id: z.string(),
    score: Score.nullable().describe(
      'Mean of the ratings given; null when nobody rated it, or (in an assessment) fewer than minGroupSize people did.',
    ),
    ratings: z
      .number()
      .int()
      .min(0)
      .nullable()
      .describe('Ratings behind the score; null when withheld (fewer than minGroupSize raters).'),
  }),
);

export const DimensionScore = lazySchema(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    score: Score.nullable().describe(
      "Mean over the respondents counted in it of each one's own mean (in a team, those who rated at least 2 of its questions); null when nobody counts.",
    ),
    level: Level.nullable(),
    answered: z.number().int().min(0).describe('Real ratings (1–5) behind the score.'),
    questionsAnswered: z.number().int().min(0),
    questions: z.number().int().min(1),
    confidence: Confidence,
    spread: z
      .number()
      .min(0)
      .nullable()
      .describe('Standard deviation of the question scores; large means the questions disagree.'),
    respondentSpread: z
      .number()
      .min(0)
      .nullable()
      .optional()
      .describe(
        "Standard deviation of the respondents' own dimension means; large means the respondents disagree. Null with fewer than 2 respondents.",
      ),
    consistent: z.boolean().describe('The questions agree and the respondents agree.'),
    sufficient: z.boolean().describe('Enough consistent evidence for the level to count.'),
    questionScores: z.array(QuestionScore),
  }),
);
export type DimensionScore = z.infer<typeof DimensionScore>;

export const Maturity = lazySchema(() =>
  z.object({
    overall: Score,
    level: Level,
    levelName: z.string(),
    explanation: z.array(z.string()),
    confidence: Confidence,
    respondents: z.number().int().min(0),
    basis: z
      .array(z.string())
      .describe('Ids of the dimensions whose evidence is sufficient; the overall score is their mean.'),
    dimensions: z.array(DimensionScore),
  }),
);
export type Maturity = z.infer<typeof Maturity>;

export const ModelFit = lazySchema(() =>
  z.object({
    model: PmoModelId,
    name: z.string(),
    control: z.enum(['supportive', 'controlling', 'directive']),
    score: z.number().min(0).max(100),
    base: z.number().describe('The neutral starting point the factors move.'),
    requiredLevel: Level,
    eligible: z.boolean(),
    blockers: z.array(z.string()).describe('Unmet prerequisites; any one makes the model ineligible.'),
    factors: z.array(Factor),
    reasons: z.array(z.string()),
  }),
);
export type ModelFit = z.infer<typeof ModelFit>;

export const SourcingFit = lazySchema(() =>
  z.object({
    sourcing: SourcingId,
    score: z.number().min(0).max(100),
    base: z.number(),
    eligible: z.boolean(),
    blockers: z.array(z.string()),
    factors: z.array(Factor),
    reasons: z.array(z.string()),
  }),
);
export type SourcingFit = z.infer<typeof SourcingFit>;

export const PmoNeed = lazySchema(() =>
  z.object({
    needed: z.boolean(),
    score: z.number().min(0).max(100),
    base: z.number(),
    threshold: z.number(),
    factors: z.array(Factor),
    gates: z
      .array(z.object({ id: z.string(), rule: z.string(), value: z.string(), passed: z.boolean() }))
      .describe('Conditions checked before the points count.'),
    verdict: z.string(),
    alternatives: z.array(z.string()).describe('What to do instead when no PMO is needed yet.'),
  }),
);
export type PmoNeed = z.infer<typeof PmoNeed>;

export const Readiness = lazySchema(() =>
  z.object({
    currentLevel: Level,
    requiredLevel: Level,
    stretch: z.boolean().describe('True when the best-fitting model asks for more maturity than exists.'),
    stagedPath: z
      .array(PmoModelId)
      .describe('The order in which to introduce models; one entry when no staging.'),
    capabilities: z
      .array(
        z.object({
          model: PmoModelId,
          dimension: z.string(),
          name: z.string(),
          required: Level,
          score: Score.nullable(),
          met: z.boolean(),
        }),
      )
      .describe('What each model on the path needs, against what exists.'),
    passed: z.array(PmoModelId).describe('Steps the organisation already runs; never scheduled again.'),
    explanation: z.string(),
  }),
);
export type Readiness = z.infer<typeof Readiness>;

export const PmoAction = lazySchema(() => z.enum(['none', 'establish', 'evolve', 'keep', 'reset']));
export type PmoAction = z.infer<typeof PmoAction>;
export const PmoScope = lazySchema(() => z.enum(['organisation', 'programme']));
export type PmoScope = z.infer<typeof PmoScope>;

export const Staffing = lazySchema(() =>
  z.object({
    fte: z.object({ min: z.number().min(0), max: z.number().min(0) }),
    hoursPerWeek: z
      .object({ min: z.number().min(0), max: z.number().min(0) })
      .optional()
      .describe('Below half a person, the same range in hours a week (the web shows hours).'),
    roles: z.array(z.object({ role: z.string(), fte: z.number().min(0) })),
    basis: z.array(z.string()).describe('How each role was sized.'),
    pooled: z.number().min(0).optional().describe('Of the FTE, pooled project managers: not overhead.'),
  }),
);
export type Staffing = z.infer<typeof Staffing>;

export const Cost = lazySchema(() =>
  z.object({
    annual: z.object({ min: z.number().min(0), max: z.number().min(0) }),
    oneOff: z
      .object({ min: z.number().min(0), max: z.number().min(0) })
      .describe('Set-up costs paid once (hand-over, tooling, training), itemised in the assumptions.'),
    currency: z.string(),
    assumptions: z.array(z.string()),
  }),
);
export type Cost = z.infer<typeof Cost>;

export const Kpi = lazySchema(() =>
  z.object({
    name: z.string(),
    measure: z.string(),
    baseline: z
      .number()
      .nullable()
      .describe('From this assessment; null when not rated or not yet measured.'),
    target: z.number().describe('An absolute value in the unit of the measure.'),
    kind: z
      .enum(['outcome', 'maturity'])
      .describe(
        'outcome: what delivery achieves (on time, forecast accuracy...); maturity: a practice score.',
      ),
    unit: z.string().describe('What the target counts: %, days, or a level out of 5.'),
  }),
);
export type Kpi = z.infer<typeof Kpi>;

export const RaciRow = lazySchema(() =>
  z.object({
    service: z.string(),
    responsible: z.string(),
    accountable: z.string(),
    consulted: z.array(z.string()),
    informed: z.array(z.string()),
  }),
);
export type RaciRow = z.infer<typeof RaciRow>;

export const PMO_SHAPES = [
  'none',
  'capability-first',
  'formalise',
  'programme',
  'portfolio',
  'department',
  'hub-and-spoke',
  'lean-portfolio',
] as const;
export const PmoShape = lazySchema(() => z.enum(PMO_SHAPES));
export type PmoShape = z.infer<typeof PmoShape>;

export const SERVICE_DRIVERS = [
  'projects',
  'project-managers',
  'spend',
  'programmes',
  'business-units',
  'office',
  'people',
] as const;
export const ServiceDriver = lazySchema(() => z.enum(SERVICE_DRIVERS));
export type ServiceDriver = z.infer<typeof ServiceDriver>;

export const SERVICE_REASONS = ['maturity-gap', 'context', 'expectations', 'in-place'] as const;

/** One service the office offers: what drives its effort, how much, and why it is in the office. */
export const PmoService = lazySchema(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    driver: ServiceDriver,
    units: z
      .number()
      .min(0)
      .describe('How many of the driver the service covers (projects, PMs, millions...).'),
    hoursPerUnit: z.number().min(0).describe('Hours a week per unit of the driver.'),
    hoursPerWeek: z.number().min(0),
    fte: z.number().min(0),
    effort: z.string().describe('The effort sum in words.'),
    source: z.string().describe('Where the effort figure comes from, or that it is our own judgement.'),
    chosenFor: z.array(z.enum(SERVICE_REASONS)),
    reasons: z.array(z.string()),
  }),
);
export type PmoService = z.infer<typeof PmoService>;

export const PmoReturn = lazySchema(() =>
  z.object({
    id: z.string(),
    benefit: z.string(),
    annual: z
      .object({ min: z.number(), max: z.number() })
      .nullable()
      .describe('Yearly value in the cost currency; null when it cannot be priced (e.g. no spend given).'),
    assumption: z.string(),
  }),
);
export type PmoReturn = z.infer<typeof PmoReturn>;

export const PmoRecommendation = lazySchema(() =>
  z.object({
    needed: z.boolean(),
    model: PmoModelId.nullable(),
    sourcing: SourcingId.nullable(),
    action: PmoAction.describe('"establish" beside an office in place only with besideExisting.'),
    scope: PmoScope.describe('programme: an office for one or two large programmes.'),
    shape: PmoShape.describe(
      'How the office is built; model stays the degree of control. needed is false for none and capability-first.',
    ),
    besideExisting: z
      .boolean()
      .optional()
      .describe('A temporary office established beside the office in place (action establish).'),
    services: z
      .array(PmoService)
      .describe("The services the office offers, in the engine's order; their effort sums to the staffing."),
    expectations: z
      .array(
        z.object({
          service: z.string(),
          label: z.string(),
          share: z.number().min(0).max(1),
          answered: z.boolean(),
          because: z.string(),
        }),
      )
      .describe(
        'Services the stakeholders asked for most (published shares), and whether the office answers them.',
      ),
    returns: z
      .array(PmoReturn)
      .describe(
        'What the office is expected to return each year, with its assumptions, to weigh against cost.',
      ),
    fit: z.array(ModelFit).describe('All three models, best first.'),
    sourcingFit: z.array(SourcingFit).describe('All three sourcing options, best first.'),
    need: PmoNeed,
    readiness: Readiness,
    rationale: z.array(z.string()),
    benefits: z
      .array(z.object({ benefit: z.string(), because: z.string() }))
      .describe('What the recommended PMO would bring, strongest case first; empty when no PMO is needed.'),
    staffing: Staffing.nullable(),
    cost: Cost.nullable(),
    kpis: z.array(Kpi).describe('3 to 6 when a PMO is recommended.'),
    raci: z.array(RaciRow),
  }),
);
export type PmoRecommendation = z.infer<typeof PmoRecommendation>;

export const RolloutPhase = lazySchema(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    startWeek: z.number().int().min(0),
    durationWeeks: z.number().int().min(1),
    activities: z.array(z.string()),
    milestones: z.array(z.string()),
    owners: z.array(z.string()),
    exitCriterion: z.string(),
  }),
);
export type RolloutPhase = z.infer<typeof RolloutPhase>;

export const RolloutPlan = lazySchema(() =>
  z.object({
    phases: z
      .array(RolloutPhase)
      .nullable()
      .describe('Null when the evidence is insufficient: the result gives a direction only.'),
    totalWeeks: z.number().int().min(1).nullable(),
    assumptions: z.array(z.string()),
    risks: z.array(z.object({ risk: z.string(), mitigation: z.string() })),
  }),
);
export type RolloutPlan = z.infer<typeof RolloutPlan>;

export const Evidence = lazySchema(() =>
  z.object({
    status: z.enum(['sufficient', 'provisional', 'insufficient']),
    reasons: z.array(z.string()),
  }),
);
export type Evidence = z.infer<typeof Evidence>;

const ContextValue = lazySchema(() => z.union([z.string(), z.number(), z.boolean()]));
export const Sensitivity = lazySchema(() =>
  z.object({
    field: z.string(),
    from: ContextValue,
    to: ContextValue,
    effect: z.string(),
  }),
);
export type Sensitivity = z.infer<typeof Sensitivity>;

export const Result = lazySchema(() =>
  z.object({
    questionnaireVersion: z.string(),
    evidence: Evidence,
    warnings: z.array(z.string()),
    maturity: Maturity,
    pmo: PmoRecommendation,
    rollout: RolloutPlan,
    sensitivity: z
      .array(Sensitivity)
      .describe('Smallest changes of context that change the verdict, the model or the sourcing.'),
  }),
);
export type Result = z.infer<typeof Result>;

export * from './stakeholder-analysis';
