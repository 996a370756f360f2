import type { ExistingPmo, OrganisationContext } from '../contract/context';
import { eurPerUnit } from './currency';
import { controlledSpend, orderValueOf } from './customer-orders';

/** The context with the documented defaults of the optional fields filled in. */
export interface Situation extends OrganisationContext {
  existingPmo: ExistingPmo;
  regulated: boolean;
  annualProjectBudget: number | undefined;
  /** Euros per unit of the spend's currency, to place it against the engine's thresholds (currency.ts). */
  eurPerUnit: number;
  /** The stated spend where projects are customer orders: their yearly value (customer-orders.ts). */
  orderValue?: number;
  /** The units draw on one pool of people, which the office allocates (office/units.ts, withSharedPool). */
  sharedPool?: true;
  /** A hub opened first keeps the reviews its control rests on until the units' offices open (office/hub-first.ts, withHubReviews). */
  hubHoldsReviews?: true;
  /** The stakeholders ask for projects to be authorised, paused and stopped (office/push-triage.ts, withStopAsked). */
  stopAsked?: true;
  /** A hub opened first holds the group's cross-unit services until the units' offices open (office/hub-first.ts, hubHoldsGroup). */
  hubHoldsGroup?: true;
}

/** A context whose defaults are already filled in is returned as it is (the rules pass it around). */
export const situationOf = (c: OrganisationContext, currency?: string): Situation =>
  c.existingPmo !== undefined && c.regulated !== undefined && 'annualProjectBudget' in c && 'eurPerUnit' in c
    ? (c as Situation)
    : {
        ...c,
        existingPmo: c.existingPmo ?? 'none',
        regulated: c.regulated ?? false,
        // Customer orders' volume is not a stake the office controls (customer-orders.ts).
        annualProjectBudget: controlledSpend(c),
        // ...but what the orders are worth weighs in the need and prices the returns.
        ...(orderValueOf(c) === undefined ? {} : { orderValue: orderValueOf(c) }),
        eurPerUnit: eurPerUnit(currency),
      };

/** The yearly project spend in euros, for the engine's thresholds; undefined where none was given. */
export const spendInEur = (s: Pick<Situation, 'annualProjectBudget' | 'eurPerUnit'>): number | undefined =>
  s.annualProjectBudget === undefined ? undefined : s.annualProjectBudget * s.eurPerUnit;

/**
 * The spend the need and the returns read, in the spend's currency: the stated spend, order value
 * included (customer-orders.ts); the office's controls and ceilings read annualProjectBudget.
 */
export const statedSpend = (s: Pick<Situation, 'annualProjectBudget' | 'orderValue'>): number | undefined =>
  s.orderValue ?? s.annualProjectBudget;

export const formatNumber = (n: number): string =>
  Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
