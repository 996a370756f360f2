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
import { ParamsAndSecretsLayerVersion, ParamsAndSecretsVersions } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { deployedRoutes, type Method } from '../../functions/api/route-table';
import { API_STORE_METHODS } from '../../functions/api/types';
import { type AppFunction, appFunction } from './app-function';

export interface ApiProps {
  table: Table;
  /** Where invite links point, e.g. https://pmo.example.com; empty means "the origin the request came through". */
  publicUrl: string;
  /**
   * CloudFront sends its value as x-origin-verify; the function reads it at run time (never from
   * its environment) and refuses requests without it.
   */
  originSecret: ISecret;
  entry: string;
  /**
   * A WAF web ACL limits each caller (per invite token, per address): the shared per-route bucket
   * of the stakeholder routes can then be wide, so one sender cannot empty it for every tenant.
   */
  perCallerLimits?: boolean;
}

/** Requests per second (and burst) for each public or stakeholder route. */
export const PUBLIC_THROTTLE = { rate: 20, burst: 40 };

/**
 * The stakeholder routes' shared bucket when WAF limits each caller: the stage default, so a
 * single sender (held by WAF to its own limit) cannot exhaust the autosaves of every tenant.
 */
export const STAKEHOLDER_THROTTLE_WITH_WAF = { rate: 100, burst: 200 };

/** API Gateway's method for a declared route. */
const METHOD: Record<Method, HttpMethod> = {
  get: HttpMethod.GET,
  post: HttpMethod.POST,
  put: HttpMethod.PUT,
  patch: HttpMethod.PATCH,
  delete: HttpMethod.DELETE,
};

/** The hono app as one Lambda behind an HTTP API, with a Cognito JWT authorizer on consultant routes. */
export class Api extends Construct {
  readonly fn: AppFunction;
  readonly httpApi: HttpApi;
  private readonly perCallerLimits: boolean;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.fn = appFunction(this, {
      entry: props.entry,
      service: 'api',
      memorySize: 1024,
      timeout: Duration.seconds(10),
      table: props.table,
      storeMethods: API_STORE_METHODS,
      // The extension answers on localhost and caches; the function caches too (origin-guard.ts).
      paramsAndSecrets: ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103, {
        cacheSize: 10,
        secretsManagerTtl: Duration.minutes(5),
      }),
      environment: {
        ORIGIN_SECRET_ID: props.originSecret.secretArn,
        ...(props.publicUrl ? { PUBLIC_URL: props.publicUrl } : {}),
      },
    });

    props.originSecret.grantRead(this.fn);
    this.perCallerLimits = props.perCallerLimits === true;

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
        // The matched route template, never the raw path (which would hold ids and tokens).
        route: '$context.routeKey',
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
    // Every deployed route of the one route table; consultant routes behind the JWT authorizer.
    const stage = this.httpApi.defaultStage?.node.defaultChild as CfnStage;
    for (const [, spec] of deployedRoutes()) {
      const routes = this.httpApi.addRoutes({
        path: spec.path,
        methods: [METHOD[spec.method]],
        integration,
        ...(spec.access === 'consultant' ? { authorizer } : {}),
      });
      // A stage's per-route settings name routes that must exist first.
      for (const route of routes) stage.node.addDependency(route);
    }
    // Routes anyone can call without signing in get a lower throttle of their own.
    stage.routeSettings = Object.fromEntries(
      deployedRoutes()
        .filter(([, spec]) => spec.access !== 'consultant')
        .map(([, spec]) => {
          const limit =
            this.perCallerLimits && spec.access === 'stakeholder'
              ? STAKEHOLDER_THROTTLE_WITH_WAF
              : PUBLIC_THROTTLE;
          return [
            `${spec.method.toUpperCase()} ${spec.path}`,
            { ThrottlingBurstLimit: limit.burst, ThrottlingRateLimit: limit.rate },
          ];
        }),
    );
  }
}
