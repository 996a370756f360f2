import type { Answers } from '../contract/answers';
import type { Questionnaire } from './questionnaire';

/** A dimension at least this share of whose answers are "n/a" does not apply to the organisation. */
export const NOT_APPLICABLE_SHARE = 0.5;

/** Dimensions the respondents mostly marked "not applicable": no service or KPI is built for them. */
export const notApplicableOf = (q: Questionnaire, answerSets: readonly Answers[]): Set<string> => {
  const out = new Set<string>();
  for (const d of q.dimensions) {
    let na = 0;
    let given = 0;
    for (const set of answerSets)
      for (const question of d.questions) {
        const a = set[question.id];
        if (a === undefined) continue;
        given++;
        if (a === 'n/a') na++;
      }
    if (given > 0 && na / given >= NOT_APPLICABLE_SHARE) out.add(d.id);
  }
  return out;
};
