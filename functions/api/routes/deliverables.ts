import { ShareToken } from '../../contract/deliverables';
import type { Questionnaire } from '../../core';
import { brandingRecord, logoProblem, toBranding } from '../../services/deliverables/branding';
import { createShareLink, toShareLinkView } from '../../services/deliverables/share-links';
import { targetsFor, unknownDimensions } from '../../services/deliverables/targets';
import { recordAccess } from '../../services/privacy';
import { MAX_SHARE_LINKS } from '../../store/port';
import type { AssessmentRecord } from '../../store/records';
import { engineIn } from '../engine';
import { ApiError, notFound } from '../http/errors';
import type { Handlers } from '../http/mount';
import { readerLanguage } from '../language';
import type { WorkspaceDeps } from '../types';
import { baseUrl, loadAssessment } from './workspace-helpers';

export type DeliverableOperation =
  | 'createShareLink'
  | 'listShareLinks'
  | 'revokeShareLink'
  | 'getSharedReport'
  | 'getBranding'
  | 'putBranding'
  | 'getPortfolio'
  | 'getTargets'
  | 'putTargets'
  | 'getBenchmark'
  | 'putBenchmark';

/** Share links, branding, portfolio, targets and the benchmark: what leadership sees and consultants hand over. */
export const deliverableHandlers = (
  q: Questionnaire,
  deps: WorkspaceDeps,
): Pick<Handlers, DeliverableOperation> => {
  // The benchmark's words are English (its note); the results it reads are the report's.
  const benchmarkFor = async (assessment: AssessmentRecord) => {
    const { resultsFor, benchmarkView, syncContribution, foldIfDue } = await engineIn('en');
    const stored = await deps.store.getBenchmarkConsent(assessment.id);
    const result = (await resultsFor(q, deps.store, assessment, false)).results.result;
    if (!stored) return benchmarkView(assessment.orgId, null, null, result);
    const consent = await syncContribution(deps.store, assessment, stored, result);
    // Reading folds too, so a fold that lost a race to a concurrent change is not left waiting.
    const cell = consent.consent ? await foldIfDue(deps.store, consent.industry, consent.sizeBand) : null;
    return benchmarkView(assessment.orgId, consent, cell, result);
  };

  return {
    createShareLink: async (c, { params, body }) => {
      const assessment = await loadAssessment(deps, c, params.id);
      // Every link ever made stays listed (and so revocable): the list holds at most MAX_SHARE_LINKS.
      if ((await deps.store.listShareLinks(assessment.id)).length >= MAX_SHARE_LINKS)
        throw new ApiError(
          409,
          'too_many_share_links',
          `This assessment already has ${MAX_SHARE_LINKS} share links; revoked ones still count. Reuse an active link.`,
        );
      const consultant = c.get('principal').consultant;
      const created = await createShareLink(deps, assessment, consultant, body, baseUrl(deps, c));
      await recordAccess(deps, assessment.id, consultant, 'shared', body.label ?? null);
      return created;
    },
    listShareLinks: async (c, { params }) => {
      const assessment = await loadAssessment(deps, c, params.id);
      const now = deps.now();
      return { items: (await deps.store.listShareLinks(assessment.id)).map((l) => toShareLinkView(l, now)) };
    },
    revokeShareLink: async (c, { params }) => {
      const assessment = await loadAssessment(deps, c, params.id);
      const link = await deps.store.getShareLink(assessment.id, params.linkId);
      if (!link) throw notFound('Share link');
      const now = deps.now();
      if (!link.revokedAt) {
        await deps.store.revokeShareLink(link, now.toISOString());
        await recordAccess(deps, assessment.id, c.get('principal').consultant, 'share-revoked', link.label);
      }
      return toShareLinkView({ ...link, revokedAt: link.revokedAt ?? now.toISOString() }, now);
    },
    getSharedReport: async (c, { query }) => {
      const language = readerLanguage(c, query.lang);
      const header = c.req.header('x-share-token');
      if (!header)
        throw new ApiError(401, 'share_token_missing', 'Send the share token in the X-Share-Token header.', [
          { path: 'header.x-share-token', message: 'is required' },
        ]);
      const token = ShareToken.safeParse(header);
      if (!token.success)
        throw new ApiError(400, 'invalid_request', 'header.x-share-token: must be a share token', [
          { path: 'header.x-share-token', message: 'must be a share token of 43 URL-safe characters' },
        ]);
      const { sharedReport } = await engineIn(language);
      const report = await sharedReport(q, deps, token.data, language);
      // Unknown, revoked and expired read alike: the answer tells a link holder nothing more.
      if (report === 'expired' || report === 'not-found')
        throw new ApiError(
          404,
          'share_not_found',
          'This share link is not valid: it may have expired or been revoked. Ask your consultant for a new one.',
        );
      return report;
    },
    getBranding: async (c) => toBranding(await deps.store.getBranding(c.get('principal').orgId)),
    putBranding: async (c, { body }) => {
      const problem = body.logo ? logoProblem(body.logo) : null;
      if (problem)
        throw new ApiError(400, 'invalid_logo', `logo: ${problem}`, [{ path: 'logo', message: problem }]);
      const record = brandingRecord(c.get('principal').orgId, body, deps.now().toISOString());
      await deps.store.putBranding(record);
      return toBranding(record);
    },
    getPortfolio: async (c, { query }) =>
      (await engineIn('en')).portfolioPage(q, deps.store, c.get('principal').orgId, {
        limit: query.limit,
        cursor: query.cursor ?? null,
      }),
    getTargets: async (c, { params }) => targetsFor(deps.store, await loadAssessment(deps, c, params.id)),
    putTargets: async (c, { params, body }) => {
      const assessment = await loadAssessment(deps, c, params.id);
      const unknown = unknownDimensions(q, body);
      if (unknown.length > 0)
        throw new ApiError(
          400,
          'invalid_request',
          `dimensions.${unknown[0]}: no such dimension`,
          unknown.map((id) => ({ path: `dimensions.${id}`, message: 'no such dimension' })),
        );
      const record = {
        assessmentId: assessment.id,
        dimensions: body.dimensions,
        date: body.date ?? null,
        updatedAt: deps.now().toISOString(),
        updatedBy: c.get('principal').consultant,
      };
      await deps.store.putTargets(record);
      return { dimensions: record.dimensions, date: record.date, updatedAt: record.updatedAt, source: 'own' };
    },
    getBenchmark: async (c, { params }) => benchmarkFor(await loadAssessment(deps, c, params.id)),
    putBenchmark: async (c, { params, body }) => {
      const assessment = await loadAssessment(deps, c, params.id);
      const { consentRecord } = await engineIn('en');
      await deps.store.saveBenchmarkConsent(consentRecord(assessment.id, body, deps.now().toISOString()));
      return benchmarkFor(assessment);
    },
  };
};
