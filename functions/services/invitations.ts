import type { AddStakeholderRequest, Invite } from '../contract/assessments';
import { MIN_GROUP_SIZE } from '../core';
import type { Store } from '../store/port';
import type {
  AssessmentRecord,
  InviteRecord,
  MailRecord,
  RetiredSubmission,
  StakeholderRecord,
} from '../store/records';
import { LINK, newMail, plainText } from './mail';
import { hashToken, newId, newInviteToken, newPseudonym, newSortableId } from './tokens';

/** What inviting needs: the store and the clock. */
export interface InvitationDeps {
  store: Pick<Store, 'addStakeholder' | 'reissueInvite' | 'getBranding'>;
  now: () => Date;
}

/** What reminding needs. */
export interface ReminderDeps {
  store: Pick<Store, 'remindStakeholder'>;
  now: () => Date;
}

/** The token sits in the fragment: browsers never send it to a server, a log or a Referer. */
export const inviteUrl = (base: string, token: string): string =>
  `${base.replace(/\/+$/, '')}/respond#${token}`;

/** What the invitation says the consultant can and cannot see (kept in step with docs/privacy.md). */
export const privacyPromise = (minGroupSize: number): string[] => {
  const k = Math.max(MIN_GROUP_SIZE, minGroupSize);
  return [
    'What your consultant sees: whether you have opened, started or submitted the questionnaire,',
    `and results by role group once at least ${k} people have submitted, in batches of ${k} or more.`,
    'What nobody sees: your individual answers, your notes or when exactly you answered.',
    `Groups smaller than ${k} are pooled or withheld, and your link works only in the browser you first answer in.`,
  ];
};

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
  firm: string | null,
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
        ...privacyPromise(a.minGroupSize),
        firm ? `\nSent on behalf of ${plainText(firm)}.` : '',
      ]
        .filter((line, i, all) => line !== '' || all[i - 1] !== '')
        .join('\n'),
    },
    now,
  );
};

/** The consulting firm's name for the invitation's sign-off: one GetItem, only when a mail is sent. */
const firmName = async (deps: InvitationDeps, orgId: string, email: string | null) =>
  email ? ((await deps.store.getBranding(orgId))?.firmName ?? null) : null;

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
  const firm = await firmName(deps, assessment.orgId, stakeholder.email);
  const mail = invitationMail(assessment, stakeholder, url, now, firm);
  await deps.store.addStakeholder(stakeholder, inviteFor(stakeholder, stakeholder.tokenHash, now), mail);
  return { id: stakeholder.id, inviteUrl: url, emailed: mail !== null };
};

/**
 * A submission, detached from the person: it stays counted when its link is re-issued or its
 * stakeholder removed, so neither action takes one person out of the results (and back in).
 */
export const retiredCopy = (s: StakeholderRecord): RetiredSubmission | undefined =>
  s.submittedAt
    ? {
        id: newId(),
        assessmentId: s.assessmentId,
        role: s.role,
        answers: s.answers,
        expectations: s.expectations,
        submittedAt: s.submittedAt,
      }
    : undefined;

/**
 * Replaces a stakeholder's token: the old link stops working at once and the new one starts empty
 * (nothing of the previous draft or submission can be read through any link); a submission stays
 * counted, detached from the person.
 */
export const reissueInvite = async (
  deps: InvitationDeps,
  assessment: AssessmentRecord,
  stakeholder: StakeholderRecord,
  base: string,
): Promise<Invite> => {
  const now = deps.now().toISOString();
  const token = newInviteToken();
  const url = inviteUrl(base, token);
  const firm = await firmName(deps, assessment.orgId, stakeholder.email);
  const mail = invitationMail(assessment, stakeholder, url, now, firm);
  await deps.store.reissueInvite(
    stakeholder,
    inviteFor(stakeholder, hashToken(token), now),
    now,
    retiredCopy(stakeholder),
    mail,
  );
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
