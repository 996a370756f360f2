/**
 * The office's texts in English (the source), edition 3 of the result: its shape, services,
 * one-off costs, expected returns, stakeholders' expectations and the "direction only" state.
 * Loaded with the report and the result view.
 */
export const OFFICE_EN = {
  'office.shapeLabel': 'Shape of the office',
  'office.controlLabel': 'Degree of control',
  'office.shape.none': 'No office',
  'office.shape.capability-first': 'Capability first',
  'office.shape.formalise': 'Formalise what exists',
  'office.shape.programme': 'Programme office',
  'office.shape.portfolio': 'Portfolio office',
  'office.shape.department': 'Department of project managers',
  'office.shape.hub-and-spoke': 'Hub and spoke',
  'office.shape.lean-portfolio': 'Lean portfolio office',
  'office.shapeMeaning.none': 'Projects run without a central office; better habits in the teams come first.',
  'office.shapeMeaning.capability-first':
    'Build project skills in the teams before any office; a part-time coordinator at most.',
  'office.shapeMeaning.formalise':
    'Give the coordination that already happens a mandate, an owner and a few shared rules.',
  'office.shapeMeaning.programme': 'An office for one or two large programmes, closed when they end.',
  'office.shapeMeaning.portfolio':
    'One office sees every project, sets shared rules and helps decide what to start and stop.',
  'office.shapeMeaning.department':
    'The office also employs the project managers and assigns them to projects.',
  'office.shapeMeaning.hub-and-spoke':
    'A small central office sets the rules; each business unit runs its own office beside it.',
  'office.shapeMeaning.lean-portfolio':
    'For agile delivery: funds value streams rather than projects and reviews them every quarter.',
  'office.beside':
    'A temporary office beside the one in place: today’s office keeps its work, this one serves the push and closes when it ends.',
  'office.servicesTitle': 'Services the office offers',
  'office.servicesIntro':
    'Each service’s effort follows from what drives it (projects, project managers, spend…); together they make the staffing.',
  'office.servicesEmpty': 'The services behind the staffing are not itemised for this result.',
  'office.col.service': 'Service',
  'office.col.driver': 'Driven by',
  'office.col.effort': 'Effort',
  'office.col.why': 'Why it is in',
  'office.col.source': 'Source of the figure',
  'office.total': 'Total: the staffing',
  'office.driver.projects': '{units, plural, one {# project} other {# projects}}',
  'office.driver.project-managers': '{units, plural, one {# project manager} other {# project managers}}',
  'office.driver.spend': '{units} million of yearly spend',
  'office.driver.programmes': '{units, plural, one {# programme} other {# programmes}}',
  'office.driver.business-units': '{units, plural, one {# business unit} other {# business units}}',
  'office.driver.people': '{units, plural, one {# person scheduled} other {# people scheduled}}',
  'office.driver.office': 'the office as a whole',
  'office.perUnit': '{hours} h a week each',
  'office.hours': '{hours} h a week',
  'office.fte': '{fte} FTE',
  'office.reason.maturity-gap': 'maturity gap',
  'office.reason.context': 'your situation',
  'office.reason.expectations': 'asked for by stakeholders',
  'office.reason.in-place': 'already in place',
  'office.staffing': 'Staffing',
  'office.fteRange': '{min}–{max} full-time equivalents',
  'office.hoursRange': '{min}–{max} hours a week',
  'office.hoursRangeNote': 'less than half a person: part of someone’s week',
  'office.yearlyCost': 'Yearly cost',
  'office.oneOffCost': 'One-off costs',
  'office.costBasis': 'How the cost was worked out',
  'office.oneOffNone': 'none',
  'office.money': '{range} {currency}',
  'office.returnsTitle': 'What it should return each year',
  'office.returnsIntro': 'Weigh these against the cost: each value rests on the assumption beside it.',
  'office.returnsEmpty': 'Returns are not estimated for this result.',
  'office.col.benefit': 'Benefit',
  'office.col.value': 'Yearly value',
  'office.col.assumption': 'Assumption',
  'office.notPriced': 'not priced',
  'office.weigh': 'Cost {cost} a year, {oneOff} once; priced returns {returns} a year.',
  'office.weighUnpriced': 'Cost {cost} a year, {oneOff} once; the returns are not priced.',
  'office.kind.outcome': 'outcome',
  'office.kind.maturity': 'maturity',
  'office.col.kind': 'Kind',
  'office.target': '{target} {unit}',
  'office.expectationsTitle': 'What stakeholders asked for, and the answer',
  'office.col.asked': 'Asked for by',
  'office.col.answer': 'Answered?',
  'office.share': '{share} %',
  'office.answered': 'Yes',
  'office.notAnswered': 'No',
  'office.directionTitle': 'Direction only',
  'office.directionBody':
    'The evidence is too thin for staffing, cost or a plan. The result points one way: {shape}.',
  'office.directionNextQuick':
    'Next: rate more questions (“don’t know” and open questions count as no evidence), then look at the result again.',
  'office.directionNextTeam':
    'Next: invite more people and remind those invited, so each dimension rests on enough respondents.',
  'office.noPlan': 'No rollout plan yet: the evidence gives a direction only.',
  'office.planTitle': 'Rollout plan',
} as const;

export type OfficeKey = keyof typeof OFFICE_EN;
export type OfficeCatalogue = Readonly<Record<OfficeKey, string>>;
