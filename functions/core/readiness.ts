import type { ExistingPmo } from '../contract/context';
import type { Maturity, ModelFit, PmoModelId, PmoScope, Readiness } from '../contract/result';
import { dividedViews } from './divided';
import { MIN_RATED_QUESTIONS } from './evidence';
import { modelProfile, modelRank, PMO_MODELS } from './pmo-models';
import { type EngineMessage, english, msg, type Say } from './say';

/** A step is in use when every dimension its services run reaches this level on sufficient evidence. */
export const IN_USE_LEVEL = 3;

type Capability = Readiness['capabilities'][number];

const dimension = (maturity: Maturity, id: string) => maturity.dimensions.find((d) => d.id === id);

/** What a model rests on against what exists; a level counts only on sufficient evidence. */
export const capabilitiesFor = (model: PmoModelId, maturity: Maturity): Capability[] =>
  modelProfile(model).requires.map((r) => {
    const d = dimension(maturity, r.dimension);
    return {
      model,
      dimension: r.dimension,
      name: d?.name ?? r.dimension,
      required: r.level,
      score: d?.score ?? null,
      met: Boolean(d?.sufficient && d.level !== null && d.level >= r.level),
    };
  });

/** An existing office's services count as working from this level (the reset boundary). */
export const WORKING_LEVEL = 2;

const atLevel = (maturity: Maturity, ids: readonly string[], level: number): boolean =>
  ids.every((id) => {
    const d = dimension(maturity, id);
    return Boolean(d?.sufficient && d.level !== null && d.level >= level);
  });

/**
 * The organisation already runs this step: its services are in use (IN_USE_LEVEL on sufficient
 * evidence), or an office at or above it exists and actually works at this step (what the step
 * rests on is met, and its services reach WORKING_LEVEL on sufficient evidence). A failing
 * office is not credited: the step it fails is rebuilt.
 */
export const isPassed = (model: PmoModelId, maturity: Maturity, existing: ExistingPmo): boolean =>
  (existing !== 'none' &&
    modelRank(existing) >= modelRank(model) &&
    capabilitiesFor(model, maturity).every((c) => c.met) &&
    atLevel(maturity, modelProfile(model).delivers, WORKING_LEVEL)) ||
  atLevel(maturity, modelProfile(model).delivers, IN_USE_LEVEL);

const describe = (c: Capability): EngineMessage =>
  c.score === null
    ? msg(c.met ? 'readiness.capabilityUnrated' : 'readiness.capabilityNeedsUnrated', {
        dimension: c.name,
        level: c.required,
      })
    : msg(c.met ? 'readiness.capabilityRated' : 'readiness.capabilityNeedsRated', {
        dimension: c.name,
        score: c.score,
        level: c.required,
      });

/** An unmet capability, with why a rated dimension does not count: too few questions, or disagreement. */
const describeUnmet =
  (maturity: Maturity) =>
  (c: Capability): EngineMessage => {
    const d = dimension(maturity, c.dimension);
    if (c.score === null || !d || d.score === null) return describe(c);
    if (d.questionsAnswered < MIN_RATED_QUESTIONS)
      return msg('readiness.capabilityNeedsRatedThin', {
        dimension: c.name,
        score: c.score,
        level: c.required,
        rated: d.questionsAnswered,
      });
    if (!d.consistent)
      return msg('readiness.capabilityNeedsRatedDisagree', {
        dimension: c.name,
        score: c.score,
        level: c.required,
      });
    return describe(c);
  };

/**
 * A PMO succeeds when its role matches the capabilities it rests on. Each model names the
 * dimensions it needs and the level in each. When the target's needs are met, start there.
 * Otherwise introduce the models in order from the first step the organisation does not
 * already run (an existing office or services in use), so a passed step is never scheduled.
 */
export const assessReadiness = (
  best: ModelFit,
  maturity: Maturity,
  existing: ExistingPmo = 'none',
  scope: PmoScope = 'organisation',
  say: Say = english,
): Readiness => {
  const target = best.model;
  const needs = capabilitiesFor(target, maturity);
  const stretch = needs.some((c) => !c.met);
  const t = modelRank(target);
  // The target is what the plan builds: it is never reported as already passed.
  const passed = PMO_MODELS.filter((m, i) => i < t && isPassed(m.id, maturity, existing)).map((m) => m.id);
  const firstOpen = PMO_MODELS.findIndex((m, i) => i <= t && !passed.includes(m.id));
  const start = !stretch || firstOpen === -1 ? t : firstOpen;
  const stagedPath = PMO_MODELS.slice(start, t + 1).map((m) => m.id);
  const capabilities = stagedPath.flatMap((id) => capabilitiesFor(id, maturity));
  const names = stagedPath.map((id) => say(msg(`modelName.${id}`)));
  const unmet = needs.filter((c) => !c.met);
  const model = msg(`model.${best.model}`);
  const missing = unmet.map(describeUnmet(maturity));
  // A prerequisite met on the average of divided answers (divided.ts) rests on split answers: the
  // average meets the bar, part of the organisation may not.
  const divided = needs.filter(
    (c) => c.met && dimension(maturity, c.dimension) && dividedViews(dimension(maturity, c.dimension) ?? {}),
  );
  let explanation = say(
    !stretch
      ? needs.length === 0
        ? msg('readiness.startAtOnce', { model })
        : divided.length > 0
          ? msg('readiness.inPlaceDivided', {
              model,
              capabilities: needs.map(describe),
              dimensions: divided.map((c) => c.name),
            })
          : msg('readiness.inPlace', { model, capabilities: needs.map(describe) })
      : stagedPath.length > 1
        ? msg('readiness.staged', { model, capabilities: missing, path: names.join(' \u2192 ') })
        : scope === 'programme'
          ? msg('readiness.programme', { model, capabilities: missing })
          : msg('readiness.pilot', { model, capabilities: missing }),
  );
  const before = passed.filter((id) => modelRank(id) < t);
  if (before.length > 0)
    explanation = say(
      msg('readiness.passed', { explanation, models: before.map((id) => msg(`model.${id}`)) }),
    );
  return {
    currentLevel: maturity.level,
    requiredLevel: best.requiredLevel,
    stretch,
    stagedPath,
    capabilities,
    passed,
    explanation,
  };
};
