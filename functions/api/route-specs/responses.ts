import * as z from 'zod';
import { ResponseDocument } from '../../contract/assessments';
import { lazySchema } from '../../contract/lazy';
import { TransferCode } from '../../services/tokens';
import { SaveBody } from '../schemas';
import type { RouteSpec } from './spec';

const TransferCodeResponse = lazySchema(() =>
  z.object({
    code: z.string().describe('XXXXX-XXXXX; shown once, single use.'),
    expiresAt: z.string(),
  }),
);
const RedeemTransferRequest = lazySchema(() => z.object({ code: TransferCode }).strict());

/**
 * A stakeholder's response through their invite link: read, autosave, submit, and moving the link
 * to another device.
 */
export const RESPONSE_ROUTES = {
  getResponse: {
    method: 'get',
    path: '/api/response',
    access: 'stakeholder',
    summary:
      "The stakeholder's questionnaire state. X-Device-Key once the link is bound (else 403 device_mismatch); 404 invite_not_found, 410 invite_expired.",
    response: ResponseDocument,
  },
  saveResponse: {
    method: 'put',
    path: '/api/response',
    access: 'stakeholder',
    summary:
      'Autosave: merge answers, notes and expectations (idempotent; optional version). The first write binds the link to the device and returns deviceKey once; 409 already_submitted after submission.',
    body: SaveBody,
    response: ResponseDocument,
  },
  submitResponse: {
    method: 'post',
    path: '/api/response/submit',
    access: 'stakeholder',
    summary: 'Submit, optionally with final changes; a submission is final',
    body: SaveBody,
    bodyOptional: true,
    response: ResponseDocument,
  },
  startDeviceTransfer: {
    method: 'post',
    path: '/api/response/transfer',
    access: 'stakeholder',
    summary:
      'The bound device gets a one-time code, valid 10 minutes, to move the link to another device; 409 device_not_bound before the first write',
    response: TransferCodeResponse,
  },
  redeemDeviceTransfer: {
    method: 'post',
    path: '/api/response/transfer/redeem',
    access: 'stakeholder',
    summary:
      'The new device trades the code for its own deviceKey; the old device stops working. 403 transfer_code_invalid for a wrong, used or expired code',
    body: RedeemTransferRequest,
    response: ResponseDocument,
  },
} as const satisfies Record<string, RouteSpec>;
