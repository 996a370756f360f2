import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { AttemptLimiter, type AttemptLimits } from '../api/auth/attempt-limiter';

/** Failures one address may make before each further one doubles its wait. */
export const ADDRESS_LIMITS: Partial<AttemptLimits> = { freeFailures: 10 };

/**
 * Slows down failed local sign-ins per client address: a refused sign-in (401) counts, a
 * successful one does not wipe the count (an attacker with an organisation of their own could
 * otherwise reset it between guesses); failures are forgotten an hour after the last one.
 */
export const signInThrottle = (
  addressOf: (c: Context) => string,
  limiter: AttemptLimiter = new AttemptLimiter(ADDRESS_LIMITS),
) =>
  createMiddleware(async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const address = addressOf(c);
    const wait = limiter.retryAfterMs(address);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      c.header('retry-after', String(seconds));
      c.header('cache-control', 'no-store');
      return c.json(
        {
          error: {
            code: 'too_many_attempts',
            message: `Too many failed sign-ins from this address: try again in ${seconds} seconds.`,
          },
        },
        429,
      );
    }
    await next();
    if (c.res.status === 401) limiter.fail(address);
  });
