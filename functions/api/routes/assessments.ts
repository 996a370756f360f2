import type { CreateAssessmentRequest } from '../../contract/assessments';
import type { Questionnaire } from '../../core';
import type { Language } from '../../i18n/languages';
import { calibrationInput } from '../../services/calibration';
import { answersCsv, scoresCsv } from '../../services/exports';
import { carryOverInvitations } from '../../services/invitations';
import { recordAccess } from '../../services/privacy';
import { progressFromCounts, type Submissions } from '../../services/respondents';
import { newSortableId } from '../../services/tokens';
import { toAssessmentDetail, toAssessmentView } from '../../services/views';
import type { AssessmentRecord } from '../../store/records';
import { engineIn } from '../engine';
import { ApiError, notFound } from '../http/errors';
import type { Handlers } from '../http/mount';
import { readerLanguage } from '../language';
import type { WorkspaceDeps } from '../types';
import { baseUrl, loadAssessment } from './workspace-helpers';

/** Consultant routes over assessments: create, list, read, update, follow up, results and exports. */
export const assessmentHandlers = (
  q: Questionnaire,
  deps: WorkspaceDeps,
): Pick<
  Handlers,
  | 'createAssessment'
  | 'listAssessments'
  | 'getAssessment'
  | 'updateAssessment'
  | 'startFollowUp'
  | 'continueFollowUp'
  | 'getResults'
  | 'exportAnswers'
  | 'exportScores'
  | 'exportResults'
> => {
  const submissionsOf = async (assessmentId: string): Promise<Submissions> => {
    const [stakeholders, retired] = await Promise.all([
      deps.store.listStakeholders(assessmentId),
      deps.store.listRetiredSubmissions(assessmentId),
    ]);
    return { stakeholders, retired };
  };

  const resultsOf = async (assessment: AssessmentRecord, language: Language = 'en') => {
    const submissions = await submissionsOf(assessment.id);
    let baseline = null;
    if (assessment.baselineId) {
      const before = await deps.store.getAssessment(assessment.orgId, assessment.baselineId);
      if (before) baseline = { assessment: before, submissions: await submissionsOf(before.id) };
    }
    const calibration = await calibrationInput(deps.store, assessment);
    const { buildResults } = await engineIn(language);
    return { results: buildResults(q, assessment, submissions, baseline, language, calibration) };
  };

  const newAssessment = (
    orgId: string,
    consultant: string,
    input: CreateAssessmentRequest,
    baselineId: string | null,
  ): AssessmentRecord => {
    const clock = deps.now();
    const now = clock.toISOString();
    return {
      id: newSortableId(clock),
      orgId,
      clientName: input.clientName,
      context: input.context,
      status: 'open',
      dueDate: input.dueDate ?? null,
      baselineId,
      questionnaireVersion: q.version,
      minGroupSize: input.minGroupSize ?? deps.defaultMinGroupSize,
      language: input.language ?? 'en',
      ...(input.rates ? { rates: input.rates } : {}),
      createdBy: consultant,
      createdAt: now,
      updatedAt: now,
      version: 1,
      invitedCount: 0,
      submittedCount: 0,
    };
  };

  /** The record of access: who read or took away this assessment's results (one PutItem). */
  const accessed = (
    c: Parameters<Handlers['getResults']>[0],
    a: AssessmentRecord,
    action: 'viewed-results' | 'exported',
    file: string | null = null,
  ) => recordAccess(deps, a.id, c.get('principal').consultant, action, file);

  const attachment = (c: Parameters<Handlers['exportAnswers']>[0], a: AssessmentRecord, file: string) =>
    c.header(
      'content-disposition',
      `attachment; filename="${a.clientName.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}-${file}"`,
    );

  return {
    createAssessment: async (c, { body }) => {
      const { orgId, consultant } = c.get('principal');
      const record = newAssessment(orgId, consultant, body, null);
      await deps.store.createAssessment(record);
      return toAssessmentView(record);
    },
    listAssessments: async (c, { query }) => {
      const page = await deps.store.listAssessments(c.get('principal').orgId, {
        limit: query.limit,
        cursor: query.cursor ?? null,
      });
      // The counts live on the assessment item: one query per page. Only assessments created before
      // the counts existed cost a light progress query each (bounded by the page size).
      const items = await Promise.all(
        page.items.map(async (a) => {
          const [invited, counted]: [number, number] =
            a.invitedCount !== undefined && a.submittedCount !== undefined
              ? [a.invitedCount, a.submittedCount]
              : await deps.store
                  .listStakeholderProgress(a.id)
                  .then((all) => [
                    all.filter((s) => s.status === 'active').length,
                    all.filter((s) => s.submittedAt).length,
                  ]);
          // Submissions in batches of the threshold, as the results publish them.
          return { ...toAssessmentView(a), progress: progressFromCounts(invited, counted, a.minGroupSize) };
        }),
      );
      return { items, cursor: page.cursor };
    },
    getAssessment: async (c, { params }) => {
      const assessment = await loadAssessment(deps, c, params.id);
      return toAssessmentDetail(assessment, await submissionsOf(assessment.id));
    },
    updateAssessment: async (c, { params, body }) => {
      const assessment = await loadAssessment(deps, c, params.id);
      const { version, ...update } = body;
      // Fixed from the first invitation: lowering would expose small groups, any change (raising
      // too) would move the batch boundaries, and a threshold that locked at the first submission
      // would answer "has anyone submitted?" to whoever tries to change it. So it locks on what the
      // consultant did (invite), never on what a stakeholder did.
      if (update.minGroupSize !== undefined && update.minGroupSize !== assessment.minGroupSize) {
        const everInvited =
          (assessment.invitedCount ?? 0) > 0 ||
          assessment.thresholdLocked === true ||
          (await deps.store.listStakeholderProgress(assessment.id)).length > 0;
        if (everInvited)
          throw new ApiError(
            409,
            'min_group_size_locked',
            'People have been invited: the minimum group size is fixed from the first invitation.',
            [{ path: 'minGroupSize', message: 'fixed once anyone is invited' }],
          );
      }
      const closing = update.status && update.status !== assessment.status;
      const updated = await deps.store.updateAssessment(
        assessment,
        closing
          ? { ...update, closedAt: update.status === 'closed' ? deps.now().toISOString() : null }
          : update,
        deps.now().toISOString(),
        version,
      );
      return toAssessmentView(updated);
    },
    startFollowUp: async (c, { params, body: overrides }) => {
      const baseline = await loadAssessment(deps, c, params.id);
      const { orgId, consultant } = c.get('principal');
      const record = newAssessment(
        orgId,
        consultant,
        {
          clientName: overrides.clientName ?? baseline.clientName,
          context: overrides.context ?? baseline.context,
          dueDate: overrides.dueDate ?? null,
          minGroupSize: overrides.minGroupSize ?? baseline.minGroupSize,
          language: overrides.language ?? baseline.language ?? 'en',
          rates: overrides.rates ?? baseline.rates ?? undefined,
        },
        baseline.id,
      );
      await deps.store.createAssessment(record);
      const carried = await carryOverInvitations(deps, baseline, record, baseUrl(deps, c));
      return { assessment: toAssessmentView(record), ...carried };
    },
    continueFollowUp: async (c, { params }) => {
      const followUp = await loadAssessment(deps, c, params.id);
      const baseline = followUp.baselineId
        ? await deps.store.getAssessment(followUp.orgId, followUp.baselineId)
        : null;
      if (!baseline) throw notFound('Baseline');
      if (followUp.status !== 'open')
        throw new ApiError(409, 'assessment_closed', 'The assessment is closed; reopen it to make changes.');
      const carried = await carryOverInvitations(deps, baseline, followUp, baseUrl(deps, c));
      return { assessment: toAssessmentView(followUp), ...carried };
    },
    getResults: async (c, { params, query }) => {
      const language = readerLanguage(c, query.lang);
      const assessment = await loadAssessment(deps, c, params.id);
      const { results } = await resultsOf(assessment, language);
      await accessed(c, assessment, 'viewed-results');
      return results;
    },
    exportAnswers: async (c, { params, query }) => {
      const language = readerLanguage(c, query.lang);
      const assessment = await loadAssessment(deps, c, params.id);
      attachment(c, assessment, 'answers.csv');
      // The same aggregates the results hold: no microdata leaves the product.
      const csv = answersCsv((await resultsOf(assessment, language)).results);
      await accessed(c, assessment, 'exported', 'answers.csv');
      return csv;
    },
    exportScores: async (c, { params, query }) => {
      const language = readerLanguage(c, query.lang);
      const assessment = await loadAssessment(deps, c, params.id);
      attachment(c, assessment, 'scores.csv');
      const csv = scoresCsv((await resultsOf(assessment, language)).results);
      await accessed(c, assessment, 'exported', 'scores.csv');
      return csv;
    },
    exportResults: async (c, { params, query }) => {
      const language = readerLanguage(c, query.lang);
      const assessment = await loadAssessment(deps, c, params.id);
      attachment(c, assessment, 'results.json');
      const { results } = await resultsOf(assessment, language);
      await accessed(c, assessment, 'exported', 'results.json');
      return { assessment: toAssessmentView(assessment), ...results };
    },
  };
};
