import { Aws, Duration, Fn, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** Consultants' identities: invited by an administrator only, strong passwords, MFA, organisation as a claim. */
export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;
  webClient?: UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Consultants', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      standardAttributes: { email: { required: true, mutable: false } },
      // Carried into every token: `custom:orgId`, an opaque id set by the administrator who creates
      // the user, is the tenant key the API scopes all data by; `custom:organisation` is its display name.
      customAttributes: {
        organisation: new StringAttribute({ minLen: 2, maxLen: 120, mutable: false }),
        orgId: new StringAttribute({ minLen: 8, maxLen: 64, mutable: false }),
      },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: FeaturePlan.PLUS,
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    // Unique per account and region: Cognito domain prefixes are global within a region.
    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: Fn.join('-', ['pmo-blueprint', Aws.ACCOUNT_ID]) },
    });
  }

  /** The web app's client: authorization code with PKCE, no secret, redirecting back to the given origins. */
  addWebClient(origins: string[]): UserPoolClient {
    this.webClient = this.userPool.addClient('Web', {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: origins.map((o) => `${o}/auth/callback`),
        logoutUrls: origins.map((o) => `${o}/`),
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      // The web app may read the organisation claims but write none of them: only an administrator sets them.
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true }),
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(7),
    });
    return this.webClient;
  }

  /** The hosted sign-in's base URL. */
  get signInUrl(): string {
    return this.domain.baseUrl();
  }
}
