/** The single table's shape, shared by the local bootstrap and the CDK stack. */
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  gsi1: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  ttlAttribute: 'expiresAt',
} as const;

export const DEFAULT_TABLE_NAME = 'pmo-blueprint';

export const keys = {
  org: (orgId: string) => `ORG#${orgId}`,
  assessment: (id: string) => `ASSESSMENT#${id}`,
  assessmentPartition: (id: string) => `ASMT#${id}`,
  stakeholder: (id: string) => `STAKEHOLDER#${id}`,
  submission: (id: string) => `SUBMISSION#${id}`,
  invite: (tokenHash: string) => `INVITE#${tokenHash}`,
  organisationName: (normalisedName: string) => `ORGNAME#${normalisedName}`,
  mail: (createdAt: string, id: string) => `MAIL#${createdAt}#${id}`,
  /** The sparse index's partition of mail still to send. */
  queuedMail: 'OUTBOX',
  remindersOn: (day: string) => `REMINDERS#${day}`,
  open: 'OPEN',
  /** The sparse index's partition of closed assessments whose personal data is not erased yet. */
  closed: 'CLOSED',
  closedSort: (closedAt: string, id: string) => `${closedAt}#${id}`,
  privacy: 'PRIVACY',
  access: (at: string, id: string) => `ACCESS#${at}#${id}`,
  openSort: (dueDate: string | null, id: string) => `${dueDate ?? '9999-12-31'}#${id}`,
} as const;
