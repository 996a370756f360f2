import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { MAX_AUDIT_ENTRIES, MAX_EVIDENCE_ITEMS } from '../../calibration-port';
import type { CalibrationAuditRecord, CalibrationRecord, EvidenceRecord } from '../../calibration-records';
import { StoreError } from '../../port';
import { keys } from '../../table';
import { cancelReasons } from '../../transactions';
import { strip } from '../items';
import { TableContext } from '../table-context';

const calibrationKeys = {
  evidence: (assessmentId: string, id: string) => ({
    pk: keys.assessmentPartition(assessmentId),
    sk: `EVIDENCE#${id}`,
  }),
  calibration: (assessmentId: string) => ({ pk: keys.assessmentPartition(assessmentId), sk: 'CALIBRATION' }),
  audit: (assessmentId: string, at: string, id: string) => ({
    pk: keys.assessmentPartition(assessmentId),
    sk: `CALAUDIT#${at}#${id}`,
  }),
} as const;

/** One page of an item kind in the assessment's partition (the register and the trail are bounded). */
const queryPrefix = async <T>(
  db: DynamoDBDocumentClient,
  tableName: string,
  assessmentId: string,
  prefix: string,
  newestFirst: boolean,
  limit: number,
): Promise<T[]> => {
  const out = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.assessmentPartition(assessmentId), ':prefix': prefix },
      ScanIndexForward: !newestFirst,
      ConsistentRead: true,
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map((i) => strip<T>(i) as T);
};

/** The evidence register, the workshop's agreed levels and their audit trail, in the assessment's partition. */
export class Calibration extends TableContext {
  async listEvidence(assessmentId: string): Promise<EvidenceRecord[]> {
    const items = await queryPrefix<EvidenceRecord>(
      this.db,
      this.tableName,
      assessmentId,
      'EVIDENCE#',
      false,
      MAX_EVIDENCE_ITEMS,
    );
    return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async putEvidence(record: EvidenceRecord, mode: 'create' | 'replace'): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...record, ...calibrationKeys.evidence(record.assessmentId, record.id) },
          ConditionExpression: mode === 'create' ? 'attribute_not_exists(pk)' : 'attribute_exists(pk)',
        }),
      );
    } catch (e) {
      if ((e as Error).name !== 'ConditionalCheckFailedException') throw e;
      throw mode === 'create'
        ? new StoreError('exists', 'This evidence item exists already.')
        : new StoreError('not-found', 'Evidence item not found.');
    }
  }

  async deleteEvidence(assessmentId: string, id: string): Promise<void> {
    try {
      await this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: calibrationKeys.evidence(assessmentId, id),
          ConditionExpression: 'attribute_exists(pk)',
        }),
      );
    } catch (e) {
      if ((e as Error).name === 'ConditionalCheckFailedException')
        throw new StoreError('not-found', 'Evidence item not found.');
      throw e;
    }
  }

  async getCalibration(assessmentId: string): Promise<CalibrationRecord | null> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: calibrationKeys.calibration(assessmentId),
        ConsistentRead: true,
      }),
    );
    return strip<CalibrationRecord>(out.Item);
  }

  async saveCalibration(
    record: CalibrationRecord,
    expectedVersion: number,
    entries: readonly CalibrationAuditRecord[],
  ): Promise<void> {
    try {
      await this.transact({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: { ...record, ...calibrationKeys.calibration(record.assessmentId) },
              ConditionExpression:
                expectedVersion === 0 ? 'attribute_not_exists(pk)' : '#version = :expected',
              ...(expectedVersion === 0
                ? {}
                : {
                    ExpressionAttributeNames: { '#version': 'version' },
                    ExpressionAttributeValues: { ':expected': expectedVersion },
                  }),
            },
          },
          ...entries.map((entry) => ({
            Put: {
              TableName: this.tableName,
              Item: { ...entry, ...calibrationKeys.audit(entry.assessmentId, entry.at, entry.id) },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          })),
        ],
      });
    } catch (e) {
      if (!cancelReasons(e)) throw e;
      throw new StoreError(
        'version-conflict',
        'The workshop changed meanwhile: reload it and make the change again.',
        await this.getCalibration(record.assessmentId),
      );
    }
  }

  listCalibrationAudit(assessmentId: string): Promise<CalibrationAuditRecord[]> {
    return queryPrefix<CalibrationAuditRecord>(
      this.db,
      this.tableName,
      assessmentId,
      'CALAUDIT#',
      true,
      MAX_AUDIT_ENTRIES,
    );
  }
}
