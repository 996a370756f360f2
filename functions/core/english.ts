import { EN_CALIBRATION } from './english-calibration';
import { EN_IN_PLACE } from './english-in-place';
import { EN_STRUCTURE } from './english-structure';
import { OFFICE_EN } from './office/words';

/**
 * What the engine says, in English: the source every other language translates (functions/i18n/engine),
 * and the meaning of every key the domain builds. The domain picks the key and the values; whoever
 * calls it says them. Template syntax: functions/core/render.ts.
 */
export const EN = {
  ...OFFICE_EN,
  ...EN_CALIBRATION,
  ...EN_STRUCTURE,
  ...EN_IN_PLACE,
  'model.weather-station': 'weather station',
  'model.control-tower': 'control tower',
  'model.resource-source': 'resource source',
  'modelName.weather-station': 'Weather station',
  'modelName.control-tower': 'Control tower',
  'modelName.resource-source': 'Resource source',
  'sourcing.internal': 'internal',
  'sourcing.outsourced': 'outsourced',
  'sourcing.hybrid': 'hybrid',
  'control.supportive': 'supportive',
  'control.controlling': 'controlling',
  'control.directive': 'directive',
  'evidence.status.sufficient': 'sufficient',
  'evidence.status.provisional': 'provisional',
  'evidence.status.insufficient': 'insufficient',

  'evidence.fewSufficient':
    '{sufficient} of {total} dimensions have enough consistent evidence (at least {minRated} rated questions that agree); {needed} are needed. Rate more questions.',
  'evidence.fewSufficientStartWith':
    '{sufficient} of {total} dimensions have enough consistent evidence (at least {minRated} rated questions that agree); {needed} are needed. Rate more questions, starting with {dimensions}.',
  'evidence.manyUnknownsAskMore':
    '{unrated} of {questions} questions carry no rating (don’t know or not applicable), so this result reads only part of the organisation and its confidence is low. Before committing money, have two or three more people who know the projects answer too: the team assessment.',
  'evidence.manyUnknownsTeam':
    '{unrated} of {questions} questions carry no rating from any of the {respondents} respondents, so this result reads only part of the organisation and its confidence is low. Before committing money, find who knows these areas and ask them to answer.',
  'evidence.fewRespondents':
    '{respondents, plural, one {# respondent} other {# respondents}}: the result is one view of the organisation. At least {minRespondents} respondents from different roles make it sufficient.',
  'evidence.inconsistent':
    '{dimension}: question scores disagree (by more than the limit of {limit, number, 2}); its average hides practice that differs by topic. Discuss it with the respondents before relying on its level.',
  'evidence.contextContradicts':
    'The answers describe practice at level {claimed}, yet the context says nobody here leads projects or has project-management expertise, and no office runs any, and practice at that level needs people who know how to run it. The answers are not credited above level {level} until people who run the work confirm them in a team assessment, or the practice is shown in documents: this result is a direction only.',
  'evidence.insufficient':
    'Insufficient evidence: the overall level needs at least {forLevel} dimensions with {minRated} or more rated questions; {counted} have them. The level credited is at most {maxLevel} until then.',
  'evidence.respondentsCamps':
    'On {dimensions}, the respondents fall into two camps of several people each, two levels apart: the average describes neither camp, so these levels are not counted as consistent. Talk them through with the respondents before relying on them.',
  'evidence.sufficientUntested':
    '{sufficient} of {total} dimensions have enough rated questions, within the spread limit, from {respondents} respondents. Whether they agree is not shown: telling two camps apart needs {pair} respondents, {k} on each side, so a disagreement among so few can hide in the averages.',
  'rationale.thinLeastControl':
    'On evidence this thin the direction is provisional and asks for no more than the evidence carries: {model}, the least controlling office that fits. {best} scores {lead} points more, but on too few rated answers to choose more control.',
  'rationale.thinKeepsModel':
    'On evidence this thin the direction is provisional: the {model} in place keeps its degree of control; too few answers are rated to change it either way.',
  'rationale.thinFirstStep':
    'The first and only firm step is a team assessment with at least {respondents} people from different roles: it decides the degree of control and the size, and nothing is staffed or bought before it.',
  'plan.noOffice.rankAndLimit':
    'Keep one ranked list of all running projects, owned by whoever sets priorities; let only as many run at once as the people who lead projects can carry, and park the rest with a date to look at them again.',
  'plan.noOffice.peopleByRank':
    'When projects want the same people, the higher one on the ranked list gets them first; the list’s owner settles only what the ranking leaves open.',
  'evidence.sufficient':
    '{sufficient} of {total} dimensions rest on consistent evidence from {respondents} respondents.',

  'warning.pmShare':
    '{projectManagers} of {employees} people manage projects: check that only people whose job is leading projects are counted.',
  'warning.projectsPerPerson':
    '{projects} projects for {employees} people is more than {limit} per person: many are probably tasks or small client jobs; this recommendation counts {credible} of them as projects.',
  'warning.managersPerProject':
    '{projectManagers} project managers for {projects} running projects: check both figures. Until then this recommendation sizes and prices its work on {credible} of them, what the projects could use.',
  'warning.noProjects':
    'No projects run at the moment: the recommendation assumes the figures of a typical period.',
  'warning.contentionWithoutProjects':
    'Strong competition for people with {projects, plural, one {# project} other {# projects}}: the competition is probably with day-to-day work, which a PMO does not settle alone.',
  'warning.pmoWithoutProjects':
    'A PMO exists today for {projects, plural, one {# running project} other {# running projects}}.',
  'warning.directiveWithoutAppetite':
    'A directive office runs today although appetite for central control is {appetite}.',
  'warning.lowSpend':
    'Yearly project spend of {spend} for {projects} projects is under {minimum} each: check the figure.',
  'warning.inconsistentDimension':
    '{dimension}: the question scores disagree (by more than the limit of {limit, number, 2}); its level of {level} counts in the overall score but cannot prove a capability a PMO model needs.',
  'warning.thinDimension':
    '{dimension}: only {rated} of its {questions} questions has a rating, so its level is one answer, not yet evidence: a level counts once {minRated} questions are rated. Who could answer the rest: {who}.',
  'warning.unratedDimension':
    '{dimension}: every question was answered “don’t know”, so it has no level and the design builds nothing on it. Before the result is used, have someone who knows it answer its {questions} questions: {who}.',
  'whoKnows.standards': 'the project managers who use the methods',
  'whoKnows.governance': 'a project sponsor or the steering committee’s secretary',
  'whoKnows.portfolio': 'whoever keeps the list of projects for the executive board',
  'whoKnows.resources': 'the line managers who lend people to projects',
  'whoKnows.reporting': 'a sponsor who reads the status reports',
  'whoKnows.risk-control': 'the project managers, or the risk manager',
  'whoKnows.competencies': 'HR or whoever runs training for project managers',
  'whoKnows.tools': 'whoever runs the project tools in IT',
  'whoKnows.lifecycle': 'the project managers',
  'whoKnows.stakeholders': 'the business owners of the projects',
  'whoKnows.benefits': 'the business owners of the projects, or the controller',
  'whoKnows.finance': 'the controller',
  'appetite.low': 'low',
  'appetite.medium': 'medium',
  'appetite.high': 'high',

  'maturity.overallSolid':
    'Overall score {overall, number, 2} is the mean of {count, plural, one {# dimension} other {# dimensions}} with at least {minRated} rated questions.',
  'maturity.overallRated':
    'Overall score {overall, number, 2} is the mean of {count, plural, one {# dimension} other {# dimensions}} rated so far.',
  'maturity.reaches': 'The score reaches level {level} ({levelName}).',
  'maturity.credited':
    'Credited at level {level} ({levelName}): fewer than {forLevel} dimensions have {minRated} or more rated questions, and a higher level needs evidence across the organisation.',
  'maturity.notCounted':
    '{count, plural, one {# dimension does} other {# dimensions do}} not count: not rated, or fewer than {minRated} rated questions.',
  'maturity.weakest': 'Weakest dimension: {dimension} at {score, number, 2}.',

  'need.gate.officeShare':
    'one full-time PMO person is at most {maxShare} % of headcount ({minEmployees} people or more)',
  'need.gate.officeShareValue': '{share, number, 2} % of {employees} people',
  'need.gate.portfolio':
    '{minProjects} or more projects at once, or 1–2 large ones ({programmeBudget}+ yearly spend; without a spend figure, {programmeEmployees}+ people, {programmeManagers}+ project managers and competition for people that is not low)',
  'need.gate.portfolioValue': '{projects, plural, one {# project} other {# projects}}',
  'need.verdict.coordinationRole':
    'No office: there is coordination work ({score} need points), but at {employees} people one full-time PMO person would be {share, number, 2} % of headcount, above the {maxShare} % limit. A part-time coordination role does the job.',
  'need.verdict.tooSmall':
    'No PMO: at {employees} people an office would take too large a share of headcount, and {score} need points stay below {threshold}.',
  'need.verdict.programme':
    'A programme office is warranted: {projects, plural, one {# large project} other {# large projects}} in an organisation of {employees} people. Its scope is the programme, not the organisation.',
  'need.verdict.programmeSpending':
    'A programme office is warranted: {projects, plural, one {# large project} other {# large projects}} in an organisation of {employees} people spending {spend} a year. Its scope is the programme, not the organisation.',
  'need.verdict.fewLargeOrders':
    'An office is warranted: {projects, plural, one {# large customer order} other {# large customer orders}} in an organisation of {employees} people. Orders for different clients are a book of orders, not one programme: the office serves them all and the people they share.',
  'need.verdict.fewProjects':
    'No PMO yet: with {projects, plural, one {# project} other {# projects}} at once there is too little to coordinate; a capable project lead and a few shared habits serve better.',
  'need.verdict.belowThreshold':
    'No PMO yet: {score} need points is below the {threshold} at which a PMO repays its cost.',
  'need.verdict.warranted': 'A PMO is warranted: {score} need points reach the threshold of {threshold}.',
  'need.alternative.coordinationRole':
    'Give one person a part-time coordination role (a few hours a week): one list of all jobs, a weekly look at who works on what, and a short review when a job closes.',
  'need.alternative.accountableLead':
    'Give every project one accountable lead and a sponsor who decides on scope and budget.',
  'need.alternative.trainBasics':
    'Train one or two people in project-management basics so that they can lead the next projects.',
  'need.alternative.managersMeet':
    'Let your project managers meet monthly to share plans, risks and lessons.',
  'need.alternative.reassess':
    'Re-assess when you run {projects} or more projects at once, when projects start fighting over the same people, or in six months.',
  // ── Round 16: nothing runs now (pmo-need.ts, rollout-lean.ts) ──
  'need.alternative.nextProject':
    'Keep a one-page start sheet ready (goal, sponsor, lead, budget, end date) so that the next project starts on it.',
  'need.alternative.reassessWhenApproved':
    'Answer the questionnaire again when projects are approved, with their number and yearly spend.',
  'plan.idle.phase': 'Ready for the next project',
  'plan.idle.startSheet':
    'Agree a one-page start sheet for the next project: goal, sponsor, lead, budget and end date, filled in before it starts.',
  'plan.idle.whoNames': 'Agree who names the lead and the sponsor of each project once it is approved.',
  'plan.idle.milestone': 'The start sheet is agreed and filed where the next sponsor will find it',
  'plan.idle.exit': 'The next project approved starts on the sheet, with a lead and a sponsor named.',
  'plan.idle.reassess':
    'When projects are approved, answer the questionnaire again with their number and yearly spend',
  'plan.idle.noPmo':
    'No projects run now: nothing to coordinate yet; the plan readies the next project and asks again when projects are approved',

  'action.establish': 'No PMO exists today: establish one.',
  'action.none': 'No PMO exists and none is needed yet.',
  'action.reshape':
    'The existing {model} does more than the coordination work requires: reshape it into a lighter role.',
  'action.resetIneligible': 'The existing {model} fails its own prerequisites ({blockers}): reset it.',
  'action.resetWeak':
    'The existing {model}’s own services score {score, number, 2}, below {limit, number, 2}: it is not working as set up; reset it.',
  'action.keep': 'The existing {model} fits: keep it and improve its weakest services.',
  'action.evolve': 'Evolve the existing {existing} into a {model}.',

  'readiness.capabilityRated': '{dimension} {score, number, 2}',
  'readiness.capabilityUnrated': '{dimension} not rated',
  'readiness.capabilityNeedsRated':
    '{dimension} {score, number, 2} (needs level {level} on sufficient evidence)',
  'readiness.capabilityNeedsUnrated': '{dimension} not rated (needs level {level})',
  'readiness.startAtOnce': 'The {model} rests on no prior capability; it can start at once.',
  'readiness.inPlace': 'The {model} rests on {capabilities}: all in place.',
  'readiness.staged':
    'The {model} needs {capabilities}. The services come in the order of the pain they answer; those that rest on a missing capability start while it is built ({path} is the direction of travel, not a gate).',
  'readiness.pilot':
    'The {model} needs {capabilities}; the earlier steps are already in use, so start with it and build the missing capability during the pilot.',
  'readiness.passed': '{explanation} Already in use, so not scheduled: {models}.',

  'rationale.maturity':
    'Maturity is at level {level} ({levelName}), overall {overall, number, 2} of 5; evidence {evidence}.',
  'rationale.ineligible': '{model} is not eligible: {blockers}',
  'rationale.bestFit': 'Best eligible fit: {model} ({control}) at {score}/100.',
  'rationale.bestFitAhead': 'Best eligible fit: {model} ({control}) at {score}/100, ahead of {behind}.',
  'rationale.bestFitTied':
    'Best eligible fit: {model} ({control}) at {score}/100, tied with {tied} (a tie goes to the less controlling model).',
  'rationale.bestFitTiedAhead':
    'Best eligible fit: {model} ({control}) at {score}/100, tied with {tied} (a tie goes to the less controlling model), ahead of {behind}.',
  'rationale.bestFitTiedMore':
    'Best eligible fit: {model} ({control}) at {score}/100, tied with {tied}; the more controlling model is chosen because a regulator would find governance and risk control short here.',
  'rationale.bestFitTiedAheadMore':
    'Best eligible fit: {model} ({control}) at {score}/100, tied with {tied}; the more controlling model is chosen because a regulator would find governance and risk control short here. Behind them: {behind}.',
  'rationale.bestFitTiedMoreAppetite':
    'Best eligible fit: {model} ({control}) at {score}/100, tied with {tied}; the more controlling model is chosen because leadership asks for central control (appetite high) and nothing else in the answers tells the two apart.',
  'rationale.bestFitTiedAheadMoreAppetite':
    'Best eligible fit: {model} ({control}) at {score}/100, tied with {tied}; the more controlling model is chosen because leadership asks for central control (appetite high) and nothing else in the answers tells the two apart. Behind them: {behind}.',
  'rationale.scored': '{model} {score}/100',
  'rationale.modelReason': '{model}: {reason}',
  'rationale.sourcing': 'Sourcing: {sourcing} at {score}/100; {reason}',
  'rationale.sourcingTied':
    'Sourcing: {sourcing} at {score}/100, tied with {tied} (a tie goes to internal, then hybrid); {reason}',
  'rationale.sourcingIneligible': '{sourcing} sourcing is not eligible: {blockers}',
  'rationale.shouldNeedGrow':
    'Should the need grow, the best-fitting model today would be the {model} ({score}/100).',

  'fit.leadershipWantsVisibilityOnlyLow':
    'Leadership wants visibility only (low appetite for control); a control tower sets and checks standards.',
  'fit.noExecutiveMandateToAllocate':
    'No executive mandate to allocate: projects rarely compete for people, so there is nothing for a directive office to decide.',
  'fit.aProgrammeOfficeServesOne':
    'A programme office serves one programme; it has no portfolio to select from.',
  'fit.notRated': 'not rated',
  'fit.appetiteForCentralControl': 'Appetite for central control',
  'fit.aCultureWaryOfCentral':
    'a culture wary of central control accepts an office that only observes and reports',
  'fit.aReportingOfficeStaysWithin': 'a reporting office stays within the control leadership will accept',
  'fit.leadershipWantsMoreControlThan': 'leadership wants more control than a reporting-only office provides',
  'fit.currentMaturity': 'Current maturity',
  'fit.atLowMaturityVisibilityIs': 'at low maturity, visibility is the first thing to build',
  'fit.definedPracticeNoLongerNeeds': 'defined practice no longer needs visibility alone',
  'fit.practiceIsMatureReportingAlone': 'practice is mature; reporting alone adds little',
  'fit.performanceTrackingAndReporting': 'Performance tracking and reporting',
  'fit.below250ManagementLacks': 'below 2.50: management lacks a consolidated view of projects today',
  'fit.at250OrAbove': 'at 2.50 or above (or not rated): reporting is not the gap to close',
  'fit.competitionForSharedResources': 'Competition for shared resources',
  'fit.littleCompetitionForPeopleSo': 'little competition for people, so observation is enough',
  'fit.someCompetitionForPeopleThat': 'some competition for people that a reporting office cannot settle',
  'fit.strongCompetitionForPeopleThat': 'strong competition for people that a reporting office cannot settle',
  'fit.projectsAtOnce': 'Projects at once',
  'fit.aSmallPortfolioIsEasy': 'a small portfolio is easy to observe',
  'fit.aMidSizedPortfolio': 'a mid-sized portfolio',
  'fit.aLargePortfolioNeedsMore': 'a large portfolio needs more than observation',
  'fit.aCultureWaryOfControl': 'a culture wary of control will resist imposed standards',
  'fit.leadershipAcceptsCommonStandardsAnd': 'leadership accepts common standards and checks',
  'fit.leadershipWantsControlStandardsAre': 'leadership wants control; standards are a first step toward it',
  'fit.standardsAndLifecycleDiscipline': 'Standards and lifecycle discipline',
  'fit.practiceConsistencyIsNotRated': 'practice consistency is not rated',
  'fit.below250PracticeDiffers':
    'below 2.50: practice differs from project to project; common standards are the need',
  'fit.from250ToBelow': 'from 2.50 to below 3.50: shared practice is not yet used everywhere',
  'fit.350OrAbovePractice': '3.50 or above: practice is already consistent',
  'fit.standardsNeedSomeRepeatablePractice': 'standards need some repeatable practice to build on',
  'fit.enoughRepeatablePracticeToStandardise': 'enough repeatable practice to standardise',
  'fit.maturePracticeNeedsLessStandard': 'mature practice needs less standard-setting',
  'fit.projectManagersToSupport': 'Project managers to support',
  'fit.thereAreProjectManagersTo': 'there are project managers to coach and review',
  'fit.noProjectManagersToCoach': 'no project managers to coach yet',
  'fit.aSingleProjectManagerTo': 'a single project manager to support',
  'fit.standardsAloneDoNotSettle': 'standards alone do not settle strong competition for people',
  'fit.resourceCompetitionDoesNotCall': 'resource competition does not call for more',
  'fit.aCultureWaryOfControl2': 'a culture wary of control will reject an office that decides over projects',
  'fit.leadershipIsLukewarmAboutHanding':
    'leadership is lukewarm about handing project decisions to an office',
  'fit.leadershipGivesAMandateFor': 'leadership gives a mandate for central control',
  'fit.littleCompetitionForPeopleLeaves': 'little competition for people leaves little to allocate',
  'fit.someCompetitionForPeopleTo': 'some competition for people to arbitrate',
  'fit.projectsFightForTheSame': 'projects fight for the same people and budget; someone must allocate them',
  'fit.tooFewProjectsToJustify': 'too few projects to justify central portfolio management',
  'fit.enoughProjectsToPrioritiseCentrally': 'enough projects to prioritise centrally',
  'fit.manyConcurrentProjectsNeedCentral': 'many concurrent projects need central prioritisation',
  'fit.directiveControlNeedsDefinedPractice':
    'directive control needs defined practice and reliable data that are not there yet',
  'fit.definedPracticeGivesADirective': 'defined practice gives a directive office a base to work from',
  'fit.lastingOrTemporaryNeed': 'Lasting or temporary need',
  'fit.aLastingNeedJustifiesA': 'a lasting need justifies a permanent structure',
  'fit.aDirectiveOfficeIsA': 'a directive office is a heavy structure for a temporary need',
  'fit.portfolioAndResourceManagement': 'Portfolio and resource management',
  'fit.below250NobodySelects': 'below 2.50: nobody selects and balances projects today',
  'fit.at250OrAbove2': 'at 2.50 or above (or not rated): portfolio practice is not the gap to close',
  'fit.blocker.appetite':
    'Appetite for central control is {appetite}; a directive office needs it high, as it decides priorities and people.',
  'fit.blocker.fewProjects':
    '{projects, plural, one {# project} other {# projects}} at once; portfolio selection needs at least {minimum}.',
  'fit.level': 'level {level}',
  'fit.score': '{score, number, 2}',
  'fit.horizon.lasting': 'lasting',
  'fit.horizon.temporary': 'temporary',

  'src.aResourceSourceDecidesPriorities':
    'A resource source decides priorities and people; those decision rights stay inside the organisation, so it can be hybrid at most.',
  'src.inHousePmExpertise': 'In-house PM expertise',
  'src.lastingOrTemporaryNeed': 'Lasting or temporary need',
  'src.anInternalOfficeNeedsExpertise': 'an internal office needs expertise the organisation lacks',
  'src.inHouseExpertiseCanBuild': 'in-house expertise can build an office that fits the culture',
  'src.buildingAnOfficeFromWithin': 'building an office from within is slow for an urgent need',
  'src.thereIsTimeToDiagnose': 'there is time to diagnose the culture and build standards from it',
  'src.aLastingNeedRewardsOwnership': 'a lasting need rewards ownership and acceptance',
  'src.aPermanentDepartmentIsToo': 'a permanent department is too much for a temporary need',
  'src.projectManagers': 'Project managers',
  'src.existingProjectManagersCanStaff': 'existing project managers can staff the office',
  'src.tooFewProjectManagersTo': 'too few project managers to staff the office from within',
  'src.outsideMethodAddsLittleTo': 'outside method adds little to strong in-house expertise',
  'src.aConsultancyBringsExpertiseThe': 'a consultancy brings expertise the organisation lacks',
  'src.speedTheMainBenefitOf': 'speed, the main benefit of outsourcing, is not needed',
  'src.anOutsideTeamAppliesA': 'an outside team applies a ready method quickly',
  'src.aTemporaryNeedAvoidsBuilding': 'a temporary need avoids building a permanent department',
  'src.aLastingNeedMakesOutside': 'a lasting need makes outside fees recurring and ownership weak',
  'src.outsideExpertsCanStandThe': 'outside experts can stand the office up and coach staff to take it over',
  'src.aHandOverNeedsInternal': 'a hand-over needs internal staff to be trained first',
  'src.strongInHouseExpertiseNeeds': 'strong in-house expertise needs little outside help',
  'src.noUrgencyToJustifyOutside': 'no urgency to justify outside help at the start',
  'src.outsideHelpGivesAFast': 'outside help gives a fast start',
  'src.aPlannedHandOverLeaves': 'a planned hand-over leaves a lasting internal office',
  'src.urgency': 'Urgency',
  'src.expertise.none': 'none',
  'src.expertise.basic': 'basic',
  'src.expertise.strong': 'strong',

  'needf.projectsPerProjectManager': 'Projects per project manager',
  'needf.noProjectManagers': 'no project managers',
  'needf.severalProjectsAndNobodyWhose': 'several projects and nobody whose job is to lead them',
  'needf.fewProjectsAndNoProject': 'few projects and no project managers',
  'needf.projectsRunningAtOnce': 'Projects running at once',
  'needf.theMoreProjectsRunAt': 'the more projects run at once, the more there is to coordinate',
  'needf.competitionForSharedPeopleAnd': 'Competition for shared people and budget',
  'needf.projectsCompetingForTheSame': 'projects competing for the same people need someone to arbitrate',
  'needf.organisationSize': 'Organisation size',
  'needf.largerOrganisationsLoseSightOf': 'larger organisations lose sight of their projects sooner',
  'needf.projectManagers': 'Project managers',
  'needf.pushLeadsEveryStream':
    'An urgent push has every project led, by a project manager or an owner it names: the need counts the projects to lead, not the project managers there.',
  'needf.severalProjectManagersBenefitFrom':
    'several project managers benefit from shared standards and support',
  'needf.yearlyProjectSpend': 'Yearly project spend',
  'needf.notGiven': 'not given',
  'needf.spendNotGivenSoIt': 'spend not given, so it adds no need',
  'needf.theMoreMoneyProjectsSpend': 'the more money projects spend, the more a failure costs',
  'needf.externalRegulatorOrAuditor': 'External regulator or auditor',
  'needf.projectsMustShowAnAuditor': 'projects must show an auditor consistent decisions and records',
  'needf.noOutsideAssuranceToProvide': 'no outside assurance to provide',
  'needf.manySmallJobs':
    'more than {limit} projects per manager: many small jobs, coordinated by their leads rather than across them',
  'needf.realCoordination': 'at most {limit} projects per manager: the count reflects real coordination work',
  'needf.employees': '{employees} employees',
  'needf.amount': '{amount}',
  'needf.yes': 'yes',
  'needf.no': 'no',

  'gap.explanation':
    '{higher} rate “{dimension}” at {higherScore, number, 2}, {lower} at {lowerScore, number, 2}: a gap of {gap, number, 2} worth discussing.',
  'disclosure.noFigures':
    'No figures yet: results appear once {k} people have submitted; how many have so far is not shown, since each one would be visible.',
  'disclosure.waiting':
    'Submissions are published in whole batches of {k}; any beyond the last full batch wait for the next one, and how many is not shown, so no change in the results or counts can be traced to one person.',
  'disclosure.tooSmall':
    '{count, plural, one {# respondent is} other {# respondents are}} in groups smaller than {k}, even pooled: counted in the overall figures only.',
  'disclosure.complementary':
    'The {group} group is withheld too: with it shown, the overall figures minus the shown groups would reveal the answers of the smaller, hidden groups.',
  'disclosure.dimensionUnrated': '{dimension}: fewer than {k} people rated it, so it has no score.',
  'disclosure.groupUnrated': '{dimension} for {group}: fewer than {k} of them rated it, so it is withheld.',
  'disclosure.groupWaits':
    '{dimension} for {group} is withheld until the overall score of this dimension counts all of them.',
  'disclosure.ratingsWait':
    'Some ratings wait for {k} people to have rated the same area before they count in its score.',
  'disclosure.expectations': 'Expectations chosen by 1 to {below} people show no count.',
  'roleGroup.executive': 'Executives',
  'roleGroup.management': 'Management',
  'roleGroup.project-manager': 'Project managers',
  'roleGroup.controller': 'Controllers',
  'roleGroup.team-member': 'Team members',
  'roleGroup.other': 'Others',
  'roleGroup.pooled': 'Smaller groups (pooled)',
  'roleGroupInSentence.executive': 'executives',
  'roleGroupInSentence.management': 'management',
  'roleGroupInSentence.project-manager': 'project managers',
  'roleGroupInSentence.controller': 'controllers',
  'roleGroupInSentence.team-member': 'team members',
  'roleGroupInSentence.other': 'others',
  'roleGroupInSentence.pooled': 'smaller groups (pooled)',

  'benefit.betterDecisionsFromConsolidated': 'Better decisions from consolidated, trusted project data',
  'benefit.anIndependentViewOf': 'An independent view of every project for senior management',
  'benefit.consistentPracticeFromOne': 'Consistent practice from one project to the next',
  'benefit.lessDuplicatedEffortShared': 'Less duplicated effort: shared templates, tools and lessons',
  'benefit.higherQualityOutcomesFrom': 'Higher quality outcomes from trained, supported project managers',
  'benefit.risksSeenAndMitigated': 'Risks seen and mitigated across projects, not one at a time',
  'benefit.projectsChosenAndRanked': 'Projects chosen and ranked by strategy',
  'benefit.betterUseOfShared': 'Better use of shared people and budget',
  'benefit.because': '{dimension} scores {score, number, 2} of 5 today.',
  'benefit.notRated': 'Not rated today.',
  'warning.borderline':
    'Borderline: {change}, the answer would be {answer}. Check that figure before acting on either answer.',
  'warning.borderlineMany':
    'Borderline on {count} figures: any one of these changes alone, each one step from what was entered, would make the answer {answer}: {changes}. The answer sits at the line; check these figures before acting on either answer.',
  'borderline.employees': 'with {to, number} people instead of {from, number}',
  'borderline.concurrentProjects': 'with {to, number} projects running instead of {from, number}',
  'borderline.projectManagers': 'with {to, number} project managers instead of {from, number}',
  'borderline.annualProjectBudget': 'with a yearly project spend of {to, number} instead of {from, number}',
  'borderline.urgency': 'with urgency {to} instead of {from}',
  'borderline.controlAppetite': 'with an appetite for control {to} instead of {from}',
  'borderline.resourceContention': 'with competition for people {to} instead of {from}',
  'borderline.pmExpertise': 'with project-management expertise {to} instead of {from}',
  'borderline.level.none': 'none',
  'borderline.level.basic': 'basic',
  'borderline.level.strong': 'strong',
  'borderline.level.low': 'low',
  'borderline.level.medium': 'medium',
  'borderline.level.high': 'high',
  'sensitivity.change': '{aspect}: {from} → {to}',
  'sensitivity.verdict': 'verdict',
  'sensitivity.model': 'model',
  'sensitivity.sourcing': 'sourcing',
  'sensitivity.verdict.programme': 'programme office',
  'sensitivity.verdict.needed': 'PMO needed',
  'sensitivity.verdict.none': 'no PMO',
  'sensitivity.model.weather-station': 'weather station',
  'sensitivity.model.control-tower': 'control tower',
  'sensitivity.model.resource-source': 'resource source',
  'sensitivity.model.none': 'none',
  'sensitivity.sourcing.internal': 'internal',
  'sensitivity.sourcing.outsourced': 'outsourced',
  'sensitivity.sourcing.hybrid': 'hybrid',
  'sensitivity.sourcing.none': 'none',

  'risk.weatherStation.risk': 'Reports are seen as paperwork because they lead to no decisions.',
  'risk.weatherStation.mitigation':
    'Agree with leadership which decisions each report feeds, and track them.',
  'risk.controlTower.risk': 'Standards feel like bureaucracy on small projects.',
  'risk.controlTower.mitigation':
    'Offer a light route for small projects and review the rules after the pilot.',
  'risk.resourceSource.risk': 'Line managers resist losing their say over people.',
  'risk.resourceSource.mitigation':
    'Put line managers on the portfolio board and publish the allocation rules.',
  'risk.stretch.risk': 'The office needs capabilities that are not yet in place.',
  'risk.stretch.mitigation': 'Build them during the pilot and move on only when a re-assessment shows them.',
  'risk.outsourced.risk': 'Knowledge leaves with the provider; the organisation depends on it.',
  'risk.outsourced.mitigation':
    'Own the methods and data by contract, and agree exit terms before the provider starts.',
  'risk.hybrid.risk': 'The hand-over slips and the outside team stays.',
  'risk.hybrid.mitigation':
    'Fix hand-over dates per role in the contract and pair internal staff from the first week.',
  'risk.temporary.risk': 'The office outlives the need it was set up for.',
  'risk.temporary.mitigation': 'Write the sunset date into the charter and plan the hand-back.',
  'risk.urgentInterim.risk': 'The interim set-up becomes the permanent one by default.',
  'risk.urgentInterim.mitigation':
    'Decide on the lasting set-up when the charter is signed, and end the interim then.',
  'risk.reset.risk': 'Staff of the current office feel blamed and disengage.',
  'risk.reset.mitigation': 'Start from the health-check findings and give them roles in the redesign.',
  'risk.evolve.risk': 'Users lose services of the current office that they value.',
  'risk.evolve.mitigation': 'Keep the services the health check shows are used until their replacement runs.',
  'risk.regulated.risk': 'Gaps in records surface in an audit during the change.',
  'risk.regulated.mitigation':
    'Map regulatory requirements onto decision points before the pilot and keep the audit trail from day one.',
  'risk.thinEvidence.risk': 'The design rests on thin or inconsistent evidence.',
  'risk.thinEvidence.mitigation':
    'Complete the assessment with more respondents before the charter is signed.',

  'staff.role.pmoLead': 'PMO lead',
  'staff.basis.oneLeadHalfTimeBelow': 'one lead; half-time below 10 projects unless it runs a programme',
  'staff.role.planningAndReportingAnalyst': 'Planning and reporting analyst',
  'staff.basis.onePer25ProjectsAt':
    'one per {per} projects up to {until}, then one per {wide} (at least half-time); for a programme one per {spend} of yearly spend (0.5 to 3), or one when spend is not given',
  'staff.role.methodologyAndCoachingLead': 'Methodology and coaching lead',
  'staff.basis.onePer10ProjectManagers':
    'one per 10 project managers, one per 20 when in-house expertise is strong (at least half-time)',
  'staff.role.portfolioAndResourceManager': 'Portfolio and resource manager',
  'staff.basis.onePer20ProjectsAt': 'one per 20 projects (at least one)',
  'staff.role.assuranceOfficer': 'Assurance officer',
  'staff.basis.regulatedOnePer50Projects': 'regulated: one per 50 projects (at least half-time)',
  'staff.role.partTimeProjectCoordinator': 'Part-time project coordinator',
  'raci.service.regulatoryAssuranceAndAuditTrail': 'Regulatory assurance and audit trail',
  'party.projectManagers': 'Project managers',
  'party.leadership': 'Leadership',
  'party.controllers': 'Controllers',
  'party.teamMembers': 'Team members',
  'party.lineManagement': 'Line management',
  'party.compliance': 'Compliance',
  'party.externalAuditor': 'External auditor',
  'staff.basis': '{role}: {basis}',
  'staff.capped':
    'Capped at {share} % of headcount ({limit, number, 2} FTE); roles shrunk in proportion, none below {floor} FTE.',
  'staff.range': 'Range: ±{spread} % around the sum of the roles.',
  'staff.coordination':
    'At most {share} % of headcount and at most {fte} FTE; the range starts at half of it.',
  'cost.groupTotal':
    'The group in all, hub and the offices in the {units} units: {min, number}–{max, number} {currency} a year, of which {unitsMin, number}–{unitsMax, number} {currency} for the units’ offices, paid by the units from their own budgets; the figures below are the hub’s alone.',
  'cost.formula':
    '{min}–{max} FTE × {dayRate} {currency} a day × {days} working days, rounded to the nearest thousand.',
  'cost.ratesGiven':
    'Day rates given with the request: {internal} {currency} for your own people, {external} {currency} for anyone bought in.',
  'cost.singleRate':
    'One day rate of {internal} {currency} was given: it prices own and outside people alike. An outside day usually costs about {factor, number} times an own one; send an outside rate to price outside people apart.',
  'cost.mixedForGood':
    'A mixed team for good: an own core of about {own} FTE at {internal} {currency} a day beside about {outside} FTE of outside specialists at {external} {currency}, who stay; nothing is handed over, and every year costs the same.',
  'cost.mixedForPush':
    'A mixed team for the push: about {share} % of it outside people at {external} {currency} a day, the rest your own people at {internal} {currency}, until the push ends.',
  'cost.mixedForLongPush':
    'A mixed team that hands over within the push: about {share} % of it outside people at {external} {currency} a day for its first {months} months, while they set the office up and your own people learn its roles, then about {peak} % for peaks only; the rest your own people at {internal} {currency}. About {average} % outside over the whole push, the yearly figure’s blend.',
  'cost.contractLead':
    'Included in the office’s cost: its lead ({fte} FTE) is an experienced interim on contract for {months} months at the outside rate of {rate, number} {currency} a day, about {amount, number} {currency} more than at your own rate.',
  'rationale.coachedLead':
    'What is bought in: {days} days of outside coaching for the office’s own lead. Nobody inside has led such work, but a lead on contract at the outside rate would leave about {fte, number} FTE of the work unstaffed under the spend ceiling; your own people, coached, staff about {own, number} FTE for the same money.',
  'rationale.coachedLeadOverLine':
    'What is bought in: {days} days of outside coaching for the office’s own lead. Nobody inside has led such work, but a lead on contract at the outside rate would take most of what the spend ceiling allows and leave the work unstaffed; your own people, coached, cover more of it for the same money.',
  'plan.coachedOwnLead':
    'Name the office’s lead from your own people now, with an experienced office lead from outside coaching them about a day every other week; start on the most critical projects',
  'rationale.boughtInOneSeat':
    'What is bought in: the whole office, one experienced interim ({fte} FTE) on contract for the push at the outside rate, who hands registers, plans and lessons back to line management at the sunset.',
  'rationale.contractLead':
    '{rest, plural, =0 {What is bought in: the whole office, one experienced interim ({fte} FTE) on contract at the outside rate, since nobody inside has led such work.} other {What is bought in: the office’s lead, an experienced interim ({fte} FTE) on contract at the outside rate, since nobody inside has led such work; the other {rest} FTE are your own people.}}',
  'src.mixedForGood':
    'the office is too large a share of the organisation to become all its own: an own core keeps the decisions while outside specialists stay for good',
  'src.mixedForGoodExpertise':
    'own people lead the office and bought-in specialists do the planning and cost control',
  'plan.agreeWhichRolesStay':
    'Agree which specialist roles the provider fills for good, how their number follows the pipeline of projects, and that your own core directs them',
  'plan.reviewTheMixYearly':
    'Review the mix once a year: which roles the provider fills, what they cost, and whether one of them should become an own post',
  'party.ownCoreAndSpecialists': 'Own PMO core with outside specialists',
  'risk.mixedForGood.risk': 'What the office knows sits with the provider’s specialists.',
  'risk.mixedForGood.mitigation':
    'Keep methods, data and tools with your own core, and write a notice period and the hand-back of records into the contract for every role.',
  'cost.defaultRate':
    'Default day rate for {sourcing} sourcing (internal {internal}, hybrid {hybrid}, outsourced {outsourced} {currency}); send your own rate to replace it.',
  'cost.notIncluded': 'Tool licences and the time project managers spend with the office are not included.',
  'cost.shareOfSpend': 'That is {min, number, 2}–{max, number, 2} % of the yearly project spend.',
  'kpi.measure': '{dimension} score (1–5) at the re-assessment twelve months after the charter',
  'party.pmoTeam': 'PMO team',
  'party.outsideThenInternal': 'Outside PMO team, then internal PMO staff',
  'party.pmoProvider': 'PMO provider',
  'party.programmeSponsor': 'Programme sponsor',
  'party.executiveSponsor': 'Executive sponsor',
  'party.pmoLead': 'PMO lead',
  'party.portfolioBoard': 'Portfolio board',

  'rollout.quickWin': 'Quick win for {dimension} ({score, number, 2}): {action}',

  'plan.defineTheStatusReportFields': 'Define the status report: fields, rhythm, traffic-light rules',
  'plan.collectStatusFromThePilot':
    'Collect status from the pilot projects and publish the first consolidated report',
  'plan.extendStatusReportingToEvery': 'Extend status reporting to every project',
  'plan.setUpTheSingleSource': 'Set up the single source of project data',
  'plan.publishThePortfolioReportOn':
    'Publish the portfolio report on a fixed rhythm and track the decisions it triggers',
  'plan.draftTheMethodologyTemplatesAnd':
    'Draft the methodology, templates and tailoring rules from existing good practice',
  'plan.applyTheMethodologyOnThe': 'Apply the methodology on the pilot projects with coaching',
  'plan.startConsolidatedStatusReporting': 'Start consolidated status reporting',
  'plan.trainEveryProjectManagerIn': 'Train every project manager in the methodology',
  'plan.startProjectReviewsAndCompliance': 'Start project reviews and compliance checks',
  'plan.reviewAndImproveTheMethodology': 'Review and improve the methodology from project results',
  'plan.agreeThePortfolioBoardIts': 'Agree the portfolio board, its mandate and selection criteria',
  'plan.draftTheMethodologyAndTemplates': 'Draft the methodology and templates',
  'plan.runTheFirstPortfolioPrioritisation': 'Run the first portfolio prioritisation on the pilot scope',
  'plan.planCapacityForThePilot': 'Plan capacity for the pilot projects',
  'plan.bringEveryProjectUnderPortfolio': 'Bring every project under portfolio authorisation',
  'plan.allocateSharedPeopleThroughThe': 'Allocate shared people through the PMO',
  'plan.startAudits': 'Start audits',
  'plan.rebalanceThePortfolioQuarterlyOn': 'Rebalance the portfolio quarterly on benefits and capacity',
  'plan.interimSetUp': 'Interim set-up',
  'plan.contractLeadForPush':
    'Bring in an experienced interim on contract to lead the office for the push, starting on the most critical projects: nobody inside has led such work',
  'plan.contractLeadUntilHire':
    'Bring in an experienced interim on contract to lead the office until an own lead is hired, starting on the most critical projects: nobody inside has led such work',
  'plan.ownInterimLead':
    'Name the office’s lead from your own people now, freed from other work as far as the office needs, and start on the most critical projects',
  'plan.putAnInterimPmoLead': 'Put an interim PMO lead on the most critical projects now',
  'plan.startAWeeklyStatusRound': 'Start a weekly status round, one shared risk list and a decision log',
  'plan.interimLeadInPlace': 'Interim lead in place',
  'plan.firstWeeklyStatusRoundHeld': 'First weekly status round held',
  'plan.executiveSponsor': 'Executive sponsor',
  'plan.purchasing': 'Purchasing',
  'plan.interimPmoLead': 'Interim PMO lead',
  'plan.theCriticalProjectsReportWeekly':
    'The critical projects report weekly while the lasting office is designed.',
  'plan.procurementAndServiceLevels': 'Procurement and service levels',
  'plan.describeTheServicesScopeAnd':
    'Describe, from the signed charter, the services, scope and reporting the provider must deliver',
  'plan.selectTheProvider': 'Select the provider',
  'plan.agreeServiceLevelsReportingExit':
    'Agree service levels, reporting, exit terms and the hand-back of data and methods',
  'plan.agreeWhichRolesPassTo': 'Agree which roles pass to internal staff, and when',
  'plan.contractWithServiceLevelsSigned': 'Contract with service levels signed before the provider starts',
  'plan.aSignedContractNamesServices':
    'A signed contract names services, service levels, exit terms and the hand-over dates.',
  'plan.healthCheckOfTheExisting': 'Health check of the existing PMO',
  'plan.askProjectManagersAndSponsors': 'Ask project managers and sponsors what to keep, change and drop',
  'plan.compareItsCostAndStaffing': 'Compare its cost and staffing with the proposed set-up',
  'plan.healthCheckReportAcceptedBy': 'Health-check report accepted by the sponsor',
  'plan.pmoLead': 'PMO lead',
  'plan.theSponsorAgreesWhatThe':
    'The sponsor agrees what the office keeps, changes and drops, starting from today.',
  'plan.mapWhatTheRegulatorOr':
    'Map what the regulator or auditor requires onto decision points, records and sign-offs',
  'plan.keepAnAuditTrailDecisions':
    'Keep an audit trail: decisions, approvals and evidence filed where an auditor can find them',
  'plan.currentStateAnalysis': 'Current-state analysis',
  'plan.interviewAndSurveyStakeholdersFrom':
    'Interview and survey stakeholders from every role; capture what they expect a PMO to deliver',
  'plan.studyTheKindsOfProjects':
    'Study the kinds of projects, the processes and the tools project managers use today',
  'plan.scoreMaturityPerDimensionAnd':
    'Score maturity per dimension and discuss the perception gaps between roles',
  'plan.stakeholderSurveyClosed': 'Stakeholder survey closed',
  'plan.currentStateReportAcceptedBy': 'Current-state report accepted by the sponsor',
  'plan.pmoProvider': 'PMO provider',
  'plan.theSponsorAcceptsTheCurrent':
    'The sponsor accepts the current-state findings and the weakest dimensions to address first.',
  'plan.revisedConceptAndCharter': 'Revised concept and charter',
  'plan.pmoConceptAndCharter': 'PMO concept and charter',
  'plan.decideWhereTheOfficeSits': 'Decide where the office sits and whom it reports to',
  'plan.writeTheSunsetDateAnd': 'Write the sunset date and the hand-back into the charter',
  'plan.revisedCharterSigned': 'Revised charter signed',
  'plan.pmoCharterSignedByThe': 'PMO charter signed by the sponsor',
  'plan.pmoLeadAppointed': 'PMO lead appointed',
  'plan.aSignedCharterNamesThe':
    'A signed charter names the model, the services, the team, the KPIs and their targets.',
  'plan.pilotTheChangedServices': 'Pilot the changed services',
  'plan.pilotOnAFewProjects': 'Pilot on a few projects',
  'plan.collectFeedbackFromPilotProject': 'Collect feedback from pilot project managers and sponsors',
  'plan.quickWinsVisibleOnThe': 'Quick wins visible on the pilot projects',
  'plan.pilotReviewHeld': 'Pilot review held',
  'plan.pilotProjectManagers': 'Pilot project managers',
  'plan.pilotProjectManagersAndSponsors':
    'Pilot project managers and sponsors confirm the services help, and the adjustments are agreed.',
  'plan.handOverPmoRolesFrom': 'Hand over PMO roles from the outside team to internal staff, role by role',
  'plan.organisationWideRollOut': 'Organisation-wide roll-out',
  'plan.everyProjectCoveredByThe': 'Every project covered by the PMO services',
  'plan.reAssessmentConfirmsReadinessFor': 'Re-assessment confirms readiness for each next stage',
  'plan.lineManagement': 'Line management',
  'plan.allProjectsUseThePmo': 'All projects use the PMO services and report through them.',
  'plan.measureTheOfficeAgainstThe': 'Measure the office against the KPIs in its charter',
  'plan.reAssessMaturityWithThe':
    'Re-assess maturity with the same questionnaire and compare with the baseline',
  'plan.completeTheHandOverThe': 'Complete the hand-over; the outside team leaves',
  'plan.runTheProgrammeOffice': 'Run the programme office',
  'plan.runTheOfficeForThe': 'Run the office for the push',
  'plan.midPointReviewWithThe': 'Mid-point review with the sponsor',
  'plan.pmoTeam': 'PMO team',
  'plan.theProgrammeOrPushReaches': 'The programme or push reaches its end date, or the sponsor ends it.',
  'plan.handBackAndSunset': 'Hand-back and sunset',
  'plan.handRegistersPlansAndOpen': 'Hand registers, plans and open risks back to line management',
  'plan.recordLessonsLearnedAndWhat': 'Record lessons learned and what to keep as habits',
  'plan.closeTheProviderContractAnd': 'Close the provider contract and recover data and methods',
  'plan.dissolveTheOfficeAndRelease': 'Dissolve the office and release its people',
  'plan.handBackAcceptedByLine': 'Hand-back accepted by line management',
  'plan.officeClosed': 'Office closed',
  'plan.nothingDependsOnTheOffice':
    'Nothing depends on the office any more, and it is closed on its sunset date.',
  'plan.operateMeasureAndImprove': 'Operate, measure and improve',
  'plan.firstReAssessment': 'First re-assessment',
  'plan.pmoServiceReviewWithLeadership': 'PMO service review with leadership',
  'plan.portfolioBoard': 'Portfolio board',
  'plan.theReAssessmentShowsProgress':
    'The re-assessment shows progress on the weakest dimensions; the next improvement cycle is agreed.',
  'plan.anOfficeExistsThePlan':
    'An office exists: the plan starts from today with a health check, not a new analysis',
  'plan.reshapeTheExistingOffice': 'Reshape the existing office',
  'plan.sharedBasics': 'Shared basics',
  'plan.moveItsPeopleBackTo': 'Move its people back to delivery or into a part-time coordination role',
  'plan.coordinatorKeepsTheList':
    'Give one person a part-time coordination role: keep one current list of all work and prepare leadership’s regular portfolio review; people are already planned where they work',
  'plan.giveOnePersonAPart':
    'Give one person a part-time coordination role: one list of all jobs and a weekly look at who works on what',
  'plan.agile.rankedInitiatives':
    'Keep one ranked list of the initiatives the teams work on, each with an owner and the outcome it aims at, and rank it again once a quarter; no sponsor or gates per project',
  'plan.agile.dependencyBoard':
    'Keep one board of what each team waits for from another, and look at it every fortnight with one person from each team',
  'plan.agile.retrospectives':
    'Let each team’s retrospectives feed one short list of what to change across teams, looked at when the initiatives are ranked again',
  'plan.agile.coordinator':
    'Give one person a part-time role keeping the quarter’s ranked list of initiatives and the dependency board',
  'plan.agile.teamRetro':
    'Hold a short retrospective when each piece of work ends, and keep one list of what the team changes next',
  'plan.orders.coordinator':
    'Give one person a part-time role owning the order book: open customer orders in the order of their promised dates, who works on each, and new bids weighed against it',
  'plan.orders.leadPerOrder':
    'Name one lead for each customer order, who holds its scope, promised date and budget with the client',
  'plan.orders.weeklyLook':
    'Once a week, look at all open orders together: hours spent against the estimate, promised dates, and who is short',
  'plan.orders.closure':
    'Close each order by setting its final hours and margin beside the bid, and carry what was learnt into the next estimate',
  'plan.orders.listAgreed': 'The order book is kept in promised-date order and every order has a lead',
  'plan.orders.firstReview': 'First closed orders compared with their bids',
  'plan.orders.practiceExit':
    'The weekly look at the orders and the comparison with the bid at each close happen without reminders.',
  'plan.agile.listAgreed': 'The quarter’s ranked list is agreed and every initiative on it has an owner',
  'plan.agile.firstReview': 'First fortnightly look at the dependency board held, with every team there',
  'plan.agile.practiceExit':
    'The dependency board is looked at every fortnight and the list ranked again each quarter without reminders.',
  'quickWin.fewLeads.competencies':
    'Too few project leads here to pair a new one with an experienced colleague: let the people who lead projects go through each other’s plans every fortnight, and take what they cannot settle to an experienced lead from outside.',
  'quickWin.noExpertise.competencies':
    'Nobody here has led such work yet: let the people who lead it meet every fortnight to share what worked, and take what they cannot settle to someone from outside who has.',
  'plan.nameAnAccountableLeadAnd': 'Name an accountable lead and a sponsor for each project',
  'plan.everyProjectHasALead': 'Every project has a lead, a sponsor and a one-page plan',
  'plan.businessOwner': 'Business owner',
  'plan.theBasicsAreInUse': 'The basics are in use on every running project.',
  'plan.practiseOnLiveProjects': 'Practise on live projects',
  'plan.holdAShortStatusRound': 'Hold a short status round across projects every fortnight',
  'plan.closeEachProjectWithA': 'Close each project with a lessons-learned review',
  'plan.firstLessonsLearnedReviewsWritten': 'First lessons-learned reviews written down',
  'plan.projectLeads': 'Project leads',
  'plan.statusRoundsAndClosureReviews': 'Status rounds and closure reviews happen without reminders.',
  'plan.reAssessTheNeedFor': 'Re-assess the need for a PMO',
  'plan.answerTheQuestionnaireAgainAnd':
    'Answer the questionnaire again and check whether the context has changed',
  'plan.decisionStayLeanOrSet': 'Decision: stay lean or set up a PMO',
  'plan.aDocumentedDecisionOnWhether': 'A documented decision on whether a PMO is now needed.',
  'plan.noPmoIsRecommendedYet':
    'No PMO is recommended yet, so the plan builds basic habits and sets a date to decide again',
  'plan.smallOrganisationUnder100People': 'small organisation (under 100 people): durations ×0.75',
  'plan.midSizedOrganisation100U2013999': 'mid-sized organisation (100–999 people): base durations',
  'plan.largeOrganisation1000People': 'large organisation (1,000 people or more): durations ×1.5',
  'plan.reviewCurrent':
    'Review what the current {model} delivers: services used, reports read, decisions triggered',
  'plan.definePmo':
    'Define the PMO as a {model} ({control}): its activities, responsibilities and competencies',
  'plan.urgentCut':
    'Make the cut within {weeks} weeks, not over a year: bring the office from {fte} FTE to about {target} FTE, keeping at first only the stop-or-go decisions on projects, the authorisation of spend and one report; the other services start again only once the cut is made',
  'plan.defineProgrammeOffice':
    'Define the programme office as a {model} ({control}): its activities, responsibilities and competencies',
  'plan.staffTeam': 'Staff the team: {staffing}',
  'plan.buildCapabilities': 'Build the missing capabilities: {capabilities}',
  'plan.stage': 'Stage {stage}: run as a {model} ({control}) — {services}',
  'plan.sourcingSetup': '{sourcing} sourcing: set-up phases ×{setup}',
  'plan.temporaryNeed':
    'Temporary need: planned over {weeks} weeks including {handBack} weeks of hand-back; set-up phases ×{factor}',
  'plan.rolloutBase': '{model} roll-out base: {weeks} weeks',
  'plan.rolloutBaseStaged':
    '{model} roll-out base: {weeks} weeks, plus {perStage} weeks for each of {stages, plural, one {# earlier stage} other {# earlier stages}}',
  'plan.highUrgency': 'High urgency: {weeks} weeks of interim set-up first',
  'plan.quickWinsFrom': 'Quick wins come from the weakest dimensions: {dimensions}',
  'plan.quickWinsFromNone': 'Quick wins come from the weakest dimensions: none rated',
  'plan.reviewAndKeep': 'Review what the current {model} delivers and keep only what projects use',
  'plan.staffing.weather-station': 'One to two people for up to about 30 projects.',
  'plan.staffing.control-tower': 'Two to five people, with methodology and coaching skills.',
  'plan.staffing.resource-source':
    'Five or more people, including portfolio and resource managers, with an executive mandate.',

  'evidence.fewSufficientAnswersDisagree':
    '{sufficient} of {total} dimensions have enough consistent evidence (at least {minRated} rated questions that agree); {needed} are needed. The questions are rated; it is the answers that disagree (below).',
  'evidence.respondentsSplitMany':
    'Respondents disagree on {count} dimensions (spread of their own scores up to {spread, number, 2}, limit {limit, number, 2}): {dimensions}. The averages describe nobody’s view; discuss them with the respondents before relying on the levels.',
  'evidence.respondentsSplit':
    '{dimension}: respondents disagree (spread of their own scores {spread, number, 2}, limit {limit, number, 2}); the average describes nobody’s view. Discuss it with the respondents before relying on its level.',
  'warning.respondentsSplitMany':
    'Respondents disagree on {count} dimensions (spread of their own scores up to {spread, number, 2}, limit {limit, number, 2}): {dimensions}. Their levels count in the overall score but cannot prove a capability a PMO model needs; discuss the answers with the respondents first.',
  'warning.respondentsSplit':
    '{dimension}: respondents disagree (spread of their own scores {spread, number, 2}, limit {limit, number, 2}); its level of {level} counts in the overall score but cannot prove a capability a PMO model needs.',
  'warning.inflated':
    'Every rated dimension scores {from, number, 2} or more: uniformly top answers may be inflated. Check them against evidence (reports, decisions, audits) before relying on them.',
  'warning.highCostShare':
    'The office would cost up to {share, number, 2} % of the yearly project spend, above {limit} %, the share from which an office is dear for its spend (it is held to {hard} % at most). What does that spend include: capital projects only, or the running cost of change too (people’s time, software, process work)? If it leaves some of that out, the share is lower; if not, start at the bottom of the staffing range or with fewer services.',
  'warning.spendHeld':
    'The office is held to {share} % of the yearly project spend: its services need about {full} FTE, the office shown has about {shown} FTE, so {heldBack} FTE of that work ({percent} % of each service kept) is not staffed. Where the work must be done in full (commitments to a regulator, a fixed date), take the full need and its cost to whoever approves the spend, or stage the work; first check what the spend includes (capital projects only, or the running cost of change too).',
  'warning.costOverSpend':
    'The office would cost more than the whole yearly project spend ({times, number} times it): check the spend figure, or start with far fewer services.',
  'maturity.allEqual': 'Every rated dimension scores {score, number, 2}: none is weaker than another.',
  'maturity.weakestTied': 'Weakest dimensions, tied at {score, number, 2}: {dimensions}.',
  'need.alternative.reassessLater':
    'Re-assess when projects start fighting over the same people, when the organisation grows, or in six months.',
  'need.gate.costShare':
    'the smallest office ({fte} full-time person, internal) costs at most {maxShare} % of yearly project spend',
  'need.gate.costShareValue': '{cost} is {share, number, 2} % of {spend}',
  'need.verdict.tooCostly':
    'No office: there is coordination work, but the smallest office would cost {costShare, number, 2} % of the yearly project spend of {spend}, above the {maxSpendShare} % an office may take. A part-time coordination role does the job.',
  'need.verdict.tooCostlyOverSpend':
    'No office: there is coordination work, but the smallest office would cost more than the whole yearly project spend of {spend} ({times, number} times it). Check the spend figure; a part-time coordination role does the job.',
  'src.outsideExpertsAlongsideStaff':
    'outside experts can stand the office up alongside staff who know the organisation',
  'src.outsideExpertsBringExpertise':
    'outside experts bring the expertise while internal staff work alongside them',
  'src.officeInPlace': 'Office in place',
  'src.officeAction.keep': 'keep',
  'src.officeAction.evolve': 'evolve',
  'src.teamInPlaceRunsOffice': 'the team in place already runs the office',
  'src.providerWouldReplaceTeam': 'bringing in a provider would replace a team that already runs the office',
  'src.blocker.keptOfficeOwnTeam':
    'The office in place fits and is kept: its own team runs it. Bringing in a provider would be a change, not a keep.',
  'fit.blocker.insufficientEvidence':
    'The evidence is insufficient: complete the assessment before a directive office is recommended; until then the best-fitting eligible model stands in provisionally.',
  'readiness.capabilityNeedsRatedThin':
    '{dimension} {score, number, 2} (needs level {level} on sufficient evidence; only {rated} question rated)',
  'readiness.capabilityNeedsRatedDisagree':
    '{dimension} {score, number, 2} (needs level {level} on sufficient evidence; the answers disagree)',
  'readiness.programme':
    'The {model} needs {capabilities}; the earlier steps are already in use, so start with it and build the missing capability while it runs the programme.',
  'cost.pooledLeftOut':
    'The {pooled} pooled project managers are left out of this cost: they lead projects and are paid to lead them with or without the office, so they are not its overhead.',
  'cost.formulaSingle':
    '{fte} FTE × {dayRate} {currency} a day × {days} working days, rounded to the nearest thousand.',
  'cost.shareOfSpendSingle': 'That is {share, number, 2} % of the yearly project spend.',
  'cost.moreThanSpend':
    'That is more than the whole yearly project spend ({times, number} times it): check the spend figure.',
  'need.gate.costOverSpend': '{cost} is more than the whole of {spend} ({times, number} times it)',
  'kpi.measureTemporary':
    '{dimension} score (1–5) at the re-assessment before the hand-back, inside the {weeks}-week horizon',
  'kpi.sustain': '{measure}; already at the top level, so the target is to sustain it',
  'kpi.provisional':
    '{measure}. Provisional: the evidence is insufficient, so confirm the baseline and the target when the assessment is complete',
  'rationale.credited':
    'The score reaches level {reached}, but only level {level} is credited: the evidence is {evidence}, and a higher level needs evidence across the organisation.',
  'plan.staffTeamFte': 'Staff the team: {fte} FTE ({roles})',
  'plan.staffTeamFteRange': 'Staff the team: {min}–{max} FTE ({roles})',
  'plan.staffRole': '{role} {fte}',
  'plan.talkDividedViewsFirst':
    'Start with the conversation, not the averages: bring the respondents together and talk through why their ratings differ on most dimensions; that gap is the first finding, and the weakest dimensions and the stakeholders to involve are named once they agree where the organisation stands',
  'plan.takeAssessmentAsCurrentState':
    'Take this assessment as the current state: name the weakest dimensions and the stakeholders to involve',
  'plan.kpisMeasuredBeforeHandBack': 'KPIs measured against the charter before the hand-back',
  'plan.handOverRolesToInternalStaff':
    'Hand over PMO roles from the outside team to internal staff, who keep what stays as habits',

  // --- Splits: an average that hides two camps (functions/core/splits.ts; docs/privacy.md, rule 11).
  // Facts only: never a count, mean or share of either camp.
  'split.withinRole':
    'Among {group}, the answers on “{dimension}” fall into two camps at least a whole point apart, each of at least {k} people: their average describes neither camp. Confidence in this dimension is lowered.',
  'split.executivesHigher':
    'Executives rate “{dimension}” at least a point higher than {delivery}, who run the projects: the people who set direction and the people who deliver see it differently. Confidence in this dimension is lowered.',
  'split.executivesLower':
    'Executives rate “{dimension}” at least a point lower than {delivery}, who run the projects: the people who set direction and the people who deliver see it differently. Confidence in this dimension is lowered.',
  // --- end of splits
  // ── Questionnaire 2026.3: contradictory answers and comparability across editions ──
  'evidence.contradictionOwn':
    'Some answers contradict others. In {dimensions}, a practice is rated higher than your own answers on what it rests on allow, so it is credited only up to the level those answers support. Look at them again if the higher rating is right.',
  'evidence.contradictionsCapped':
    '{count, plural, one {# dimension was} other {# dimensions were}} credited lower because some answers rated a practice above what the same person’s answers on its prerequisite support. Whose answers is not shown.',
  'baseline.editionsDiffer':
    'The baseline was answered in edition {earlier} and this assessment in edition {now}. Only what both editions measure the same way is compared: {compared} of {total} dimensions, each on the questions both editions ask the same way. The overall score is not compared.',
  'baseline.notComparable': 'Not compared: the two editions measure this dimension differently.',
  'benchmark.editionsDiffer':
    'This result comes from edition {now}; the benchmark pools results of earlier editions. {count, plural, one {# dimension is} other {# dimensions are}} measured differently since {earlier} ({dimensions}): read {count, plural, one {its percentile} other {their percentiles}} with care.',
  // ── Round 10: plans by situation (people scaled to the organisation, temporary pushes, kept offices, risks by trigger) ──
  'quickWin.atScale.standards': 'Publish one short core method with light, standard and full routes.',
  'quickWin.atScale.governance':
    'Check that every larger project has a named sponsor and a recorded go decision.',
  'quickWin.atScale.portfolio': 'Merge scattered project lists into one register.',
  'quickWin.atScale.resources': 'Compare demand with capacity monthly for the scarce roles.',
  'quickWin.atScale.reporting': 'Agree five status fields every project reports in one format and cycle.',
  'quickWin.atScale.risk-control':
    'Lift the top risks of the largest projects onto one list reviewed monthly.',
  'quickWin.atScale.competencies': 'Form a pool of experienced project managers who coach new leads.',
  'quickWin.atScale.tools': 'Name one system of record for project status.',
  'quickWin.atScale.lifecycle': 'Feed the closure lessons of large projects into the start checklist.',
  'quickWin.atScale.stakeholders': 'Agree one voice to stakeholders that several large projects affect.',
  'quickWin.atScale.benefits': 'Give every larger project a business owner and a measurable benefit.',
  'quickWin.atScale.finance': 'Reconcile the budgets of larger projects with the finance system monthly.',
  'plan.push.accountableLead':
    'Make one person accountable for the whole push, for all of its length: {pms, plural, =0 {someone who has led such work, from inside or brought in as this plan says} one {your project manager, freed from other work as far as the push needs, or an interim if they cannot be freed} other {one of your project managers, freed from other work as far as the push needs, or an interim if none can be freed}}',
  'plan.push.accountableDirector':
    'Name one programme director from your leadership, accountable for the whole push for all of its length: a push of {line, number} million euros a year of project spend or more is large for any organisation and is owned at its top, whatever your project managers’ experience; the office’s lead runs the office for them and answers for its plan, controls and reporting',
  'plan.push.sunsetAddedOnly':
    'Write the push’s sunset into the charter: the date the people and services added for the push end and are handed back; the office in place itself outlives the push',
  'plan.push.addedEndsOfficeStays':
    'End the push: release the people and close the services added for it; the office in place is not dissolved with the push, and what it runs afterwards is its sponsor’s decision, taken before the hand-back',
  'plan.windDown.phase': 'Wind down and hand over',
  'plan.windDown.initiatives':
    'Close each open initiative in turn: finished and accepted, handed to a named line owner, or stopped with the reason recorded',
  'plan.windDown.benefits':
    'Hand benefits tracking to finance and the line owners: each benefit with its owner, baseline and date, checked six and twelve months after the office closes',
  'plan.windDown.archive':
    'Archive the tracker, the decision log and the records where the organisation can still find them once the office has closed',
  'plan.windDown.lasting':
    'Decide apart from the close whether a lasting portfolio office is wanted; the closing office is not re-chartered or set up again for it',
  'plan.windDown.close': 'Close the office once nothing depends on it, and move its people on with HR',
  'plan.push.accountableOfficeLead.contract':
    'Name one programme director from your leadership, accountable for the whole push for all of its length; the office’s lead, the experienced interim this plan brings in, runs the office for them and answers for its plan, controls and reporting, not for the push itself',
  'plan.push.accountableOfficeLead.coached':
    'Name one programme director from your leadership, accountable for the whole push for all of its length; the office’s own lead, coached from outside as this plan says, runs the office for them and answers for its plan, controls and reporting, not for the push itself',
  'plan.people.workstreamOwners':
    'Give each workstream an owner from staff who already run the work; they answer to the push lead',
  'plan.people.owner': 'Name one owner of all projects, who keeps their list',
  'plan.limitWorkInProgress':
    'Do fewer projects at once: {projects} run side by side for {employees} people and {projectManagers, plural, =0 {no project manager} one {one project manager} other {# project managers}}, and the same people are fought over. Rank every running project, with mandatory, safety-critical, regulatory and contracted work above the line by rule, pause those below the line your people can staff, and start a new one only when another finishes',
  'plan.people.via.hire': '{count, plural, one {a new hire} other {new hires}}',
  'plan.people.via.interim': '{count, plural, one {an interim for the push} other {interims for the push}}',
  'plan.people.via.interim-then-hire':
    '{count, plural, one {an interim now, then a hire} other {interims now, then hires}}',
  'plan.people.appoint':
    '{count, plural, one {Appoint one more project lead} other {Appoint # more project leads}} from staff who already run work',
  'plan.people.appointFirst':
    '{count, plural, one {Appoint a project lead} other {Appoint # project leads}} from staff who already run work',
  'plan.people.checkNamedLeads':
    'Check that every running project has a named lead of its own kind, a coordinator, investigator or owner who answers for it, and name one from staff only where a project has none; no hiring follows from a ratio of projects to managers',
  'plan.people.partTimeLeads':
    'Let staff who already run the work lead {named, plural, =0 {its projects} other {the other projects}} part-time',
  'plan.people.train': 'Train project leads in the basics for a day or two',
  'plan.people.coaching': 'At most {days} days of outside coaching for the first projects, not a hire',
  'plan.keepWhatWorks': 'Keep what works',
  'plan.namePortfolioOwner': 'Name one owner of the portfolio view, reviewed with leadership monthly',
  'plan.takeFurther': 'Take the weakest practices a level further, steered on data: {dimensions}',
  'plan.reassessBooked': 'Next assessment in a year, or sooner if the portfolio grows',
  'plan.keepWhatWorksExit': 'An owner runs the portfolio view; what works is written down.',
  'plan.noPmoMature': 'No PMO: practice works, so the plan keeps it and adds what is missing',
  'plan.temp.mobilise': 'Lead the push from the start',
  'plan.temp.steering': 'Agree with the suppliers and the business who signs off each step',
  'plan.temp.criteria': 'Write the go-live criteria and who decides go or no-go',
  'plan.temp.mobiliseExit': 'Suppliers and the business work to one plan and agreed criteria.',
  'plan.temp.deliver': 'Deliver and prepare the go-live',
  'plan.temp.cutover': 'Plan and rehearse the cut-over, with a way back',
  'plan.temp.goNoGo': 'Go or no-go decided on the criteria',
  'plan.temp.deliverExit': 'The result is live and the criteria are met.',
  'plan.temp.endInterim': 'End the interim once the hand-back is accepted',
  'plan.temp.decideWhatStays': 'Before the end, decide which roles and habits stay',
  'plan.temp.closeExit': 'Nothing depends on the push any more.',
  'plan.temporaryNoOffice': 'Temporary need of {weeks} weeks, no office: run and handed back within it',
  'plan.strengthenService':
    'Strengthen {service} where it falls short: the part of it that builds {dimensions} is not yet shown to work',
  'plan.strengthenPhase': 'Strengthen the services that do not work yet',
  'plan.addServicesPhase': 'Add the new services as the office runs',
  'plan.addedServicesRunning': 'The added services run for every project they serve',
  'plan.addedServicesExit': 'The added services run without the office’s other work slipping.',
  'risk.hubResisted.risk': 'Units see the hub as head office taking control.',
  'risk.hubResisted.mitigation': 'Let the unit offices write the hub’s few common rules.',
  'risk.unitsDiverge.risk': 'Units’ practices drift apart; group figures add up unlike things.',
  'risk.unitsDiverge.mitigation': 'Agree a small common core of fields, definitions and decision points.',
  'risk.hubBureaucracy.risk': 'The hub becomes a reporting bureaucracy.',
  'risk.hubBureaucracy.mitigation': 'Tie every figure the hub asks for to a decision, or drop it.',
  'risk.programmeControls.risk': 'The office and the suppliers keep two sets of plans and figures.',
  'risk.programmeControls.mitigation': 'Agree who carries which controls: one schedule, one cost report.',
  'risk.keptDrift.risk': 'The kept office drifts from what projects need.',
  'risk.keptDrift.mitigation': 'Ask its users yearly what to keep, change or stop.',
  'risk.repair.risk': 'Services that ran without results keep their poor name.',
  'risk.repair.mitigation': 'Relaunch each with one visible change agreed with its users.',
  'risk.scale.risk': 'With this many projects, reported status drifts from reality.',
  'risk.scale.mitigation': 'Check a sample of reports against project evidence each quarter.',
  'risk.keyPerson.risk': 'One person holds the office: when they are away or leave, its work stops.',
  'risk.keyPerson.mitigation':
    'Name a deputy who keeps its registers and evidence, and write down how it runs.',
  'risk.lastingValue.risk': 'The office is judged by activity, not results.',
  'risk.lastingValue.mitigation': 'Report its outcome KPIs to the sponsor quarterly.',
  'warning.projectsWithoutManager':
    '{projects, plural, one {One project runs} other {# projects run}} with no project manager: check who leads {projects, plural, one {that project} other {those projects}}; an office does not replace them.',
  'need.alternative.initiativeLead':
    'Give the large cross-team initiatives one programme lead, at most one full-time person: an owner and quarterly milestones for each, one shared list of their dependencies, and their money kept in the funding of the stable teams that deliver them, not in project cost control.',
  'need.alternative.portfolioOwner': 'Name one owner of the portfolio view and keep what works.',
  // ── Round 15: the tempo of a push and plans that fit a very small firm (push-tempo.ts, small-firm.ts) ──
  'tempo.cadence.weekly': 'weekly',
  'tempo.cadence.fortnightly': 'fortnightly',
  'tempo.cadence.monthly': 'monthly',
  'kpi.outcome.cost-growth': 'Cost and scope growth',
  'kpi.outcome.cost-growth.measure':
    'Growth of the forecast final cost over the approved budget, scope changes included, read {cadence}: at most {target} % over the push’s {months} months.',
  'kpi.outcome.readiness-gates': 'Readiness gates passed',
  'kpi.outcome.readiness-gates.measure':
    'Share of readiness gates passed on their planned date against their written criteria: {target} % over the push’s {months} months.',
  'kpi.outcome.forecast-accuracy.push.measure':
    'Share of the {cadence} cost forecasts within 5 % of the final cost: {target} % over the push’s {months} months.',
  'kpi.outcome.time-to-decision.push.measure':
    'Working days from an issue or change raised to the steering decision on it: at most {target}, read {cadence} over the push’s {months} months.',
  'plan.push.steer':
    'Steer the push {cadence}: schedule, cost and scope growth against the baseline, and the decisions still open',
  'plan.push.gates.release':
    'Hold a readiness gate before each release: written criteria, who decides go or no-go, and a rehearsed way back',
  'plan.push.gates.live':
    'Hold a readiness gate before each go-live or hand-over into use (a system, a line, a site or a service): written criteria, who decides go or no-go, and a fallback tried beforehand',
  'plan.push.gates.start-up':
    'Hold a readiness gate before each start-up: commissioning checks signed off, who decides go or no-go, and a safe way to stop',
  'plan.push.gates.close':
    'Hold a readiness gate before each hand-over, go-live or report due: written criteria, who decides go or no-go, and the evidence filed for the audit',
  'plan.push.closeAuditFile':
    'Close the audit file: the final report accepted by whoever funds or oversees the push, and the records kept for the period they set',
  'plan.temp.steering.close':
    'Agree with the business, the suppliers and whoever funds or oversees the push who signs off each step and each report',
  'plan.temp.criteria.close':
    'Write what closing takes: what is handed over or goes live, what the final report must show, and who signs each off',
  'plan.temp.deliver.close': 'Deliver, hand over and prepare the close',
  'plan.temp.cutover.close':
    'Plan each hand-over into use step by step, with a fallback wherever something goes live, and keep the final report and the audit file current as the work goes',
  'plan.temp.deliverExit.close':
    'The results are handed over, the final report is accepted and the audit file is complete.',
  'plan.push.handOverAfterStartUp':
    'By month {months}, hand the outside staff’s roles to your own people, as a lasting mixed team hands over; from then on bring outside help in only for peaks, about {peak} % of the team',
  'plan.push.releaseContractors':
    'Release the outside staff as their work ends: your organisation has no lasting place for these roles, so the mixed team stays to the end and your own people keep the registers and what was learned',
  'plan.push.afterHandBack':
    'Give line management what is measured after the push: each expected benefit with its owner and date, and this assessment as the baseline for a later one',
  'plan.temp.criteria.live':
    'Write the readiness criteria for going live or into use, and who decides go or no-go',
  'plan.temp.deliver.live': 'Deliver and prepare the go-live',
  'plan.temp.cutover.live':
    'Plan and rehearse each go-live or hand-over into use step by step, with a fallback',
  'plan.temp.deliverExit.live': 'The result runs live and the criteria are met.',
  'plan.temp.criteria.start-up': 'Write the start-up readiness criteria and who decides go or no-go',
  'plan.temp.deliver.start-up': 'Deliver, commission and prepare the start-up',
  'plan.temp.cutover.start-up': 'Plan commissioning and start-up step by step, with a safe way to stop',
  'plan.temp.deliverExit.start-up': 'The asset is in operation and the criteria are met.',
  'quickWin.small.governance':
    'Note for each project who decides on it, often the client, and the point where it is decided to go on or stop.',
  'quickWin.small.portfolio': 'List every running project with its goal, its end date and who decides on it.',
  'quickWin.small.reporting':
    'Keep one list of all projects with their next date, money spent and what is stuck.',
  'quickWin.small.benefits': 'Write down what each project should bring, and check it when the project ends.',
  'quickWin.small.resources': 'Plan the coming month’s days across the projects on one calendar.',
  'quickWin.small.competencies':
    'Take a short course in project basics, or talk a project through with a peer who has run similar work.',
  'plan.small.onePager': 'Give each project a one-page plan: goal, end date, budget and who decides on it',
  'plan.small.weeklyLook': 'Look at all projects together once a week: dates, money and what is stuck',
  'plan.small.everyProjectHasAPlan': 'Every project has a one-page plan',
  'plan.small.habitsExit': 'The weekly look and the closing reviews happen without reminders.',
  'plan.small.lookAgain':
    'Look at these habits again in a year; an office becomes a question only from about {employees} people',
  'plan.small.noPmo':
    'No PMO at this size: the plan builds a few habits that fit {employees, plural, one {a business of one} other {a firm of # people}}',
  'src.blocker.pushKeepsInside':
    'This push cannot be bought in whole: {what} {count, plural, one {stays with the organisation} other {stay with the organisation}}.',
  'src.blocker.pushMixedTeam':
    'The mixed team recommended keeps this with the organisation: own people who lead or learn the work, with outside planners and controllers who leave when the push ends.',
  'src.keep.regulated':
    'the decisions a regulator or auditor holds it to (approvals, management of change, the audit trail)',
  'src.keep.directive': 'the decisions over its own people',
  'src.keep.office-in-place': 'the office in place, whose people lead the push',
  'src.keep.know-how': 'the know-how its own project managers need for the projects that follow',
  'src.strongLeadDirectsOutsideStaff':
    'a strong own lead directs outside planners and controllers and keeps the decisions',
  'src.longPushMixedTeam':
    'a long push suits own staff with outside help: outside people set the office up and cover the peaks, own people take its roles over after the start-up and keep what is learned',
  'src.pushMixedTeam':
    'a push suits a mixed team: own people keep the decisions and what is learned, outside staff leave when it ends, and nothing is handed over',
  'src.teamLeadsPushValue': 'outgrown by the push',
  'src.teamLeadsPush':
    'the team in place leads the push; the people it needs beyond its own come for the push’s length and leave with it',
  'src.officeExistsNothingBuilt':
    'the office in place exists and carries the work: nothing has to be built, for the push or for good',
  'src.ownPmsForPush': 'Own project managers for the push',
  'src.ownPmsForPushValue': '{pms} strong project managers for an office of about {fte} FTE',
  'src.ownPmsStaffPush':
    'the organisation’s own strong project managers can staff this push’s office, half of them at most: pulling them in is the fastest start, with no tender and nothing to hand over; at most a few temporary specialists come through existing agencies',
  'src.ownPmsPulledIn':
    'own project managers are pulled into the push, not hired: nothing is built that outlasts it, and they start at once',
  'src.ownPmsNoTender':
    'own strong project managers can staff this push: outside staff would add a tender and a hand-over, not speed',
  'src.paid.tooFewToMix': 'too few people to mix own and outside staff (that takes {limit} or more)',
  'src.paid.partTimeSeat':
    'a part-time seat, bought at about twice the internal rate, that leaves no capability behind',
  'src.paid.releasesOwnTeam':
    'smaller than the office in place, whose own people would be released while others are bought in',
  'src.blocker.paidMixed':
    'Paid at the mixed rate of own and outside people, {ceiling, plural, =0 {} other {this office would cost up to {share, number} % of the yearly spend, over the {ceiling, number} % the spend ceiling holds every way of staffing it to, and }}the ceiling would leave about {percent} % of it: {reasons}.',
  'src.blocker.paidBoughtIn':
    'Bought in at the outside rate, {ceiling, plural, =0 {} other {this office would cost up to {share, number} % of the yearly spend, over the {ceiling, number} % the spend ceiling holds every way of staffing it to, and }}the ceiling would leave about {percent} % of it: {reasons}.',
  'orders.service.commercial':
    'Commercial project controlling (cost to complete against the agreed scope and price, changes agreed with the client)',
  'orders.service.jobControls':
    'Project controls of the work delivered (the programme and its acceptance by the client, planning, cost to complete, changes and claims)',
  'orders.service.sequencing': 'Order sequencing and capacity, with bid/no-bid support',
  'orders.ceiling':
    'The projects here are customer orders: the office is held to {fte, number, 1} FTE, the larger of one person per {per} orders ({byCount, number, 1} FTE) and one per {million} million euros of yearly order value ({byValue, number, 1} FTE){people}{regulated}, and never below one person; its lead is a player-coach who carries orders too. Every service is scaled to {percent} % of its effort.',
  'orders.bound.people':
    ', and no less than one per {perPeople} people the orders keep busy ({byPeople, number, 1} FTE)',
  'orders.bound.regulated': ', raised by {percent} % because the orders carry a regulator’s evidence',
  'warning.spendHeldOwn':
    'The office is held to {share} % of the organisation’s own change, taken as {own} % of the yearly spend stated because the rest is customer orders, whose value sizes no office controls: its services need about {full} FTE, the office shown has about {shown} FTE, so {heldBack} FTE of that work ({percent} % of each service kept) is not staffed. If the split between orders and own change is not half and half, the ceiling moves with it; where the work must be done in full, take the full need and its cost to whoever approves the spend.',
  'warning.ordersHeld':
    'The office is held by the number and value of its customer orders, not by a share of the spend stated: at most {fte, number, 1} FTE, the larger of one person per {per} orders ({byCount, number, 1} FTE) and one per {million} million euros of yearly order value ({byValue, number, 1} FTE){people}{regulated}. Its services need about {full} FTE, the office shown has about {shown} FTE, so {heldBack} FTE of that work ({percent} % of each service kept) falls to the project leads. Where the orders need it in full (penalties, a customer’s acceptance), staff the full need and recover it in the bids.',
  'plan.noOffice.orders.sequence':
    'Keep one list of open customer orders in the order of their promised delivery dates, with the load each puts on the shop and the scarce people; bid for new orders, or decline them, against that load rather than parking any order already contracted.',
  'plan.noOffice.orders.peopleBySequence':
    'When orders want the same people, the one whose promised date comes first gets them; whoever owns the list settles with the customer any date that the capacity cannot hold, before it slips.',
  'kpi.outcome.on-time-delivery': 'Work for customers delivered on the agreed date',
  'kpi.outcome.on-time-delivery.measure':
    'Share of the work done for customers that the client accepts (sign-off, acceptance test, report or go-live, as the contract sets it) by the date agreed: {target} % within {months} months.',
  'kpi.outcome.margin-erosion': 'Margin lost against the agreed price',
  'kpi.outcome.margin-erosion.measure':
    'Margin lost on average between the agreed price and the close of each piece of customer work (its last invoice sent, and the changes agreed with the client settled), in percentage points: at most {target} within {months} months.',
  'quickWin.customer.benefits':
    'Put each open customer order’s margin at bid beside its margin forecast today, and go through the ones slipping with their project leads.',
  'quickWin.both.benefits':
    'Give each larger project of your own a business owner and a measurable benefit; the customer orders are measured by their margin, not by a benefit.',
  'quickWin.customer.portfolio':
    'Keep one list of open customer orders in the order their delivery dates are promised, with the scarce people each one needs, and decide new bids against it.',
  'plan.limitWorkInProgressOrders':
    'Do fewer of your own projects at once: {projects} run side by side for {employees} people and {projectManagers, plural, =0 {no project manager} one {one project manager} other {# project managers}}, and the same people are fought over. Rank your own projects, with mandatory, safety-critical, regulatory and contracted work above the line by rule, and pause those below the line your people can staff; customer orders are commitments kept, so take a new one only when the people to staff it are free, and say so at the bid',
  'plan.orderBook':
    'Keep the customer orders in one book beside your own projects: each with its promised date, and its margin at bid beside its forecast today',
  'plan.orderControlsRole':
    'Give the orders’ commercial controls to one person, a commercial manager or quantity surveyor, not an office: each order’s cost to complete, variations and claims, gone through monthly with its lead, as much of that person’s week as the orders take, a full one at most',
  'warning.highCostShareOrders':
    'The office would cost up to {share, number, 2} % of the yearly value of the customer orders stated, above the {limit} % from which an office is dear for its spend. It is sized by the orders’ count and value and paid from them: price it into the bids, and check whether the value stated is the orders’ whole value or only their project work.',
  'orders.service.scheduling':
    'Scheduling people across client orders (bookings, capacity and the weekly resource plan)',
  'orders.askedKept':
    'The bound takes from what was asked least first: the services at least half the stakeholders asked for keep {asked} % of their effort, the others {others} %.',
  'fit.schedulingMandateSettles':
    'people are the pain: a supportive office whose charter gives it the scheduling of the shared pool settles the competition for them',
  'fit.sharedPeopleNotStandards':
    'shared people are the pain, not standards: this does not call for an office that sets and checks them',
  'plan.schedulingMandateMixed':
    'Write the office’s one directive mandate into the charter, for the plan-driven projects only: it schedules by name the specialists those projects share, on a weekly board; the product teams are planned as whole teams, not person by person, and line managers, team leads and project leads keep every other decision',
  'plan.mixed.oneIntake':
    'Take all new work, product features and projects alike, through one intake and one ranked list; count the product teams’ capacity per team at a quarterly portfolio review, and keep stage gates and project templates for the plan-driven projects, not the product teams',
  'plan.schedulingMandate':
    'Write the office’s one directive mandate into the charter: it schedules the shared people across projects on a weekly capacity board, and line managers and project leads keep every other decision',
  'evidence.viewsDiffer':
    'On {dimensions}, the respondents’ views differ by about a level or more (spread of their own scores from {limit, number, 2}): the average describes nobody’s view well, so these dimensions count with lower confidence. Talk the difference through before relying on their levels.',
  'evidence.sufficientViewsDiffer':
    '{sufficient} of {total} dimensions have enough rated questions, within the spread limit, from {respondents} respondents, but their views differ on some of them (above).',
  'readiness.inPlaceDivided':
    'The {model} rests on {capabilities}: in place on the average, but the respondents’ views of {dimensions} differ by about a level or more, so the prerequisite rests on split answers and may be missing for part of the organisation. Confirm it where the answers were lower before relying on it.',
  'scoreEdge.capability': '{dimension} {score, number, 2} against level {level}',
  'warning.scoreEdgeReadiness':
    'Knife-edge prerequisites: {capabilities} lie within {margin, number, 2} of a level of the bar the recommended model reads, so a small difference in the answers turns “in place” into “to build” or back. Check these answers before relying on that label.',
  'warning.controlTie.less':
    'Knife-edge degree of control: the {model} and the {tied} both score {score}/100. The tie goes to less control because the appetite for central control is not high; one more project, project manager or a higher appetite would turn it. Confirm what leadership wants the office to decide before settling the model.',
  'warning.controlTie.more-appetite':
    'Knife-edge degree of control: the {model} and the {tied} both score {score}/100. The tie goes to more control because leadership asks for it (appetite high); a small change in the answers would turn it. Confirm that leadership will back an office that decides before settling the model.',
  'warning.controlTie.more-regulator':
    'Knife-edge degree of control: the {model} and the {tied} both score {score}/100. The tie goes to more control because a regulator would find governance and risk control short; a small change in the answers would turn it. Confirm what the regulator expects before settling the model.',
  'warning.scoreEdgeOffice':
    'Knife-edge judgement of the office in place: what it delivers scores {score, number, 2} against the reset bar of {limit}, within {margin, number, 2} of it. Whether it is reset or kept rests on a difference the answers do not carry; confirm the scores with its users before announcing either.',
  'warning.scoreEdgeBasics':
    'Knife-edge judgement of the office in place: the better of its reporting and governance scores {score, number, 2} against the reset bar of {limit}, within {margin, number, 2} of it. Whether it is reset or kept rests on a difference the answers do not carry; confirm the scores with its users before announcing either.',
  'quickWin.fewProjects.riskControl': 'Start one shared risk and issue list covering every running project.',
  'plan.hireAfterAssessment':
    'Hire no one new before the team assessment: these answers leave too much unknown to commit money, so first run it with at least {respondents} people from different roles who know the answers. The team of {min}–{max} FTE is staffed only once it confirms the need{existing, plural, =0 {} other {; until then the people of the office in place keep working as they do}}.',
  'plan.hireAfterAssessmentFte':
    'Hire no one new before the team assessment: these answers leave too much unknown to commit money, so first run it with at least {respondents} people from different roles who know the answers. The team of {fte} FTE is staffed only once it confirms the need{existing, plural, =0 {} other {; until then the people of the office in place keep working as they do}}.',
  'kpi.outcome.projects-decided': 'Projects stopped, paused or confirmed',
  'kpi.outcome.projects-decided.measure':
    'Share of the projects running at the start with a recorded decision to stop, pause or continue, and the spend each has committed, within the push’s first month: {target} %.',
  'kpi.outcome.spend-against-cap': 'Committed spend within the cap',
  'kpi.outcome.spend-against-cap.measure':
    'Share of the {cadence} readings in which committed project spend stays within the cap the sponsor set, each new commitment authorised at the gate, with the spend released by the projects stopped or paused beside it: {target} % over the push’s {months} months.',
  'plan.triage.cut':
    'Cut the projects first, this week: list all {projects} with the spend each has committed, and decide which stop, which pause and which continue. Keep what the push cannot do without (legal, safety and contracted work) and no more than {projectManagers, plural, =0 {the people who lead projects} one {your one project manager} other {your # project managers}} can lead, about {keep}; from then on no project commits further spend without passing the gate',
  'plan.triage.cutOrders':
    'Cut your own projects first, this week: list all {projects} with the spend each has committed, and decide which stop, which pause and which continue. Customer orders are commitments and are kept; of your own projects keep what the push cannot do without (legal, safety and contracted work) and no more than {projectManagers, plural, =0 {the people who lead projects} one {your one project manager} other {your # project managers}} can lead beside the orders, about {keep} in all; from then on no project commits further spend without passing the gate',
  'need.verdict.belowThresholdRole':
    'No office yet: {score} need points is below the {threshold} at which an office repays its cost, but there is coordination work: a part-time coordination role does the job.',
  'quickWin.agile.standards':
    'Agree a one-page definition of ready and done that every team uses for its initiatives.',
  'quickWin.agile.governance':
    'Name a business owner for every initiative and the quarterly point where it is continued or stopped.',
  'quickWin.agile.portfolio':
    'List every running initiative with its owner, the outcome it aims at and the teams working on it.',
  'quickWin.agile.resources': 'Show on one board which team works on which initiative this quarter.',
  'quickWin.agile.reporting':
    'Agree three flow measures every team shows on its board: work in progress, lead time and what is blocked.',
  'quickWin.agile.risk-control':
    'Keep one list of the risks and blockers that cross teams, looked at in the fortnightly sync.',
  'quickWin.agile.competencies': 'Pair each new product owner or team lead with an experienced one.',
  'quickWin.agile.tools':
    'Name one tool where every team’s backlog and the initiatives above them can be seen.',
  'quickWin.agile.lifecycle':
    'Hold a short review when an initiative ends or is stopped, and bring its lessons to the next quarterly round.',
  'quickWin.agile.stakeholders':
    'Invite the people each initiative affects to its review at the end of each increment.',
  'quickWin.agile.benefits':
    'Write the outcome each initiative aims at and how it is measured, and check it at the quarterly round.',
  'quickWin.agile.finance':
    'Fund the teams per quarter and compare each team’s spend with its funding every month.',
} as const;

export type EngineKey = keyof typeof EN;
