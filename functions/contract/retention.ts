/**
 * How long stakeholders' names and e-mail addresses outlive the close of a client's last assessment,
 * in days. Plain data (no zod), so the reminder job reads it without the schemas.
 */
export const RETENTION_DAYS = { min: 30, max: 3650, default: 180 } as const;
