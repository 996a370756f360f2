import type { Targets, TargetsRequest } from '../../contract/deliverables';
import type { Questionnaire } from '../../core';
import type { TargetsRecord } from '../../store/deliverable-records';
import type { Store } from '../../store/port';
import type { AssessmentRecord } from '../../store/records';

/** The dimension ids of a targets request that the questionnaire does not have. */
export const unknownDimensions = (q: Questionnaire, input: TargetsRequest): string[] => {
  const known = new Set(q.dimensions.map((d) => d.id));
  return Object.keys(input.dimensions).filter((id) => !known.has(id));
};

const toTargets = (record: TargetsRecord | null, source: Targets['source']): Targets => ({
  dimensions: record?.dimensions ?? {},
  date: record?.date ?? null,
  updatedAt: record?.updatedAt ?? null,
  source: record ? source : 'none',
});

/**
 * The assessment's targets; a re-assessment without its own shows its baseline's, so the report
 * measures the progress towards what leadership set last time. One GetItem, two for a follow-up.
 */
export const targetsFor = async (
  store: Pick<Store, 'getTargets'>,
  assessment: AssessmentRecord,
): Promise<Targets> => {
  const own = await store.getTargets(assessment.id);
  if (own || !assessment.baselineId) return toTargets(own, 'own');
  return toTargets(await store.getTargets(assessment.baselineId), 'baseline');
};
