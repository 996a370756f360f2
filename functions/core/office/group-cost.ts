import type { PmoService, PmoShape } from '../../contract/result';
import { thousand } from '../numbers';
import { type EngineMessage, msg } from '../say';
import type { Situation } from '../situation';
import { STAFFING_SPREAD, WORKDAYS_PER_YEAR } from './design';
import { orderControlsBilled, unitsPayOwn } from './hub-first';

/**
 * The group's whole cost beside its hub's: a hub's price is the hub's (hub-first.ts, unitsPayOwn),
 * but a board approving a hub and spoke approves the units' offices too. The cost leads with the
 * group's total, hub and units' offices, the units' part marked as paid by the units from their own
 * budgets at the same day rate as the staffing's sentence prices them. Our judgement (round 28: a
 * dairy co-operative's six plant offices, about the hub's cost again, stood only in the staffing
 * basis, never in the cost a board reads).
 */
export const groupTotal = (
  services: readonly PmoService[],
  shape: PmoShape,
  s: Situation,
  hub: { min: number; max: number },
  internalDayRate: number,
  currency: string,
): EngineMessage | null => {
  const fte = services
    .filter((x) => unitsPayOwn(s, shape, x.id) && !orderControlsBilled(s, shape, x.id))
    .reduce((a, x) => a + x.fte, 0);
  if (fte <= 0) return null;
  const units = (x: number) => thousand(x * internalDayRate * WORKDAYS_PER_YEAR);
  const unitsMin = units(fte * (1 - STAFFING_SPREAD));
  const unitsMax = units(fte * (1 + STAFFING_SPREAD));
  return msg('cost.groupTotal', {
    min: hub.min + unitsMin,
    max: hub.max + unitsMax,
    unitsMin,
    unitsMax,
    units: s.businessUnits ?? 1,
    currency,
  });
};
