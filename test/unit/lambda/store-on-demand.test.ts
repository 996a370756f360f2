import { describe, expect, it, vi } from 'vitest';
import { API_STORE_METHODS, type ApiStore } from '../../../functions/api/types';
import { storeOnDemand } from '../../../functions/lambda/store-on-demand';

/** A store whose every method answers with its own name and arguments, and knows its own `this`. */
const echoStore = () =>
  Object.fromEntries(
    API_STORE_METHODS.map((method) => [
      method,
      async function (this: unknown, ...args: unknown[]) {
        return { method, args, bound: this === store };
      },
    ]),
  ) as unknown as ApiStore;
let store: ApiStore;

describe('the API store imported on first use', () => {
  it('imports nothing until a method is called, then once for every call', async () => {
    store = echoStore();
    const load = vi.fn(async () => store);
    const onDemand = storeOnDemand(load);
    expect(load).not.toHaveBeenCalled();
    expect(Object.keys(onDemand).sort()).toEqual([...API_STORE_METHODS].sort());
    const [a, b] = await Promise.all([
      onDemand.getAssessment('org-1', 'a-1'),
      onDemand.listMail('org-1', 50),
    ]);
    expect(a).toEqual({ method: 'getAssessment', args: ['org-1', 'a-1'], bound: true });
    expect(b).toEqual({ method: 'listMail', args: ['org-1', 50], bound: true });
    await onDemand.listAssessments('org-1', { limit: 10 });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('passes a method’s failure on, and tries the import again after one failed', async () => {
    store = echoStore();
    const failing = { ...store, getBranding: async () => Promise.reject(new Error('throttled')) };
    const load = vi
      .fn<() => Promise<ApiStore>>()
      .mockRejectedValueOnce(new Error('import failed'))
      .mockResolvedValue(failing);
    const onDemand = storeOnDemand(load);
    await expect(onDemand.getBranding('org-1')).rejects.toThrow('import failed');
    await expect(onDemand.getBranding('org-1')).rejects.toThrow('throttled');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
