import type { TestProject } from 'vitest/node';
import { type RunningDynamo, startDynamoLocal } from '../../functions/local/dynamodb-local';
import { randomAccessKey } from '../../functions/local/install-secret';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    /** A random key per run: the run's data lives in that key's own in-memory database. */
    dynamoAccessKey: string;
  }
}

interface Shared {
  dynamo: Promise<RunningDynamo>;
  accessKey: string;
  users: number;
}

// Every project that needs a database lists this file as its globalSetup. Vitest may load it once
// per project, so the one DynamoDB Local of the run hangs off globalThis, started by the first
// project that asks and stopped when the last one is done.
const registry = globalThis as typeof globalThis & { __pmoDynamo?: Shared };

/** One DynamoDB Local (in memory), started only when a project that needs it runs. */
export default async function setup(project: TestProject) {
  registry.__pmoDynamo ??= { dynamo: startDynamoLocal(), accessKey: randomAccessKey(), users: 0 };
  const shared = registry.__pmoDynamo;
  shared.users++;
  const dynamo = await shared.dynamo;
  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('dynamoAccessKey', shared.accessKey);
  return async () => {
    shared.users--;
    if (shared.users > 0) return;
    registry.__pmoDynamo = undefined;
    await dynamo.stop();
  };
}
