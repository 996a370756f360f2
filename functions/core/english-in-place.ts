/**
 * What the engine says about an office in place, in English (the source;
 * functions/i18n/engine/in-place.ts translates it): whether it works as its users see it, the part
 * of an oversized office pending its health check, and an office that grows. Spread into the
 * engine's catalogue (english.ts).
 */
export const EN_IN_PLACE = {
  'inPlace.action.resetSeen':
    'Those who answered rate what the {model} in place produces two levels apart, so it is judged as most of them see it: its own services then score {score, number, 2}, below {limit, number, 2}. It is not working as set up; reset it.',
  'inPlace.action.resetSplit':
    'Those who answered rate what the {model} in place produces two levels apart ({dimensions}): most of them below level {limit}, a few two levels higher, which is most often the office’s own view. An office that does not see how its users experience it is not working: reset it around what they need, and take the gap as the first finding of the health check.',
  'inPlace.action.resetOutcomes':
    'The {model} in place has held decisions over the projects, yet what they are for (the portfolio, benefits and the people it serves) stays at {outcomes, number, 2}, below level {limit}: it is not working as set up, whatever its reports show. Reset it, on what it delivers rather than on its size.',
  'inPlace.action.resetCore':
    'The {model} in place fails at the core job of its degree of control: most answers put at level 1 what it exists to make happen, {job}. Whatever its averages show, it is not working as set up: reset it around what it exists for, sized by the services that needs, and say plainly what it fails at.',
  'inPlace.action.evolveWeak':
    'The {model} in place fits, but it is not shown to work: those who answered rate what it produces itself ({dimensions}) below {limit, number, 1}, on sufficient evidence. Evolve it, pending the health check: its model and its people stay, the health check shows which of its work is used, and what is not, such as reports nobody reads or asked for, gives way to the services it lacks.',
  'inPlace.action.evolveCore':
    'The {model} in place fits, but not all of its core job happens: some of those who answered put at level 1 part of what it exists to make happen, {job}. That is not an office to keep as it is, nor one to reset: evolve it, its model and people kept, and mend that part first.',
  'inPlace.core.weather-station':
    'that management learns how projects are doing, from one trusted source, and that a problem a report shows leads somewhere',
  'inPlace.core.control-tower':
    'that a skipped rule is noticed, a stuck problem reaches a decision, and a problem a report shows is acted on',
  'inPlace.core.resource-source':
    'that clashes over priority and over people are settled by its decisions, and people assigned by them',
  'inPlace.action.keepWorks':
    'Keep the {model} in place: what it produces already works, at defined practice or better, so its own team takes on {services} as it runs, with a plan of improvements instead of a new charter and a change programme.',
  'inPlace.staffing.pending':
    'Target: about {fte} FTE, what the services here need, within the range shown. The office in place has {existing} FTE: its other {pending} FTE stay in it, pending a health check with a team assessment that confirms the target, and cost about {amount, number} {currency} a year until then. Nobody moves before that check, and HR is consulted on redeployment before anything is announced.',
  'inPlace.staffing.pendingKept':
    'Target: about {fte} FTE, within the range shown. Its services here need about {need} FTE; the other {kept} FTE are kept for now, since an office is not cut for its size alone before a health check has shown how much of its work is used. The office in place has {existing} FTE: its other {pending} FTE stay in it, pending a health check with a team assessment, and cost about {amount, number} {currency} a year until then. Nobody moves before that check, and HR is consulted on redeployment before anything is announced.',
  'inPlace.staffing.pendingTransition':
    'Target: about {fte} FTE, within the range shown. Its services here need about {need} FTE; the other {kept} FTE are staff of the office in place re-tasked while the new mandate lands, who leave by the end of its first year. The office in place has {existing} FTE: its other {pending} FTE stay in it, pending a health check with a team assessment that confirms the target, and cost about {amount, number} {currency} a year until then. Nobody moves before that check, and HR is consulted on redeployment before anything is announced.',
  'inPlace.staffing.grow':
    'The office grows from the {existing} FTE in place to about {fte} FTE ({min}–{max}): {difference} FTE more, because its services here need more than it has. The plan brings them in, moved from inside or hired, once the health check has confirmed the work waiting for them.',
  'inPlace.plan.redeployPending':
    'Consult HR before anything is announced about the {pending} FTE of the office in place beyond the target of about {fte} FTE: once the health check has confirmed the target, agree with HR and the people concerned where they can go (project, analyst or line roles), and move them in steps',
  'inPlace.plan.poolCheck':
    'Establish first how many of the {existing} FTE in place are project managers the office pools and how many are its own staff: this plan takes {pooled} as pooled managers, who go back to the line as project leads; correct the figures below if the count differs',
  'inPlace.plan.grow':
    'Bring the office from {existing} to about {fte} FTE once the health check has confirmed the work waiting: move in or hire the {difference} FTE more, people from inside the organisation first, each when the service they work on starts',
  'inPlace.closed.released':
    'Closing the {model} in place leaves one part-time coordination role of about {role} FTE, about {roleCost, number} {currency} a year at the internal rate. The other {released} FTE of its {existing} FTE are released to delivery or line roles, as agreed with HR before anything is announced: a saving of about {saving, number} {currency} a year.',
  'inPlace.closed.none':
    'Closing the {model} in place leaves one part-time coordination role of about {role} FTE, about {roleCost, number} {currency} a year at the internal rate; its {existing} FTE fit within that role, so nobody is released.',
  'inPlace.closed.unknown':
    'Closing the {model} in place leaves one part-time coordination role of about {role} FTE, about {roleCost, number} {currency} a year at the internal rate. Its other people are released to delivery or line roles, as agreed with HR before anything is announced; each full-time person released saves about {perFte, number} {currency} a year.',
  'inPlace.plan.closedHr':
    'Consult HR before anything is announced: agree with HR and each person of the office who does not stay in the coordination role where they go (project, analyst or line roles)',
  'risk.closedBuilt.risk':
    'What the office built (its registers, templates and status rhythm) lapses once its people have gone, and projects lose their common picture.',
  'risk.closedBuilt.mitigation':
    'Before anyone moves, hand the registers and templates to the coordination role and name who runs the status round from then on.',
  'risk.closedPeople.risk':
    "The office's head and staff read the closure as a verdict on their work, resist it or leave with what they know.",
  'risk.closedPeople.mitigation':
    'Tell them first, with HR: why the need is below an office and where each of them goes; have them write down what they know before they move.',
  'inPlace.closed.releasedThin':
    'Closing the {model} in place leaves one part-time coordination role of about {role} FTE, about {roleCost, number} {currency} a year at the internal rate. The other {released} FTE of its {existing} FTE are to be released to delivery or line roles, a saving of about {saving, number} {currency} a year, once a health check with a team assessment has confirmed the closure; nobody moves before, and HR is consulted before anything is announced.',
  'inPlace.closed.unknownThin':
    'Closing the {model} in place leaves one part-time coordination role of about {role} FTE, about {roleCost, number} {currency} a year at the internal rate. Its other people are to be released to delivery or line roles once a health check with a team assessment has confirmed the closure; nobody moves before, and HR is consulted before anything is announced. Each full-time person released saves about {perFte, number} {currency} a year.',
  'inPlace.plan.closedHrThin':
    'Consult HR before anything is announced, once the health check has confirmed the target (the closure, and the coordination role that stays): agree with HR and each person of the office who does not stay in that role where they go (project, analyst or line roles)',
  'inPlace.action.evolveDivided':
    'What the existing {model} produces reads as failing, but the respondents’ views of it are divided on most of its own dimensions: the figures may describe two groups that use it differently (or not yet at all), not an office that fails. It is not reset on that: it evolves, keeps its people, and a confirming assessment with the groups it serves settles whether it works.',
  'inPlace.staffing.resetHeld':
    'Its new services are priced at about {services} FTE, above the {existing} FTE in place. A reset holds the office at its size while the refocused services show they are used: it grows toward that size only in a later step, once the health check finds them used and the work waiting.',
  'inPlace.staffing.heldMature':
    'Its services here are priced at about {services} FTE against the {existing} FTE in place, but what the office produces scores well: a norm alone cannot say it is oversized, and part of such an office often works on the projects themselves (charged to them or seconded). It keeps its people; a health check with a team assessment that tells its central staff from those working on the projects settles any question of size.',
  'inPlace.staffing.heldDivided':
    'Its services here are priced at about {services} FTE against the {existing} FTE in place. The respondents’ views of what it produces are divided, so the evidence does not carry a cut: it keeps its people until a confirming assessment with the groups it serves shows what its work takes.',
} as const;
