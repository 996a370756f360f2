import { Duration, Stack } from 'aws-cdk-lib';
import {
  type CfnStage,
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  type IHttpRouteAuthorizer,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { appFunction } from './app-function';

export interface ApiProps {
  table: Table;
  /** Where invite links point, e.g. https://pmo.example.com; empty means "the origin the request came through". */
  publicUrl: string;
  mailFrom: string;
  /** SES identity ARN the functions may send from (a domain or address verified in SES). */
  sesIdentityArn: string;
  entry: string;
}

/** Routes anyone may call; everything else under /api needs a consultant token. */
const PUBLIC_ROUTES: [string, HttpMethod[]][] = [
  ['/api/health', [HttpMethod.GET]],
  ['/api/model', [HttpMethod.GET]],
  ['/api/openapi.json', [HttpMethod.GET]],
  ['/api/quick-check', [HttpMethod.POST]],
  ['/api/response', [HttpMethod.GET, HttpMethod.PUT]],
  ['/api/response/submit', [HttpMethod.POST]],
  ['/api/response/transfer', [HttpMethod.POST]],
  ['/api/response/transfer/redeem', [HttpMethod.POST]],
];
const CONSULTANT_ROUTES: [string, HttpMethod[]][] = [
  ['/api/assessments', [HttpMethod.GET, HttpMethod.POST]],
  ['/api/assessments/{proxy+}', [HttpMethod.GET, HttpMethod.POST, HttpMethod.PATCH, HttpMethod.DELETE]],
  ['/api/me', [HttpMethod.GET]],
  ['/api/outbox', [HttpMethod.GET]],
];

/** The hono app as one Lambda behind an HTTP API, with a Cognito JWT authorizer on consultant routes. */
export class Api extends Construct {
  readonly fn: NodejsFunction;
  readonly httpApi: HttpApi;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.fn = appFunction(this, {
      entry: props.entry,
      memorySize: 1024,
      timeout: Duration.seconds(10),
      table: props.table,
      mailFrom: props.mailFrom,
      sesIdentityArn: props.sesIdentityArn,
      publicUrl: props.publicUrl,
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.THREE_MONTHS });
    // The web calls the API on its own origin through CloudFront, so no cross-origin access is
    // needed; only a custom public URL (if any) is allowed as a CORS origin.
    this.httpApi = new HttpApi(this, 'HttpApi', {
      createDefaultStage: true,
      ...(props.publicUrl
        ? {
            corsPreflight: {
              allowOrigins: [props.publicUrl],
              allowMethods: [
                CorsHttpMethod.GET,
                CorsHttpMethod.POST,
                CorsHttpMethod.PUT,
                CorsHttpMethod.PATCH,
                CorsHttpMethod.DELETE,
              ],
              allowHeaders: ['authorization', 'content-type'],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });
    const stage = this.httpApi.defaultStage?.node.defaultChild as CfnStage;
    stage.defaultRouteSettings = { throttlingBurstLimit: 200, throttlingRateLimit: 100 };
    stage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      format: JSON.stringify({
        requestId: '$context.requestId',
        ip: '$context.identity.sourceIp',
        time: '$context.requestTime',
        method: '$context.httpMethod',
        path: '$context.path',
        status: '$context.status',
        latencyMs: '$context.responseLatency',
        integrationError: '$context.integrationErrorMessage',
      }),
    };
  }

  /**
   * Adds the routes: public ones open, consultant ones behind a JWT authorizer that accepts
   * ID tokens the web client obtained from the user pool. Separate from the constructor because
   * the web client's callback URL needs the CloudFront domain, which needs this API first.
   */
  addRoutes(userPool: UserPool, webClient: UserPoolClient) {
    const integration = new HttpLambdaIntegration('App', this.fn);
    const authorizer: IHttpRouteAuthorizer = new HttpJwtAuthorizer(
      'Consultants',
      `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${userPool.userPoolId}`,
      { jwtAudience: [webClient.userPoolClientId] },
    );
    for (const [path, methods] of PUBLIC_ROUTES) this.httpApi.addRoutes({ path, methods, integration });
    for (const [path, methods] of CONSULTANT_ROUTES)
      this.httpApi.addRoutes({ path, methods, integration, authorizer });
  }
}
