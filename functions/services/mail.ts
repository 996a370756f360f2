import type { Store } from '../store/port';
import type { MailRecord } from '../store/records';
import { newId } from './tokens';

/** The store methods the mailer calls; its IAM policy is derived from this list. */
export const MAILER_STORE_METHODS = ['markMailSent'] as const satisfies readonly (keyof Store)[];

/** Where the invite link goes in a stored mail's body. */
export const LINK = '{link}';

/** A mail as a transport sends it. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends one message: SES in AWS; locally the outbox itself is the mailbox. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}

// C0 and C1 controls, and the bidirectional overrides and isolates that can disguise text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A name as it may appear in a subject or a line of mail: no control characters (a newline in a
 * subject is a header injection), no bidi tricks, whitespace collapsed, length bounded.
 */
export const plainText = (text: string, max = 200): string =>
  text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, max);

/** A mail to queue in the transaction of the change that causes it. */
export const newMail = (
  fields: Pick<MailRecord, 'orgId' | 'assessmentId' | 'stakeholderId' | 'to' | 'subject' | 'body'> & {
    link?: string | null;
  },
  now: string,
): MailRecord => ({
  id: newId(),
  ...fields,
  subject: plainText(fields.subject),
  link: fields.link ?? null,
  status: 'queued',
  createdAt: now,
  sentAt: null,
});

/**
 * The messages a mail stands for: one with the recipient's link in place, or, for a reminder to
 * everyone who has not submitted, the same text to each address on its own (none sees another).
 */
const messagesOf = (mail: MailRecord): MailMessage[] => {
  const text = mail.body.replaceAll(LINK, mail.link ?? '(this link has been withdrawn)');
  const to = mail.recipients ?? [mail.to];
  return to.map((address) => ({ to: address, subject: mail.subject, text }));
};

/** The body as the consultant's outbox shows it: never with the recipient's link. */
export const shownBody = (mail: Pick<MailRecord, 'body'>): string =>
  mail.body.replaceAll(LINK, '[personal link, sent to the recipient only]');

/**
 * Sends a queued mail, then marks it sent (which removes its link). A failed send throws and the
 * mail stays queued, so the caller's retry (the stream's, or the local relay's next pass) sends it.
 */
export const deliverMail = async (
  deps: {
    store: Pick<Store, (typeof MAILER_STORE_METHODS)[number]>;
    transport: MailTransport;
    now: () => Date;
  },
  mail: MailRecord,
): Promise<void> => {
  if (mail.status !== 'queued') return;
  for (const message of messagesOf(mail)) await deps.transport.send(message);
  await deps.store.markMailSent(mail, deps.now().toISOString());
};
