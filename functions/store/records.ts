import type { Answers, StakeholderRole } from '../contract/answers';
import type { Rates } from '../contract/api';
import type { OrganisationContext } from '../contract/context';
import type { Language } from '../i18n/languages';

export type AssessmentStatus = 'open' | 'closed';
/**
 * An invitation's state as the consultant made it: live, revoked, or removed. A removed invitation
 * stays listed (its link is gone), so every counted submission belongs to an invitation the client
 * can see.
 */
export type StakeholderStatus = 'active' | 'revoked' | 'removed';

export interface AssessmentRecord {
  id: string;
  orgId: string;
  clientName: string;
  context: OrganisationContext;
  status: AssessmentStatus;
  dueDate: string | null;
  baselineId: string | null;
  questionnaireVersion: string;
  minGroupSize: number;
  /** Invitations, reminders and the questionnaire's first language; absent on older records: English. */
  language?: Language;
  /** The client's day rates for the cost estimate; absent or null: the engine's documented defaults. */
  rates?: Rates | null;
  /** Set by the first submission: from then on minGroupSize cannot be lowered. */
  thresholdLocked?: boolean;
  /**
   * Live invitations, and submissions counted (one per invitation, never taken back), kept in the
   * transactions that change them so a list page reads no stakeholders. Absent on assessments
   * created before the counts existed.
   */
  invitedCount?: number;
  submittedCount?: number;
  /** When everyone who had not submitted was last reminded (the assessment's, never a person's). */
  lastRemindedAt?: string | null;
  /** When the assessment was last closed; invite links expire a while after it. */
  closedAt?: string | null;
  /** When the retention sweep erased its stakeholders' names and e-mail addresses; absent until then. */
  personalDataErasedAt?: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface StakeholderRecord {
  id: string;
  assessmentId: string;
  orgId: string;
  role: StakeholderRole;
  name: string | null;
  email: string | null;
  /** Stable, meaningless label used in exports instead of the name. */
  pseudonym: string;
  status: StakeholderStatus;
  tokenHash: string;
  answers: Answers;
  notes: Record<string, string>;
  expectations: string[];
  /** Questions handed on as "not my area"; absent on responses saved before the option existed. */
  handedOn?: string[];
  /** The optional extra answer: how much each dimension matters, 1–5 by dimension id. */
  importance?: Record<string, number>;
  version: number;
  lastRequestId: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  lastRemindedAt: string | null;
  /**
   * Set by this invitation's first submission and kept through re-issue and removal: one invitation
   * counts one submission, the first, for good. Absent on records from before it existed.
   */
  counted?: boolean;
  /** The baseline's invitation this one carries over, in a follow-up (resuming re-invites none twice). */
  carriedFrom?: string;
  /** Links re-issued for this invitation (shown to the client as a count). */
  reissues?: number;
  /** When a write without this link's device key was refused: the bound device is told. */
  contestedAt?: string | null;
  /** SHA-256 of the key of the one browser this link is bound to (set by the first write). */
  deviceKeyHash?: string | null;
  /** SHA-256 of a pending one-time transfer code, and when it stops working. */
  transferCodeHash?: string | null;
  transferExpiresAt?: string | null;
}

/**
 * A submission that no link reaches any more (its link was re-issued or its stakeholder removed).
 * It stays counted, so no consultant action can take one person out of the results and back in;
 * it holds no name, e-mail, note or link.
 */
export interface RetiredSubmission {
  id: string;
  assessmentId: string;
  /** The invitation it was made through; absent on copies made before it was kept. */
  stakeholderId?: string;
  role: StakeholderRecord['role'];
  answers: StakeholderRecord['answers'];
  expectations: string[];
  /** The stakeholder's optional importance ratings, by dimension id. */
  importance?: Record<string, number>;
  submittedAt: string;
}

export interface InviteRecord {
  tokenHash: string;
  orgId: string;
  assessmentId: string;
  stakeholderId: string;
  createdAt: string;
}

export type MailStatus = 'queued' | 'sent';

/**
 * A mail in the organisation's outbox. It is written in the same transaction as the change that
 * causes it (an invitation, a reminder), and a mailer sends it afterwards: the transactional outbox.
 */
export interface MailRecord {
  id: string;
  orgId: string;
  assessmentId: string | null;
  stakeholderId: string | null;
  to: string;
  subject: string;
  /** The text; `{link}` marks where the invite link goes. */
  body: string;
  /** The personal invite link, kept only until the mail is sent, then removed. */
  link: string | null;
  /**
   * A reminder to everyone who has not submitted is one mail: `to` says who it is for, in words, and
   * these addresses (each sent a message of its own) are read by the mailer alone and removed once
   * sent. The consultant never sees who was reminded.
   */
  recipients?: string[] | null;
  status: MailStatus;
  createdAt: string;
  sentAt: string | null;
}

/** A change to one response: answers to set (null clears), notes, expectations, and concurrency fields. */
export interface ResponsePatch {
  answers?: Record<string, Answers[string] | null>;
  notes?: Record<string, string | null>;
  expectations?: string[];
  handedOn?: string[];
  /** Replaces the saved importance ratings. */
  importance?: Record<string, number>;
  expectedVersion?: number;
  requestId?: string;
  submit?: boolean;
  /** The hash of the invite token the save is made with: the save applies only while it is current. */
  tokenHash?: string;
  /** The save applies only while the link is bound to this device (hash of its key). */
  deviceKeyHash?: string;
  /** Binds the link to this device: the save applies only while no device is bound yet. */
  bindDeviceKeyHash?: string;
  /** A submission that is this invitation's first: it moves the counted submissions. */
  firstCount?: boolean;
}

/** A response with the assessment it belongs to, read together. */
export interface ResponseContext {
  assessment: AssessmentRecord;
  stakeholder: StakeholderRecord;
  /** The consulting firm's name from its branding, read in the same request; null when it set none. */
  firmName?: string | null;
}

export interface Page<T> {
  items: T[];
  cursor: string | null;
}

/** Local tenant registry: the display name an organisation first signed in with, and its opaque id. */
export interface OrganisationRecord {
  id: string;
  name: string;
  normalisedName: string;
  createdAt: string;
}

/** An organisation's privacy settings: how long names and e-mail addresses outlive a client's last closure. */
export interface PrivacySettingsRecord {
  orgId: string;
  retentionDays: number;
  updatedAt: string;
  updatedBy: string;
}

export type AccessAction = 'viewed-results' | 'exported' | 'shared' | 'share-revoked' | 'share-viewed';

/** One entry of an assessment's record of access: who viewed, exported or shared it, and when. */
export interface AccessLogRecord {
  id: string;
  assessmentId: string;
  at: string;
  actor: string;
  action: AccessAction;
  detail: string | null;
}

/** Whose mail to scrub: invitations to these stakeholders, and these addresses among queued reminders. */
export interface MailMatch {
  stakeholderIds: string[];
  emails: string[];
}

/** What erasing an assessment's personal data touched, so its mail can be scrubbed too. */
export interface ErasedPersonalData {
  stakeholderIds: string[];
  emails: string[];
}
