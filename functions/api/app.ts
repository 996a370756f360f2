import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { requireConsultant } from './auth/require-consultant';
import { ApiError } from './http/errors';
import { fromStoreError } from './http/store-errors';
import { assessmentRoutes } from './routes/assessments';
import { publicRoutes } from './routes/public';
import { responseRoutes } from './routes/responses';
import { stakeholderRoutes } from './routes/stakeholders';
import { consultantMiscRoutes, localSignInRoutes } from './routes/workspace-misc';
import type { AppDeps, ConsultantEnv } from './types';

/** Largest request body accepted; a full questionnaire with notes is far below it. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The one hono app that both hosts (Lambda and the local server) run. */
export const createApp = (deps: AppDeps) => {
  const app = new Hono();
  app.use('/api/*', secureHeaders());
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
  app.route('/api', publicRoutes(deps));
  const workspace = deps.workspace;
  if (workspace) {
    if (workspace.localSignIn) app.route('/api/auth', localSignInRoutes(workspace.localSignIn));
    app.route('/api/response', responseRoutes(workspace));
    app.route(
      '/api/assessments',
      new Hono<ConsultantEnv>()
        .use('*', requireConsultant(workspace.auth))
        .route('/', assessmentRoutes(deps.questionnaire, workspace))
        .route('/', stakeholderRoutes(deps.questionnaire, workspace)),
    );
    app.route('/api', consultantMiscRoutes(workspace));
  }

  app.notFound((c) =>
    c.json(new ApiError(404, 'not_found', `No route for ${c.req.method} ${c.req.path}.`).toBody(), 404),
  );
  app.onError((err, c) => {
    const known = err instanceof ApiError ? err : fromStoreError(err);
    if (known) return c.json(known.toBody(), known.status);
    if (err instanceof HTTPException) {
      return c.json(
        new ApiError(err.status as 400, 'http_error', err.message || 'Request refused.').toBody(),
        err.status,
      );
    }
    console.error(
      JSON.stringify({
        level: 'error',
        message: 'unhandled error',
        path: c.req.path,
        error: String(err?.stack ?? err),
      }),
    );
    return c.json(
      { error: { code: 'internal', message: 'Something went wrong on our side; nothing was changed.' } },
      500,
    );
  });
  return app;
};

export type App = ReturnType<typeof createApp>;
