import { StoreError } from './port';

type Item = Record<string, unknown>;

export const encodeCursor = (key: Item | undefined): string | null =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;

const TABLE_KEY = ['pk', 'sk'];
const INDEX_KEY = ['gsi1pk', 'gsi1sk', 'pk', 'sk'];

/** What a cursor of one list must look like: its partition (or the index's), and its sort-key prefix. */
export type CursorShape = { pk: string; skPrefix: string } | { gsi1pk: string; skPrefix: string };

/**
 * A cursor is a key this store returned: exactly the table's key attributes (plus the index's on
 * an index query), all non-empty strings, in the caller's own partition, with the list's sort-key
 * prefix. Anything else (an extra attribute, an empty or foreign sort key: DynamoDB would refuse
 * them with a 5xx) is refused as invalid input.
 */
export const decodeCursor = (cursor: string | null | undefined, shape: CursorShape): Item | undefined => {
  if (!cursor) return undefined;
  const attributes = 'gsi1pk' in shape ? INDEX_KEY : TABLE_KEY;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Item;
    const valid =
      typeof key === 'object' &&
      key !== null &&
      !Array.isArray(key) &&
      Object.keys(key).sort().join() === [...attributes].sort().join() &&
      attributes.every(
        (a) =>
          typeof key[a] === 'string' && (key[a] as string).length > 0 && (key[a] as string).length <= 1024,
      ) &&
      ('gsi1pk' in shape ? key.gsi1pk === shape.gsi1pk : key.pk === shape.pk) &&
      (key.sk as string).startsWith(shape.skPrefix) &&
      (key.sk as string).length > shape.skPrefix.length;
    if (!valid) throw new Error('bad key');
    return key;
  } catch {
    throw new StoreError('invalid-cursor', 'The cursor is not one this list returned.');
  }
};
