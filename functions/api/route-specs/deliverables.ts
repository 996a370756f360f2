import * as z from 'zod';
import {
  BenchmarkConsentRequest,
  BenchmarkView,
  Branding,
  BrandingRequest,
  CreatedShareLink,
  CreateShareLinkRequest,
  Portfolio,
  SharedReport,
  ShareLinkView,
  Targets,
  TargetsRequest,
} from '../../contract/deliverables';
import { lazySchema } from '../../contract/lazy';
import { LanguageQuery } from '../language';
import { Id } from '../schemas';
import { AssessmentPath } from './paths';
import type { RouteSpec } from './spec';

const ShareLinkPath = lazySchema(() => z.object({ id: Id, linkId: Id }).strict());
const PortfolioQuery = lazySchema(() =>
  z
    .object({
      limit: z.coerce.number().int().min(1).max(50).default(25),
      cursor: z.string().max(2048).optional(),
    })
    .strict(),
);

/**
 * What leadership sees and what consultants hand over (issue 13): share links, the shared report,
 * branding, the portfolio, targets and the benchmark.
 */
export const DELIVERABLE_ROUTES = {
  createShareLink: {
    method: 'post',
    path: '/api/assessments/{id}/share-links',
    access: 'consultant',
    summary:
      'Create a read-only link to the report for leadership; the link (/share#<token>) is returned once',
    params: AssessmentPath,
    body: CreateShareLinkRequest,
    bodyOptional: true,
    response: CreatedShareLink,
    status: 201,
  },
  listShareLinks: {
    method: 'get',
    path: '/api/assessments/{id}/share-links',
    access: 'consultant',
    summary: "The assessment's share links with their views, expiry and state (without tokens)",
    params: AssessmentPath,
    response: lazySchema(() => z.object({ items: z.array(ShareLinkView) })),
  },
  revokeShareLink: {
    method: 'post',
    path: '/api/assessments/{id}/share-links/{linkId}/revoke',
    access: 'consultant',
    summary: 'Revoke a share link at once',
    params: ShareLinkPath,
    response: ShareLinkView,
  },
  getSharedReport: {
    method: 'get',
    path: '/api/share',
    access: 'share',
    summary:
      'The shared report (same anonymised results as the consultant sees), targets and branding; token in X-Share-Token',
    query: LanguageQuery,
    response: SharedReport,
  },
  getBranding: {
    method: 'get',
    path: '/api/branding',
    access: 'consultant',
    summary: "The firm's branding: name, logo and accent colour",
    response: Branding,
  },
  putBranding: {
    method: 'put',
    path: '/api/branding',
    access: 'consultant',
    summary: "Set the firm's branding (logo: PNG or JPEG data URL ≤ 40 KB; accent: ≥ 4.5:1 against white)",
    body: BrandingRequest,
    response: Branding,
  },
  getPortfolio: {
    method: 'get',
    path: '/api/portfolio',
    access: 'consultant',
    summary:
      "One page of assessments side by side with maturity, verdict and response rate, and each client's trend",
    query: PortfolioQuery,
    response: Portfolio,
  },
  getTargets: {
    method: 'get',
    path: '/api/assessments/{id}/targets',
    access: 'consultant',
    summary: "Target level per dimension and date (a re-assessment without its own shows its baseline's)",
    params: AssessmentPath,
    response: Targets,
  },
  putTargets: {
    method: 'put',
    path: '/api/assessments/{id}/targets',
    access: 'consultant',
    summary: 'Set the target level per dimension and the date leadership agreed',
    params: AssessmentPath,
    body: TargetsRequest,
    response: Targets,
  },
  getBenchmark: {
    method: 'get',
    path: '/api/assessments/{id}/benchmark',
    access: 'consultant',
    summary:
      "The client's benchmark consent and, with consent and ≥ 5 published clients of ≥ 2 other consultancies in the cell, its percentile per dimension against them",
    params: AssessmentPath,
    response: BenchmarkView,
  },
  putBenchmark: {
    method: 'put',
    path: '/api/assessments/{id}/benchmark',
    access: 'consultant',
    summary:
      "Record the client's consent, industry and size band; withdrawing takes its scores out of the benchmark",
    params: AssessmentPath,
    body: BenchmarkConsentRequest,
    response: BenchmarkView,
  },
} as const satisfies Record<string, RouteSpec>;
