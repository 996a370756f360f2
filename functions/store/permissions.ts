import type { Store } from './port';

export type DynamoAction =
  | 'dynamodb:GetItem'
  | 'dynamodb:BatchGetItem'
  | 'dynamodb:PutItem'
  | 'dynamodb:UpdateItem'
  | 'dynamodb:DeleteItem'
  | 'dynamodb:Query'
  | 'dynamodb:ConditionCheckItem';

export type StoreMethod = keyof Store;

/**
 * The DynamoDB actions each store method's commands need, declared beside the store. A
 * transaction needs the action of every item in it (Put, Update, Delete, ConditionCheck); a unit
 * test records the commands each method really sends and fails when one is missing here.
 */
export const STORE_ACTIONS: { readonly [M in StoreMethod]: readonly DynamoAction[] } = {
  createAssessment: ['dynamodb:PutItem'],
  getAssessment: ['dynamodb:GetItem'],
  listAssessments: ['dynamodb:Query'],
  updateAssessment: ['dynamodb:UpdateItem', 'dynamodb:GetItem'],
  listOpenAssessments: ['dynamodb:Query'],
  addStakeholder: ['dynamodb:UpdateItem', 'dynamodb:PutItem', 'dynamodb:GetItem'],
  listStakeholders: ['dynamodb:Query'],
  listStakeholderProgress: ['dynamodb:Query'],
  getStakeholder: ['dynamodb:GetItem'],
  removeStakeholder: [
    'dynamodb:ConditionCheckItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:PutItem',
    'dynamodb:GetItem',
  ],
  revokeInvite: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
  reissueInvite: [
    'dynamodb:ConditionCheckItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:PutItem',
    'dynamodb:GetItem',
  ],
  queueReminder: ['dynamodb:UpdateItem', 'dynamodb:PutItem'],
  markContested: ['dynamodb:UpdateItem'],
  findInvite: ['dynamodb:GetItem'],
  getResponseContext: ['dynamodb:BatchGetItem'],
  saveResponse: [
    'dynamodb:ConditionCheckItem',
    'dynamodb:UpdateItem',
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
  ],
  listRetiredSubmissions: ['dynamodb:Query'],
  startDeviceTransfer: ['dynamodb:UpdateItem'],
  redeemDeviceTransfer: ['dynamodb:UpdateItem'],
  listMail: ['dynamodb:Query'],
  listQueuedMail: ['dynamodb:Query'],
  markMailSent: ['dynamodb:UpdateItem'],
  getOrganisationByName: ['dynamodb:GetItem'],
  registerOrganisation: ['dynamodb:PutItem'],

  // Personal data lifecycle: retention, erasure, the record of access.
  listClosedAssessments: ['dynamodb:Query'],
  getPrivacySettings: ['dynamodb:GetItem'],
  putPrivacySettings: ['dynamodb:PutItem'],
  eraseStakeholder: [
    'dynamodb:ConditionCheckItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:PutItem',
  ],
  erasePersonalData: ['dynamodb:Query', 'dynamodb:UpdateItem'],
  scrubMail: ['dynamodb:Query', 'dynamodb:UpdateItem'],
  recordAccess: ['dynamodb:PutItem'],
  listAccessLog: ['dynamodb:Query'],

  // Share links, branding, targets and the benchmark (issue 13).
  createShareLink: ['dynamodb:PutItem'],
  listShareLinks: ['dynamodb:Query'],
  getShareLink: ['dynamodb:GetItem'],
  revokeShareLink: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
  findShareLink: ['dynamodb:GetItem'],
  recordShareView: ['dynamodb:UpdateItem'],
  getBranding: ['dynamodb:GetItem'],
  putBranding: ['dynamodb:PutItem'],
  getTargets: ['dynamodb:GetItem'],
  putTargets: ['dynamodb:PutItem'],
  getBenchmarkConsent: ['dynamodb:GetItem'],
  saveBenchmarkConsent: ['dynamodb:UpdateItem'],
  contributeToBenchmark: ['dynamodb:UpdateItem'],
  withdrawFromBenchmark: ['dynamodb:UpdateItem'],
  getBenchmarkCell: ['dynamodb:Query'],
  publishBenchmark: ['dynamodb:UpdateItem'],
  addBenchmarkPeer: ['dynamodb:UpdateItem'],

  // The evidence register, the workshop's agreed levels and their audit trail.
  listEvidence: ['dynamodb:Query'],
  putEvidence: ['dynamodb:PutItem'],
  deleteEvidence: ['dynamodb:DeleteItem'],
  getCalibration: ['dynamodb:GetItem'],
  saveCalibration: ['dynamodb:PutItem', 'dynamodb:GetItem'],
  listCalibrationAudit: ['dynamodb:Query'],
};

/** The actions a function needs for the store methods it uses: no more, sorted for stable templates. */
export const actionsFor = (methods: readonly StoreMethod[]): DynamoAction[] =>
  [...new Set(methods.flatMap((m) => STORE_ACTIONS[m]))].sort();
