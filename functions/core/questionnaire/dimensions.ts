import type { Dimension } from './types';

/**
 * The maturity dimensions and their questions. Each question lists five observable
 * practices, from level 1 (nothing shared, it depends on the person) to level 5 (measured
 * and continuously improved). A respondent picks the one that is true today.
 */
export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'standards',
    name: 'Standards and methodology',
    summary: 'A shared way of running projects: method, templates, vocabulary.',
    quickWin: 'Agree a one-page project start template and a common status vocabulary.',
    questions: [
      {
        id: 'std-method',
        text: 'How are projects run from one team to the next?',
        levels: [
          'Each project manager works in their own way; nothing is written down.',
          'A few teams reuse what worked before, but informally.',
          'One documented method exists and most projects follow it.',
          'The method is followed everywhere and deviations are tracked and approved.',
          'The method is reviewed on evidence and improved every year.',
        ],
      },
      {
        id: 'std-templates',
        text: 'What templates do project managers use for plans, status and closure?',
        levels: [
          'None; every document starts from a blank page.',
          'Some templates circulate by e-mail and differ between teams.',
          'A maintained set of templates is published in one place.',
          'Templates are mandatory and their use is checked.',
          'Templates are refined from user feedback and project outcomes.',
        ],
      },
      {
        id: 'std-vocabulary',
        text: 'Do people mean the same thing by "milestone", "risk" or "done"?',
        levels: [
          'No; terms change from one project to the next.',
          'Some teams share terms, others do not.',
          'A glossary exists and is used in most project documents.',
          'Terms are consistent across all reports and tools.',
          'The shared language is taught to newcomers and refined as practice evolves.',
        ],
      },
      {
        id: 'std-tailoring',
        text: 'How is the approach adapted to small, large, agile or risky projects?',
        levels: [
          'There is no approach to adapt.',
          'Experienced managers adapt it by instinct.',
          'Documented guidance says how to scale the method by project type.',
          'Tailoring decisions are recorded and reviewed at project start.',
          'Tailoring rules are updated from the results of past projects.',
        ],
      },
    ],
  },
  {
    id: 'governance',
    name: 'Governance and compliance',
    summary: 'Who decides, on what evidence, and whether agreed rules are kept.',
    quickWin: 'Name a sponsor and a go/no-go gate for every running project.',
    questions: [
      {
        id: 'gov-decisions',
        text: 'How are go / no-go decisions made on projects?',
        levels: [
          'Projects start and continue without formal decisions.',
          'Large projects get a decision from a senior manager, case by case.',
          'Defined stage gates with named decision makers exist for all projects.',
          'Gate decisions rest on standard evidence and are recorded.',
          'Gate criteria are tuned from what past decisions got right or wrong.',
        ],
      },
      {
        id: 'gov-roles',
        text: 'Are sponsor, project manager and steering roles clear?',
        levels: [
          'Roles are unclear; people find out when problems arise.',
          'Roles are clear on some projects, usually the large ones.',
          'Role descriptions exist and every project names its sponsor.',
          'Role holders are held to their responsibilities and it is checked.',
          'Roles are reviewed and adjusted as the organisation learns.',
        ],
      },
      {
        id: 'gov-compliance',
        text: 'How is it checked that projects follow the agreed rules?',
        levels: [
          'It is not checked.',
          'Problems surface only when a project fails.',
          'Periodic reviews look at the larger projects.',
          'Regular audits cover all projects and findings are followed up.',
          'Audit results drive changes to the rules themselves.',
        ],
      },
      {
        id: 'gov-escalation',
        text: 'What happens when a project needs a decision beyond its authority?',
        levels: [
          'It waits, or someone goes around the hierarchy.',
          'Escalation works through personal contacts.',
          'A documented escalation path exists with response times.',
          'Escalations are tracked and resolved within agreed times.',
          'Escalation patterns are analysed to remove recurring causes.',
        ],
      },
    ],
  },
  {
    id: 'portfolio',
    name: 'Portfolio management and strategic alignment',
    summary: 'Choosing, prioritising and stopping projects in line with strategy.',
    quickWin: 'Make one list of every running and proposed project with its owner and strategic goal.',
    questions: [
      {
        id: 'pf-inventory',
        text: 'Is there a complete list of the projects under way?',
        levels: [
          'No; nobody knows exactly how many projects are running.',
          'Each department keeps its own partial list.',
          'One central list covers all projects and is kept up to date.',
          'The list carries cost, benefit and status data used in decisions.',
          'The list feeds regular portfolio reviews that rebalance investment.',
        ],
      },
      {
        id: 'pf-selection',
        text: 'How are new projects selected?',
        levels: [
          'Whoever asks loudest or first gets a project.',
          'Managers approve projects within their own budget.',
          'Proposals are compared with common criteria before approval.',
          'Selection scores link each project to strategic goals and capacity.',
          'Selection criteria are refined by comparing expected and delivered benefits.',
        ],
      },
      {
        id: 'pf-priority',
        text: 'When two projects compete, how is priority settled?',
        levels: [
          'It is not settled; both push ahead and collide.',
          'A senior person decides when the conflict becomes visible.',
          'A ranked priority list exists and is shared.',
          'Priorities are reviewed on a fixed cycle by a portfolio board.',
          'Priorities shift quickly on data when strategy or capacity changes.',
        ],
      },
      {
        id: 'pf-stop',
        text: 'Are projects that no longer pay off stopped?',
        levels: [
          'Projects are almost never stopped.',
          'Projects stop only after an obvious failure.',
          'Business cases are re-checked at major milestones.',
          'Projects are stopped or reshaped based on tracked benefits.',
          'Stopping early is seen as good practice and its savings are reported.',
        ],
      },
    ],
  },
  {
    id: 'resources',
    name: 'Resource management',
    summary: 'Knowing who works on what, and sharing scarce people across projects.',
    quickWin: 'Publish a simple monthly view of who is booked on which project.',
    questions: [
      {
        id: 'res-visibility',
        text: 'Can you see who is working on which project?',
        levels: [
          'No; only each person knows their own workload.',
          'Line managers know for their own teams.',
          'A shared overview of assignments exists across teams.',
          'Assignments and availability are tracked in one tool and kept current.',
          'Utilisation data is used to plan hiring and training.',
        ],
      },
      {
        id: 'res-allocation',
        text: 'How are people assigned to projects?',
        levels: [
          'Whoever is free or willing is pulled in.',
          'Managers negotiate people one project at a time.',
          'Assignments follow agreed priorities and a defined process.',
          'Capacity is planned ahead against the whole portfolio.',
          'Allocation is optimised on skills, priorities and forecast demand.',
        ],
      },
      {
        id: 'res-conflicts',
        text: 'What happens when two projects need the same person?',
        levels: [
          'The person juggles both and deadlines slip.',
          'The conflict is solved by the stronger manager.',
          'Conflicts are escalated through a known route.',
          'Conflicts are foreseen in capacity plans and settled before they hurt.',
          'Recurring bottlenecks are removed by deliberate skill development.',
        ],
      },
      {
        id: 'res-forecast',
        text: 'How far ahead is resource demand forecast?',
        levels: [
          'It is not forecast.',
          'A few weeks ahead for the largest projects.',
          'A quarter ahead for most projects.',
          'Demand and supply are compared for the year and gaps acted upon.',
          'Forecast accuracy is measured and the method improved.',
        ],
      },
    ],
  },
  {
    id: 'reporting',
    name: 'Performance tracking and reporting',
    summary: 'Reliable, consolidated project data for management decisions.',
    quickWin: 'Start a fortnightly one-line status (on track / at risk / late) for every project.',
    questions: [
      {
        id: 'rep-status',
        text: 'How does management learn the status of projects?',
        levels: [
          'By asking around, or when something goes wrong.',
          'Some project managers send reports, each in their own format.',
          'All projects report status in a common format on a regular cycle.',
          'Status is consolidated into one portfolio view that management uses.',
          'Reporting is largely automated and trends trigger early action.',
        ],
      },
      {
        id: 'rep-metrics',
        text: 'Which measures are tracked on projects?',
        levels: [
          'None consistently.',
          'Budget spent, on some projects.',
          'Schedule, cost and scope are tracked on all projects.',
          'Measures are compared against baselines and across projects.',
          'Measures are used to predict outcomes and improve estimates.',
        ],
      },
      {
        id: 'rep-truth',
        text: 'Is there one trusted source of project data?',
        levels: [
          'No; numbers differ depending on who you ask.',
          'Each department has its own figures.',
          'One agreed source exists, though it is often out of date.',
          'One source is current and trusted by management.',
          'The source is audited for quality and used for forecasting.',
        ],
      },
      {
        id: 'rep-benefits',
        text: 'Are the benefits of finished projects measured?',
        levels: [
          'No.',
          'Occasionally, when someone asks.',
          'Expected benefits are recorded at the start and checked at the end.',
          'Benefits are tracked after closure and reported to management.',
          'Benefit results feed back into project selection.',
        ],
      },
    ],
  },
  {
    id: 'risk-control',
    name: 'Risk, issue and change control',
    summary: 'Registers and routines that catch trouble early and control scope.',
    quickWin: 'Give every project a shared risk and issue register reviewed at each status meeting.',
    questions: [
      {
        id: 'rc-risks',
        text: 'How are project risks handled?',
        levels: [
          'Risks are dealt with when they happen.',
          'Experienced managers keep their own risk lists.',
          'Every project keeps a risk register with owners and responses.',
          'Risks are reviewed across projects and escalated by agreed thresholds.',
          'Risk data from past projects improves how new risks are assessed.',
        ],
      },
      {
        id: 'rc-issues',
        text: 'How are issues tracked to resolution?',
        levels: [
          'Issues live in e-mails and memories.',
          'Some projects keep an issue list.',
          'A standard issue log is used on all projects.',
          'Issue ageing is monitored and overdue issues are escalated.',
          'Root causes of frequent issues are analysed and removed.',
        ],
      },
      {
        id: 'rc-change',
        text: 'How are changes to scope, time or budget approved?',
        levels: [
          'Changes happen without anyone approving them.',
          'Large changes are discussed with the sponsor informally.',
          'A change request process with a change log exists.',
          'Every change is assessed for impact and approved at the right level.',
          'Change patterns are analysed to improve planning.',
        ],
      },
      {
        id: 'rc-cross',
        text: 'Are risks that affect several projects seen together?',
        levels: [
          'No; each project sees only its own risks.',
          'Sometimes, through informal conversations.',
          'Shared risks are collected in one place.',
          'Cross-project risks are managed by a named owner with a plan.',
          'The organisation anticipates systemic risks from portfolio data.',
        ],
      },
    ],
  },
  {
    id: 'competencies',
    name: 'Competencies, training and support',
    summary: 'Skilled project managers and someone to turn to for help.',
    quickWin: 'Pair each new project manager with an experienced peer for their first project.',
    questions: [
      {
        id: 'cmp-training',
        text: 'How do project managers learn the craft?',
        levels: [
          'On the job, by trial and error.',
          'Some attend external courses on their own initiative.',
          'A training path for project managers exists.',
          'Training is planned from assessed skill gaps.',
          'Training content is improved from project results and feedback.',
        ],
      },
      {
        id: 'cmp-support',
        text: 'Where does a project manager get help with a difficult project?',
        levels: [
          'Nowhere in particular.',
          'From a colleague they happen to know.',
          'From a known support contact or team.',
          'Coaching and reviews are offered proactively to projects at risk.',
          'Support is tailored from lessons across the whole portfolio.',
        ],
      },
      {
        id: 'cmp-career',
        text: 'Is project management a recognised role or career?',
        levels: [
          'No; managing projects is done on the side.',
          'The title exists, but without clear expectations.',
          'Role profiles and expected skills are defined.',
          'Career steps, assessment and certification are in place.',
          'The career model is reviewed against what the organisation needs.',
        ],
      },
      {
        id: 'cmp-knowledge',
        text: 'How is know-how shared between project managers?',
        levels: [
          'It is not shared.',
          'Through occasional informal exchanges.',
          'A regular community or meeting of project managers exists.',
          'Good practices are collected and made easy to find.',
          'Shared knowledge is curated and measurably reused.',
        ],
      },
    ],
  },
  {
    id: 'tools',
    name: 'Tools and information',
    summary: 'Shared tools that make the work and its data visible.',
    quickWin: 'Choose one shared place for project plans, registers and status.',
    questions: [
      {
        id: 'tl-planning',
        text: 'What tools are used to plan and schedule projects?',
        levels: [
          'Whatever each person prefers, often nothing.',
          'Spreadsheets, in different layouts.',
          'One standard planning tool for all projects.',
          'The tool is integrated with reporting and resource data.',
          'Tool use is reviewed and the set improved on evidence.',
        ],
      },
      {
        id: 'tl-documents',
        text: 'Where do project documents live?',
        levels: [
          'On personal drives and in mailboxes.',
          'In team folders, each organised differently.',
          'In one shared repository with a standard structure.',
          'Access, versions and retention are controlled.',
          'Content is searchable and reused across projects.',
        ],
      },
      {
        id: 'tl-integration',
        text: 'Do tools share data, or is it re-typed?',
        levels: [
          'Everything is re-typed by hand.',
          'A few exports are copied between tools.',
          'Key data flows between the main tools.',
          'Project, finance and resource data are linked automatically.',
          'Integration gaps are monitored and closed continuously.',
        ],
      },
      {
        id: 'tl-adoption',
        text: 'Do people actually use the agreed tools?',
        levels: [
          'There are no agreed tools.',
          'Use is patchy and depends on the individual.',
          'Most projects use the agreed tools.',
          'Use is universal and data quality is checked.',
          'Users help shape how the tools evolve.',
        ],
      },
    ],
  },
  {
    id: 'lifecycle',
    name: 'Project lifecycle discipline',
    summary: 'Clean starts, controlled execution, and proper closure with lessons learned.',
    quickWin: 'Hold a 30-minute lessons-learned review at the end of every project and publish it.',
    questions: [
      {
        id: 'lc-initiation',
        text: 'How does a project get started?',
        levels: [
          'Work simply begins.',
          'Larger projects write a short description first.',
          'Every project has a charter with goals, scope and sponsor.',
          'Charters are reviewed and approved against set criteria.',
          'Initiation practice is improved from what later went wrong.',
        ],
      },
      {
        id: 'lc-planning',
        text: 'How are projects planned?',
        levels: [
          'Little or no planning before execution.',
          'Plans exist for some projects, mostly as task lists.',
          'Every project has a plan covering scope, schedule, cost and quality.',
          'Plans are baselined and progress measured against them.',
          'Estimation improves from comparing plans with actual results.',
        ],
      },
      {
        id: 'lc-closure',
        text: 'How are projects closed?',
        levels: [
          'They fade out; nobody formally closes them.',
          'Some are closed with a final meeting.',
          'A closure checklist covers handover, acceptance and open items.',
          'Closure is confirmed by the sponsor and reported.',
          'Closure data is analysed across projects to improve delivery.',
        ],
      },
      {
        id: 'lc-lessons',
        text: 'What happens to lessons learned?',
        levels: [
          'They are not collected.',
          'They are discussed but not written down.',
          'They are recorded in a shared place.',
          'New projects must review relevant lessons at start.',
          'Lessons lead to tracked changes in the method.',
        ],
      },
    ],
  },
  {
    id: 'stakeholders',
    name: 'Stakeholder engagement',
    summary: 'Involving and informing the people a project affects.',
    quickWin: 'List each project\u2019s key stakeholders and agree how and how often they hear from it.',
    questions: [
      {
        id: 'sh-identify',
        text: 'Are the people affected by a project identified up front?',
        levels: [
          'No; they find out when the change reaches them.',
          'The obvious ones, on larger projects.',
          'A stakeholder list is drawn up for every project.',
          'Stakeholders are analysed for influence and interest and handled accordingly.',
          'Engagement approaches are refined from feedback.',
        ],
      },
      {
        id: 'sh-communication',
        text: 'How do projects communicate with their stakeholders?',
        levels: [
          'Only when asked.',
          'Ad hoc updates by the project manager.',
          'A communication plan sets audience, channel and rhythm.',
          'Communication is checked for effect and adjusted.',
          'Communication practice is shared and improved across projects.',
        ],
      },
      {
        id: 'sh-expectations',
        text: 'Are stakeholder expectations captured and managed?',
        levels: [
          'Expectations stay implicit until someone is disappointed.',
          'Key expectations are discussed at the start.',
          'Expectations are written down and agreed.',
          'Expectations are revisited at each phase and gaps resolved.',
          'Satisfaction is measured and used to improve delivery.',
        ],
      },
      {
        id: 'sh-sponsor',
        text: 'How engaged are sponsors during the project?',
        levels: [
          'Sponsors are absent after approval.',
          'Sponsors step in when there is a crisis.',
          'Sponsors attend scheduled steering meetings.',
          'Sponsors actively remove obstacles and track benefits.',
          'Sponsorship is coached and evaluated.',
        ],
      },
    ],
  },
];
