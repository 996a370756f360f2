import type { EngineKey } from '../say';
import type { Situation } from '../situation';
import { hubReason } from './roles';

/**
 * The shape sentence's key: a hub's by whether it controls (roles.ts), and a portfolio office said
 * for the work it serves. Where every project is a customer order, it is an office for the orders
 * the organisation delivers to its clients, not "for the organisation's projects"; where it runs
 * both, for its client orders and its own change (round 30: a managed-service provider's delivery
 * office was labelled a portfolio office for the organisation's projects).
 */
export const shapeReasonKey = <R extends string>(
  reason: R,
  controls: boolean | undefined,
  s: Pick<Situation, 'controlAppetite' | 'projectsFor'>,
): EngineKey => {
  const key: string = hubReason(reason, controls, s);
  const said =
    key !== 'portfolio'
      ? key
      : s.projectsFor === 'customers'
        ? 'portfolioCustomers'
        : s.projectsFor === 'both'
          ? 'portfolioBoth'
          : key;
  return `shape.reason.${said}` as EngineKey;
};
