import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { LOCAL_REGION } from '../../functions/local/dynamodb-local';
import { randomAccessKey } from '../../functions/local/install-secret';
import { createDynamoClient } from '../../functions/store/client';
import { harness } from './harness';

describe('DynamoDB Local without -sharedDb', () => {
  it('shows a client without the installation’s access key nothing of its data', async () => {
    const h = await harness();
    const tables = (accessKeyId: string) =>
      createDynamoClient({ endpoint: inject('dynamoEndpoint'), region: LOCAL_REGION, accessKeyId })
        .send(new ListTablesCommand({}))
        .then((out) => out.TableNames ?? []);
    expect(await tables(inject('dynamoAccessKey'))).toContain(h.tableName);
    expect(await tables(randomAccessKey())).not.toContain(h.tableName);
    expect(await tables('local')).not.toContain(h.tableName);
  });
});
