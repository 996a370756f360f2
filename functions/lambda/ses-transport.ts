import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { MailTransport } from '../services/mail';

/** Sends through Amazon SES from a verified sender address. */
export const sesTransport = (ses: SESv2Client, from: string): MailTransport => ({
  async send(message) {
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: from,
        Destination: { ToAddresses: [message.to] },
        Content: {
          Simple: {
            Subject: { Data: message.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: message.text, Charset: 'UTF-8' } },
          },
        },
      }),
    );
  },
});
