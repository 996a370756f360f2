import { describe, expect, it } from 'vitest';
import { STORE_ACTIONS } from '../../../functions/store/permissions';
import { recordStoreActions } from '../../support/store-actions';

describe('the store’s declared DynamoDB actions', () => {
  it('cover every command each method sends, on its success and its refusal paths, and no Scan', async () => {
    const recorded = await recordStoreActions();
    for (const [method, actions] of Object.entries(recorded)) {
      const declared = STORE_ACTIONS[method as keyof typeof STORE_ACTIONS];
      expect(
        [...actions].filter((a) => !declared.includes(a)),
        method,
      ).toEqual([]);
      expect(actions.size, `${method} sent no command`).toBeGreaterThan(0);
      expect(
        [...actions].some((a) => a === ('dynamodb:Scan' as string)),
        method,
      ).toBe(false);
    }
  });
});
