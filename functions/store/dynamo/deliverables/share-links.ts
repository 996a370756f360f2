import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ShareLinkRecord, ShareLookupRecord } from '../../deliverable-records';
import { MAX_SHARE_LINKS, StoreError } from '../../port';
import { keys } from '../../table';
import { cancelReasons, transact } from '../../transactions';
import { strip } from '../items';
import { TableContext } from '../table-context';
import { deliverableKeys } from './keys';

/** Share links are kept this long after they expire (for the consultant's list), then TTL removes them. */
const SHARE_KEEP_SECONDS = 90 * 24 * 3600;

const epoch = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/**
 * Read-only links to an assessment's report for leadership: each link in its assessment's
 * partition, and a lookup by its token's hash that lives until the link expires or is revoked.
 */
export class ShareLinks extends TableContext {
  /** TransactWriteItems: Put the link and Put its token lookup, both only if new. */
  async createShareLink(link: ShareLinkRecord): Promise<void> {
    const ttl = epoch(link.expiresOn);
    const lookup: ShareLookupRecord = {
      tokenHash: link.tokenHash,
      orgId: link.orgId,
      assessmentId: link.assessmentId,
      linkId: link.id,
      expiresOn: link.expiresOn,
    };
    await transact(this.db, {
      TransactItems: [
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...link,
              ...deliverableKeys.shareLink(link.assessmentId, link.id),
              expiresAt: ttl + SHARE_KEEP_SECONDS,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: { ...lookup, ...deliverableKeys.shareLookup(link.tokenHash), expiresAt: ttl },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
  }

  /** One Query page (at most 100 links) of an assessment's share links, newest first. */
  async listShareLinks(assessmentId: string): Promise<ShareLinkRecord[]> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.assessmentPartition(assessmentId), ':prefix': 'SHARE#' },
        ScanIndexForward: false,
        Limit: MAX_SHARE_LINKS,
        ConsistentRead: true,
      }),
    );
    return (out.Items ?? []).map((i) => strip<ShareLinkRecord>(i) as ShareLinkRecord);
  }

  async getShareLink(assessmentId: string, linkId: string): Promise<ShareLinkRecord | null> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: deliverableKeys.shareLink(assessmentId, linkId),
        ConsistentRead: true,
      }),
    );
    return strip<ShareLinkRecord>(out.Item);
  }

  /** TransactWriteItems: mark the link revoked and Delete its token lookup, so the token resolves to nothing. */
  async revokeShareLink(link: ShareLinkRecord, now: string): Promise<void> {
    try {
      await transact(this.db, {
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
              Key: deliverableKeys.shareLink(link.assessmentId, link.id),
              UpdateExpression: 'SET revokedAt = :now',
              ConditionExpression: 'attribute_exists(pk) AND tokenHash = :hash',
              ExpressionAttributeValues: { ':now': now, ':hash': link.tokenHash },
            },
          },
          { Delete: { TableName: this.tableName, Key: deliverableKeys.shareLookup(link.tokenHash) } },
        ],
      });
    } catch (e) {
      if (cancelReasons(e)) throw new StoreError('not-found', 'Share link not found.');
      throw e;
    }
  }

  async findShareLink(tokenHash: string): Promise<ShareLookupRecord | null> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: deliverableKeys.shareLookup(tokenHash),
        ConsistentRead: true,
      }),
    );
    return out.Item ? { ...(strip<ShareLookupRecord>(out.Item) as ShareLookupRecord), tokenHash } : null;
  }
  /**
   * Counts a view (UpdateItem; refused, `revoked`, when the link was revoked or replaced meanwhile)
   * and returns the link's label, read back by the same UpdateItem for the record of access.
   */
  async recordShareView(
    assessmentId: string,
    linkId: string,
    tokenHash: string,
    now: string,
  ): Promise<string | null> {
    try {
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: deliverableKeys.shareLink(assessmentId, linkId),
          UpdateExpression: 'ADD #views :one SET lastViewedAt = :now',
          ConditionExpression:
            'attribute_exists(pk) AND tokenHash = :hash AND attribute_type(revokedAt, :null)',
          ExpressionAttributeNames: { '#views': 'views' },
          ExpressionAttributeValues: { ':one': 1, ':now': now, ':hash': tokenHash, ':null': 'NULL' },
          ReturnValues: 'ALL_NEW',
        }),
      );
      const label = out.Attributes?.label;
      return typeof label === 'string' ? label : null;
    } catch (e) {
      if ((e as Error).name === 'ConditionalCheckFailedException')
        throw new StoreError('revoked', 'This share link was revoked.');
      throw e;
    }
  }
}
