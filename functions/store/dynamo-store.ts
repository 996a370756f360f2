import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type BatchGetCommandInput,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { type AssessmentUpdate, type Store, StoreError } from './port';
import type {
  AssessmentRecord,
  InviteRecord,
  MailRecord,
  Page,
  ResponseContext,
  ResponsePatch,
  RetiredSubmission,
  StakeholderRecord,
} from './records';
import { keys, TABLE } from './table';

const MAIL_TTL_SECONDS = 30 * 24 * 3600;

type Item = Record<string, unknown>;

const strip = <T>(item: Item | undefined): T | null => {
  if (!item) return null;
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, expiresAt: _e, ...record } = item;
  return record as T;
};

const encodeCursor = (key: Item | undefined): string | null =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;

const decodeCursor = (cursor: string | null | undefined, expectPk: string | null): Item | undefined => {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Item;
    const valid =
      typeof key === 'object' &&
      key !== null &&
      typeof key.pk === 'string' &&
      typeof key.sk === 'string' &&
      (expectPk === null || key.pk === expectPk);
    if (!valid) throw new Error('bad key');
    return key;
  } catch {
    throw new StoreError('invalid-cursor', 'The cursor is not one this list returned.');
  }
};

const assessmentItem = (a: AssessmentRecord): Item => ({
  ...a,
  pk: keys.org(a.orgId),
  sk: keys.assessment(a.id),
  ...(a.status === 'open' ? { gsi1pk: keys.open, gsi1sk: keys.openSort(a.dueDate, a.id) } : {}),
});

const stakeholderKey = (assessmentId: string, stakeholderId: string) => ({
  pk: keys.assessmentPartition(assessmentId),
  sk: keys.stakeholder(stakeholderId),
});

const inviteKey = (tokenHash: string) => ({ pk: keys.invite(tokenHash), sk: 'INVITE' });

const cancelReasons = (e: unknown): (string | undefined)[] | null =>
  e instanceof TransactionCanceledException ? (e.CancellationReasons ?? []).map((r) => r.Code) : null;

/** Builds `SET`/`REMOVE` clauses with placeholder names, so any question id is safe in an expression. */
class ExpressionBuilder {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, unknown> = {};
  private readonly sets: string[] = [];
  private readonly removes: string[] = [];
  private n = 0;

  private readonly byAttribute = new Map<string, string>();

  /** A placeholder for an attribute name; the same attribute always gets the same placeholder. */
  name(attribute: string): string {
    let placeholder = this.byAttribute.get(attribute);
    if (!placeholder) {
      placeholder = `#n${this.n++}`;
      this.byAttribute.set(attribute, placeholder);
      this.names[placeholder] = attribute;
    }
    return placeholder;
  }

  value(v: unknown): string {
    const placeholder = `:v${this.n++}`;
    this.values[placeholder] = v;
    return placeholder;
  }

  set(path: string, v: unknown) {
    this.sets.push(`${path} = ${this.value(v)}`);
  }

  setRaw(clause: string) {
    this.sets.push(clause);
  }

  remove(path: string) {
    this.removes.push(path);
  }

  expression(): string {
    return [
      this.sets.length > 0 ? `SET ${this.sets.join(', ')}` : '',
      this.removes.length > 0 ? `REMOVE ${this.removes.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
}

/** The store over one DynamoDB table: every method is a bounded number of GetItem, Query or transaction calls. */
export class DynamoStore implements Store {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async createAssessment(record: AssessmentRecord): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: assessmentItem(record),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async getAssessment(orgId: string, id: string): Promise<AssessmentRecord | null> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: keys.org(orgId), sk: keys.assessment(id) },
        ConsistentRead: true,
      }),
    );
    return strip<AssessmentRecord>(out.Item);
  }

  async listAssessments(
    orgId: string,
    options: { limit: number; cursor?: string | null },
  ): Promise<Page<AssessmentRecord>> {
    const pk = keys.org(orgId);
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': 'ASSESSMENT#' },
        Limit: options.limit,
        ExclusiveStartKey: decodeCursor(options.cursor, pk),
        ScanIndexForward: false,
      }),
    );
    return {
      items: (out.Items ?? []).map((i) => strip<AssessmentRecord>(i) as AssessmentRecord),
      cursor: encodeCursor(out.LastEvaluatedKey),
    };
  }

  async listOpenAssessments(limit: number, cursor?: string | null): Promise<Page<AssessmentRecord>> {
    const start = cursor ? decodeCursor(cursor, null) : undefined;
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: TABLE.gsi1.name,
        KeyConditionExpression: 'gsi1pk = :open',
        ExpressionAttributeValues: { ':open': keys.open },
        Limit: limit,
        ExclusiveStartKey: start,
      }),
    );
    return {
      items: (out.Items ?? []).map((i) => strip<AssessmentRecord>(i) as AssessmentRecord),
      cursor: encodeCursor(out.LastEvaluatedKey),
    };
  }

  async updateAssessment(
    current: AssessmentRecord,
    update: AssessmentUpdate,
    now: string,
    expectedVersion?: number,
  ): Promise<AssessmentRecord> {
    const { orgId, id } = current;
    const x = new ExpressionBuilder();
    for (const [field, value] of Object.entries(update)) {
      if (value !== undefined) x.set(x.name(field), value);
    }
    x.set(x.name('updatedAt'), now);
    x.setRaw(`${x.name('version')} = ${x.name('version')} + ${x.value(1)}`);
    const status = update.status ?? current.status;
    const dueDate = update.dueDate !== undefined ? update.dueDate : current.dueDate;
    // The sparse "open" index follows the status: only open assessments are reminded.
    if (status === 'open') {
      x.set(x.name('gsi1pk'), keys.open);
      x.set(x.name('gsi1sk'), keys.openSort(dueDate, id));
    } else {
      x.remove(x.name('gsi1pk'));
      x.remove(x.name('gsi1sk'));
    }
    // The open index is derived from the status and due date the caller read; they must still hold.
    const conditions = ['attribute_exists(pk)', `${x.name('status')} = ${x.value(current.status)}`];
    if (update.dueDate === undefined) {
      conditions.push(
        current.dueDate === null
          ? `attribute_type(${x.name('dueDate')}, ${x.value('NULL')})`
          : `${x.name('dueDate')} = ${x.value(current.dueDate)}`,
      );
    }
    if (expectedVersion !== undefined) conditions.push(`${x.name('version')} = ${x.value(expectedVersion)}`);
    // Anonymity: once a response is submitted the group-size threshold is fixed.
    if (update.minGroupSize !== undefined && update.minGroupSize !== current.minGroupSize)
      conditions.push(`attribute_not_exists(${x.name('thresholdLocked')})`);
    try {
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: keys.org(orgId), sk: keys.assessment(id) },
          UpdateExpression: x.expression(),
          ConditionExpression: conditions.join(' AND '),
          ExpressionAttributeNames: x.names,
          ExpressionAttributeValues: x.values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return strip<AssessmentRecord>(out.Attributes) as AssessmentRecord;
    } catch (e) {
      if ((e as Error).name === 'ConditionalCheckFailedException') {
        const latest = await this.getAssessment(orgId, id);
        if (!latest) throw new StoreError('not-found', 'Assessment not found.');
        throw new StoreError(
          'version-conflict',
          `The assessment changed meanwhile (now version ${latest.version}).`,
          latest,
        );
      }
      throw e;
    }
  }

  async addStakeholder(stakeholder: StakeholderRecord, invite: InviteRecord): Promise<void> {
    await this.transactOnOpenAssessment(
      stakeholder.orgId,
      stakeholder.assessmentId,
      [
        {
          Put: {
            TableName: this.tableName,
            Item: { ...stakeholder, ...stakeholderKey(stakeholder.assessmentId, stakeholder.id) },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        this.putInvite(invite),
      ],
      () => new StoreError('exists', 'That stakeholder or invite already exists.'),
    );
  }

  listStakeholders(assessmentId: string): Promise<StakeholderRecord[]> {
    return this.queryStakeholders<StakeholderRecord>(assessmentId);
  }

  listStakeholderProgress(assessmentId: string) {
    return this.queryStakeholders<Pick<StakeholderRecord, 'role' | 'status' | 'submittedAt'>>(assessmentId, {
      ProjectionExpression: '#role, #status, submittedAt',
      ExpressionAttributeNames: { '#role': 'role', '#status': 'status' },
    });
  }

  /** Every page of an assessment's stakeholders (1 MB per page), optionally projected. */
  private async queryStakeholders<T>(
    assessmentId: string,
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
            ':prefix': 'STAKEHOLDER#',
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

  async getStakeholder(assessmentId: string, stakeholderId: string): Promise<StakeholderRecord | null> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: stakeholderKey(assessmentId, stakeholderId),
        ConsistentRead: true,
      }),
    );
    return strip<StakeholderRecord>(out.Item);
  }

  async removeStakeholder(
    orgId: string,
    assessmentId: string,
    stakeholderId: string,
    tokenHash: string,
    retired?: RetiredSubmission,
  ): Promise<void> {
    await this.transactOnOpenAssessment(
      orgId,
      assessmentId,
      [
        {
          Delete: {
            TableName: this.tableName,
            Key: stakeholderKey(assessmentId, stakeholderId),
            // The submission state the caller read must still hold, so a retired copy is never lost.
            ConditionExpression: retired
              ? 'attribute_exists(pk) AND submittedAt = :submitted'
              : 'attribute_exists(pk) AND (attribute_not_exists(submittedAt) OR attribute_type(submittedAt, :null))',
            ExpressionAttributeValues: retired ? { ':submitted': retired.submittedAt } : { ':null': 'NULL' },
          },
        },
        { Delete: { TableName: this.tableName, Key: inviteKey(tokenHash) } },
        ...(retired ? [this.putRetired(retired)] : []),
      ],
      () => new StoreError('not-found', 'Stakeholder not found.'),
    );
  }

  async revokeInvite(
    assessmentId: string,
    stakeholderId: string,
    tokenHash: string,
    now: string,
  ): Promise<void> {
    try {
      await this.transact({
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
              Key: stakeholderKey(assessmentId, stakeholderId),
              UpdateExpression: 'SET #status = :revoked, updatedAt = :now',
              ConditionExpression: 'attribute_exists(pk) AND tokenHash = :hash',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':revoked': 'revoked', ':now': now, ':hash': tokenHash },
            },
          },
          { Delete: { TableName: this.tableName, Key: inviteKey(tokenHash) } },
        ],
      });
    } catch (e) {
      if (cancelReasons(e))
        throw new StoreError('not-found', 'Stakeholder not found, or its invite changed meanwhile.');
      throw e;
    }
  }

  async reissueInvite(
    stakeholder: StakeholderRecord,
    invite: InviteRecord,
    now: string,
    retired?: RetiredSubmission,
  ): Promise<void> {
    await this.transactOnOpenAssessment(
      stakeholder.orgId,
      stakeholder.assessmentId,
      [
        {
          Update: {
            TableName: this.tableName,
            Key: stakeholderKey(stakeholder.assessmentId, stakeholder.id),
            // The new link starts empty: nothing of the previous draft or submission reaches it.
            UpdateExpression:
              'SET #status = :active, tokenHash = :new, updatedAt = :now, answers = :empty, notes = :empty, expectations = :none, submittedAt = :null, deviceKeyHash = :null, transferCodeHash = :null, transferExpiresAt = :null, version = version + :one',
            ConditionExpression: 'attribute_exists(pk) AND tokenHash = :old',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':active': 'active',
              ':new': invite.tokenHash,
              ':old': stakeholder.tokenHash,
              ':now': now,
              ':empty': {},
              ':none': [],
              ':null': null,
              ':one': 1,
            },
          },
        },
        { Delete: { TableName: this.tableName, Key: inviteKey(stakeholder.tokenHash) } },
        this.putInvite(invite),
        ...(retired ? [this.putRetired(retired)] : []),
      ],
      () => new StoreError('version-conflict', 'The invite changed meanwhile; reload and try again.'),
    );
  }

  async markReminded(assessmentId: string, stakeholderId: string, now: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: stakeholderKey(assessmentId, stakeholderId),
        UpdateExpression: 'SET lastRemindedAt = :now',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':now': now },
      }),
    );
  }

  async findInvite(tokenHash: string): Promise<InviteRecord | null> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: inviteKey(tokenHash), ConsistentRead: true }),
    );
    return out.Item ? { ...(strip<InviteRecord>(out.Item) as InviteRecord), tokenHash } : null;
  }

  async saveResponse(
    orgId: string,
    assessmentId: string,
    stakeholderId: string,
    patch: ResponsePatch,
    now: string,
  ): Promise<ResponseContext> {
    const x = new ExpressionBuilder();
    for (const [question, value] of Object.entries(patch.answers ?? {})) {
      const path = `${x.name('answers')}.${x.name(question)}`;
      if (value === null) x.remove(path);
      else x.set(path, value);
    }
    for (const [question, note] of Object.entries(patch.notes ?? {})) {
      const path = `${x.name('notes')}.${x.name(question)}`;
      if (note === null || note === '') x.remove(path);
      else x.set(path, note);
    }
    if (patch.expectations) x.set(x.name('expectations'), patch.expectations);
    if (patch.submit) x.set(x.name('submittedAt'), now);
    if (patch.bindDeviceKeyHash) x.set(x.name('deviceKeyHash'), patch.bindDeviceKeyHash);
    if (patch.requestId) x.set(x.name('lastRequestId'), patch.requestId);
    x.set(x.name('updatedAt'), now);
    const version = x.name('version');
    x.setRaw(`${version} = ${version} + ${x.value(1)}`);
    const conditions = ['attribute_exists(pk)', `${x.name('status')} <> ${x.value('revoked')}`];
    if (patch.expectedVersion !== undefined)
      conditions.push(`${version} = ${x.value(patch.expectedVersion)}`);
    // The token the save is made with must still be the stakeholder's (not revoked or replaced).
    if (patch.tokenHash) conditions.push(`${x.name('tokenHash')} = ${x.value(patch.tokenHash)}`);
    // A submission is final: it is counted as it was submitted and cannot change afterwards.
    const submitted = x.name('submittedAt');
    conditions.push(
      `(attribute_not_exists(${submitted}) OR attribute_type(${submitted}, ${x.value('NULL')}))`,
    );
    // The link answers only to the device it is bound to; the first write binds it.
    const device = x.name('deviceKeyHash');
    if (patch.deviceKeyHash) conditions.push(`${device} = ${x.value(patch.deviceKeyHash)}`);
    else
      conditions.push(`(attribute_not_exists(${device}) OR attribute_type(${device}, ${x.value('NULL')}))`);
    // A retried request that already went through must not apply twice: it is acknowledged below.
    if (patch.requestId) {
      const last = x.name('lastRequestId');
      conditions.push(`(attribute_not_exists(${last}) OR ${last} <> ${x.value(patch.requestId)})`);
    }

    try {
      await this.transact({
        TransactItems: [
          patch.submit
            ? this.lockThreshold(orgId, assessmentId)
            : this.assessmentOpenCheck(orgId, assessmentId),
          {
            Update: {
              TableName: this.tableName,
              Key: stakeholderKey(assessmentId, stakeholderId),
              UpdateExpression: x.expression(),
              ConditionExpression: conditions.join(' AND '),
              ExpressionAttributeNames: x.names,
              ExpressionAttributeValues: x.values,
            },
          },
        ],
      });
    } catch (e) {
      const reasons = cancelReasons(e);
      if (!reasons) throw e;
      if (reasons[0] === 'ConditionalCheckFailed') throw await this.closedOrMissing(orgId, assessmentId);
      const current = await this.getResponseContext(orgId, assessmentId, stakeholderId);
      if (!current) throw new StoreError('not-found', 'Response not found.');
      const { stakeholder } = current;
      if (
        stakeholder.status === 'revoked' ||
        (patch.tokenHash && stakeholder.tokenHash !== patch.tokenHash)
      ) {
        throw new StoreError('revoked', 'This invitation was revoked.');
      }
      if ((stakeholder.deviceKeyHash ?? null) !== (patch.deviceKeyHash ?? null))
        throw new StoreError('device-mismatch', 'This link is bound to another device.');
      // A retry of a request that already went through: acknowledge it with the stored state.
      if (patch.requestId && stakeholder.lastRequestId === patch.requestId) return current;
      if (stakeholder.submittedAt)
        throw new StoreError('already-submitted', 'These answers were submitted and can no longer change.');
      throw new StoreError(
        'version-conflict',
        `The response changed meanwhile (now version ${stakeholder.version}).`,
        stakeholder,
      );
    }
    const saved = await this.getResponseContext(orgId, assessmentId, stakeholderId);
    if (!saved) throw new StoreError('not-found', 'Response not found.');
    return saved;
  }

  async getResponseContext(
    orgId: string,
    assessmentId: string,
    stakeholderId: string,
  ): Promise<ResponseContext | null> {
    const assessmentKey = { pk: keys.org(orgId), sk: keys.assessment(assessmentId) };
    let request: BatchGetCommandInput['RequestItems'] | undefined = {
      [this.tableName]: {
        Keys: [assessmentKey, stakeholderKey(assessmentId, stakeholderId)],
        ConsistentRead: true,
      },
    };
    const items: Item[] = [];
    // BatchGet may leave keys unprocessed under load; ask again for those, a bounded number of times.
    for (let attempt = 1; request && attempt <= 5; attempt++) {
      const out: BatchGetCommandOutput = await this.db.send(new BatchGetCommand({ RequestItems: request }));
      items.push(...(out.Responses?.[this.tableName] ?? []));
      request =
        out.UnprocessedKeys && Object.keys(out.UnprocessedKeys).length > 0 ? out.UnprocessedKeys : undefined;
      if (request) await new Promise((r) => setTimeout(r, 20 * attempt));
    }
    if (request) throw new Error('DynamoDB left keys unprocessed after 5 attempts');
    const assessment = items.find((i) => i.sk === assessmentKey.sk);
    const stakeholder = items.find((i) => i.sk === keys.stakeholder(stakeholderId));
    if (!assessment || !stakeholder) return null;
    return {
      assessment: strip<AssessmentRecord>(assessment) as AssessmentRecord,
      stakeholder: strip<StakeholderRecord>(stakeholder) as StakeholderRecord,
    };
  }

  async recordMail(mail: MailRecord): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...mail,
          pk: keys.org(mail.orgId),
          sk: keys.mail(mail.sentAt, mail.id),
          expiresAt: Math.floor(Date.parse(mail.sentAt) / 1000) + MAIL_TTL_SECONDS,
        },
      }),
    );
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

  /**
   * Sends a transaction, retrying when DynamoDB cancels it only because another transaction
   * touched the same item at that moment (two autosaves of one response): nothing was written,
   * so trying again is safe. Other cancellations are the caller's to interpret.
   */
  private async transact(input: TransactWriteCommandInput, attempts = 5): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.db.send(new TransactWriteCommand(input));
        return;
      } catch (e) {
        const reasons = cancelReasons(e);
        const conflict =
          reasons?.includes('TransactionConflict') && !reasons.includes('ConditionalCheckFailed');
        if (!conflict || attempt >= attempts) throw e;
        await new Promise((r) => setTimeout(r, 10 * attempt + Math.random() * 20));
      }
    }
  }

  /**
   * A transaction that first checks the assessment is open. A failed check reads as "closed" or
   * "not found"; any other cancellation becomes the caller's refusal.
   */
  private async transactOnOpenAssessment(
    orgId: string,
    assessmentId: string,
    items: NonNullable<TransactWriteCommandInput['TransactItems']>,
    otherwise: () => StoreError,
  ): Promise<void> {
    try {
      await this.transact({ TransactItems: [this.assessmentOpenCheck(orgId, assessmentId), ...items] });
    } catch (e) {
      const reasons = cancelReasons(e);
      if (reasons?.[0] === 'ConditionalCheckFailed') throw await this.closedOrMissing(orgId, assessmentId);
      if (reasons) throw otherwise();
      throw e;
    }
  }

  // --- Privacy: retired submissions, device binding and transfer codes ---

  async listRetiredSubmissions(assessmentId: string): Promise<RetiredSubmission[]> {
    const items: RetiredSubmission[] = [];
    let start: Item | undefined;
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: {
            ':pk': keys.assessmentPartition(assessmentId),
            ':prefix': 'SUBMISSION#',
          },
          ExclusiveStartKey: start,
          ConsistentRead: true,
        }),
      );
      for (const item of out.Items ?? []) items.push(strip<RetiredSubmission>(item) as RetiredSubmission);
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }

  async startDeviceTransfer(
    assessmentId: string,
    stakeholderId: string,
    tokenHash: string,
    deviceKeyHash: string,
    codeHash: string,
    expiresAt: string,
  ): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: stakeholderKey(assessmentId, stakeholderId),
          UpdateExpression: 'SET transferCodeHash = :code, transferExpiresAt = :expires',
          ConditionExpression:
            'attribute_exists(pk) AND tokenHash = :token AND deviceKeyHash = :device AND #status <> :revoked',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':code': codeHash,
            ':expires': expiresAt,
            ':token': tokenHash,
            ':device': deviceKeyHash,
            ':revoked': 'revoked',
          },
        }),
      );
    } catch (e) {
      if ((e as Error).name === 'ConditionalCheckFailedException')
        throw new StoreError('device-mismatch', 'This link is bound to another device.');
      throw e;
    }
  }

  async redeemDeviceTransfer(
    assessmentId: string,
    stakeholderId: string,
    tokenHash: string,
    codeHash: string,
    newDeviceKeyHash: string,
    now: string,
  ): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: stakeholderKey(assessmentId, stakeholderId),
          // Single use: the code is removed in the same write that moves the binding.
          UpdateExpression:
            'SET deviceKeyHash = :device, transferCodeHash = :null, transferExpiresAt = :null',
          ConditionExpression:
            'attribute_exists(pk) AND tokenHash = :token AND transferCodeHash = :code AND transferExpiresAt > :now AND #status <> :revoked',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':device': newDeviceKeyHash,
            ':null': null,
            ':token': tokenHash,
            ':code': codeHash,
            ':now': now,
            ':revoked': 'revoked',
          },
        }),
      );
    } catch (e) {
      if ((e as Error).name === 'ConditionalCheckFailedException')
        throw new StoreError('transfer-invalid', 'That transfer code is not valid (any more).');
      throw e;
    }
  }

  private putRetired(retired: RetiredSubmission) {
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          ...retired,
          pk: keys.assessmentPartition(retired.assessmentId),
          sk: keys.submission(retired.id),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  /** The open check of a submission, which also fixes the group-size threshold for good. */
  private lockThreshold(orgId: string, assessmentId: string) {
    return {
      Update: {
        TableName: this.tableName,
        Key: { pk: keys.org(orgId), sk: keys.assessment(assessmentId) },
        UpdateExpression: 'SET thresholdLocked = :locked',
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':open': 'open', ':locked': true },
      },
    };
  }

  private putInvite(invite: InviteRecord) {
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...invite, ...inviteKey(invite.tokenHash) },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  private assessmentOpenCheck(orgId: string, assessmentId: string) {
    return {
      ConditionCheck: {
        TableName: this.tableName,
        Key: { pk: keys.org(orgId), sk: keys.assessment(assessmentId) },
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':open': 'open' },
      },
    };
  }

  private async closedOrMissing(orgId: string, assessmentId: string): Promise<StoreError> {
    const assessment = await this.getAssessment(orgId, assessmentId);
    return assessment
      ? new StoreError('closed', 'The assessment is closed: nothing can change until it is reopened.')
      : new StoreError('not-found', 'Assessment not found.');
  }
}
