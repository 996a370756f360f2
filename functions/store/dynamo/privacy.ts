import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { StoreError } from '../port';
import type {
  AccessLogRecord,
  AssessmentRecord,
  ErasedPersonalData,
  RetiredSubmission,
  StakeholderRecord,
} from '../records';
import { keys } from '../table';
import { cancelReasons } from '../transactions';
import { assessmentKey, countChange, inviteKey, stakeholderKey, strip } from './items';
import { TableContext } from './table-context';

/** Entries of the record of access are kept about two years, then TTL removes them. */
const ACCESS_TTL_SECONDS = 2 * 366 * 24 * 3600;

/**
 * Personal data on request and by retention: erasing one stakeholder or every name of a closed
 * assessment, and the record of who accessed an assessment's results.
 */
export class Privacy extends TableContext {
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
                'SET #status = :removed, #name = :null, email = :null, answers = :empty, notes = :empty, expectations = :none, handedOn = :none, importance = :empty, submittedAt = :null, deviceKeyHash = :null, transferCodeHash = :null, transferExpiresAt = :null, contestedAt = :null, counted = :counted, updatedAt = :now, version = version + :one',
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
      importance: {},
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
}
