import { StoreError } from '../../store/port';
import { ApiError } from './errors';

/** Maps a store refusal to what the client sees. Unknown and revoked both read as "not found": no oracle. */
export const fromStoreError = (e: unknown): ApiError | null => {
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
    case 'invalid-cursor':
      return new ApiError(400, 'invalid_request', e.message, [{ path: 'query.cursor', message: e.message }]);
  }
};
