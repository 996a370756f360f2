import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  type Mount,
  mountRoutes,
  type PublicHandlers,
  type PublicHandlersOf,
  type WorkspaceHandlers,
  type WorkspaceHandlersOf,
} from '../../../functions/api/http/mount';
import type { ROUTES } from '../../../functions/api/route-table';

/**
 * The compiler holds the route table: `npm run typecheck` checks this file, and each
 * `@ts-expect-error` below fails the check if the line it marks ever compiles. The functions are
 * never called; vitest only confirms the file loads.
 */

/** The table with one more consultant route, as someone adding a route would leave it. */
type Extended = typeof ROUTES & {
  listWidgets: {
    method: 'get';
    path: '/api/widgets';
    access: 'consultant';
    summary: 'Widgets';
    response: z.ZodArray<z.ZodString>;
  };
};

const typeChecks = (handlers: WorkspaceHandlers, publicOnly: PublicHandlers) => {
  // Today's handlers do not cover the extended table: the new route needs its handler.
  // @ts-expect-error listWidgets is declared but has no handler
  const _extended: WorkspaceHandlersOf<Extended> = handlers;
  // With the handler, and typed by its declaration, it compiles.
  const _covered: WorkspaceHandlersOf<Extended> = { ...handlers, listWidgets: () => ['a'] };
  // @ts-expect-error the handler answers outside the documented response (numbers, not strings)
  const _wrongReply: WorkspaceHandlersOf<Extended> = { ...handlers, listWidgets: () => [1] };

  // A declared route left without a handler does not mount.
  const { getMe: _getMe, ...withoutGetMe } = handlers;
  const app = new Hono();
  // @ts-expect-error getMe is declared, so the workspace app needs its handler
  mountRoutes(app, { variant: 'workspace', handlers: withoutGetMe, auth: { resolve: async () => null } }, {});

  // The local-only sign-in and sign-out are optional by design.
  const { signInLocally: _in, signOutLocally: _out, ...withoutLocal } = handlers;
  const _lambda: Mount = {
    variant: 'workspace',
    handlers: withoutLocal,
    auth: { resolve: async () => null },
  };

  // The public-only app needs every public route, and nothing else.
  const { getHealth: _health, ...withoutHealth } = publicOnly;
  // @ts-expect-error getHealth is public, so the public-only app needs its handler
  const _publicMissing: Mount = { variant: 'public', handlers: withoutHealth };
  const _publicOnly: Mount = { variant: 'public', handlers: publicOnly };
  // A new public route is required of the public app too.
  // @ts-expect-error the public-only app lacks the new public route's handler
  const _publicExtended: PublicHandlersOf<
    Extended & { ping: Extended['listWidgets'] & { access: 'public' } }
  > = publicOnly;

  // The workspace variant cannot be mounted without an authenticator for its consultant routes.
  // @ts-expect-error auth is required for the workspace app
  const _noAuth: Mount = { variant: 'workspace', handlers };
  return [_extended, _covered, _wrongReply, _lambda, _publicMissing, _publicOnly, _publicExtended, _noAuth];
};

describe('the route table, held by the compiler', () => {
  it('is checked by the type check (this file carries the proofs)', () => {
    expect(typeof typeChecks).toBe('function');
    expect(z).toBeDefined();
  });
});
