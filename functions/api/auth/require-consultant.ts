import { createMiddleware } from 'hono/factory';
import { ApiError } from '../http/errors';
import type { ConsultantEnv } from '../types';
import type { ConsultantAuth } from './principal';

/** Consultant routes need a verified caller; the principal carries the organisation for every query. */
export const requireConsultant = (auth: ConsultantAuth) =>
  createMiddleware<ConsultantEnv>(async (c, next) => {
    const principal = await auth.resolve(c);
    if (!principal)
      throw new ApiError(401, 'unauthenticated', 'Sign in first: send "Authorization: Bearer <token>".');
    c.set('principal', principal);
    await next();
  });
