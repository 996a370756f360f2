import type { Store } from '../store/port';
import type { Mailer } from './mailer';
import { newId } from './security/tokens';

/** The local mail "server": every mail lands in the organisation's outbox, readable in the product. */
export const outboxMailer = (store: Store, now: () => Date): Mailer => ({
  // The local stand-in for a mail server keeps the body as stored: without the personal link.
  send: ({ link: _link, ...mail }) => store.recordMail({ ...mail, id: newId(), sentAt: now().toISOString() }),
});
