/**
 * What the engine says about the office's structure and how it is built up, in English (the
 * source; functions/i18n/engine/structure.ts translates it): offices in the units, restructuring an
 * office in place, handing over what it did, and staffing a large office in waves. Spread into the
 * engine's catalogue (english.ts).
 */
export const EN_STRUCTURE = {
  'shape.reason.units-small':
    'Shape: one portfolio office for the {units} units. They run their own projects, but the work of each is too small to staff an office of its own; the central office serves them, with a contact person in each unit.',
  'shape.reason.hub-first':
    'Shape: a hub for the group first. The {units} units run enough projects to carry offices of their own, but one view of the group is too thin to build new offices inside them: the hub keeps the group’s one list and its common vocabulary, each unit names a contact, and offices in the units are the direction a team assessment with people from the units confirms, shown apart with their cost.',
  'shape.reason.cut-first':
    'Shape: one central portfolio office for now. The {units} units run their own projects, but the office in place is being cut: splitting it into the units at the same time would cut and move the same people in one step. The split is weighed again once the smaller office works.',
  'shape.reason.kept-structure':
    'Shape: the office in place as it is organised today. The {units} units run enough projects to carry offices of their own, but the office works and is kept: moving it into the units would be a reorganisation nothing here calls for. Weigh it at the office’s next review.',
  'shape.reason.kept-improved':
    'Shape: the office in place as it is organised today. The {units} units run enough projects to carry offices of their own, but what changes is the work the office does, not where it sits: it improves what it runs below the level it should reach where it is, and moving it into the units as well would be a reorganisation nothing here calls for. Weigh it at the office’s next review.',
  'shape.reason.kept-thin':
    'Shape: the office in place as it is organised today. The {units} units run enough projects to carry offices of their own, but one view of the organisation is too thin to move an office’s people into the units on: a team assessment with people from the units confirms whether to.',
  'shape.reason.kept-pool':
    'Shape: the office in place as it is organised today. Leadership renews the directive office’s mandate to allocate people across the {units} units, so the people it allocates stay pooled at the centre rather than moving into the units.',
  'structure.service.capacityInUnits':
    'A view across the units of the people they share (each unit allocates its own; clashes between units are shown and settled by the group)',
  'fit.blocker.directiveStepsDown':
    'The directive office in place hands the allocation of people to the {units} units, which lead their own projects, but the priorities and clashes between the units still need a centre that decides: it steps down one degree to a control tower, not straight to an office that only observes.',
  'fit.blocker.hubPractice':
    'The {units} units lead their own projects, and with no regulator to answer to and a medium appetite the centre controls only practice they share: {dimension, select, standards {standards and methodology are} other {performance tracking and reporting is}} at {score, number, 2}, below the level {minimum} a control tower checks. The centre builds the shared practice first, and control stays in the units.',
  'structure.action.restructure':
    'Restructure the {existing} in place: its degree of control stays, but it moves from the centre into the units: {fte, plural, =0 {its people} other {its # FTE}} become {hub, plural, =0 {a light group roll-up} other {a hub}} of about {centre} FTE and offices in the {units} units of about {perUnit} FTE each. People move, so it is run as a change, with the moves agreed before it is announced.',
  'structure.action.restructureModel':
    'Restructure the {existing} in place into a {model}: it takes a new degree of control and moves from the centre into the units: {fte, plural, =0 {its people} other {its # FTE}} become {hub, plural, =0 {a light group roll-up} other {a hub}} of about {centre} FTE and offices in the {units} units of about {perUnit} FTE each. People move, so it is run as a change, with the moves agreed before it is announced.',
  'structure.action.restructureHub':
    'Turn the {existing} in place into the group’s hub{changes, plural, =0 {, its degree of control unchanged} other { as a {model}}}: {fte, plural, =0 {its people stay} other {its # FTE stay}} at the centre, where the hub’s services need about {centre} FTE, and no one moves into the units. The {units} units open offices of their own of about {perUnit} FTE each, staffed and paid by each unit under the hub’s common standard, so it is run as a change agreed with the units’ heads before it is announced.',
  'structure.plan.wavesUnits':
    'Staff the office in waves: first {hub, plural, =0 {the group roll-up} other {the hub}} ({centre} FTE) and {firstUnits, plural, one {the office of the first of the {units} units} other {the offices of the first # of the {units} units}}, about {first} FTE in all; the other units’ offices (about {rest} FTE) follow one after another in the roll-out, so nobody is hired before their unit’s office opens',
  'structure.plan.wavesCore':
    'Staff the office in waves: first the lead and the people for the first services, about {first} FTE; the other {rest} FTE join as the services they run start, so nobody is hired before their work exists',
  'structure.plan.stages':
    'Staff the office by the push’s stages: a core of about {first} FTE (the lead and the controls of design and planning) from the start, the full team of about {total} FTE from the execution stage, and back to the core as the stages close',
  'structure.plan.restructure':
    'Restructure the office in place: of {fte, plural, =0 {its people} other {its # FTE}}, about {centre} FTE stay at {hub, plural, =0 {the group roll-up} other {the hub}} and the others move into the units’ offices, none smaller than {minimum} FTE (a named person with the time to do it). Agree with HR and the people concerned who moves where before it is announced; each unit is served from the centre, as today, until its office opens',
  'structure.plan.restructureGrows':
    'Restructure the office in place: no one leaves it; its {fte} FTE grow into {hub, plural, =0 {the group roll-up} other {the hub}} of about {centre} FTE and the units’ offices, none smaller than {minimum} FTE (a named person with the time to do it). Agree with the people in place which of them take up the first posts at {hub, plural, =0 {the roll-up} other {the hub}} and in the units before it is announced; each unit is served from the centre, as today, until its office opens',
  'structure.plan.restructureHub':
    'Turn the office in place into the hub: {fte, plural, =0 {its people stay} other {its # FTE stay}} at the centre, where the hub’s services need about {centre} FTE; none of them moves into the units. Agree with each unit’s head how the unit staffs and pays its own office, from its own people, under the common standard; each unit is served from the centre, as today, until its office opens',
  'structure.plan.handOverAllocation':
    'Hand the day-to-day allocation of people that the {existing} did to the line managers of the delivery teams from the first day of the change: the office keeps the capacity plan and shows clashes, and a clash between lines goes to the executive sponsor under a rule written into the charter',
  'structure.plan.openFirstUnits':
    'Open {hub, plural, =0 {the group roll-up} other {the hub}} and {firstUnits, plural, one {the office of the first unit} other {the offices of the first # units}}; the other units are served as today until theirs open',
  'structure.plan.openOtherUnits':
    '{later, plural, one {Open the office of the last unit once the first ones run} other {Open the offices of the other # units one after another, each once the one before runs}}{weeks, plural, =0 {} other {; allow about # weeks for each}}',
  'structure.plan.unitsAfterAssessment':
    'Open no office in the {units} units yet: run the team assessment with people from the units, find which already run an office, and decide the units’ offices on it; until then each unit’s contact serves it',
  'structure.plan.bringInRest': 'Bring in the other {rest} FTE as the services they run start',
  'structure.plan.earlyStages': 'Run the office with its core through the early stages',
  'structure.plan.earlyCore':
    'Run with the core team of about {first} FTE: the controls, cadence and first services of the early stages: planning, design and the approvals they need',
  'structure.plan.coreInPlace': 'Core team in place; the early stages’ plans and controls run',
  'structure.plan.executionApproved': 'Execution approved, with the full team planned',
  'structure.plan.earlyExit': 'The push enters execution, and the full team is in place for it.',
  'structure.plan.fullStrength':
    'Bring the team to full strength, about {total} FTE, for execution; release people back to the core as the stages close',
  // A rationale that names the regulator reads the regulated flag (round 31).
  'fit.blocker.controlPracticeRegulated':
    'A control tower checks practice that repeats. Your regulator asks for a trail of decisions and evidence, which the office keeps, not for a controlling office, and a medium appetite asks for none before then: {dimension, select, standards {standards and methodology are} other {performance tracking and reporting is}} at {score, number, 2}, below the level {minimum} it checks. The office builds that practice first, and settles the competition for people through prioritisation and capacity, not through control.',
  'fit.blocker.hubPracticeRegulated':
    'The {units} units lead their own projects. Your regulator asks for a trail of decisions and evidence, not for a controlling centre, and with a medium appetite the centre controls only practice they share: {dimension, select, standards {standards and methodology are} other {performance tracking and reporting is}} at {score, number, 2}, below the level {minimum} a control tower checks. The centre builds the shared practice first, and control stays in the units.',
  // An assumption that sets the office's size is said where a reader sees it (split-said.ts, round 31).
  'warning.ordersSplitAssumed':
    'Your projects serve both clients and your own change, and the split between them was not given: the office takes {percent} % of them as your own change (about {own} of the {projects} projects, and the same share of the spend) and the rest as client orders. The services for your own change and the controls of the orders are sized on that share; if the split is far from even, their size moves with it.',
  // A lean portfolio asked for stop decisions runs its intake as a go/stop gate (office/lean-gate.ts, round 31).
  'office.serviceGated.lean-portfolio':
    'Lean portfolio operations (funding, intake and flow) with a go/stop gate: stop criteria set at intake, the business decides at the end of each time box',
  'kpi.outcome.gate-decisions': 'Decisions at the gate',
  'kpi.outcome.gate-decisions.measure':
    'Share of initiatives stopped, continued or funded further when their time box ends, none left running past it: {target} % within {months} months.',
  // Views divided on some dimensions, not most: the plan names them (plan-assessment.ts, round 31).
  'plan.takeAssessmentExceptDivided':
    'Take this assessment as the current state, except on {dimensions}: there the respondents’ views differ by a level or more, so talk the difference through with them before the office relies on those levels; then name the weakest dimensions and the stakeholders to involve',
} as const;
