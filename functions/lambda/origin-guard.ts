import { timingSafeEqual } from 'node:crypto';
import type middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';

/** The header CloudFront adds to every request it forwards to the API. */
export const ORIGIN_HEADER = 'x-origin-verify';

/** How long a value read from Secrets Manager is trusted before it is read again. */
export const ORIGIN_SECRET_TTL_MS = 5 * 60_000;

/**
 * How long after a rotation the previous value is still accepted: CloudFront keeps sending it
 * until the distribution is redeployed with the new one (README, "Rotating the origin secret").
 */
export const ORIGIN_SECRET_GRACE_MS = 48 * 3600_000;

/** The values the guard accepts: the current one, and the one before it while the grace period lasts. */
export interface OriginSecrets {
  current: string;
  previous?: string;
  /** When the current value was created (its rotation time); the grace period counts from it. */
  rotatedAt?: Date;
}

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

const refuse = (statusCode: 403 | 503, code: string, message: string): APIGatewayProxyResultV2 => ({
  statusCode,
  headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  body: JSON.stringify({ error: { code, message } }),
});

/**
 * Keeps the secrets a loader returns for `ttlMs`. One read at a time; when a refresh fails, the
 * value read before is kept (the guard still checks against a real secret); with nothing read
 * yet the failure is passed on, so the guard refuses.
 */
export const cachedSecrets = (
  load: () => Promise<OriginSecrets>,
  options: { ttlMs?: number; now?: () => number } = {},
) => {
  const ttl = options.ttlMs ?? ORIGIN_SECRET_TTL_MS;
  const now = options.now ?? Date.now;
  let held: { value: OriginSecrets; at: number } | undefined;
  let inFlight: Promise<OriginSecrets> | undefined;
  return (): Promise<OriginSecrets> => {
    if (held && now() - held.at < ttl) return Promise.resolve(held.value);
    inFlight ??= load()
      .then((value) => {
        held = { value, at: now() };
        return value;
      })
      .catch((error: unknown) => {
        if (held) return held.value;
        throw error;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };
};

/** True when the header holds the current value, or the previous one within the grace period. */
export const acceptsOrigin = (
  sent: string,
  secrets: OriginSecrets,
  now: Date = new Date(),
  graceMs: number = ORIGIN_SECRET_GRACE_MS,
): boolean => {
  if (secrets.current.length < 32) return false;
  if (same(sent, secrets.current)) return true;
  if (!secrets.previous || secrets.previous.length < 32) return false;
  const withinGrace = !secrets.rotatedAt || now.getTime() - secrets.rotatedAt.getTime() < graceMs;
  return withinGrace && same(sent, secrets.previous);
};

/**
 * Answers 403 to requests that did not come through CloudFront (straight to the execute-api
 * address), so CloudFront's headers, WAF rules and caching cannot be bypassed. It fails closed:
 * with no way to read the secret (`secrets` undefined) or a read that fails, it answers 503 and
 * lets nothing through. Only `{ off: true }`, which tests and benchmarks set, skips the check.
 */
export const requireOrigin = (
  guard:
    | { secrets: () => Promise<OriginSecrets>; onError?: (error: unknown) => void }
    | { off: true }
    | undefined,
): middy.MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyResultV2> => ({
  before: async (request) => {
    if (guard && 'off' in guard) return undefined;
    if (!guard) return refuse(503, 'origin_unverified', 'The service is not configured; try again later.');
    let secrets: OriginSecrets;
    try {
      secrets = await guard.secrets();
    } catch (error) {
      guard.onError?.(error);
      return refuse(503, 'origin_unverified', 'The service cannot check this request now; try again later.');
    }
    const sent = request.event.headers?.[ORIGIN_HEADER] ?? '';
    if (acceptsOrigin(sent, secrets)) return undefined;
    return refuse(403, 'forbidden', 'Use the product’s own address.');
  },
});

/** The response of the Parameters and Secrets extension for one version stage of a secret. */
interface ExtensionSecret {
  SecretString?: string;
  CreatedDate?: string | number;
}

const asDate = (value: string | number | undefined): Date | undefined => {
  if (value === undefined) return undefined;
  // The extension passes on GetSecretValue's JSON, whose timestamps are epoch seconds.
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/**
 * Reads the origin secret through the AWS Parameters and Secrets Lambda extension (a local HTTP
 * call, no SDK client in the bundle): the current value, and the previous one if there is one.
 */
export const extensionSecrets =
  (secretId: string, env: NodeJS.ProcessEnv = process.env, fetchFn: typeof fetch = fetch) =>
  async (): Promise<OriginSecrets> => {
    const port = env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? '2773';
    const read = async (stage: 'AWSCURRENT' | 'AWSPREVIOUS'): Promise<ExtensionSecret | undefined> => {
      const url = `http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(secretId)}&versionStage=${stage}`;
      const res = await fetchFn(url, {
        headers: { 'X-Aws-Parameters-Secrets-Token': env.AWS_SESSION_TOKEN ?? '' },
        signal: AbortSignal.timeout(2000),
      });
      // A secret that was never rotated has no previous version: the extension answers 400 for it.
      if (!res.ok) {
        if (stage === 'AWSPREVIOUS') return undefined;
        throw new Error(`the secrets extension answered ${res.status}`);
      }
      return (await res.json()) as ExtensionSecret;
    };
    const [current, previous] = await Promise.all([
      read('AWSCURRENT'),
      read('AWSPREVIOUS').catch(() => undefined),
    ]);
    if (!current?.SecretString) throw new Error('the origin secret has no current value');
    const rotatedAt = asDate(current.CreatedDate);
    return {
      current: current.SecretString,
      ...(previous?.SecretString ? { previous: previous.SecretString } : {}),
      ...(rotatedAt ? { rotatedAt } : {}),
    };
  };
