import * as z from 'zod';
import { AssessmentResults } from './assessments';
import { OrganisationContext } from './context';
import { contrastRatio } from './contrast';
import { lazySchema } from './lazy';
import { IsoDate, NameText } from './text';

/**
 * What leadership sees and what consultants hand over: share links, firm branding, targets,
 * the opt-in benchmark and the client portfolio. Plain zod, defined once; the web imports the
 * types only.
 */

// ── Share links ──

export const CreateShareLinkRequest = lazySchema(() =>
  z
    .object({
      label: NameText(120).optional().describe('Who the link is for, e.g. "Steering committee".'),
      expiresInDays: z
        .number()
        .int()
        .min(1, 'must be at least 1 day')
        .max(90, 'must be at most 90 days')
        .optional()
        .describe('Default 30 days.'),
    })
    .strict(),
);
export type CreateShareLinkRequest = z.infer<typeof CreateShareLinkRequest>;

export const ShareLinkView = lazySchema(() =>
  z.object({
    id: z.string(),
    label: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    views: z.number().int().min(0),
    lastViewedAt: z.string().nullable(),
    state: z.enum(['active', 'expired', 'revoked']),
  }),
);
export type ShareLinkView = z.infer<typeof ShareLinkView>;

export const CreatedShareLink = lazySchema(() =>
  ShareLinkView.extend({
    shareUrl: z.string().describe('Shown once: `/share#<token>`; the token is what follows `#`.'),
  }),
);
export type CreatedShareLink = z.infer<typeof CreatedShareLink>;

export const ShareToken = lazySchema(() =>
  z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a share token of 43 URL-safe characters'),
);

// ── Branding ──

export const MAX_LOGO_BYTES = 40 * 1024;
const HEX = /^#[0-9a-fA-F]{6}$/;

const LOGO = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/;

export const Accent = lazySchema(() =>
  z
    .string()
    .regex(HEX, 'must be a colour as #rrggbb')
    .refine(
      (c) => !HEX.test(c) || contrastRatio(c, '#ffffff') >= 4.5,
      'must contrast at least 4.5:1 with white (used for white text on the colour and the colour on white)',
    ),
);

export const Logo = lazySchema(() =>
  z
    .string()
    .max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 32, `must be at most ${MAX_LOGO_BYTES / 1024} KB`)
    .regex(LOGO, 'must be a PNG or JPEG data URL (data:image/png;base64,…)'),
);

export const BrandingRequest = lazySchema(() =>
  z
    .object({
      firmName: NameText(120),
      accent: Accent,
      logo: Logo.nullable().optional(),
    })
    .strict(),
);
export type BrandingRequest = z.infer<typeof BrandingRequest>;

export const Branding = lazySchema(() =>
  z.object({
    firmName: z.string().nullable(),
    accent: z.string().nullable(),
    logo: z.string().nullable(),
    updatedAt: z.string().nullable(),
  }),
);
export type Branding = z.infer<typeof Branding>;

// ── Targets ──

export const TargetsRequest = lazySchema(() =>
  z
    .object({
      dimensions: z
        .record(
          z.string().regex(/^[a-z][a-z-]{1,40}$/, 'must be a dimension id'),
          z.number().int().min(1).max(5),
        )
        .describe('Target maturity level (1–5) per dimension id.'),
      date: IsoDate.nullable().optional().describe('When leadership wants the targets reached.'),
    })
    .strict(),
);
export type TargetsRequest = z.infer<typeof TargetsRequest>;

export const Targets = lazySchema(() =>
  z.object({
    dimensions: z.record(z.string(), z.number().int().min(1).max(5)),
    date: z.string().nullable(),
    updatedAt: z.string().nullable(),
    /** `baseline`: this re-assessment has none of its own and shows the baseline's targets. */
    source: z.enum(['own', 'baseline', 'none']),
  }),
);
export type Targets = z.infer<typeof Targets>;

// ── Benchmark ──

export const INDUSTRIES = [
  'logistics',
  'manufacturing',
  'financial-services',
  'health',
  'public-sector',
  'energy',
  'technology',
  'retail',
  'other',
] as const;
export const SIZE_BANDS = ['1-249', '250-999', '1000-4999', '5000+'] as const;
export const Industry = lazySchema(() => z.enum(INDUSTRIES));
export const SizeBand = lazySchema(() => z.enum(SIZE_BANDS));
export type Industry = z.infer<typeof Industry>;
export type SizeBand = z.infer<typeof SizeBand>;

// The disclosure thresholds live in a zod-free module, so the browser reads them without the schemas.
export { BENCHMARK_MIN_ORGANISATIONS, BENCHMARK_MIN_TENANTS } from './benchmark-thresholds';
/** Fewest changes (contributions and withdrawals) one fold publishes to any reader at once. */
export const BENCHMARK_FOLD_CHANGES = 5;

export const BenchmarkConsentRequest = lazySchema(() =>
  z
    .object({
      consent: z.boolean().describe('The client agreed to add its anonymous scores to the benchmark.'),
      industry: Industry,
      sizeBand: SizeBand,
    })
    .strict(),
);
export type BenchmarkConsentRequest = z.infer<typeof BenchmarkConsentRequest>;

export const BenchmarkView = lazySchema(() =>
  z.object({
    consent: z.boolean(),
    industry: Industry.nullable(),
    sizeBand: SizeBand.nullable(),
    contributed: z.boolean(),
    /** Other firms' published contributions compared against; null unless percentiles are shown. */
    organisations: z.number().int().nullable(),
    minimum: z.number().int(),
    /** Percentile per dimension; empty unless consent was given and the cell holds enough organisations. */
    percentiles: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        score: z.number(),
        percentile: z.number().min(0).max(100),
      }),
    ),
    /** Why percentiles are shown or not: the web says it in the reader's language. */
    reason: z.enum(['no-consent', 'waiting', 'small', 'shown']),
    /** The same, in English, for API readers. */
    note: z.string(),
    /**
     * When the result's edition measures some dimensions differently from the edition it declares
     * comparable: the benchmark pools results of every edition, so those percentiles compare unlike
     * measures. Absent otherwise.
     */
    editions: z
      .object({
        edition: z.string(),
        comparesWith: z.string(),
        measuredDifferently: z.array(z.string()).describe('Ids of the dimensions measured differently.'),
        note: z.string().describe('The same, in English (engine key benchmark.editionsDiffer).'),
      })
      .optional(),
  }),
);
export type BenchmarkView = z.infer<typeof BenchmarkView>;

// ── The shared report ──

export const SharedReport = lazySchema(() =>
  z.object({
    clientName: z.string(),
    context: OrganisationContext,
    questionnaireVersion: z.string(),
    status: z.enum(['open', 'closed']),
    expiresAt: z.string(),
    results: AssessmentResults,
    targets: Targets,
    branding: Branding,
    benchmark: BenchmarkView.describe(
      'Percentiles only with consent, against at least 5 published clients of at least 2 other consultancies.',
    ),
  }),
);
export type SharedReport = z.infer<typeof SharedReport>;

// ── Portfolio ──

export const PortfolioEntry = lazySchema(() =>
  z.object({
    id: z.string(),
    clientName: z.string(),
    status: z.enum(['open', 'closed']),
    createdAt: z.string(),
    baselineId: z.string().nullable(),
    responseRate: z.number().min(0).max(1),
    submitted: z.number().int(),
    invited: z.number().int(),
    overall: z.number().nullable(),
    level: z.number().int().nullable(),
    needed: z.boolean().nullable(),
    model: z.string().nullable(),
    sourcing: z.string().nullable(),
    preliminary: z
      .boolean()
      .describe(
        'Fewer than half of those invited have submitted, or the evidence is not sufficient: a working draft.',
      ),
  }),
);
export type PortfolioEntry = z.infer<typeof PortfolioEntry>;

export const Portfolio = lazySchema(() =>
  z.object({
    items: z.array(PortfolioEntry),
    clients: z.array(
      z.object({
        clientName: z.string(),
        trend: z.array(z.object({ id: z.string(), createdAt: z.string(), overall: z.number().nullable() })),
      }),
    ),
    cursor: z.string().nullable(),
  }),
);
export type Portfolio = z.infer<typeof Portfolio>;
