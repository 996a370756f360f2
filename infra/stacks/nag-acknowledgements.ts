import { type Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { Api } from '../constructs/api';
import type { Reminders } from '../constructs/reminders';
import type { Web } from '../constructs/web';

const PUBLIC_ROUTES_REASON =
  'Public by design: the health check, questionnaire, API description and quick check need no account, and the ' +
  'stakeholder routes are authorised by the 256-bit invite token in the path, which the app verifies (hash lookup, ' +
  'constant-time check, revocable); the shared report by a 256-bit share token in the X-Share-Token header, ' +
  'checked the same way (hash lookup, expiry, revocable). Consultant routes use the Cognito JWT authorizer.';

/** Every cdk-nag finding this stack accepts, each with its reason, on the narrowest construct that raises it. */
export const acknowledgeFindings = (stack: Stack, parts: { api: Api; reminders: Reminders; web: Web }) => {
  for (const route of parts.api.httpApi.node.children) {
    if (
      /^(GET|POST|PUT)--api--(health|model|openapi\.json|quick-check|responses|share$)/.test(route.node.id)
    ) {
      Validations.of(route).acknowledge({ id: 'AwsSolutions-APIG4', reason: PUBLIC_ROUTES_REASON });
    }
  }

  Validations.of(parts.reminders.deadLetters).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: 'This queue is itself the dead-letter queue of the reminder schedule; it is watched by an alarm.',
  });

  const distribution = parts.web.distribution;
  Validations.of(distribution).acknowledge({
    id: 'AwsSolutions-CFR1',
    reason: 'Consultancies serve clients worldwide; no country is to be blocked by default.',
  });
  Validations.of(distribution).acknowledge({
    id: 'AwsSolutions-CFR2',
    reason:
      'A CloudFront WAF web ACL must live in us-east-1 while this stack is region-agnostic; the API is throttled per stage ' +
      'and validates every input. Attach an existing web ACL via the distribution when the firm has one.',
  });
  Validations.of(distribution).acknowledge({
    id: 'AwsSolutions-CFR4',
    reason:
      'The default *.cloudfront.net certificate cannot pin the minimum TLS version; a custom domain with an ACM ' +
      'certificate (TLSv1.2_2021) is the documented upgrade in the README.',
  });

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
