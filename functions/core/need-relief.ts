import type { Factor, Maturity } from '../contract/result';
import { factor } from './factors';
import { regulatedControl } from './model-gates';
import { msg, type Say } from './say';
import type { Situation } from './situation';

/**
 * Need taken away where practice already carries what an office would add (round 29: a cargo
 * airline of 350 people, 6 projects, three strong project managers, maturity about 2.9, low
 * contention and low urgency, was given a controlling office by +10 for regulation and +10 for its
 * headcount while its maturity took nothing away; in aviation and rail, regulated change runs
 * through certified compliance systems, not through a PMO). Both reliefs read practice without an
 * office: where one is in place, the practice and the evidence trail may be its own work, and
 * taking its need away would remove what carries them (leads-first-cliff: an office in place is
 * never taken away by the count of project managers alone).
 */

/** No office in place: the practice measured is the organisation's own. */
const withoutOffice = (s: Pick<Situation, 'existingPmo'>): boolean => (s.existingPmo ?? 'none') === 'none';

/**
 * Practice close to defined (level 3) from this overall score: with strong project managers, people
 * rarely fought over and nothing pressing, it is taken as practice that half works. Our judgement: a
 * quarter level short of defined, where the organisation improves on its own without an office.
 */
export const NEAR_DEFINED_OVERALL = 2.75;

/**
 * ...and it takes away half of what defined practice does (the maturity factor's −10 from 3): near,
 * not yet there, so the need never falls more at 2.9 than at 3.0, and a mature small firm's
 * part-time coordinator (round 29's signed answer, 1-1.5 hours a week) stays where its points
 * still reach the threshold. Our judgement.
 */
export const NEAR_DEFINED_RELIEF = -5;

/** Practice near defined, led by strong project managers, with low contention and low urgency. */
export const nearDefinedPractice = (
  s: Pick<Situation, 'pmExpertise' | 'resourceContention' | 'urgency' | 'existingPmo'>,
  overall: number,
): boolean =>
  withoutOffice(s) &&
  overall >= NEAR_DEFINED_OVERALL &&
  s.pmExpertise === 'strong' &&
  s.resourceContention === 'low' &&
  s.urgency === 'low';

/**
 * What maturity takes away from the need: −20 from 3.5, −10 from defined practice (3), and
 * NEAR_DEFINED_RELIEF for near-defined practice with strong leads and nothing pressing.
 */
export const maturityFactor = (s: Situation, maturity: Maturity, say: Say): Factor => {
  const near = maturity.overall < 3 && nearDefinedPractice(s, maturity.overall);
  return factor(
    'maturity',
    say(msg('needf.maturity')),
    say(msg('fit.score', { score: maturity.overall })),
    maturity.overall >= 3.5 ? -20 : maturity.overall >= 3 ? -10 : near ? NEAR_DEFINED_RELIEF : 0,
    say(
      msg(maturity.overall >= 3 ? 'needf.maturityWorks' : near ? 'needf.nearDefined' : 'needf.maturityGap'),
    ),
  );
};

/**
 * Governance and risk control from this level (defined practice) carry a regulator's evidence
 * themselves: decisions, approvals and records already exist (a certified compliance system, a
 * safety management system), so regulation adds no work for an office. Our judgement, at the
 * target level the office's services build to (office/order.ts, TARGET_LEVEL).
 */
export const REGULATION_CARRIED_FROM = 3;

/** The points regulation adds to the need (pmo-need.ts), taken back where practice carries it. */
export const REGULATION_NEED_POINTS = 10;

/**
 * A regulated organisation whose governance and risk control reach REGULATION_CARRIED_FROM: the
 * regulator's evidence is no gap an office fills, so its points are taken back. Raising either
 * dimension never adds need.
 */
export const regulationCarriedFactors = (s: Situation, maturity: Maturity, say: Say): Factor[] => {
  if (s.regulated !== true || !withoutOffice(s)) return [];
  const control = regulatedControl(maturity);
  if (control === null || control < REGULATION_CARRIED_FROM) return [];
  return [
    factor(
      'regulation-carried',
      say(msg('needf.regulationCarried')),
      say(msg('fit.score', { score: control })),
      -REGULATION_NEED_POINTS,
      say(msg('needf.regulationCarriedWhy', { level: REGULATION_CARRIED_FROM })),
    ),
  ];
};
