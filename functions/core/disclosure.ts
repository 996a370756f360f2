import type { Answers } from '../contract/answers';
import type { Consensus, RoleScores, StakeholderAnalysis } from '../contract/result';
import { STAKEHOLDER_ROLES, type StakeholderRole } from '../contract/roles';
import { round2, spread } from './numbers';
import { type CountedResponse, inPublicationOrder } from './publication';
import type { Questionnaire } from './questionnaire';
import { english, msg, type Say, unsaid } from './say';
import { countsInDimension, respondentScore, scoreDimensions, scoreMaturity } from './scoring';
import { splitGroups, splitsOf } from './splits';
import { consensusOf, gapsBetween, MIN_GROUP_SIZE, type SubmittedResponse } from './stakeholder-analysis';

/**
 * Statistical disclosure control for stakeholder answers, done the way statistical offices do it.
 * Every figure the consultant sees is computed here from the submissions that count; the rules:
 *
 * 1. Threshold: k = max(3, minGroupSize). No figure covers fewer than k respondents.
 * 2. Monotone counting: a submission, once made, is counted for good (revoke, re-issue and remove
 *    do not take it out), so no consultant action toggles one person in and out.
 * 3. Batches: submissions are published in submission order, in whole batches of k. Nothing is
 *    shown until the first batch is full; between two publications at least k people are added.
 * 4. Role groups grow in steps of k too: a role shows its first ⌊n/k⌋·k published members; the
 *    rest join a pool, shown only when it holds k or more.
 * 5. Complementary suppression: when the respondents left out of every shown group number 1 to
 *    k−1, the smallest shown group is withheld too (and so on), so "total minus shown groups"
 *    never isolates fewer than k people.
 * 6. Dimension cells count raters in steps of k: a cell (overall or group) scores a dimension from
 *    the first ⌊r/k⌋·k of its members who rated it, so no score moves by fewer than k raters; a
 *    group's cell is shown only inside the overall cell, so "overall minus groups" is a multiple
 *    of k raters. A spread covers the overall cell's raters; an expectation count of 1 to k−1
 *    votes is withheld, and all counts while fewer than k voted.
 */

export { type CountedResponse, inPublicationOrder, publishedCounts } from './publication';

interface Cell {
  role: RoleScores['role'];
  roles: StakeholderRole[];
  members: SubmittedResponse[];
  /** Dimensions whose score in this group is withheld. */
  withheld: Set<string>;
  /** Per dimension, the members whose ratings the cell counts. */
  used: Map<string, Set<SubmittedResponse>>;
}

export interface DisclosureReport {
  minGroupSize: number;
  /** Submissions in published batches: every figure is computed from these. */
  published: number;
  /** Plain-language reasons for every group or figure withheld. */
  withheld: string[];
}

export interface Disclosed {
  k: number;
  published: SubmittedResponse[];
  /** The published answers with every dimension withheld overall removed: what the Result is scored from. */
  overallAnswers: Answers[];
  /** Groups shown, with their members' answers (withheld dimensions removed): what exports may hold. */
  shownGroups: { role: RoleScores['role']; answers: Answers[] }[];
  analysis: StakeholderAnalysis;
  report: DisclosureReport;
}

/** A rater of a dimension is someone who counts in its team score (scoring.ts, countsInDimension). */
const ratesDimension = (q: Questionnaire, dimensionId: string, answers: Answers): boolean => {
  const dimension = q.dimensions.find((d) => d.id === dimensionId);
  return dimension !== undefined && countsInDimension(dimension, answers);
};

const raters = (q: Questionnaire, dimensionId: string, members: readonly SubmittedResponse[]) =>
  members.filter((m) => ratesDimension(q, dimensionId, m.answers)).length;

/** The answers without the questions of the withheld dimensions. */
const without = (q: Questionnaire, answers: Answers, withheld: ReadonlySet<string>): Answers => {
  if (withheld.size === 0) return answers;
  const dropped = new Set(
    q.dimensions.filter((d) => withheld.has(d.id)).flatMap((d) => d.questions.map((x) => x.id)),
  );
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !dropped.has(id)));
};

const name = (role: RoleScores['role']) => msg(`roleGroupInSentence.${role}`);

/**
 * A team's result publishes no figure of a single question, and no spread of its questions' scores.
 * Beside the dimension's mean, a question's own mean and count would let whoever subtracts them
 * recover the ratings of the few people who rated the others (a spread gives their squares too),
 * and from one batch to the next a question's count can grow by one rating where the dimension grew
 * by k raters. The dimension's score, a mean over whole people, carries every rating instead, and
 * every cell of it rests on at least k of them (rules 6 and 8 in docs/privacy.md).
 */
export const withoutQuestionFigures = <
  D extends { spread: number | null; questionScores: { score: number | null; ratings: number | null }[] },
>(
  dimensions: readonly D[],
): D[] =>
  dimensions.map((d) => ({
    ...d,
    spread: null,
    questionScores: d.questionScores.map((x) => ({ ...x, score: null, ratings: null })),
  }));

/** Applies the rules above to the counted submissions; pure and deterministic. */
export const disclose = (
  q: Questionnaire,
  counted: readonly CountedResponse[],
  minGroupSize: number,
  say: Say = english,
): Disclosed => {
  const k = Math.max(MIN_GROUP_SIZE, minGroupSize);
  const withheldReasons: string[] = [];
  const ordered = inPublicationOrder(counted);
  const published = ordered.slice(0, Math.floor(ordered.length / k) * k);
  // From here on only the published batches are read: nothing below depends on a submission that
  // waits for its batch, so no figure, count or sentence moves between two batches.
  withheldReasons.push(
    say(msg(published.length === 0 ? 'disclosure.noFigures' : 'disclosure.waiting', { k })),
  );

  // Role groups in steps of k; the rest pooled.
  const cells: Cell[] = [];
  const pool: SubmittedResponse[] = [];
  for (const role of STAKEHOLDER_ROLES) {
    const members = published.filter((r) => r.role === role);
    const shown = Math.floor(members.length / k) * k;
    if (shown > 0)
      cells.push({
        role,
        roles: [role],
        members: members.slice(0, shown),
        withheld: new Set(),
        used: new Map(),
      });
    pool.push(...members.slice(shown));
  }
  if (pool.length >= k) {
    // The pool does not say which roles it holds: with one or two people invited in a role, that
    // would say whether they have submitted.
    cells.push({ role: 'pooled', roles: [], members: pool, withheld: new Set(), used: new Map() });
  } else if (pool.length > 0) {
    withheldReasons.push(say(msg('disclosure.tooSmall', { count: pool.length, k })));
  }

  // Complementary suppression of whole groups: the total minus the shown groups covers 0 or ≥ k people.
  const bySize = (a: Cell, b: Cell) => a.members.length - b.members.length;
  let hidden = published.length - cells.reduce((n, c) => n + c.members.length, 0);
  while (hidden > 0 && hidden < k && cells.length > 0) {
    const smallest = [...cells].sort(bySize)[0] as Cell;
    cells.splice(cells.indexOf(smallest), 1);
    hidden += smallest.members.length;
    withheldReasons.push(say(msg('disclosure.complementary', { group: name(smallest.role) })));
  }

  // Dimension cells count raters in steps of k too: a cell uses the first ⌊r/k⌋·k of its members
  // who rated the dimension (in submission order), so between two publications a dimension's
  // score never moves by fewer than k raters, even when others in the batch answered "don't know".
  const batchOfRaters = (dimensionId: string, members: readonly SubmittedResponse[]) => {
    const rated = members.filter((m) => ratesDimension(q, dimensionId, m.answers));
    return new Set(rated.slice(0, Math.floor(rated.length / k) * k));
  };
  const overallUsed = new Map<string, Set<SubmittedResponse>>();
  let ratingsWait = false;
  for (const dimension of q.dimensions) {
    const total = raters(q, dimension.id, published);
    const used = batchOfRaters(dimension.id, published);
    overallUsed.set(dimension.id, used);
    if (used.size < total) ratingsWait = true;
    if (used.size === 0) {
      for (const c of cells) c.withheld.add(dimension.id);
      if (total > 0)
        withheldReasons.push(say(msg('disclosure.dimensionUnrated', { dimension: dimension.name, k })));
      continue;
    }
    for (const c of cells) {
      const cell = batchOfRaters(dimension.id, c.members);
      c.used.set(dimension.id, cell);
      if (cell.size === 0) {
        c.withheld.add(dimension.id);
        withheldReasons.push(
          say(msg('disclosure.groupUnrated', { dimension: dimension.name, group: name(c.role), k })),
        );
      } else if ([...cell].some((m) => !used.has(m))) {
        // Every group cell must sit inside the overall cell, so "overall minus groups" is a whole
        // batch of raters (a multiple of k), never one person.
        c.withheld.add(dimension.id);
        withheldReasons.push(
          say(msg('disclosure.groupWaits', { dimension: dimension.name, group: name(c.role) })),
        );
      }
    }
  }
  if (ratingsWait) withheldReasons.push(say(msg('disclosure.ratingsWait', { k })));

  /** Answers restricted to the dimensions whose cell counts this person. */
  const restricted = (m: SubmittedResponse, includes: (dimensionId: string) => boolean): Answers =>
    without(q, m.answers, new Set(q.dimensions.map((d) => d.id).filter((id) => !includes(id))));
  const inCell = (c: Cell, m: SubmittedResponse) => (dimensionId: string) =>
    !c.withheld.has(dimensionId) && (c.used.get(dimensionId)?.has(m) ?? false);
  const inOverall = (m: SubmittedResponse) => (dimensionId: string) =>
    overallUsed.get(dimensionId)?.has(m) ?? false;

  const byRole: RoleScores[] = cells.map((c) => {
    const sets = c.members.map((m) => restricted(m, inCell(c, m)));
    const maturity = scoreMaturity(q, sets, unsaid); // only its figures are shown: nothing to render
    const dimensions = maturity?.dimensions ?? scoreDimensions(q, sets);
    return {
      role: c.role,
      roles: c.roles,
      respondents: c.members.length,
      overall: maturity?.overall ?? null,
      dimensions: dimensions.map((d) => ({ id: d.id, score: d.score })),
    };
  });

  // Spreads over the raters the overall score counts: at least k of them, in steps of k.
  const consensus: Consensus[] = q.dimensions.map((dimension) => {
    const scores = [...(overallUsed.get(dimension.id) ?? [])]
      .map((r) => respondentScore(dimension, r.answers))
      .filter((x): x is number => typeof x === 'number');
    const shown = scores.length >= k;
    const s = shown ? round2(spread(scores)) : null;
    return {
      dimension: dimension.id,
      dimensionName: dimension.name,
      spread: s,
      respondents: shown ? scores.length : 0,
      consensus: s === null ? 'unknown' : consensusOf(s, scores.length),
    };
  });

  // Expectation votes: small counts withheld.
  const voters = published.filter((r) => r.expectations.length > 0).length;
  const votesShown = voters >= k;
  if (voters > 0 && !votesShown)
    withheldReasons.push(`Expectations: fewer than ${k} people chose services, so no counts are shown.`);
  const expectations = q.services
    .map((service) => {
      const votes = published.filter((r) => r.expectations.includes(service.id)).length;
      const shown = votesShown && (votes === 0 || votes >= k);
      return {
        service: service.id,
        label: service.label,
        votes: shown ? votes : null,
        share: shown && voters > 0 ? round2(votes / voters) : null,
      };
    })
    .sort((a, b) => (b.votes ?? -1) - (a.votes ?? -1));
  if (votesShown && expectations.some((e) => e.votes === null))
    withheldReasons.push(say(msg('disclosure.expectations', { below: k - 1 })));

  const shownGroups = cells.map((c) => ({
    role: c.role,
    answers: c.members.map((m) => restricted(m, inCell(c, m))),
  }));
  return {
    k,
    published,
    overallAnswers: published.map((m) => restricted(m, inOverall(m))),
    shownGroups,
    analysis: {
      minGroupSize: k,
      byRole,
      hiddenRespondents: hidden,
      consensus,
      gaps: gapsBetween(q, byRole, say),
      // Splits read only the shown groups' counted members and published scores; each side of a
      // split within a role holds at least k of them (docs/privacy.md, rule 11).
      splits: splitsOf(q, splitGroups(q, shownGroups), byRole, k, say),
      expectations,
    },
    report: {
      minGroupSize: k,
      published: published.length,
      withheld: withheldReasons,
    },
  };
};
