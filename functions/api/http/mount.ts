import type { Context, Hono } from 'hono';
import type * as z from 'zod';
import type { ConsultantAuth } from '../auth/principal';
import { requireConsultant } from '../auth/require-consultant';
import { type OperationId, ROUTES, type RouteSpec } from '../route-table';
import type { ConsultantEnv } from '../types';
import { ApiError } from './errors';
import { parse, readBody } from './validate';

type Parsed<S, K extends 'params' | 'query' | 'body'> = S extends { [P in K]: infer Z extends z.ZodType }
  ? z.output<Z>
  : undefined;

/** What the mount has already validated for a handler: path parameters, query and body. */
export interface Input<S> {
  params: Parsed<S, 'params'>;
  query: Parsed<S, 'query'>;
  body: Parsed<S, 'body'>;
}

/** What a handler returns: the documented response body (serialised by the mount), or nothing for 204. */
type Reply<S> = S extends { status: 204 }
  ? undefined
  : S extends { response: infer Z extends z.ZodType }
    ? z.input<Z>
    : unknown;

export type Handler<S> = (c: Context<ConsultantEnv>, input: Input<S>) => Promise<Reply<S>> | Reply<S>;

/** One handler per declared route; the compiler refuses a route without one. */
export type Handlers = { [K in OperationId]: Handler<(typeof ROUTES)[K]> };

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/**
 * A body is read only as JSON. Any other content type is refused with 415 even where the route
 * ignores the body: a text/plain POST is what another site can send without a CORS preflight.
 */
const requireJson = (c: Context) => {
  const length = Number(c.req.header('content-length') ?? '0');
  const type = c.req.header('content-type');
  if ((length > 0 || type !== undefined) && !JSON_TYPE.test(type ?? '')) {
    throw new ApiError(
      415,
      'unsupported_media_type',
      'Send the body as JSON (Content-Type: application/json).',
      [{ path: 'header.content-type', message: 'must be application/json' }],
    );
  }
};

const readInput = async (c: Context, spec: RouteSpec) => {
  requireJson(c);
  const params = spec.params ? parse(spec.params, c.req.param(), 'path') : undefined;
  const query = spec.query ? parse(spec.query, c.req.query(), 'query') : undefined;
  let body: unknown;
  if (spec.body) {
    body =
      spec.bodyOptional && (await c.req.text()).trim() === ''
        ? parse(spec.body, {}, 'body')
        : await readBody(c, spec.body);
  }
  return { params, query, body };
};

/** Turns what a handler returned into the route's documented response. */
const reply = (c: Context, spec: RouteSpec, data: unknown, checkResponses: boolean): Response => {
  if (spec.status === 204) return c.body(null, 204);
  if (checkResponses && spec.response) {
    const checked = spec.response.safeParse(data);
    if (!checked.success) {
      throw new Error(
        `${spec.method.toUpperCase()} ${spec.path} answered outside its documented schema: ${JSON.stringify(checked.error.issues)}`,
      );
    }
  }
  if (spec.contentType === 'text/csv')
    return c.body(String(data), 200, { 'content-type': 'text/csv; charset=utf-8' });
  return c.json(data as object, spec.status ?? 200);
};

export interface MountOptions {
  auth?: ConsultantAuth;
  /** Tests set this: every response body is checked against its route's documented schema. */
  checkResponses?: boolean;
}

/** hono's path syntax for a declared route: `{id}` becomes `:id`. */
const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** Mounts the declared routes that have a handler: validation, auth and serialisation come from the table. */
export const mountRoutes = (app: Hono, handlers: Partial<Handlers>, options: MountOptions) => {
  for (const [id, spec] of Object.entries(ROUTES) as [OperationId, RouteSpec][]) {
    const handler = handlers[id] as Handler<RouteSpec> | undefined;
    if (!handler) continue;
    const run = async (c: Context) => {
      const input = (await readInput(c, spec)) as Input<RouteSpec>;
      const data = await handler(c as Context<ConsultantEnv>, input);
      return reply(c, spec, data, options.checkResponses ?? false);
    };
    if (spec.access === 'consultant') {
      if (!options.auth) continue;
      app.on(spec.method.toUpperCase(), honoPath(spec.path), requireConsultant(options.auth), run);
    } else {
      app.on(spec.method.toUpperCase(), honoPath(spec.path), run);
    }
  }
};
