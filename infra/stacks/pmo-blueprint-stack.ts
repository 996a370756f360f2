import { CfnOutput, Duration, SecretValue, Stack, type StackProps } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { Api } from '../constructs/api';
import { Auth } from '../constructs/auth';
import { Data } from '../constructs/data';
import { Mailer } from '../constructs/mailer';
import { Observability } from '../constructs/observability';
import { Reminders } from '../constructs/reminders';
import { Waf } from '../constructs/waf';
import { Web } from '../constructs/web';
import { acknowledgeFindings } from './nag-acknowledgements';

export interface PmoBlueprintProps extends StackProps {
  /** The sender address for invitations and reminders; its domain must be verified in SES. */
  mailFrom: string;
  /** The public URL of the web app when a custom domain fronts CloudFront; else the CloudFront host is used. */
  publicUrl?: string;
  /** The built web app; omitted in tests that do not deploy it. */
  webAssetsPath?: string;
  /** Entry files of the functions (defaults to the repository layout). */
  apiEntry: string;
  remindersEntry: string;
  mailerEntry: string;
  /** Create a WAF web ACL with a rate rule (the stack must be in us-east-1). */
  waf?: boolean;
  /** Or put an existing CloudFront web ACL in front. */
  webAclArn?: string;
  /** A custom domain for CloudFront and its ACM certificate in us-east-1 (both, or neither). */
  domainName?: string;
  certificateArn?: string;
  /**
   * The origin secret's version CloudFront sends: set after a rotation (README), so the
   * distribution changes and CloudFormation resolves the new value.
   */
  originSecretVersion?: string;
  /** Rotate Cognito refresh tokens on every refresh (only once the web app keeps the rotated token). */
  refreshTokenRotation?: boolean;
}

/** Everything PMO Blueprint needs in one account and region, environment-agnostic. */
export class PmoBlueprintStack extends Stack {
  constructor(scope: Construct, id: string, props: PmoBlueprintProps) {
    super(scope, id, props);
    const mailDomain = props.mailFrom.split('@')[1] ?? props.mailFrom;
    const sesIdentityArn = this.formatArn({ service: 'ses', resource: 'identity', resourceName: mailDomain });
    const publicUrl = props.publicUrl ?? '';

    const data = new Data(this, 'Data');
    if (Boolean(props.domainName) !== Boolean(props.certificateArn))
      throw new Error('domainName and certificateArn go together: give both, or neither.');
    const auth = new Auth(this, 'Auth', {
      ...(props.refreshTokenRotation ? { refreshTokenRotationGracePeriod: Duration.seconds(30) } : {}),
    });
    // A shared secret between CloudFront and the API function: requests that skip CloudFront are
    // refused. The function reads it at run time; CloudFront gets it as a dynamic reference that
    // CloudFormation resolves at deploy time (never in the template or the function's environment).
    const originSecret = new Secret(this, 'OriginSecret', {
      description: 'Header value CloudFront sends to the API (x-origin-verify); rotate as the README says',
      generateSecretString: { excludePunctuation: true, passwordLength: 48 },
    });
    const originHeaderValue = SecretValue.secretsManager(originSecret.secretArn, {
      ...(props.originSecretVersion ? { versionId: props.originSecretVersion } : {}),
    }).unsafeUnwrap();
    const api = new Api(this, 'Api', {
      table: data.table,
      publicUrl,
      originSecret,
      entry: props.apiEntry,
      perCallerLimits: props.waf === true,
    });
    const reminders = new Reminders(this, 'Reminders', { table: data.table, entry: props.remindersEntry });
    const mailer = new Mailer(this, 'Mailer', {
      table: data.table,
      entry: props.mailerEntry,
      mailFrom: props.mailFrom,
      sesIdentityArn,
    });
    const webAclId = props.webAclArn ?? (props.waf ? new Waf(this, 'Waf').webAcl.attrArn : undefined);
    const web = new Web(this, 'Web', {
      httpApi: api.httpApi,
      originSecret: originHeaderValue,
      ...(webAclId ? { webAclId } : {}),
      ...(props.domainName && props.certificateArn
        ? {
            domain: {
              name: props.domainName,
              certificate: Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn),
            },
          }
        : {}),
    });
    const webOrigin = `https://${web.distribution.distributionDomainName}`;
    const webClient = auth.addWebClient(props.publicUrl ? [webOrigin, props.publicUrl] : [webOrigin]);
    api.addRoutes(auth.userPool, webClient);
    if (props.webAssetsPath) {
      web.deploy(props.webAssetsPath, {
        auth: { mode: 'cognito', signInUrl: auth.signInUrl, clientId: webClient.userPoolClientId },
      });
    }
    const observability = new Observability(this, 'Observability', {
      httpApi: api.httpApi,
      functions: [api.fn, reminders.fn, mailer.fn],
      deadLetters: { ReminderDeadLetters: reminders.deadLetters, MailDeadLetters: mailer.deadLetters },
    });

    new CfnOutput(this, 'WebUrl', { value: webOrigin, description: 'Open the product here' });
    new CfnOutput(this, 'ApiUrl', {
      value: api.httpApi.apiEndpoint,
      description:
        'The HTTP API; it answers only requests that came through CloudFront (use /api on the web URL)',
    });
    new CfnOutput(this, 'UserPoolId', {
      value: auth.userPool.userPoolId,
      description: 'Create consultant users here',
    });
    new CfnOutput(this, 'UserPoolClientId', { value: webClient.userPoolClientId });
    new CfnOutput(this, 'SignInUrl', { value: auth.signInUrl, description: 'Cognito hosted sign-in' });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
    new CfnOutput(this, 'AlarmTopicArn', {
      value: observability.alarmTopic.topicArn,
      description: 'Subscribe to receive alarms',
    });

    acknowledgeFindings(this, { api, reminders, mailer, web, customDomain: Boolean(props.domainName) });
  }
}
