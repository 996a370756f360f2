import type { StakeholderRole } from '../../contract/roles';

/** What the route helpers need of a question: the questionnaire's own type and the API document both fit. */
export interface RouteQuestion {
  id: string;
  text: string;
  levels: readonly string[];
  /** Roles that can answer from their own work; absent means everyone. */
  audience?: readonly StakeholderRole[] | readonly string[];
}

/** Whether a role can answer the question from its own work (a question without an audience is everyone's). */
export const isOwnQuestion = (question: Pick<RouteQuestion, 'audience'>, role: string | undefined): boolean =>
  role === undefined || !question.audience || question.audience.includes(role as StakeholderRole);

/** One question in the order a stakeholder meets it, numbered within its section. */
export interface Placed<Q> {
  question: Q;
  /** 1-based position as shown. */
  number: number;
  own: boolean;
}

/**
 * A section's questions in the order a stakeholder of `role` meets them: their own questions first,
 * the others after, each group in the questionnaire's order (a stable partition). Without a role,
 * the questionnaire's order.
 */
export const roleFirst = <Q extends Pick<RouteQuestion, 'audience'>>(
  questions: readonly Q[],
  role: string | undefined,
): Placed<Q>[] => {
  const own = questions.filter((q) => isOwnQuestion(q, role));
  const others = questions.filter((q) => !isOwnQuestion(q, role));
  return [...own, ...others].map((question, i) => ({ question, number: i + 1, own: own.includes(question) }));
};

/**
 * A respondent's answers without the questions they handed on as "not my area". The API refuses a
 * save that both rates and hands on a question, and the questionnaire clears one when setting the
 * other; this keeps a handed-on question out of every score even if an older rating lingers.
 */
export const withoutHandedOn = <A>(
  answers: Readonly<Record<string, A>>,
  handedOn: readonly string[] | undefined,
): Record<string, A> => {
  if (!handedOn || handedOn.length === 0) return { ...answers };
  const out: Record<string, A> = {};
  for (const [id, value] of Object.entries(answers)) if (!handedOn.includes(id)) out[id] = value;
  return out;
};
