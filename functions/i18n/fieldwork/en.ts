/**
 * The fieldwork kit's own words in English: the page, the workshop agenda's frame and the names it
 * uses. The dimensions' entries are in the per-edition files beside this one.
 */
export const FIELDWORK_EN = {
  'kit.title': 'Fieldwork kit',
  'kit.pageTitle': 'Fieldwork kit: {client}',
  'kit.eyebrow': 'Validating the survey',
  'kit.intro':
    'The survey says how people see today’s practice. Before a level goes into the report, check it the way an appraisal does: interview people in each role, read the documents that would show the practice, and calibrate the divergent dimensions together in a workshop. A level counts only when the evidence corroborates it.',
  'kit.edition': 'Questionnaire edition {edition}',
  'kit.back': 'Back to the report',
  'kit.print': 'Print the kit',
  'kit.loading': 'Preparing the fieldwork kit…',
  'kit.cannotLoad': 'The fieldwork kit could not be prepared.',
  'kit.retry': 'Try again',
  'kit.contents': 'Contents',
  'kit.confidential': 'Working document',
  'kit.open': 'Fieldwork kit',

  'kit.workbook': 'Download as a workbook',
  'kit.preparingWorkbook': 'Preparing the workbook…',
  'kit.pageLabel': 'Page {page} of {pages}',
  'sheet.agenda': 'Workshop agenda',
  'sheet.guide': 'Interview guide',
  'sheet.evidence': 'Evidence by level',
  'col.item': 'Item',
  'col.minutes': 'Minutes',
  'col.why': 'Why it is on the agenda',
  'col.dimension': 'Dimension',
  'col.role': 'Role interviewed',
  'col.question': 'Question',
  'col.answer': 'What was heard',
  'col.level': 'Level',
  'col.listen': 'What to listen for',
  'col.evidence': 'Evidence that shows it',
  'col.received': 'Received',
  'col.notes': 'Notes',

  'agenda.title': 'Calibration workshop agenda',
  'agenda.intro':
    'The dimensions where this assessment’s published figures diverge: respondents far apart, or role groups that see the same practice differently. The room agrees a level on the evidence, not on the average.',
  'agenda.privacy':
    'Every figure below is one the results already publish, each for at least {k} people. Nobody is asked how they answered, and no role group is asked to defend its score: ask what each one sees.',
  'agenda.noFigures':
    'No figures are published yet: the agenda follows once the first {k} responses are in. The interview guide and the document list below do not need to wait.',
  'agenda.none':
    'No published figure diverges enough to need calibrating. Use the workshop to confirm the levels against the documents received.',
  'agenda.opening': 'Opening',
  'agenda.openingText':
    'Purpose of the session, the five-level scale, the ground rules: figures are group figures, everyone speaks for what they see in their own work, a level needs evidence.',
  'agenda.closing': 'Closing',
  'agenda.closingText':
    'Read back each agreed level with its evidence; list the evidence still missing, with an owner and a date; note the dimensions left for another session.',
  'agenda.minutes': '{n} min',
  'agenda.total': 'About {n} minutes in all',
  'agenda.why': 'Why it is on the agenda',
  'agenda.spread':
    'Respondents are far apart: their scores spread by {spread, number, 2} across {raters} people ({consensus}).',
  'agenda.consensus.weak': 'weak consensus',
  'agenda.consensus.moderate': 'moderate consensus',
  'agenda.gap':
    'Rated {higherScore, number, 1} by {higher} and {lowerScore, number, 1} by {lower}: {gap, number, 1} points apart.',
  'agenda.calibrate':
    'Published score {score, number, 1}. Ask the room whether practice on most projects matches level {low} or level {high}:',
  'agenda.bring': 'Have in the room',
  'agenda.reserve': 'Also divergent, for another session',
  'agenda.aligned':
    '{n, plural, =0 {Every other published dimension diverges too.} one {One other published dimension shows no divergence.} other {# other published dimensions show no divergence.}}',

  'guide.title': 'Interview guide',
  'guide.intro':
    'Thirty to forty-five minutes per person, one role at a time. Ask for examples from the last few months and for the document that shows them; note what you hear against the levels, not against the survey’s figure.',
  'guide.ask': 'Questions by role',
  'guide.listen': 'What to listen for',

  'documents.title': 'Document request list',
  'documents.intro':
    'Ask for these before the interviews. Each line names what would show a level; a level is corroborated when the document exists and is in use on most projects, not when a template sits on a shared drive.',
  'documents.level': 'Level',
  'documents.evidence': 'Evidence that shows it',
  'documents.received': 'Received',

  'source.other-edition': 'Taken from the kit of another edition for this dimension.',
  'source.english': 'Not translated yet: shown in English.',
  'source.questionnaire':
    'No tailored kit for this dimension yet: the questions and levels are the questionnaire’s own.',

  'level.1': 'Initial',
  'level.2': 'Repeatable',
  'level.3': 'Defined',
  'level.4': 'Managed',
  'level.5': 'Optimising',
  levelNumbered: 'Level {n}: {name}',

  'role.executive': 'Executive',
  'role.management': 'Manager',
  'role.project-manager': 'Project manager',
  'role.controller': 'Controller',
  'role.team-member': 'Team member',
  'role.other': 'Other stakeholder',

  'group.executive': 'executives',
  'group.management': 'managers',
  'group.project-manager': 'project managers',
  'group.controller': 'controllers',
  'group.team-member': 'team members',
  'group.other': 'other stakeholders',
  'group.pooled': 'the smaller groups, pooled',
} as const;

export type FieldworkKey = keyof typeof FIELDWORK_EN;
export type FieldworkTexts = Readonly<Record<FieldworkKey, string>>;
