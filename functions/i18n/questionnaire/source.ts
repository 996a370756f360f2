import { CONTEXT_FIELDS, type ContextField } from '../../core/questionnaire/context-fields';
import type { Questionnaire } from '../../core/questionnaire/types';
import type { EditionText, FiveLevels, SharedText } from './types';

/** The two answers that are not a rating, in English. */
export const ENGLISH_SPECIAL: SharedText['special'] = {
  dontKnow: "Don't know",
  notApplicable: 'Not applicable',
};

/** The English texts, read from the questionnaire itself: the source the translations follow. */
export const editionTextOf = (q: Questionnaire): EditionText => ({
  answerRule: q.answerRule,
  dimensions: Object.fromEntries(
    q.dimensions.map((d) => [d.id, { name: d.name, summary: d.summary, quickWin: d.quickWin }]),
  ),
  questions: Object.fromEntries(
    q.dimensions.flatMap((d) => d.questions.map((x) => [x.id, { text: x.text, levels: x.levels }])),
  ),
});

const contextTextOf = (f: ContextField) => ({
  label: f.label,
  help: f.help,
  ...(f.options ? { options: Object.fromEntries(f.options.map((o) => [o.value, o.label])) } : {}),
});

export const sharedTextOf = (q: Questionnaire): SharedText => ({
  levels: q.levels.map((l) => ({
    name: l.name,
    description: l.description,
  })) as unknown as SharedText['levels'],
  special: ENGLISH_SPECIAL,
  services: Object.fromEntries(q.services.map((s) => [s.id, s.label])),
  context: Object.fromEntries(CONTEXT_FIELDS.map((f) => [f.id, contextTextOf(f)])),
});

export type { FiveLevels };
