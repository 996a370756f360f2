import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, createDynamoClient } from '../store/client';
import { type AllOf, compose } from '../store/dynamo/compose';

/**
 * The document client a function's store sends through, built once per container and shared by
 * every invocation. The API composes the whole DynamoStore over it (./api-store.ts, imported on
 * the first request that reads or writes data); a job composes only its own parts (`jobStoreFor`).
 */
export const documentClient = () =>
  createDocumentClient(
    createDynamoClient(process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {}),
  );

/**
 * A job's store: only the parts that own the methods it calls (its handler's dependencies are typed
 * by those methods, so a part left out does not compile), so its bundle carries no other
 * aggregate's requests. Every part still sends through the one client.
 */
export const jobStoreFor = <Parts extends readonly object[]>(
  tableName: string,
  partsOver: (db: DynamoDBDocumentClient, tableName: string) => Parts,
): AllOf<Parts> => compose(partsOver(documentClient(), tableName));
