import type { OrganisationContext } from '../contract/context';
import type { PmoAction, SourcingId } from '../contract/result';
import { PROJECTS_PER_LEAD } from './office/shape';

/**
 * Who staffs the office the result names: a mixed team that lasts where the organisation cannot
 * make the office its own, and a contract lead where nobody inside can lead an office said to be
 * internal (round 16). Every figure here is our judgement, said beside it.
 */

/** An office larger than this share of the organisation's people is staffed largely from outside. */
export const OWN_STAFF_SHARE = 0.1;

/**
 * A lasting office over OWN_STAFF_SHARE of the organisation's people cannot become all its own: its
 * mixed team lasts, an own core beside outside specialists who stay, and nothing is handed over
 * (round 16: a developer of 40 people with 250M a year of construction was ruled out of an own
 * office for its size, then handed the whole office after six months). The threshold is the one
 * that rules the own office out, so the two never disagree.
 */
export const mixedForGood = (c: Pick<OrganisationContext, 'horizon' | 'employees'>, fte: number): boolean =>
  c.horizon !== 'temporary' && fte > OWN_STAFF_SHARE * c.employees;

/**
 * The own core of a lasting mixed team is at most this share of the office (our judgement: in an
 * owner's controls office the planners and cost and schedule controllers, the specialists bought in,
 * are half of it or more; the lead, the portfolio view and the analyst who feeds the board stay own).
 */
export const OWN_CORE_MAX_SHARE = 0.5;

/**
 * The own people in a lasting mixed team of `fte`: its lead at least (one person, or the whole
 * office if smaller), at most OWN_CORE_MAX_SHARE of the office and at most OWN_STAFF_SHARE of the
 * organisation's people.
 */
export const ownCoreFte = (c: Pick<OrganisationContext, 'employees'>, fte: number): number =>
  Math.min(fte, Math.max(1, Math.min(fte * OWN_CORE_MAX_SHARE, OWN_STAFF_SHARE * c.employees)));

/**
 * Own people lead an office where an office is in place, where the organisation has at least
 * this many project managers with some expertise (the number at which the internal option counts
 * its project managers as able to staff the office, sourcing.ts), or where it has any project
 * manager whose expertise is strong: a contract lead is for expertise that is missing, not for a
 * small count of strong managers (round 19: a bid office with 2 strong project managers was given
 * an interim "since nobody inside has led such work", which 4 of them took away; our judgement).
 */
export const OWN_LEADS_FROM_PMS = 3;

/**
 * An urgent push with no office in place is led by someone who has led such work at its pace:
 * project managers of basic expertise learn as they go, which a deadline that cannot move does not
 * wait for, however many of them there are (round 28: a regulator-ordered remediation and a merger
 * integration, each with four basic project managers, were led "from your own people", where the
 * experienced lead bought in is the key choice; a student-records replacement the same). Strong
 * expertise, or an office in place, leads the push from inside. The practitioners' answer.
 */
export const pushLeadFromOutside = (
  c: Pick<OrganisationContext, 'horizon' | 'urgency' | 'pmExpertise' | 'existingPmo'>,
): boolean =>
  c.horizon === 'temporary' &&
  c.urgency === 'high' &&
  (c.existingPmo ?? 'none') === 'none' &&
  c.pmExpertise !== 'strong';

export const ownCanLead = (
  c: Pick<OrganisationContext, 'projectManagers' | 'pmExpertise' | 'existingPmo' | 'horizon' | 'urgency'>,
): boolean =>
  !pushLeadFromOutside(c) &&
  ((c.existingPmo ?? 'none') !== 'none' ||
    (c.projectManagers >= OWN_LEADS_FROM_PMS && c.pmExpertise !== 'none') ||
    (c.projectManagers >= 1 && c.pmExpertise === 'strong'));

/**
 * An office in place of more than this many people has a lead and a team who keep the critical
 * projects in sight while it is reset: no interim lead is put over them (round 24: a 12-FTE office
 * was told to put an interim PMO lead on the critical projects). Our judgement: up to a few people,
 * a reset office may have nobody free to lead it through the change.
 */
export const IN_PLACE_LEADS_ITSELF_FTE = 3;

/**
 * The plan opens with an interim lead: an urgent need where no office runs today (or the one in
 * place, of a few people at most, is reset).
 */
export const opensWithInterim = (
  c: Pick<OrganisationContext, 'urgency' | 'existingPmo' | 'existingPmoFte'>,
  action: PmoAction | null,
): boolean =>
  c.urgency === 'high' &&
  ((c.existingPmo ?? 'none') === 'none' ||
    (action === 'reset' && (c.existingPmoFte ?? 0) <= IN_PLACE_LEADS_ITSELF_FTE));

/**
 * An internal office whose plan brings in an interim lead that nobody inside can be, and for whom
 * the plan names nobody else brought in: that lead is a contract person, the office's lead role,
 * named in its staffing and costed at the outside rate (round 16: a 6-month relocation said
 * "internal" at 20/100, noted it had nobody to staff it, then put an interim lead in uncosted).
 * An urgent push nobody inside can lead (pushLeadFromOutside) takes its office's lead on contract
 * beside the project managers it brings in for its projects, unless one of them leads the office
 * (a push of a handful of projects, leadsTheOffice in rollout-people.ts): otherwise its plan put "an
 * interim PMO lead" in that nobody priced (round 28).
 */
export const contractLead = (
  c: Pick<
    OrganisationContext,
    | 'urgency'
    | 'existingPmo'
    | 'existingPmoFte'
    | 'projectManagers'
    | 'pmExpertise'
    | 'horizon'
    | 'concurrentProjects'
  >,
  sourcing: SourcingId | null,
  action: PmoAction | null,
  broughtIn: number,
): boolean =>
  sourcing === 'internal' &&
  (broughtIn === 0 || (pushLeadFromOutside(c) && c.concurrentProjects > PROJECTS_PER_LEAD)) &&
  opensWithInterim(c, action) &&
  !ownCanLead(c);

/**
 * The interim lead of an internal office that own people can lead (ownCanLead), where the plan
 * brings nobody in: one of the organisation's own people, freed to lead now, and so paid at the own
 * rate the cost counts (round 25: carve-out and integration offices were told to "put an interim
 * PMO lead on now", read as someone bought in, while sourcing said internal and the cost priced
 * everyone at the own rate). The plan names the lead as own, so plan, sourcing and cost agree.
 */
export const ownInterimLead = (
  c: Pick<OrganisationContext, 'projectManagers' | 'pmExpertise' | 'existingPmo' | 'horizon' | 'urgency'>,
  sourcing: SourcingId | null,
  broughtIn: number,
): boolean => sourcing === 'internal' && broughtIn === 0 && ownCanLead(c);

const midFte = (staffing?: { fte: { min: number; max: number } } | null): number =>
  staffing ? (staffing.fte.min + staffing.fte.max) / 2 : 0;

/** A lasting hybrid office whose outside team hands its roles to own staff (not a push's, not a mix for good). */
export const handsOver = (
  sourcing: SourcingId,
  s: Pick<OrganisationContext, 'horizon' | 'employees'>,
  staffing?: { fte: { min: number; max: number } } | null,
): boolean => sourcing === 'hybrid' && s.horizon !== 'temporary' && !mixedForGood(s, midFte(staffing));

/** A hybrid office whose mixed team lasts: its outside specialists stay (mixedForGood). */
export const staysMixed = (
  sourcing: SourcingId | null,
  s: Pick<OrganisationContext, 'horizon' | 'employees'>,
  staffing?: { fte: { min: number; max: number } } | null,
): boolean => sourcing === 'hybrid' && mixedForGood(s, midFte(staffing));
