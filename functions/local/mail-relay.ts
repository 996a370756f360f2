import { deliverMail, type MailTransport } from '../services/mail';
import type { Store } from '../store/port';

/**
 * Locally the outbox is the mailbox: "sending" only marks a mail sent, which removes its link,
 * exactly as the mailer does in AWS after SES accepted it.
 */
const localTransport: MailTransport = { send: async () => {} };

/** One pass over the queued mail (the stand-in for the table's stream in AWS). Returns how many were sent. */
export const relayQueuedMail = async (
  store: Pick<Store, 'listQueuedMail' | 'markMailSent'>,
  now: () => Date = () => new Date(),
): Promise<number> => {
  const queued = await store.listQueuedMail(25);
  for (const mail of queued) await deliverMail({ store, transport: localTransport, now }, mail);
  return queued.length;
};

/** Relays queued mail every `everyMs` until stopped. */
export const startMailRelay = (store: Pick<Store, 'listQueuedMail' | 'markMailSent'>, everyMs = 1000) => {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void relayQueuedMail(store)
      .catch(() => {})
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
};
