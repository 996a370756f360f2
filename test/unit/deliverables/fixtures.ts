import type { StakeholderRole } from '../../../functions/contract/answers';
import { QUESTIONNAIRE } from '../../../functions/core';
import type { Language } from '../../../functions/i18n/languages';
import { loadAllLanguages } from '../../../functions/i18n/load';
import { buildResults } from '../../../functions/services/results';
import type { AssessmentRecord, StakeholderRecord } from '../../../functions/store/records';
import type { DeliverableInput } from '../../../web/src/deliverables/input';
import { uniformAnswers } from '../core/fixtures';
import { ASSESSMENT } from '../fieldwork/fixtures';

// French and German are imported on demand (functions/i18n/load.ts); these tests read them.
await loadAllLanguages();

/** The same closed assessment the fieldwork kit's tests read. */
const assessment: AssessmentRecord = ASSESSMENT;

const stakeholder = (i: number, role: StakeholderRole, rating: number): StakeholderRecord => ({
  id: `s${i}`,
  assessmentId: 'a1',
  orgId: 'o1',
  role,
  name: `Person ${i}`,
  email: null,
  pseudonym: `S-${i}`,
  status: 'active',
  tokenHash: 'x',
  answers: uniformAnswers(rating, { resources: 1 }),
  notes: {},
  expectations: [],
  version: 1,
  lastRequestId: null,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  submittedAt: '2026-11-02T00:00:00Z',
  lastRemindedAt: null,
});

/** Invited, not (yet) answered. */
const waiting = (i: number): StakeholderRecord => ({
  ...stakeholder(i, 'team-member', 3),
  answers: {},
  submittedAt: null,
});

/**
 * A finished assessment with three executives and three project managers, in a language; preliminary
 * when eight more team members were invited and have not answered (6 of 14 is under half).
 */
export const deliverableInput = (
  options: { language?: Language; preliminary?: boolean } = {},
): DeliverableInput => {
  const people = [0, 1, 2]
    .map((i) => stakeholder(i, 'executive', 3))
    .concat([3, 4, 5].map((i) => stakeholder(i, 'project-manager', 2)))
    .concat(options.preliminary ? [6, 7, 8, 9, 10, 11, 12, 13].map(waiting) : []);
  const results = buildResults(
    QUESTIONNAIRE,
    assessment,
    { stakeholders: people, retired: [] },
    null,
    options.language ?? 'en',
  );
  if (!results.result) throw new Error('no result');
  return {
    clientName: assessment.clientName,
    results: { ...results, result: results.result },
    targets: {
      dimensions: { resources: 3, standards: 4 },
      date: '2027-06-30',
      updatedAt: null,
      source: 'own',
    },
    branding: { firmName: 'Lea Advisors', accent: '#1d4ed8', logo: null, updatedAt: null },
    benchmark: null,
    preparedOn: '2026-11-22',
    ...(options.language ? { language: options.language } : {}),
  };
};
