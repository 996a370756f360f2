import { DynamoStore } from '../store/dynamo-store';
import { documentClient } from './dynamo';

/** The API's store over its table: the whole DynamoStore and the AWS SDK's DynamoDB client under it. */
export const apiStoreOver = (tableName: string) => new DynamoStore(documentClient(), tableName);
