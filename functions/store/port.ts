import type { DeliverablesStore } from './deliverables-store';
import type {
  AssessmentRecord,
  InviteRecord,
  MailRecord,
  OrganisationRecord,
  Page,
  ResponseContext,
  ResponsePatch,
  StakeholderRecord,
} from './records';

export type AssessmentUpdate = Partial<
  Pick<AssessmentRecord, 'clientName' | 'context' | 'dueDate' | 'status' | 'minGroupSize'>
>;

/** Why a write was refused; the API maps each to a status. */
export type StoreRefusal =
  | 'not-found'
  | 'closed'
  | 'revoked'
  | 'version-conflict'
  | 'exists'
  | 'invalid-cursor';

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
export interface Store {
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

  addStakeholder(stakeholder: StakeholderRecord, invite: InviteRecord): Promise<void>;
  listStakeholders(assessmentId: string): Promise<StakeholderRecord[]>;
  /** Only what progress needs (role, status, submittedAt): a light query for list pages. */
  listStakeholderProgress(
    assessmentId: string,
  ): Promise<Pick<StakeholderRecord, 'role' | 'status' | 'submittedAt'>[]>;
  getStakeholder(assessmentId: string, stakeholderId: string): Promise<StakeholderRecord | null>;
  removeStakeholder(
    orgId: string,
    assessmentId: string,
    stakeholderId: string,
    tokenHash: string,
  ): Promise<void>;
  revokeInvite(assessmentId: string, stakeholderId: string, tokenHash: string, now: string): Promise<void>;
  reissueInvite(stakeholder: StakeholderRecord, invite: InviteRecord, now: string): Promise<void>;
  markReminded(assessmentId: string, stakeholderId: string, now: string): Promise<void>;

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

  recordMail(mail: MailRecord): Promise<void>;
  listMail(orgId: string, limit: number): Promise<MailRecord[]>;

  // Tenant registry (local sign-in only; in AWS an administrator sets `custom:orgId`).
  /** The organisation registered under a normalised name, if any. */
  getOrganisationByName(normalisedName: string): Promise<OrganisationRecord | null>;
  /** Registers a name once: refused as `exists` when the normalised name is taken already. */
  registerOrganisation(record: OrganisationRecord): Promise<void>;

  // ── Deliverables (issue 13): share links, firm branding, targets, the opt-in benchmark ──
  createShareLink: DeliverablesStore['createShareLink'];
  listShareLinks: DeliverablesStore['listShareLinks'];
  getShareLink: DeliverablesStore['getShareLink'];
  revokeShareLink: DeliverablesStore['revokeShareLink'];
  findShareLink: DeliverablesStore['findShareLink'];
  recordShareView: DeliverablesStore['recordShareView'];
  getBranding: DeliverablesStore['getBranding'];
  putBranding: DeliverablesStore['putBranding'];
  getTargets: DeliverablesStore['getTargets'];
  putTargets: DeliverablesStore['putTargets'];
  getBenchmarkConsent: DeliverablesStore['getBenchmarkConsent'];
  saveBenchmarkConsent: DeliverablesStore['saveBenchmarkConsent'];
  contributeToBenchmark: DeliverablesStore['contributeToBenchmark'];
  withdrawFromBenchmark: DeliverablesStore['withdrawFromBenchmark'];
  getBenchmarkCell: DeliverablesStore['getBenchmarkCell'];
  addBenchmarkPeer: DeliverablesStore['addBenchmarkPeer'];
}
