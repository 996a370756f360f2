import * as z from 'zod';

const Table = { TABLE_NAME: z.string().min(3) };

/** The API function's environment, checked once at init: a missing setting fails loudly. */
export const ApiConfig = z.object({
  ...Table,
  PUBLIC_URL: z.url().optional(),
  MIN_GROUP_SIZE: z.coerce.number().int().min(3).max(20).default(3),
  /** CloudFront sends it as `x-origin-verify`; requests without it did not come through CloudFront. */
  ORIGIN_SECRET: z.string().min(32).optional(),
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
