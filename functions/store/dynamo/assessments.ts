import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor } from '../cursor';
import { ExpressionBuilder } from '../expressions';
import { type AssessmentUpdate, StoreError } from '../port';
import type { AssessmentRecord, Page } from '../records';
import { keys, TABLE } from '../table';
import { assessmentKey, type Item, strip } from './items';
import { TableContext } from './table-context';

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

/**
 * Assessments under their organisation, and the sparse index that lists the open ones (for
 * reminders) and the closed ones whose personal data is not erased yet (for the retention sweep).
 */
export class Assessments extends TableContext {
  async createAssessment(record: AssessmentRecord): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: assessmentItem(record),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }
  getAssessment(orgId: string, id: string): Promise<AssessmentRecord | null> {
    return this.readAssessment(orgId, id);
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
}
