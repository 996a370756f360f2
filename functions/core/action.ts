import type { Answers } from '../contract/answers';
import type { Maturity, ModelFit, PmoAction, PmoModelId } from '../contract/result';
import { coreFails, coreWeak, questionMeans } from './core-job';
import { assessEvidence } from './evidence';
import { MIN_GROUP_SIZE } from './group-size';
import { mean, round2 } from './numbers';
import { dividedOver, matureOf } from './office/in-place-evidence';
import { modelProfile } from './pmo-models';
import type { Questionnaire } from './questionnaire';
import { english, msg, type Say, unsaid } from './say';
import { countedScore } from './scoring';
import type { Situation } from './situation';
import { twoCamps } from './splits';

/** An existing office whose own services score below this is not working: reset it. */
export const RESET_BELOW = 2;

/** What every office turns out: reports and standards. */
const OUTPUT_DIMENSIONS = ['reporting', 'standards'];
/** What an office's products are for: decisions on the portfolio, benefits, the people it serves. */
const OUTCOME_DIMENSIONS = ['portfolio', 'benefits', 'stakeholders'];
/** Its own products at this level or above... */
export const OUTPUTS_WORK = 3;
/** ...while what they are for stays at this level or below, and this far behind: the office works for itself. */
export const OUTCOMES_FAIL = 2;
export const OUTPUT_OUTCOME_GAP = 1.5;

const meanOf = (xs: readonly (number | null | undefined)[]): number | null => {
  const known = xs.filter((x): x is number => typeof x === 'number');
  return known.length === 0 ? null : round2(known.reduce((a, b) => a + b, 0) / known.length);
};

/** Every office reports and answers to governance, whatever else it delivers. */
const EVERY_OFFICE_DELIVERS = ['reporting', 'governance'];

/**
 * An office with a mandate over decisions whose outcomes (portfolio, benefits, stakeholders, at
 * least two of them rated) each stay below this, at level 1, does not work, whatever its reports score: it has held the
 * decisions and nothing they are for has reached repeatable practice (round 17: a resented 6-FTE
 * control tower at maturity 1.8 was evolved at the same cost, while the same office at 12 FTE was
 * reset). Level 2 is the questionnaire's "repeatable"; below it is our judgement of "not working".
 */
export const OUTCOMES_LEVEL_ONE = 2;
/**
 * An office works when what it produces (its model's services and the reporting and governance
 * every office delivers) stands at this level or above as its respondents' larger camp sees it: the
 * questionnaire's "defined" practice, the level the plan counts a service as working at
 * (rollout-basics.ts). A working office that keeps its model is kept, whatever it adds.
 */
export const WORKS_FROM = 3;
/**
 * A product of the office's own (its model's services, its reporting and governance) rated below
 * this on sufficient evidence is weak: the office is not kept as working, it evolves pending the
 * health check (round 25: a 25-FTE control tower kept "as it works" while its users rated its
 * reporting 2.08). Our judgement: half a level under defined practice, the line at which added work
 * is weak too (fit-pressures.ts, WEAK_ADDED_WORK); at or above it, an office short of level 3 is
 * kept and improves its weakest services as it runs.
 */
export const WEAK_OWN_PRODUCT = 2.5;

/**
 * Each respondent's own mean of each dimension they rated at least twice: the views of a team
 * assessment, for the office's judgement only, with the smallest group a camp may be (`k`, the
 * assessment's disclosure minimum). They never leave the engine: only the fact of a split is said,
 * never a camp's figure, and no camp smaller than k decides anything (docs/privacy.md).
 */
export interface Views {
  k: number;
  scores: Readonly<Record<string, readonly number[]>>;
  /** Each question's mean rating, to judge whether an office fails at its core job (core-job.ts). */
  questions?: Readonly<Record<string, number>>;
}
export const NO_VIEWS: Views = { k: MIN_GROUP_SIZE, scores: {} };
export const viewsOf = (q: Questionnaire, answerSets: readonly Answers[], k = MIN_GROUP_SIZE): Views => {
  // A quick check's one respondent reads their own answers; a team's question counts from k raters.
  const questions = questionMeans(q, answerSets, answerSets.length > 1 ? k : 1);
  if (answerSets.length < 2 * k) return { k, scores: {}, questions };
  const scores: Record<string, number[]> = {};
  for (const d of q.dimensions)
    scores[d.id] = answerSets.map((a) => countedScore(d, a)).filter((x): x is number => x !== null);
  return { k, scores, questions };
};

/** The views of a team, worked out on first use and once: decisions that judge no office never ask. */
export const viewsWhenAsked = (
  q: Questionnaire,
  answerSets: readonly Answers[],
  k?: number,
): (() => Views) => {
  let views: Views | undefined;
  return () => {
    views ??= viewsOf(q, answerSets, k);
    return views;
  };
};

/**
 * How the office's respondents see a dimension it produces. Where they split into two camps two
 * levels apart (splits.ts, twoCamps) and one camp is larger, the larger camp's view counts: an
 * office is for the many who use it, and the few who rate it two levels apart are most often the
 * office itself (round 17: a 40-FTE office's staff rated its reporting 3.5, its users 1.5; the
 * engine averaged them and called the evidence consistent). Each camp holds at least k people, as
 * the stakeholder analysis's splits do: a camp of one would let a reader of the action work out one
 * person's rating from the published score. Two camps of one size say nothing of which is the
 * office's (round 17: two merging firms): the dimension's score counts.
 */
const seenBy = (maturity: Maturity, views: Views, id: string): Seen => {
  let known = seenOf.get(views)?.get(maturity);
  if (known === undefined) {
    known = new Map();
    seenOf.set(views, (seenOf.get(views) ?? new WeakMap()).set(maturity, known));
  }
  let seen = known.get(id);
  if (seen === undefined) {
    seen = seenNow(maturity, views, id);
    known.set(id, seen);
  }
  return seen;
};
type Seen = { score: number | null; split: boolean };
/**
 * What each team sees of each dimension, worked out once: it reads neither the context nor the
 * office judged, and the sensitivity analysis judges an office in place for each of its probes
 * (1,000 stakeholders: two sorts of a thousand views each time).
 */
const seenOf = new WeakMap<Views, WeakMap<Maturity, Map<string, Seen>>>();
const seenNow = (maturity: Maturity, views: Views, id: string): Seen => {
  const score = maturity.dimensions.find((d) => d.id === id)?.score ?? null;
  const own = views.scores[id] ?? [];
  const camps = twoCamps(own, views.k);
  if (!camps || camps.lower === camps.upper) return { score, split: false };
  const xs = [...own].sort((a, b) => a - b);
  const larger = camps.lower > camps.upper ? xs.slice(0, camps.lower) : xs.slice(camps.lower);
  return { score: round2(mean(larger)), split: true };
};

/** What the office produces, as its users see it: each dimension, and those its respondents split on. */
export const judgeOffice = (
  existing: PmoModelId,
  maturity: Maturity,
  views: Views,
): {
  delivered: number | null;
  basics: (number | null)[];
  works: boolean;
  mature: boolean;
  divided: boolean;
  weak: string[];
  split: { dimensions: string[]; failing: string[] };
} => {
  const own = [...new Set([...modelProfile(existing).delivers, ...EVERY_OFFICE_DELIVERS])];
  const seen = new Map(own.map((id) => [id, seenBy(maturity, views, id)]));
  const scoreOf = (id: string) => seen.get(id)?.score ?? null;
  const delivered = meanOf(modelProfile(existing).delivers.map(scoreOf));
  const rated = own.map(scoreOf).filter((x): x is number => x !== null);
  const split = own.filter((id) => seen.get(id)?.split);
  return {
    delivered,
    basics: EVERY_OFFICE_DELIVERS.map(scoreOf),
    works: rated.length > 0 && rated.every((x) => x >= WORKS_FROM),
    mature: matureOf(rated),
    divided: dividedOver(maturity, own),
    weak: own.filter((id) => {
      const x = scoreOf(id);
      return x !== null && x < WEAK_OWN_PRODUCT;
    }),
    split: {
      dimensions: split,
      failing: split.filter((id) => (scoreOf(id) ?? RESET_BELOW) < RESET_BELOW),
    },
  };
};

const nameOf = (maturity: Maturity, id: string) => maturity.dimensions.find((d) => d.id === id)?.name ?? id;

/**
 * What to do with the PMO: with none today, establish one (or nothing); with one, keep,
 * evolve or reset it, never establish. Reset when the office is ineligible now, when its own
 * services score below RESET_BELOW as its users see them, when a product of its own fails for the
 * larger camp of a split team, when it works for itself, or when an office with a mandate leaves
 * what it is for at level 1; or when no office is needed any more. Never on its headcount: whether
 * it works is judged before its size is (decide.ts). `works`: what it produces stands at WORKS_FROM.
 */
export const decideAction = (
  s: Situation,
  needed: boolean,
  model: PmoModelId | null,
  fit: readonly ModelFit[],
  maturity: Maturity,
  say: Say = english,
  /** Read only for an office in place: working them out for a thousand respondents is not free. */
  views: () => Views = () => NO_VIEWS,
): {
  action: PmoAction;
  reason: string;
  teamStays: boolean;
  works: boolean;
  /** It evolves in what it does, where it is: its structure is weighed as a kept office's. */
  improves?: boolean;
  /** What it produces all stands at MATURE_FROM, and its users' views of it are divided (in-place-evidence.ts). */
  mature?: boolean;
  divided?: boolean;
} => {
  const existing = s.existingPmo;
  if (existing === 'none')
    return needed && model
      ? { action: 'establish', reason: say(msg('action.establish')), teamStays: false, works: false }
      : { action: 'none', reason: say(msg('action.none')), teamStays: false, works: false };
  const name = msg(`model.${existing}`);
  // A reset changes what the office does; the team in place stays.
  if (!needed || !model)
    return {
      action: 'reset',
      reason: say(msg('action.reshape', { model: name })),
      teamStays: true,
      works: false,
    };
  const current = fit.find((f) => f.model === existing);
  if (current && !current.eligible)
    return {
      action: 'reset',
      reason: say(msg('action.resetIneligible', { model: name, blockers: current.blockers.join(' ') })),
      teamStays: true,
      works: false,
    };
  const judged = judgeOffice(existing, maturity, views());
  const { delivered, basics } = judged;
  // Its services fail, but its people know the projects: a reset changes the work, and the
  // sourcing weighs the team like any reset's.
  const reset = (reason: string) => ({ action: 'reset' as const, reason, teamStays: true, works: false });
  // An office whose reporting and governance both fail is not working, whatever else it runs.
  const basicsFail = basics.every((x) => typeof x === 'number' && x < RESET_BELOW);
  const failing = delivered !== null && (delivered < RESET_BELOW || basicsFail);
  // Views divided on what the office produces, with no larger camp to read: a failure read from them is unproved.
  const unproved = judged.divided && judged.split.dimensions.length === 0;
  const dividedFailure = failing && unproved;
  if (failing && !dividedFailure)
    return reset(
      say(
        msg(judged.split.dimensions.length > 0 ? 'inPlace.action.resetSeen' : 'action.resetWeak', {
          model: name,
          score: delivered,
          limit: RESET_BELOW,
        }),
      ),
    );
  // What the office produces fails for most of those who answered, while a few rate it two levels
  // higher: the office does not see its own failure, and that gap is the finding (round 17).
  if (judged.split.failing.length > 0)
    return reset(
      say(
        msg('inPlace.action.resetSplit', {
          model: name,
          dimensions: judged.split.failing.map((id) => nameOf(maturity, id)),
          limit: RESET_BELOW,
        }),
      ),
    );
  // An office that turns out its own products (reports, standards) while the decisions they are
  // for stay at level 1 works for itself: its mandate is reset around outcomes (round 10).
  // Only an office with a mandate over decisions (not a reporting office) answers for them.
  const scoreOf = (ids: readonly string[]) =>
    meanOf(ids.map((id) => maturity.dimensions.find((d) => d.id === id)?.score));
  const outputs = scoreOf(OUTPUT_DIMENSIONS);
  const outcomes = scoreOf(OUTCOME_DIMENSIONS);
  if (
    existing !== 'weather-station' &&
    outputs !== null &&
    outputs >= OUTPUTS_WORK &&
    outcomes !== null &&
    outcomes <= OUTCOMES_FAIL &&
    outputs - outcomes >= OUTPUT_OUTCOME_GAP
  )
    return reset(say(msg('action.resetOutputs', { model: name, delivered: outputs, outcomes })));
  // An office that has held the decisions while all they are for stays at level 1 does not work:
  // each of them, not their average, so one weak outcome among working ones resets nothing.
  const atLevelOne = OUTCOME_DIMENSIONS.map(
    (id) => maturity.dimensions.find((d) => d.id === id)?.score,
  ).filter((x): x is number => typeof x === 'number');
  if (
    existing !== 'weather-station' &&
    outcomes !== null &&
    atLevelOne.length >= 2 &&
    atLevelOne.every((x) => x < OUTCOMES_LEVEL_ONE)
  )
    return reset(
      say(msg('inPlace.action.resetOutcomes', { model: name, outcomes, limit: OUTCOMES_LEVEL_ONE })),
    );
  // An office that fails at the core job of its own degree of control is reset, even within its
  // model: its averages may sit above the lines above while what it exists for does not happen.
  const coreFailing = coreFails(existing, views().questions ?? {});
  if (coreFailing && !unproved)
    return reset(say(msg('inPlace.action.resetCore', { model: name, job: msg(`inPlace.core.${existing}`) })));
  // A failure the respondents are divided on, with no larger camp to read and no other failure, is
  // not proved: the office evolves and a confirming assessment settles it (in-place-evidence.ts).
  if (dividedFailure || coreFailing)
    return {
      action: 'evolve',
      teamStays: true,
      works: false,
      divided: true,
      ...(model === existing ? { improves: true } : {}),
      reason: say(msg('inPlace.action.evolveDivided', { model: name })),
    };
  // One failing core question resets nothing, but the office is not kept as working: it evolves,
  // what fails said plainly (core-job.ts, coreWeak).
  if (model === existing && coreWeak(existing, views().questions ?? {}))
    return {
      action: 'evolve',
      teamStays: true,
      works: false,
      reason: say(msg('inPlace.action.evolveCore', { model: name, job: msg(`inPlace.core.${existing}`) })),
    };
  // What it produces is weak on sufficient evidence: it evolves, its model and people kept, pending
  // the health check (WEAK_OWN_PRODUCT).
  const weak = judged.weak.filter((id) => maturity.dimensions.find((d) => d.id === id)?.sufficient);
  if (
    model === existing &&
    weak.length > 0 &&
    assessEvidence(maturity.dimensions, maturity.respondents, unsaid).status === 'sufficient'
  )
    return {
      action: 'evolve',
      teamStays: true,
      works: false,
      improves: true,
      reason: say(
        msg('inPlace.action.evolveWeak', {
          model: name,
          dimensions: weak.map((id) => nameOf(maturity, id)),
          limit: WEAK_OWN_PRODUCT,
        }),
      ),
    };
  const { works, mature, divided } = judged;
  if (model === existing)
    return {
      action: 'keep',
      reason: say(msg('action.keep', { model: name })),
      teamStays: true,
      works,
      mature,
      divided,
    };
  return {
    action: 'evolve',
    teamStays: true,
    works,
    mature,
    divided,
    reason: say(msg('action.evolve', { existing: name, model: msg(`model.${model}`) })),
  };
};
