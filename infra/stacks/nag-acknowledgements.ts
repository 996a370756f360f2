import { type Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { deployedRoutes } from '../../functions/api/route-table';
import type { Api } from '../constructs/api';
import type { Mailer } from '../constructs/mailer';
import type { Reminders } from '../constructs/reminders';
import type { Web } from '../constructs/web';

const PUBLIC_ROUTES_REASON =
  'Public by design: the health check, questionnaire, API description and quick check need no account, and the ' +
  'stakeholder routes are authorised by a 256-bit token the app verifies (hash lookup, constant-time check, ' +
  'revocable, expiring); the shared report by a 256-bit share token in the X-Share-Token header, checked the same ' +
  'way. Consultant routes use the Cognito JWT authorizer. Public routes have their own lower throttle.';

/** The construct id CDK gives an HTTP API route: `GET /api/health` becomes `GET--api--health`. */
const routeConstructId = (method: string, path: string) =>
  `${method.toUpperCase()}${path.replaceAll('/', '--')}`;

/** Every cdk-nag finding this stack accepts, each with its reason, on the narrowest construct that raises it. */
export const acknowledgeFindings = (
  stack: Stack,
  parts: { api: Api; reminders: Reminders; mailer: Mailer; web: Web; customDomain: boolean },
) => {
  const open = new Set(
    deployedRoutes()
      .filter(([, spec]) => spec.access !== 'consultant')
      .map(([, spec]) => routeConstructId(spec.method, spec.path)),
  );
  for (const route of parts.api.httpApi.node.children) {
    if (open.has(route.node.id)) {
      Validations.of(route).acknowledge({ id: 'AwsSolutions-APIG4', reason: PUBLIC_ROUTES_REASON });
    }
  }

  Validations.of(parts.reminders.deadLetters).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: 'This queue is itself the dead-letter queue of the reminder schedule; it is watched by an alarm.',
  });
  Validations.of(parts.mailer.deadLetters).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: 'This queue is itself the failure destination of the mail stream; it is watched by an alarm.',
  });
  const mailerPolicy = parts.mailer.fn.role?.node.tryFindChild('DefaultPolicy');
  if (mailerPolicy) {
    Validations.of(mailerPolicy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams, which the stream event source needs, supports no resource-level permission; the ' +
        "stream's own read actions are granted on the table's stream alone.",
    });
  }
  const originSecret = stack.node.tryFindChild('OriginSecret');
  if (originSecret) {
    Validations.of(originSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotated by hand without downtime (README, "Rotating the origin secret"): a new value becomes current, the API ' +
        'accepts the current and the previous value for 48 hours, and a deploy with -c originSecretVersion moves ' +
        'CloudFront to it. A scheduled rotation would change the value before CloudFront follows and cut the API off.',
    });
  }

  const distribution = parts.web.distribution;
  Validations.of(distribution).acknowledge({
    id: 'AwsSolutions-CFR1',
    reason: 'Consultancies serve clients worldwide; no country is to be blocked by default.',
  });
  Validations.of(distribution).acknowledge({
    id: 'AwsSolutions-CFR2',
    reason:
      'WAF is an option (-c waf=true in us-east-1, or -c webAclArn=... elsewhere; see the README for its cost and why ' +
      'production should turn it on); without it the API is throttled per stage and per public route, and validates ' +
      'every input.',
  });
  if (!parts.customDomain) {
    Validations.of(distribution).acknowledge({
      id: 'AwsSolutions-CFR4',
      reason:
        'The default *.cloudfront.net certificate cannot pin the minimum TLS version; with -c domainName and ' +
        '-c certificateArn the distribution uses TLSv1.2_2021 (README).',
    });
  }

  // The BucketDeployment custom resource is created and owned by CDK and runs only during deploys.
  const deployment = stack.node.children.find((c: IConstruct) =>
    c.node.id.startsWith('Custom::CDKBucketDeployment'),
  );
  if (deployment) {
    const reason =
      'CDK-managed BucketDeployment handler, invoked only during deploys to copy the built web app from the CDK ' +
      'asset bucket to the site bucket; its runtime and policies are set by aws-cdk-lib and scoped to those two buckets.';
    for (const id of [
      'AwsSolutions-L1',
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'AwsSolutions-IAM5[Action::s3:GetObject*]',
      'AwsSolutions-IAM5[Action::s3:GetBucket*]',
      'AwsSolutions-IAM5[Action::s3:List*]',
      'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
      'AwsSolutions-IAM5[Action::s3:Abort*]',
      'AwsSolutions-IAM5[Resource::*]',
      `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(parts.web.bucket.node.defaultChild as never)}.Arn>/*]`,
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
    ]) {
      Validations.of(deployment).acknowledge({ id, reason });
    }
  }
};
