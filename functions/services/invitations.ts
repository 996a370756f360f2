import type { AddStakeholderRequest, Invite } from '../contract/assessments';
import { MIN_GROUP_SIZE } from '../core/group-size';
import { withoutHandedOn } from '../core/questionnaire/route';
import type { Language } from '../i18n/languages';
import { mailText } from '../i18n/mail';
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
  store: Pick<Store, 'queueReminder'>;
  now: () => Date;
}

/** The token sits in the fragment: browsers never send it to a server, a log or a Referer. */
export const inviteUrl = (base: string, token: string): string =>
  `${base.replace(/\/+$/, '')}/respond#${token}`;

/** What the invitation says the consultant can and cannot see (kept in step with docs/privacy.md). */
export const privacyPromise = (minGroupSize: number, language: Language = 'en'): string[] => {
  const k = Math.max(MIN_GROUP_SIZE, minGroupSize);
  return [
    mailText(language, 'privacy.sees', { k }),
    mailText(language, 'privacy.groups', { k }),
    mailText(language, 'privacy.hidden'),
    mailText(language, 'privacy.pooled', { k }),
  ];
};

/** Mails are written in the assessment's language; older assessments have none: English. */
const languageOf = (a: AssessmentRecord): Language => a.language ?? 'en';

const greeting = (s: Pick<StakeholderRecord, 'name'>, language: Language) =>
  s.name
    ? mailText(language, 'greetingNamed', { name: plainText(s.name, 100) })
    : mailText(language, 'greeting');

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
  const language = languageOf(a);
  return newMail(
    {
      orgId: a.orgId,
      assessmentId: a.id,
      stakeholderId: s.id,
      to: s.email,
      subject: mailText(language, 'invite.subject', { client }),
      link: url,
      body: [
        greeting(s, language),
        '',
        mailText(language, 'invite.purpose', { client }),
        mailText(language, 'invite.effort'),
        a.dueDate ? mailText(language, 'invite.due', { dueDate: a.dueDate }) : '',
        mailText(language, 'invite.languages'),
        '',
        mailText(language, 'invite.link', { link: LINK }),
        '',
        ...privacyPromise(a.minGroupSize, language),
        firm ? `\n${mailText(language, 'invite.onBehalf', { firm: plainText(firm) })}` : '',
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
  carriedFrom?: string,
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
    reissues: 0,
    ...(carriedFrom ? { carriedFrom } : {}),
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
        stakeholderId: s.id,
        role: s.role,
        answers: withoutHandedOn(s.answers, s.handedOn),
        expectations: s.expectations,
        ...(s.importance ? { importance: s.importance } : {}),
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

/** Hours before the daily job reminds an assessment's non-respondents again. */
export const REMINDER_INTERVAL_HOURS = 72;
/** Hours before a consultant's "remind everyone" can be sent again. */
export const REMINDER_COOLDOWN_HOURS = 24;
/** Reminder messages one organisation may send per day, whoever asks for them. */
export const REMINDERS_PER_DAY = 500;

/**
 * One reminder, the same text for everyone, to every live invitation with an e-mail whose link has
 * not submitted. The outbox shows it addressed in words ("everyone who has not submitted"), never
 * with the addresses or their number, which would move with each submission.
 */
const reminderMail = (a: AssessmentRecord, recipients: string[], now: string): MailRecord => {
  const client = plainText(a.clientName);
  const language = languageOf(a);
  return {
    ...newMail(
      {
        orgId: a.orgId,
        assessmentId: a.id,
        stakeholderId: null,
        to: mailText(language, 'reminder.to'),
        subject: mailText(language, 'reminder.subject', { client }),
        body: [
          mailText(language, 'greeting'),
          '',
          mailText(language, 'reminder.everyone', { client }),
          a.dueDate ? mailText(language, 'reminder.closes', { dueDate: a.dueDate }) : '',
          mailText(language, 'reminder.openLink'),
          mailText(language, 'reminder.lostLink'),
        ]
          .filter(Boolean)
          .join('\n'),
      },
      now,
    ),
    recipients,
  };
};

/**
 * Reminds everyone who has not submitted, in one outbox entry, at most once per cooldown and within
 * the organisation's daily cap. The answer is the number of reminders queued (0 or 1): it never
 * depends on who has answered, so reminding is no way to learn it. A reminder carries no link: only
 * the hash of each token is stored, so it points to the invitation instead.
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
  if (assessment.lastRemindedAt && assessment.lastRemindedAt >= since) return 0;
  const recipients = stakeholders.flatMap((s) =>
    s.email && s.status === 'active' && !s.submittedAt ? [s.email] : [],
  );
  const outcome = await deps.store.queueReminder({
    orgId: assessment.orgId,
    assessmentId: assessment.id,
    now,
    since,
    dailyCap: REMINDERS_PER_DAY,
    mail: reminderMail(assessment, [...new Set(recipients)], now),
  });
  return outcome === 'queued' ? 1 : 0;
};

/** Invitations one request carries over into a follow-up: a bounded time whatever the size. */
export const FOLLOW_UP_BATCH = 40;

/**
 * Carries the baseline's live invitations over into its follow-up, the next FOLLOW_UP_BATCH not yet
 * carried (each new invitation names the one it carries, in its own transaction), so a request is
 * bounded and a retry or the next call resumes where the last stopped, inviting nobody twice.
 */
export const carryOverInvitations = async (
  deps: InvitationDeps & { store: Pick<Store, 'listStakeholders'> },
  baseline: AssessmentRecord,
  followUp: AssessmentRecord,
  base: string,
): Promise<{ invites: Invite[]; remaining: number }> => {
  const [before, carried] = await Promise.all([
    deps.store.listStakeholders(baseline.id),
    deps.store.listStakeholders(followUp.id),
  ]);
  const done = new Set(carried.flatMap((s) => (s.carriedFrom ? [s.carriedFrom] : [])));
  const due = before.filter((s) => s.status === 'active' && !done.has(s.id));
  const invites: Invite[] = [];
  for (const s of due.slice(0, FOLLOW_UP_BATCH))
    invites.push(
      await inviteStakeholder(
        deps,
        followUp,
        { role: s.role, ...(s.name ? { name: s.name } : {}), ...(s.email ? { email: s.email } : {}) },
        base,
        s.id,
      ),
    );
  return { invites, remaining: Math.max(0, due.length - FOLLOW_UP_BATCH) };
};
