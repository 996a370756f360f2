import * as z from 'zod';
import { lazySchema } from './lazy';

import { RETENTION_DAYS } from './retention';

export { RETENTION_DAYS };

export const PrivacySettingsRequest = lazySchema(() =>
  z
    .object({
      retentionDays: z
        .number()
        .int()
        .min(RETENTION_DAYS.min)
        .max(RETENTION_DAYS.max)
        .describe('Days after the last assessment of a chain of follow-ups closes'),
    })
    .strict(),
);
export type PrivacySettingsRequest = z.infer<typeof PrivacySettingsRequest>;

export const PrivacySettings = lazySchema(() =>
  z.object({
    retentionDays: z.number().int(),
    updatedAt: z.string().nullable().describe('null while the default applies'),
  }),
);
export type PrivacySettings = z.infer<typeof PrivacySettings>;

export const ACCESS_ACTIONS = [
  'viewed-results',
  'exported',
  'shared',
  'share-revoked',
  'share-viewed',
] as const;

export const AccessLogEntry = lazySchema(() =>
  z.object({
    at: z.string(),
    actor: z.string().describe("The consultant, or 'share link' for a share link holder"),
    action: z.enum(ACCESS_ACTIONS),
    detail: z.string().nullable().describe("The file exported, or the share link's label"),
  }),
);

export const AccessLog = lazySchema(() => z.object({ items: z.array(AccessLogEntry) }));
export type AccessLog = z.infer<typeof AccessLog>;
