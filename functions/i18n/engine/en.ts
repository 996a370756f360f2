/**
 * What the engine says, in English: the source every other language translates. One entry per
 * sentence the domain builds; functions/core picks the key and the values, the edge says it.
 * Template syntax: functions/i18n/format.ts.
 */
export const EN = {
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
  'evidence.fewRespondents':
    '{respondents, plural, one {# respondent} other {# respondents}}: the result is one view of the organisation. At least {minRespondents} respondents from different roles make it sufficient.',
  'evidence.inconsistent':
    '{dimension}: question scores disagree (spread {spread, number, 2}, limit {limit, number, 2}); its average hides practice that differs by topic. Discuss it with the respondents before relying on its level.',
  'evidence.insufficient':
    'Insufficient evidence: the overall level needs at least {forLevel} dimensions with {minRated} or more rated questions; {counted} have them. The level credited is at most {maxLevel} until then.',
  'evidence.sufficient':
    '{sufficient} of {total} dimensions rest on consistent evidence from {respondents} respondents.',

  'warning.pmShare':
    '{projectManagers} of {employees} people manage projects: check that only people whose job is leading projects are counted.',
  'warning.projectsPerPerson':
    '{projects} projects for {employees} people is more than {limit} per person: many are probably tasks or small client jobs.',
  'warning.managersPerProject':
    '{projectManagers} project managers for {projects} running projects: check both figures.',
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
    '{dimension}: the question scores disagree (spread {spread, number, 2}); its level of {level} is not counted.',
  'warning.thinDimension': '{dimension}: only {rated} question rated; its level counts from {minRated}.',
  'appetite.low': 'low',
  'appetite.medium': 'medium',
  'appetite.high': 'high',

  'maturity.overallSolid':
    'Overall score {overall, number, 2} is the mean of {count, plural, one {# dimension} other {# dimensions}} with at least {minRated} rated questions.',
  'maturity.overallRated':
    'Overall score {overall, number, 2} is the mean of {count, plural, one {# dimension} other {# dimensions}} rated so far.',
  'maturity.reaches': 'The score reaches level {level} ({levelName}).',
  'maturity.credited':
    'Credited at level {level} ({levelName}): fewer than {forLevel} dimensions have sufficient evidence, and a higher level needs evidence across the organisation.',
  'maturity.notCounted':
    '{count, plural, one {# dimension does} other {# dimensions do}} not count: not rated, or fewer than {minRated} rated questions.',
  'maturity.weakest': 'Weakest dimension: {dimension} at {score, number, 2}.',

  'need.gate.officeShare':
    'one full-time PMO person is at most {maxShare} % of headcount ({minEmployees} people or more)',
  'need.gate.officeShareValue': '{share, number, 2} % of {employees} people',
  'need.gate.portfolio':
    '{minProjects} or more projects at once, or 1–2 large ones ({programmeEmployees}+ people or {programmeBudget}+ yearly spend)',
  'need.gate.portfolioValue': '{projects, plural, one {# project} other {# projects}}',
  'need.verdict.coordinationRole':
    'No office: there is coordination work ({score} need points), but at {employees} people one full-time PMO person would be {share, number, 2} % of headcount, above the {maxShare} % limit. A part-time coordination role does the job.',
  'need.verdict.tooSmall':
    'No PMO: at {employees} people an office would take too large a share of headcount, and {score} need points stay below {threshold}.',
  'need.verdict.programme':
    'A programme office is warranted: {projects, plural, one {# large project} other {# large projects}} in an organisation of {employees} people. Its scope is the programme, not the organisation.',
  'need.verdict.programmeSpending':
    'A programme office is warranted: {projects, plural, one {# large project} other {# large projects}} in an organisation of {employees} people spending {spend} a year. Its scope is the programme, not the organisation.',
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
    'The {model} needs {capabilities}. Introduce it in stages ({path}), moving on when a re-assessment shows the capability.',
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
  'rationale.scored': '{model} {score}/100',
  'rationale.modelReason': '{model}: {reason}',
  'rationale.sourcing': 'Sourcing: {sourcing} at {score}/100; {reason}',
  'rationale.sourcingTied':
    'Sourcing: {sourcing} at {score}/100, tied with {tied} (a tie goes to internal, then hybrid); {reason}',
  'rationale.sourcingIneligible': '{sourcing} sourcing is not eligible: {blockers}',
  'rationale.shouldNeedGrow':
    'Should the need grow, the best-fitting model today would be the {model} ({score}/100).',
} as const;

export type EngineKey = keyof typeof EN;
