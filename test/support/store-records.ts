import type { AssessmentRecord, StakeholderRecord } from '../../functions/store/records';

export const NOW = '2026-11-21T10:00:00.000Z';

/** An open assessment and one of its stakeholders, as the store keeps them. */
export const assessment: AssessmentRecord = {
  id: 'a1',
  orgId: 'acme',
  clientName: 'Client',
  context: {
    employees: 10,
    concurrentProjects: 3,
    projectManagers: 1,
    pmExpertise: 'basic',
    urgency: 'low',
    controlAppetite: 'low',
    resourceContention: 'low',
    horizon: 'lasting',
  },
  status: 'open',
  dueDate: null,
  baselineId: null,
  questionnaireVersion: '2026.1',
  minGroupSize: 3,
  createdBy: 'c@acme.test',
  createdAt: NOW,
  updatedAt: NOW,
  version: 1,
};

export const stakeholder: StakeholderRecord = {
  id: 's1',
  assessmentId: 'a1',
  orgId: 'acme',
  role: 'executive',
  name: null,
  email: 'x@client.test',
  pseudonym: 'S-ABC123',
  status: 'active',
  tokenHash: 'h1',
  answers: {},
  notes: {},
  expectations: [],
  version: 1,
  lastRequestId: null,
  createdAt: NOW,
  updatedAt: NOW,
  submittedAt: null,
  lastRemindedAt: null,
};
