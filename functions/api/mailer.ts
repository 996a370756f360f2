import type { MailRecord } from '../store/records';

/**
 * A mail to send. `link`, when present, replaces LINK_PLACEHOLDER in the body only on its way to
 * the mail server: the body as stored (outbox, any record) never holds a usable link.
 */
export type OutgoingMail = Omit<MailRecord, 'id' | 'sentAt'> & { link?: string };

/** Sends mail to stakeholders. Locally it lands in the outbox; in AWS it goes through SES. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

/**
 * Stands for the personal link in a mail as stored: only the mail handed to the mail server
 * carries the link, so no stored copy of a mail (outbox, logs) holds a usable link.
 */
export const LINK_PLACEHOLDER = '[your personal link: only in the e-mail you received]';
