import type { MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';

interface HttpEventLike {
  rawPath?: string;
  requestContext?: { http?: { method?: string }; requestId?: string };
}

const logLine = (entry: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(entry)}\n`);

/** One structured log line per invocation, carrying the Lambda and API Gateway request ids. */
export const structuredLogging = (service: string): MiddlewareObj<unknown, unknown, Error, Context> => {
  const started = new WeakMap<object, number>();
  const base = (event: unknown, context: Context) => {
    const e = event as HttpEventLike;
    return {
      service,
      requestId: context.awsRequestId,
      apiRequestId: e?.requestContext?.requestId,
      method: e?.requestContext?.http?.method,
      path: e?.rawPath,
    };
  };
  return {
    before: (request) => {
      started.set(request.context, Date.now());
    },
    after: (request) => {
      const status = (request.response as { statusCode?: number } | undefined)?.statusCode;
      logLine({
        level: status !== undefined && status >= 500 ? 'error' : 'info',
        message: 'request handled',
        ...base(request.event, request.context),
        status,
        durationMs: Date.now() - (started.get(request.context) ?? Date.now()),
      });
    },
    onError: (request) => {
      logLine({
        level: 'error',
        message: 'invocation failed',
        ...base(request.event, request.context),
        error: String(request.error),
      });
    },
  };
};

/** Logs a warning shortly before the function times out, so a slow call is visible before it is cut. */
export const timeoutWarning = (marginMs = 1000): MiddlewareObj<unknown, unknown, Error, Context> => {
  const timers = new WeakMap<object, NodeJS.Timeout>();
  const clear = (context: Context) => {
    const t = timers.get(context);
    if (t) clearTimeout(t);
  };
  return {
    before: (request) => {
      const remaining = request.context.getRemainingTimeInMillis?.() ?? 0;
      if (remaining <= marginMs) return;
      const timer = setTimeout(
        () =>
          logLine({
            level: 'warn',
            message: 'about to time out',
            requestId: request.context.awsRequestId,
            remainingMs: marginMs,
          }),
        remaining - marginMs,
      );
      timer.unref();
      timers.set(request.context, timer);
    },
    after: (request) => clear(request.context),
    onError: (request) => clear(request.context),
  };
};

/** A scheduled warm-up ping ({ "warmup": true }) keeps a container ready and goes no further. */
export const warmUp = (): MiddlewareObj<unknown, unknown, Error, Context> => ({
  before: (request) => {
    if ((request.event as { warmup?: unknown } | undefined)?.warmup === true)
      return { statusCode: 200, body: 'warm' };
    return undefined;
  },
});
