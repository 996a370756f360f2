import type { AddStakeholderRequest, Invite } from '../contract/assessments';
import type { Store } from '../store/port';
import type { AssessmentRecord, InviteRecord, MailRecord, StakeholderRecord } from '../store/records';
import { LINK, newMail, plainText } from './mail';
import { hashToken, newInviteToken, newPseudonym, newSortableId } from './tokens';

/** What inviting needs: the store and the clock. */
export interface InvitationDeps {
  store: Pick<Store, 'addStakeholder' | 'reissueInvite'>;
  now: () => Date;
}

/** What reminding needs. */
export interface ReminderDeps {
  store: Pick<Store, 'remindStakeholder'>;
  now: () => Date;
}

export const inviteUrl = (base: string, token: string): string =>
  `${base.replace(/\/+$/, '')}/respond/${token}`;

const greeting = (s: Pick<StakeholderRecord, 'name'>) =>
  s.name ? `Hello ${plainText(s.name, 100)},` : 'Hello,';

const inviteFor = (s: StakeholderRecord, tokenHash: string, now: string): InviteRecord => ({
  tokenHash,
  orgId: s.orgId,
  assessmentId: s.assessmentId,
  stakeholderId: s.id,
  createdAt: now,
});

/** The invitation, queued with the link kept apart from the text so it can be removed once sent. */
const invitationMail = (
  a: AssessmentRecord,
  s: StakeholderRecord,
  url: string,
  now: string,
): MailRecord | null => {
  if (!s.email) return null;
  const client = plainText(a.clientName);
  return newMail(
    {
      orgId: a.orgId,
      assessmentId: a.id,
      stakeholderId: s.id,
      to: s.email,
      subject: `${client}: your view on how projects are run`,
      link: url,
      body: [
        greeting(s),
        '',
        `${client} is reviewing how it runs projects and whether a project management office would help.`,
        'Your answers take about 15 minutes and are saved as you go, so you can stop and come back.',
        a.dueDate ? `Please answer by ${a.dueDate}.` : '',
        '',
        `Your personal link (do not forward it): ${LINK}`,
        '',
        'Individual answers are never shown to anyone but you; results are reported by role group only.',
      ]
        .filter((line, i, all) => line !== '' || all[i - 1] !== '')
        .join('\n'),
    },
    now,
  );
};

/** A new stakeholder with a fresh invite: the token is returned once and stored only as a hash. */
export const inviteStakeholder = async (
  deps: InvitationDeps,
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
  const url = inviteUrl(base, token);
  const mail = invitationMail(assessment, stakeholder, url, now);
  await deps.store.addStakeholder(stakeholder, inviteFor(stakeholder, stakeholder.tokenHash, now), mail);
  return { id: stakeholder.id, inviteUrl: url, emailed: mail !== null };
};

/** Replaces a stakeholder's token: the old link stops working at once. */
export const reissueInvite = async (
  deps: InvitationDeps,
  assessment: AssessmentRecord,
  stakeholder: StakeholderRecord,
  base: string,
): Promise<Invite> => {
  const now = deps.now().toISOString();
  const token = newInviteToken();
  const url = inviteUrl(base, token);
  const mail = invitationMail(assessment, stakeholder, url, now);
  await deps.store.reissueInvite(stakeholder, inviteFor(stakeholder, hashToken(token), now), now, mail);
  return { id: stakeholder.id, inviteUrl: url, emailed: mail !== null };
};

/** Hours before the daily job reminds the same stakeholder again. */
export const REMINDER_INTERVAL_HOURS = 72;
/** Hours before a consultant's "remind now" reaches the same stakeholder again. */
export const REMINDER_COOLDOWN_HOURS = 24;
/** Reminder mails one organisation may send per day, whoever asks for them. */
export const REMINDERS_PER_DAY = 500;

const reminderMail = (a: AssessmentRecord, s: StakeholderRecord, now: string): MailRecord => {
  const client = plainText(a.clientName);
  return newMail(
    {
      orgId: a.orgId,
      assessmentId: a.id,
      stakeholderId: s.id,
      to: s.email as string,
      subject: `Reminder: ${client} is waiting for your answers`,
      body: [
        greeting(s),
        '',
        `Your answers to the ${client} project-management questionnaire are ${Object.keys(s.answers).length > 0 ? 'not yet submitted' : 'still missing'}.`,
        a.dueDate ? `The survey closes on ${a.dueDate}.` : '',
        'Open the personal link from your invitation e-mail; what you answered so far is saved.',
        'Lost the link? Reply to your consultant and a new one will be sent.',
      ]
        .filter(Boolean)
        .join('\n'),
    },
    now,
  );
};

/**
 * Reminds stakeholders who have not submitted, each at most once per cooldown, and the
 * organisation at most REMINDERS_PER_DAY times a day. A reminder carries no link: only the hash
 * of each token is stored, so it points to the invitation instead.
 */
export const remindPending = async (
  deps: ReminderDeps,
  assessment: AssessmentRecord,
  stakeholders: readonly StakeholderRecord[],
  options: { force?: boolean } = {},
): Promise<number> => {
  const clock = deps.now();
  const now = clock.toISOString();
  const hours = options.force ? REMINDER_COOLDOWN_HOURS : REMINDER_INTERVAL_HOURS;
  const since = new Date(clock.getTime() - hours * 3600_000).toISOString();
  let sent = 0;
  for (const s of stakeholders) {
    if (!s.email || s.submittedAt || s.status === 'revoked') continue;
    if (s.lastRemindedAt && s.lastRemindedAt >= since) continue;
    const outcome = await deps.store.remindStakeholder({
      orgId: assessment.orgId,
      assessmentId: assessment.id,
      stakeholderId: s.id,
      now,
      since,
      dailyCap: REMINDERS_PER_DAY,
      mail: reminderMail(assessment, s, now),
    });
    if (outcome === 'capped') break;
    if (outcome === 'queued') sent++;
  }
  return sent;
};
