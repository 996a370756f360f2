import type { ExistingPmo } from '../contract/context';
import type { Maturity, ModelFit, PmoModelId, PmoScope, Readiness } from '../contract/result';
import { MIN_RATED_QUESTIONS } from './evidence';
import { modelProfile, modelRank, PMO_MODELS } from './pmo-models';

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

const why = (maturity: Maturity, c: Capability): string => {
  const d = dimension(maturity, c.dimension);
  if (!d || d.score === null) return '';
  if (d.questionsAnswered < MIN_RATED_QUESTIONS) return `; only ${d.questionsAnswered} question rated`;
  if (!d.consistent) return '; the answers disagree';
  return '';
};

const describe = (c: Capability) =>
  `${c.name} ${c.score === null ? 'not rated' : c.score.toFixed(2)}${c.met ? '' : ` (needs level ${c.required}${c.score !== null ? ' on sufficient evidence' : ''})`}`;

const describeUnmet = (maturity: Maturity) => (c: Capability) => {
  const reason = why(maturity, c);
  return reason === '' ? describe(c) : `${describe(c).slice(0, -1)}${reason})`;
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
  const names = stagedPath.map((id) => modelProfile(id).name);
  const unmet = needs.filter((c) => !c.met);
  let explanation: string;
  if (!stretch)
    explanation =
      needs.length === 0
        ? `The ${best.name.toLowerCase()} rests on no prior capability; it can start at once.`
        : `The ${best.name.toLowerCase()} rests on ${needs.map(describe).join(', ')}: all in place.`;
  else if (stagedPath.length > 1)
    explanation = `The ${best.name.toLowerCase()} needs ${unmet.map(describeUnmet(maturity)).join(', ')}. Introduce it in stages (${names.join(' \u2192 ')}), moving on when a re-assessment shows the capability.`;
  else if (scope === 'programme')
    explanation = `The ${best.name.toLowerCase()} needs ${unmet.map(describeUnmet(maturity)).join(', ')}; the earlier steps are already in use, so start with it and build the missing capability while it runs the programme.`;
  else
    explanation = `The ${best.name.toLowerCase()} needs ${unmet.map(describeUnmet(maturity)).join(', ')}; the earlier steps are already in use, so start with it and build the missing capability during the pilot.`;
  if (passed.length > 0 && passed.some((id) => modelRank(id) < t))
    explanation += ` Already in use, so not scheduled: ${passed
      .filter((id) => modelRank(id) < t)
      .map((id) => modelProfile(id).name.toLowerCase())
      .join(', ')}.`;
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
