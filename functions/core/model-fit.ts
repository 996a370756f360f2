import type { OrganisationContext } from '../contract/context';
import type { Factor, Maturity, ModelFit, PmoModelId } from '../contract/result';
import { assessEvidence } from './evidence';
import { BASE_POINTS, factor, reasonsFrom, scoreFromFactors } from './factors';
import { pushFactor, regulatedGap, regulatorFindsGap, strongLeads } from './fit-pressures';
import { round2 } from './numbers';
import { modelRank, PMO_MODELS } from './pmo-models';
import { english, msg, type Say, unsaid } from './say';
import type { Situation } from './situation';

/** A score as a factor shows it: two decimals in the reader's language, or "not rated". */
const rated =
  (say: Say) =>
  (x: number | null): string =>
    x === null ? say(msg('fit.notRated')) : say(msg('fit.score', { score: x }));

/** Mean of the rated dimensions named, rounded as displayed: a rule compares the value it shows. */
const dimensionScore = (maturity: Maturity, ids: readonly string[]): number | null => {
  let known = scoresOf.get(maturity);
  if (known === undefined) {
    known = new Map();
    scoresOf.set(maturity, known);
  }
  const key = ids.length === 1 ? (ids[0] as string) : ids.join(',');
  let score = known.get(key);
  if (score === undefined) {
    let sum = 0;
    let n = 0;
    for (const d of maturity.dimensions)
      if (d.score !== null && ids.includes(d.id)) {
        sum += d.score;
        n += 1;
      }
    score = n === 0 ? null : round2(sum / n);
    known.set(key, score);
  }
  return score;
};

/** What a regulator looks at: governance (its compliance question among them) and risk control. */
const regulatedControl = (maturity: Maturity): number | null =>
  dimensionScore(maturity, ['governance', 'risk-control']);

/**
 * What a maturity says once worked out: the sensitivity analysis fits the models again for every
 * probe against the same (never modified) maturity.
 */
const scoresOf = new WeakMap<Maturity, Map<string, number | null>>();
const insufficientOf = new WeakMap<Maturity, boolean>();
const insufficientEvidence = (maturity: Maturity): boolean => {
  let insufficient = insufficientOf.get(maturity);
  if (insufficient === undefined) {
    insufficient =
      assessEvidence(maturity.dimensions, maturity.respondents, unsaid).status === 'insufficient';
    insufficientOf.set(maturity, insufficient);
  }
  return insufficient;
};

/** From this many units that run their own projects, people are allocated inside the units. */
export const DIRECTIVE_MAX_UNITS = 3;
/** A directive office decides over projects and people on defined practice: this level at least. */
export const DIRECTIVE_MIN_LEVEL = 3;

/** Allocating people rests on resource management practised at the defined level. */
const directiveResources = (maturity: Maturity, say: Say): string[] => {
  const score = dimensionScore(maturity, ['resources']);
  return score !== null && score < DIRECTIVE_MIN_LEVEL
    ? [say(msg('fit.blocker.directiveResources', { score, minimum: DIRECTIVE_MIN_LEVEL }))]
    : [];
};

/** A directive office needs this many projects to have a portfolio to prioritise. */
export const MIN_PROJECTS_FOR_DIRECTIVE = 6;

/** Prerequisites: an unmet one makes the model ineligible, whatever its points. */
const GATES: Record<
  PmoModelId,
  (s: Situation, scope: 'organisation' | 'programme', maturity: Maturity, say: Say) => string[]
> = {
  'weather-station': () => [],
  // A regulated organisation whose governance and risk control fall short needs its compliance
  // checked whatever leadership's appetite; where they hold, the regulator asks for no more control.
  'control-tower': (s, _scope, maturity, say) =>
    s.controlAppetite === 'low' && !regulatorFindsGap(s, regulatedControl(maturity))
      ? [say(msg('fit.leadershipWantsVisibilityOnlyLow'))]
      : [],
  'resource-source': (s, scope, maturity, say) => [
    ...(s.existingPmo !== 'resource-source' && insufficientEvidence(maturity)
      ? [say(msg('fit.blocker.insufficientEvidence'))]
      : []),
    // A directive office in place that works keeps its standing under a medium appetite; only a
    // leadership that wants no central control withdraws it (round 11).
    ...(s.controlAppetite === 'low' || (s.controlAppetite === 'medium' && s.existingPmo !== 'resource-source')
      ? [say(msg('fit.blocker.appetite', { appetite: msg(`appetite.${s.controlAppetite}`) }))]
      : []),
    ...(s.controlAppetite === 'high' && s.resourceContention === 'low'
      ? [say(msg('fit.noExecutiveMandateToAllocate'))]
      : []),
    // A directive office is built for the long run, over people one centre can allocate, on
    // defined practice; an office already directive keeps its standing.
    ...(s.existingPmo !== 'resource-source'
      ? [
          ...(s.horizon === 'temporary' ? [say(msg('fit.blocker.directiveTemporary'))] : []),
          ...((s.businessUnits ?? 1) >= DIRECTIVE_MAX_UNITS
            ? [say(msg('fit.blocker.directiveUnits', { units: s.businessUnits ?? 1 }))]
            : []),
          ...(maturity.level < DIRECTIVE_MIN_LEVEL
            ? [
                say(
                  msg('fit.blocker.directiveLevel', { level: maturity.level, minimum: DIRECTIVE_MIN_LEVEL }),
                ),
              ]
            : []),
          ...(s.deliveryApproach === 'agile' ? [say(msg('fit.blocker.directiveAgile'))] : []),
          ...directiveResources(maturity, say),
        ]
      : []),
    ...(s.concurrentProjects < MIN_PROJECTS_FOR_DIRECTIVE
      ? [
          say(
            msg('fit.blocker.fewProjects', {
              projects: s.concurrentProjects,
              minimum: MIN_PROJECTS_FOR_DIRECTIVE,
            }),
          ),
        ]
      : []),
    ...(scope === 'programme' ? [say(msg('fit.aProgrammeOfficeServesOne'))] : []),
  ],
};

const weatherStation = (c: OrganisationContext, m: Maturity, say: Say): Factor[] => {
  const fmt = rated(say);
  const reporting = dimensionScore(m, ['reporting']);
  return [
    ...pushFactor(c, say, -10),
    ...regulatedGap(c, regulatedControl(m), say, -10),
    factor(
      'control-appetite',
      say(msg('fit.appetiteForCentralControl')),
      say(msg(`appetite.${c.controlAppetite}`)),
      { low: 20, medium: 5, high: -10 }[c.controlAppetite],
      {
        low: say(msg('fit.aCultureWaryOfCentral')),
        medium: say(msg('fit.aReportingOfficeStaysWithin')),
        high: say(msg('fit.leadershipWantsMoreControlThan')),
      }[c.controlAppetite],
    ),
    factor(
      'maturity',
      say(msg('fit.currentMaturity')),
      say(msg('fit.level', { level: m.level })),
      m.level === 1 ? 15 : m.level === 2 ? 10 : m.level === 3 ? 0 : -10,
      m.level <= 2
        ? say(msg('fit.atLowMaturityVisibilityIs'))
        : m.level === 3
          ? say(msg('fit.definedPracticeNoLongerNeeds'))
          : say(msg('fit.practiceIsMatureReportingAlone')),
    ),
    factor(
      'reporting-gap',
      say(msg('fit.performanceTrackingAndReporting')),
      fmt(reporting),
      reporting !== null && reporting < 2.5 ? 10 : 0,
      reporting !== null && reporting < 2.5
        ? say(msg('fit.below250ManagementLacks'))
        : say(msg('fit.at250OrAbove')),
    ),
    factor(
      'resource-contention',
      say(msg('fit.competitionForSharedResources')),
      say(msg(`appetite.${c.resourceContention}`)),
      { low: 5, medium: -5, high: -15 }[c.resourceContention],
      {
        low: say(msg('fit.littleCompetitionForPeopleSo')),
        medium: say(msg('fit.someCompetitionForPeopleThat')),
        high: say(msg('fit.strongCompetitionForPeopleThat')),
      }[c.resourceContention],
    ),
    factor(
      'portfolio-size',
      say(msg('fit.projectsAtOnce')),
      String(c.concurrentProjects),
      c.concurrentProjects <= 10 ? 5 : c.concurrentProjects <= 30 ? 0 : -10,
      c.concurrentProjects <= 10
        ? say(msg('fit.aSmallPortfolioIsEasy'))
        : c.concurrentProjects <= 30
          ? say(msg('fit.aMidSizedPortfolio'))
          : say(msg('fit.aLargePortfolioNeedsMore')),
    ),
  ];
};

const controlTower = (c: OrganisationContext, m: Maturity, say: Say): Factor[] => {
  const fmt = rated(say);
  const consistency = dimensionScore(m, ['standards', 'lifecycle']);
  return [
    ...pushFactor(c, say, 10),
    ...regulatedGap(c, regulatedControl(m), say, 10),
    ...strongLeads(c, dimensionScore(m, ['competencies']), say),
    factor(
      'control-appetite',
      say(msg('fit.appetiteForCentralControl')),
      say(msg(`appetite.${c.controlAppetite}`)),
      { low: -15, medium: 10, high: 5 }[c.controlAppetite],
      {
        low: say(msg('fit.aCultureWaryOfControl')),
        medium: say(msg('fit.leadershipAcceptsCommonStandardsAnd')),
        high: say(msg('fit.leadershipWantsControlStandardsAre')),
      }[c.controlAppetite],
    ),
    factor(
      'consistency-gap',
      say(msg('fit.standardsAndLifecycleDiscipline')),
      fmt(consistency),
      // In a control tower already in place, consistent practice is its own work.
      consistency === null
        ? 0
        : consistency < 2.5
          ? 15
          : consistency < 3.5
            ? 5
            : c.existingPmo === 'control-tower'
              ? 0
              : -10,
      consistency === null
        ? say(msg('fit.practiceConsistencyIsNotRated'))
        : consistency < 2.5
          ? say(msg('fit.below250PracticeDiffers'))
          : consistency < 3.5
            ? say(msg('fit.from250ToBelow'))
            : say(msg('fit.350OrAbovePractice')),
    ),
    factor(
      'maturity',
      say(msg('fit.currentMaturity')),
      say(msg('fit.level', { level: m.level })),
      m.level === 1 ? -5 : m.level <= 3 ? 10 : 0,
      m.level === 1
        ? say(msg('fit.standardsNeedSomeRepeatablePractice'))
        : m.level <= 3
          ? say(msg('fit.enoughRepeatablePracticeToStandardise'))
          : say(msg('fit.maturePracticeNeedsLessStandard')),
    ),
    factor(
      'project-managers',
      say(msg('fit.projectManagersToSupport')),
      String(c.projectManagers),
      c.projectManagers >= 2 ? 5 : c.projectManagers === 0 ? -5 : 0,
      c.projectManagers >= 2
        ? say(msg('fit.thereAreProjectManagersTo'))
        : c.projectManagers === 0
          ? say(msg('fit.noProjectManagersToCoach'))
          : say(msg('fit.aSingleProjectManagerTo')),
    ),
    factor(
      'resource-contention',
      say(msg('fit.competitionForSharedResources')),
      say(msg(`appetite.${c.resourceContention}`)),
      c.resourceContention === 'high' ? -5 : 0,
      c.resourceContention === 'high'
        ? say(msg('fit.standardsAloneDoNotSettle'))
        : say(msg('fit.resourceCompetitionDoesNotCall')),
    ),
  ];
};

const resourceSource = (c: OrganisationContext, m: Maturity, say: Say): Factor[] => {
  const fmt = rated(say);
  const portfolio = dimensionScore(m, ['portfolio', 'resources']);
  const projects = c.concurrentProjects;
  return [
    factor(
      'control-appetite',
      say(msg('fit.appetiteForCentralControl')),
      say(msg(`appetite.${c.controlAppetite}`)),
      { low: -25, medium: -5, high: 10 }[c.controlAppetite],
      {
        low: say(msg('fit.aCultureWaryOfControl2')),
        medium: say(msg('fit.leadershipIsLukewarmAboutHanding')),
        high: say(msg('fit.leadershipGivesAMandateFor')),
      }[c.controlAppetite],
    ),
    factor(
      'resource-contention',
      say(msg('fit.competitionForSharedResources')),
      say(msg(`appetite.${c.resourceContention}`)),
      { low: -15, medium: 0, high: 10 }[c.resourceContention],
      {
        low: say(msg('fit.littleCompetitionForPeopleLeaves')),
        medium: say(msg('fit.someCompetitionForPeopleTo')),
        high: say(msg('fit.projectsFightForTheSame')),
      }[c.resourceContention],
    ),
    factor(
      'portfolio-size',
      say(msg('fit.projectsAtOnce')),
      String(projects),
      projects <= 5 ? -15 : projects <= 15 ? 0 : 5,
      projects <= 5
        ? say(msg('fit.tooFewProjectsToJustify'))
        : projects <= 15
          ? say(msg('fit.enoughProjectsToPrioritiseCentrally'))
          : say(msg('fit.manyConcurrentProjectsNeedCentral')),
    ),
    factor(
      'maturity',
      say(msg('fit.currentMaturity')),
      say(msg('fit.level', { level: m.level })),
      m.level <= 1 ? -15 : m.level === 2 ? -5 : m.level === 3 ? 5 : 10,
      m.level <= 2
        ? say(msg('fit.directiveControlNeedsDefinedPractice'))
        : say(msg('fit.definedPracticeGivesADirective')),
    ),
    factor(
      'horizon',
      say(msg('fit.lastingOrTemporaryNeed')),
      say(msg(`fit.horizon.${c.horizon}`)),
      c.horizon === 'lasting' ? 5 : -10,
      c.horizon === 'lasting' ? say(msg('fit.aLastingNeedJustifiesA')) : say(msg('fit.aDirectiveOfficeIsA')),
    ),
    factor(
      'portfolio-gap',
      say(msg('fit.portfolioAndResourceManagement')),
      fmt(portfolio),
      // In an office that is already directive, good portfolio scores are its own work.
      portfolio === null
        ? 0
        : portfolio < 2.5
          ? 5
          : portfolio < 3.5 || c.existingPmo === 'resource-source'
            ? 0
            : -15,
      portfolio !== null && portfolio < 2.5
        ? say(msg('fit.below250NobodySelects'))
        : portfolio !== null && portfolio >= 3.5 && c.existingPmo !== 'resource-source'
          ? say(msg('fit.portfolioWorksAlready'))
          : say(msg('fit.at250OrAbove2')),
    ),
  ];
};

/**
 * What the organisation already runs and how it delivers: an office in place keeps its degree of
 * control (changing it is a reorganisation), and agile delivery resists stage-gate standards.
 */
const contextFactors = (model: PmoModelId, s: Situation, say: Say): Factor[] => [
  ...(s.deliveryApproach === 'agile' && model === 'control-tower'
    ? [
        factor(
          'delivery-approach',
          say(msg('fit.deliveryApproach')),
          say(msg('fit.agile')),
          -25,
          say(msg('fit.agileResistsStandards')),
        ),
      ]
    : []),
];

const RULES: Record<PmoModelId, (c: OrganisationContext, m: Maturity, say: Say) => Factor[]> = {
  'weather-station': weatherStation,
  'control-tower': controlTower,
  'resource-source': resourceSource,
};

/** Fit of every model: eligible ones first, then by score; ties go to the less controlling model. */
export const fitModels = (
  s: Situation,
  maturity: Maturity,
  scope: 'organisation' | 'programme' = 'organisation',
  say: Say = english,
): ModelFit[] =>
  PMO_MODELS.map((profile) => {
    const factors = [...RULES[profile.id](s, maturity, say), ...contextFactors(profile.id, s, say)];
    const blockers = GATES[profile.id](s, scope, maturity, say);
    return {
      model: profile.id,
      name: say(msg(`modelName.${profile.id}`)),
      control: profile.control,
      score: scoreFromFactors(factors),
      base: BASE_POINTS,
      requiredLevel: profile.requiredLevel,
      eligible: blockers.length === 0,
      blockers,
      factors,
      // Reasons are sentences: a probe that says nothing (sensitivity) needs none.
      reasons: say === unsaid ? [] : reasonsFrom(factors),
    };
  }).sort(
    (a, b) =>
      Number(b.eligible) - Number(a.eligible) ||
      b.score - a.score ||
      // A tie goes to less control, except under a regulator who would find governance and risk
      // control short: it expects change controlled (round 12).
      (regulatorFindsGap(s, regulatedControl(maturity)) ? modelRank(b.model) - modelRank(a.model) : 0),
  );
