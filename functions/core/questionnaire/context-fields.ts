/** How the context fields are asked; the values themselves are fixed by the contract. */
export interface ContextField {
  id: string;
  label: string;
  help: string;
  kind: 'integer' | 'number' | 'choice' | 'boolean';
  /** Optional fields may be left empty; the engine then uses the documented default. */
  optional?: boolean;
  min?: number;
  options?: { value: string; label: string }[];
}

const lmh = (low: string, medium: string, high: string) => [
  { value: 'low', label: low },
  { value: 'medium', label: medium },
  { value: 'high', label: high },
];

export const CONTEXT_FIELDS: readonly ContextField[] = [
  {
    id: 'employees',
    label: 'People in the organisation',
    help: 'Head count of the whole organisation.',
    kind: 'integer',
    min: 1,
  },
  {
    id: 'concurrentProjects',
    label: 'Projects running at the same time',
    help: 'Count every piece of work with its own goal, budget and end date.',
    kind: 'integer',
    min: 0,
  },
  {
    id: 'projectManagers',
    label: 'People who manage projects',
    help: 'Full-time or as a large part of their role.',
    kind: 'integer',
    min: 0,
  },
  {
    id: 'pmExpertise',
    label: 'In-house project-management expertise',
    help: 'Could your own people design and run shared project standards?',
    kind: 'choice',
    options: [
      { value: 'none', label: 'None: nobody has done this before' },
      { value: 'basic', label: 'Basic: some trained or experienced project managers' },
      { value: 'strong', label: 'Strong: people who have built such standards before' },
    ],
  },
  {
    id: 'urgency',
    label: 'Urgency',
    help: 'How soon must project delivery improve?',
    kind: 'choice',
    options: lmh(
      'Low: within a year or two',
      'Medium: within a few quarters',
      'High: within weeks, something is failing now',
    ),
  },
  {
    id: 'controlAppetite',
    label: 'Appetite for central control',
    help: 'How much say over projects would leadership give a central office, and would the culture accept it?',
    kind: 'choice',
    options: lmh(
      'Low: visibility only, projects keep their freedom',
      'Medium: common rules and checks are welcome',
      'High: a mandate to decide over projects and people',
    ),
  },
  {
    id: 'resourceContention',
    label: 'Competition for shared people and budget',
    help: 'Do projects fight over the same specialists or money?',
    kind: 'choice',
    options: lmh(
      'Low: projects rarely need the same people',
      'Medium: clashes happen now and then',
      'High: constant clashes and delays',
    ),
  },
  {
    id: 'horizon',
    label: 'How long is the need?',
    help: 'A temporary push (a programme, a merger) or a lasting way of working?',
    kind: 'choice',
    options: [
      { value: 'temporary', label: 'Temporary: for a programme or a period' },
      { value: 'lasting', label: 'Lasting: how we will work from now on' },
    ],
  },
  {
    id: 'annualProjectBudget',
    label: 'Yearly spend on projects (optional)',
    help: 'All project budgets added up, in your currency. Leave empty if unknown.',
    kind: 'number',
    optional: true,
    min: 0,
  },
  {
    id: 'existingPmo',
    label: 'PMO you run today (optional)',
    help: 'If a central project office already exists, what does it do?',
    kind: 'choice',
    optional: true,
    options: [
      { value: 'none', label: 'None' },
      { value: 'weather-station', label: 'Weather station: it collects status and reports' },
      { value: 'control-tower', label: 'Control tower: it also sets and checks standards' },
      { value: 'resource-source', label: 'Resource source: it also decides priorities and people' },
    ],
  },
  {
    id: 'regulated',
    label: 'Regulated projects (optional)',
    help: 'Do your projects answer to an outside regulator or auditor?',
    kind: 'boolean',
    optional: true,
  },
];
