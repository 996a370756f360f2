import type { Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { TABLE } from '../../functions/store/table';
import { BUNDLING } from './bundling';

/** Exactly the DynamoDB calls the store makes (TransactWrite needs the per-item actions it contains). */
const STORE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
];

export interface AppFunctionProps {
  entry: string;
  memorySize: number;
  timeout: Duration;
  table: Table;
  mailFrom: string;
  /** SES identity the function may send from. */
  sesIdentityArn: string;
  publicUrl: string;
}

/**
 * One of the product's functions: the newest Node runtime on arm64, the shared bundling, its own
 * log group, and a role with nothing but that log group, the one table and its one index, and
 * sending mail from one SES identity (no managed policies, no wildcard actions or resources).
 */
export const appFunction = (scope: Construct, props: AppFunctionProps): NodejsFunction => {
  const logGroup = new LogGroup(scope, 'FunctionLogs', { retention: RetentionDays.THREE_MONTHS });
  const role = new Role(scope, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  // Its own log group only (the group's ARN covers the streams Lambda creates in it).
  logGroup.grantWrite(role);
  role.addToPolicy(
    new PolicyStatement({
      actions: STORE_ACTIONS,
      resources: [props.table.tableArn, `${props.table.tableArn}/index/${TABLE.gsi1.name}`],
    }),
  );
  role.addToPolicy(new PolicyStatement({ actions: ['ses:SendEmail'], resources: [props.sesIdentityArn] }));
  return new NodejsFunction(scope, 'Function', {
    role,
    entry: props.entry,
    handler: 'handler',
    runtime: Runtime.NODEJS_24_X,
    architecture: Architecture.ARM_64,
    memorySize: props.memorySize,
    timeout: props.timeout,
    bundling: BUNDLING,
    logGroup,
    environment: {
      TABLE_NAME: props.table.tableName,
      MAIL_FROM: props.mailFrom,
      ...(props.publicUrl ? { PUBLIC_URL: props.publicUrl } : {}),
      NODE_OPTIONS: '--enable-source-maps',
    },
  });
};
