import { describe, expect, it } from 'vitest';
import { defaultProvider, fromEnvironment } from '../../../functions/lambda/env-credentials';

/** The credential link bundled in place of the SDK's default chain (infra/constructs/bundling.ts). */
describe('environment credentials', () => {
  it("reads the role's credentials Lambda sets, with the session token", async () => {
    const env = { AWS_ACCESS_KEY_ID: 'AKIA1', AWS_SECRET_ACCESS_KEY: 'secret', AWS_SESSION_TOKEN: 'token' };
    await expect(fromEnvironment(env)()).resolves.toEqual({
      accessKeyId: 'AKIA1',
      secretAccessKey: 'secret',
      sessionToken: 'token',
    });
  });

  it('reads them at each call, and refuses when they are missing', async () => {
    const env: NodeJS.ProcessEnv = {};
    const provider = fromEnvironment(env);
    await expect(provider()).rejects.toMatchObject({ name: 'CredentialsProviderError' });
    Object.assign(env, {
      AWS_ACCESS_KEY_ID: 'AKIA2',
      AWS_SECRET_ACCESS_KEY: 's',
      AWS_CREDENTIAL_EXPIRATION: '2030-01-01T00:00:00Z',
    });
    await expect(provider()).resolves.toMatchObject({
      accessKeyId: 'AKIA2',
      expiration: new Date('2030-01-01T00:00:00Z'),
    });
  });

  it('is what an SDK client signs with when bundled', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIA3', AWS_SECRET_ACCESS_KEY: 's3' });
    try {
      const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
      const client = new DynamoDBClient({ region: 'eu-west-1', credentialDefaultProvider: defaultProvider });
      await expect(client.config.credentials()).resolves.toMatchObject({ accessKeyId: 'AKIA3' });
    } finally {
      process.env = saved;
    }
  });
});
