import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, fromZod } from './errors';

/** Parses a value with a schema; a failure becomes a 400 naming each field at fault. */
export const parse = <S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'body' | 'path' | 'query' | 'header',
): z.output<S> => {
  const result = schema.safeParse(value);
  if (!result.success) throw fromZod(result.error, where);
  return result.data;
};

/** Reads and validates a JSON body. Empty or malformed JSON is a 400, never a 500. */
export const readBody = async <S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> => {
  const text = await c.req.text();
  if (text.trim() === '')
    throw new ApiError(400, 'invalid_json', 'The request body is empty; send a JSON object.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  return parse(schema, json, 'body');
};
