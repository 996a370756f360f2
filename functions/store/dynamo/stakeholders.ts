import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { StoreError } from '../port';
import type { InviteRecord, MailRecord, RetiredSubmission, StakeholderRecord } from '../records';
import { cancelReasons } from '../transactions';
import { countChange, inviteKey, stakeholderKey, strip } from './items';
import { TableContext } from './table-context';

/**
 * Stakeholders in their assessment's partition, each with the invitation its link opens (looked up
 * by the token's hash) and, once a link is re-issued or a stakeholder removed, the retired copy of
 * what it submitted. Every change moves the assessment's counts in the same transaction.
 */
export class Stakeholders extends TableContext {
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
              'SET #status = :removed, answers = :empty, notes = :empty, expectations = :none, handedOn = :none, importance = :empty, submittedAt = :null, deviceKeyHash = :null, transferCodeHash = :null, transferExpiresAt = :null, counted = :counted, version = version + :one',
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
              'SET #status = :active, tokenHash = :new, updatedAt = :now, answers = :empty, notes = :empty, expectations = :none, handedOn = :none, importance = :empty, submittedAt = :null, deviceKeyHash = :null, transferCodeHash = :null, transferExpiresAt = :null, contestedAt = :null, counted = :counted, version = version + :one, reissues = if_not_exists(reissues, :zero) + :one',
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
  async findInvite(tokenHash: string): Promise<InviteRecord | null> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: inviteKey(tokenHash), ConsistentRead: true }),
    );
    return out.Item ? { ...(strip<InviteRecord>(out.Item) as InviteRecord), tokenHash } : null;
  }
  listRetiredSubmissions(assessmentId: string): Promise<RetiredSubmission[]> {
    return this.queryAssessment<RetiredSubmission>(assessmentId, 'SUBMISSION#');
  }
}
