import type { ExistingPmo, OrganisationContext } from '../contract/context';
import { eurPerUnit } from './currency';
import { controlledSpend } from './customer-orders';

/** The context with the documented defaults of the optional fields filled in. */
export interface Situation extends OrganisationContext {
  existingPmo: ExistingPmo;
  regulated: boolean;
  annualProjectBudget: number | undefined;
  /** Euros per unit of the spend's currency, to place it against the engine's thresholds (currency.ts). */
  eurPerUnit: number;
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
        eurPerUnit: eurPerUnit(currency),
      };

/** The yearly project spend in euros, for the engine's thresholds; undefined where none was given. */
export const spendInEur = (s: Pick<Situation, 'annualProjectBudget' | 'eurPerUnit'>): number | undefined =>
  s.annualProjectBudget === undefined ? undefined : s.annualProjectBudget * s.eurPerUnit;

export const formatNumber = (n: number): string =>
  Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
