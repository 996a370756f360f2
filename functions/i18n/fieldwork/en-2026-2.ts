import type { KitDimensions } from '../../core/fieldwork/types';

/**
 * The fieldwork kit of edition 2026.2 in English, by dimension id: interview questions by role,
 * what an answer sounds like at each level, and the documents that would show each level. Edition
 * 2026.1 reads these too (its ten dimensions have the same ids and meaning).
 */
export const KIT_EN_2026_2: KitDimensions = {
  standards: {
    interview: {
      'project-manager': [
        'Walk me through how you started and planned your last project. Which steps did you take because the organisation expects them, and which because you chose to?',
        'When did you last depart from the standard way? Who agreed it, and where is that written down?',
      ],
      'team-member': [
        'If you moved to another project tomorrow, what would work the same way and what would you have to relearn?',
      ],
      management: ['How do you know whether the projects in your area follow the agreed way of working?'],
      executive: [
        'When two projects report "on track", how confident are you that they mean the same thing?',
      ],
    },
    listenFor: [
      '"Everyone has their own way"; the method is whatever the lead brings; no shared terms.',
      'Good practice travels between a few people or teams, by word of mouth; formats are copied from the last project.',
      'One described way, scaled by size, that most projects really use; people name the same steps and terms unprompted.',
      'Departures are asked for and recorded; someone checks use of the method and can say how many projects follow it.',
      'The method has a named owner and a change history; changes come from project reviews and users’ feedback.',
    ],
    documents: [
      'None expected. Ask for any two recent project plans: how different are they?',
      'Templates or checklists shared by some teams; examples of the same format reused on two or three projects.',
      'The method or playbook with its tailoring rules; plans, status reports and closure notes of several projects in the shared formats.',
      'A register of agreed departures; compliance or assurance results per project; the share of projects on the method.',
      'The method’s change log, with each change traced to a lessons-learned item, a review or user feedback.',
    ],
  },
  governance: {
    interview: {
      executive: [
        'Tell me about the last project that was stopped or reshaped. Who decided, when, and on what information?',
        'Which decisions about projects come to you, and which do you expect never to see?',
      ],
      management: [
        'How does a problem a project cannot solve reach the person who can decide? How long does that take?',
      ],
      controller: ['What does a project have to show before it gets its next tranche of money?'],
      'project-manager': [
        'Who is your sponsor, and when did you last ask them for a decision? What happened?',
      ],
    },
    listenFor: [
      'Projects start because someone senior wants them; nobody can say who decides; rules exist on paper only.',
      'Some large projects have a sponsor and a steering group; decisions depend on who is in the room.',
      'Defined decision points with criteria, used on most projects; roles (sponsor, lead, decider) are known and named.',
      'Gate decisions are recorded and followed up; breaches of agreed rules have consequences; escalation has time limits that are kept.',
      'The governance itself is reviewed: decision times and outcomes are measured and the rules are simplified where they add nothing.',
    ],
    documents: [
      'None expected. Ask how the last three projects were approved: is there anything in writing?',
      'Steering-group minutes for a few large projects; a sponsor named in some project charters.',
      'A governance framework with decision points and criteria; stage-gate or go/no-go minutes on most projects; RACI or terms of reference.',
      'A decision log with follow-up actions; audit or compliance reports on gate use; an escalation log with times to decision.',
      'A review of the governance itself (decision latency, gates skipped or merged) and the changes made to it.',
    ],
  },
  portfolio: {
    interview: {
      executive: [
        'If you had to cut a fifth of the projects tomorrow, how would you choose, and could you name them today?',
        'When was a project last refused or stopped because of strategy rather than money?',
      ],
      management: [
        'When two of your projects compete for the same people or budget, who settles it and how?',
      ],
      controller: [
        'Is there one list of all running projects with their budgets? Who keeps it, and how current is it?',
      ],
    },
    listenFor: [
      'Nobody can list all running projects; new work starts whenever someone can fund it.',
      'Lists exist per department or for the largest projects; priorities are settled by escalation or by the loudest voice.',
      'One register of all projects; new proposals are scored against agreed criteria linked to strategy; priorities are published.',
      'The portfolio is reviewed on a fixed cycle with data on progress, value and capacity; projects are stopped or re-planned as a result.',
      'The selection criteria and the portfolio mix are adjusted from what delivered projects actually returned.',
    ],
    documents: [
      'None expected. Ask for a list of running projects and compare it with what people named in interviews.',
      'Departmental project lists; an annual budget list of the largest projects.',
      'A portfolio register covering every project; scoring or selection criteria; a ranked list and the minutes that agreed it.',
      'Portfolio review minutes with stop, pause and re-plan decisions; a portfolio dashboard; records of projects refused.',
      'An analysis of past selection decisions against outcomes, and the criteria revised from it.',
    ],
  },
  resources: {
    interview: {
      management: [
        'Who is working on which project this week, and how did you find out?',
        'Tell me about the last time two projects needed the same person. How was it resolved?',
      ],
      'project-manager': [
        'How did you get the people on your current project, and how sure are you they will stay?',
      ],
      'team-member': ['How many projects are you on right now, and who decides what you work on first?'],
      executive: ['Before approving new projects, do you see whether there are people to run them?'],
    },
    listenFor: [
      'People are borrowed as needed; nobody knows the load across projects; overload is discovered late.',
      'Some managers keep spreadsheets of their own people; conflicts go up the line case by case.',
      'One view of who works on what; assignments follow an agreed request and approval; clashes are settled by portfolio priority.',
      'Demand is compared with capacity before projects are approved; utilisation and forecast accuracy are measured.',
      'Capacity planning is refined from actuals; the organisation deliberately leaves slack and adjusts its intake.',
    ],
    documents: [
      'None expected. Ask for the assignments of three people and see who can produce them.',
      'Team or departmental allocation spreadsheets; e-mails settling a resource clash.',
      'A resource plan or skills register across projects; resource requests and approvals; the rule for settling clashes.',
      'A capacity plan set against the pipeline; utilisation reports; minutes where demand versus capacity changed a decision.',
      'Forecast-versus-actual analyses and the changes made to planning assumptions or intake.',
    ],
  },
  reporting: {
    interview: {
      executive: [
        'Show me the last report you received on projects. What did you do differently because of it?',
        'When did a report last surprise you, and how late was the warning?',
      ],
      controller: [
        'Are schedule and cost measured against a baseline? Where do the figures come from, and who checks them?',
      ],
      'project-manager': ['How long does your status report take you each cycle, and does anyone act on it?'],
      management: ['When two reports on the same project disagree, which one do you trust, and why?'],
    },
    listenFor: [
      'Status is heard in corridors or at crises; there is no regular report.',
      'Some projects report regularly, each in its own format; colours are set by feel.',
      'One report format and cycle on most projects, with defined measures and criteria for the colours; baselines exist.',
      'Figures are consolidated from one source and checked; reports lead to recorded decisions; trends are tracked.',
      'The measures themselves are reviewed for whether they predict trouble; reports are simplified where nobody uses them.',
    ],
    documents: [
      'None expected. Ask for the most recent status of three projects and compare how each was produced.',
      'Status reports of a few projects, each in its own format.',
      'The reporting standard (format, cycle, colour criteria); consolidated reports; baselined plans on most projects.',
      'A portfolio dashboard fed from one source; decision logs that cite the reports; earned-value or trend analyses.',
      'A review of the measures (which predicted problems, which were dropped) and the changes to the reporting.',
    ],
  },
  'risk-control': {
    interview: {
      'project-manager': [
        'Show me the risks on your project. When was the list last changed, and what did you do about the top one?',
        'How was the last change to scope, time or budget agreed?',
      ],
      'team-member': ['When you spot a risk or a problem, where does it go, and do you hear back?'],
      controller: ['How do approved changes reach the budget and the forecast?'],
      executive: [
        'Which risks that cut across several projects do you know about today, and how did you learn of them?',
      ],
    },
    listenFor: [
      'Risks are talked about, not written down; problems are fought as they come; changes happen without approval.',
      'Some projects keep registers, often filled in at the start and not since; changes are agreed informally.',
      'Risk, issue and change logs are kept on most projects, with owners and actions; a change is approved before it is made.',
      'Registers are reviewed on a cycle, escalated by thresholds and consolidated across projects; change impact is assessed on cost and time.',
      'Risk practice is tuned from what materialised; cross-project risks shape the portfolio.',
    ],
    documents: [
      'None expected. Ask for any risk list and note its last update.',
      'Risk or issue registers on a few projects; e-mails agreeing changes.',
      'Risk, issue and change registers on most projects, with owners, dates and actions; the change request form and approvals.',
      'A consolidated risk view across projects with escalation thresholds; change impact assessments; review minutes.',
      'An analysis of risks that materialised against those foreseen, and the changes made to the practice.',
    ],
  },
  competencies: {
    interview: {
      'project-manager': [
        'How did you learn to run projects here? Who helped you the last time you were stuck?',
        'What would your next step be as a project lead, and who talks with you about it?',
      ],
      management: ['How do you choose who leads a project, and how do you judge how well they did?'],
      executive: [
        'Is leading projects a career here? What would a strong project lead become in five years?',
      ],
      'team-member': ['When a project ends, where does what it learned go, and have you ever used it?'],
    },
    listenFor: [
      'People learn by doing; project leads are whoever is available; help depends on personal contacts.',
      'Some training courses or informal mentors; experience is shared within a team.',
      'A defined role profile and a training path that most leads follow; coaching is available; lessons are shared in a known place.',
      'Skills are assessed against the profile; development plans exist; there is a career path with levels; use of lessons is checked.',
      'The curriculum is revised from project outcomes and assessments; a community of practice improves the craft.',
    ],
    documents: [
      'None expected. Ask how the last two project leads were chosen and prepared.',
      'Training records of a few people; names of informal mentors.',
      'A role profile or competency framework; a training catalogue with attendance; a coaching offer; a lessons library.',
      'Skills assessments; individual development plans; a career path with grades; reports on training and lessons use.',
      'Reviews of the curriculum against outcomes; the community of practice’s records and changes made from them.',
    ],
  },
  tools: {
    interview: {
      'project-manager': [
        'Show me where your plan, your risks and your documents live. How many tools is that?',
        'How often do you type the same figure into more than one place?',
      ],
      'team-member': [
        'If I asked you for the current version of the project’s scope, how long would it take to find?',
      ],
      controller: [
        'Where do the project figures you consolidate come from, and how much do you fix by hand?',
      ],
      management: ['Do the tools tell you something you could not learn by asking?'],
    },
    listenFor: [
      'Personal files and e-mail; each person keeps their own copy; the latest version is a question.',
      'Some shared spreadsheets or tools, chosen per team; data is re-keyed between them.',
      'Agreed tools that support the shared method on most projects; documents in one known place; naming rules.',
      'Data is entered once and flows to reports; the tools’ data is kept current and checked.',
      'The tools are improved from users’ feedback and usage data; automation removes manual steps.',
    ],
    documents: [
      'None expected. Ask where the current plan of three projects is kept.',
      'Team spreadsheets, a shared drive with some structure.',
      'The list of standard tools and what each is for; a document structure with naming rules; most projects present in them.',
      'Integrations or data flows to reporting; data-quality checks; usage figures for the tools.',
      'A tool roadmap driven by user feedback and usage; automated steps that replaced manual ones.',
    ],
  },
  lifecycle: {
    interview: {
      'project-manager': [
        'How did your last project start: what had to exist before work began?',
        'How did the last project you ran end? Was there a handover and a review?',
      ],
      'team-member': ['Have you taken part in a lessons-learned review? Did anything change because of it?'],
      management: ['How do you know a project is finished, rather than just stopped?'],
    },
    listenFor: [
      'Projects start with work and fade out; planning is a task list; closing is not a step.',
      'Larger projects have a kick-off and a plan; some end with a review.',
      'Defined phases with entry and exit criteria on most projects; formal closure with acceptance, handover and lessons.',
      'Phase exits are checked before moving on; closure is verified; lessons lead to actions that are tracked.',
      'The lifecycle is refined from closure reviews; phases are tuned to different kinds of projects.',
    ],
    documents: [
      'None expected. Ask for the closure record of a recently finished project.',
      'Kick-off slides or charters on a few projects; some lessons-learned notes.',
      'The lifecycle with phase criteria; charters and baselined plans; closure reports with acceptance and lessons on most projects.',
      'Phase-exit checklists signed off; a lessons log with actions and owners; closure audits.',
      'Revisions of the lifecycle traced to closure reviews; variants per project type.',
    ],
  },
  stakeholders: {
    interview: {
      'project-manager': [
        'Who does your project affect, and when did you first talk with them?',
        'How do you check that what you are delivering is still what they expect?',
      ],
      executive: ['What do you do as a sponsor in an ordinary month of a project?'],
      other: ['How did you hear about the project that affects you, and could you influence it?'],
      management: ['When a stakeholder complains late, how is it handled?'],
    },
    listenFor: [
      'Stakeholders hear about the project when it lands on them; the sponsor is a name.',
      'Key people are informed on large projects; communication depends on the lead’s style.',
      'Stakeholders are identified at the start; a communication plan is followed on most projects; expectations are agreed in writing.',
      'Engagement is checked (feedback, satisfaction); sponsors play an active, agreed role; concerns are tracked to closure.',
      'Engagement practice is improved from feedback; stakeholders help shape the portfolio.',
    ],
    documents: [
      'None expected. Ask who was told what about a recent project, and when.',
      'Distribution lists; minutes of a few sponsor meetings.',
      'Stakeholder maps or registers; communication plans; signed-off expectations or acceptance criteria on most projects.',
      'Stakeholder feedback or satisfaction results; a sponsor role description and records of sponsors’ decisions.',
      'Changes to engagement practice traced to feedback; stakeholders’ part in portfolio reviews.',
    ],
  },
  benefits: {
    interview: {
      executive: [
        'Pick a project that finished last year: what was it meant to bring, and did it?',
        'Has an expected benefit ever changed your decision during a project?',
      ],
      controller: ['Who measures benefits after a project closes, and against which baseline?'],
      management: ['Who owns a project’s benefits once the project team has gone?'],
      'project-manager': ['What benefit is your project expected to bring, and how will anyone know?'],
    },
    listenFor: [
      'Benefits are assumed; nobody could say what a project was meant to bring.',
      'Some business cases state benefits, in words rather than measures; nobody follows them up.',
      'Most projects state measurable benefits with an owner and a baseline; they are tracked after delivery.',
      'Benefits are reviewed at gates and after delivery; forecasts that drop change decisions; results are reported.',
      'Delivered benefits are compared with promises across the portfolio, and estimating and selection improve from it.',
    ],
    documents: [
      'None expected. Ask what a recently finished project was meant to deliver.',
      'Business cases of a few projects with stated benefits.',
      'Benefit profiles or registers with owners, measures and baselines; a benefits-realisation plan on most projects.',
      'Benefit reviews after delivery; gate minutes where benefit forecasts changed a decision; benefits reporting.',
      'A portfolio analysis of promised against delivered benefits, and the changes made to business-case rules.',
    ],
  },
  finance: {
    interview: {
      controller: [
        'How is a project’s budget set, and how is its spending compared with it?',
        'Can you give the total spent on projects last year, and how confident are you in it?',
      ],
      executive: ['Does a project need a business case to start? Tell me about one that was turned down.'],
      'project-manager': [
        'Do you know what your project has spent to date? Where does the figure come from?',
      ],
      management: ['What happens when a project is heading over budget?'],
    },
    listenFor: [
      'Budgets are guesses or the sum left over; actual costs are unknown until the year ends.',
      'Large projects have budgets and some cost tracking; business cases exist for a few.',
      'Most projects have an estimated budget, a business case and costs tracked against the budget on a cycle.',
      'Forecasts to completion are reviewed; variances trigger decisions; total project spend is known and steered.',
      'Estimating is improved from actuals; financial steering of the portfolio is reviewed and refined.',
    ],
    documents: [
      'None expected. Ask for the budget and actual cost of one recent project.',
      'Budgets of the largest projects; a few business cases.',
      'A business-case template in use; budgets with estimates; cost-versus-budget reports on most projects.',
      'Forecast-to-complete reports; variance decisions; a consolidated view of project spend.',
      'Estimate-versus-actual analyses feeding estimating rules; reviews of portfolio financial steering.',
    ],
  },
};
