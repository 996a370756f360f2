import { HOURS_PER_FTE, type OfficeRole } from './catalogue';

/**
 * From this many people's worth of services, the office's lead is one whole person who also carries
 * service work, not the share of a person that leading the others takes (the catalogue's basis,
 * office-lead: 30 % of the hours beyond one person, at most half a person). An office of three or
 * more people has one accountable head, and a role list reading "PMO lead 0.5" beside a plan that
 * hires an experienced lead from the market reads as a half-time head (round 31: a government
 * agency's 2.5–3.8 FTE office and a bank's 6-FTE office). Our judgement: from two and a half people
 * (the lower end of a three-person office's range) the lead holds a whole person's hours, taken
 * from the largest other roles; the office's total does not change. Below it the office's two roles
 * already give the lead every service but the analyst's (roles.ts, TWO_ROLES_BELOW_FTE).
 */
export const LEAD_WHOLE_FROM_FTE = 2.5;

/** The lead's hours made up to one person from the largest other roles, none left below `minRole` hours. */
export const wholeLead = (hours: Map<OfficeRole, number>, total: number, minRole: number): void => {
  const lead = hours.get('lead');
  if (lead === undefined || total / HOURS_PER_FTE < LEAD_WHOLE_FROM_FTE || lead >= HOURS_PER_FTE) return;
  let short = HOURS_PER_FTE - lead;
  const others = [...hours.entries()].filter(([r]) => r !== 'lead').sort((a, b) => b[1] - a[1]);
  for (const [role, h] of others) {
    const take = Math.min(short, Math.max(0, h - minRole));
    if (take <= 0) continue;
    hours.set(role, h - take);
    short -= take;
    if (short <= 0) break;
  }
  hours.set('lead', HOURS_PER_FTE - short);
};
