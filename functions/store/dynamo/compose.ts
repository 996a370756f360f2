/** A part's public members only: what the composed store offers of it. */
type PublicOf<Part> = { [Name in keyof Part]: Part[Name] };

/** What holding every one of the parts offers: the intersection of their public members. */
export type AllOf<Parts extends readonly object[]> = Parts extends readonly [
  infer Head,
  ...infer Rest extends readonly object[],
]
  ? PublicOf<Head> & AllOf<Rest>
  : unknown;

/** The methods a part declares itself: its class's own, not what it inherits from the table context. */
const methodsOf = (part: object): string[] =>
  Object.getOwnPropertyNames(Object.getPrototypeOf(part)).filter(
    (name) => name !== 'constructor' && typeof Reflect.get(part, name) === 'function',
  );

/**
 * One object answering every method of the parts, each bound to its part. One aggregate owns each
 * request: a method two parts declare is refused when the store is built.
 */
export const compose = <Parts extends readonly object[]>(parts: Parts): AllOf<Parts> => {
  const whole: Record<string, unknown> = {};
  for (const part of parts) {
    for (const name of methodsOf(part)) {
      if (name in whole) throw new Error(`Two parts of the store declare ${name}.`);
      whole[name] = (Reflect.get(part, name) as (...args: unknown[]) => unknown).bind(part);
    }
  }
  return whole as AllOf<Parts>;
};

/**
 * A class whose instances hold every method of the parts built from its constructor's arguments,
 * typed as all of them (so `implements` on a subclass checks the parts against a port).
 */
export const composedOf = <Args extends unknown[], Parts extends readonly object[]>(
  partsOf: (...args: Args) => Parts,
) =>
  class {
    constructor(...args: Args) {
      Object.assign(this, compose(partsOf(...args)));
    }
  } as unknown as new (
    ...args: Args
  ) => AllOf<Parts>;
