import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { StoreError } from '../port';
import type { AssessmentRecord, InviteRecord, MailRecord, RetiredSubmission } from '../records';
import { keys } from '../table';
import { cancelReasons, type TransactItems, transact } from '../transactions';
import { assessmentKey, type CountChange, type Item, inviteKey, NO_CHANGE, strip } from './items';

const MAIL_TTL_SECONDS = 30 * 24 * 3600;

/**
 * What every part of the store shares: the DynamoDB client, the table's name, and the requests more
 * than one aggregate makes (transactions on an open assessment, the assessment's side of a count
 * change, queueing a mail in the outbox, a conditional update and its refusal, retired copies).
 * Each part extends it, so a part's methods read as requests on the one table; only the methods a
 * part declares itself become the store's (see ./compose.ts).
 */
export class TableContext {
  constructor(
    protected readonly db: DynamoDBDocumentClient,
    protected readonly tableName: string,
  ) {}

  /** An assessment by organisation and id, with a consistent GetItem. */
  protected async readAssessment(orgId: string, id: string): Promise<AssessmentRecord | null> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: assessmentKey(orgId, id),
        ConsistentRead: true,
      }),
    );
    return strip<AssessmentRecord>(out.Item);
  }

  /** Every page of one kind of item in an assessment's partition (1 MB per page), optionally projected. */
  protected async queryAssessment<T>(
    assessmentId: string,
    prefix: 'STAKEHOLDER#' | 'SUBMISSION#',
    projection: { ProjectionExpression?: string; ExpressionAttributeNames?: Record<string, string> } = {},
  ): Promise<T[]> {
    const items: T[] = [];
    let start: Item | undefined;
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: {
            ':pk': keys.assessmentPartition(assessmentId),
            ':prefix': prefix,
          },
          ExclusiveStartKey: start,
          ConsistentRead: true,
          ...projection,
        }),
      );
      for (const item of out.Items ?? []) items.push(strip<T>(item) as T);
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }

  protected transact(input: TransactWriteCommandInput) {
    return transact(this.db, input);
  }

  /**
   * A transaction that first checks the assessment is open. A failed check reads as "closed" or
   * "not found"; any other cancellation becomes the caller's refusal.
   */
  protected async transactOnOpenAssessment(
    orgId: string,
    assessmentId: string,
    items: TransactItems,
    otherwise: () => StoreError,
    counts: CountChange = NO_CHANGE,
  ): Promise<void> {
    try {
      await this.transact({
        TransactItems: [this.countOnAssessment(orgId, assessmentId, counts, true), ...items],
      });
    } catch (e) {
      const reasons = cancelReasons(e);
      if (reasons?.[0] === 'ConditionalCheckFailed') throw await this.closedOrMissing(orgId, assessmentId);
      if (reasons) throw otherwise();
      throw e;
    }
  }

  /** The Put that queues a mail in a transaction, on the sparse index until it is sent. */
  protected queueMail(mail: MailRecord | null) {
    if (!mail) return [];
    return [
      this.putNew({
        ...mail,
        pk: keys.org(mail.orgId),
        sk: keys.mail(mail.createdAt, mail.id),
        gsi1pk: keys.queuedMail,
        gsi1sk: `${mail.createdAt}#${mail.id}`,
        expiresAt: Math.floor(Date.parse(mail.createdAt) / 1000) + MAIL_TTL_SECONDS,
      }),
    ];
  }

  /** A conditional update whose failed condition is the given refusal. */
  protected async updateOrRefuse(input: UpdateCommandInput, refusal: () => StoreError): Promise<void> {
    try {
      await this.db.send(new UpdateCommand(input));
    } catch (e) {
      if ((e as Error).name === 'ConditionalCheckFailedException') throw refusal();
      throw e;
    }
  }

  protected putRetired(retired: RetiredSubmission) {
    return this.putNew({
      ...retired,
      pk: keys.assessmentPartition(retired.assessmentId),
      sk: keys.submission(retired.id),
    });
  }

  /** The open check of a submission, which also fixes the group-size threshold for good. */
  protected lockThreshold(orgId: string, assessmentId: string, counts: 0 | 1) {
    return {
      Update: {
        TableName: this.tableName,
        Key: assessmentKey(orgId, assessmentId),
        // A submission is final; the count moves with an invitation's first one only.
        UpdateExpression: 'SET thresholdLocked = :locked ADD submittedCount :counts',
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':open': 'open', ':locked': true, ':counts': counts },
      },
    };
  }

  /**
   * The assessment's side of a stakeholder change: a check that it is open (when required) and,
   * when the change moves them, its response counts, so a list page needs no per-assessment query.
   */
  protected countOnAssessment(
    orgId: string,
    assessmentId: string,
    change: CountChange,
    requireOpen: boolean,
  ) {
    const Key = assessmentKey(orgId, assessmentId);
    if (change.invited === 0 && change.submitted === 0) {
      return requireOpen
        ? this.assessmentOpenCheck(orgId, assessmentId)
        : { ConditionCheck: { TableName: this.tableName, Key, ConditionExpression: 'attribute_exists(pk)' } };
    }
    return {
      Update: {
        TableName: this.tableName,
        Key,
        UpdateExpression: 'ADD invitedCount :invited, submittedCount :submitted',
        ConditionExpression: requireOpen ? '#status = :open' : 'attribute_exists(pk)',
        ...(requireOpen ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
        ExpressionAttributeValues: {
          ':invited': change.invited,
          ':submitted': change.submitted,
          ...(requireOpen ? { ':open': 'open' } : {}),
        },
      },
    };
  }

  /** A transaction's Put of an item that must not exist yet. */
  protected putNew(Item: Item) {
    return { Put: { TableName: this.tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' } };
  }

  protected putInvite(invite: InviteRecord) {
    return this.putNew({ ...invite, ...inviteKey(invite.tokenHash) });
  }

  protected assessmentOpenCheck(orgId: string, assessmentId: string) {
    return {
      ConditionCheck: {
        TableName: this.tableName,
        Key: assessmentKey(orgId, assessmentId),
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':open': 'open' },
      },
    };
  }

  protected async closedOrMissing(orgId: string, assessmentId: string): Promise<StoreError> {
    const assessment = await this.readAssessment(orgId, assessmentId);
    return assessment
      ? new StoreError('closed', 'The assessment is closed: nothing can change until it is reopened.')
      : new StoreError('not-found', 'Assessment not found.');
  }

  /** One item by its key (eventually consistent: branding and targets are read far more than written). */
  protected async getOne<T>(Key: Record<string, string>): Promise<T | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key }));
    return strip<T>(out.Item);
  }

  /** Writes one whole item, replacing what was there (the last save wins). */
  protected async putOne(Item: Record<string, unknown>): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item }));
  }
}
