import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { LINK_PLACEHOLDER, type Mailer } from './mailer';

/** Sends through Amazon SES from a verified sender address. */
export const sesMailer = (ses: SESv2Client, from: string): Mailer => ({
  async send(mail) {
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: from,
        Destination: { ToAddresses: [mail.to] },
        Content: {
          Simple: {
            Subject: { Data: mail.subject, Charset: 'UTF-8' },
            Body: {
              Text: {
                Data: mail.link ? mail.body.split(LINK_PLACEHOLDER).join(mail.link) : mail.body,
                Charset: 'UTF-8',
              },
            },
          },
        },
      }),
    );
  },
});
