import { Hono } from 'hono';
import * as z from 'zod';
import { CreateAssessmentRequest, ListQuery, UpdateAssessmentRequest } from '../../contract/assessments';
import { disclose, type Questionnaire } from '../../core';
import type { AssessmentRecord } from '../../store/records';
import { answersCsv, scoresCsv } from '../exports';
import { ApiError } from '../http/errors';
import { parse, readBody } from '../http/validate';
import { inviteStakeholder } from '../invitations';
import { buildResults, countedSubmissions, type Submissions } from '../results';
import { newSortableId } from '../security/tokens';
import type { ConsultantEnv, WorkspaceDeps } from '../types';
import { responseRate, toAssessmentDetail, toAssessmentView } from '../views';
import { baseUrl, loadAssessment } from './workspace-helpers';

const FollowUpRequest = CreateAssessmentRequest.partial().strict();

const questionCount = (q: Questionnaire) => q.dimensions.reduce((n, d) => n + d.questions.length, 0);

/** Consultant routes over assessments: create, list, read, update, follow up, results and exports. */
export const assessmentRoutes = (q: Questionnaire, deps: WorkspaceDeps) => {
  const submissionsOf = async (assessmentId: string): Promise<Submissions> => {
    const [stakeholders, retired] = await Promise.all([
      deps.store.listStakeholders(assessmentId),
      deps.store.listRetiredSubmissions(assessmentId),
    ]);
    return { stakeholders, retired };
  };

  const resultsOf = async (assessment: AssessmentRecord) => {
    const submissions = await submissionsOf(assessment.id);
    let baseline = null;
    if (assessment.baselineId) {
      const before = await deps.store.getAssessment(assessment.orgId, assessment.baselineId);
      if (before) baseline = { assessment: before, submissions: await submissionsOf(before.id) };
    }
    return { results: buildResults(q, assessment, submissions, baseline) };
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
      createdBy: consultant,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
  };

  return new Hono<ConsultantEnv>()
    .post('/', async (c) => {
      const body = await readBody(c, CreateAssessmentRequest);
      const { orgId, consultant } = c.get('principal');
      const record = newAssessment(orgId, consultant, body, null);
      await deps.store.createAssessment(record);
      return c.json(toAssessmentView(record), 201);
    })
    .get('/', async (c) => {
      const query = parse(ListQuery, c.req.query(), 'query');
      const page = await deps.store.listAssessments(c.get('principal').orgId, {
        limit: query.limit,
        cursor: query.cursor ?? null,
      });
      // One light progress query per assessment on the page: bounded by the page size (at most 100).
      const items = await Promise.all(
        page.items.map(async (a) => {
          const rate = responseRate(await deps.store.listStakeholderProgress(a.id));
          return {
            ...toAssessmentView(a),
            progress: { invited: rate.invited, submitted: rate.submitted, rate: rate.overall },
          };
        }),
      );
      return c.json({ items, cursor: page.cursor });
    })
    .get('/:id', async (c) => {
      const assessment = await loadAssessment(deps, c);
      const stakeholders = await deps.store.listStakeholders(assessment.id);
      return c.json(toAssessmentDetail(assessment, stakeholders, questionCount(q)));
    })
    .patch('/:id', async (c) => {
      const assessment = await loadAssessment(deps, c);
      const { version, ...update } = await readBody(c, UpdateAssessmentRequest);
      // Fixed once answers arrive: lowering would expose small groups, and any change (raising
      // too) would move the batch boundaries, so two thresholds' results would differ by one person.
      if (
        update.minGroupSize !== undefined &&
        update.minGroupSize !== assessment.minGroupSize &&
        assessment.thresholdLocked
      ) {
        throw new ApiError(
          409,
          'min_group_size_locked',
          'Responses have been submitted: the minimum group size is fixed from now on.',
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
      return c.json(toAssessmentView(updated));
    })
    .post('/:id/follow-up', async (c) => {
      const baseline = await loadAssessment(deps, c);
      const overrides = await readBody(c, FollowUpRequest);
      const { orgId, consultant } = c.get('principal');
      const record = newAssessment(
        orgId,
        consultant,
        {
          clientName: overrides.clientName ?? baseline.clientName,
          context: overrides.context ?? baseline.context,
          dueDate: overrides.dueDate ?? null,
          minGroupSize: overrides.minGroupSize ?? baseline.minGroupSize,
        },
        baseline.id,
      );
      await deps.store.createAssessment(record);
      const previous = (await deps.store.listStakeholders(baseline.id)).filter((s) => s.status !== 'revoked');
      const invites = [];
      for (const s of previous) {
        invites.push(
          await inviteStakeholder(
            deps,
            record,
            { role: s.role, ...(s.name ? { name: s.name } : {}), ...(s.email ? { email: s.email } : {}) },
            baseUrl(deps, c),
          ),
        );
      }
      return c.json({ assessment: toAssessmentView(record), invites }, 201);
    })
    .get('/:id/results', async (c) => {
      const assessment = await loadAssessment(deps, c);
      return c.json((await resultsOf(assessment)).results);
    })
    .get('/:id/export/:file', async (c) => {
      const assessment = await loadAssessment(deps, c);
      const { file } = parse(
        z.object({ file: z.enum(['answers.csv', 'scores.csv', 'results.json']) }),
        { file: c.req.param('file') },
        'path',
      );
      const name = `${assessment.clientName.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}-${file}`;
      c.header('content-disposition', `attachment; filename="${name}"`);
      if (file === 'answers.csv') {
        // Raw answers need only the submissions, not the results or the baseline.
        const counted = countedSubmissions(await submissionsOf(assessment.id));
        c.header('content-type', 'text/csv; charset=utf-8');
        return c.body(answersCsv(q, disclose(q, counted, assessment.minGroupSize).shownGroups));
      }
      const { results } = await resultsOf(assessment);
      if (file === 'results.json') return c.json({ assessment: toAssessmentView(assessment), ...results });
      c.header('content-type', 'text/csv; charset=utf-8');
      return c.body(scoresCsv(results));
    });
};
