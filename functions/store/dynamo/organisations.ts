import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { StoreError } from '../port';
import type { OrganisationRecord, PrivacySettingsRecord } from '../records';
import { keys } from '../table';
import { strip } from './items';
import { TableContext } from './table-context';

const organisationNameKey = (normalisedName: string) => ({
  pk: keys.organisationName(normalisedName),
  sk: 'ORGNAME',
});

/** Organisations: the tenant registry of the local sign-in, and each organisation's privacy settings. */
export class Organisations extends TableContext {
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
}
