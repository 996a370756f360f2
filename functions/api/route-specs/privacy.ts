import { StakeholderView } from '../../contract/assessments';
import { AccessLog, PrivacySettings, PrivacySettingsRequest } from '../../contract/privacy';
import { AssessmentPath, StakeholderPath } from './paths';
import type { RouteSpec } from './spec';

/** Personal data lifecycle: the organisation's retention, erasure on request, the record of access. */
export const PRIVACY_ROUTES = {
  getPrivacySettings: {
    method: 'get',
    path: '/api/organisation/privacy',
    access: 'consultant',
    summary:
      "How many days stakeholders' names and e-mail addresses are kept after a client's last assessment closes (default 180)",
    response: PrivacySettings,
  },
  putPrivacySettings: {
    method: 'put',
    path: '/api/organisation/privacy',
    access: 'consultant',
    summary: 'Set the retention of names and e-mail addresses (30 to 3650 days)',
    body: PrivacySettingsRequest,
    response: PrivacySettings,
  },
  eraseStakeholder: {
    method: 'post',
    path: '/api/assessments/{id}/stakeholders/{sid}/erase',
    access: 'consultant',
    summary:
      'Erase a stakeholder on request, open or closed assessment: name, e-mail, link, draft and notes go (also from the outbox); it stays listed as removed, and a submission stays counted anonymously',
    params: StakeholderPath,
    response: StakeholderView,
  },
  eraseResponse: {
    method: 'delete',
    path: '/api/response',
    access: 'stakeholder',
    summary:
      'The stakeholder erases their own invitation from the bound device (X-Device-Key, else 403 device_mismatch): name, e-mail, draft and notes go, the link stops working; a submission stays counted anonymously',
    status: 204,
  },
  getAccessLog: {
    method: 'get',
    path: '/api/assessments/{id}/access-log',
    access: 'consultant',
    summary:
      'Who viewed the results, exported, shared or opened a share link of this assessment: the newest 200 entries, newest first',
    params: AssessmentPath,
    response: AccessLog,
  },
} as const satisfies Record<string, RouteSpec>;
