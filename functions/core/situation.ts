import type { ExistingPmo, OrganisationContext } from '../contract/context';

/** The context with the documented defaults of the optional fields filled in. */
export interface Situation extends OrganisationContext {
  existingPmo: ExistingPmo;
  regulated: boolean;
  annualProjectBudget: number | undefined;
}

/** A context whose defaults are already filled in is returned as it is (the rules pass it around). */
export const situationOf = (c: OrganisationContext): Situation =>
  c.existingPmo !== undefined && c.regulated !== undefined && 'annualProjectBudget' in c
    ? (c as Situation)
    : {
        ...c,
        existingPmo: c.existingPmo ?? 'none',
        regulated: c.regulated ?? false,
        annualProjectBudget: c.annualProjectBudget,
      };

export const formatNumber = (n: number): string =>
  Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
