import {
  BatchGetCommand,
  type BatchGetCommandInput,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  type TransactWriteCommandInput,
  UpdateCommand,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor } from './cursor';
import { DeliverablesStore, deliverableKeys } from './deliverables-store';
import { ExpressionBuilder } from './expressions';
import { type AssessmentUpdate, type Reminder, type Store, StoreError } from './port';
import type {
  AccessLogRecord,
  AssessmentRecord,
  ErasedPersonalData,
  InviteRecord,
  MailMatch,
  MailRecord,
  OrganisationRecord,
  Page,
  PrivacySettingsRecord,
  ResponseContext,
  ResponsePatch,
  RetiredSubmission,
  StakeholderRecord,
} from './records';
import { keys, TABLE } from './table';
import { cancelReasons, type TransactItems, transact } from './transactions';

const MAIL_TTL_SECONDS = 30 * 24 * 3600;

type Item = Record<string, unknown>;

const strip = <T>(item: Item | undefined): T | null => {
  if (!item) return null;
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, expiresAt: _e, ...record } = item;
  return record as T;
};

const assessmentItem = (a: AssessmentRecord): Item => ({
  ...a,
  pk: keys.org(a.orgId),
  sk: keys.assessment(a.id),
  ...(a.status === 'open' ? { gsi1pk: keys.open, gsi1sk: keys.openSort(a.dueDate, a.id) } : {}),
});

/**
 * A closed assessment stays on the closed index until its personal data is erased; closing it again
 * after a reopen puts it back, so stakeholders added meanwhile are swept too.
 */
const closedIndexed = (current: AssessmentRecord, update: AssessmentUpdate): boolean => {
  const status = update.status ?? current.status;
  const closedAt = update.closedAt !== undefined ? update.closedAt : current.closedAt;
  if (status !== 'closed' || !closedAt) return false;
  return update.closedAt !== undefined || !current.personalDataErasedAt;
};

/** Entries of the record of access are kept about two years, then TTL removes them. */
const ACCESS_TTL_SECONDS = 2 * 366 * 24 * 3600;
/** Most mail pages one scrub reads: the outbox holds about MAIL_TTL_SECONDS of mail. */
const MAX_MAIL_PAGES = 20;
/** What an erased person's invitation keeps in place of their address and text. */
const ERASED = '(erased)';

/** Where an assessment lives: under its organisation, so another organisation's id is not found. */
const assessmentKey = (orgId: string, id: string) => ({ pk: keys.org(orgId), sk: keys.assessment(id) });

const stakeholderKey = (assessmentId: string, stakeholderId: string) => ({
  pk: keys.assessmentPartition(assessmentId),
  sk: keys.stakeholder(stakeholderId),
});

type CountChange = { invited: number; submitted: number };
const NO_CHANGE: CountChange = { invited: 0, submitted: 0 };

/**
 * What one stakeholder contributes to the live-invitation count. Counted submissions only ever
 * grow (a submission counts for good, once per invitation): they move in the submit alone.
 */
const countsOf = (s: Pick<StakeholderRecord, 'status' | 'submittedAt'> | null) => ({
  invited: s && s.status === 'active' ? 1 : 0,
  submitted: 0,
});

/** How a stakeholder going from `before` to `after` (null: absent) moves the assessment's counts. */
const countChange = (
  before: Pick<StakeholderRecord, 'status' | 'submittedAt'> | null,
  after: Pick<StakeholderRecord, 'status' | 'submittedAt'> | null,
): CountChange => {
  const [b, a] = [countsOf(before), countsOf(after)];
  return { invited: a.invited - b.invited, submitted: a.submitted - b.submitted };
};

const inviteKey = (tokenHash: string) => ({ pk: keys.invite(tokenHash), sk: 'INVITE' });

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
        Key: assessmentKey(orgId, id),
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
        ExclusiveStartKey: decodeCursor(options.cursor, { pk, skPrefix: 'ASSESSMENT#' }),
        ScanIndexForward: false,
      }),
    );
    return {
      items: (out.Items ?? []).map((i) => strip<AssessmentRecord>(i) as AssessmentRecord),
      cursor: encodeCursor(out.LastEvaluatedKey),
    };
  }

  async listOpenAssessments(limit: number, cursor?: string | null): Promise<Page<AssessmentRecord>> {
    const start = cursor ? decodeCursor(cursor, { gsi1pk: keys.open, skPrefix: 'ASSESSMENT#' }) : undefined;
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
    } else if (closedIndexed(current, update)) {
      // The sparse "closed" index: what the retention sweep reads, until the personal data is erased.
      const closedAt = (update.closedAt ?? current.closedAt) as string;
      x.set(x.name('gsi1pk'), keys.closed);
      x.set(x.name('gsi1sk'), keys.closedSort(closedAt, id));
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
          Key: assessmentKey(orgId, id),
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

  async addStakeholder(
    stakeholder: StakeholderRecord,
    invite: InviteRecord,
    mail: MailRecord | null,
  ): Promise<void> {
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
        ...this.queueMail(mail),
      ],
      () => new StoreError('exists', 'That stakeholder or invite already exists.'),
      countChange(null, stakeholder),
    );
  }

  listStakeholders(assessmentId: string): Promise<StakeholderRecord[]> {
    return this.queryAssessment<StakeholderRecord>(assessmentId, 'STAKEHOLDER#');
  }

  listStakeholderProgress(assessmentId: string) {
    return this.queryAssessment<Pick<StakeholderRecord, 'role' | 'status' | 'submittedAt'>>(
      assessmentId,
      'STAKEHOLDER#',
      {
        ProjectionExpression: '#role, #status, submittedAt',
        ExpressionAttributeNames: { '#role': 'role', '#status': 'status' },
      },
    );
  }

  /** Every page of one kind of item in an assessment's partition (1 MB per page), optionally projected. */
  private async queryAssessment<T>(
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

  async removeStakeholder(stakeholder: StakeholderRecord, retired?: RetiredSubmission): Promise<void> {
    const { orgId, assessmentId, id } = stakeholder;
    await this.transactOnOpenAssessment(
      orgId,
      assessmentId,
      [
        {
          Update: {
            TableName: this.tableName,
            Key: stakeholderKey(assessmentId, id),
            // The invitation stays listed as removed; its link, draft, notes and binding go. The state
            // the caller read must still hold: a retired copy is never lost, counts stay exact.
            UpdateExpression:
              'SET #status = :removed, answers = :empty, notes = :empty, expectations = :none, handedOn = :none, submittedAt = :null, deviceKeyHash = :null, transferCodeHash = :null, transferExpiresAt = :null, counted = :counted, version = version + :one',
            ConditionExpression: retired
              ? 'attribute_exists(pk) AND #status = :status AND submittedAt = :submitted'
              : 'attribute_exists(pk) AND #status = :status AND (attribute_not_exists(submittedAt) OR attribute_type(submittedAt, :nullType))',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':removed': 'removed',
              ':empty': {},
              ':none': [],
              ':null': null,
              ':one': 1,
              ':counted': stakeholder.counted === true || !!stakeholder.submittedAt,
              ':status': stakeholder.status,
              ...(retired ? { ':submitted': retired.submittedAt } : { ':nullType': 'NULL' }),
            },
          },
        },
        ...(stakeholder.status === 'active'
          ? [{ Delete: { TableName: this.tableName, Key: inviteKey(stakeholder.tokenHash) } }]
          : []),
        ...(retired ? [this.putRetired(retired)] : []),
      ],
      () => new StoreError('not-found', 'Stakeholder not found.'),
      countChange(stakeholder, { status: 'removed', submittedAt: null }),
    );
  }

  async revokeInvite(stakeholder: StakeholderRecord, now: string): Promise<void> {
    const { orgId, assessmentId, id, tokenHash } = stakeholder;
    try {
      await this.transact({
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
              Key: stakeholderKey(assessmentId, id),
              UpdateExpression: 'SET #status = :revoked, updatedAt = :now',
              ConditionExpression: 'attribute_exists(pk) AND tokenHash = :hash AND #status = :active',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':revoked': 'revoked',
                ':active': 'active',
                ':now': now,
                ':hash': tokenHash,
              },
            },
          },
          { Delete: { TableName: this.tableName, Key: inviteKey(tokenHash) } },
          // Revoking works on a closed assessment too: only the counts move.
          this.countOnAssessment(
            orgId,
            assessmentId,
            countChange(stakeholder, { ...stakeholder, status: 'revoked' }),
            false,
          ),
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
    retired: RetiredSubmission | undefined,
    mail: MailRecord | null,
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
              'SET #status = :active, tokenHash = :new, updatedAt = :now, answers = :empty, notes = :empty, expectations = :none, handedOn = :none, submittedAt = :null, deviceKeyHash = :null, transferCodeHash = :null, transferExpiresAt = :null, contestedAt = :null, counted = :counted, version = version + :one, reissues = if_not_exists(reissues, :zero) + :one',
            ConditionExpression: 'attribute_exists(pk) AND tokenHash = :old AND #status = :was',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':active': 'active',
              ':was': stakeholder.status,
              ':new': invite.tokenHash,
              ':old': stakeholder.tokenHash,
              ':now': now,
              ':empty': {},
              ':none': [],
              ':null': null,
              ':one': 1,
              ':zero': 0,
              ':counted': stakeholder.counted === true || !!stakeholder.submittedAt,
            },
          },
        },
        ...(stakeholder.status === 'active'
          ? [{ Delete: { TableName: this.tableName, Key: inviteKey(stakeholder.tokenHash) } }]
          : []),
        this.putInvite(invite),
        ...(retired ? [this.putRetired(retired)] : []),
        ...this.queueMail(mail),
      ],
      () => new StoreError('version-conflict', 'The invite changed meanwhile; reload and try again.'),
      countChange(stakeholder, { status: 'active', submittedAt: null }),
    );
  }

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

  async markContested(assessmentId: string, stakeholderId: string, tokenHash: string, now: string) {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: stakeholderKey(assessmentId, stakeholderId),
          UpdateExpression: 'SET contestedAt = :now',
          ConditionExpression: 'attribute_exists(pk) AND tokenHash = :token',
          ExpressionAttributeValues: { ':now': now, ':token': tokenHash },
        }),
      );
    } catch (e) {
      if ((e as Error).name !== 'ConditionalCheckFailedException') throw e;
    }
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
    const extraConditions: string[] = [];
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
    if (patch.handedOn) {
      x.set(x.name('handedOn'), patch.handedOn);
      // A question handed on is no longer answered: its earlier rating goes in the same update.
      for (const question of patch.handedOn)
        if (!(question in (patch.answers ?? {}))) x.remove(`${x.name('answers')}.${x.name(question)}`);
    }
    if (patch.submit) {
      x.set(x.name('submittedAt'), now);
      // One invitation counts one submission, its first: a later one (through a re-issued link) is
      // kept but never counted, so no slot can stand for several respondents.
      x.set(x.name('counted'), true);
      const counted = x.name('counted');
      extraConditions.push(
        patch.firstCount
          ? `(attribute_not_exists(${counted}) OR ${counted} = ${x.value(false)})`
          : `${counted} = ${x.value(true)}`,
      );
    }
    if (patch.bindDeviceKeyHash) x.set(x.name('deviceKeyHash'), patch.bindDeviceKeyHash);
    if (patch.requestId) x.set(x.name('lastRequestId'), patch.requestId);
    x.set(x.name('updatedAt'), now);
    const version = x.name('version');
    x.setRaw(`${version} = ${version} + ${x.value(1)}`);
    const conditions = ['attribute_exists(pk)', `${x.name('status')} = ${x.value('active')}`];
    conditions.push(...extraConditions);
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
            ? this.lockThreshold(orgId, assessmentId, patch.firstCount ? 1 : 0)
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
      if (stakeholder.status !== 'active' || (patch.tokenHash && stakeholder.tokenHash !== patch.tokenHash)) {
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
    const wanted = assessmentKey(orgId, assessmentId);
    // The firm's branding rides in the same batch: the stakeholder sees who invited them at no extra request.
    const branding = deliverableKeys.branding(orgId);
    let request: BatchGetCommandInput['RequestItems'] | undefined = {
      [this.tableName]: {
        Keys: [wanted, stakeholderKey(assessmentId, stakeholderId), branding],
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
    const assessment = items.find((i) => i.sk === wanted.sk);
    const stakeholder = items.find((i) => i.sk === keys.stakeholder(stakeholderId));
    if (!assessment || !stakeholder) return null;
    const firm = items.find((i) => i.pk === branding.pk && i.sk === branding.sk);
    return {
      assessment: strip<AssessmentRecord>(assessment) as AssessmentRecord,
      stakeholder: strip<StakeholderRecord>(stakeholder) as StakeholderRecord,
      firmName: typeof firm?.firmName === 'string' ? firm.firmName : null,
    };
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

  private transact(input: TransactWriteCommandInput) {
    return transact(this.db, input);
  }

  /**
   * A transaction that first checks the assessment is open. A failed check reads as "closed" or
   * "not found"; any other cancellation becomes the caller's refusal.
   */
  private async transactOnOpenAssessment(
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
  private queueMail(mail: MailRecord | null) {
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

  // --- Privacy: retired submissions, device binding and transfer codes ---

  listRetiredSubmissions(assessmentId: string): Promise<RetiredSubmission[]> {
    return this.queryAssessment<RetiredSubmission>(assessmentId, 'SUBMISSION#');
  }

  async startDeviceTransfer(
    assessmentId: string,
    stakeholderId: string,
    tokenHash: string,
    deviceKeyHash: string,
    codeHash: string,
    expiresAt: string,
  ): Promise<void> {
    await this.updateOrRefuse(
      {
        TableName: this.tableName,
        Key: stakeholderKey(assessmentId, stakeholderId),
        UpdateExpression: 'SET transferCodeHash = :code, transferExpiresAt = :expires',
        ConditionExpression:
          'attribute_exists(pk) AND tokenHash = :token AND deviceKeyHash = :device AND #status = :active',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':code': codeHash,
          ':expires': expiresAt,
          ':token': tokenHash,
          ':device': deviceKeyHash,
          ':active': 'active',
        },
      },
      () => new StoreError('device-mismatch', 'This link is bound to another device.'),
    );
  }

  async redeemDeviceTransfer(
    assessmentId: string,
    stakeholderId: string,
    tokenHash: string,
    codeHash: string,
    newDeviceKeyHash: string,
    now: string,
  ): Promise<void> {
    await this.updateOrRefuse(
      {
        TableName: this.tableName,
        Key: stakeholderKey(assessmentId, stakeholderId),
        // Single use: the code is removed in the same write that moves the binding.
        UpdateExpression: 'SET deviceKeyHash = :device, transferCodeHash = :null, transferExpiresAt = :null',
        ConditionExpression:
          'attribute_exists(pk) AND tokenHash = :token AND transferCodeHash = :code AND transferExpiresAt > :now AND #status = :active',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':device': newDeviceKeyHash,
          ':null': null,
          ':token': tokenHash,
          ':code': codeHash,
          ':now': now,
          ':active': 'active',
        },
      },
      () => new StoreError('transfer-invalid', 'That transfer code is not valid (any more).'),
    );
  }

  /** A conditional update whose failed condition is the given refusal. */
  private async updateOrRefuse(input: UpdateCommandInput, refusal: () => StoreError): Promise<void> {
    try {
      await this.db.send(new UpdateCommand(input));
    } catch (e) {
      if ((e as Error).name === 'ConditionalCheckFailedException') throw refusal();
      throw e;
    }
  }

  private putRetired(retired: RetiredSubmission) {
    return this.putNew({
      ...retired,
      pk: keys.assessmentPartition(retired.assessmentId),
      sk: keys.submission(retired.id),
    });
  }

  /** The open check of a submission, which also fixes the group-size threshold for good. */
  private lockThreshold(orgId: string, assessmentId: string, counts: 0 | 1) {
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
  private countOnAssessment(orgId: string, assessmentId: string, change: CountChange, requireOpen: boolean) {
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
  private putNew(Item: Item) {
    return { Put: { TableName: this.tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' } };
  }

  private putInvite(invite: InviteRecord) {
    return this.putNew({ ...invite, ...inviteKey(invite.tokenHash) });
  }

  private assessmentOpenCheck(orgId: string, assessmentId: string) {
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

  private async closedOrMissing(orgId: string, assessmentId: string): Promise<StoreError> {
    const assessment = await this.getAssessment(orgId, assessmentId);
    return assessment
      ? new StoreError('closed', 'The assessment is closed: nothing can change until it is reopened.')
      : new StoreError('not-found', 'Assessment not found.');
  }

  // ── Tenant registry (local sign-in only): a normalised organisation name → its opaque id ──

  async getOrganisationByName(normalisedName: string): Promise<OrganisationRecord | null> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: organisationNameKey(normalisedName),
        ConsistentRead: true,
      }),
    );
    return strip<OrganisationRecord>(out.Item);
  }

  async registerOrganisation(record: OrganisationRecord): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...record, ...organisationNameKey(record.normalisedName) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (e) {
      if ((e as Error).name === 'ConditionalCheckFailedException')
        throw new StoreError('exists', 'An organisation is registered under that name already.');
      throw e;
    }
  }

  // ── Personal data lifecycle: retention, erasure on request, the record of access ──

  async listClosedAssessments(
    closedBefore: string,
    limit: number,
    cursor?: string | null,
  ): Promise<Page<AssessmentRecord>> {
    const start = cursor ? decodeCursor(cursor, { gsi1pk: keys.closed, skPrefix: 'ASSESSMENT#' }) : undefined;
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: TABLE.gsi1.name,
        KeyConditionExpression: 'gsi1pk = :closed AND gsi1sk < :before',
        ExpressionAttributeValues: { ':closed': keys.closed, ':before': closedBefore },
        Limit: limit,
        ExclusiveStartKey: start,
      }),
    );
    return {
      items: (out.Items ?? []).map((i) => strip<AssessmentRecord>(i) as AssessmentRecord),
      cursor: encodeCursor(out.LastEvaluatedKey),
    };
  }

  async getPrivacySettings(orgId: string): Promise<PrivacySettingsRecord | null> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: keys.org(orgId), sk: keys.privacy } }),
    );
    return strip<PrivacySettingsRecord>(out.Item);
  }

  async putPrivacySettings(record: PrivacySettingsRecord): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...record, pk: keys.org(record.orgId), sk: keys.privacy },
      }),
    );
  }

  async eraseStakeholder(
    stakeholder: StakeholderRecord,
    retired: RetiredSubmission | undefined,
    now: string,
  ): Promise<StakeholderRecord> {
    const { orgId, assessmentId, id } = stakeholder;
    const counted = stakeholder.counted === true || !!stakeholder.submittedAt;
    try {
      await this.transact({
        TransactItems: [
          // Works whether the assessment is open or closed; only the counts move.
          this.countOnAssessment(
            orgId,
            assessmentId,
            countChange(stakeholder, { status: 'removed', submittedAt: null }),
            false,
          ),
          {
            Update: {
              TableName: this.tableName,
              Key: stakeholderKey(assessmentId, id),
              // As removal does, plus the name and the address; the state read must still hold, so a
              // submission made meanwhile is never lost (its retired copy is made from what was read).
              UpdateExpression:
                'SET #status = :removed, #name = :null, email = :null, answers = :empty, notes = :empty, expectations = :none, handedOn = :none, submittedAt = :null, deviceKeyHash = :null, transferCodeHash = :null, transferExpiresAt = :null, contestedAt = :null, counted = :counted, updatedAt = :now, version = version + :one',
              ConditionExpression: 'attribute_exists(pk) AND version = :version AND #status = :status',
              ExpressionAttributeNames: { '#status': 'status', '#name': 'name' },
              ExpressionAttributeValues: {
                ':removed': 'removed',
                ':null': null,
                ':empty': {},
                ':none': [],
                ':counted': counted,
                ':now': now,
                ':one': 1,
                ':version': stakeholder.version,
                ':status': stakeholder.status,
              },
            },
          },
          ...(stakeholder.status === 'active'
            ? [{ Delete: { TableName: this.tableName, Key: inviteKey(stakeholder.tokenHash) } }]
            : []),
          ...(retired ? [this.putRetired(retired)] : []),
        ],
      });
    } catch (e) {
      const reasons = cancelReasons(e);
      if (reasons?.[0] === 'ConditionalCheckFailed')
        throw new StoreError('not-found', 'Assessment not found.');
      if (reasons)
        throw new StoreError('version-conflict', 'The stakeholder changed meanwhile; reload and try again.');
      throw e;
    }
    return {
      ...stakeholder,
      status: 'removed',
      name: null,
      email: null,
      answers: {},
      notes: {},
      expectations: [],
      handedOn: [],
      submittedAt: null,
      deviceKeyHash: null,
      transferCodeHash: null,
      transferExpiresAt: null,
      contestedAt: null,
      counted,
      updatedAt: now,
      version: stakeholder.version + 1,
    };
  }

  async erasePersonalData(assessment: AssessmentRecord, now: string): Promise<ErasedPersonalData> {
    const people = await this.queryAssessment<Pick<StakeholderRecord, 'id' | 'name' | 'email'>>(
      assessment.id,
      'STAKEHOLDER#',
      { ProjectionExpression: 'id, #name, email', ExpressionAttributeNames: { '#name': 'name' } },
    );
    const erased: ErasedPersonalData = { stakeholderIds: [], emails: [] };
    for (const person of people) {
      erased.stakeholderIds.push(person.id);
      if (person.email) erased.emails.push(person.email);
      if (person.name === null && person.email === null) continue;
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: stakeholderKey(assessment.id, person.id),
          UpdateExpression: 'SET #name = :null, email = :null',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#name': 'name' },
          ExpressionAttributeValues: { ':null': null },
        }),
      );
    }
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: assessmentKey(assessment.orgId, assessment.id),
          // Off the closed index: the sweep reads it no more (closing again after a reopen puts it back).
          UpdateExpression: 'SET personalDataErasedAt = :now REMOVE gsi1pk, gsi1sk',
          ConditionExpression: '#status = :closed AND closedAt = :closedAt',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':now': now,
            ':closed': 'closed',
            ':closedAt': assessment.closedAt ?? null,
          },
        }),
      );
    } catch (e) {
      // Reopened meanwhile: the names are gone all the same, and the next closure indexes it again.
      if ((e as Error).name !== 'ConditionalCheckFailedException') throw e;
    }
    return erased;
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
          await this.db.send(
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
        await this.db.send(
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

  async recordAccess(entry: AccessLogRecord): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...entry,
          pk: keys.assessmentPartition(entry.assessmentId),
          sk: keys.access(entry.at, entry.id),
          expiresAt: Math.floor(Date.parse(entry.at) / 1000) + ACCESS_TTL_SECONDS,
        },
      }),
    );
  }

  async listAccessLog(assessmentId: string, limit: number): Promise<AccessLogRecord[]> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.assessmentPartition(assessmentId), ':prefix': 'ACCESS#' },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((i) => strip<AccessLogRecord>(i) as AccessLogRecord);
  }

  // ── Deliverables (issue 13): share links, firm branding, targets, the opt-in benchmark ──
  // The requests live in deliverables-store.ts; these delegate so the Store stays one object.

  private deliverablesStore?: DeliverablesStore;
  private get deliverables(): DeliverablesStore {
    this.deliverablesStore ??= new DeliverablesStore(this.db, this.tableName);
    return this.deliverablesStore;
  }
  createShareLink: Store['createShareLink'] = (...a) => this.deliverables.createShareLink(...a);
  listShareLinks: Store['listShareLinks'] = (...a) => this.deliverables.listShareLinks(...a);
  getShareLink: Store['getShareLink'] = (...a) => this.deliverables.getShareLink(...a);
  revokeShareLink: Store['revokeShareLink'] = (...a) => this.deliverables.revokeShareLink(...a);
  findShareLink: Store['findShareLink'] = (...a) => this.deliverables.findShareLink(...a);
  recordShareView: Store['recordShareView'] = (...a) => this.deliverables.recordShareView(...a);
  getBranding: Store['getBranding'] = (...a) => this.deliverables.getBranding(...a);
  putBranding: Store['putBranding'] = (...a) => this.deliverables.putBranding(...a);
  getTargets: Store['getTargets'] = (...a) => this.deliverables.getTargets(...a);
  putTargets: Store['putTargets'] = (...a) => this.deliverables.putTargets(...a);
  getBenchmarkConsent: Store['getBenchmarkConsent'] = (...a) => this.deliverables.getBenchmarkConsent(...a);
  saveBenchmarkConsent: Store['saveBenchmarkConsent'] = (...a) =>
    this.deliverables.saveBenchmarkConsent(...a);
  contributeToBenchmark: Store['contributeToBenchmark'] = (...a) =>
    this.deliverables.contributeToBenchmark(...a);
  withdrawFromBenchmark: Store['withdrawFromBenchmark'] = (...a) =>
    this.deliverables.withdrawFromBenchmark(...a);
  getBenchmarkCell: Store['getBenchmarkCell'] = (...a) => this.deliverables.getBenchmarkCell(...a);
  publishBenchmark: Store['publishBenchmark'] = (...a) => this.deliverables.publishBenchmark(...a);
  addBenchmarkPeer: Store['addBenchmarkPeer'] = (...a) => this.deliverables.addBenchmarkPeer(...a);
}

const organisationNameKey = (normalisedName: string) => ({
  pk: keys.organisationName(normalisedName),
  sk: 'ORGNAME',
});
