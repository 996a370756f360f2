import type { Answers } from '../../../functions/contract/answers';
import type { AssessmentResults } from '../../../functions/contract/assessments';
import type { StakeholderRole } from '../../../functions/contract/roles';
import { QUESTIONNAIRE } from '../../../functions/core';
import type { Language } from '../../../functions/i18n/languages';
import { loadAllLanguages } from '../../../functions/i18n/load';
import { buildResults } from '../../../functions/services/results';
import type { AssessmentRecord, StakeholderRecord } from '../../../functions/store/records';
import { context } from '../core/fixtures';

// French and German are imported on demand (functions/i18n/load.ts); these tests read them.
await loadAllLanguages();

export const ASSESSMENT: AssessmentRecord = {
  id: 'a1',
  orgId: 'o1',
  clientName: 'Fabrikam Energy',
  context: context({ employees: 900, concurrentProjects: 30, resourceContention: 'high' }),
  status: 'closed',
  dueDate: null,
  baselineId: null,
  questionnaireVersion: QUESTIONNAIRE.version,
  minGroupSize: 3,
  createdBy: 'c',
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  version: 1,
};

/** Dimensions the fixture's published results withhold: nobody, or fewer than k people, rated them. */
export const WITHHELD = ['finance', 'benefits'] as const;
export const WITHHELD_NAMES = ['Financial management', 'Benefits realisation'];

const DONT_KNOW = 'dont-know' as const;

const answersOf = (rating: number, ratesFinance: boolean): Answers =>
  Object.fromEntries(
    QUESTIONNAIRE.dimensions.flatMap((d) =>
      d.questions.map((q) => {
        if (d.id === 'benefits') return [q.id, DONT_KNOW];
        if (d.id === 'finance') return [q.id, ratesFinance ? 1 : DONT_KNOW];
        return [q.id, rating];
      }),
    ),
  );

const person = (
  i: number,
  role: StakeholderRole,
  rating: number,
  ratesFinance: boolean,
): StakeholderRecord => ({
  id: `s${i}`,
  assessmentId: 'a1',
  orgId: 'o1',
  role,
  name: `Person ${i}`,
  email: null,
  pseudonym: `S-${i}`,
  status: 'active',
  tokenHash: 'x',
  answers: answersOf(rating, ratesFinance),
  notes: {},
  expectations: [],
  version: 1,
  lastRequestId: null,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  submittedAt: `2026-11-02T00:00:0${i}Z`,
  lastRemindedAt: null,
});

/**
 * A finished assessment, k = 3: three executives see practice at level 4, three project managers at
 * level 2, so every published dimension diverges. Nobody rates benefits, and only two people rate
 * finance: the disclosure rules withhold both.
 */
export const withheldResults = (language: Language = 'en'): AssessmentResults =>
  buildResults(
    QUESTIONNAIRE,
    ASSESSMENT,
    {
      stakeholders: [
        person(0, 'executive', 4, false),
        person(1, 'executive', 4, false),
        person(2, 'executive', 4, false),
        person(3, 'project-manager', 2, true),
        person(4, 'project-manager', 2, true),
        person(5, 'project-manager', 2, false),
      ],
      retired: [],
    },
    null,
    language,
  );
