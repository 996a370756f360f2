import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { deployedRoutes } from '../../functions/api/route-table';

/** Requests one address may send to the consultant API in five minutes before WAF blocks it. */
export const API_REQUESTS_PER_FIVE_MINUTES = 1000;

/**
 * Requests one invite token may make to the stakeholder routes in five minutes: one a second on
 * average, more than a person answering and autosaving can send. The tight limit is this one.
 */
export const INVITE_TOKEN_REQUESTS_PER_FIVE_MINUTES = 300;

/**
 * Requests one address may make to the public and stakeholder routes in five minutes. Sized for
 * an office of 30 stakeholders behind one NAT address (docs/privacy.md shows the arithmetic):
 * 30 × (75 autosaves + 10 page and resume requests) = 2,550, doubled (5,100) and rounded up.
 */
export const PUBLIC_REQUESTS_PER_ADDRESS_PER_FIVE_MINUTES = 6000;

/** The header a stakeholder's invite token travels in (lower case, as WAF matches it). */
export const INVITE_TOKEN_HEADER = 'x-invite-token';

/** The stakeholder routes all sit under this path. */
export const STAKEHOLDER_PATH = '/api/response';

/** Path prefixes of every route anyone may call without signing in (shortest covering prefixes). */
export const openPathPrefixes = (): string[] => {
  const paths = [
    ...new Set(
      deployedRoutes()
        .filter(([, spec]) => spec.access !== 'consultant')
        .map(([, spec]) => spec.path.replace(/\/?\{.*$/, '')),
    ),
  ].sort();
  return paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(`${q}/`)));
};

const NO_TRANSFORM = [{ priority: 0, type: 'NONE' }];

const pathStartsWith = (prefix: string): CfnWebACL.StatementProperty => ({
  byteMatchStatement: {
    fieldToMatch: { uriPath: {} },
    positionalConstraint: 'STARTS_WITH',
    searchString: prefix,
    textTransformations: NO_TRANSFORM,
  },
});

const anyOf = (statements: CfnWebACL.StatementProperty[]): CfnWebACL.StatementProperty =>
  statements.length === 1 ? (statements[0] as CfnWebACL.StatementProperty) : { orStatement: { statements } };

/**
 * An optional WAF web ACL for CloudFront (`-c waf=true`), limiting each caller where HTTP API
 * throttles cannot (they are one bucket per route, shared by every caller):
 *
 * - per invite token on the stakeholder routes (the tight limit: one person's autosaves);
 * - per client address on every public and stakeholder route (wide enough for an office behind NAT);
 * - per client address on the rest of /api/ (consultants).
 *
 * AWS's common rule set is left out: its 8 KB body limit would refuse long autosaves. CloudFront
 * web ACLs live in us-east-1, so this needs the stack there; elsewhere pass an existing ACL with
 * `-c webAclArn=...` holding the same rules (README).
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
    const open = anyOf(openPathPrefixes().map(pathStartsWith));
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('pmo-blueprint'),
      rules: [
        {
          // A token sending more than a person can: blocked for that token alone. Requests
          // without the header are not counted here (WAF skips a key it cannot read); the
          // per-address rule below counts them.
          name: 'stakeholder-per-token',
          priority: 0,
          action: { block: {} },
          visibilityConfig: visibility('stakeholder-per-token'),
          statement: {
            rateBasedStatement: {
              limit: INVITE_TOKEN_REQUESTS_PER_FIVE_MINUTES,
              evaluationWindowSec: 300,
              aggregateKeyType: 'CUSTOM_KEYS',
              customKeys: [{ header: { name: INVITE_TOKEN_HEADER, textTransformations: NO_TRANSFORM } }],
              scopeDownStatement: pathStartsWith(STAKEHOLDER_PATH),
            },
          },
        },
        {
          // One address sending junk tokens (a new one each time) is held here.
          name: 'open-routes-per-address',
          priority: 1,
          action: { block: {} },
          visibilityConfig: visibility('open-routes-per-address'),
          statement: {
            rateBasedStatement: {
              limit: PUBLIC_REQUESTS_PER_ADDRESS_PER_FIVE_MINUTES,
              evaluationWindowSec: 300,
              aggregateKeyType: 'CUSTOM_KEYS',
              customKeys: [{ ip: {} }],
              scopeDownStatement: open,
            },
          },
        },
        {
          name: 'api-rate',
          priority: 2,
          action: { block: {} },
          visibilityConfig: visibility('api-rate'),
          statement: {
            rateBasedStatement: {
              limit: API_REQUESTS_PER_FIVE_MINUTES,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                andStatement: {
                  statements: [pathStartsWith('/api/'), { notStatement: { statement: open } }],
                },
              },
            },
          },
        },
      ],
    });
  }
}
