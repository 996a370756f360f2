import type { Mailer } from '../services/mail';
import { newId } from '../services/tokens';
import type { Store } from '../store/port';

/** The local mail "server": every mail lands in the organisation's outbox, readable in the product. */
export const outboxMailer = (store: Store, now: () => Date): Mailer => ({
  send: (mail) => store.recordMail({ ...mail, id: newId(), sentAt: now().toISOString() }),
});
