import type { Answers } from '../contract/answers';
import type { PriorityRow, ValidationView } from '../contract/calibration';
import type { Result } from '../contract/result';
import { inPublicationOrder, type Questionnaire, scoreMaturity } from '../core';
import { importanceOf, type PublishedImportance, prioritiesOf, publishedImportance } from '../core/priority';
import { msg, type Say, unsaid } from '../core/say';
import { applyValidation, type Validated } from '../core/validation';
import { type CalibrationInput, toEvidenceItem } from './calibration';
import type { CountedSubmission } from './respondents';

/** What the engine is given of the calibration, and the stakeholders' published importance. */
export interface CalibrationOptions {
  validated?: Validated;
  importance?: Record<string, number>;
  sources: Record<string, 'workshop' | 'stakeholders'>;
  stakeholders: Record<string, PublishedImportance>;
}

/**
 * The engine's options from the calibration: agreed levels with their evidence counts, and each
 * dimension's importance (the workshop's, else the stakeholders' mean over the published batches,
 * at least k raters in steps of k). Only published submissions are read.
 */
export const calibrationOptions = (
  q: Questionnaire,
  calibration: CalibrationInput | null,
  counted: readonly CountedSubmission[],
  published: number,
  k: number,
): CalibrationOptions => {
  const ids = q.dimensions.map((d) => d.id);
  const stakeholders = publishedImportance(ids, inPublicationOrder(counted).slice(0, published), k);
  const agreed = calibration?.record?.dimensions ?? {};
  const validated: Record<string, { level: number; evidence: number }> = {};
  const workshop: Record<string, number> = {};
  for (const id of ids) {
    const a = agreed[id];
    if (typeof a?.level === 'number')
      validated[id] = {
        level: a.level,
        evidence: calibration?.evidence.filter((e) => e.dimension === id).length ?? 0,
      };
    if (typeof a?.importance === 'number') workshop[id] = a.importance;
  }
  const chosen = importanceOf(ids, workshop, stakeholders);
  const importance = Object.fromEntries(Object.entries(chosen).map(([id, x]) => [id, x.value]));
  return {
    ...(Object.keys(validated).length > 0 ? { validated } : {}),
    ...(Object.keys(importance).length > 0 ? { importance } : {}),
    sources: Object.fromEntries(Object.entries(chosen).map(([id, x]) => [id, x.source])),
    stakeholders,
  };
};

const levelText = (level: number | null) => (level === null ? '–' : String(level));

/**
 * Surveyed and validated side by side, the audit trail in brief, and the priority map. The surveyed
 * figures are scored from the published answers only (the answers the result is scored from), so
 * nothing here is finer than what the results already publish.
 */
export const calibrationViews = (
  q: Questionnaire,
  calibration: CalibrationInput,
  options: CalibrationOptions,
  overallAnswers: readonly Answers[],
  result: Result | null,
  say: Say,
): { validation: ValidationView; priorities: PriorityRow[] } => {
  const surveyed = scoreMaturity(q, overallAnswers, unsaid);
  const outcome = applyValidation(q, surveyed, options.validated, say);
  const agreed = calibration.record?.dimensions ?? {};
  const dimensions = q.dimensions.map((d) => {
    const was = surveyed?.dimensions.find((x) => x.id === d.id);
    const now = result?.maturity.dimensions.find((x) => x.id === d.id);
    const difference = outcome.differences.find((x) => x.id === d.id);
    const rationale = agreed[d.id]?.rationale ?? null;
    return {
      id: d.id,
      name: d.name,
      surveyed: was?.score ?? null,
      surveyedLevel: was?.level ?? null,
      agreed: agreed[d.id]?.level ?? null,
      rationale,
      evidence: calibration.evidence.filter((e) => e.dimension === d.id).map(toEvidenceItem),
      confidence: now?.confidence ?? was?.confidence ?? 'none',
      explanation:
        difference && difference.surveyed !== difference.agreed
          ? [difference.explanation, rationale].filter(Boolean).join(' ')
          : null,
    };
  });
  const levelChanges = calibration.trail.filter((e) => e.field === 'level');
  const summary = q.dimensions.flatMap((d) => {
    const changes = levelChanges.filter((e) => e.dimension === d.id);
    const last = changes[0];
    if (!last) return [];
    return [
      say(
        msg('validation.trailSummary', {
          dimension: d.name,
          count: changes.length,
          date: last.at.slice(0, 10),
          from: levelText(last.from),
          to: levelText(last.to),
          why: last.why,
        }),
      ),
    ];
  });
  const importance = options.importance ?? {};
  const priorities = prioritiesOf(
    q.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      score: result?.maturity.dimensions.find((x) => x.id === d.id)?.score ?? null,
    })),
    importance,
    calibration.targets,
  ).map((p) => ({
    ...p,
    source: options.sources[p.id] ?? ('none' as const),
    stakeholders: options.stakeholders[p.id] ?? null,
  }));
  return {
    validation: {
      dimensions,
      explanation: outcome.explanation,
      trail: {
        changes: calibration.trail.length,
        lastChangeAt: calibration.trail[0]?.at ?? null,
        summary,
      },
    },
    priorities,
  };
};
