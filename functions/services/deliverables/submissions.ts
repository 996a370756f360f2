import type { Questionnaire } from '../../core';
import type { Language } from '../../i18n/languages';
import type { Store } from '../../store/port';
import type { AssessmentRecord } from '../../store/records';
import { calibrationInput } from '../calibration';
import { buildResults, type Submissions } from '../results';

/** What counts in an assessment's results: its stakeholders and the submissions detached from them. */
export const submissionsOf = async (
  store: Pick<Store, 'listStakeholders' | 'listRetiredSubmissions'>,
  assessmentId: string,
): Promise<Submissions> => {
  const [stakeholders, retired] = await Promise.all([
    store.listStakeholders(assessmentId),
    store.listRetiredSubmissions(assessmentId),
  ]);
  return { stakeholders, retired };
};

/**
 * The results exactly as the consultant's report builds them (same builder, same anonymity
 * rules), with the baseline's when the assessment is a follow-up.
 */
export const resultsFor = async (
  q: Questionnaire,
  store: Pick<
    Store,
    | 'listStakeholders'
    | 'listRetiredSubmissions'
    | 'getAssessment'
    | 'getCalibration'
    | 'listEvidence'
    | 'listCalibrationAudit'
    | 'getTargets'
  >,
  assessment: AssessmentRecord,
  withBaseline: boolean,
  language: Language = 'en',
) => {
  const submissions = await submissionsOf(store, assessment.id);
  let baseline = null;
  if (withBaseline && assessment.baselineId) {
    const before = await store.getAssessment(assessment.orgId, assessment.baselineId);
    if (before) baseline = { assessment: before, submissions: await submissionsOf(store, before.id) };
  }
  const calibration = await calibrationInput(store, assessment);
  return { submissions, results: buildResults(q, assessment, submissions, baseline, language, calibration) };
};
