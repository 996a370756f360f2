import { commercialPressure } from '../order-controls';
import type { Situation } from '../situation';
import { spendInEur } from '../situation';
import { CONTROLLED_PROJECT_SPEND } from '../spend-scale';
import { CONTROLS_MIN_SPEND, type ServiceId } from './catalogue';
import { controlsStake } from './precedence';

/** What the situation alone weighs on each service, besides any maturity gap (choice.ts). */

/**
 * A service a regulator requires is a duty, not a degree of control: a regulated organisation's
 * evidence trail is held by any office. Its reviews are not: they are held, as anywhere, where
 * governance and risk control fall short, stakeholders ask or the office runs them already.
 */
export const isDuty = (id: ServiceId, s: Situation): boolean => id === 'assurance' && s.regulated === true;

/** Why the situation alone asks for a service (besides any maturity gap). */
export const contextPressure = (id: ServiceId, s: Situation): number => {
  switch (id) {
    case 'assurance':
      // The evidence trail a regulator requires; the reviews weigh by their gap, like any service.
      return s.regulated ? 1 : 0;
    case 'capacity-planning':
      return s.resourceContention === 'high' ? 1.5 : s.resourceContention === 'medium' ? 0.5 : 0;
    case 'portfolio-prioritisation':
    case 'lean-portfolio':
      return s.resourceContention === 'high' ? 1 : 0;
    case 'coaching':
      return s.pmExpertise === 'none' ? 1 : 0;
    case 'portfolio-controls':
      return (spendInEur(s) ?? 0) >= CONTROLS_MIN_SPEND &&
        (spendInEur(s) ?? 0) / Math.max(1, s.concurrentProjects) >= CONTROLLED_PROJECT_SPEND
        ? 1 + controlsStake(s)
        : 0;
    // What is at stake in each project or order weighs on the controls over it (order-controls.ts).
    case 'programme-controls':
      return commercialPressure(s);
    case 'push-management':
    case 'status-reporting':
    case 'hub-coordination':
    case 'project-coordination':
      return 0.5;
    default:
      return 0;
  }
};
