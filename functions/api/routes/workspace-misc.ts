import { shownBody } from '../../services/mail';
import type { Handlers, LocalOperation } from '../http/mount';
import type { WorkspaceDeps } from '../types';

/** Who am I, the organisation's mail, and the local sign-in (mounted only when the host provides one). */
export const workspaceMiscHandlers = (
  deps: WorkspaceDeps,
): Pick<Handlers, 'getMe' | 'listMail'> & Partial<Pick<Handlers, LocalOperation>> => {
  const signIn = deps.localSignIn;
  const signOut = deps.localSignOut;
  return {
    getMe: (c) => c.get('principal'),
    listMail: async (c) => {
      const mails = await deps.store.listMail(c.get('principal').orgId, 50);
      return {
        items: mails.map((m) => ({
          id: m.id,
          to: m.to,
          subject: m.subject,
          body: shownBody(m),
          status: m.status,
          createdAt: m.createdAt,
          sentAt: m.sentAt,
        })),
      };
    },
    ...(signIn
      ? {
          signInLocally: async (_c, { body }) => ({
            token: await signIn(body.email, body.organisation, body.password),
          }),
        }
      : {}),
    ...(signOut
      ? {
          signOutLocally: async (c) => {
            await signOut(c.req.header('authorization'));
            return undefined;
          },
        }
      : {}),
  };
};
