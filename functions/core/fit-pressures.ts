import type { OrganisationContext } from '../contract/context';
import type { Factor } from '../contract/result';
import { factor } from './factors';
import { msg, type Say } from './say';

/**
 * Situations that weigh on the degree of control whatever the maturity: an urgent temporary push
 * needs decisions taken, strong project managers need little checking. Used by model-fit.ts.
 */

/** Competencies at this level, with strong expertise, make central checking of projects redundant. */
export const STRONG_COMPETENCIES = 3.5;

/** A temporary push at high urgency: it must get decisions taken, not only reported. */
const urgentPush = (c: OrganisationContext): boolean => c.horizon === 'temporary' && c.urgency === 'high';

export const pushFactor = (c: OrganisationContext, say: Say, points: number): Factor[] =>
  urgentPush(c)
    ? [
        factor(
          'urgent-push',
          say(msg('fit.urgentPush')),
          say(msg('appetite.high')),
          points,
          say(msg('fit.pushDrivesDecisions')),
        ),
      ]
    : [];

/** Strong project managers who practise well run their projects: checking them centrally adds little. */
export const strongLeads = (c: OrganisationContext, competencies: number | null, say: Say): Factor[] =>
  c.pmExpertise === 'strong' && competencies !== null && competencies >= STRONG_COMPETENCIES
    ? [
        factor(
          'strong-leads',
          say(msg('fit.strongLeads')),
          say(msg('fit.score', { score: competencies })),
          -10,
          say(msg('fit.strongLeadsNeedLessChecking')),
        ),
      ]
    : [];

/** Governance and risk control below this, in a regulated organisation, are findings waiting to happen. */
export const REGULATED_CONTROL_LEVEL = 2.5;

/**
 * A regulated organisation whose governance and risk control are weak needs change that is
 * controlled (approved, recorded, checked), not only reported (round 10).
 */
export const regulatedGap = (
  c: OrganisationContext,
  control: number | null,
  say: Say,
  points: number,
): Factor[] =>
  c.regulated === true && control !== null && control < REGULATED_CONTROL_LEVEL
    ? [
        factor(
          'regulated-control',
          say(msg('fit.regulatedControl')),
          say(msg('fit.score', { score: control })),
          points,
          say(msg('fit.regulatorExpectsControlledChange')),
        ),
      ]
    : [];
