import type { WorkspaceDeps } from '../api/types';
import type { AddStakeholderRequest, Invite } from '../contract/assessments';
import type { AssessmentRecord, InviteRecord, StakeholderRecord } from '../store/records';
import { hashToken, newInviteToken, newPseudonym, newSortableId } from './tokens';

export const inviteUrl = (base: string, token: string): string =>
  `${base.replace(/\/+$/, '')}/respond/${token}`;

const greeting = (s: Pick<StakeholderRecord, 'name'>) => (s.name ? `Hello ${s.name},` : 'Hello,');

const inviteFor = (s: StakeholderRecord, tokenHash: string, now: string): InviteRecord => ({
  tokenHash,
  orgId: s.orgId,
  assessmentId: s.assessmentId,
  stakeholderId: s.id,
  createdAt: now,
});

const mailInvitation = async (
  deps: WorkspaceDeps,
  a: AssessmentRecord,
  s: StakeholderRecord,
  url: string,
): Promise<boolean> => {
  if (!s.email) return false;
  const firm = (await deps.store.getBranding(a.orgId))?.firmName;
  await deps.mailer.send({
    orgId: a.orgId,
    assessmentId: a.id,
    stakeholderId: s.id,
    to: s.email,
    subject: `${a.clientName}: your view on how projects are run`,
    body: [
      greeting(s),
      '',
      `${a.clientName} is reviewing how it runs projects and whether a project management office would help.`,
      'Your answers take about 15 minutes and are saved as you go, so you can stop and come back.',
      a.dueDate ? `Please answer by ${a.dueDate}.` : '',
      '',
      `Your personal link (do not forward it): ${url}`,
      '',
      'Individual answers are never shown to anyone but you; results are reported by role group only.',
      firm ? `\nSent on behalf of ${firm}.` : '',
    ]
      .filter((line, i, all) => line !== '' || all[i - 1] !== '')
      .join('\n'),
  });
  return true;
};

/** A new stakeholder with a fresh invite: the token is returned once and stored only as a hash. */
export const inviteStakeholder = async (
  deps: WorkspaceDeps,
  assessment: AssessmentRecord,
  input: AddStakeholderRequest,
  base: string,
): Promise<Invite> => {
  const clock = deps.now();
  const now = clock.toISOString();
  const token = newInviteToken();
  const stakeholder: StakeholderRecord = {
    id: newSortableId(clock),
    assessmentId: assessment.id,
    orgId: assessment.orgId,
    role: input.role,
    name: input.name ?? null,
    email: input.email ?? null,
    pseudonym: newPseudonym(),
    status: 'active',
    tokenHash: hashToken(token),
    answers: {},
    notes: {},
    expectations: [],
    version: 1,
    lastRequestId: null,
    createdAt: now,
    updatedAt: now,
    submittedAt: null,
    lastRemindedAt: null,
  };
  await deps.store.addStakeholder(stakeholder, inviteFor(stakeholder, stakeholder.tokenHash, now));
  const url = inviteUrl(base, token);
  return {
    id: stakeholder.id,
    inviteUrl: url,
    emailed: await mailInvitation(deps, assessment, stakeholder, url),
  };
};

/** Replaces a stakeholder's token: the old link stops working at once; answers are kept. */
export const reissueInvite = async (
  deps: WorkspaceDeps,
  assessment: AssessmentRecord,
  stakeholder: StakeholderRecord,
  base: string,
): Promise<Invite> => {
  const now = deps.now().toISOString();
  const token = newInviteToken();
  await deps.store.reissueInvite(stakeholder, inviteFor(stakeholder, hashToken(token), now), now);
  const url = inviteUrl(base, token);
  return {
    id: stakeholder.id,
    inviteUrl: url,
    emailed: await mailInvitation(deps, assessment, stakeholder, url),
  };
};

/** Hours to wait before reminding the same stakeholder again. */
export const REMINDER_INTERVAL_HOURS = 72;

/**
 * Reminds stakeholders who have not submitted and were not reminded recently. The reminder
 * carries no link: only the hash of each token is stored, so it points to the invitation
 * instead, and the consultant re-issues a link when one is lost.
 */
export const remindPending = async (
  deps: Pick<WorkspaceDeps, 'store' | 'mailer' | 'now'>,
  assessment: AssessmentRecord,
  stakeholders: readonly StakeholderRecord[],
  options: { force?: boolean } = {},
): Promise<number> => {
  const now = deps.now();
  const cutoff = now.getTime() - REMINDER_INTERVAL_HOURS * 3600_000;
  let sent = 0;
  for (const s of stakeholders) {
    if (!s.email || s.submittedAt || s.status === 'revoked') continue;
    if (!options.force && s.lastRemindedAt && Date.parse(s.lastRemindedAt) > cutoff) continue;
    await deps.mailer.send({
      orgId: assessment.orgId,
      assessmentId: assessment.id,
      stakeholderId: s.id,
      to: s.email,
      subject: `Reminder: ${assessment.clientName} is waiting for your answers`,
      body: [
        greeting(s),
        '',
        `Your answers to the ${assessment.clientName} project-management questionnaire are ${Object.keys(s.answers).length > 0 ? 'not yet submitted' : 'still missing'}.`,
        assessment.dueDate ? `The survey closes on ${assessment.dueDate}.` : '',
        'Open the personal link from your invitation e-mail; what you answered so far is saved.',
        'Lost the link? Reply to your consultant and a new one will be sent.',
      ]
        .filter(Boolean)
        .join('\n'),
    });
    await deps.store.markReminded(assessment.id, s.id, now.toISOString());
    sent++;
  }
  return sent;
};
