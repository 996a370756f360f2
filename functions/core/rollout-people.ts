import type { Rates } from '../contract/api';
import type { DimensionScore, Staffing } from '../contract/result';
import { ratesFor, WORKDAYS_PER_YEAR } from './business-case';
import { thousand } from './numbers';
import { CONTROLLED_PROJECT_SPEND } from './office/choice';
import { afterTriage } from './office/push-triage';
import { MIN_PROJECTS_FOR_OFFICE, missingLeads, PROJECTS_PER_LEAD } from './office/shape';
import { credibleProjects, managersStretched, PROJECTS_PER_MANAGER_STRETCH } from './project-count';
import { type OfficeLeadFill, pushLeadSteps, urgentPush } from './push-tempo';
import { type EngineMessage, msg, type Say } from './say';
import { type Situation, spendInEur } from './situation';

/**
 * Who leads the projects: the plan's advice about people, scaled to the organisation (round 10;
 * docs/scoring.md, "Round 10 changes"). Leads come first from the people who already run work,
 * trained a day or two; an experienced project manager is brought in from outside only where the
 * organisation's size, its urgency and its number of projects justify one, and never more than a
 * small share of its staff. Every figure here is our judgement.
 */

/** Below this many people a firm grows its own project leads: it hires no project manager and takes no interim. */
export const BRING_IN_FROM_EMPLOYEES = 50;
/** New project leads named at once are at most this share of the staff (one at least); the rest lead part-time... */
export const MAX_NEW_LEADS_SHARE = 0.05;
/** ...and those brought in from outside at most this share (one, where any is warranted)... */
export const MAX_BROUGHT_IN_SHARE = 0.02;
/** ...and about one experienced project manager for every this many new leads, whom they coach. */
export const NEW_LEADS_PER_EXPERIENCED = 5;
/** A firm that brings nobody in and has no expertise buys at most this many days of outside coaching. */
export const OUTSIDE_COACHING_DAYS = 3;
/** Where leads already learn the job in a shared way (competencies at this level), no basics course. */
export const TRAINED_FROM_LEVEL = 3;

import { type BringInVia, broughtInWithinSpend, PART_TIME_LEAD_DAYS_PER_MONTH } from './brought-in';

export {
  BROUGHT_IN_MAX_SPEND_SHARE,
  type BringInVia,
  broughtInWithinSpend,
  FIRST_LEAD_FREE_FROM_EMPLOYEES,
  FIRST_LEAD_FREE_FROM_PROJECTS,
  PART_TIME_LEAD_DAYS_PER_MONTH,
} from './brought-in';

export interface PeopleAdvice {
  /** Experienced project managers brought in from outside. */
  bringIn: number;
  via: BringInVia;
  /** More project leads appointed from the people who already run work. */
  appoint: number;
  /** The people who already run the work lead the (other) projects part-time, uncounted. */
  partTime: boolean;
  /** The people who lead projects get a day or two of basics training. */
  train: boolean;
  /** Days of outside coaching instead of a hire (0: none). */
  coachingDays: number;
  /** How many the organisation would bring in before the share-of-spend test, where the test cut them (broughtInWithinSpend). */
  cutFrom?: number;
  /** The people brought in add delivery leadership where the engine warns the managers are stretched (deliveryLeadGap). */
  stretched?: boolean;
  /** Days a month of a part-time experienced lead, where not even one person brought in passes the test (0 or absent: none). */
  partTimeLeadDays?: number;
}

/**
 * Delivery leadership missing where the engine warns that the project managers are stretched by
 * the number of projects they lead (warnings.ts, project-count.ts): the managers the projects call
 * for at the warning's own limit, less those there are, one at least (round 20: managers warned of
 * as stretched, then the money went to an office as large as the managers' community, with no step
 * to add a project manager on the largest projects). Agile teams are led by product owners: none
 * there. The plan adds at most DELIVERY_LEADS_FIRST_STEP of them (our judgement, the reviewer's
 * answer: "a third project manager or owner's representative"): the first step on the largest
 * projects, after which the office's view of capacity shows whether more are needed; a warning is
 * no head count.
 *
 * Spend per manager alone is no hire (round 21): developers, housing associations and estates
 * deliver through contractors, whose own teams run the sites, and a development manager carrying
 * EUR 6–30M a year is normal there; the same firm entered as working for customers got no hire. How
 * stretched a manager is shows in the projects (and hours) they carry, not in the money that passes
 * through them, so the spend check stays a question in the warnings (who is the owner's
 * representative on the largest schemes?), with no costed person behind it.
 */
export const DELIVERY_LEADS_FIRST_STEP = 1;
export const deliveryLeadGap = (s: Situation): number => {
  if (managersStretched(s) !== 'projects' || s.deliveryApproach === 'agile') return 0;
  const needed = Math.ceil(credibleProjects(s) / PROJECTS_PER_MANAGER_STRETCH);
  return Math.min(DELIVERY_LEADS_FIRST_STEP, Math.max(1, needed - s.projectManagers));
};

/** How many more people should lead projects: none where agile teams or strong expertise lead them. */
export const leadShortage = (s: Situation): number =>
  s.deliveryApproach === 'agile' || s.pmExpertise === 'strong' ? 0 : missingLeads(s);

/**
 * The people who lead the projects today lead them on, appointed and trained, whatever their
 * titles (partners lead a law firm's matters, principal investigators a research enterprise's
 * studies, programme officers a federation's programmes). Where someone has led such work
 * (pmExpertise basic or strong) the plan brings in at most this many experienced project managers
 * for the leads it lacks, one who leads the largest project and coaches the others, not one per five
 * new leads; and none where an office is in place, whose people coach the leads already. Round 27:
 * a law firm with a legal-PM team was told to hire project managers "to lead the largest projects",
 * and a research enterprise 16 of them. The one delivery lead a stretch of the managers calls for
 * stays (round 20, DELIVERY_LEADS_FIRST_STEP); where nobody has led such work, experienced people
 * still come one per NEW_LEADS_PER_EXPERIENCED new leads. Our judgement, the reviewers' answer.
 */
export const LEADS_WITHIN_EXPERIENCED = 1;

/**
 * A one-off push that cannot wait, or a project large enough to need cost and schedule control:
 * without expertise, it is led by someone who has done it before, whatever the firm's size (round 10).
 */
export const highStakes = (s: Situation): boolean =>
  (s.horizon === 'temporary' && s.urgency !== 'low') ||
  (spendInEur(s) ?? 0) / Math.max(1, s.concurrentProjects) >= CONTROLLED_PROJECT_SPEND;

/**
 * Projects this large each (yearly spend, in euros) are not a first project to learn on where nobody
 * has ever led one: they need someone who has (round 23: an agency of 1,500 with three projects of
 * about GBP 670k each and no expertise was given three days of coaching, "not a hire"). Our
 * judgement, half the spend at which a project needs cost and schedule control of its own
 * (CONTROLLED_PROJECT_SPEND): about the size where a mistake costs more than a year of the person
 * who would have avoided it. Whether the person comes full-time or part-time is the share-of-spend
 * test's (broughtInWithinSpend), as for every lead brought in.
 */
export const SIZEABLE_PROJECT_SPEND = 500_000;

/** Nobody has led such work, and the projects are sizeable: someone who has is brought in. */
export const sizeableWithoutExperience = (s: Situation): boolean =>
  s.pmExpertise === 'none' &&
  s.concurrentProjects > 0 &&
  (spendInEur(s) ?? 0) / s.concurrentProjects >= SIZEABLE_PROJECT_SPEND;

/** Size, urgency and the number of projects together justify bringing someone in from outside, or the stakes do. */
export const bringInWarranted = (s: Situation): boolean =>
  (s.employees >= BRING_IN_FROM_EMPLOYEES &&
    (s.urgency === 'high' || s.concurrentProjects >= MIN_PROJECTS_FOR_OFFICE)) ||
  (highStakes(s) && s.pmExpertise === 'none') ||
  sizeableWithoutExperience(s);

/** The most people an organisation brings in from outside: a small share of its staff, at least one. */
export const maxBroughtIn = (s: Pick<Situation, 'employees'>): number =>
  Math.max(1, Math.floor(s.employees * MAX_BROUGHT_IN_SHARE));

/** The most new project leads named at once: a sensible share of the staff, at least one. */
export const maxNewLeads = (s: Pick<Situation, 'employees'>): number =>
  Math.max(1, Math.floor(s.employees * MAX_NEW_LEADS_SHARE));

/**
 * A small setting counts no new project managers: in a firm under BRING_IN_FROM_EMPLOYEES people,
 * or at low urgency with few projects, the people who already run the work lead its projects.
 */
export const smallSetting = (s: Situation): boolean =>
  s.employees < BRING_IN_FROM_EMPLOYEES ||
  (s.urgency === 'low' && s.concurrentProjects < MIN_PROJECTS_FOR_OFFICE);

/**
 * The advice about people, or null where projects have leads and someone knows how to run them.
 * A small setting names no new project managers: the people who already run the work lead its
 * projects part-time, trained a day or two. Elsewhere up to a share of the staff is named as new
 * leads, from inside first; nobody with expertise, or fewer than half the leads needed, calls for
 * experienced people from outside where it is warranted (about one per five new leads). A firm
 * that brings nobody in and has no expertise buys a few days of coaching instead.
 */
export const peopleAdviceFor = (
  all: Situation,
  dimensions: readonly DimensionScore[],
): PeopleAdvice | null => {
  const s = afterTriage(all); // A triage cuts its projects to its leads first: no one is brought in for the rest.
  const noExpertise = s.pmExpertise === 'none' && s.concurrentProjects > 0;
  // Agile teams are led by product owners and the teams themselves: no project managers to add;
  // where nobody has done such work, a few days of outside coaching all the same (round 19).
  if (s.deliveryApproach === 'agile')
    return noExpertise
      ? {
          bringIn: 0,
          via: 'hire',
          appoint: 0,
          partTime: false,
          train: false,
          coachingDays: OUTSIDE_COACHING_DAYS,
        }
      : null;
  const shortage = leadShortage(s);
  // Where managers are stretched, experienced delivery leads come from outside if warranted.
  const gap = bringInWarranted(s) && !smallSetting(s) ? deliveryLeadGap(s) : 0;
  if (shortage === 0 && !noExpertise && gap === 0) return null;
  // New leads named at once: none in a small setting, never more than a share of the staff.
  const named = smallSetting(s) ? 0 : Math.min(shortage, maxNewLeads(s));
  const fromOutside = bringInWarranted(s) && (noExpertise || shortage > s.projectManagers);
  // A push, or a small firm's one large project, takes a contract project manager for its length.
  const via: BringInVia =
    s.horizon === 'temporary' || s.employees < BRING_IN_FROM_EMPLOYEES
      ? 'interim'
      : s.urgency === 'high'
        ? 'interim-then-hire'
        : 'hire';
  const forLeads = !fromOutside
    ? 0
    : noExpertise
      ? Math.max(1, Math.ceil(named / NEW_LEADS_PER_EXPERIENCED))
      : s.existingPmo !== 'none'
        ? 0
        : LEADS_WITHIN_EXPERIENCED;
  const wanted = Math.min(maxBroughtIn(s), Math.max(forLeads, gap));
  // The share-of-spend test: those who do not pass are named from inside, or led part-time.
  const bringIn = broughtInWithinSpend(s, wanted, via);
  const appoint = Math.max(0, named - bringIn);
  const partTime = shortage > named;
  const competencies = dimensions.find((d) => d.id === 'competencies')?.score ?? null;
  const trained = competencies !== null && competencies >= TRAINED_FROM_LEVEL;
  return {
    bringIn,
    via,
    ...(gap > forLeads && bringIn > 0 ? { stretched: true } : {}),
    ...(bringIn < wanted
      ? { cutFrom: wanted, partTimeLeadDays: bringIn === 0 ? PART_TIME_LEAD_DAYS_PER_MONTH : 0 }
      : {}),
    appoint,
    partTime,
    // Training new leads does not land inside an urgent push: its leads are workstream owners (peopleSteps).
    train: !urgentPush(s) && !trained && (appoint > 0 || partTime || (noExpertise && s.projectManagers > 0)),
    // A part-time experienced lead coaches as they lead: no days of coaching, "not a hire", beside them.
    coachingDays: bringIn === 0 && noExpertise && bringIn >= wanted ? OUTSIDE_COACHING_DAYS : 0,
  };
};

/**
 * A temporary office with a handful of projects (PROJECTS_PER_LEAD or fewer: one lead's worth) is
 * led by the experienced person the plan brings in: the office's lead and the project manager the
 * push lacks are one person, shown once in the staffing and costed once, in the office's cost
 * (round 16: a full-time office lead beside an interim for the largest of four projects).
 */
export const leadsTheOffice = (
  advice: PeopleAdvice | null,
  s: Pick<Situation, 'concurrentProjects' | 'horizon'>,
): boolean =>
  advice !== null &&
  advice.bringIn > 0 &&
  s.horizon === 'temporary' &&
  s.concurrentProjects <= PROJECTS_PER_LEAD;

/** The office's lead role named as the interim the plan brings in, and the part of it that person fills. */
export const interimLeadStaffing = (
  staffing: Staffing,
  lead: number,
  say: Say,
): { staffing: Staffing; fte: number } => {
  const role = staffing.roles[lead];
  if (!role) return { staffing, fte: 0 };
  return {
    staffing: {
      ...staffing,
      roles: staffing.roles.map((r, i) =>
        i === lead ? { ...r, role: say(msg('office.role.interimLead', { role: r.role })) } : r,
      ),
    },
    // One person: a lead role of a team (a head and section leads) has the interim at its head.
    fte: Math.min(1, role.fte),
  };
};

/**
 * The advice as plan steps. `owner`: true adds one named owner of all projects (a firm with no
 * office), false names none; 'office' (the default) is the office's own plan, whose lead the person
 * brought in may be (leadsTheOffice).
 */
export const peopleSteps = (
  advice: PeopleAdvice | null,
  s: Pick<Situation, 'concurrentProjects' | 'horizon' | 'urgency' | 'projectManagers'> &
    Partial<Pick<Situation, 'existingPmo' | 'annualProjectBudget' | 'eurPerUnit'>>,
  owner: boolean | 'office' = 'office',
  /** The office's lead, bought in or coached, is the push's accountable person (push-tempo.ts). */
  officeLead?: OfficeLeadFill,
): EngineMessage[] => {
  // An urgent push names one person accountable for all of it before anything else (push-tempo.ts).
  if (advice === null) return pushLeadSteps(s, officeLead);
  const asLead = owner === 'office' && leadsTheOffice(advice, s);
  const others = advice.bringIn - (asLead ? 1 : 0);
  return [
    ...pushLeadSteps(s, officeLead),
    ...(owner === true && advice.bringIn === 0 && !urgentPush(s) ? [msg('plan.people.owner')] : []),
    ...(asLead
      ? [
          msg('plan.people.bringInLead', {
            projects: s.concurrentProjects,
            via: msg(`plan.people.via.${advice.via}`, { count: 1 }),
          }),
        ]
      : []),
    ...(others > 0 && advice.stretched === true
      ? [
          msg('plan.people.deliveryLeads', {
            count: others,
            via: msg(`plan.people.via.${advice.via}`, { count: others }),
          }),
        ]
      : others > 0
        ? [
            msg('plan.bringInExperiencedPm', {
              count: others,
              projects: s.concurrentProjects,
              via: msg(`plan.people.via.${advice.via}`, { count: others }),
            }),
          ]
        : []),
    ...((advice.partTimeLeadDays ?? 0) > 0
      ? [msg('plan.people.partTimeLead', { days: advice.partTimeLeadDays ?? 0 })]
      : advice.cutFrom !== undefined
        ? [msg('plan.people.fewerBroughtIn', { count: advice.bringIn, wanted: advice.cutFrom })]
        : []),
    ...(advice.appoint > 0
      ? [
          urgentPush(s)
            ? msg('plan.people.workstreamOwners')
            : // An office in place already knows who leads what: each project's lead is checked, no
              // count of hires follows from a ratio (round 28: 350 studies with their own
              // coordinators were told to appoint 30 more project leads). Our judgement.
              (s.existingPmo ?? 'none') !== 'none'
              ? msg('plan.people.checkNamedLeads')
              : // Where nobody leads projects today, the leads named are the first, not "more".
                msg(s.projectManagers === 0 ? 'plan.people.appointFirst' : 'plan.people.appoint', {
                  count: advice.appoint,
                }),
        ]
      : []),
    ...(advice.partTime
      ? [msg('plan.people.partTimeLeads', { named: advice.appoint + advice.bringIn })]
      : []),
    ...(advice.train ? [msg('plan.people.train')] : []),
    ...(advice.coachingDays > 0 ? [msg('plan.people.coaching', { days: advice.coachingDays })] : []),
  ];
};

/** An interim with no horizon to follow is engaged for this many months (our judgement). */
export const INTERIM_MONTHS = 6;

/** The days of a part-time experienced lead over the push, or a first year. */
export const partTimeLeadDaysOf = (
  advice: PeopleAdvice | null,
  s: Pick<Situation, 'horizon' | 'horizonMonths'>,
): number => (advice?.partTimeLeadDays ?? 0) * (s.horizon === 'temporary' ? (s.horizonMonths ?? 12) : 12);

/**
 * What the people the plan brings in cost, said beside the office's cost: they are not the office's
 * people, so its cost leaves them out, but the client pays for them (round 10: a CFO's year-one
 * figure was 40–60 % short). An interim at the outside rate for the push or INTERIM_MONTHS; a hire
 * at the internal rate for a year; outside coaching by the day at the outside rate. `leadInOffice`:
 * the first person brought in leads the office and is in its cost already (leadsTheOffice).
 */
export const peopleCostNotes = (
  advice: PeopleAdvice | null,
  s: Situation,
  rates: Rates | undefined,
  currency: string,
  leadInOffice = false,
): EngineMessage[] => {
  if (!advice) return [];
  const r = ratesFor(rates);
  const coaching =
    advice.coachingDays > 0
      ? [
          msg('plan.people.cost.coaching', {
            days: advice.coachingDays,
            amount: thousand(advice.coachingDays * r.external),
            currency,
          }),
        ]
      : [];
  const leadDays = partTimeLeadDaysOf(advice, s);
  const partTimeLead =
    leadDays > 0
      ? [
          msg('plan.people.cost.partTimeLead', {
            days: leadDays,
            amount: thousand(leadDays * r.external),
            currency,
          }),
        ]
      : [];
  const count = advice.bringIn - (leadInOffice ? 1 : 0);
  if (count <= 0) return [...partTimeLead, ...coaching];
  const months = s.horizon === 'temporary' ? (s.horizonMonths ?? 12) : INTERIM_MONTHS;
  const interim = msg('plan.people.cost.interim', {
    count,
    months,
    amount: thousand(count * (months / 12) * WORKDAYS_PER_YEAR * r.external),
    currency,
  });
  const hire = msg('plan.people.cost.hire', {
    count,
    amount: thousand(count * WORKDAYS_PER_YEAR * r.internal),
    currency,
  });
  return [
    ...(advice.via === 'interim' ? [interim] : advice.via === 'hire' ? [hire] : [interim, hire]),
    ...coaching,
  ];
};
