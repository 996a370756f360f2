import type { AssessmentDetail, AssessmentView, StakeholderView } from '../contract/assessments';
import type { AssessmentRecord, StakeholderRecord } from '../store/records';
import { countedSubmissions, respondentSetOf, responseProgress, type Submissions } from './respondents';

export const toAssessmentView = (a: AssessmentRecord): AssessmentView => ({
  id: a.id,
  clientName: a.clientName,
  context: a.context,
  status: a.status,
  dueDate: a.dueDate,
  baselineId: a.baselineId,
  questionnaireVersion: a.questionnaireVersion,
  minGroupSize: a.minGroupSize,
  language: a.language ?? 'en',
  rates: a.rates ?? null,
  createdBy: a.createdBy,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
  version: a.version,
});

/**
 * One invitation as the consultant made it. Nothing of what the stakeholder did (opened, started,
 * answered, handed on, submitted, or when) is here: a consultant reads progress only as counts
 * published in batches (functions/services/respondents.ts).
 */
export const toStakeholderView = (s: StakeholderRecord): StakeholderView => ({
  id: s.id,
  role: s.role,
  name: s.name,
  email: s.email,
  link: s.status === 'active' ? 'live' : s.status,
  invitedAt: s.createdAt,
});

export const toAssessmentDetail = (a: AssessmentRecord, submissions: Submissions): AssessmentDetail => ({
  ...toAssessmentView(a),
  stakeholders: submissions.stakeholders.map(toStakeholderView),
  responseRate: responseProgress(submissions.stakeholders, countedSubmissions(submissions), a.minGroupSize),
  respondentSet: respondentSetOf(submissions, a.minGroupSize),
});
