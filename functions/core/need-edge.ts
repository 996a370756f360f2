import { SPEND_CEILINGS, spendShareFor } from './office/spend-share';
import { MIN_PROJECTS_FOR_OFFICE } from './office/units';
import { urgentPush } from './push-tempo';
import type { Situation } from './situation';
import { largeProjects } from './spend-scale';

/**
 * Where an office starts: the smallest office, and the shares of headcount and of project spend it
 * may take (pmo-need.ts applies them as gates). docs/scoring.md, "Does the organisation need a PMO?".
 */

/** The smallest office is one full-time person... */
export const MIN_OFFICE_FTE = 1;
/**
 * ...and it may take at most this share of headcount; below that size a part-time role serves.
 * The same share as the brake that holds a lasting office to the organisation's people
 * (office/design.ts, OFFICE_HEADCOUNT_SHARE): below it, any office would be held under one person,
 * a part-time seat called an office (round 16: a 40-person start-up got a chartered office of half
 * a person, where 30 people got a coordinator). Our judgement, kept equal to the brake by a test.
 */
export const MAX_OFFICE_SHARE = 0.02;
export const MIN_EMPLOYEES_FOR_OFFICE = Math.ceil(MIN_OFFICE_FTE / MAX_OFFICE_SHARE);
/** A temporary push with a known spend is not held to headcount (office/design.ts): its gate stays at this share. */
export const PUSH_MAX_OFFICE_SHARE = 0.03;
/**
 * The line from which the result warns that a lasting office is expensive for its spend
 * (office/design.ts, WARN_SPEND_SHARE): a warning, never a verdict. docs/scoring.md, issue 19.
 */
export const MAX_SPEND_SHARE = SPEND_CEILINGS.line;
/**
 * A new lasting office's smallest size (one full-time person) may cost at most this share of yearly
 * project spend (when spend is given): the hard line an office is designed to (office/design.ts,
 * MAX_SPEND_SHARE_OFFICE), so "no office" for spend reasons only where even the smallest office is
 * above the line the office itself would be held to; between the warning line (3 %) and this one the
 * office is recommended with the warning, which asks what the spend includes. Issue 19's bounds (a
 * warning from 3 %, no office recommended above 5 %); round 25: a co-packer's launch office became
 * "no office" at 3.3 % of its spend, and a 1,800-person platform "no PMO" at 4.5 M but an office at 5 M.
 */
export const NEW_OFFICE_SPEND_GATE = SPEND_CEILINGS.office;
/**
 * A temporary push, or an office already in place, may cost up to this share of spend at its
 * smallest: a push's overhead above 3 % is usual (the warning says so), and a working office is
 * not dismantled on the spend ratio alone. The product's earlier ceiling, our judgement.
 */
export const PUSH_MAX_SPEND_SHARE = SPEND_CEILINGS.pushGate;

/**
 * The spend share the smallest office may take here: a push's is at least the share its office is
 * held to (office/design.ts), so a push never loses its office to a gate stricter than its own
 * ceiling (round 17: a six-month regulatory remediation got no office at 1.5 M and an office at 1.6 M).
 */
export const spendShareLimit = (s: Situation): number =>
  (s.horizon === 'lasting' || projectPush(s)) && s.existingPmo === 'none'
    ? NEW_OFFICE_SPEND_GATE
    : Math.max(PUSH_MAX_SPEND_SHARE, s.horizon === 'temporary' ? spendShareFor(s) : 0);

/**
 * A push around a handful of projects, none of them large (fewer than MIN_PROJECTS_FOR_OFFICE, the
 * line below which a lasting portfolio is coordinated part-time): one project with a few beside it,
 * which the practitioner strengthens (project support, a steering rhythm, a go-live gate) rather
 * than giving it an office. Its smallest office is held to the same 5 % as a lasting need: the push's
 * looser ceiling pays for coordinating several streams at once, which such a push does not have
 * (round 21: a nine-month ERP replacement with two small projects got a programme office at 5.9 %
 * of spend, where a lasting need is refused one above 5 %). Our judgement.
 */
export const projectPush = (s: Situation): boolean =>
  s.horizon === 'temporary' &&
  s.concurrentProjects < MIN_PROJECTS_FOR_OFFICE &&
  !largeProjects(s) &&
  !programmePush(s);

/**
 * An urgent push of this many months or more around its few projects is a programme, not one
 * project strengthened: it runs through build, test, cut-over and the weeks after, and the one
 * project that carries most of its spend needs a programme office of about a person beside the
 * supplier's project manager, however many small projects stand beside it (round 25: a 300-person
 * firm's 12-month ERP with four small projects got "no office" at 9.5 % of spend and a programme
 * office at six projects; a brewery's 18-month ERP lost its office going from six projects to
 * five; rounds 7 and 23: an 18-month ERP and an 18-month inquiry response turned down at 3 %).
 * Shorter pushes stay projects strengthened (round 21: a 9-month ERP with two small projects, a
 * 6-month relocation). Our judgement, on the practitioners of rounds 7, 21, 23 and 25.
 */
export const PROGRAMME_PUSH_MONTHS = 12;
/** An urgent push that lasts long enough to be a programme (PROGRAMME_PUSH_MONTHS). */
export const programmePush = (s: Pick<Situation, 'horizon' | 'urgency' | 'horizonMonths'>): boolean =>
  urgentPush(s) && (s.horizonMonths ?? 0) >= PROGRAMME_PUSH_MONTHS;
/** The headcount share the smallest office may take here. */
export const officeShareLimit = (s: Pick<Situation, 'horizon' | 'annualProjectBudget'>): number =>
  s.horizon === 'temporary' && (s.annualProjectBudget ?? 0) > 0 ? PUSH_MAX_OFFICE_SHARE : MAX_OFFICE_SHARE;

/** Need points for the people who lead projects: several of them gain from a common office. */
export const managerPoints = (pms: number): number => (pms <= 1 ? 0 : pms <= 4 ? 5 : pms <= 10 ? 10 : 15);

/**
 * Whom the need counts as leading projects. In an urgent push every workstream is led, by a
 * project manager or by an owner the plan names (push-tempo.ts), so the need counts the projects
 * to lead, not the project managers there: fewer of them must never make the push's coordination
 * look less needed (round 21: one project manager gave a six-stream launch 3 h a week, three a
 * programme office). Our judgement.
 */
export const leadsCounted = (
  s: Pick<Situation, 'horizon' | 'urgency' | 'projectManagers' | 'concurrentProjects'>,
): number => (urgentPush(s) ? s.concurrentProjects : s.projectManagers);
