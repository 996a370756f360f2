/**
 * What the engine says about the office it designs (services, shape, costs, returns, KPIs), in
 * English: part of the engine's source catalogue (functions/core/english.ts spreads it in).
 */
export const OFFICE_EN = {
  'office.service.office-lead': 'Leading the office',
  'office.service.status-reporting': 'Portfolio status reporting',
  'office.service.programme-controls': 'Programme controls (planning, cost, risk and change)',
  'office.service.portfolio-controls': 'Portfolio controls (cost, schedule and change across projects)',
  'office.service.push-management': 'Running the push (steering cadence, dependencies and readiness)',
  'office.service.portfolio-prioritisation': 'Portfolio prioritisation for the board',
  'office.service.lean-portfolio': 'Lean portfolio operations (funding, intake and flow)',
  'office.service.capacity-planning': 'Capacity planning for shared people',
  'office.service.standards': 'Standards and templates',
  'office.service.coaching': 'Coaching and training of project leads',
  'office.service.assurance': 'Project reviews and assurance',
  'office.service.benefits-tracking': 'Benefits tracking',
  'office.service.tooling': 'Project tools and data',
  'office.service.hub-coordination': 'Hub coordination of the units’ offices',
  'office.service.project-coordination': 'Part-time project coordination',

  'office.role.controls': 'Planners and cost and risk controllers',
  'office.role.leadership': 'Office leadership (a head and section leads)',
  'office.role.pooled': 'Pooled project managers the office assigns to projects',
  'office.pooledAssumed':
    'Assumed here, to be confirmed by the health check: of the {existing} FTE in place, {pooled} are pooled project managers who lead projects, so they stay with the office and are not its overhead. The figure is capped by the project managers the organisation reports and leaves the office {own} FTE of its own, no less than the {need} FTE its services need; if more of its people are planners, controllers or resource managers, it holds fewer pooled managers and costs more.',
  'office.inPlace.poolBack':
    'Assumed here, to be checked first: of the {existing} FTE in place, {pooled} are project managers the directive office pools today (as many as lead projects). If so, they go back to the line as project leads, shown apart from this office, neither in its cost nor a saving, and the office weighed against its services is the other {overhead} FTE.',
  'office.role.single': 'Project office lead (one person for every service)',
  'office.role.hub':
    'Hub: lead, portfolio decisions, controls, assurance and standards for the whole group, and coordination of the units',
  'office.role.hubOrders':
    'Hub: lead, the order sequence and capacity across the group, commercial controlling of orders, and coordination of the units',
  'office.role.hubView':
    'Hub: lead, the group’s one portfolio list and report, and coordination of the units',
  'office.hubFirst.unitsApart':
    'Not in this size or cost: offices in the {units} units, about {min}–{max} FTE together ({costMin, number}–{costMax, number} a year at the same day rate). They are the direction, not the first step: one view of the group is too thin to build them on, so a team assessment with people from the units first confirms which units need one and which already run one.',
  'office.unitsOwn':
    'Not in this size or cost: the offices in the {units} units, about {perUnit} FTE each ({min}–{max} FTE together), about {costMin, number}–{costMax, number} a year each at the same day rate. Each unit staffs and pays its own office from its own people and budget, under the hub’s common standard; the hub’s price is the hub’s alone, and no one moves between the centre and the units.',
  'office.unitsShared':
    'Each unit’s share is under a day a week, too little for an office of its own: neighbouring units share one, about {offices} offices for the {units} units, each run by about one person from the units it serves, who names a contact in each.',
  'office.unitContacts':
    'Each of the {units} units names a contact (a few hours a week of someone already there): the person who keeps the unit’s projects on the office’s list, sends its figures in the common format and brings the office in where the unit wants help.',
  'office.ordersBilled':
    'Not in this size or cost: about {fte} FTE of commercial controlling on the orders in the {units} units. The controllers on customer orders are the orders’ own staff, charged to the orders and billed to the client; the units’ offices work with those already on the orders instead of hiring them, so the office’s overhead is the hub and the units’ support.',
  'office.role.spokes': 'Unit offices in the {units} units (together)',

  'office.source.statusBought':
    'Our judgement: ¾ hour a week per project to collect, check and consolidate status; where more of the yearly spend is delivered than the internal project managers lead in person (about 1.5 million euros each, 4.5 million for experienced ones), the delivery bought from partners adds about 6 hours a week per square root of each million euros a year beyond that line, to reconcile the partners’ own reports with one source of project data rather than take them as given.',
  'office.source.assuranceBought':
    'Our judgement: about 25 minutes a week per project for reviews and health checks; where more of the yearly spend is delivered than the internal project managers lead in person (about 1.5 million euros each, 4.5 million for experienced ones), the delivery bought from partners adds about 6 hours a week per square root of each million euros a year beyond that line, for acceptance gates on what the partners deliver and change control on their contracts.',
  'office.source.reporting':
    'Our judgement: ¾ hour a week per project to collect, check and consolidate status, half that beyond 40 projects once a shared tool carries the routine (agile teams with visible boards: 60 %); consistent with practitioners’ ratio of one planner per five to six project managers (weak source).',
  'office.source.controls':
    'Project controls cost about 5 % of project cost on smaller projects, falling below 1 % on multi-billion ones (Heywood and Allen, PMI paper); a programme office keeps one set of books (schedule, cost, risk and change) across its workstreams and carries a fifth of that share, the owner’s part (our judgement), at 110,000 a year per person, whether the push is temporary or lasting. This assumes the contractors or consultants who deliver the projects run each one’s own planning and cost control and the office integrates them: where a delivery partner or framework consultants already report cost and schedule across the projects, it needs less; where nobody else controls the projects, more.',
  'office.source.commercial':
    'Customer orders: about three quarters of an hour a week per order for its cost to complete against the agreed scope and price and the changes agreed with the client (our judgement).',
  'office.source.crossJob':
    'Customer orders, each job keeping its own commercial staff and planners, paid by its contract: the office does the work across jobs (the standard formats, a monthly forecast review of each job, the order book, and the tender and contract programmes of larger jobs), about half an hour a week per order, up to two more for planning as the jobs near EUR 50M a year, plus 1.5 hours per square root of the yearly order value in euro millions, never more than an owner’s lasting office would carry on the same spend and projects (our judgement).',
  'office.source.jobControls':
    'A push that delivers the customer’s work is the jobs’ own controls: nobody else plans and costs it. Project controls cost about 5 % of project cost on smaller projects, falling below 1 % on multi-billion ones (Heywood and Allen, PMI paper); the delivering team carries two fifths of that share, twice an owner’s programme office (our judgement), at 110,000 a year per person.',
  'office.source.controlsByPm':
    'No spend given: one planner or controller per five project managers (a practitioners’ ratio, weak source; a spend figure sizes it better).',
  'office.source.portfolioControls':
    'Project controls cost about 5 % of project cost on smaller projects, falling below 1 % on multi-billion ones (Heywood and Allen, PMI paper); a portfolio office carries 7 % of that share (our judgement), at 110,000 a year per person. This assumes each project’s own team or contractor keeps its cost and schedule and the office rolls them up; where the projects are delivered for clients who pay for their controls, it needs less. For projects of about a million a year the office gives each at most 3 hours a week, as they carry their own controls; the larger the average project, the more of a programme office’s share (a fifth of the whole) it carries, all of it from 50 million a year per project: large builds need a programme’s controls whether the programme is temporary or lasting (our judgement).',
  'office.source.push':
    'Our judgement: a temporary push runs at a faster cadence than a lasting office: 8 hours a week for steering and decisions plus 2 hours a week per workstream for dependencies, risks and readiness.',
  'office.source.prioritisation':
    'Our judgement: 2 hours a week for the board cycle plus about 20 minutes per project for intake, scoring and options.',
  'office.source.lean':
    'Our judgement, after SAFe’s lean portfolio management: 4 hours a week for the portfolio sync and the quarterly funding and capacity round, plus about half an hour per initiative for intake, guardrails and flow measures.',
  'office.source.capacity':
    'Our judgement: about 20 minutes a week per project to keep demand for shared people against their capacity, half an hour where people are hard contended.',
  'office.source.standards':
    'Our judgement: half an hour a week per project manager to keep methods and templates in use and tailored.',
  'office.source.coaching':
    'Our judgement: per project manager, 1½ hours a week where expertise is missing, 1 hour where it is basic, 25 minutes where it is strong.',
  'office.source.assurance':
    'Our judgement: about 25 minutes a week per project for reviews and health checks, held where governance and risk control fall short or stakeholders ask; where a regulator or auditor must be satisfied, its evidence trail on top (2 hours a week plus about 6 minutes per project).',
  'office.source.evidenceTrail':
    'Our judgement: a regulator or auditor requires an evidence trail (decisions, approvals and records filed where an auditor finds them): 2 hours a week plus about 6 minutes per project. Only the trail is held here: reviews of the projects come in where governance and risk control fall short in an office that checks, or where stakeholders ask for them.',
  'office.source.benefits':
    'Our judgement: about 12 minutes a week per project to track benefits against business cases; in a push of under two years that exists for its benefits (synergies, savings), about 75 minutes, each initiative’s value re-forecast against the plan at the push’s cadence.',
  'office.source.tooling':
    'Our judgement: 1 hour a week plus about 10 minutes per project to run shared tools and keep data clean.',
  'office.source.hub':
    'Our judgement, after P3O’s hub-and-spoke model: 4 hours a week per unit to align the units’ offices and roll up the group’s portfolio.',
  'office.source.coordination':
    'Our judgement: 1 hour a week plus about 20 minutes per project for a light status round and help with plans.',
  'office.source.lead':
    'Our judgement: while one person holds the office, they lead it as they work and it takes no hours of its own; beyond one person’s worth of services, leading takes 30 % of the hours beyond, at most half a person, until 12 % of all the services is more (a large office).',

  'office.effort.projects': '{perUnit, number, 2} h a week per project × {units} projects = {hours} h a week',
  'office.effort.project-managers':
    '{perUnit, number, 2} h a week per project manager × {units} = {hours} h a week',
  'office.effort.spend':
    '{perUnit, number, 2} h a week per million of yearly spend × {units} million = {hours} h a week',
  'office.effort.business-units': '{perUnit, number, 2} h a week per unit × {units} units = {hours} h a week',
  'office.effort.programmes': '{perUnit, number, 2} h a week per programme × {units} = {hours} h a week',
  'office.effort.office': '{hours} h a week',
  'office.effort.lead': 'Leading {units} h a week of services: {hours} h a week',
  'office.effort.leadsDoubted':
    '{perUnit, number, 2} h a week per project manager × {units} = {hours} h a week (only as many as the projects could use, of the {managers} entered: see the warning on that figure)',
  'office.effort.leads':
    '{perUnit, number, 2} h a week per person who leads projects × {units} = {hours} h a week (counted as one lead per {per} projects; {managers, plural, =0 {no project manager} one {one project manager} other {# project managers}} entered)',

  'office.why.maturity-gap': '{dimensions} {gap, number, 2} below level {target} on average.',
  'office.why.context': 'The situation calls for it.',
  'office.why.expectations': 'Stakeholders asked for it.',
  'office.why.in-place':
    '{dimensions} already at level {target} or above: the office keeps it running rather than building it.',
  'office.spendCeilingScaled':
    'Held to {share} % of the yearly project spend: every service scaled to {percent} % of its effort.',
  'office.managersCeiling':
    'Held to {fte, number} FTE, {perLead, number} for each of the {leads} people who lead its projects: every service scaled to {percent} % of its effort.',
  'office.managersCeilingDuties':
    'Held to {fte, number} FTE, {perLead, number} for each of the {leads} people who lead its projects, plus {duty, number} FTE for the reviews and reporting a regulator or funder requires, which this limit does not hold: every other service scaled to {percent} % of its effort.',
  'warning.managersHeld':
    'The office is held to at most {cap, number} FTE, half a person for each of the {leads} people who lead its projects, the most a board usually accepts beside them; its services would need about {full, number} FTE. The {heldBack, number} FTE of that work stays with the project managers; let the office grow as the managers it serves grow.',
  'warning.managersHeldDuties':
    'The office is held to at most {cap, number} FTE: half a person for each of the {leads} people who lead its projects, the most a board usually accepts beside them, and {duty, number} FTE of the reviews, evidence and reporting a regulator or funder requires, which this limit leaves whole since they are done centrally whoever leads the projects. Its services would need about {full, number} FTE; the other {heldBack, number} FTE of that work stays with the project managers; let the office grow as the managers it serves grow.',
  'office.managersCeilingControls':
    'Held to {fte, number} FTE, {perLead, number} for each of the {leads} people who lead its projects, plus {controls, number} FTE of the owner’s controls of cost, schedule and change on the spend, which grow with the money rather than with the managers and which this limit does not hold: every other service scaled to {percent} % of its effort.',
  'office.managersCeilingControlsDuties':
    'Held to {fte, number} FTE, {perLead, number} for each of the {leads} people who lead its projects, plus {controls, number} FTE of the owner’s controls of cost, schedule and change on the spend and {duty, number} FTE for the reviews and reporting a regulator or funder requires, neither of which this limit holds: every other service scaled to {percent} % of its effort.',
  'warning.managersHeldControls':
    'The office is held to at most {cap, number} FTE: half a person for each of the {leads} people who lead its projects, the most a board usually accepts beside them, and {controls, number} FTE of the owner’s controls of cost, schedule and change, which this limit leaves whole since they grow with the spend, not with the managers. Its services would need about {full, number} FTE; the other {heldBack, number} FTE of that work stays with the project managers; let the office grow as the managers it serves grow.',
  'warning.managersHeldControlsDuties':
    'The office is held to at most {cap, number} FTE: half a person for each of the {leads} people who lead its projects, the most a board usually accepts beside them, {controls, number} FTE of the owner’s controls of cost, schedule and change, which grow with the spend, not with the managers, and {duty, number} FTE of the reviews, evidence and reporting a regulator or funder requires; this limit leaves both whole. Its services would need about {full, number} FTE; the other {heldBack, number} FTE of that work stays with the project managers; let the office grow as the managers it serves grow.',
  'office.headcountCeiling':
    'Held to {share} % of the organisation’s {employees} people: every service scaled to {percent} % of its effort.',
  'office.headcountTop':
    'The top of the range stops at {fte, number} FTE, {share} % of the organisation’s {employees} people, the most an office takes of them; its services come to less than that, so none is scaled.',
  'office.coachingCourse':
    'The project leads are trained in a one-off course of {days} days, counted in the set-up: a firm this size has no standing coaching service.',
  'office.sizeLineCeiling':
    'Held to {fte, number} FTE, a tenth of a percent of the organisation’s {employees} people: the office opens because the organisation is large enough to build its project leads inside it, not because its projects need more than a person fewer would get; every service scaled to {percent} % of its effort. It grows as the leads it builds take on the projects.',
  'office.partTimeCeiling':
    'A coordination role is one person’s part-time job beside their own: held to {fte} FTE at most, every service scaled to {percent} % of its effort.',
  'office.tooSmall':
    'Under {hours} hour a week once held to the organisation’s size and spend: nothing to staff; the work stays with the people who lead the projects.',
  'office.role.inPlace': 'Further staff of the office in place (the health check confirms their work)',
  'office.inPlace.unknown':
    'The size of the office in place was not given: the health check compares it with the {fte} FTE its services need.',
  'office.inPlace.delivered':
    'The office in place works: the services it runs today are taken at what its {existing} FTE deliver now, not at the {norms} FTE the norms would give them as new, and it grows only by the services new to it ({added} FTE), to about {fte} FTE. More people only if the health check shows a backlog.',
  'office.inPlace.larger':
    'The office in place has {existing} FTE, more than the {services} FTE these services need: the range runs from three quarters of it to all of it, and the health check shows what the difference covers (often project managers or analysts placed in the office) before anyone moves.',
  'office.role.deputy': 'Named deputy who covers the seat (about a day a week)',
  'office.inPlace.viableSeat':
    'Its services come to about {services} FTE, but an office that stays is a seat someone holds: at least {seat} FTE, with a named deputy at {deputy} FTE so that its registers and evidence do not stop when that person is away.',
  'office.inPlace.seatUnderLine':
    'Its services come to about {services} FTE. A full seat of one person would cost more than the share of the yearly project spend any office is held to, so the office that stays is a part-time seat of at most {fte} FTE, with no deputy beside it.',
  'office.inPlace.deputy':
    'One person holds this office: a named deputy at {deputy} FTE keeps its registers and evidence going when that person is away.',
  'office.inPlace.heldThin':
    'Its services here are priced at about {services} FTE against the {existing} FTE in place. The office works, and one view of it is too thin to cut it on: it keeps its people until a health check with a team assessment shows what its work takes.',
  'office.role.unitSeats': 'Seats in the {units} units, held by people of the office in place',
  'office.role.secondStep': 'Staff of the office in place held, re-tasked, until the second step',
  'office.inPlace.resetCentre':
    'The office in place has {existing} FTE; the reset office’s services need about {services} FTE. It keeps from that up to {centre} FTE at the centre, re-tasked to the new mandate while it lands{perUnit, plural, =0 {} other {, and a light seat of about {perUnit} FTE in each of the {units} units, held by its own people, who keep their unit’s projects on the office’s list and its figures in the common format}}.',
  'office.inPlace.resetFirstStep':
    'The cut comes in stages: the first step releases no more than {percent} % of the {existing} FTE, so {released} FTE go as agreed with HR; {held} FTE beyond the reset office stay, re-tasked, until the second step, decided once the reset office has been measured against its charter after its first year.',
  'office.inPlace.resetReleased': 'The other {difference} FTE go as agreed with HR.',
  'office.role.retasked':
    'Staff of the office in place re-tasked to the new mandate while it lands, until week {weeks} at the latest',
  'office.inPlace.resetRange':
    'The office in place has {existing} FTE; the reset office’s services need about {services} FTE. It keeps from that up to {max} FTE, re-tasked to the new mandate while it lands; the other {difference} FTE go as agreed with HR.',
  'office.inPlace.atLine':
    'The office has {existing} FTE in place, against about {services} FTE its services need here: beyond the {line} FTE up to which an office is not cut for its size alone. It keeps what an office of {line} FTE would keep, never less than a smaller office would; only the {difference} FTE beyond that line are for the health check and HR to place.',
  'action.evolveOverLine':
    'The {model} in place has {existing} FTE where its services here need about {need}, beyond the {line} FTE up to which an office is not cut for its size alone. Size alone resets nothing: it evolves to what an office of {line} FTE keeps, and a health check shows where the people beyond that go.',
  'action.evolveOverLineThin':
    'The {model} in place has {existing} FTE where its services here need about {need}, beyond the {line} FTE up to which an office is not cut for its size alone. It evolves to what an office of {line} FTE keeps, once a health check with a team assessment has confirmed it; nobody moves before.',
  'office.inPlace.resetKeepsAll':
    'The office in place has {existing} FTE; the reset office’s services need about {services} FTE. It keeps all of its people, re-tasked to the new mandate: the range runs from that need to the office as it is.',
  'office.inPlace.same': 'About the size of the office in place ({existing} FTE).',
  'office.inPlace.smaller':
    'From the {existing} FTE in place to about {fte} FTE: {difference} FTE move to project or analyst roles, or leave through normal turnover. Say so openly before the change is announced.',
  'office.basis.sum':
    'The office is the sum of its services: {hours} hours a week, at {perFte} hours per full-time person = {fte, number, 2} FTE.',
  'office.basis.range': 'Range: ±{spread} % around that sum.',
  'office.basis.rangeHours':
    'Range: ±{spread} % around that sum; under half a person it is shown in hours a week.',

  'cost.hybridHandover':
    'Hybrid: for the first {months} months half the team are outside experts at {external} {currency} a day beside your own staff at {internal} {currency}; after the hand-over it is all your own, and from the second year the office costs {min}–{max} {currency} a year.',
  'cost.defaultRates':
    'Default day rates: {internal} {currency} internal, {outsourced} {currency} from an outside firm; set your own rates to replace them.',
  'cost.oneOff':
    'One-off: {days} person-days to set the services up (methods, registers, tools, first training) at {rate} {currency} a day{procurement, plural, =0 {} other {, plus # days of your own people to choose and contract the provider}}.',

  'cost.totalPushWithPeople':
    'In all, over its {months} months: {min, number}–{max, number} {currency} for the office, its set-up and the people the plan brings in; the yearly figure is the office’s rate while it runs.',
  'cost.totalYearWithPeople':
    'In all, in the first year: {min, number}–{max, number} {currency} for the office, its set-up and the people the plan brings in.',
  'cost.totalYearWithPeopleShare':
    'In all, in the first year: {min, number}–{max, number} {currency} for the office, its set-up and the people the plan brings in, {low}–{high} % of the yearly project spend.',
  'cost.overHorizon':
    'Over its {months} months the office costs {min}–{max} {currency} in all, set-up included.',
  'cost.overStages':
    'Over its {months} months, staffed by its stages: {min, number}–{max, number} {currency} in all for the office{people, plural, =0 {, set-up included} other {, its set-up and the people the plan brings in}}: the core of about {core} FTE for {coreWeeks} weeks (set-up, early stages and hand-back) and the full team of about {full} FTE for the {fullWeeks} weeks of execution. The yearly figure is the full team’s rate.',
  'office.basis.sizeAssumed':
    'No yearly project spend was given, so each project is sized as one of about {pivot, number} EUR a year. With the spend stated, the hours that follow the projects’ size run from {low, number} to {high, number} times these, so the office could be up to half as large or a quarter larger.',
  'need.verdict.servicesUnderHalf':
    '{score} need points reach the threshold of {threshold}, but the services this work needs add up to {hours, number} hours a week, under half a person: below that line the help is one person’s part-time role beside their own job, not an office.',
  'expectation.planStarts': 'A step of the plan starts it: {step}',
  'expectation.noOfficeStep': 'No office is recommended; a step of the plan answers it: {step}',
  'expectation.noOfficeWhyNot':
    'No office is recommended, and without one nobody holds the mandate over all projects that this needs; the plan’s re-assessment asks again whether an office should take it up.',
  'expectation.programme.prioritisation':
    'The programme office prepares the programme board’s priority calls: which scope goes into which tranche, and what waits. Choosing between this programme and other work stays with the portfolio’s owners.',
  'expectation.answered': 'The office offers it.',
  'expectation.in-place':
    '{share} % asked for it, and it already works at level 4 or above: the office keeps it, no new service.',
  'expectation.no-mandate':
    '{share} % asked for it, but leadership wants little central control: without a mandate the office would only prepare it. Raise it with the sponsor.',
  'expectation.spend':
    '{share} % asked for it; it was left out to keep the office within its share of the spend.',
  'expectation.not-offered':
    '{share} % asked for it; an office of this shape does not run it. Discuss it with the sponsor.',

  'shape.reason.no-need': 'Shape: no office; the need does not justify one yet.',
  'shape.reason.coordination':
    'Shape: a part-time coordinator; an office is not warranted here, so one person coordinates beside their job (half a person at most), with trained project leads.',
  'shape.reason.no-project-leads':
    'Shape: project capability first; {load, plural, =1 {{projects} projects for {managers, plural, one {one project manager} other {# project managers}} is a load its leads carry themselves, too small to give an office work. Train those who lead the projects and keep one list of them.} other {with {managers, plural, =0 {no project manager} one {one project manager} other {# project managers}} for {projects} projects, an office would have nobody to support. Appoint and train people to lead the projects first.}}',
  'shape.reason.leads-binding':
    'Shape: project leads first; {projects} projects rest on {managers, plural, =0 {nobody whose job is to lead them} one {one project manager} other {# project managers}}, far more than one person leads well. Spend first on appointing or hiring people to lead them, one of whom keeps the single job list part-time; an office waits until those leads are in place.',
  'shape.reason.no-expertise':
    'Shape: project capability first; nobody here has project-management expertise yet, and {managers, plural, =0 {no one leads} one {one person leads} other {# people lead}} {projects} projects. The help the work needs stays the same size: one coordinator runs it beside the people who lead projects while they are appointed, trained and coached, and an office comes once they can lead it.',
  'shape.reason.small-portfolio':
    'Shape: a part-time coordinator; {projects} projects at once are too few for an office, whatever the size of the organisation.',
  'shape.reason.programme': 'Shape: a programme office, sized by the programme it runs.',
  'shape.reason.temporary':
    'Shape: a temporary office for a push of about {months} months, closed when the push ends.',
  'shape.reason.hub':
    'Shape: hub and spoke; a group of {employees} people in {units} units runs offices in the units, tied together by a hub that prioritises, controls and assures the group’s whole portfolio.',
  'shape.reason.hubView':
    'Shape: hub and spoke; a group of {employees} people in {units} units runs offices in the units, tied together by a hub that keeps the group’s one view of its portfolio (one list, one status vocabulary, a quarterly portfolio review and a record of its decisions); approvals and controls stay with the units.',
  'shape.reason.department':
    'Shape: unit offices; {units} units run their own projects and leadership wants little central control, so each unit runs its own office and a light group roll-up joins their figures, with no central mandate.',
  'shape.reason.agile':
    'Shape: a lean portfolio office for agile delivery: funding, intake and flow rather than stage reports.',
  'shape.reason.mature-no-office':
    'Shape: no office; at {overall, number, 2} the organisation already runs its projects well. Keep what works and name one owner for the portfolio view.',
  'shape.reason.mature':
    'Shape: formalise what exists; at {overall, number, 2} the organisation already runs much of this, so a light office keeps and connects it.',
  'shape.reason.portfolio': 'Shape: a portfolio office for the organisation’s projects.',
  'rationale.formaliseLight':
    'A light, supportive office: the {best} fits best on paper ({score}/100), but at {overall, number, 2} practice already holds together; a new mandate would add control without a need.',
  'warning.weakSourcing':
    'The sourcing named, {sourcing}, scores only {score}/100: {ruledOut, plural, =0 {the other options score lower still} other {it is what remains once the other options are ruled out}}. What it lacks: {missing}. What would close the gap: {fixes}. Settle this with the sponsor before the charter is signed.',
  'warning.weakSourcing.noPoints': 'nothing in its favour beyond the base points',
  'warning.weakSourcing.fix.expertise':
    'an experienced office lead from outside for the first months, on contract or coaching your own lead, priced beside the office',
  'warning.weakSourcing.fix.urgency':
    'people freed from line work now to start the office while the rest are found',
  'warning.weakSourcing.fix.horizon':
    'people lent from line roles for the length of the need rather than a department built for it',
  'warning.weakSourcing.fix.managers':
    'project managers freed from their projects, or hired, to staff the office',
  'warning.weakSourcing.fix.budget':
    'a larger budget for the office, where another option was ruled out for its cost or its size',
  'warning.weakSourcing.fix.review': 'a review of the inputs that argue against it',
  'warning.returnsRestOnTrackedBenefits':
    'The returns priced here do not cover the office’s cost: the case rests on the benefits the push tracks (the savings, synergies or outcome it exists for), which your own plan prices, not this assessment. Put that plan’s figures beside the office’s cost for the steering committee.',
  'warning.returnsBelowCost':
    'The returns that can be priced do not cover the office’s cost: the case rests on what cannot be priced (decisions, assurance, fewer surprises). Say so to the steering committee.',
  'warning.returnsBelowAddedCost':
    'The returns priced for what changes do not cover what the change adds to the cost of the office in place. Only that added part is weighed here: today’s running cost is already in the budget, and what the office returns today is not priced. The case for the addition rests on what cannot be priced (decisions, assurance, fewer surprises); say so to whoever approves the budget.',
  'rationale.leanLight':
    'A lean portfolio office is supportive: it funds teams and makes the flow of work visible; the {best} fits best on paper ({score}/100), but agile teams steer themselves within guardrails.',
  'rationale.keepsModel':
    'The {model} in place keeps its degree of control: the {best} leads by only {lead} points, and changing an office’s control is a reorganisation that needs a clearer case.',
  'inPlace.action.evolveWork':
    'Evolve the {model} in place: its model stays, but the plan starts {percent} % of its work anew (services it has never run, or runs below the level they should reach), more than a team takes on as it runs; that work is designed and piloted like a change, with a revised charter.',
  'action.evolveServices':
    'Evolve the {model} in place: its model stays, but it takes on services it has never run, so they are designed and piloted like a change, with a revised charter.',
  'needf.maturity': 'Current maturity',
  'needf.maturityWorks': 'practice that already works needs less done for it',
  'needf.maturityGap': 'practice below level 3 leaves work for an office',
  'needf.noUrgency': 'nothing presses: the organisation can improve at its own pace',
  'needf.urgency': 'better delivery is needed soon',
  'needf.nearDefined':
    'practice close to level 3, led by strong project managers, with people rarely fought over and nothing pressing, needs less done for it',
  'needf.regulationCarried': 'Regulator’s evidence carried by practice',
  'needf.regulationCarriedWhy':
    'governance and risk control at level {level} or above already keep the decisions and records a regulator checks: regulation adds no work for an office',
  'warning.highCostShareTemporary':
    'The office would cost up to {share, number, 2} % of the yearly project spend, above {limit} %: usual for a short, intense push, but check that the spend covers everything the push delivers.',
  'warning.officeLargeForPeople':
    'An office of up to {fte} FTE in an organisation of {employees} people is staffed mostly from outside it: check whether a contractor or delivery partner already carries the planning and cost control, and size the owner’s own team to what it must hold itself.',
  'need.verdict.shapeNoOffice':
    '{score} need points reach the threshold of {threshold}, but an office is not the answer here yet (see the shape below).',
  'need.verdict.shapeOffice':
    'An office is recommended: {score} need points against the threshold of {threshold}.',
  'action.resetOversized':
    'Reset the {model} in place: its {existing} FTE are more than twice the {need} FTE its services need here; keeping it would hide the difference in the budget.',
  'action.resetSmaller':
    'Reset the {model} in place: its model changes and it shrinks from {existing} FTE to at most {fte} FTE; that is a reorganisation, with the people who move planned first.',
  'action.evolveGrow':
    'Evolve the {model} in place: its model stays, but its services need clearly more than its {existing} FTE, so new services are set up and piloted like a change, not simply kept.',
  'plan.redeploy':
    'Agree with HR and the people concerned where the {difference} FTE the reset office no longer needs go (project, analyst or line roles), before the change is announced',
  'rationale.directionOnly':
    'Evidence is insufficient: this is a direction only, without staffing, cost or plan. Rate more questions, or invite more people, to size the office.',

  'kpi.unit.days': 'working days',
  'kpi.unit.percent': '%',
  'kpi.unit.level': 'level (1–5)',
  'kpi.maturity.measure': '{dimension}: reach level {target} by the re-assessment in {months} months.',
  'kpi.maturity.measureScore':
    '{dimension}: raise the score to {target, number, 2} by the re-assessment in {months} months, a level above today, on the way to level {level}.',
  'kpi.maturity.sustain': '{dimension}: sustain level {target} at the re-assessment in {months} months.',
  'kpi.outcome.fromCurrent':
    '{measure} Baseline from your current figures, which the office in place already has or measures first; where they already reach this target, the target is to improve on them.',
  'kpi.outcome.on-time': 'Projects on time',
  'kpi.outcome.on-time.measure':
    'Share of projects finishing within 10 % of their planned date: {target} % within {months} months. Measure the first baseline in the first month.',
  'kpi.outcome.regulator-milestones': 'Regulator’s dates met',
  'kpi.outcome.regulator-milestones.measure':
    'Share of the dates the push owes a regulator, funder or auditor (ordered actions, deliverables, reports, submissions) met on the date committed: {target} %, every one, over its {months} months.',
  'kpi.outcome.internal-milestones': 'Internal milestones on plan',
  'kpi.outcome.internal-milestones.measure':
    'Share of the push’s own milestones, apart from those owed to a regulator, funder or auditor, met within a week of their baseline date: {target} % over its {months} months.',
  'kpi.outcome.milestones-on-plan': 'Milestones on plan',
  'kpi.outcome.milestones-on-plan.measure':
    'Share of the push’s milestones met within a week of their baseline date: {target} % over its {months} months.',
  'kpi.outcome.predictability': 'Predictability',
  'kpi.outcome.predictability.measure':
    'Share of the objectives planned for a quarter that teams deliver in it: {target} % within {months} months.',
  'kpi.outcome.lead-time': 'Lead time',
  'kpi.outcome.lead-time.measure':
    'Working days from an accepted idea to its first release: at most {target} within {months} months.',
  'kpi.outcome.on-budget': 'Projects on budget',
  'kpi.outcome.on-budget.measure':
    'Share of projects finishing within 10 % of their approved budget: {target} % within {months} months.',
  'kpi.outcome.forecast-accuracy': 'Forecast accuracy',
  'kpi.outcome.forecast-accuracy.measure':
    'Share of monthly cost forecasts within 5 % of the final cost: {target} % within {months} months.',
  'kpi.outcome.time-to-decision': 'Time to decision',
  'kpi.outcome.time-to-decision.measure':
    'Working days from a project request to the portfolio decision: at most {target} within {months} months.',
  'kpi.outcome.staffed-as-planned': 'Projects staffed as planned',
  'kpi.outcome.staffed-as-planned.measure':
    'Share of projects that start with the people planned for them: {target} % within {months} months.',
  'kpi.outcome.benefits-measured': 'Benefits measured',
  'kpi.outcome.benefits-measured.measure':
    'Share of closed projects whose benefits are measured against their business case: {target} % within {months} months.',
  'kpi.outcome.benefits-on-track': 'Benefits on track',
  'kpi.outcome.benefits-on-track.measure':
    'Share of the benefits the push exists for (synergies, savings or the outcome it is funded for), each with an owner and a baseline, forecast at or above target: {target} % at the steering reviews, held {cadence}, within {months} months.',
  'kpi.outcome.reviews-on-time': 'Reviews on time',
  'kpi.outcome.reviews-on-time.measure':
    'Share of planned project reviews held on time: {target} % within {months} months.',

  'returns.overruns': 'Overruns and waste avoided',
  'returns.orders': 'Late-delivery penalties and margin lost, avoided',
  'returns.overruns.assumption':
    'About {waste} % of project investment is wasted through poor performance (PMI, Pulse of the Profession); we assume the office avoids {min}–{max} % of that, well below what offices report about themselves, and credit it with at most {multiple} times its own yearly cost.',
  'returns.overruns.noSpend':
    'Not priced: give the yearly project spend to price the overruns the office helps avoid.',
  'returns.capacity': 'Project managers’ time freed',
  'returns.capacity.assumption':
    '{pms} project managers each save {min}–{max} hours a week through shared templates, reporting and tools, over {weeks} working weeks at {rate} {currency} an hour (our assumption).',
  'returns.capacity.hub':
    'Counted for the managers of the group’s largest projects only, the {percent} % the hub’s own services reach, not all {all}: the units’ offices free their own managers’ time, at their own cost.',
  'returns.released': 'People of the office in place freed for other work',
  'returns.releasedWorth':
    'People of the office in place freed for other work: {freed} FTE, whose yearly cost is about {worth} {currency}, saved only if their posts are not refilled, so kept apart from the returns total',
  'returns.released.assumption':
    'Not counted as money: {freed} of the {existing} FTE in place move to other work, worth about {worth} {currency} a year at the internal rate. That is a saving only where their posts are not refilled or they take on work that would otherwise be bought in.',
  'returns.released.pooled':
    'The {pooled} project managers pooled in the office go back to leading projects: they are not its overhead, and nothing is saved by moving them.',
  'returns.today': 'What the office in place returns today',
  'returns.today.assumption':
    'It already runs {services}: what they return is not counted again as a gain of this recommendation.',
  'returns.overToday':
    'Counted as the gain over the office in place: only the services it does not run today, {percent} % of this work.',
  'returns.decisions': 'Faster decisions on projects',
  'returns.decisions.assumption':
    'Not priced: a regular portfolio cycle brings decisions to start, pause or stop projects in days rather than weeks.',

  'fit.blocker.directiveTemporary':
    'A directive office takes a year or more to earn its mandate; a temporary push borrows the sponsor’s authority instead.',
  'fit.blocker.directiveUnits':
    'With {units} units that run their own projects, people are allocated inside the units; a centre that allocates them across units works against the structure.',
  'fit.blocker.directiveLevel':
    'At maturity level {level}, a directive office would decide over projects and people without the defined practice (level {minimum}) it rests on.',
  'office.leanFunction':
    'Held at {fte} person at least: {initiatives} agile initiatives (from {minimum}) and their spend need one lean-portfolio function of its own, keeping the ranked list, the board of what teams wait for from one another and the funding guardrails, not a sideline of a few hours.',
  'fit.blocker.leanPortfolio':
    'Agile teams deliver in increments and are funded as stable teams: a lean portfolio gates what starts and what it is funded with, and leaves delivery to the teams; a control tower would check stage-gate standards on every project. It needs a high appetite for control.',
  'fit.blocker.directiveAgile':
    'Agile teams are funded and staffed as stable teams; a centre that allocates people project by project breaks them up.',
  'fit.inPlaceKeepsControl':
    'the office in place already works at this degree of control; changing it is a reorganisation that needs its own case',
  'fit.deliveryApproach': 'How projects are delivered',
  'fit.portfolioWorksAlready':
    '3.50 or above: projects are already selected and staffed with care; central allocation adds little',
  'fit.agile': 'agile',
  'fit.agileResistsStandards': 'agile teams resist stage-gate standards and compliance checks',
  'src.officeAction.reset': 'reset',
  'src.pushSize': 'Size of the push’s team',
  'src.pushSizeValue': 'about {fte} FTE',
  'src.largePushMixes':
    'a large temporary team mixes a core of own staff, who keep what is learned, with contractors it can release when the push ends',
  'src.blocker.partTimeSeat':
    'An office of {min}–{max} FTE, about {fte} people, is a part-time seat (under {limit} person): bought from a firm it costs about twice the internal rate and leaves no capability behind; an own coordinator with outside coaching serves better.',
  'src.resetKeepsTeam':
    'A reset changes what the office does, not who does it: the team in place knows the projects and stays.',
  'src.blocker.hybridTooSmall':
    'An office of {min}–{max} FTE, about {fte} people, is too small to mix own and outside staff (that takes {limit} or more): it is either the organisation’s own, with outside coaching, or bought in.',

  'plan.startService': 'Start {service}',
  'plan.bringInExperiencedPm':
    '{count, plural, one {Bring in one experienced project manager ({via}) to lead {projects, plural, one {the project} other {the largest project and coach the other leads}}} other {Bring in # experienced project managers ({via}) to lead the largest projects and coach the rest}}',
  'plan.validateAssessment':
    'Validate this assessment in short interviews with the sponsor and two or three project managers, and collect the documents behind it',
  'plan.pushEndsOfficeStays':
    'End the push: the office in place returns to its lasting services and releases the people it took on for the push',
  'plan.formaliseService': 'Formalise and keep {service} (it works already)',
  'plan.agreeServices': 'Agree the services in this order, most pressing first: {services}',
  'plan.runServices': 'Run the services: {services}',
  'plan.extendServices': 'Extend {services} from the pilot projects to every project',
  'plan.appointAndTrainLeads':
    'Appoint a lead for every project that runs longer than a few weeks, and train them in the basics',
  'office.serviceOffered.portfolio-prioritisation': 'Preparing portfolio decisions (management decides)',
  'office.serviceLean.status-reporting': 'Portfolio status reporting, lean: one monthly pack',
  'office.serviceOffered.standards': 'Templates and guidance on offer (not required)',
  'office.serviceOffered.assurance': 'Project reviews on request',
  'office.serviceDuty.assurance': 'Evidence trail for the regulator',
  'office.serviceOffered.tooling': 'Project tools and data on offer',
  'office.serviceOffered.portfolio-controls':
    'Cost and schedule roll-up across projects (each project keeps its own change control)',
  'office.serviceDelivery.portfolio-controls':
    'Cost, schedule and change control kept on the projects (the office prepares and consolidates; project managers and sponsors decide)',
  'office.serviceDelivery.assurance':
    'Project reviews behind the regulator’s evidence (the office reviews and files; project managers decide)',
  'office.deliveryForm':
    'Held at full effort whatever the degree of control: the work is there on the projects and the regulator or the contracts need it; the degree of control only decides who decides.',
  'office.offeredForm':
    'Offered in its supportive form: the office prepares and advises, the people accountable decide (about {percent} % of the full effort).',
  'fit.pushDrivesDecisions':
    'An urgent push must get decisions taken on time; an office that only reports cannot do that.',
  'fit.urgentPush': 'Temporary push at high urgency',
  'fit.blocker.directiveResources':
    'A directive office allocates people; resource management is at {score, number, 2}, below the defined practice (level {minimum}) that allocation rests on.',
  'src.blocker.releasesOwnTeamUpTo':
    'The office in place shrinks from {existing} to at most {fte} FTE, and HR is consulted on where the people beyond it can go before anything is announced: paying outside people meanwhile would pay twice for the same work.',
  'src.blocker.releasesOwnTeamHr':
    'The office in place shrinks from {existing} to at most {fte} FTE, and HR is consulted before anything is announced on where {leaving} FTE of its people can go: paying outside people meanwhile would pay twice for the same work.',
  'src.blocker.releasesOwnTeamHrPooled':
    'The office in place shrinks from {existing} to at most {fte} FTE: if {pooled} of its people are project managers it pools, as assumed here, they go back to the line as project leads, and HR is consulted before anything is announced on where {leaving} FTE of its other people can go. Paying outside people meanwhile would pay twice for the same work.',
  'src.blocker.releasesPooledOnly':
    'The office in place shrinks from {existing} to at most {fte} FTE: if {pooled} of its people are project managers it pools, as assumed here, they go back to the line as project leads, and none of its other people leaves. Paying outside people meanwhile would pay for work its own people do.',
  'src.blocker.releasesOwnTeam':
    'The office in place shrinks from {existing} to about {fte} FTE: buying people in while releasing the organisation’s own would pay twice for the same work.',
  'office.changeDays':
    'Changing the office in place ({what}) takes about {days} person-days once: charter and decision rights, agreement with line managers, moving people, and running old and new side by side; the one-off cost includes it.',
  'office.change.model': 'a new degree of control',
  'office.change.shape': 'a new structure',
  'office.role.coordinator': 'Project and resource coordinator (about one person)',
  'fit.strongLeads': 'Strong project managers',
  'fit.strongLeadsNeedLessChecking':
    'Strong, well-trained project managers run their own projects; an office that sets and checks their standards adds little.',
  'rationale.shouldNeedGrowUnscored':
    'Should the need grow, the model closest to these answers would be the {model}; the evidence is too thin to score it.',
  'src.blocker.cappedBoughtIn':
    'Bought in at the outside rate, {ceiling, plural, =0 {} other {the office would cost up to {share, number} % of the yearly spend, over the {ceiling, number} % the spend ceiling holds every way of staffing it to, and }}the office would be cut to {percent} % of its services by the spend ceiling; own staff with outside help keep more of them for the same money.',
  'fit.regulatedControl': 'Governance and risk control in a regulated organisation',
  'fit.regulatorExpectsControlledChange':
    'A regulator expects change to be approved, recorded and checked; with governance and risk control rated {score, number, 2} on average, below {limit, number, 1}, an office that only reports cannot close the findings.',
  'action.resetOutputs':
    'The {model} in place turns out its own products well ({delivered, number, 2}) while the decisions, benefits and people they are for stay at {outcomes, number, 2}: it works for itself. Reset its mandate around outcomes; its people stay.',
  'action.evolveOversized':
    'The {model} in place has {existing} FTE where its services here need about {need}: it evolves towards that size, once a health check with a team assessment has confirmed it.',
  'office.inPlace.confirmFirst':
    'This rests on one view of the organisation: confirm it with a health check and a team assessment before anyone moves.',
  'plan.people.cost.interim':
    'Not in the office’s cost: {count, plural, one {the interim project manager} other {the # interim project managers}} the plan brings in, about {amount, number} {currency} for {months} months at the outside rate.',
  'plan.people.partTimeLead':
    'Instead of a full-time project manager, whose cost would be out of proportion to the spend: an experienced lead part-time, about {days} days a month, or the supplier’s project manager under the contract, with milestones and acceptance written into it',
  'plan.people.fewerBroughtIn':
    '{count, plural, one {Bring in one senior person, not {wanted}:} other {Bring in # people, not {wanted}:}} more would cost out of proportion to the project spend; the other leads come from your own people',
  'plan.people.cost.partTimeLead':
    'Not in the office’s cost: the part-time experienced lead, {days} days in all, about {amount, number} {currency} at the outside rate.',
  'plan.people.deliveryLeads':
    '{count, plural, one {Add delivery leadership where your project managers are stretched: one experienced project manager or owner’s representative ({via}) on the largest projects} other {Add delivery leadership where your project managers are stretched: # experienced project managers or owner’s representatives ({via}) on the largest projects}}',
  'plan.people.cost.coaching':
    'Not in the office’s cost: the {days} days of outside coaching the plan calls for, about {amount, number} {currency} at the outside rate.',
  'plan.people.bringInLead':
    '{projects, plural, one {Bring in one experienced programme manager ({via}) as the office’s lead, who also leads the project} other {Bring in one experienced programme manager ({via}) as the office’s lead, who also leads the largest of the # projects and coaches the other leads}}',
  'office.role.interimLead': '{role}: the experienced interim the plan brings in',
  'cost.interimLead':
    'The lead ({fte} FTE) is the experienced interim the plan brings in: costed here at the outside rate of {rate, number} {currency} a day, and not again beside the plan.',
  'plan.people.cost.hire':
    'Not in the office’s cost: {count, plural, one {the new project manager} other {the # new project managers}} the plan brings in, about {amount, number} {currency} a year at the internal rate.',
  'warning.projectsPerManager':
    '{projects} projects for {projectManagers, plural, one {one project manager} other {# project managers}}, over {limit} each: many are probably activities or small jobs. Sort them into projects and activities first; until then this recommendation counts {credible} of them as projects, at most {limit} for each person who leads them.',
  'warning.projectsWithoutManagerMany':
    '{projects} projects run with no project manager, more than one lead can carry at {limit} each: many are probably activities or small jobs. Check who leads them and sort projects from activities first; until then this recommendation counts {credible} of them as projects.',
  'warning.managersStretchedProjects':
    '{projects} projects for {projectManagers, plural, one {one project manager} other {# project managers}}, more than {limit} each: nobody leads that many projects well. {agile, plural, =1 {In agile delivery product owners and teams lead the work: check that each initiative has one.} other {Check who leads the others and whether they have the time; the office supports those leads, it does not replace them.}}',
  'warning.managersStretchedSpend':
    '{spend, number} a year of project spend for {projectManagers, plural, one {one project manager} other {# project managers}}: about {perManager} million each, more than a project manager {expertise, plural, =1 {even an experienced one} other {still building experience}} usually carries (about {limit} million a year). Where the delivery is contracted out (a contractor, supplier or integrator runs its own team), that can be normal; the question is who acts for you as the client on the largest projects, and whether that person has the time. No hire follows from the spend alone.',
  'expectation.coordinator': 'The part-time coordinator takes it up; no office is needed for it.',
  'src.blocker.tooLargeForOwnStaff':
    'An office of about {fte} FTE in an organisation of {employees} people is over {share} % of them: it is staffed largely from outside, with a core of own people.',
  'office.effort.spendThousands':
    '{perUnit, number, 2} h a week per thousand million of yearly spend × {units} thousand million = {hours} h a week',
  'rationale.noCallForMore':
    'The {model} in place {works, plural, =0 {keeps its} other {works and keeps its}} degree of control: the {best} {lead, plural, =0 {scores the same} one {scores # point more} other {scores # points more}}, but nothing here calls for more control. People are not fought over, the need is not urgent, and the work it would add ({dimensions}) stands at {score}.',
  'rationale.noCallForMoreUnrated':
    'The {model} in place {works, plural, =0 {keeps its} other {works and keeps its}} degree of control: the {best} {lead, plural, =0 {scores the same} one {scores # point more} other {scores # points more}}, but nothing here calls for more control. People are not fought over and the need is not urgent.',
  'rationale.federatedKeepsControl':
    'The {model} in place {works, plural, =0 {keeps its} other {works and keeps its}} degree of control: the {best} {lead, plural, =0 {scores the same} one {scores # point more} other {scores # points more}}, but the {units} units lead their own projects and leadership does not ask the centre for more control. Clashes over shared people are settled by the group’s prioritisation and its view across the units.',
  'rationale.confirmMoreControl':
    'The {model} in place {works, plural, =0 {keeps its} other {works and keeps its}} degree of control for now: the {best} {lead, plural, =0 {scores the same} one {scores # point more} other {scores # points more}}, but the evidence here is too thin to reorganise {works, plural, =0 {an office in place on.} other {a working office on.}} A team assessment confirms whether it should take on more control.',
  'action.keepAdds':
    'Keep the {model} in place: it works, and it adds {services} alongside what it runs. That is {percent} % of its work, taken on as it runs, without a reorganisation.',
  'warning.pushCostShare':
    'The office would cost up to {share, number, 2} % of the yearly spend stated for the push, above the {limit} % usual for a programme office{ceiling, plural, =0 {} other {, within the {ceiling, number} % a push of this length is held to whoever staffs it}}. That is common where the stated spend leaves out the push’s own people; check what it includes before taking this size to a steering committee.',
  'warning.unknownCurrency':
    'The engine does not know the currency {currency}: the spend is read as if it were in euros against its thresholds (a programme’s minimum spend, large projects, controls per million). Check the sizes, or give the spend in a common currency.',
  'returns.orders.margin':
    'Read on the yearly order value stated, against the margin it carries: late-delivery penalties, variations not recovered and overruns come out of a margin of about {margin} % of turnover, so that share of the orders is the delivery cost at risk (not the {waste} % of investment PMI finds wasted in projects at large); we assume the office avoids {min}–{max} % of it and credit it with at most {multiple} times its own yearly cost.',
  'returns.overruns.hub':
    'Counted on the group’s largest projects only, the {percent} % of its spend the hub prioritises, consolidates and reports on in full at this appetite for control; the units’ offices avoid the overruns of their other projects, at their own cost.',
  'returns.overruns.mature':
    'Practice here stands at {overall, number, 2}, above the average of about {average, number, 1} that figure describes: less is wasted, so it is counted at {percent} %.',
  'office.serviceThreshold': '{service}: in full on the group’s largest projects',
  'office.serviceMinimum.standards':
    'Minimum common standard: one status vocabulary and the gate criteria for large projects',
  'office.thresholdFormReport':
    'The group reports in full on its largest projects, about {percent} % of them, which carry most of the spend; the others stand in its one list with a monthly status line kept by their unit (about {share} % of the full effort).',
  'office.thresholdForm':
    'Held by the group for its largest projects only, about {percent} % of them, which carry most of the spend; the others are their units’ own (about {share} % of the full effort).',
  'office.minimumForm':
    'Every group hub holds it, whatever its degree of control: one status vocabulary so that the group’s figures add up, and gate criteria for its large projects; the units keep their own methods beneath it (about {percent} % of the full standards service).',
  'office.serviceReview': '{service}: a monthly review of the largest projects',
  'office.reviewForm':
    'Asked for, and the practice behind it already stands at level {level, number} or above: the office reviews the largest projects once a month rather than running the service on every project (about {percent} % of the full effort); the project teams keep doing the work.',
  'office.role.hubGroup':
    'Hub: lead, the group’s investment decisions, standards and consolidated reporting, and coordination of the units',
  'shape.reason.hubGroup':
    'Shape: hub and spoke; a group of {employees} people in {units} units runs offices in the units, tied together by a hub that holds what is group-wide: the investment decisions, the common standards and the reporting consolidated for the group. Leadership does not ask the centre for tight control, so each unit’s office controls and reviews its own projects.',
  'src.blocker.outsideOneSeat':
    'Mixed, an office of {min}–{max} FTE would have about {outside} of its people from outside, under {limit}: that is one person bought in (a contract lead, or coaching) beside your own staff and called off, not a team contracted from a provider. The office is your own, with that person in it.',
  'src.blocker.tenderTooSmall':
    'Mixed, an office of {min}–{max} FTE would have about {outside} of its people from outside, fewer than the {limit} a provider’s tender, service levels and hand-over are worth for a lasting office: the experience it lacks is bought as one experienced lead hired from the market, beside your own staff.',
  'src.paid.tenderTooSmall':
    'its outside part would be fewer than {limit} people, too few to tender from a provider for a lasting office',
  'plan.hireOfficeLead':
    'Recruit the office’s lead from the market: someone who has already run such an office, hired into your own team; allow about three months for the search',
  'plan.hireOfficeLeadBridged':
    'Recruit the office’s lead from the market: someone who has already run such an office, hired into your own team; the lead named now from your own people holds the seat until they start',
  'src.paid.outsideOneSeat':
    'its outside part would be one person, under {limit}, bought beside own staff rather than from a provider',
  'plan.callOffSeat': 'Call-off of the outside person',
  'plan.callOffDescribeRole':
    'Describe the role from the signed charter: what the person does, for how long, and what they hand to your own staff',
  'plan.callOffAgency':
    'Call the person off an interim agency or a contractor you already use: one person, no tender and no service levels',
  'plan.callOffFramework':
    'Call the person off your procurement framework or an approved agency: one person, no tender and no service levels',
  'plan.callOffPersonStarts': 'The outside person starts, with the date they hand over agreed',
  'plan.selectTheProviderRegulated':
    'Buy through a call-off from a framework you already have, or through a tender where public procurement rules apply to you; your regulator asks that the choice and the contract are documented, not that it is tendered',
  'src.blocker.overWarningLine':
    'Bought this way the office would cost up to {share, number} % of the yearly project spend, above the {limit} % an office should stay under, while a cheaper way of staffing it stays below: the cheaper one is taken.',
  'fit.blocker.unitsAlone':
    'A control tower here would be a small central office checking {units} units that have {managers, plural, =0 {no project manager} one {one project manager} other {# project managers}} between them, at an overall maturity of {overall, number, 2}: nobody in the units answers its checks and {dimension, select, standards {standards and methodology are} other {performance tracking and reporting is}} at {score, number, 2}, below the level {minimum} it checks. The regulator is answered by the office’s evidence trail and a gate at the board on the largest investments; the office builds the shared practice first.',
  'fit.blocker.controlPractice':
    'A control tower checks practice that repeats, and with no regulator to answer to and a medium appetite nothing asks for it before then: {dimension, select, standards {standards and methodology are} other {performance tracking and reporting is}} at {score, number, 2}, below the level {minimum} it checks. The office builds that practice first, and settles the competition for people through prioritisation and capacity, not through control.',
  'fit.contentionSettledByPrioritisation':
    'competition for people is settled by a prioritisation forum with decision rights, which this office runs; before the practice a control tower checks exists, it argues for no more control',
  'fit.pushHoldsOwnGates':
    'an urgent push holds its own gates, baselines and go/no-go from the first day; it does not wait for standing practice to be reported first',
  'plan.firstValue.now':
    '{count, plural, one {Start the next step now: it needs nobody new and waits for no purchase or signature.} other {Start the next # steps now: they need nobody new and wait for no purchase or signature.}}',
  'plan.firstValue.officeStarts':
    '{count, plural, one {The office in place starts the next service now with the people it has, while the rest is set up.} other {The office in place starts the next # services now with the people it has, while the rest is set up.}}',
  'plan.push.successorDecision':
    'By month {month}, decide whether a lasting portfolio function takes over when the push ends, judged on the projects you expect to run after it: the push’s own projects and workstreams end with it and never call for one. If one is needed, name who leads it and which of your own staff take over the registers and the decision log; if not, close the office with the push and keep its lessons for the next one',
  'plan.push.handToLastingFunction':
    'If a lasting portfolio function was decided on, hand it the registers, the decision log and the steering rhythm, run by your own staff, and close only the push’s own office; if not, close the office and release the people it took on',
  'plan.push.releaseToSuccessor':
    'Release the outside staff as their work ends: the mixed team stays to the end, and, if a lasting portfolio function was decided on, the own staff named for it take the registers, the decision log and what was learned over from them',
  'warning.managersStretchedOrders':
    '{spend, number} a year of customer orders for {projectManagers, plural, one {one project manager} other {# project managers}}: about {perManager} million each, more than a project manager {expertise, plural, =1 {even an experienced one} other {still building experience}} usually carries (about {limit} million a year). A contractor’s managers often run their orders with site and commercial staff beside them, so this can be normal; the question is whether each large order has someone keeping its cost to complete, variations and claims, and whether that person has the time. No hire follows from the order value alone.',
  'office.effort.people':
    '{perUnit, number, 2} h a week per person scheduled × {units} people = {hours} h a week',
  'office.source.scheduling':
    'Our judgement: about 0.2 hours a week for each person scheduled across client orders (one resource manager for about 190 people), where the firm sells its people’s time, people are fought over and at least half the stakeholders ask for allocation; at most 20 people per order are counted, the rest staying with their order for its life.',
  'office.effort.unitOffices':
    '{perUnit, number, 2} h a week for each office the hub ties together × {units} offices, which the {all} units share = {hours} h a week',
  'office.reason.mostAsked':
    'Asked for by {share} % of the stakeholders: never smaller than the office’s median service, whatever its driver alone would give it.',
  'office.reason.consolidated':
    'Every practice behind it already stands at {level, number} or above: the office consolidates and reviews what the organisation does (about {percent} % of the full effort), rather than running it on every project.',
  'warning.returnsBelowCostOwner':
    'The returns that can be priced do not cover the office’s cost: the case rests on what cannot be priced (decisions, assurance, fewer surprises). Say so to whoever approves the spend.',
  'office.effort.held': '{line}: {percent} % of what its basis gives, {reasons}',
  'office.held.form': 'in its lighter form (see why it is chosen)',
  'office.held.scale': 'scaled to the size and number of the projects',
  'office.held.ceiling': 'held by the limit on the office’s size (see the staffing)',
  'shape.reason.portfolioCustomers':
    'Shape: a delivery office for the orders the organisation carries out for its clients.',
  'shape.reason.portfolioBoth':
    'Shape: one office for the orders carried out for clients and the organisation’s own change.',
  'office.reason.consolidatedFinance':
    'The finance function it rests on already stands at {level, number} or above: the office consolidates and reviews the cost to complete the orders’ own staff keep (about {percent} % of the full effort), rather than keeping it on every order.',
  'warning.hoursAboveStaffingInPlace':
    'The services listed come to {hours, number} hours a week, about {fte, number} FTE at the norms a new office is sized by, while the office is staffed at {min, number}–{max, number} FTE: the office in place is taken at what its people deliver today, not at those norms (see the staffing basis). The hours show the work the services cover, not people to add.',
  'warning.hoursAboveStaffing':
    'The services listed come to {hours, number} hours a week, about {fte, number} FTE, while the office is staffed at {min, number}–{max, number} FTE: the staffing basis gives the limit that holds it. The hours show the work the services cover, not people to add.',
  'warning.returnsBelowWholeCost':
    'The returns priced here are only the gain over the office in place, and they fall short of the office’s whole yearly cost: what the office returns today is not priced. Weigh its whole cost against what it delivers today as well as the gain shown, and say so to whoever approves the spend.',
} as const;

export type OfficeKey = keyof typeof OFFICE_EN;
