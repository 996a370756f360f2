import * as z from 'zod';
import { Answers, AnswerValue, ImportanceAnswers, QuestionId, StakeholderRole } from './answers';
import { Rates } from './api';
import { PriorityRow, ValidationView } from './calibration';
import { OrganisationContext } from './context';
import { LANGUAGES } from './languages';
import { lazySchema } from './lazy';
import { Result, StakeholderAnalysis } from './result';
import { IsoDate, NameText } from './text';

/**
 * Built once, when the first request schema that holds it is built. Not a lazy stand-in: it is a
 * pipe, and zod's JSON Schema walks a pipe by its own identity, not a stand-in's.
 */
let clientName: ReturnType<typeof NameText> | undefined;
const ClientName = () => {
  clientName ??= NameText(200);
  return clientName;
};
/** The assessment's language: invitations and reminders are written in it, the questionnaire opens in it. */
export const AssessmentLanguage = lazySchema(() => z.enum(LANGUAGES));

export const CreateAssessmentRequest = lazySchema(() =>
  z
    .object({
      clientName: ClientName(),
      context: OrganisationContext,
      dueDate: IsoDate.nullable().optional(),
      minGroupSize: z
        .number()
        .int()
        .min(3, 'must be at least 3: smaller groups would expose individuals')
        .max(20)
        .optional()
        .describe('Smallest group whose figures are shown (anonymity); at least 3.'),
      language: AssessmentLanguage.optional().describe(
        'Language of the invitations and the questionnaire as it opens (default en); each stakeholder may switch.',
      ),
      rates: Rates.optional().describe(
        "The client's day rates and currency for the cost estimate (the documented defaults without them).",
      ),
    })
    .strict(),
);
export type CreateAssessmentRequest = z.infer<typeof CreateAssessmentRequest>;

export const UpdateAssessmentRequest = lazySchema(() =>
  z
    .object({
      clientName: ClientName().optional(),
      context: OrganisationContext.optional(),
      dueDate: IsoDate.nullable().optional(),
      status: z.enum(['open', 'closed']).optional(),
      language: AssessmentLanguage.optional(),
      rates: Rates.nullable()
        .optional()
        .describe('New day rates; null goes back to the documented defaults.'),
      minGroupSize: z
        .number()
        .int()
        .min(3, 'must be at least 3: smaller groups would expose individuals')
        .max(20)
        .optional()
        .describe(
          'Fixed from the first invitation (so it never answers whether anyone has submitted): changing it then is 409 min_group_size_locked.',
        ),
      version: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe('When sent, the update applies only to this version (optimistic concurrency).'),
    })
    .strict(),
);
export type UpdateAssessmentRequest = z.infer<typeof UpdateAssessmentRequest>;

export const ListQuery = lazySchema(() =>
  z
    .object({
      limit: z.coerce.number().int().min(1).max(100).default(25),
      cursor: z.string().max(2048).optional(),
    })
    .strict(),
);

/**
 * Response counts by role. A role's submissions appear once they reach the threshold, in steps of
 * it (null before): the same role groups the results show.
 */
export const RoleProgress = lazySchema(() =>
  z.object({
    role: StakeholderRole,
    invited: z
      .number()
      .int()
      .describe('Live invitations of this role (a consultant action, shown as it is).'),
    submitted: z
      .number()
      .int()
      .nullable()
      .describe('Published submissions of this role, in steps of minGroupSize; null below it.'),
    rate: z.number().min(0).max(1).nullable(),
  }),
);

/**
 * What the consultant did to the respondent set, as counts the client sees beside the results
 * (report and share page): every counted submission belongs to one of these invitations.
 */
export const RespondentSet = lazySchema(() =>
  z.object({
    invitations: z.number().int().describe('Invitations ever made: live, revoked and removed.'),
    live: z.number().int(),
    revoked: z.number().int(),
    removed: z.number().int(),
    reissued: z.number().int().describe('Links re-issued (each replaces a link; the invitation stays one).'),
    submissions: z
      .number()
      .int()
      .describe('Submissions counted, published in batches of minGroupSize: at most one per invitation.'),
  }),
);
export type RespondentSet = z.infer<typeof RespondentSet>;

export const AssessmentView = lazySchema(() =>
  z.object({
    id: z.string(),
    clientName: z.string(),
    context: OrganisationContext,
    status: z.enum(['open', 'closed']),
    dueDate: z.string().nullable(),
    baselineId: z.string().nullable(),
    questionnaireVersion: z.string(),
    minGroupSize: z.number().int(),
    language: AssessmentLanguage,
    rates: Rates.nullable().describe('The day rates the cost estimate uses; null: the documented defaults.'),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  }),
);
export type AssessmentView = z.infer<typeof AssessmentView>;

/**
 * One invitation as the consultant made it. Nothing here depends on what the stakeholder did
 * (opened, started, answered, submitted, or when): only counts do, in batches (edition 3).
 */
export const StakeholderView = lazySchema(() =>
  z.object({
    id: z.string(),
    role: StakeholderRole,
    name: z.string().nullable(),
    email: z.string().nullable(),
    link: z
      .enum(['live', 'revoked', 'removed'])
      .describe('The invitation as the consultant left it; a removed one stays listed.'),
    invitedAt: z.string(),
  }),
);
export type StakeholderView = z.infer<typeof StakeholderView>;

/** Response counts: submissions published in batches of minGroupSize, as the results are. */
export const ResponseRate = lazySchema(() =>
  z.object({
    overall: z.number().min(0).max(1),
    invited: z.number().int(),
    submitted: z.number().int().describe('Published submissions: a multiple of minGroupSize.'),
    byRole: z.array(RoleProgress),
  }),
);
export type ResponseRate = z.infer<typeof ResponseRate>;

export const AssessmentDetail = lazySchema(() =>
  AssessmentView.extend({
    stakeholders: z.array(StakeholderView),
    responseRate: ResponseRate,
    respondentSet: RespondentSet,
  }),
);
export type AssessmentDetail = z.infer<typeof AssessmentDetail>;

export const AssessmentSummary = lazySchema(() =>
  AssessmentView.extend({
    progress: z.object({
      invited: z.number().int(),
      submitted: z.number().int().describe('Submissions counted, in batches of minGroupSize.'),
      rate: z.number().min(0).max(1),
    }),
  }),
);
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;

export const AssessmentList = lazySchema(() =>
  z.object({ items: z.array(AssessmentSummary), cursor: z.string().nullable() }),
);
export type AssessmentList = z.infer<typeof AssessmentList>;

export const AddStakeholderRequest = lazySchema(() =>
  z
    .object({
      role: StakeholderRole,
      name: NameText(200).optional(),
      email: z.email('must be an e-mail address').max(320).optional(),
    })
    .strict(),
);
export type AddStakeholderRequest = z.infer<typeof AddStakeholderRequest>;

export const Invite = lazySchema(() =>
  z.object({
    id: z.string(),
    inviteUrl: z
      .string()
      .describe('Shown once: /respond#<token>; the token is what follows "#", so it never reaches a server.'),
    emailed: z.boolean(),
  }),
);
export type Invite = z.infer<typeof Invite>;

export const SaveResponseRequest = lazySchema(() =>
  z
    .object({
      answers: z
        .record(QuestionId, AnswerValue.nullable())
        .optional()
        .describe('Merged into the saved answers; null clears one.'),
      notes: z.record(QuestionId, z.string().max(1000).nullable()).optional(),
      expectations: z.array(z.string().max(64)).max(3, 'choose at most three services').optional(),
      importance: ImportanceAnswers.optional().describe(
        'Optional: how much each dimension matters to you (1–5 by dimension id); replaces the saved ratings.',
      ),
      handedOn: z
        .array(QuestionId)
        .max(200)
        .optional()
        .describe(
          'Questions handed on as "not my area" (replaces the saved list): neither a rating nor a "don\'t know", and never scored.',
        ),
      version: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe('When sent, the save applies only to this version.'),
      requestId: z
        .string()
        .min(8)
        .max(64)
        .optional()
        .describe('Repeat it on a retry: an applied request is acknowledged, not refused.'),
    })
    .strict(),
);
export type SaveResponseRequest = z.infer<typeof SaveResponseRequest>;

export const ResponseDocument = lazySchema(() =>
  z.object({
    assessment: z.object({
      clientName: z.string(),
      status: z.enum(['open', 'closed']),
      dueDate: z.string().nullable(),
      minGroupSize: z.number().int().describe('Smallest group any published figure covers.'),
      language: AssessmentLanguage.describe(
        'The language the consultant chose; the stakeholder may read another.',
      ),
      questionnaireVersion: z
        .string()
        .describe('The questionnaire edition to answer (GET /api/model?edition=…).'),
      invitedBy: z
        .string()
        .nullable()
        .describe("The consulting firm's name as it brands its reports; null when it has set none."),
    }),
    stakeholder: z.object({ role: StakeholderRole, name: z.string().nullable() }),
    hiddenAmong: z
      .array(z.object({ role: StakeholderRole, invited: z.number().int() }))
      .optional()
      .describe(
        'Live invitations per role, so a stakeholder sees before answering how many people their answers are published among (on reads).',
      ),
    contestedAt: z
      .string()
      .nullable()
      .optional()
      .describe("When a write without this device's key was refused: someone else tried this link."),
    answers: Answers,
    notes: z.record(z.string(), z.string()),
    expectations: z.array(z.string()),
    handedOn: z.array(z.string()).describe('Questions handed on as "not my area".'),
    importance: z
      .record(z.string(), z.number())
      .optional()
      .describe('The optional importance ratings saved.'),
    version: z.number().int(),
    submittedAt: z.string().nullable(),
    updatedAt: z.string(),
    deviceKey: z
      .string()
      .optional()
      .describe(
        'Returned once, by the write that binds the link to this device: send it as X-Device-Key from then on.',
      ),
  }),
);
export type ResponseDocument = z.infer<typeof ResponseDocument>;

export const DimensionChange = lazySchema(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    baseline: z.number().nullable(),
    current: z.number().nullable(),
    change: z.number().nullable(),
    comparable: z
      .boolean()
      .optional()
      .describe(
        'Across editions only: whether both editions measure this dimension the same way. When false, change is null; when true, baseline and current score only the questions both editions ask the same way.',
      ),
  }),
);

export const AssessmentResults = lazySchema(() =>
  z.object({
    assessmentId: z.string(),
    coverage: z.object({
      invited: z.number().int(),
      submitted: z.number().int().describe('Published submissions, in batches of minGroupSize.'),
      rate: z.number(),
      byRole: z.array(RoleProgress),
    }),
    respondentSet: RespondentSet,
    result: Result.nullable().describe('Null until minGroupSize responses are submitted (anonymity).'),
    analysis: StakeholderAnalysis,
    disclosure: z
      .object({
        minGroupSize: z.number().int(),
        published: z
          .number()
          .int()
          .describe(
            'Submissions in published batches of minGroupSize. How many wait beyond the last full batch is never said: that count would move with each submission.',
          ),
        withheld: z.array(z.string()).describe('Why each withheld group or figure is withheld.'),
      })
      .describe('What the anonymity rules published and withheld.'),
    baseline: z
      .object({
        assessmentId: z.string(),
        overall: z.number().nullable(),
        level: z.number().nullable(),
        dimensions: z.array(DimensionChange),
        comparability: z
          .object({
            baselineEdition: z.string(),
            currentEdition: z.string(),
            compared: z.number().int().describe('Dimensions both editions measure the same way.'),
            note: z.string().describe("What is compared, in the reader's language."),
          })
          .optional()
          .describe(
            'Present when the baseline was answered in an earlier edition than the one the current edition declares comparable in full: only what both measure the same way is compared.',
          ),
      })
      .nullable(),
    validation: ValidationView.optional().describe(
      'Surveyed and validated side by side: the levels agreed in the calibration workshop, their evidence and the audit trail in brief.',
    ),
    priorities: z
      .array(PriorityRow)
      .optional()
      .describe('Importance × gap to target per dimension, highest first (the priority map).'),
  }),
);
export type AssessmentResults = z.infer<typeof AssessmentResults>;

export const LocalSignIn = lazySchema(() =>
  z
    .object({
      email: z.email('must be an e-mail address').max(320),
      organisation: NameText(120).refine((v) => v.length >= 2, 'must be at least 2 characters'),
      /** Asked for only when the local server listens beyond loopback (LOCAL_PASSWORD). */
      password: z.string().max(200).optional(),
    })
    .strict(),
);

export const Mail = lazySchema(() =>
  z.object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    body: z.string().describe('The text; a personal link is never shown, only where it goes.'),
    status: z.enum(['queued', 'sent']),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  }),
);
