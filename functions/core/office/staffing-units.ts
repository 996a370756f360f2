/** The units the office is sized and said in: working minimums, the staffing range, rounding (design.ts). */
/**
 * A service below this many hours a week is a task, not a service: it is left to the project
 * leads, unless it is why the office exists or stakeholders asked for it (our judgement).
 */
export const MIN_SERVICE_HOURS = 1.5;
/** A gap this large (levels below the target) is a real weakness: its service runs at least MIN_SERVICE_HOURS. */
export const WEAK_GAP = 1;
/** Below an hour a week there is nothing to staff: the work stays with the project leads. */
export const MIN_OFFICE_HOURS = 1;
/** The staffing range spans this much either side of the sum. */
export const STAFFING_SPREAD = 0.2;
/** Below this many FTE the result also says hours a week. */
export const HOURS_BELOW_FTE = 0.5;
/** Working days in a year of one full-time person. */
export const WORKDAYS_PER_YEAR = 220;

export const tenth = (x: number) => Math.round(x * 10) / 10;
export const half = (x: number) => Math.round(x * 2) / 2;
/** FTE to a tenth, or to a hundredth below one person (a few hours a week stay visible). */
export const roundFte = (x: number) => (x < 1 ? Math.round(x * 100) / 100 : tenth(x));
