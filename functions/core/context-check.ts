import type { OrganisationContext } from '../contract/context';
import type { Evidence, Maturity } from '../contract/result';
import { MAX_LEVEL_ON_THIN_EVIDENCE } from './evidence';
import type { Questionnaire } from './questionnaire';
import { english, msg, type Say } from './say';
import { levelName } from './scoring';

/**
 * Answers the context contradicts. Level 3 and above describe shared practice that people who know
 * how to run projects keep up across the organisation's work; an organisation with no project
 * managers, no office and, by its own account, no project-management expertise has nobody to run
 * it, whatever its answers say (practice an outside provider or an office runs for it is another
 * matter: either gives the practice someone to keep it, so the rule reads all three). The context
 * is evidence of its own, given apart from the answers, so where the two disagree the answers are
 * not credited: the level counts at most as thin evidence's, confidence is low, and the result is a
 * direction until people who run the work confirm the answers in a team assessment (or the
 * consultant's calibration documents the practice). Our judgement (round 21: a business owner with no
 * project managers and no expertise rated 4.9 of 5 and was told "level 4, Managed; keep what
 * works", at medium confidence, beside a warning that the answers might be inflated).
 */
export const CONTRADICTED_FROM_LEVEL = 3;

/** The answers claim practice the context says nobody can run. */
export const contradictedByContext = (
  maturity: Pick<Maturity, 'level'>,
  context: Pick<OrganisationContext, 'pmExpertise' | 'projectManagers' | 'existingPmo'>,
): boolean =>
  context.pmExpertise === 'none' &&
  context.projectManagers === 0 &&
  (context.existingPmo ?? 'none') === 'none' &&
  maturity.level >= CONTRADICTED_FROM_LEVEL;

/**
 * The maturity and the evidence once the context has been read against the answers: unchanged where
 * they agree, or where a consultant's calibration has already settled the levels.
 */
export const withContextCheck = (
  q: Questionnaire,
  maturity: Maturity,
  evidence: Evidence,
  context: Pick<OrganisationContext, 'pmExpertise' | 'projectManagers' | 'existingPmo'>,
  calibrated: boolean,
  say: Say = english,
): { maturity: Maturity; evidence: Evidence } => {
  if (calibrated || !contradictedByContext(maturity, context)) return { maturity, evidence };
  const level = Math.min(maturity.level, MAX_LEVEL_ON_THIN_EVIDENCE);
  const said = say(msg('evidence.contextContradicts', { claimed: maturity.level, level }));
  return {
    maturity: {
      ...maturity,
      level,
      levelName: levelName(q, level),
      confidence: 'low',
      explanation: [...maturity.explanation, said],
    },
    evidence: { status: 'insufficient', reasons: [said, ...evidence.reasons] },
  };
};
