import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { deployedRoutes } from '../../functions/api/route-table';
import { API_STORE_METHODS } from '../../functions/api/types';
import { MAILER_STORE_METHODS } from '../../functions/services/mail';
import { DAILY_JOB_STORE_METHODS, SWEEP_STORE_METHODS } from '../../functions/services/privacy-sweep';
import { actionsFor } from '../../functions/store/permissions';
import { MAIL_RETRIES } from '../../infra/constructs/mailer';
import { INVITE_TOKEN_REQUESTS_PER_FIVE_MINUTES } from '../../infra/constructs/waf';
import { PmoBlueprintStack } from '../../infra/stacks/pmo-blueprint-stack';
import { recordStoreActions } from '../support/store-actions';

let template: Template;

/** The stack as `cdk synth` builds it, with cdk-nag's AwsSolutions pack; bundling is skipped (templates only). */
const build = (
  tamper?: (stack: PmoBlueprintStack) => void,
  options: Partial<ConstructorParameters<typeof PmoBlueprintStack>[2]> = {},
) => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new PmoBlueprintStack(app, 'Test', {
    mailFrom: 'no-reply@pmo.example.com',
    apiEntry: resolve('functions/lambda/api-handler.ts'),
    remindersEntry: resolve('functions/lambda/reminders-handler.ts'),
    mailerEntry: resolve('functions/lambda/mailer-handler.ts'),
    ...options,
  });
  tamper?.(stack);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  app.synth(); // throws when cdk-nag reports a finding nobody acknowledged
  return stack;
};

beforeAll(() => {
  template = Template.fromStack(build());
});

const resources = (type: string) =>
  Object.values(template.findResources(type)) as { Properties: Record<string, any> }[];

describe('the CDK stack', () => {
  it('passes cdk-nag AwsSolutions, whose check is live: one unacknowledged finding fails the synth', () => {
    expect(() => build()).not.toThrow();
    expect(() => build((stack) => new Queue(stack, 'Unchecked'))).toThrow(/AwsSolutions-SQS3/);
  });

  it('keeps the table on demand, recoverable, encrypted, protected from deletion, with TTL', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true },
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        GlobalSecondaryIndexes: [Match.objectLike({ IndexName: 'gsi1' })],
      }),
    });
  });

  it('runs the API, the reminder job and the mailer on the newest Node runtime on arm64, with their own log groups', () => {
    const functions = resources('AWS::Lambda::Function').filter(
      (f) => f.Properties.Handler === 'index.handler',
    );
    expect(functions).toHaveLength(3);
    for (const f of functions) {
      expect(f.Properties).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'] });
      expect(f.Properties.LoggingConfig?.LogGroup).toBeDefined();
    }
  });

  it('grants each function the DynamoDB actions its store calls send, and nothing more', async () => {
    const recorded = await recordStoreActions();
    const policies = resources('AWS::IAM::Policy');
    const dynamoActionsOf = (construct: string) => {
      const policy = policies.find((p) => JSON.stringify(p.Properties.Roles).includes(construct));
      const statements = policy?.Properties.PolicyDocument.Statement ?? [];
      return new Set<string>(
        statements
          .flatMap((st: { Action: string | string[] }) => [st.Action].flat())
          // The stream's own read actions (the mailer's event source) are not store calls.
          .filter((a: string) => /^dynamodb:/.test(a) && !/Stream|GetRecords|GetShardIterator/.test(a)),
      );
    };
    const functions = {
      ApiRole: API_STORE_METHODS,
      RemindersRole: DAILY_JOB_STORE_METHODS,
      MailerRole: MAILER_STORE_METHODS,
    };
    for (const [role, methods] of Object.entries(functions)) {
      const granted = dynamoActionsOf(role);
      const sent = new Set(methods.flatMap((m) => [...recorded[m]]));
      // Every command the function's code can send is allowed in AWS (DynamoDB Local checks no IAM)…
      expect(
        [...sent].filter((a) => !granted.has(a)),
        role,
      ).toEqual([]);
      // …and the role holds no action its store methods do not declare.
      expect([...granted].sort(), role).toEqual(actionsFor(methods));
    }
    // The reminder job queues mail but never deletes or checks conditions on other items.
    expect(dynamoActionsOf('RemindersRole').has('dynamodb:DeleteItem')).toBe(false);
    // The retention sweep runs in the same job: everything it sends is granted there.
    expect([...dynamoActionsOf('RemindersRole')]).toEqual(
      expect.arrayContaining(actionsFor(SWEEP_STORE_METHODS)),
    );
    // Only the mailer may send mail.
    const ses = policies.filter((p) => JSON.stringify(p.Properties.PolicyDocument).includes('ses:SendEmail'));
    expect(ses.map((p) => JSON.stringify(p.Properties.Roles))).toEqual([
      expect.stringContaining('MailerRole'),
    ]);
  });

  it('sends queued mail from the table stream with retries, a dead-letter queue and an alarm', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      MaximumRetryAttempts: MAIL_RETRIES,
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      FilterCriteria: { Filters: [{ Pattern: Match.stringLikeRegexp('MAIL#') }] },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmDescription: Match.stringLikeRegexp('MailDeadLetters'),
    });
  });

  it('lets the API answer only requests that came through CloudFront, and throttles public routes lower', () => {
    const distribution = resources('AWS::CloudFront::Distribution')[0];
    expect(JSON.stringify(distribution)).toContain('x-origin-verify');
    const api = resources('AWS::Lambda::Function').find(
      (f) => f.Properties.Environment?.Variables?.ORIGIN_SECRET_ID,
    );
    expect(api).toBeDefined();
    expect(api?.Properties.Environment.Variables.MAIL_FROM).toBeUndefined();
    const stage = resources('AWS::ApiGatewayV2::Stage')[0];
    expect(stage?.Properties.RouteSettings['POST /api/quick-check']).toMatchObject({
      ThrottlingRateLimit: 20,
    });
    expect(stage?.Properties.RouteSettings['GET /api/assessments']).toBeUndefined();
    expect(stage?.Properties.AccessLogSettings.Format).toContain('$context.routeKey');
    expect(stage?.Properties.AccessLogSettings.Format).not.toContain('$context.path');
  });

  it('grants no wildcard action and no managed policy to the application roles', () => {
    for (const policy of resources('AWS::IAM::Policy')) {
      for (const statement of policy.Properties.PolicyDocument.Statement) {
        const actions = [statement.Action].flat();
        for (const action of actions) expect(action).not.toMatch(/^\*$|:\*$/);
      }
    }
    const appRoles = resources('AWS::IAM::Role').filter(
      (r) => !JSON.stringify(r).includes('BucketDeployment'),
    );
    for (const role of appRoles) expect(role.Properties.ManagedPolicyArns ?? []).toEqual([]);
  });

  it('puts the Cognito JWT authorizer on consultant routes only', () => {
    const routes = resources('AWS::ApiGatewayV2::Route');
    const auth = (key: string) =>
      routes.find((r) => r.Properties.RouteKey === key)?.Properties.AuthorizationType;
    expect(auth('POST /api/assessments')).toBe('JWT');
    expect(auth('GET /api/assessments/{id}')).toBe('JWT');
    expect(auth('GET /api/outbox')).toBe('JWT');
    expect(auth('POST /api/quick-check')).toBe('NONE');
    expect(auth('PUT /api/response')).toBe('NONE');
    expect(auth('POST /api/response/transfer/redeem')).toBe('NONE');
    expect(routes.some((r) => r.Properties.RouteKey.includes('/api/auth/local'))).toBe(false);
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingBurstLimit: 200, ThrottlingRateLimit: 100 },
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
  });

  it('serves exactly the route table in API Gateway, the JWT authorizer on consultant routes only', () => {
    const deployed = resources('AWS::ApiGatewayV2::Route')
      .map((r) => `${r.Properties.RouteKey} ${r.Properties.AuthorizationType}`)
      .sort();
    const declared = deployedRoutes()
      .map(([, r]) => `${r.method.toUpperCase()} ${r.path} ${r.access === 'consultant' ? 'JWT' : 'NONE'}`)
      .sort();
    expect(deployed).toEqual(declared);
  });

  it('allows no cross-origin calls unless a custom public URL is configured, and then only from it', () => {
    const api = resources('AWS::ApiGatewayV2::Api')[0];
    expect(api?.Properties.CorsConfiguration).toBeUndefined();
    const withDomain = Template.fromStack(
      new PmoBlueprintStack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Custom', {
        mailFrom: 'no-reply@pmo.example.com',
        publicUrl: 'https://pmo.firm.example',
        apiEntry: resolve('functions/lambda/api-handler.ts'),
        remindersEntry: resolve('functions/lambda/reminders-handler.ts'),
        mailerEntry: resolve('functions/lambda/mailer-handler.ts'),
      }),
    );
    withDomain.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ AllowOrigins: ['https://pmo.firm.example'] }),
    });
  });

  it('lets consultants in only by invitation, with strong passwords and MFA', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 14, RequireSymbols: true }) },
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'organisation', Mutable: false }),
        Match.objectLike({ Name: 'orgId', Mutable: false }),
      ]),
    });
    // The tenant key is set by an administrator only: the web client may not write it.
    const [client] = Object.values(template.findResources('AWS::Cognito::UserPoolClient')) as {
      Properties: { WriteAttributes?: string[] };
    }[];
    expect(client?.Properties.WriteAttributes).toEqual(['email']);
  });

  it('serves the web from a private bucket through CloudFront with origin access control and a CSP', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: {
            ContentSecurityPolicy: Match.stringLikeRegexp("default-src 'self'"),
            Override: true,
          },
        }),
      },
    });
    const distribution = resources('AWS::CloudFront::Distribution')[0]?.Properties.DistributionConfig;
    expect(distribution.CacheBehaviors).toEqual([expect.objectContaining({ PathPattern: '/api/*' })]);
    expect(distribution.CustomErrorResponses).toBeUndefined();
  });

  it('keeps pages in their own browsing context group, and lets them call no Cognito domain but their own', () => {
    const config = resources('AWS::CloudFront::ResponseHeadersPolicy')[0]?.Properties
      .ResponseHeadersPolicyConfig;
    expect(config.CustomHeadersConfig.Items).toContainEqual({
      Header: 'Cross-Origin-Opener-Policy',
      Value: 'same-origin',
      Override: true,
    });
    // Without a deployed web app there is no sign-in to call: this origin only.
    const csp = config.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy as string;
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toContain('amazoncognito.com');
  });

  it('names its own Cognito domain in connect-src and uploads the shell revalidated, hashed assets immutable', () => {
    const site = mkdtempSync(join(tmpdir(), 'pmo-web-'));
    mkdirSync(join(site, 'assets'));
    writeFileSync(join(site, 'index.html'), '<!doctype html>');
    writeFileSync(join(site, 'sw.js'), '');
    writeFileSync(join(site, 'assets', 'index-abc123.js'), '');
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const stack = new PmoBlueprintStack(app, 'Deployed', {
      mailFrom: 'no-reply@pmo.example.com',
      apiEntry: resolve('functions/lambda/api-handler.ts'),
      remindersEntry: resolve('functions/lambda/reminders-handler.ts'),
      mailerEntry: resolve('functions/lambda/mailer-handler.ts'),
      webAssetsPath: site,
    });
    const deployed = Template.fromStack(stack);
    const config = Object.values(deployed.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0]
      ?.Properties.ResponseHeadersPolicyConfig;
    const csp = JSON.stringify(config.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).not.toContain('*.amazoncognito.com');
    // The domain of this stack's user pool, as the sign-in URL in config.json names it.
    const domain = Object.keys(deployed.findResources('AWS::Cognito::UserPoolDomain'))[0] as string;
    expect(csp).toContain("connect-src 'self' https://");
    expect(csp).toContain(domain);
    expect(csp).toContain('.amazoncognito.com;');

    const uploads = Object.values(deployed.findResources('Custom::CDKBucketDeployment')).map(
      (r) => r.Properties as Record<string, unknown>,
    );
    expect(uploads).toHaveLength(2);
    const assets = uploads.find((u) => JSON.stringify(u.Include ?? []).includes('assets/*'));
    const shell = uploads.find((u) => JSON.stringify(u.Exclude ?? []).includes('assets/*') && !u.Include);
    expect(assets?.SystemMetadata).toEqual({ 'cache-control': 'public, max-age=31536000, immutable' });
    expect(assets?.Exclude).toEqual(['*']);
    expect(shell?.SystemMetadata).toEqual({ 'cache-control': 'no-cache' });
    expect(shell?.DistributionPaths).toEqual(['/*']);
  });

  it('runs reminders daily with retries and a dead-letter queue, and alarms on what users notice', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 8 * * ? *)',
      Targets: [
        Match.objectLike({
          DeadLetterConfig: Match.anyValue(),
          RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }),
        }),
      ],
    });
    const alarms = resources('AWS::CloudWatch::Alarm').map((a) => a.Properties.AlarmDescription as string);
    expect(alarms).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/server errors/),
        expect.stringMatching(/Api: the function failed/),
        expect.stringMatching(/Reminders: invocations were throttled/),
        expect.stringMatching(/dead-letter queue/),
      ]),
    );
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('keeps the origin secret out of every function environment, reading it at run time through the extension', () => {
    const [secretId] = Object.keys(template.findResources('AWS::SecretsManager::Secret'));
    const api = resources('AWS::Lambda::Function').find(
      (f) => f.Properties.Environment?.Variables?.ORIGIN_SECRET_ID,
    );
    const variables = api?.Properties.Environment.Variables;
    // The ARN, not the value: no dynamic reference (resolved into plain text at deploy) in any environment.
    expect(variables.ORIGIN_SECRET_ID).toEqual({ Ref: secretId });
    expect(variables.ORIGIN_SECRET).toBeUndefined();
    expect(variables.ORIGIN_GUARD).toBeUndefined();
    for (const f of resources('AWS::Lambda::Function'))
      expect(JSON.stringify(f.Properties.Environment ?? {})).not.toContain('resolve:secretsmanager');
    expect(JSON.stringify(api?.Properties.Layers)).toContain('arm64');
    expect(JSON.stringify(template.toJSON().Mappings)).toContain(
      'AWS-Parameters-and-Secrets-Lambda-Extension-Arm64',
    );
    expect(variables.PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED).toBe('true');
    // Read access to that one secret only.
    const reads = resources('AWS::IAM::Policy').flatMap((p) =>
      p.Properties.PolicyDocument.Statement.filter((st: { Action: string | string[] }) =>
        [st.Action].flat().includes('secretsmanager:GetSecretValue'),
      ),
    );
    expect(reads).toEqual([expect.objectContaining({ Resource: { Ref: secretId } })]);
    // CloudFront's header: a dynamic reference to the secret, pinned to a version after a rotation.
    const header = JSON.stringify(resources('AWS::CloudFront::Distribution')[0]);
    expect(header).toContain('{{resolve:secretsmanager:');
    const rotated = Template.fromStack(build(undefined, { originSecretVersion: 'v-2026-11' }));
    expect(JSON.stringify(rotated.findResources('AWS::CloudFront::Distribution'))).toContain(
      ':::v-2026-11}}',
    );
  });

  it("says why the execute-api endpoint stays enabled: it is CloudFront's origin, guarded by the origin secret", () => {
    // No custom API domain exists for CloudFront to use instead, so the default endpoint is kept…
    const api = resources('AWS::ApiGatewayV2::Api')[0];
    expect(api?.Properties.DisableExecuteApiEndpoint).toBeFalsy();
    const origins = resources('AWS::CloudFront::Distribution')[0]?.Properties.DistributionConfig.Origins;
    expect(JSON.stringify(origins)).toContain('.execute-api.');
    // …and every request reaching it without CloudFront's header is refused by the function (test/unit/lambda).
    expect(JSON.stringify(origins)).toContain('x-origin-verify');
  });

  it('serves a custom domain with TLS 1.2 or newer only, and refuses half a domain configuration', () => {
    const withDomain = Template.fromStack(
      build(undefined, {
        domainName: 'pmo.firm.example',
        certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
        publicUrl: 'https://pmo.firm.example',
      }),
    );
    withDomain.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['pmo.firm.example'],
        ViewerCertificate: Match.objectLike({
          AcmCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
          MinimumProtocolVersion: 'TLSv1.2_2021',
          SslSupportMethod: 'sni-only',
        }),
      }),
    });
    expect(() => build(undefined, { domainName: 'pmo.firm.example' })).toThrow(/certificateArn/);
  });

  it('turns on Cognito threat protection (enforced) and token revocation', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
      UserPoolTier: 'PLUS',
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      EnableTokenRevocation: true,
      ExplicitAuthFlows: Match.arrayWith(['ALLOW_REFRESH_TOKEN_AUTH']),
    });
    const [client] = resources('AWS::Cognito::UserPoolClient');
    expect(client?.Properties.RefreshTokenRotation).toBeUndefined();
    // The switch for when the web app keeps rotated refresh tokens.
    const rotating = Template.fromStack(build(undefined, { refreshTokenRotation: true }));
    rotating.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 30 },
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'],
    });
  });

  it('limits each caller with WAF: per invite token on stakeholder routes, per address sized for an office behind NAT', () => {
    const withWaf = Template.fromStack(build(undefined, { waf: true }));
    const [acl] = Object.values(withWaf.findResources('AWS::WAFv2::WebACL')) as {
      Properties: { Scope: string; Rules: any[] };
    }[];
    expect(acl?.Properties.Scope).toBe('CLOUDFRONT');
    const rule = (name: string) =>
      acl?.Properties.Rules.find((r) => r.Name === name)?.Statement.RateBasedStatement;
    const perToken = rule('stakeholder-per-token');
    expect(perToken).toMatchObject({
      AggregateKeyType: 'CUSTOM_KEYS',
      CustomKeys: [
        { Header: { Name: 'x-invite-token', TextTransformations: [{ Priority: 0, Type: 'NONE' }] } },
      ],
      Limit: INVITE_TOKEN_REQUESTS_PER_FIVE_MINUTES,
    });
    expect(perToken.ScopeDownStatement.ByteMatchStatement).toMatchObject({
      SearchString: '/api/response',
      PositionalConstraint: 'STARTS_WITH',
    });
    const perAddress = rule('open-routes-per-address');
    expect(perAddress).toMatchObject({ AggregateKeyType: 'CUSTOM_KEYS', CustomKeys: [{ IP: {} }] });
    const scoped = JSON.stringify(perAddress.ScopeDownStatement);
    for (const prefix of ['/api/response', '/api/quick-check', '/api/share', '/api/model'])
      expect(scoped).toContain(prefix);
    expect(scoped).not.toContain('/api/assessments');
    // 30 stakeholders behind one address, each autosaving every 4 s for five minutes, fit under it.
    const office = 30 * ((5 * 60) / 4 + 10);
    expect(perAddress.Limit).toBeGreaterThanOrEqual(2 * office);
    // The per-token limit is the tight one: above one person's pace, far below the address's.
    expect(INVITE_TOKEN_REQUESTS_PER_FIVE_MINUTES).toBeGreaterThanOrEqual((5 * 60) / 4 + 10);
    expect(INVITE_TOKEN_REQUESTS_PER_FIVE_MINUTES * 10).toBeLessThanOrEqual(perAddress.Limit);
    // Consultant routes keep their own per-address rule, which no longer counts stakeholders' autosaves.
    expect(JSON.stringify(rule('api-rate').ScopeDownStatement)).toContain('NotStatement');
    withWaf.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ WebACLId: Match.anyValue() }),
    });
    // With callers limited by WAF, the stakeholder routes' shared bucket is as wide as the stage's.
    const [stage] = Object.values(withWaf.findResources('AWS::ApiGatewayV2::Stage')) as any[];
    expect(stage.Properties.RouteSettings['PUT /api/response']).toMatchObject({ ThrottlingRateLimit: 100 });
    expect(stage.Properties.RouteSettings['POST /api/quick-check']).toMatchObject({
      ThrottlingRateLimit: 20,
    });
  });
});
