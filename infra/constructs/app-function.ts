import { relative } from 'node:path';
import { AssetHashType, Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  Code,
  Function as LambdaFunction,
  type ParamsAndSecretsLayerVersion,
  Runtime,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { actionsFor, type StoreMethod } from '../../functions/store/permissions';
import { TABLE } from '../../functions/store/table';
import { bundleFunction, PROJECT_ROOT } from '../bundle';
import { NODE_OPTIONS } from './bundling';

/** A function of the product (`appFunction`). */
export type AppFunction = LambdaFunction;

/** The runtime every function runs on: the newest Node. */
export const RUNTIME = Runtime.NODEJS_24_X;

/**
 * A function's code as `cdk synth` stages it: the entry built by `bundleFunction` (infra/bundle.ts,
 * the one build the bundle test and the benchmark run too) into the asset's folder, with code
 * splitting, which `NodejsFunction` cannot do. The build runs on this machine (esbuild is a
 * development dependency), only for the stacks being synthesised, and the asset is hashed by
 * what was built, as `NodejsFunction`'s is. There is no container fallback: a build that fails
 * fails the synth.
 */
export const functionCode = (entry: string): Code =>
  Code.fromAsset(PROJECT_ROOT, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: RUNTIME.bundlingImage,
      // Never run (the local build succeeds or throws), but it names the entry: CDK reuses a staged
      // asset for equal bundling options, and the local bundler, a function, does not tell them apart.
      command: [
        'sh',
        '-c',
        `echo "${relative(PROJECT_ROOT, entry)} is bundled locally (infra/bundle.ts)" >&2; exit 1`,
      ],
      local: {
        tryBundle: (outputDir) => {
          bundleFunction(entry, outputDir);
          return true;
        },
      },
    },
  });

export interface AppFunctionProps {
  entry: string;
  /** Names the function in logs (Powertools' service name). */
  service: string;
  memorySize: number;
  timeout: Duration;
  table: Table;
  /** The store methods the function's code may call: its DynamoDB actions are derived from them. */
  storeMethods: readonly StoreMethod[];
  environment?: Record<string, string>;
  /** The Parameters and Secrets extension, for a function that reads a secret at run time. */
  paramsAndSecrets?: ParamsAndSecretsLayerVersion;
}

/**
 * One of the product's functions: the newest Node runtime on arm64, the shared bundling, its own
 * log group, and a role with nothing but that log group and the DynamoDB actions of the store
 * methods it uses, on the one table and its one index (no managed policies, no wildcards).
 */
export const appFunction = (scope: Construct, props: AppFunctionProps): AppFunction => {
  const logGroup = new LogGroup(scope, 'FunctionLogs', { retention: RetentionDays.THREE_MONTHS });
  const role = new Role(scope, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  // Its own log group only (the group's ARN covers the streams Lambda creates in it).
  logGroup.grantWrite(role);
  role.addToPolicy(
    new PolicyStatement({
      actions: actionsFor(props.storeMethods),
      resources: [props.table.tableArn, `${props.table.tableArn}/index/${TABLE.gsi1.name}`],
    }),
  );
  return new LambdaFunction(scope, 'Function', {
    role,
    code: functionCode(props.entry),
    handler: 'index.handler',
    runtime: RUNTIME,
    architecture: Architecture.ARM_64,
    memorySize: props.memorySize,
    timeout: props.timeout,
    logGroup,
    ...(props.paramsAndSecrets ? { paramsAndSecrets: props.paramsAndSecrets } : {}),
    environment: {
      TABLE_NAME: props.table.tableName,
      POWERTOOLS_SERVICE_NAME: props.service,
      POWERTOOLS_LOG_LEVEL: 'INFO',
      NODE_OPTIONS,
      ...props.environment,
    },
  });
};

/** Where a function's work lands after its last retry: encrypted, TLS only, kept 14 days, watched by an alarm. */
export const deadLetterQueue = (scope: Construct) =>
  new Queue(scope, 'DeadLetters', {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
