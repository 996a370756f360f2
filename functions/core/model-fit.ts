import type { OrganisationContext } from '../contract/context';
import type { Factor, Maturity, ModelFit, PmoModelId } from '../contract/result';
import { tieOrder, tieWay } from './control-tie';
import { BASE_POINTS, factor, reasonsFrom, scoreFromFactors } from './factors';
import { pushFactor, pushNeedsDecisions, regulatedGap, strongLeads } from './fit-pressures';
import {
  DIRECTIVE_MIN_LEVEL,
  dimensionScore,
  GATES,
  MIN_PROJECTS_FOR_DIRECTIVE,
  regulatedControl,
} from './model-gates';
import { controlPrerequisiteGap } from './office/units';
import { PMO_MODELS } from './pmo-models';
import { type EngineKey, english, msg, type Say, unsaid } from './say';
import { SCHEDULING_MANDATE_POINTS, sharedPeoplePain, withoutStandardisationGrounds } from './shared-people';
import type { Situation } from './situation';

export { DIRECTIVE_MIN_LEVEL, MIN_PROJECTS_FOR_DIRECTIVE };

/** A score as a factor shows it: two decimals in the reader's language, or "not rated". */
const rated =
  (say: Say) =>
  (x: number | null): string =>
    x === null ? say(msg('fit.notRated')) : say(msg('fit.score', { score: x }));

type Level = OrganisationContext['resourceContention'];

/**
 * Competition for people between a reporting and a controlling office. Where the control tower's
 * prerequisites are unmet (controlPrerequisiteGap, units.ts) it weighs on neither: a control tower
 * does not settle competition for people, a prioritisation forum with decision rights does, and the
 * office runs that service whatever its degree of control (office/choice.ts; round 21: a level-1.4
 * organisation tipped into a control tower by contention alone, with reporting and standards at 1.33).
 */
const contentionFactor = (
  c: OrganisationContext,
  m: Maturity,
  say: Say,
  points: Record<Level, number>,
  why: Record<Level, EngineKey>,
): Factor => {
  const settled = controlPrerequisiteGap(m) !== null && !pushNeedsDecisions(c);
  return factor(
    'resource-contention',
    say(msg('fit.competitionForSharedResources')),
    say(msg(`appetite.${c.resourceContention}`)),
    settled ? 0 : points[c.resourceContention],
    say(msg(settled ? 'fit.contentionSettledByPrioritisation' : why[c.resourceContention])),
  );
};

const weatherStation = (c: OrganisationContext, m: Maturity, say: Say): Factor[] => {
  const fmt = rated(say);
  const reporting = dimensionScore(m, ['reporting']);
  const decides = pushNeedsDecisions(c);
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
    // An urgent push that needs decisions is not held to visibility first (fit-pressures.ts).
    factor(
      'maturity',
      say(msg('fit.currentMaturity')),
      say(msg('fit.level', { level: m.level })),
      m.level <= 2 && decides ? 0 : m.level === 1 ? 15 : m.level === 2 ? 10 : m.level === 3 ? 0 : -10,
      m.level <= 2
        ? say(msg(decides ? 'fit.pushHoldsOwnGates' : 'fit.atLowMaturityVisibilityIs'))
        : m.level === 3
          ? say(msg('fit.definedPracticeNoLongerNeeds'))
          : say(msg('fit.practiceIsMatureReportingAlone')),
    ),
    factor(
      'reporting-gap',
      say(msg('fit.performanceTrackingAndReporting')),
      fmt(reporting),
      reporting !== null && reporting < 2.5 && !decides ? 10 : 0,
      reporting !== null && reporting < 2.5
        ? say(msg(decides ? 'fit.pushHoldsOwnGates' : 'fit.below250ManagementLacks'))
        : say(msg('fit.at250OrAbove')),
    ),
    contentionFactor(
      c,
      m,
      say,
      { low: 5, medium: -5, high: sharedPeoplePain(c, m) ? SCHEDULING_MANDATE_POINTS : -15 },
      {
        low: 'fit.littleCompetitionForPeopleSo',
        medium: 'fit.someCompetitionForPeopleThat',
        high: sharedPeoplePain(c, m) ? 'fit.schedulingMandateSettles' : 'fit.strongCompetitionForPeopleThat',
      },
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

const controlTower = (c: OrganisationContext, m: Maturity, say: Say): Factor[] =>
  withoutStandardisationGrounds(c, m, controlTowerFactors(c, m, say), say);

const controlTowerFactors = (c: OrganisationContext, m: Maturity, say: Say): Factor[] => {
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
    contentionFactor(
      c,
      m,
      say,
      { low: 0, medium: 0, high: -5 },
      {
        low: 'fit.resourceCompetitionDoesNotCall',
        medium: 'fit.resourceCompetitionDoesNotCall',
        high: 'fit.standardsAloneDoNotSettle',
      },
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

/** Fit of every model: eligible ones first, then by score; ties as the context breaks them (control-tie.ts). */
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
      // A tie goes the way the context decides between more and less control (control-tie.ts).
      tieOrder(tieWay(s, regulatedControl(maturity)), a, b),
  );
