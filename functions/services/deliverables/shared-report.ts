import type { SharedReport } from '../../contract/deliverables';
import type { Questionnaire } from '../../core';
import type { Language } from '../../i18n/languages';
import { type Store, StoreError } from '../../store/port';
import { recordAccess, SHARE_LINK_ACTOR } from '../privacy';
import { hashToken } from '../tokens';
import { benchmarkView } from './benchmark';
import { toBranding } from './branding';
import { resultsFor } from './submissions';
import { targetsFor } from './targets';

type SharedReportStore = Pick<
  Store,
  | 'findShareLink'
  | 'getAssessment'
  | 'recordShareView'
  | 'listStakeholders'
  | 'listRetiredSubmissions'
  | 'getTargets'
  | 'getBranding'
  | 'getBenchmarkConsent'
  | 'getBenchmarkCell'
  | 'recordAccess'
  | 'getCalibration'
  | 'listEvidence'
  | 'listCalibrationAudit'
>;

/** Why a share token opens nothing: unknown or revoked (the same answer for both), or expired. */
export type ShareRefusal = 'not-found' | 'expired';

/**
 * What a share link shows: the same results the consultant sees (one builder, so one set of
 * anonymity rules), the targets and the firm's branding. Each view is counted.
 * Cost: GetItem lookup, GetItem assessment, UpdateItem view count, stakeholder Query pages
 * (+ the same for a baseline), GetItem targets (2 for a follow-up without its own), GetItem branding,
 * GetItem benchmark consent (+ one Query of its cell's partition with consent).
 */
export const sharedReport = async (
  q: Questionnaire,
  deps: { store: SharedReportStore; now: () => Date },
  token: string,
  /** The reader's language: the engine's texts are said in it. */
  language: Language = 'en',
): Promise<SharedReport | ShareRefusal> => {
  const now = deps.now();
  const link = await deps.store.findShareLink(hashToken(token));
  if (!link) return 'not-found';
  if (Date.parse(link.expiresOn) <= now.getTime()) return 'expired';
  const assessment = await deps.store.getAssessment(link.orgId, link.assessmentId);
  if (!assessment) return 'not-found';
  let label: string | null;
  try {
    label = await deps.store.recordShareView(assessment.id, link.linkId, link.tokenHash, now.toISOString());
  } catch (e) {
    if (e instanceof StoreError) return 'not-found';
    throw e;
  }
  // The consultancy sees which link was opened and when (one PutItem); the holder stays unnamed.
  await recordAccess(deps, assessment.id, SHARE_LINK_ACTOR, 'share-viewed', label);
  const [targets, branding, consent] = await Promise.all([
    targetsFor(deps.store, assessment),
    deps.store.getBranding(assessment.orgId),
    deps.store.getBenchmarkConsent(assessment.id),
  ]);
  // Read-only: the share route never adds to, takes from or folds the benchmark; it shows the
  // published figures of other consultancies, as the consultant sees them.
  const cell = consent?.consent
    ? await deps.store.getBenchmarkCell(consent.industry, consent.sizeBand)
    : null;
  const { results } = await resultsFor(q, deps.store, assessment, true, language);
  return {
    clientName: assessment.clientName,
    context: assessment.context,
    questionnaireVersion: assessment.questionnaireVersion,
    status: assessment.status,
    expiresAt: link.expiresOn,
    // The same counts the consultant sees: every one published in batches of the threshold.
    results,
    targets,
    branding: toBranding(branding),
    benchmark: benchmarkView(assessment.orgId, consent, cell, results.result),
  };
};
