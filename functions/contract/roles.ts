/** Stakeholder roles and their names: plain data (no zod), so the web can import it for free. */
export const STAKEHOLDER_ROLES = [
  'executive',
  'management',
  'project-manager',
  'controller',
  'team-member',
  'other',
] as const;
export type StakeholderRole = (typeof STAKEHOLDER_ROLES)[number];

/** One person in the role. */
export const ROLE_NAME: Record<StakeholderRole, string> = {
  executive: 'Executive',
  management: 'Manager',
  'project-manager': 'Project manager',
  controller: 'Controller',
  'team-member': 'Team member',
  other: 'Other stakeholder',
};

/** The role as a group in the analysis; "pooled" gathers groups too small to show alone. */
export const ROLE_GROUP_NAME: Record<StakeholderRole | 'pooled', string> = {
  executive: 'Executives',
  management: 'Management',
  'project-manager': 'Project managers',
  controller: 'Controllers',
  'team-member': 'Team members',
  other: 'Others',
  pooled: 'Smaller groups (pooled)',
};
