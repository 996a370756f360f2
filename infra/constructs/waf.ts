import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/** Requests one address may send to the API in five minutes before WAF blocks it. */
export const API_REQUESTS_PER_FIVE_MINUTES = 1000;

/**
 * An optional WAF web ACL for CloudFront (`-c waf=true`): a rate rule per client address on
 * /api/ (AWS's common rule set is left out: its 8 KB body limit would refuse long autosaves). CloudFront web ACLs live in us-east-1, so this needs the
 * stack there; elsewhere pass an existing ACL with `-c webAclArn=...`.
 */
export class Waf extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const visibility = (metricName: string) => ({
      cloudWatchMetricsEnabled: true,
      metricName,
      sampledRequestsEnabled: true,
    });
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('pmo-blueprint'),
      rules: [
        {
          name: 'api-rate',
          priority: 0,
          action: { block: {} },
          visibilityConfig: visibility('api-rate'),
          statement: {
            rateBasedStatement: {
              limit: API_REQUESTS_PER_FIVE_MINUTES,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                byteMatchStatement: {
                  fieldToMatch: { uriPath: {} },
                  positionalConstraint: 'STARTS_WITH',
                  searchString: '/api/',
                  textTransformations: [{ priority: 0, type: 'NONE' }],
                },
              },
            },
          },
        },
      ],
    });
  }
}
