import { QueryCommand, type QueryCommandInput, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Reminder } from '../port';
import type { MailMatch, MailRecord } from '../records';
import { keys, TABLE } from '../table';
import { cancelReasons } from '../transactions';
import { assessmentKey, type Item, strip } from './items';
import { TableContext } from './table-context';

/** Most mail pages one scrub reads: the outbox holds about MAIL_TTL_SECONDS of mail. */
const MAX_MAIL_PAGES = 20;
/** What an erased person's invitation keeps in place of their address and text. */
const ERASED = '(erased)';

/**
 * The organisation's mail: the outbox (queued mail on the sparse index until it is sent),
 * reminders under a cooldown and a daily cap, and the scrub of erased people from what is kept.
 */
export class Mail extends TableContext {
  async queueReminder(r: Reminder): Promise<'queued' | 'cooldown' | 'capped'> {
    const day = r.now.slice(0, 10);
    const messages = Math.max(1, r.mail.recipients?.length ?? 1);
    try {
      await this.transact({
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
              Key: assessmentKey(r.orgId, r.assessmentId),
              UpdateExpression: 'SET lastRemindedAt = :now',
              ConditionExpression:
                'attribute_exists(pk) AND (attribute_not_exists(lastRemindedAt) OR attribute_type(lastRemindedAt, :null) OR lastRemindedAt < :since)',
              ExpressionAttributeValues: { ':now': r.now, ':since': r.since, ':null': 'NULL' },
            },
          },
          {
            // One counter per organisation and day: the cap holds however many jobs and consultants remind.
            Update: {
              TableName: this.tableName,
              Key: { pk: keys.org(r.orgId), sk: keys.remindersOn(day) },
              UpdateExpression: 'ADD #count :messages SET expiresAt = :expires',
              ConditionExpression: 'attribute_not_exists(#count) OR #count <= :room',
              ExpressionAttributeNames: { '#count': 'count' },
              ExpressionAttributeValues: {
                ':messages': messages,
                ':room': r.dailyCap - messages,
                ':expires': Math.floor(Date.parse(r.now) / 1000) + 2 * 86_400,
              },
            },
          },
          ...this.queueMail(r.mail),
        ],
      });
      return 'queued';
    } catch (e) {
      const reasons = cancelReasons(e);
      if (!reasons) throw e;
      if (reasons[1] === 'ConditionalCheckFailed') return 'capped';
      if (reasons[0] === 'ConditionalCheckFailed') return 'cooldown';
      throw e;
    }
  }
  async listMail(orgId: string, limit: number): Promise<MailRecord[]> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.org(orgId), ':prefix': 'MAIL#' },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((i) => strip<MailRecord>(i) as MailRecord);
  }

  async listQueuedMail(limit: number): Promise<MailRecord[]> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: TABLE.gsi1.name,
        KeyConditionExpression: 'gsi1pk = :queued',
        ExpressionAttributeValues: { ':queued': keys.queuedMail },
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((i) => strip<MailRecord>(i) as MailRecord);
  }

  async markMailSent(mail: MailRecord, sentAt: string): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: keys.org(mail.orgId), sk: keys.mail(mail.createdAt, mail.id) },
          // The link leaves the table with the mail: nothing stored keeps a usable invite.
          UpdateExpression: 'SET #status = :sent, sentAt = :at REMOVE link, recipients, gsi1pk, gsi1sk',
          ConditionExpression: '#status = :queued',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':sent': 'sent', ':queued': 'queued', ':at': sentAt },
        }),
      );
    } catch (e) {
      // Already sent (a redelivered stream record): nothing to do.
      if ((e as Error).name !== 'ConditionalCheckFailedException') throw e;
    }
  }
  async scrubMail(orgId: string, match: MailMatch, since: string): Promise<number> {
    const ids = new Set(match.stakeholderIds);
    const emails = new Set(match.emails.map((e) => e.toLowerCase()));
    let scrubbed = 0;
    let start: Item | undefined;
    let pages = 0;
    do {
      const input: QueryCommandInput = {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': keys.org(orgId), ':from': `MAIL#${since}`, ':to': 'MAIL#\uffff' },
        ExclusiveStartKey: start,
      };
      const out = await this.db.send(new QueryCommand(input));
      for (const item of out.Items ?? []) {
        const mail = strip<MailRecord>(item) as MailRecord;
        const Key = { pk: item.pk, sk: item.sk };
        if (mail.stakeholderId && ids.has(mail.stakeholderId)) {
          if (mail.to === ERASED) continue;
          // An invitation is about its recipient alone: the address, the greeting and the link go.
          await unlessGone(
            this.db,
            new UpdateCommand({
              TableName: this.tableName,
              Key,
              UpdateExpression: 'SET #to = :erased, body = :erased REMOVE link, recipients, gsi1pk, gsi1sk',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeNames: { '#to': 'to' },
              ExpressionAttributeValues: { ':erased': ERASED },
            }),
          );
          scrubbed++;
          continue;
        }
        const keep = (mail.recipients ?? []).filter((r) => !emails.has(r.toLowerCase()));
        const toMatches = emails.has(mail.to.toLowerCase());
        if (keep.length === (mail.recipients ?? []).length && !toMatches) continue;
        // A queued reminder to everyone: only the erased addresses leave its list.
        await unlessGone(
          this.db,
          new UpdateCommand({
            TableName: this.tableName,
            Key,
            UpdateExpression: toMatches ? 'SET recipients = :keep, #to = :erased' : 'SET recipients = :keep',
            ConditionExpression: 'attribute_exists(pk)',
            ...(toMatches ? { ExpressionAttributeNames: { '#to': 'to' } } : {}),
            ExpressionAttributeValues: { ':keep': keep, ...(toMatches ? { ':erased': ERASED } : {}) },
          }),
        );
        scrubbed++;
      }
      start = out.LastEvaluatedKey;
    } while (start && ++pages < MAX_MAIL_PAGES);
    return scrubbed;
  }
}

/** A scrub of a mail that expired (TTL) or was deleted meanwhile has nothing left to do. */
const unlessGone = async (db: TableContext['db'], update: UpdateCommand): Promise<void> => {
  try {
    await db.send(update);
  } catch (e) {
    if ((e as Error).name !== 'ConditionalCheckFailedException') throw e;
  }
};
