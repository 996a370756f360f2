import type { PeopleAdvice } from './rollout-people';

/**
 * The people advice as priced where the office's own lead is bought in on contract for the push
 * (sourcing-mix.ts): that experienced lead is the one the push lacked, so no part-time experienced
 * lead is priced beside them (round 30: push offices sized on their repeats left room for the
 * contract lead where the bring-in had been cut by the spend, and both were priced).
 */
export const pricedBesideContractLead = (
  advice: PeopleAdvice | null,
  contract: boolean,
): PeopleAdvice | null =>
  contract && advice?.partTimeLeadDays ? { ...advice, partTimeLeadDays: 0 } : advice;
