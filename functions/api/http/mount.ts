import type { Context, Hono } from 'hono';
import type * as z from 'zod';
import type { Language } from '../../i18n/languages';
import type { ConsultantAuth } from '../auth/principal';
import { requireConsultant } from '../auth/require-consultant';
import { loadReaderLanguage, readsLanguage } from '../language';
import { type Access, type OperationId, ROUTES, type RouteSpec } from '../route-table';
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

/** A handler for every route of a table, each typed by its declaration. */
export type HandlersOf<Table extends Record<string, RouteSpec>> = { [K in keyof Table]: Handler<Table[K]> };

/** The operations of a table that one kind of caller may call. */
export type OperationsOf<Table extends Record<string, RouteSpec>, A extends Access> = {
  [K in keyof Table]: Table[K]['access'] extends A ? K : never;
}[keyof Table];

/**
 * What the workspace app must provide for a table: a handler for every route, except the
 * local-only ones (`access: 'local'`), which are optional by design (only the local host has a
 * sign-in of its own). A route declared without a handler does not compile.
 */
export type WorkspaceHandlersOf<Table extends Record<string, RouteSpec>> = Omit<
  HandlersOf<Table>,
  OperationsOf<Table, 'local'>
> &
  Partial<Pick<HandlersOf<Table>, OperationsOf<Table, 'local'>>>;

/** What the public-only app (no store, no sign-in) must provide: a handler for every public route. */
export type PublicHandlersOf<Table extends Record<string, RouteSpec>> = Pick<
  HandlersOf<Table>,
  OperationsOf<Table, 'public'>
>;

/** One handler per declared route of the API. */
export type Handlers = HandlersOf<typeof ROUTES>;
export type LocalOperation = OperationsOf<typeof ROUTES, 'local'>;
export type PublicOperation = OperationsOf<typeof ROUTES, 'public'>;
export type WorkspaceHandlers = WorkspaceHandlersOf<typeof ROUTES>;
export type PublicHandlers = PublicHandlersOf<typeof ROUTES>;

/**
 * Which app to mount, with exactly the handlers it needs: the public-only app (what the hosts
 * serve before a workspace is wired, and the tests of the public routes) mounts the public
 * routes; the workspace app mounts every route, consultant ones behind `auth`.
 */
export type Mount =
  | { variant: 'public'; handlers: PublicHandlers }
  | { variant: 'workspace'; handlers: WorkspaceHandlers; auth: ConsultantAuth };

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
  /** Tests set this: every response body is checked against its route's documented schema. */
  checkResponses?: boolean;
}

/** hono's path syntax for a declared route: `{id}` becomes `:id`. */
const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * Mounts the routes of the variant: validation, auth and serialisation come from the table. The
 * types guarantee a handler for each; a local-only route without one is simply not served.
 */
export const mountRoutes = (app: Hono, mount: Mount, options: MountOptions) => {
  const handlers: Partial<Handlers> = mount.handlers;
  for (const [id, spec] of Object.entries(ROUTES) as [OperationId, RouteSpec][]) {
    if (mount.variant === 'public' && spec.access !== 'public') continue;
    const handler = handlers[id] as Handler<RouteSpec> | undefined;
    if (!handler) {
      if (spec.access === 'local') continue;
      // Unreachable through the types; a cast around them still fails at start-up, not per request.
      throw new Error(`Route ${id} (${spec.method.toUpperCase()} ${spec.path}) has no handler.`);
    }
    // Known on the route's first request (its query schema is built then, not at mount).
    let readsTexts: boolean | undefined;
    const run = async (c: Context) => {
      const input = (await readInput(c, spec)) as Input<RouteSpec>;
      readsTexts ??= readsLanguage(spec.query);
      // The reader's language is loaded before the handler, which says things synchronously.
      if (readsTexts) await loadReaderLanguage(c, input.query as { lang?: Language } | undefined);
      const data = await handler(c as Context<ConsultantEnv>, input);
      return reply(c, spec, data, options.checkResponses ?? false);
    };
    if (spec.access === 'consultant' && mount.variant === 'workspace') {
      app.on(spec.method.toUpperCase(), honoPath(spec.path), requireConsultant(mount.auth), run);
    } else {
      app.on(spec.method.toUpperCase(), honoPath(spec.path), run);
    }
  }
};
