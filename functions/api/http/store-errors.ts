import { StoreError } from '../../store/port';
import { ApiError } from './errors';

/** The one answer for a link used on a device it is not bound to: it reveals nothing of the response. */
export const deviceMismatch = () =>
  new ApiError(
    403,
    'device_mismatch',
    'This link is in use on another device. Open it there, or ask that device for a transfer code.',
  );

/** Maps a store refusal to what the client sees. Unknown and revoked both read as "not found": no oracle. */
export const fromStoreError = (e: unknown): ApiError | null => {
  // A write whose condition no longer held, wherever it was not mapped more precisely: something
  // changed meanwhile. A conflict to retry, never a 5xx.
  const name = (e as Error | undefined)?.name;
  if (name === 'ConditionalCheckFailedException' || name === 'TransactionCanceledException')
    return new ApiError(409, 'version_conflict', 'The data changed meanwhile; reload and try again.');
  if (!(e instanceof StoreError)) return null;
  switch (e.reason) {
    case 'not-found':
      return new ApiError(404, 'not_found', e.message);
    case 'revoked':
      return new ApiError(
        404,
        'invite_not_found',
        'This invitation link is not valid: it may have been revoked or replaced.',
      );
    case 'closed':
      return new ApiError(409, 'assessment_closed', e.message);
    case 'version-conflict':
      return new ApiError(409, 'version_conflict', e.message);
    case 'exists':
      return new ApiError(409, 'already_exists', e.message);
    case 'device-mismatch':
      return deviceMismatch();
    case 'transfer-invalid':
      return new ApiError(
        403,
        'transfer_code_invalid',
        'That transfer code is not valid: it may be mistyped, used already or older than 10 minutes. Ask your other device for a new one.',
      );
    case 'already-submitted':
      return new ApiError(409, 'already_submitted', e.message);
    case 'invalid-cursor':
      return new ApiError(400, 'invalid_request', e.message, [{ path: 'query.cursor', message: e.message }]);
  }
};
