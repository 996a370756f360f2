import { effectiveUnits } from './catalogue';

/**
 * A push is one programme (round 30: a hotel company's 45 conversions of one playbook got 5.8–8.6
 * FTE as 50 projects, and 2.5–3.8 FTE as 6 workstreams). Its projects past the first few repeat
 * what those set up: the same playbook, checklist, tracker and steering round, so the 45th site
 * costs the office less than the 5th. A push's project-driven services are sized on pushUnits of
 * its projects: each of the first PUSH_DISTINCT_PROJECTS in full, then growing with the square root
 * of the count (PUSH_REPEAT_EXPONENT), never above the lasting office's economies of scale
 * (catalogue.ts, effectiveUnits). The same programme entered as N projects or as N/8 then differs by
 * at most √8 ≈ 2.8 times in these units, whatever N, and the projects' size factor (sizing.ts),
 * larger for fewer larger projects, narrows that further. Our judgement: a programme carries about
 * as many distinct workstreams as a steering round can follow (the reviewers' 6, our 8), and the
 * square root is the usual shape of effort that repeats one template (fixed set-up, a small review
 * per repeat); no published norm gives the curve.
 */
export const PUSH_DISTINCT_PROJECTS = 8;
/** How a push's effort grows past its distinct projects (see PUSH_DISTINCT_PROJECTS). */
export const PUSH_REPEAT_EXPONENT = 0.5;

/** The units a push's project-driven service is sized on (see PUSH_DISTINCT_PROJECTS). */
export const pushUnits = (n: number): number =>
  n <= PUSH_DISTINCT_PROJECTS
    ? n
    : Math.min(
        effectiveUnits(n),
        PUSH_DISTINCT_PROJECTS * (n / PUSH_DISTINCT_PROJECTS) ** PUSH_REPEAT_EXPONENT,
      );
