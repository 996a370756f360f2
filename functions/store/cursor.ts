import { StoreError } from './port';

type Item = Record<string, unknown>;

export const encodeCursor = (key: Item | undefined): string | null =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;

const TABLE_KEY = ['pk', 'sk'];
const INDEX_KEY = ['gsi1pk', 'gsi1sk', 'pk', 'sk'];

/**
 * A cursor is a key this store returned: exactly the table's key attributes (plus the index's on
 * an index query), all strings, in the caller's own partition. Anything else, an extra attribute
 * included (DynamoDB would refuse it with a 5xx), is refused as invalid input.
 */
export const decodeCursor = (
  cursor: string | null | undefined,
  expectPk: string | null,
): Item | undefined => {
  if (!cursor) return undefined;
  const attributes = expectPk === null ? INDEX_KEY : TABLE_KEY;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Item;
    const valid =
      typeof key === 'object' &&
      key !== null &&
      !Array.isArray(key) &&
      Object.keys(key).sort().join() === [...attributes].sort().join() &&
      attributes.every((a) => typeof key[a] === 'string' && (key[a] as string).length <= 1024) &&
      (expectPk === null || key.pk === expectPk);
    if (!valid) throw new Error('bad key');
    return key;
  } catch {
    throw new StoreError('invalid-cursor', 'The cursor is not one this list returned.');
  }
};
