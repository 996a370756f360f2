import type { Questionnaire } from '../core';
import type { Store } from '../store/port';
import type { ConsultantAuth, Principal } from './auth/principal';

/**
 * The store methods the API may call. The function's IAM policy is derived from this list, and the
 * type below lets the routes call nothing else.
 */
export const API_STORE_METHODS = [
  'createAssessment',
  'getAssessment',
  'listAssessments',
  'updateAssessment',
  'addStakeholder',
  'listStakeholders',
  'listStakeholderProgress',
  'getStakeholder',
  'removeStakeholder',
  'revokeInvite',
  'reissueInvite',
  'queueReminder',
  'markContested',
  'findInvite',
  'getResponseContext',
  'saveResponse',
  'listRetiredSubmissions',
  'startDeviceTransfer',
  'redeemDeviceTransfer',
  'listMail',
  // Personal data lifecycle: retention settings, erasure on request, the record of access.
  'getPrivacySettings',
  'putPrivacySettings',
  'eraseStakeholder',
  'scrubMail',
  'recordAccess',
  'listAccessLog',
  // Share links, branding, targets and the benchmark (issue 13); addBenchmarkPeer is the local seed's only.
  'createShareLink',
  'listShareLinks',
  'getShareLink',
  'revokeShareLink',
  'findShareLink',
  'recordShareView',
  'getBranding',
  'putBranding',
  'getTargets',
  'putTargets',
  'getBenchmarkConsent',
  'saveBenchmarkConsent',
  'contributeToBenchmark',
  'withdrawFromBenchmark',
  'getBenchmarkCell',
  'publishBenchmark',
  // The evidence register, the workshop's agreed levels and their audit trail.
  'listEvidence',
  'putEvidence',
  'deleteEvidence',
  'getCalibration',
  'saveCalibration',
  'listCalibrationAudit',
] as const satisfies readonly (keyof Store)[];

export type ApiStore = Pick<Store, (typeof API_STORE_METHODS)[number]>;

/** What the consultant and stakeholder routes need; the hosts provide it. */
export interface WorkspaceDeps {
  store: ApiStore;
  auth: ConsultantAuth;
  now: () => Date;
  /** Where invite links point; when unset, the origin of the request that created them. */
  publicBaseUrl?: string;
  /** Smallest role group shown separately in results, unless an assessment sets its own. */
  defaultMinGroupSize: number;
  /** Local sign-in: present only when running locally, absent from the Lambda build. */
  localSignIn?: (email: string, organisation: string, password?: string) => Promise<string>;
  /** Local sign-out: the bearer token stops working at once. */
  localSignOut?: (authorization: string | undefined) => Promise<void>;
}

/** What the app needs from the outside world; the hosts (Lambda, local server, tests) provide it. */
export interface AppDeps {
  questionnaire: Questionnaire;
  workspace?: WorkspaceDeps;
  /** Tests set this: every response body is checked against its route's documented schema. */
  checkResponses?: boolean;
  /**
   * Where an unexpected error goes, with the route template (never the raw path, which may hold
   * an id or a token). Each host supplies its logger; without one the error is not logged.
   */
  logError?: (error: unknown, route: string) => void;
}

export type ConsultantEnv = { Variables: { principal: Principal } };
