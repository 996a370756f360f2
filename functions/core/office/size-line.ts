import type { PmoShape } from '../../contract/result';
import type { Situation } from '../situation';
import { LEAN_OWNER_OFFICE_FTE, leanOwner } from '../spend-scale';
import { HOURS_PER_FTE } from './catalogue';
import { BUILDS_LEADS_IN_OFFICE_FROM, buildsLeadsInOffice, lacksProjectLeads } from './shape';

/**
 * The headcount's hold on an office (office/design.ts applies it once, after the spend ceiling): a
 * share of the people, a part-time cap on a coordination role, and the smallest office where the
 * headcount alone opened it. docs/scoring.md, "Sizing from services".
 */

/** A lasting office never takes more than this share of the organisation's people (a brake; services size it)... */
export const OFFICE_HEADCOUNT_SHARE = 0.02;
/**
 * ...nor a coordination role more than this share (the same as an office: a small organisation's
 * coordination is a few hours a week, not a job; round 16 found 0.5–1.4 FTE in firms of 24–140)...
 */
export const COORDINATION_HEADCOUNT_SHARE = 0.02;
/**
 * ...nor, anywhere, more than half a person at the top of its range: a coordination role is one
 * person's part-time job beside their own (the plan and the shape say so), the line at which an
 * office becomes a part-time role (decide.ts, PART_TIME_ROLE_FTE). Our judgement.
 */
export const COORDINATION_MAX_FTE = 0.5;

/**
 * An office that the headcount alone opened starts at one person at the top of its range: twice
 * the part-time role the same organisation gets a person smaller, never more; above the line it
 * grows with the headcount, by the same share (SIZE_LINE_OFFICE_SHARE), so that no further person
 * makes a step either. From
 * BUILDS_LEADS_IN_OFFICE_FROM people an organisation short of project leads builds them inside an
 * office (office/shape.ts); below it the same organisation, with the same projects, gets a
 * coordination role held to COORDINATION_MAX_FTE. Nothing about its projects changed at the line,
 * so the help may change its name (an office, a charter) but not its size by more than 2×
 * (round 28: a 1,100-person school trust with 18 projects and one manager got no office and
 * 0.33–0.5 FTE at 999 staff, a control tower of 0.78–1.2 FTE at 1,000; its reviewer expected
 * 0.5–1 FTE). The office's first work is the leads it builds; it grows as they come (the next
 * assessment, with more people leading projects, is no longer held). Our judgement: the factor is
 * the reviewers' ("a threshold, but not the size jumping across it").
 */
export const SIZE_LINE_OFFICE_FTE = 2 * COORDINATION_MAX_FTE;
/**
 * ...a tenth of a percent of the people: one person at BUILDS_LEADS_IN_OFFICE_FROM, two at twice
 * that. The headcount scales what such an office does, and never decides it alone (round 28). Our
 * judgement: offices of 2,000-person organisations without project managers signed in rounds 8 and
 * 14 at about two people keep about their size.
 */
export const SIZE_LINE_OFFICE_SHARE = SIZE_LINE_OFFICE_FTE / BUILDS_LEADS_IN_OFFICE_FROM;

/**
 * A new lasting office that exists only because the organisation is at or above
 * BUILDS_LEADS_IN_OFFICE_FROM: a person smaller, its shortage of leads (or of expertise) would make
 * it capability first. A programme office is decided by its scope before the leads are read.
 */
export const openedBySizeAlone = (s: Situation, shape: PmoShape): boolean =>
  shape !== 'capability-first' &&
  shape !== 'none' &&
  shape !== 'programme' &&
  s.existingPmo === 'none' &&
  buildsLeadsInOffice(s) &&
  lacksProjectLeads({ ...s, employees: BUILDS_LEADS_IN_OFFICE_FROM - 1 }) !== null;

/** The hours at the top of the range the headcount allows this shape, and why. */
export const headcountLine = (s: Situation, shape: PmoShape) => {
  const coordination = shape === 'capability-first';
  const share = coordination ? COORDINATION_HEADCOUNT_SHARE : OFFICE_HEADCOUNT_SHARE;
  const shareHours = share * s.employees * HOURS_PER_FTE;
  // A coordination role is part-time wherever it is, whatever the spend or the capital.
  const partTime = coordination && COORDINATION_MAX_FTE * HOURS_PER_FTE < shareHours;
  const sizeAlone = openedBySizeAlone(s, shape);
  const leanHours = !coordination && leanOwner(s) ? LEAN_OWNER_OFFICE_FTE * HOURS_PER_FTE : 0;
  const hours = partTime
    ? COORDINATION_MAX_FTE * HOURS_PER_FTE
    : sizeAlone
      ? SIZE_LINE_OFFICE_SHARE * s.employees * HOURS_PER_FTE
      : Math.max(shareHours, leanHours);
  // The share of the people is a bound on the office; the part-time role, the size line and a lean
  // owner's one person are the size of what they hold, at the top of its range.
  const bound = !partTime && !sizeAlone && !coordination && shareHours >= leanHours;
  return { coordination, share, partTime, sizeAlone, hours, bound };
};

/**
 * The headcount's hold on the services (design.ts): what it multiplies their effort by, whether it
 * sets the office's size (`capped`), the hours the top of the range may reach (`top`) and the note.
 * The share of the people (OFFICE_HEADCOUNT_SHARE) bounds the office and never scales it: where the
 * services' sum is under it, the office is that sum and only the top of its range is held to the
 * share ('office.headcountTop'); only where the sum itself is above it is every service scaled, so
 * that the sum stands at the share ('office.headcountCeiling'). Our judgement: a ceiling is a line
 * far above the need, not a size (round 28: a 220-person contractor's services, about 3.8 FTE,
 * were "scaled to 82 %" because the top of their ±20 % range passed 2 % of its people, so the ceiling
 * was read as the size). A part-time role, the size line and a lean owner's one person stay as they
 * were: they are the size at the top of the range, and hold it there.
 */
export const headcountHold = (
  line: ReturnType<typeof headcountLine>,
  /** The services' sum at the scale so far, in hours a week (the middle of the range). */
  sumHours: number,
  /** The top of the range against its middle (1 + the staffing spread). */
  spread: number,
): { factor: number; capped: boolean; top?: number; note?: 'top' | 'ceiling' | 'sizeLine' | 'partTime' } => {
  const topHours = sumHours * spread;
  if (!line.bound) {
    if (topHours <= line.hours * 1.005) return { factor: 1, capped: false };
    return {
      factor: line.hours / topHours,
      capped: true,
      note: line.partTime ? 'partTime' : line.sizeAlone ? 'sizeLine' : 'ceiling',
    };
  }
  if (sumHours > line.hours * 1.005)
    return { factor: line.hours / sumHours, capped: true, top: line.hours, note: 'ceiling' };
  if (topHours > line.hours * 1.005) return { factor: 1, capped: false, top: line.hours, note: 'top' };
  return { factor: 1, capped: false };
};

/** The staffing note each hold of headcountHold says. */
export const HOLD_NOTES = {
  top: 'office.headcountTop',
  ceiling: 'office.headcountCeiling',
  sizeLine: 'office.sizeLineCeiling',
  partTime: 'office.partTimeCeiling',
} as const;
