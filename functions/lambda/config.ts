import * as z from 'zod';

/** The Lambda environment, checked once at init: a missing setting fails the deploy's first call loudly. */
export const LambdaConfig = z.object({
  TABLE_NAME: z.string().min(3),
  PUBLIC_URL: z.url().optional(),
  MAIL_FROM: z.email(),
  MIN_GROUP_SIZE: z.coerce.number().int().min(1).max(20).default(3),
});
export type LambdaConfig = z.infer<typeof LambdaConfig>;

export const readConfig = (env: NodeJS.ProcessEnv = process.env): LambdaConfig => LambdaConfig.parse(env);
