import * as z from 'zod';

const Table = { TABLE_NAME: z.string().min(3) };

/** The API function's environment, checked once at init: a missing setting fails loudly. */
export const ApiConfig = z.object({
  ...Table,
  PUBLIC_URL: z.url().optional(),
  MIN_GROUP_SIZE: z.coerce.number().int().min(3).max(20).default(3),
  /**
   * The Secrets Manager secret (its ARN) holding the value CloudFront sends as `x-origin-verify`;
   * read at run time, never put in the environment. Without it the API refuses every request.
   */
  ORIGIN_SECRET_ID: z.string().min(1).optional(),
  /** `off` skips the origin check: tests and benchmarks only; the stack never sets it. */
  ORIGIN_GUARD: z.enum(['on', 'off']).default('on'),
});
export type ApiConfig = z.infer<typeof ApiConfig>;

/** The reminder job's environment. */
export const RemindersConfig = z.object(Table);

/** The mailer's environment. */
export const MailerConfig = z.object({ ...Table, MAIL_FROM: z.email() });

export const readConfig = <S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.output<S> => schema.parse(env);
