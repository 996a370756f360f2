import { Aws, Duration, Fn, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

export interface AuthProps {
  /**
   * Rotate refresh tokens on every refresh (the old one stays valid this long for retries). Off
   * until the web app keeps the refresh token each refresh returns: with rotation on, a session
   * that re-sends its first refresh token would be signed out at its second refresh.
   */
  refreshTokenRotationGracePeriod?: Duration;
}

/** Consultants' identities: invited by an administrator only, strong passwords, MFA, organisation as a claim. */
export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;
  webClient?: UserPoolClient;

  private readonly props: AuthProps;

  constructor(scope: Construct, id: string, props: AuthProps = {}) {
    super(scope, id);
    this.props = props;
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
      // The Plus plan's threat protection, enforced: compromised-credential checks and adaptive
      // authentication block risky sign-ins instead of only counting them.
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
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
      // Signing out revokes the refresh token and the tokens issued from it.
      enableTokenRevocation: true,
      ...(this.props.refreshTokenRotationGracePeriod
        ? { refreshTokenRotationGracePeriod: this.props.refreshTokenRotationGracePeriod }
        : {}),
    });
    return this.webClient;
  }

  /** The hosted sign-in's base URL. */
  get signInUrl(): string {
    return this.domain.baseUrl();
  }
}
