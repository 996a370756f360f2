/**
 * What the bundled AWS SDK clients use in place of `@aws-sdk/credential-provider-node` (an alias in
 * `infra/constructs/bundling.ts`). Lambda always hands a function its role's credentials in these
 * environment variables, so the default chain's other links (SSO, profiles, web identity, process,
 * container, instance metadata, and the STS / SSO clients they bring) are never reached there; they
 * were a third of the reminder and mailer bundles and ~10 ms of every cold start
 * (docs/architecture.md, Performance). The same names as the package's exports, so clients bundle
 * unchanged. Never used outside a Lambda bundle: locally and in tests the real chain runs.
 */
interface EnvCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
  accountId?: string;
}

/** Reads the credentials from `env` at each call, as the SDK's own `fromEnv` does. */
export const fromEnvironment = (env: NodeJS.ProcessEnv) => async (): Promise<EnvCredentials> => {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey)
    throw Object.assign(new Error('Unable to find environment variable credentials.'), {
      name: 'CredentialsProviderError',
      tryNextLink: false,
    });
  const {
    AWS_SESSION_TOKEN: sessionToken,
    AWS_CREDENTIAL_EXPIRATION: expiry,
    AWS_ACCOUNT_ID: accountId,
  } = env;
  return {
    accessKeyId,
    secretAccessKey,
    ...(sessionToken ? { sessionToken } : {}),
    ...(expiry ? { expiration: new Date(expiry) } : {}),
    ...(accountId ? { accountId } : {}),
  };
};

/** The package's entry point: the clients call it with their configuration, which is not needed here. */
export const defaultProvider = (_init?: unknown) => fromEnvironment(process.env);

/** The package's helpers for refreshing credentials; environment credentials are never refreshed. */
export const credentialsWillNeedRefresh = (): boolean => false;
export const credentialsTreatedAsExpired = (): boolean => false;
