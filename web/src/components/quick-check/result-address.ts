import type { Answers, AnswerValue } from '../../../../functions/contract/answers';
import type { Rates } from '../../../../functions/contract/api';
import type { QuestionnaireDocument } from '../../api/client';
import { withEditionThree } from '../context-fields-3';
import type { ContextDraft } from '../context-form';

/** The rates' names in the address; links made before rates existed carry none and still open. */
const RATE_PARAMS = { currency: 'cur', dayRate: 'rate', externalDayRate: 'xrate' } as const;

export const questionsOf = (model: QuestionnaireDocument) => model.dimensions.flatMap((d) => d.questions);

/** One character per question in questionnaire order: 1–5, d (don't know), n (not applicable), - (open). */
const encodeAnswers = (model: QuestionnaireDocument, answers: Answers): string =>
  questionsOf(model)
    .map((q) => {
      const v = answers[q.id];
      return v === undefined ? '-' : v === 'dont-know' ? 'd' : v === 'n/a' ? 'n' : String(v);
    })
    .join('');

const decodeAnswers = (model: QuestionnaireDocument, code: string): Answers => {
  const out: Record<string, AnswerValue> = {};
  questionsOf(model).forEach((q, i) => {
    const c = code[i];
    if (c && c >= '1' && c <= '5') out[q.id] = Number(c);
    else if (c === 'd') out[q.id] = 'dont-know';
    else if (c === 'n') out[q.id] = 'n/a';
  });
  return out as Answers;
};

/**
 * The result's own address: the edition, the context as named fields, the rates when given and the
 * answers as one short code, so a reload, a bookmark or a shared link shows the same result without storing anything. It
 * sits in the fragment, which browsers never send to a server, so no access log holds anyone's answers.
 */
export const resultFragment = (
  model: QuestionnaireDocument,
  context: ContextDraft,
  answers: Answers,
  rates?: Rates,
): string => {
  const q = new URLSearchParams({ v: model.version });
  for (const f of withEditionThree(model.context)) {
    const v = context[f.id as keyof ContextDraft];
    if (v !== undefined && v !== '') q.set(f.id, String(v));
  }
  if (rates) {
    q.set(RATE_PARAMS.currency, rates.currency);
    q.set(RATE_PARAMS.dayRate, String(rates.dayRate));
    if (rates.externalDayRate !== undefined)
      q.set(RATE_PARAMS.externalDayRate, String(rates.externalDayRate));
  }
  q.set('a', encodeAnswers(model, answers));
  return `#${q}`;
};

/** The rates a result address carries; checked by the API like any other input. */
const ratesIn = (q: URLSearchParams): Rates | undefined => {
  const currency = q.get(RATE_PARAMS.currency);
  const day = q.get(RATE_PARAMS.dayRate);
  if (!currency || !day) return undefined;
  const external = q.get(RATE_PARAMS.externalDayRate);
  return {
    currency,
    dayRate: Number(day),
    ...(external ? { externalDayRate: Number(external) } : {}),
  };
};

/** Reads a result address back; values are checked by the API like any other input. */
export const readFragment = (model: QuestionnaireDocument, fragment: string) => {
  const q = new URLSearchParams(fragment.replace(/^#/, ''));
  const context: ContextDraft = {};
  for (const f of withEditionThree(model.context)) {
    const v = q.get(f.id);
    if (v === null || v === '') continue;
    context[f.id as keyof ContextDraft] =
      f.kind === 'integer' || f.kind === 'number' ? Number(v) : f.kind === 'boolean' ? v === 'true' : v;
  }
  return { edition: q.get('v'), context, answers: decodeAnswers(model, q.get('a') ?? ''), rates: ratesIn(q) };
};

/** A result address as resultFragment writes it: an edition and one character per question. */
export const wellFormed = (model: QuestionnaireDocument, fragment: string): boolean => {
  const q = new URLSearchParams(fragment.replace(/^#/, ''));
  const code = q.get('a') ?? '';
  return !!q.get('v') && code.length === questionsOf(model).length && /^[1-5dn-]*$/.test(code);
};
