import { ApiError } from '../../api/http/errors';
import type { WorkspaceDeps } from '../../api/types';
import type { SharedReport } from '../../contract/deliverables';
import type { Questionnaire } from '../../core';
import { StoreError } from '../../store/port';
import { hashToken } from '../tokens';
import { benchmarkView } from './benchmark';
import { toBranding } from './branding';
import { resultsFor } from './submissions';
import { targetsFor } from './targets';

const refused = () =>
  new ApiError(404, 'share_not_found', 'This share link is not valid: it may have been revoked.');

/**
 * What a share link shows: the same results the consultant sees (one builder, so one set of
 * anonymity rules), the targets and the firm's branding. Each view is counted.
 * Cost: GetItem lookup, GetItem assessment, UpdateItem view count, stakeholder Query pages
 * (+ the same for a baseline), GetItem targets (2 for a follow-up without its own), GetItem branding,
 * GetItem benchmark consent (+ GetItem of its cell with consent).
 */
export const sharedReport = async (
  q: Questionnaire,
  deps: WorkspaceDeps,
  token: string,
): Promise<SharedReport> => {
  const now = deps.now();
  const link = await deps.store.findShareLink(hashToken(token));
  if (!link) throw refused();
  if (Date.parse(link.expiresOn) <= now.getTime())
    throw new ApiError(
      410,
      'share_expired',
      'This share link has expired; ask your consultant for a new one.',
    );
  const assessment = await deps.store.getAssessment(link.orgId, link.assessmentId);
  if (!assessment) throw refused();
  try {
    await deps.store.recordShareView(assessment.id, link.linkId, link.tokenHash, now.toISOString());
  } catch (e) {
    if (e instanceof StoreError) throw refused();
    throw e;
  }
  const [targets, branding, consent] = await Promise.all([
    targetsFor(deps.store, assessment),
    deps.store.getBranding(assessment.orgId),
    deps.store.getBenchmarkConsent(assessment.id),
  ]);
  // Read-only: the share route never adds to or takes from the benchmark.
  const cell = consent?.consent
    ? await deps.store.getBenchmarkCell(consent.industry, consent.sizeBand)
    : null;
  const { results } = await resultsFor(q, deps.store, assessment, true);
  return {
    clientName: assessment.clientName,
    context: assessment.context,
    questionnaireVersion: assessment.questionnaireVersion,
    status: assessment.status,
    expiresAt: link.expiresOn,
    results,
    targets,
    branding: toBranding(branding),
    benchmark: benchmarkView(consent, cell, results.result),
  };
};
