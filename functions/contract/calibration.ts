import * as z from 'zod';
import { lazySchema } from './lazy';
import { NameText } from './text';

/**
 * From survey to validated findings: the consultant's evidence register, the calibration
 * workshop's agreed levels and priorities, and the audit trail of every change of an agreed level.
 * What is recorded here is the consultant's documented judgement; nothing of it names or stands for
 * a stakeholder (docs/privacy.md).
 */

const Level = lazySchema(() => z.number().int().min(1).max(5));
const DimensionKey = lazySchema(() =>
  z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/, 'must be a dimension id (lower-case letters, digits, dashes)'),
);

/** A link to a document: http(s) only, no credentials in it. */
const DocumentLink = lazySchema(() =>
  z
    .string()
    .max(2000)
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
      } catch {
        return false;
      }
    }, 'must be an http(s) address without credentials'),
);

/** One piece of documentary evidence for a dimension: never attributed to a stakeholder. */
export const EvidenceItemRequest = lazySchema(
  () =>
    z
      .object({
        dimension: DimensionKey,
        document: NameText(200).describe('The document looked at, e.g. "Portfolio board minutes, Q3".'),
        link: DocumentLink.nullable().optional().describe('Where the document lives (http or https).'),
        observation: z.string().trim().min(1, 'must not be empty').max(2000),
        level: Level.describe('The maturity level (1–5) this evidence supports.'),
      })
      .strict(), // evidence is never attributed to a person: a stakeholder field (or any other) is refused
);
export type EvidenceItemRequest = z.infer<typeof EvidenceItemRequest>;

export const EvidenceItem = lazySchema(() =>
  z.object({
    id: z.string(),
    dimension: z.string(),
    document: z.string(),
    link: z.string().nullable(),
    observation: z.string(),
    level: Level,
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const EvidenceList = lazySchema(() => z.object({ items: z.array(EvidenceItem) }));

/** A change of one dimension's agreed level or importance in the workshop; the rationale is required. */
export const AgreeLevelRequest = lazySchema(() =>
  z
    .object({
      level: Level.nullable().describe('The agreed level; null withdraws it (the survey stands again).'),
      rationale: z.string().trim().min(1, 'say why').max(2000),
      importance: Level.nullable()
        .optional()
        .describe("The steering group's importance of the dimension (1–5); null clears it."),
      version: z
        .number()
        .int()
        .min(0)
        .optional()
        .describe('When sent, the change applies only to this version.'),
    })
    .strict(),
);
export type AgreeLevelRequest = z.infer<typeof AgreeLevelRequest>;

export const AuditEntry = lazySchema(() =>
  z.object({
    id: z.string(),
    at: z.string(),
    by: z.string().describe('The consultant who recorded the change.'),
    dimension: z.string(),
    field: z.enum(['level', 'importance']),
    from: Level.nullable(),
    to: Level.nullable(),
    why: z.string(),
  }),
);
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AgreedDimension = lazySchema(() =>
  z.object({
    id: z.string(),
    level: Level.nullable(),
    rationale: z.string().nullable(),
    importance: Level.nullable(),
    updatedAt: z.string().nullable(),
  }),
);

/** The workshop's state: per dimension the agreed level, rationale and importance, and the audit trail. */
export const Calibration = lazySchema(() =>
  z.object({
    version: z.number().int().min(0),
    dimensions: z.array(AgreedDimension),
    trail: z.array(AuditEntry).describe('Every change of an agreed level or importance, newest first.'),
  }),
);
export type Calibration = z.infer<typeof Calibration>;

// ── What the results carry of it (optional fields of AssessmentResults) ──

export const ValidatedDimension = lazySchema(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    surveyed: z
      .number()
      .nullable()
      .describe('The published survey score; null when the disclosure rules publish none.'),
    surveyedLevel: Level.nullable(),
    agreed: Level.nullable().describe('The level agreed in the workshop; null when none is.'),
    rationale: z.string().nullable(),
    evidence: z.array(EvidenceItem).describe("The evidence register's items for this dimension."),
    confidence: z.enum(['high', 'medium', 'low', 'none']),
    explanation: z
      .string()
      .nullable()
      .describe('Why the agreed level differs from the survey, when it does.'),
  }),
);
export type ValidatedDimension = z.infer<typeof ValidatedDimension>;

export const ValidationView = lazySchema(() =>
  z.object({
    dimensions: z.array(ValidatedDimension),
    explanation: z.array(z.string()).describe('What the engine did with the validated levels.'),
    trail: z
      .object({
        changes: z.number().int().min(0),
        lastChangeAt: z.string().nullable(),
        summary: z.array(z.string()).describe('One sentence per dimension whose agreed level changed.'),
      })
      .describe('The audit trail, summarised (who changed what is in GET …/calibration).'),
  }),
);
export type ValidationView = z.infer<typeof ValidationView>;

export const PriorityRow = lazySchema(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    importance: z.number().min(1).max(5).nullable(),
    source: z.enum(['workshop', 'stakeholders', 'none']),
    stakeholders: z
      .object({ mean: z.number(), raters: z.number().int() })
      .nullable()
      .describe(
        "Stakeholders' importance: published only as a mean of at least minGroupSize raters, in steps of it.",
      ),
    current: z.number().nullable(),
    target: z.number(),
    gap: z.number().nullable(),
    priority: z.number().nullable().describe('Importance × gap to target.'),
  }),
);
export type PriorityRow = z.infer<typeof PriorityRow>;
