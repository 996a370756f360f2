import type { MailRecord } from '../store/records';

export type OutgoingMail = Omit<MailRecord, 'id' | 'sentAt'>;

/** Sends mail to stakeholders. Locally it lands in the outbox; in AWS it goes through SES. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}
