import * as z from 'zod';

/**
 * A schema built on first use. Building the contract's ~150 zod schemas is the largest part of
 * the API function's cold start (≈15 ms by CPU profile), yet a request uses a handful; each
 * schema is therefore made when something first reads it (a parse, a composition, the OpenAPI
 * document) and is the same schema from then on. Its description follows it to the stand-in,
 * so documents generated from either say the same.
 */
export const lazySchema = <T extends object>(make: () => T): T => {
  let made: T | undefined;
  const stand = new Proxy({} as T, {
    get: (_target, key) => {
      const real = schema();
      const value = Reflect.get(real, key, real);
      return value;
    },
    has: (_target, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_target, key) => {
      const d = Reflect.getOwnPropertyDescriptor(schema(), key);
      return d && { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
    set: (_target, key, value) => Reflect.set(schema(), key, value),
  });
  const schema = (): T => {
    if (made === undefined) {
      made = make();
      const meta = z.globalRegistry.get(made as unknown as z.ZodType);
      if (meta) z.globalRegistry.add(stand as unknown as z.ZodType, meta);
    }
    return made;
  };
  return stand;
};
