import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { TABLE } from '../../functions/store/table';

/** Exactly the DynamoDB calls the store makes (TransactWrite needs the per-item actions it contains). */
const STORE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
];

/**
 * A function role with nothing but its own log group, the one table and its one index, and
 * sending mail from one SES identity: no managed policies, no wildcard actions or resources.
 */
export const functionRole = (
  scope: Construct,
  id: string,
  props: { table: Table; logGroup: LogGroup; sesIdentityArn: string },
) => {
  const role = new Role(scope, id, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  // Its own log group only (the group's ARN covers the streams Lambda creates in it).
  props.logGroup.grantWrite(role);
  role.addToPolicy(
    new PolicyStatement({
      actions: STORE_ACTIONS,
      resources: [props.table.tableArn, `${props.table.tableArn}/index/${TABLE.gsi1.name}`],
    }),
  );
  role.addToPolicy(new PolicyStatement({ actions: ['ses:SendEmail'], resources: [props.sesIdentityArn] }));
  return role;
};
