import { API_STORE_METHODS, type ApiStore } from '../api/types';

type Method = (typeof API_STORE_METHODS)[number];

/** Every method the API may call returns a promise, so each can wait for the store to load first. */
type Synchronous = { [K in Method]: ReturnType<ApiStore[K]> extends Promise<unknown> ? never : K }[Method];
const everyMethodIsAsync: [Synchronous] extends [never] ? true : Synchronous = true;
void everyMethodIsAsync;

/**
 * The API's store, its DynamoDB adapter and the AWS SDK under it (about 200 KB of code) imported on
 * the first call of any of its methods instead of at every cold start: a container that serves the
 * questionnaire, the quick check, the API description or who is signed in never loads them, and
 * the first request that reads or writes data loads them once, before its first DynamoDB call.
 * Each method is the store's own from then on; a failed import is tried again by the next call.
 */
export const storeOnDemand = (load: () => Promise<ApiStore>): ApiStore => {
  let store: Promise<ApiStore> | undefined;
  const ready = () =>
    (store ??= load().catch((error: unknown) => {
      store = undefined;
      throw error;
    }));
  const call =
    (method: Method) =>
    async (...args: unknown[]): Promise<unknown> => {
      const loaded = await ready();
      return (loaded[method] as (...a: unknown[]) => Promise<unknown>).apply(loaded, args);
    };
  return Object.fromEntries(API_STORE_METHODS.map((method) => [method, call(method)])) as unknown as ApiStore;
};
