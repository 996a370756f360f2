import { Duration, Lazy, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY } from '../../functions/api/http/security-headers';
import { ORIGIN_HEADER } from '../../functions/lambda/origin-guard';
import { ASSET_CACHE_CONTROL, SHELL_CACHE_CONTROL, withConnectSources } from '../../functions/local/web-host';

export interface WebProps {
  httpApi: HttpApi;
  /** Sent to the API as x-origin-verify, so the API answers only what came through CloudFront. */
  originSecret: string;
  /** A custom domain with its ACM certificate (us-east-1): served with TLS 1.2 or newer only. */
  domain?: { name: string; certificate: ICertificate };
  /** A WAF web ACL (its ARN) in front of the distribution, when one is configured. */
  webAclId?: string;
}

/** Copies the viewer's host into a header the API may read, since CloudFront sends the API its own host. */
const FORWARD_HOST = `function handler(event) {
  var request = event.request;
  request.headers['x-forwarded-host'] = { value: request.headers.host.value };
  return request;
}`;

/**
 * Single-page app routing on the web behaviour only: a path without a file extension is a page
 * and gets index.html. (Distribution-wide error pages would also turn API 404s into HTML.)
 */
const SPA_ROUTING = `function handler(event) {
  var request = event.request;
  if (request.uri.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

/** The built web app in a private bucket behind CloudFront, with the API on the same origin under /api. */
export class Web extends Construct {
  readonly distribution: Distribution;
  readonly bucket: Bucket;
  /** The hosted sign-in's origin (https://<prefix>.auth.<region>.amazoncognito.com), once deploy() knows it. */
  private signInOrigin: string | undefined;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);
    const logs = new Bucket(this, 'Logs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'site/',
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      securityHeadersBehavior: {
        // Pages may call this origin and this deployment's own Cognito domain (token, renewal,
        // revocation), no other: resolved at synthesis, after deploy() has named the domain.
        contentSecurityPolicy: {
          contentSecurityPolicy: Lazy.string({
            produce: () =>
              withConnectSources(CONTENT_SECURITY_POLICY, this.signInOrigin ? [this.signInOrigin] : []),
          }),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        // Invite and share links must never leave in a Referer header.
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: PERMISSIONS_POLICY, override: true },
          // A page opened from another site (or opening one) shares no browsing context group with ours.
          { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
        ],
      },
    });
    const apiDomain = `${props.httpApi.apiId}.execute-api.${Stack.of(this).region}.amazonaws.com`;
    this.distribution = new Distribution(this, 'Distribution', {
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: new CloudFrontFunction(this, 'SpaRouting', {
              code: FunctionCode.fromInline(SPA_ROUTING),
            }),
          },
        ],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(apiDomain, { customHeaders: { [ORIGIN_HEADER]: props.originSecret } }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: headers,
          functionAssociations: [
            {
              eventType: FunctionEventType.VIEWER_REQUEST,
              function: new CloudFrontFunction(this, 'ForwardHost', {
                code: FunctionCode.fromInline(FORWARD_HOST),
              }),
            },
          ],
        },
      },
      ...(props.webAclId ? { webAclId: props.webAclId } : {}),
      // TLS policy: with its own certificate the distribution refuses TLS 1.0 and 1.1.
      ...(props.domain
        ? {
            domainNames: [props.domain.name],
            certificate: props.domain.certificate,
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
    });
  }

  /**
   * Uploads the built web app and its runtime configuration (how to sign in), then invalidates the
   * cache. Hashed assets are cached for good; the app shell (index.html, sw.js, config.json and any
   * other unhashed file) is revalidated on every load, so a deploy, a new worker or a new sign-in
   * configuration shows at once. The assets go first, so a new shell never points at a missing file;
   * each upload leaves the other's files alone (excluded from its pruning).
   */
  deploy(assetsPath: string, runtimeConfig: Record<string, unknown>) {
    const auth = runtimeConfig.auth as { signInUrl?: unknown } | undefined;
    this.signInOrigin = typeof auth?.signInUrl === 'string' ? auth.signInUrl : undefined;
    const assets = new BucketDeployment(this, 'DeployAssets', {
      sources: [Source.asset(assetsPath)],
      destinationBucket: this.bucket,
      exclude: ['*'],
      include: ['assets/*'],
      cacheControl: [CacheControl.fromString(ASSET_CACHE_CONTROL)],
    });
    const shell = new BucketDeployment(this, 'Deploy', {
      sources: [Source.asset(assetsPath), Source.jsonData('config.json', runtimeConfig)],
      destinationBucket: this.bucket,
      exclude: ['assets/*'],
      cacheControl: [CacheControl.fromString(SHELL_CACHE_CONTROL)],
      distribution: this.distribution,
      distributionPaths: ['/*'],
    });
    shell.node.addDependency(assets);
  }
}
