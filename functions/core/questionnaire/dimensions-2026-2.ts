import type { StakeholderRole } from '../../contract/roles';
import type { Dimension } from './types';

/** Who can answer from their own work. Short names keep the table below readable. */
const ALL: readonly StakeholderRole[] = [
  'executive',
  'management',
  'project-manager',
  'controller',
  'team-member',
  'other',
];
const LEAD: readonly StakeholderRole[] = ['executive', 'management', 'project-manager'];
const DELIVERY: readonly StakeholderRole[] = ['management', 'project-manager', 'team-member', 'other'];
const PM: readonly StakeholderRole[] = ['project-manager'];
const TEAM: readonly StakeholderRole[] = ['project-manager', 'team-member', 'other'];
const MONEY: readonly StakeholderRole[] = ['executive', 'management', 'project-manager', 'controller'];
const STEER: readonly StakeholderRole[] = ['executive', 'management', 'controller'];

/**
 * Edition 2026.2. Each question lists five observable practices, strictly ordered: each level
 * includes the one before. Level 3 always describes practice in use on most projects, not a
 * document that exists. Wording is neutral between plan-driven and agile delivery.
 */
export const DIMENSIONS_2026_2: readonly Dimension[] = [
  {
    id: 'standards',
    name: 'Standards and methodology',
    summary: 'A shared way of running projects, scaled to their size.',
    quickWin: 'Agree a one-page project start sheet and five shared terms.',
    questions: [
      {
        id: 'std-method',
        text: 'How do teams run their projects?',
        audience: DELIVERY,
        levels: [
          'Each lead works their own way.',
          'Some teams reuse what worked, informally.',
          'Most projects run the same agreed way.',
          'All do; departures are agreed and tracked.',
          'The way is improved from project results.',
        ],
      },
      {
        id: 'std-templates',
        text: 'How are plans, status updates and closure notes written?',
        audience: PM,
        levels: [
          'From a blank page each time.',
          'Some teams share their own formats.',
          'Most projects use the shared formats.',
          'All do, and use is checked.',
          'Formats are refined from user feedback.',
        ],
      },
      {
        id: 'std-vocabulary',
        text: 'When two projects say "done" or "at risk", do they mean the same?',
        audience: ALL,
        levels: [
          'No, it depends on who says it.',
          'Within some teams, yes.',
          'Yes on most projects; newcomers learn the terms.',
          'Yes everywhere, including in tools and reports.',
          'Terms are revised when they cause confusion.',
        ],
      },
      {
        id: 'std-tailoring',
        text: 'How is the way of working scaled to a project’s size and risk?',
        audience: PM,
        levels: [
          'It is not; there is no shared way.',
          'Experienced leads adapt by feel.',
          'Most projects pick a lighter or fuller route by agreed rules.',
          'The choice is recorded and reviewed at start.',
          'The rules change when results show a misfit.',
        ],
      },
    ],
  },
  {
    id: 'governance',
    name: 'Governance and compliance',
    summary: 'Who decides, on what evidence, and whether agreed rules are kept.',
    quickWin: 'Name a sponsor for every project and one point where they decide to continue.',
    questions: [
      {
        id: 'gov-decisions',
        text: 'How is it decided to start, continue or stop a project?',
        audience: STEER,
        levels: [
          'Projects start and run on without a decision.',
          'A senior manager decides on large ones, case by case.',
          'Most projects get agreed decision points with a named decider.',
          'Decisions use the same evidence and are recorded.',
          'Decision criteria are tuned from past outcomes.',
        ],
      },
      {
        id: 'gov-roles',
        text: 'Do people know who sponsors, who leads and who decides on a project?',
        audience: ALL,
        levels: [
          'No; it is unclear who decides.',
          'On large projects only.',
          'On most projects, and people act on it.',
          'On all projects; gaps are spotted and fixed.',
          'Roles are adjusted from project reviews.',
        ],
      },
      {
        id: 'gov-compliance',
        text: 'When a project skips an agreed rule, what happens?',
        audience: STEER,
        levels: [
          'Nobody notices; there are no shared rules.',
          'It is noticed when something goes wrong.',
          'Reviews on most projects spot it and it gets fixed.',
          'Every project is checked; repeat gaps are escalated.',
          'Rules that are often skipped are reworked.',
        ],
      },
      {
        id: 'gov-escalation',
        text: 'How do problems a project cannot solve reach a decision?',
        audience: DELIVERY,
        levels: [
          'By chance, often too late.',
          'Through personal contacts.',
          'Most projects use a known route with time limits.',
          'The route is used on all projects and tracked.',
          'The route is shortened where it was slow.',
        ],
      },
    ],
  },
  {
    id: 'portfolio',
    name: 'Portfolio management and strategic alignment',
    summary: 'Choosing, ranking and stopping projects by strategy.',
    quickWin: 'List every running project with its sponsor, goal and end date.',
    questions: [
      {
        id: 'pf-inventory',
        text: 'Can someone list all running projects today?',
        audience: STEER,
        levels: [
          'No such list exists.',
          'Partly, by asking around.',
          'Yes; the list is kept current and used in meetings.',
          'Yes, with cost, status and owner for each.',
          'The list drives regular portfolio reviews.',
        ],
      },
      {
        id: 'pf-selection',
        text: 'How are new projects chosen?',
        audience: STEER,
        levels: [
          'Whoever asks loudest gets one.',
          'Senior managers pick case by case.',
          'Most proposals are compared on the same criteria.',
          'All are, and the criteria link to strategy.',
          'Criteria are refined from delivered value.',
        ],
      },
      {
        id: 'pf-priority',
        text: 'When projects clash, how is priority settled?',
        audience: STEER,
        levels: [
          'It is not; everything is urgent.',
          'By escalation, case by case.',
          'An agreed ranking settles most clashes.',
          'The ranking is reviewed on a fixed rhythm.',
          'The ranking method improves from results.',
        ],
      },
      {
        id: 'pf-stop',
        text: 'Are projects that no longer pay off stopped?',
        audience: STEER,
        levels: [
          'Never; started means finished.',
          'Rarely, after visible failure.',
          'Yes, when a review shows it, on most projects.',
          'Yes, on agreed triggers for every project.',
          'Stop triggers are improved from experience.',
        ],
      },
    ],
  },
  {
    id: 'resources',
    name: 'Resource management',
    summary: 'Who works on what, and whether demand fits capacity.',
    quickWin: 'Keep one shared sheet of who works on which project this month.',
    questions: [
      {
        id: 'res-visibility',
        text: 'Can managers see who works on which project?',
        audience: ['management'],
        levels: [
          'No.',
          'Per team, not across teams.',
          'Yes, and most staffing talks use it.',
          'Yes, kept current for all projects.',
          'The view is improved as needs change.',
        ],
      },
      {
        id: 'res-allocation',
        text: 'How are people assigned to projects?',
        audience: DELIVERY,
        levels: [
          'Whoever is free or asked gets it.',
          'Line managers decide case by case.',
          'Most assignments follow an agreed process.',
          'All do, with skills and load considered.',
          'The process improves from results.',
        ],
      },
      {
        id: 'res-conflicts',
        text: 'When two projects need the same person, what happens?',
        audience: DELIVERY,
        levels: [
          'The person juggles both.',
          'Managers negotiate each time.',
          'A known rule settles most clashes.',
          'Clashes are foreseen and settled before they bite.',
          'Recurring clashes lead to changes in capacity.',
        ],
      },
      {
        id: 'res-forecast',
        text: 'Is the demand of planned projects compared with available people?',
        audience: ['executive', 'management', 'controller'],
        levels: [
          'No.',
          'For single projects, when staffing them.',
          'Yes, for most projects, before they start.',
          'Yes, for the whole portfolio, months ahead.',
          'Forecasts are checked against actuals and improved.',
        ],
      },
    ],
  },
  {
    id: 'reporting',
    name: 'Performance tracking and reporting',
    summary: 'Reliable status and measures that lead to decisions.',
    quickWin: 'Agree a five-line status update every project sends on the same day.',
    questions: [
      {
        id: 'rep-status',
        text: 'How does management learn how projects are doing?',
        audience: STEER,
        levels: [
          'When someone asks or something fails.',
          'Some projects report, each in its own way.',
          'Most projects report the same way on a rhythm.',
          'All do, checked for completeness.',
          'Reports are trimmed to what gets used.',
        ],
      },
      {
        id: 'rep-metrics',
        text: 'Are schedule, cost and scope tracked against a baseline?',
        audience: ['project-manager', 'controller'],
        levels: [
          'No.',
          'On some projects.',
          'On most projects, and deviations are discussed.',
          'On all, with agreed tolerances.',
          'Measures are refined from forecast accuracy.',
        ],
      },
      {
        id: 'rep-truth',
        text: 'When two reports on a project disagree, which wins?',
        audience: STEER,
        levels: [
          'Nobody knows; figures are rebuilt each time.',
          'The project lead’s own file.',
          'One agreed source, used by most reports.',
          'One source for all reports, reconciled regularly.',
          'The source is improved where errors occur.',
        ],
      },
      {
        id: 'rep-decisions',
        text: 'What happens after a report shows a problem?',
        audience: ['executive', 'management'],
        levels: [
          'Usually nothing.',
          'Someone reacts if it is serious.',
          'Most red flags get an owner and an action.',
          'All do, and actions are followed up.',
          'Thresholds for action are tuned from results.',
        ],
      },
    ],
  },
  {
    id: 'risk-control',
    name: 'Risk, issue and change control',
    summary: 'Handling uncertainty, problems and changes on purpose.',
    quickWin: 'Start a shared risk and issue list on the three largest projects.',
    questions: [
      {
        id: 'rc-risks',
        text: 'How are project risks handled?',
        audience: TEAM,
        levels: [
          'Dealt with when they happen.',
          'Some leads keep a list.',
          'Most projects review risks and act on them.',
          'All do, with owners and due dates.',
          'Risk handling improves from past projects.',
        ],
      },
      {
        id: 'rc-issues',
        text: 'How are open problems on a project tracked?',
        audience: TEAM,
        levels: [
          'In people’s heads or inboxes.',
          'In each lead’s own list.',
          'Most projects track them to closure.',
          'All do, with ageing watched.',
          'Causes of repeat problems are removed.',
        ],
      },
      {
        id: 'rc-change',
        text: 'How are changes to scope, time or budget agreed?',
        audience: ['management', 'project-manager', 'controller', 'team-member'],
        levels: [
          'They just happen.',
          'Large ones are agreed informally.',
          'Most go through an agreed decision with impact known.',
          'All do, and are recorded.',
          'The change route is tuned to its delays.',
        ],
      },
      {
        id: 'rc-cross',
        text: 'Are risks that affect several projects seen together?',
        audience: STEER,
        levels: [
          'No.',
          'When leads happen to talk.',
          'Yes; shared risks are reviewed and owned.',
          'Yes, on a rhythm, with portfolio actions.',
          'The review improves from what it missed.',
        ],
      },
    ],
  },
  {
    id: 'competencies',
    name: 'Competencies, training and support',
    summary: 'Skills, help and a future for people who run projects.',
    quickWin: 'Pair each new project lead with an experienced one.',
    questions: [
      {
        id: 'cmp-training',
        text: 'How do project leads learn the job?',
        audience: PM,
        levels: [
          'On their own.',
          'Some get courses by chance.',
          'Most get training and apply it on projects.',
          'All follow a path matched to their projects.',
          'Training changes with project results.',
        ],
      },
      {
        id: 'cmp-support',
        text: 'Where does a project lead get help with a hard problem?',
        audience: PM,
        levels: [
          'Nowhere in particular.',
          'From friendly colleagues.',
          'From known coaches, used by most leads.',
          'Coaching is offered to every lead.',
          'Support is adjusted to what leads ask for.',
        ],
      },
      {
        id: 'cmp-career',
        text: 'Is leading projects a recognised role with a way to grow?',
        audience: ['executive', 'management', 'project-manager'],
        levels: [
          'No; it is done on the side.',
          'Recognised, but without growth steps.',
          'Yes; most leads have a role and next steps.',
          'Yes, with skill levels linked to project size.',
          'The path is revised as needs change.',
        ],
      },
      {
        id: 'cmp-knowledge',
        text: 'Can a project reuse what others learned?',
        audience: TEAM,
        levels: [
          'No; lessons are lost.',
          'By asking around.',
          'Yes; most projects look up past lessons at start.',
          'Yes, and reuse is checked.',
          'Lessons change shared practice.',
        ],
      },
    ],
  },
  {
    id: 'tools',
    name: 'Tools and information',
    summary: 'Tools that support the shared way of working.',
    quickWin: 'Choose one shared place for project plans and status.',
    questions: [
      {
        id: 'tl-planning',
        text: 'What do projects use to plan and track work?',
        audience: TEAM,
        levels: [
          'Whatever each person likes.',
          'A few tools, differing by team.',
          'Most projects use the shared tool daily.',
          'All do, set up the same way.',
          'Tool set-up improves from user feedback.',
        ],
      },
      {
        id: 'tl-documents',
        text: 'Can people find a project’s current documents?',
        audience: ALL,
        levels: [
          'Rarely.',
          'If they know whom to ask.',
          'Yes, in one shared place, for most projects.',
          'Yes, for all, with clear versions.',
          'Storage is improved from search failures.',
        ],
      },
      {
        id: 'tl-integration',
        text: 'Is project data typed in once and reused, whatever the tools?',
        audience: ['project-manager', 'controller'],
        levels: [
          'No; the same data is retyped often.',
          'Some retyping is avoided by hand.',
          'Most data is entered once and reused.',
          'All core data flows without retyping.',
          'Remaining retyping is hunted down.',
        ],
      },
      {
        id: 'tl-adoption',
        text: 'Do people keep the shared tools up to date?',
        audience: TEAM,
        levels: [
          'There are no shared tools.',
          'A few enthusiasts do.',
          'Most do, without reminders.',
          'All do; gaps are spotted quickly.',
          'Tools evolve with how people work.',
        ],
      },
    ],
  },
  {
    id: 'lifecycle',
    name: 'Project lifecycle discipline',
    summary: 'Starting, planning and closing projects well.',
    quickWin: 'Close every finished project with a one-hour review.',
    questions: [
      {
        id: 'lc-initiation',
        text: 'How does a project start?',
        audience: TEAM,
        levels: [
          'Work just begins.',
          'Large projects get a kick-off.',
          'Most agree goal, scope and sponsor before work begins.',
          'All do, checked before work begins.',
          'Start-up is improved from project results.',
        ],
      },
      {
        id: 'lc-planning',
        text: 'How is a project planned?',
        audience: TEAM,
        levels: [
          'It is not, or only in someone’s head.',
          'Plans exist for some projects.',
          'Most projects plan and re-plan as they learn.',
          'All do, and plans are compared with actuals.',
          'Planning improves from estimate accuracy.',
        ],
      },
      {
        id: 'lc-closure',
        text: 'How does a project end?',
        audience: TEAM,
        levels: [
          'It fades out.',
          'Some are formally handed over.',
          'Most hand over results and release people.',
          'All close with acceptance by the sponsor.',
          'Closure is improved from feedback.',
        ],
      },
      {
        id: 'lc-lessons',
        text: 'Are lessons drawn at the end of projects?',
        audience: TEAM,
        levels: [
          'No.',
          'Sometimes, informally.',
          'Most projects hold a review and act on it.',
          'All do; actions are followed up.',
          'Lessons change the shared way of working.',
        ],
      },
    ],
  },
  {
    id: 'stakeholders',
    name: 'Stakeholder engagement',
    summary: 'Involving the people a project affects.',
    quickWin: 'List each project’s key stakeholders and what they expect.',
    questions: [
      {
        id: 'sh-identify',
        text: 'Are the people a project affects known early?',
        audience: TEAM,
        levels: [
          'No; they surface by surprise.',
          'The obvious ones.',
          'On most projects they are listed and involved at start.',
          'On all, with their influence weighed.',
          'Engagement improves from feedback.',
        ],
      },
      {
        id: 'sh-communication',
        text: 'How are stakeholders kept informed?',
        audience: ALL,
        levels: [
          'When they complain.',
          'Some projects send updates.',
          'Most projects inform them on an agreed rhythm.',
          'All do, matched to each audience.',
          'Communication improves from feedback.',
        ],
      },
      {
        id: 'sh-expectations',
        text: 'Are expectations agreed and checked?',
        audience: ['executive', 'management', 'project-manager', 'other'],
        levels: [
          'No.',
          'With the sponsor only.',
          'On most projects, with key stakeholders.',
          'On all, and rechecked at decision points.',
          'Checking improves from satisfaction results.',
        ],
      },
      {
        id: 'sh-sponsor',
        text: 'What does a project’s sponsor actually do?',
        audience: ['executive', 'management', 'project-manager'],
        levels: [
          'There is no sponsor.',
          'Signs off the start, then steps back.',
          'On most projects, decides and clears blockers.',
          'On all, steers actively at every decision point.',
          'Sponsors are coached from project reviews.',
        ],
      },
    ],
  },
  {
    id: 'benefits',
    name: 'Benefits realisation',
    summary: 'Whether projects deliver the value they promised.',
    quickWin: 'Write one measurable benefit and its owner for each running project.',
    questions: [
      {
        id: 'ben-define',
        text: 'Before a project starts, is its expected benefit stated?',
        audience: LEAD,
        levels: [
          'No.',
          'In general words.',
          'On most projects, measurably, with an owner.',
          'On all, with a baseline.',
          'Benefit estimates improve from results.',
        ],
      },
      {
        id: 'ben-track',
        text: 'Are benefits tracked after delivery?',
        audience: STEER,
        levels: [
          'No.',
          'Anecdotally.',
          'For most projects, by the benefit owner.',
          'For all, reported on a rhythm.',
          'Tracking is refined from what it missed.',
        ],
      },
      {
        id: 'ben-decide',
        text: 'Do expected benefits change decisions during a project?',
        audience: STEER,
        levels: [
          'Never.',
          'Only when a project fails badly.',
          'On most projects, at decision points.',
          'On all, with agreed thresholds.',
          'Thresholds improve from past decisions.',
        ],
      },
      {
        id: 'ben-learn',
        text: 'Are delivered benefits compared with what was promised?',
        audience: ['executive', 'management', 'controller'],
        levels: [
          'No.',
          'For a few large projects.',
          'For most projects; gaps are discussed.',
          'For all; gaps change the next business cases.',
          'The whole portfolio learns from the gaps.',
        ],
      },
    ],
  },
  {
    id: 'finance',
    name: 'Financial management',
    summary: 'Budgets, cost control and business cases.',
    quickWin: 'Give every project a budget line and a monthly cost check.',
    questions: [
      {
        id: 'fin-budget',
        text: 'How is a project’s budget set?',
        audience: MONEY,
        levels: [
          'It is not; costs are paid as they come.',
          'A rough figure for large projects.',
          'Most projects get a budget from an estimate.',
          'All do, with reserves agreed.',
          'Estimating improves from actual costs.',
        ],
      },
      {
        id: 'fin-actuals',
        text: 'Are project costs compared with the budget?',
        audience: ['project-manager', 'controller'],
        levels: [
          'No.',
          'At the end, if at all.',
          'Monthly, on most projects, with action on gaps.',
          'On all, with forecasts to completion.',
          'Cost control is refined from overruns.',
        ],
      },
      {
        id: 'fin-case',
        text: 'Does a project need a business case to start?',
        audience: ['executive', 'management', 'controller'],
        levels: [
          'No.',
          'For large ones, informally.',
          'Most start from a short, agreed case.',
          'All do; the case is revisited at decision points.',
          'Cases improve from delivered results.',
        ],
      },
      {
        id: 'fin-portfolio',
        text: 'Is the total spend on projects known and steered?',
        audience: ['executive', 'controller'],
        levels: [
          'Nobody knows the total.',
          'Once a year, roughly.',
          'Yes; the total is reviewed and shifted when needed.',
          'Yes, monthly, against the portfolio plan.',
          'Funding rules improve from results.',
        ],
      },
    ],
  },
];
