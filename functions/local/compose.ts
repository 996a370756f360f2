import { createApp } from '../api/app';
import { createLocalAuth } from '../api/auth/local-auth';
import type { PassphraseBook } from '../api/auth/passphrase';
import { MIN_GROUP_SIZE, QUESTIONNAIRE } from '../core';
import { createDocumentClient, createDynamoClient } from '../store/client';
import { ensureTable } from '../store/create-table';
import { DynamoStore } from '../store/dynamo-store';
import { LOCAL_REGION } from './dynamodb-local';

export interface LocalAppOptions {
  endpoint: string;
  /** The installation's DynamoDB Local access key: its data lives in that key's own database. */
  accessKeyId?: string;
  tableName: string;
  authSecret: string;
  /** Set when the server listens beyond loopback: organisations then sign in with their own passphrases. */
  localPassword?: string;
  /** Where organisations' passphrase hashes are kept (in memory unless given). */
  passphrases?: PassphraseBook;
  publicBaseUrl?: string;
  now?: () => Date;
  /** Tests set this: every response body is checked against its route's documented schema. */
  checkResponses?: boolean;
}

/** Wires the app the way the local product runs it: DynamoDB Local, local sign-in, outbox mail. */
export const composeLocalApp = async (options: LocalAppOptions) => {
  const client = createDynamoClient({
    endpoint: options.endpoint,
    region: LOCAL_REGION,
    ...(options.accessKeyId ? { accessKeyId: options.accessKeyId } : {}),
  });
  await ensureTable(client, options.tableName);
  const store = new DynamoStore(createDocumentClient(client), options.tableName);
  const now = options.now ?? (() => new Date());
  const localAuth = createLocalAuth({
    secret: options.authSecret,
    store,
    ...(options.localPassword ? { password: options.localPassword } : {}),
    ...(options.passphrases ? { passphrases: options.passphrases } : {}),
  });
  const app = createApp({
    questionnaire: QUESTIONNAIRE,
    checkResponses: options.checkResponses ?? false,
    logError: (error, route) =>
      process.stderr.write(
        `${JSON.stringify({ level: 'error', message: 'unhandled error', route, error: String(error) })}\n`,
      ),
    workspace: {
      store,
      auth: localAuth.auth,
      now,
      defaultMinGroupSize: MIN_GROUP_SIZE,
      localSignIn: localAuth.signIn,
      localSignOut: localAuth.signOut,
      ...(options.publicBaseUrl ? { publicBaseUrl: options.publicBaseUrl } : {}),
    },
  });
  return {
    app,
    store,
    client,
    signIn: localAuth.issue,
    setPassphrase: localAuth.setPassphrase,
    passwordRequired: localAuth.passwordRequired,
  };
};
