import * as z from 'zod';
import { StakeholderRole } from './answers';
import { lazySchema } from './lazy';

/** What a team assessment publishes about its roles: groups, gaps, consensus, splits and expectations. */

const Score = lazySchema(() => z.number().min(1).max(5));

export const RoleScores = lazySchema(() =>
  z.object({
    role: z.union([StakeholderRole, z.literal('pooled')]),
    roles: z
      .array(StakeholderRole)
      .describe('The roles behind this group (several when small groups are pooled).'),
    respondents: z.number().int().min(0),
    overall: Score.nullable(),
    dimensions: z.array(z.object({ id: z.string(), score: Score.nullable() })),
  }),
);
export type RoleScores = z.infer<typeof RoleScores>;

export const PerceptionGap = lazySchema(() =>
  z.object({
    dimension: z.string(),
    dimensionName: z.string(),
    higher: z.object({ role: z.string(), score: Score }),
    lower: z.object({ role: z.string(), score: Score }),
    gap: z.number().min(0),
    explanation: z.string(),
  }),
);
export type PerceptionGap = z.infer<typeof PerceptionGap>;

export const Consensus = lazySchema(() =>
  z.object({
    dimension: z.string(),
    dimensionName: z.string(),
    spread: z
      .number()
      .min(0)
      .nullable()
      .describe(
        'Standard deviation of respondents\u2019 dimension scores; null while fewer than minGroupSize rated it.',
      ),
    respondents: z.number().int().min(0),
    consensus: z.enum(['strong', 'moderate', 'weak', 'unknown']),
  }),
);
export type Consensus = z.infer<typeof Consensus>;

/**
 * A split: an average that hides two camps, flagged as a fact and never as figures of the camps
 * (docs/privacy.md, rule 11; functions/core/splits.ts). No count, mean or share of either camp.
 */
export const StakeholderSplit = lazySchema(() =>
  z.object({
    dimension: z.string(),
    dimensionName: z.string(),
    kind: z
      .enum(['within-role', 'executives-delivery'])
      .describe(
        'within-role: a published role group falls into two camps, each of at least minGroupSize people; executives-delivery: executives and the published delivery groups (project managers, team members) rate the dimension a point or more apart.',
      ),
    roles: z
      .array(StakeholderRole)
      .describe(
        'within-role: the split group; executives-delivery: executive, then the delivery groups compared.',
      ),
    executives: z
      .enum(['higher', 'lower'])
      .nullable()
      .describe('executives-delivery: how executives rate it against delivery; null within a role.'),
    explanation: z.string(),
  }),
);
export type StakeholderSplit = z.infer<typeof StakeholderSplit>;

export const StakeholderAnalysis = lazySchema(() =>
  z.object({
    splits: z
      .array(StakeholderSplit)
      .optional()
      .describe(
        "Dimensions whose average hides a split (team assessments); each lowers that dimension's confidence.",
      ),
    minGroupSize: z.number().int().min(1),
    byRole: z.array(RoleScores),
    hiddenRespondents: z
      .number()
      .int()
      .min(0)
      .describe('Respondents in groups too small to show, even pooled.'),
    consensus: z.array(Consensus),
    gaps: z.array(PerceptionGap).describe('Perception gaps worth discussing, largest first.'),
    expectations: z.array(
      z.object({
        service: z.string(),
        label: z.string(),
        votes: z.number().int().min(0).nullable().describe('Null when 1 to minGroupSize−1 people chose it.'),
        share: z.number().nullable(),
      }),
    ),
  }),
);
export type StakeholderAnalysis = z.infer<typeof StakeholderAnalysis>;
