import type { Maturity } from '../../contract/result';
import { dividedViews } from '../divided';

/**
 * What evidence can carry a cut or a reset of an office in place. docs/scoring.md, "The office in
 * place". Only what the result already publishes over the whole team is read: each dimension's
 * divided-views flag (divided.ts, dividedViews, said in the evidence), never a sub-group's figure (the disclosure
 * rules of the team assessment hold).
 */

/**
 * An office whose own products (its model's services, its reporting and governance) all stand at
 * this level or above, as its users see them, is a mature office: what it delivers scores well, and
 * a norm alone (hours per project or per unit of spend) cannot say it is oversized, however wide the
 * gap. Its size is held until a health check with a team assessment tells its central staff from
 * those charged to the projects. Our judgement: half a level above defined practice (action.ts,
 * WORKS_FROM), the line at which practitioners call an office mature (round 30: an EPC firm's
 * 25-FTE control tower with reporting and finance at 4.0 was cut toward 15 FTE on one respondent
 * against an owner's spend norm, while a norm above a working office keeps it at what it delivers).
 */
export const MATURE_FROM = 3.5;

/**
 * A failure read from the office's own dimensions is not carried where the respondents' views are
 * divided on more than this share of those dimensions (most of them): the average then describes two groups of
 * respondents, not one office (round 30: after a merger, the acquirer's respondents judged its office
 * working and the acquired side's, never served by it, failing; their average reset it). Our
 * judgement: more than half, so that the divided dimensions outweigh the agreed ones (the second practitioner review's
 * hospital, a failing office that one respondent of five rated a level higher on half of its
 * dimensions, stays reset: one dissenter is not two groups).
 */
export const DIVIDED_SHARE = 0.5;

/** The office's own dimensions on which the respondents' views are divided (the published flag). */
export const dividedOn = (maturity: Pick<Maturity, 'dimensions'>, ids: readonly string[]): string[] =>
  ids.filter((id) => {
    const d = maturity.dimensions.find((x) => x.id === id);
    return !!d && d.score !== null && dividedViews(d);
  });

/** Whether views are divided on enough of the dimensions that decide a judgement to leave it unproved. */
export const dividedOver = (maturity: Pick<Maturity, 'dimensions'>, ids: readonly string[]): boolean => {
  const rated = ids.filter((id) => maturity.dimensions.some((d) => d.id === id && d.score !== null));
  return rated.length > 0 && dividedOn(maturity, rated).length > DIVIDED_SHARE * rated.length;
};

/** Whether every product of the office, as its users see it, stands at MATURE_FROM. */
export const matureOf = (scores: readonly (number | null)[]): boolean => {
  const rated = scores.filter((x): x is number => x !== null);
  return rated.length > 0 && rated.every((x) => x >= MATURE_FROM);
};
