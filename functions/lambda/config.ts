/**
 * The functions' environments, checked once at init: a missing or malformed setting fails loudly,
 * naming every problem. Plain checks rather than zod, so the reminder and mailer functions do not
 * carry (and evaluate) a schema library for five variables.
 */
type Env = Readonly<Record<string, string | undefined>>;
type Reader<T> = (env: Env, problems: string[]) => T;

const text =
  (name: string, minLength: number) =>
  (env: Env, problems: string[]): string => {
    const value = env[name];
    if (value === undefined || value.length < minLength)
      problems.push(`${name}: expected text of at least ${minLength} characters`);
    return value ?? '';
  };

const optionalText = (name: string) => (env: Env, problems: string[]) => {
  const value = env[name];
  if (value !== undefined && value.length < 1) problems.push(`${name}: expected text or nothing`);
  return value;
};

// zod's own e-mail pattern, as the schema this replaces applied it.
const EMAIL =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

const TABLE_NAME = text('TABLE_NAME', 3);

/** The API function's environment. */
export const ApiConfig = (env: Env, problems: string[]) => {
  const publicUrl = env.PUBLIC_URL;
  if (publicUrl !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(publicUrl))
    problems.push('PUBLIC_URL: expected a URL');
  else if (publicUrl !== undefined && !URL.canParse(publicUrl)) problems.push('PUBLIC_URL: expected a URL');
  const groupSize = env.MIN_GROUP_SIZE === undefined ? 3 : Number(env.MIN_GROUP_SIZE);
  if (!Number.isInteger(groupSize) || groupSize < 3 || groupSize > 20)
    problems.push('MIN_GROUP_SIZE: expected a whole number from 3 to 20');
  const guard = env.ORIGIN_GUARD ?? 'on';
  if (guard !== 'on' && guard !== 'off') problems.push("ORIGIN_GUARD: expected 'on' or 'off'");
  const originSecretId = optionalText('ORIGIN_SECRET_ID')(env, problems);
  return {
    TABLE_NAME: TABLE_NAME(env, problems),
    ...(publicUrl === undefined ? {} : { PUBLIC_URL: publicUrl }),
    MIN_GROUP_SIZE: groupSize,
    /**
     * The Secrets Manager secret (its ARN) holding the value CloudFront sends as `x-origin-verify`;
     * read at run time, never put in the environment. Without it the API refuses every request.
     */
    ...(originSecretId === undefined ? {} : { ORIGIN_SECRET_ID: originSecretId }),
    /** `off` skips the origin check: tests and benchmarks only; the stack never sets it. */
    ORIGIN_GUARD: guard as 'on' | 'off',
  };
};
export type ApiConfig = ReturnType<typeof ApiConfig>;

/** The reminder job's environment. */
export const RemindersConfig = (env: Env, problems: string[]) => ({ TABLE_NAME: TABLE_NAME(env, problems) });

/** The mailer's environment. */
export const MailerConfig = (env: Env, problems: string[]) => {
  const from = env.MAIL_FROM;
  if (from === undefined || !EMAIL.test(from)) problems.push('MAIL_FROM: expected an e-mail address');
  return { TABLE_NAME: TABLE_NAME(env, problems), MAIL_FROM: from ?? '' };
};

export const readConfig = <T>(read: Reader<T>, env: Env = process.env): T => {
  const problems: string[] = [];
  const config = read(env, problems);
  if (problems.length > 0) throw new Error(`Invalid environment: ${problems.join('; ')}`);
  return config;
};
