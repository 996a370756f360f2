import type { Store } from '../store/port';
import type { Mailer } from './mailer';
import { newId } from './security/tokens';

/** The local mail "server": every mail lands in the organisation's outbox, readable in the product. */
export const outboxMailer = (store: Store, now: () => Date): Mailer => ({
  send: (mail) => store.recordMail({ ...mail, id: newId(), sentAt: now().toISOString() }),
});
