import type { PmoModelId } from '../contract/result';

export interface PmoModelProfile {
  id: PmoModelId;
  name: string;
  /** The supportive / controlling / directive equivalent. */
  control: 'supportive' | 'controlling' | 'directive';
  /** The organisational maturity level the model needs to take hold. */
  requiredLevel: 1 | 2 | 3;
  does: string;
  services: readonly string[];
  staffing: string;
  timeToValue: string;
  prerequisites: readonly string[];
  risks: readonly string[];
  /** Capabilities the model rests on: a dimension and the level it must reach. */
  requires: readonly { dimension: string; level: 1 | 2 | 3 | 4 | 5 }[];
  /** Dimensions its services run; all at level 3 or more with sufficient evidence means the step is in use. */
  delivers: readonly string[];
}

/** The three PMO set-ups, least controlling first. Order matters: it breaks ties toward less control. */
export const PMO_MODELS: readonly PmoModelProfile[] = [
  {
    id: 'weather-station',
    name: 'Weather station',
    control: 'supportive',
    requiredLevel: 1,
    does: 'Collects status from every project, consolidates it and reports to management, without telling projects how to work.',
    services: ['Consolidated status reporting', 'One trusted source of project data'],
    staffing: 'One to two people for up to about 30 projects.',
    timeToValue: 'First consolidated portfolio report within 6\u20138 weeks.',
    prerequisites: ['Projects agree to report status on a fixed rhythm'],
    risks: ['Seen as paperwork if reports lead to no decisions', 'No power to fix the problems it reveals'],
    requires: [],
    delivers: ['reporting'],
  },
  {
    id: 'control-tower',
    name: 'Control tower',
    control: 'controlling',
    requiredLevel: 2,
    does: 'Everything a weather station does, and it sets the methodology, templates and processes, and supports and checks the project managers.',
    services: [
      'Everything a weather station offers',
      'Common methodology and templates',
      'Coaching and reviews of project managers',
      'Compliance checks',
    ],
    staffing: 'Two to five people, with methodology and coaching skills.',
    timeToValue: 'Common standards used on pilot projects within 3\u20134 months.',
    prerequisites: [
      'Some repeatable practice to build standards from',
      'Project managers willing to be coached and reviewed',
    ],
    risks: [
      'Bureaucracy if standards are not tailored to project size',
      'Resistance from experienced project managers',
    ],
    requires: [
      { dimension: 'reporting', level: 2 },
      { dimension: 'standards', level: 2 },
    ],
    delivers: ['standards', 'lifecycle'],
  },
  {
    id: 'resource-source',
    name: 'Resource source',
    control: 'directive',
    requiredLevel: 3,
    does: 'Everything a control tower does, and it selects and prioritises the portfolio, authorises projects, allocates shared people and budget, and monitors and audits delivery.',
    services: [
      'Everything a control tower offers',
      'Portfolio selection and prioritisation',
      'Project authorisation',
      'Allocation of shared people and budget',
      'Audits',
    ],
    staffing: 'Five or more people, including portfolio and resource managers, with an executive mandate.',
    timeToValue: 'First portfolio prioritisation within 4\u20136 months; full effect after a year.',
    prerequisites: [
      'An executive mandate to decide over projects and resources',
      'A defined, shared methodology',
      'Reliable data on projects and capacity',
    ],
    risks: [
      'Rejected if imposed on a culture wary of central control',
      'Fails without reliable portfolio and capacity data',
    ],
    requires: [
      { dimension: 'standards', level: 3 },
      { dimension: 'reporting', level: 3 },
      { dimension: 'portfolio', level: 2 },
      { dimension: 'resources', level: 2 },
    ],
    delivers: ['portfolio', 'resources'],
  },
];

export const modelProfile = (id: PmoModelId): PmoModelProfile => {
  const profile = PMO_MODELS.find((m) => m.id === id);
  if (!profile) throw new Error(`unknown PMO model ${id}`);
  return profile;
};

export const modelRank = (id: PmoModelId): number => PMO_MODELS.findIndex((m) => m.id === id);
