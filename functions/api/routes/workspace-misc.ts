import { Hono } from 'hono';
import { LocalSignIn } from '../../contract/assessments';
import { requireConsultant } from '../auth/require-consultant';
import { readBody } from '../http/validate';
import type { ConsultantEnv, WorkspaceDeps } from '../types';

/** The local sign-in; mounted only when the host provides one (never in the Lambda build). */
export const localSignInRoutes = (signIn: NonNullable<WorkspaceDeps['localSignIn']>) =>
  new Hono().post('/local', async (c) => {
    const body = await readBody(c, LocalSignIn);
    return c.json({ token: await signIn(body.email, body.organisation, body.password) });
  });

/** Who am I, and the organisation's outbox of sent mail (the local stand-in for a mail server). */
export const consultantMiscRoutes = (deps: WorkspaceDeps) =>
  new Hono<ConsultantEnv>()
    .get('/me', requireConsultant(deps.auth), (c) => c.json(c.get('principal')))
    .get('/outbox', requireConsultant(deps.auth), async (c) => {
      const mails = await deps.store.listMail(c.get('principal').orgId, 50);
      return c.json({
        items: mails.map(({ id, to, subject, body, sentAt }) => ({ id, to, subject, body, sentAt })),
      });
    });
