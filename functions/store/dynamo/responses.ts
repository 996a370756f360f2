import {
  BatchGetCommand,
  type BatchGetCommandInput,
  type BatchGetCommandOutput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { ExpressionBuilder } from '../expressions';
import { StoreError } from '../port';
import type { AssessmentRecord, ResponseContext, ResponsePatch, StakeholderRecord } from '../records';
import { keys } from '../table';
import { cancelReasons } from '../transactions';
import { deliverableKeys } from './deliverables/keys';
import { assessmentKey, type Item, stakeholderKey, strip } from './items';
import { TableContext } from './table-context';

/**
 * A stakeholder's response: its autosaves and submission, read back with its assessment in one
 * batch, the device its link is bound to and the transfer of that binding to another device.
 */
export class Responses extends TableContext {
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
    if (patch.importance) x.set(x.name('importance'), patch.importance);
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
}
