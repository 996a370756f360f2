import type { StakeholderRole } from '../contract/answers';
import { STAKEHOLDER_ROLES } from '../contract/answers';
import type { AssessmentDetail, AssessmentView, StakeholderView } from '../contract/assessments';
import type { AssessmentRecord, StakeholderRecord } from '../store/records';

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
  createdBy: a.createdBy,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
  version: a.version,
});

/**
 * Questions a stakeholder has dealt with: rated, "don't know", "not applicable" or handed on as "not
 * my area". One count, so a consultant never sees how many a named person handed on.
 */
export const handledCount = (s: Pick<StakeholderRecord, 'answers' | 'handedOn'>): number =>
  new Set([...Object.keys(s.answers), ...(s.handedOn ?? [])]).size;

/** Started: at least one question dealt with, a hand-on included. */
export const hasStarted = (s: Pick<StakeholderRecord, 'answers' | 'handedOn'>): boolean =>
  handledCount(s) > 0;

const progressOf = (s: StakeholderRecord): StakeholderView['progress'] => {
  if (s.status === 'revoked') return 'revoked';
  if (s.submittedAt) return 'submitted';
  return hasStarted(s) ? 'in-progress' : 'invited';
};

export const toStakeholderView = (s: StakeholderRecord, questions: number): StakeholderView => ({
  id: s.id,
  role: s.role,
  name: s.name,
  email: s.email,
  // No pseudonym, submission time or last-change time beside a name: any of them would let a
  // consultant tie a name to an answer row, a result change or a moment.
  progress: progressOf(s),
  answered: handledCount(s),
  questions,
  lastRemindedAt: s.lastRemindedAt,
});

/** Response rate per role, counting only stakeholders whose invitation is live. */
export const responseRate = (
  stakeholders: readonly Pick<StakeholderRecord, 'role' | 'status' | 'submittedAt'>[],
) => {
  const live = stakeholders.filter((s) => s.status !== 'revoked');
  const byRole = STAKEHOLDER_ROLES.map((role: StakeholderRole) => {
    const members = live.filter((s) => s.role === role);
    const submitted = members.filter((s) => s.submittedAt).length;
    return {
      role,
      invited: members.length,
      submitted,
      rate: members.length === 0 ? 0 : submitted / members.length,
    };
  }).filter((r) => r.invited > 0);
  const submitted = live.filter((s) => s.submittedAt).length;
  return {
    overall: live.length === 0 ? 0 : submitted / live.length,
    byRole,
    submitted,
    invited: live.length,
  };
};

export const toAssessmentDetail = (
  a: AssessmentRecord,
  stakeholders: readonly StakeholderRecord[],
  questions: number,
): AssessmentDetail => {
  const rate = responseRate(stakeholders);
  return {
    ...toAssessmentView(a),
    stakeholders: stakeholders.map((s) => toStakeholderView(s, questions)),
    responseRate: { overall: rate.overall, byRole: rate.byRole },
  };
};
