import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { Hono } from 'hono/quick';
import { secureHeaders } from 'hono/secure-headers';
import { ApiError } from './http/errors';
import { type Mount, mountRoutes, type WorkspaceHandlers } from './http/mount';
import { PERMISSIONS_POLICY, REFERRER_POLICY } from './http/security-headers';
import { fromStoreError } from './http/store-errors';
import { assessmentHandlers } from './routes/assessments';
import { calibrationHandlers } from './routes/calibration';
import { deliverableHandlers } from './routes/deliverables';
import { privacyHandlers } from './routes/privacy';
import { publicHandlers } from './routes/public';
import { responseHandlers } from './routes/responses';
import { stakeholderHandlers } from './routes/stakeholders';
import { workspaceMiscHandlers } from './routes/workspace-misc';
import type { AppDeps } from './types';

/** Largest request body accepted; a full questionnaire with notes is far below it. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * What the app mounts for its dependencies: without a workspace, the public routes; with one,
 * every route of the table (the compiler refuses a route without a handler; only the local-only
 * sign-in and sign-out are optional, present when the host provides them).
 */
const mountFor = (deps: AppDeps): Mount => {
  const workspace = deps.workspace;
  if (!workspace) return { variant: 'public', handlers: publicHandlers(deps) };
  const handlers: WorkspaceHandlers = {
    ...publicHandlers(deps),
    ...workspaceMiscHandlers(workspace),
    ...assessmentHandlers(deps.questionnaire, workspace),
    ...stakeholderHandlers(deps.questionnaire, workspace),
    ...responseHandlers(workspace),
    ...deliverableHandlers(deps.questionnaire, workspace),
    ...privacyHandlers(workspace),
    ...calibrationHandlers(deps.questionnaire, workspace),
  };
  return { variant: 'workspace', handlers, auth: workspace.auth };
};

/**
 * The one hono app that both hosts (Lambda and the local server) run, derived from the route table.
 * hono's quick preset matches routes in order rather than compiling one regular expression for all
 * of them on the first request: with ~50 routes that compilation was a cold start's cost, and an
 * in-order match over them is a few microseconds.
 */
export const createApp = (deps: AppDeps) => {
  const app = new Hono();
  app.use('/api/*', secureHeaders({ referrerPolicy: REFERRER_POLICY }));
  app.use('/api/*', async (c, next) => {
    await next();
    // Answers, results and tokens are private: no browser or proxy keeps a copy.
    c.header('cache-control', 'no-store');
    c.header('permissions-policy', PERMISSIONS_POLICY);
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.json(
          new ApiError(
            413,
            'payload_too_large',
            `The request body exceeds ${MAX_BODY_BYTES} bytes.`,
          ).toBody(),
          413,
        ),
    }),
  );
  mountRoutes(app, mountFor(deps), { checkResponses: deps.checkResponses ?? false });

  app.notFound((c) => c.json(new ApiError(404, 'not_found', 'No such route.').toBody(), 404));
  app.onError((err, c) => {
    const known = err instanceof ApiError ? err : fromStoreError(err);
    if (known) return c.json(known.toBody(), known.status);
    if (err instanceof HTTPException) {
      return c.json(
        new ApiError(err.status as 400, 'http_error', err.message || 'Request refused.').toBody(),
        err.status,
      );
    }
    deps.logError?.(err, c.req.routePath);
    return c.json(
      { error: { code: 'internal', message: 'Something went wrong on our side; nothing was changed.' } },
      500,
    );
  });
  return app;
};

export type App = ReturnType<typeof createApp>;
