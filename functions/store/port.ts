import type { Industry, SizeBand } from '../contract/deliverables';
import type { CalibrationPort } from './calibration-port';
import type {
  BenchmarkCell,
  BenchmarkConsentRecord,
  BenchmarkContribution,
  BenchmarkTenantShare,
  BrandingRecord,
  ShareLinkRecord,
  ShareLookupRecord,
  TargetsRecord,
} from './deliverable-records';
import type {
  AccessLogRecord,
  AssessmentRecord,
  ErasedPersonalData,
  InviteRecord,
  MailMatch,
  MailRecord,
  OrganisationRecord,
  Page,
  PrivacySettingsRecord,
  ResponseContext,
  ResponsePatch,
  RetiredSubmission,
  StakeholderRecord,
} from './records';

export type AssessmentUpdate = Partial<
  Pick<
    AssessmentRecord,
    'clientName' | 'context' | 'dueDate' | 'status' | 'minGroupSize' | 'closedAt' | 'language' | 'rates'
  >
>;

/** One reminder to everyone of an assessment who has not submitted. */
export interface Reminder {
  orgId: string;
  assessmentId: string;
  now: string;
  /** No reminder if the assessment was reminded after this instant (the cooldown). */
  since: string;
  /** Reminder messages the organisation may send per day (UTC). */
  dailyCap: number;
  mail: MailRecord;
}

/** Why a write was refused; the API maps each to a status. */
export type StoreRefusal =
  | 'not-found'
  | 'closed'
  | 'revoked'
  | 'version-conflict'
  | 'exists'
  | 'invalid-cursor'
  | 'device-mismatch'
  | 'transfer-invalid'
  | 'already-submitted';

export class StoreError extends Error {
  constructor(
    readonly reason: StoreRefusal,
    message: string,
    readonly current?: unknown,
  ) {
    super(message);
  }
}

/** The repository the API talks to. The DynamoDB implementation is the only one that ships. */
export interface Store extends DeliverablesPort, CalibrationPort {
  createAssessment(record: AssessmentRecord): Promise<void>;
  getAssessment(orgId: string, id: string): Promise<AssessmentRecord | null>;
  listAssessments(
    orgId: string,
    options: { limit: number; cursor?: string | null },
  ): Promise<Page<AssessmentRecord>>;
  /** Updates the assessment the caller read; refused as a conflict when it changed meanwhile. */
  updateAssessment(
    current: AssessmentRecord,
    update: AssessmentUpdate,
    now: string,
    expectedVersion?: number,
  ): Promise<AssessmentRecord>;
  listOpenAssessments(limit: number, cursor?: string | null): Promise<Page<AssessmentRecord>>;

  /** Adds a stakeholder with its invite, and queues its invitation (if any) in the same transaction. */
  addStakeholder(
    stakeholder: StakeholderRecord,
    invite: InviteRecord,
    mail: MailRecord | null,
  ): Promise<void>;
  listStakeholders(assessmentId: string): Promise<StakeholderRecord[]>;
  /** Only what progress needs (role, status, submittedAt): a light query for list pages. */
  listStakeholderProgress(
    assessmentId: string,
  ): Promise<Pick<StakeholderRecord, 'role' | 'status' | 'submittedAt'>[]>;
  getStakeholder(assessmentId: string, stakeholderId: string): Promise<StakeholderRecord | null>;
  /** Deletes a stakeholder; a submission it made stays counted as a RetiredSubmission. */
  /** Removes a stakeholder as the caller read it; a submission it made stays counted as retired. */
  removeStakeholder(stakeholder: StakeholderRecord, retired?: RetiredSubmission): Promise<void>;
  revokeInvite(stakeholder: StakeholderRecord, now: string): Promise<void>;
  /**
   * Replaces the link, which starts empty: draft, notes, device binding and submission are cleared
   * from the stakeholder; a submission it made stays counted as a RetiredSubmission. The new
   * invitation, if any, is queued in the same transaction.
   */
  reissueInvite(
    stakeholder: StakeholderRecord,
    invite: InviteRecord,
    now: string,
    retired: RetiredSubmission | undefined,
    mail: MailRecord | null,
  ): Promise<void>;
  /**
   * Queues one reminder for the assessment and notes it on the assessment, in one transaction that
   * holds only while the assessment was not reminded since `since` and the organisation stays under
   * its daily cap of messages.
   */
  queueReminder(reminder: Reminder): Promise<'queued' | 'cooldown' | 'capped'>;
  /** Notes that a write without the link's device key was refused, so the bound device is told. */
  markContested(assessmentId: string, stakeholderId: string, tokenHash: string, now: string): Promise<void>;

  findInvite(tokenHash: string): Promise<InviteRecord | null>;
  /** The stakeholder and its assessment in one consistent batch read; null when either is gone. */
  getResponseContext(
    orgId: string,
    assessmentId: string,
    stakeholderId: string,
  ): Promise<ResponseContext | null>;
  /** Applies a save (answers, notes, expectations, submit) and returns the stored state. */
  saveResponse(
    orgId: string,
    assessmentId: string,
    stakeholderId: string,
    patch: ResponsePatch,
    now: string,
  ): Promise<ResponseContext>;

  // --- Privacy: retired submissions, device binding and transfer codes ---
  /** Submissions whose link was re-issued or whose stakeholder was removed: still counted. */
  listRetiredSubmissions(assessmentId: string): Promise<RetiredSubmission[]>;
  /** Stores a one-time transfer code (hash) while the link is bound to the given device. */
  startDeviceTransfer(
    assessmentId: string,
    stakeholderId: string,
    tokenHash: string,
    deviceKeyHash: string,
    codeHash: string,
    expiresAt: string,
  ): Promise<void>;
  /** Binds the link to a new device when the code is pending and unexpired; the code is used up. */
  redeemDeviceTransfer(
    assessmentId: string,
    stakeholderId: string,
    tokenHash: string,
    codeHash: string,
    newDeviceKeyHash: string,
    now: string,
  ): Promise<void>;

  listMail(orgId: string, limit: number): Promise<MailRecord[]>;
  /** Mail still to send, oldest first (the local relay; in AWS the table's stream feeds the mailer). */
  listQueuedMail(limit: number): Promise<MailRecord[]>;
  /** Marks a mail sent and removes its link; a mail already sent is left as it is. */
  markMailSent(mail: MailRecord, sentAt: string): Promise<void>;

  // Tenant registry (local sign-in only; in AWS an administrator sets `custom:orgId`).
  /** The organisation registered under a normalised name, if any. */
  getOrganisationByName(normalisedName: string): Promise<OrganisationRecord | null>;
  /** Registers a name once: refused as `exists` when the normalised name is taken already. */
  registerOrganisation(record: OrganisationRecord): Promise<void>;

  // ── Personal data lifecycle: retention, erasure on request, the record of access ──
  /** Closed assessments not erased yet, closed before `closedBefore`, oldest first (the sparse index). */
  listClosedAssessments(
    closedBefore: string,
    limit: number,
    cursor?: string | null,
  ): Promise<Page<AssessmentRecord>>;
  getPrivacySettings(orgId: string): Promise<PrivacySettingsRecord | null>;
  putPrivacySettings(record: PrivacySettingsRecord): Promise<void>;
  /**
   * Erases one stakeholder as the caller read it, on an open or closed assessment: name, e-mail,
   * link, draft, notes and binding go; it stays listed as removed, and a submission it made stays
   * counted as the retired copy. Refused as a conflict when the stakeholder changed meanwhile.
   */
  eraseStakeholder(
    stakeholder: StakeholderRecord,
    retired: RetiredSubmission | undefined,
    now: string,
  ): Promise<StakeholderRecord>;
  /**
   * Sets name and e-mail to null on every stakeholder of a closed assessment and marks it erased
   * (which takes it off the closed index); answers and counts stay. Returns what it erased.
   */
  erasePersonalData(assessment: AssessmentRecord, now: string): Promise<ErasedPersonalData>;
  /**
   * Takes the matched people out of the organisation's stored mail created since `since`:
   * invitations to them lose address, text and link; queued reminders lose their addresses.
   */
  scrubMail(orgId: string, match: MailMatch, since: string): Promise<number>;
  /** Appends one entry to an assessment's record of access (one PutItem; kept about two years). */
  recordAccess(entry: AccessLogRecord): Promise<void>;
  /** The newest entries of an assessment's record of access, newest first. */
  listAccessLog(assessmentId: string, limit: number): Promise<AccessLogRecord[]>;

  // The deliverables (issue 13) come from DeliverablesPort, below.
}

/** Most share links one assessment keeps (one Query page lists them all). */
export const MAX_SHARE_LINKS = 100;

/**
 * The deliverables' part of the Store port (issue 13): share links, firm branding, targets and
 * the opt-in benchmark. Declared here, on its own, so the port never depends on an adapter.
 */
export interface DeliverablesPort {
  /** Stores a new link with its token lookup, both only if new. */
  createShareLink(link: ShareLinkRecord): Promise<void>;
  /** An assessment's links, at most MAX_SHARE_LINKS. */
  listShareLinks(assessmentId: string): Promise<ShareLinkRecord[]>;
  getShareLink(assessmentId: string, linkId: string): Promise<ShareLinkRecord | null>;
  /** Revokes the link and removes its token lookup. */
  revokeShareLink(link: ShareLinkRecord, now: string): Promise<void>;
  /** The link a share token's hash opens, if any. */
  findShareLink(tokenHash: string): Promise<ShareLookupRecord | null>;
  /** Counts a view and returns the link's label; refused (`revoked`) when the link was revoked or replaced meanwhile. */
  recordShareView(
    assessmentId: string,
    linkId: string,
    tokenHash: string,
    now: string,
  ): Promise<string | null>;
  getBranding(orgId: string): Promise<BrandingRecord | null>;
  putBranding(record: BrandingRecord): Promise<void>;
  getTargets(assessmentId: string): Promise<TargetsRecord | null>;
  putTargets(record: TargetsRecord): Promise<void>;
  getBenchmarkConsent(assessmentId: string): Promise<BenchmarkConsentRecord | null>;
  /** Records consent, industry and size band; leaves an existing contribution alone. */
  saveBenchmarkConsent(record: Omit<BenchmarkConsentRecord, 'contribution'>): Promise<BenchmarkConsentRecord>;
  /** Adds an assessment's contribution to its tenant's live counts; false if refused. */
  contributeToBenchmark(assessmentId: string, contribution: BenchmarkContribution): Promise<boolean>;
  /** Takes a remembered contribution out again; false if the cell folded after `epoch` was read. */
  withdrawFromBenchmark(
    assessmentId: string,
    contribution: BenchmarkContribution,
    epoch: number,
  ): Promise<boolean>;
  getBenchmarkCell(industry: Industry, sizeBand: SizeBand): Promise<BenchmarkCell>;
  /** One fold from `read.epoch` to the next; false if anything moved since the read. */
  publishBenchmark(
    industry: Industry,
    sizeBand: SizeBand,
    read: Pick<BenchmarkCell, 'epoch' | 'rev'>,
    shares: readonly Pick<BenchmarkTenantShare, 'tenant' | 'live'>[],
  ): Promise<boolean>;
  /** Local demo only: one anonymous peer's bins, added as a pending change. */
  addBenchmarkPeer(
    industry: Industry,
    sizeBand: SizeBand,
    tenant: string,
    bins: Record<string, number>,
  ): Promise<void>;
}
