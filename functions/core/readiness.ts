import type { Maturity, ModelFit, PmoModelId, Readiness } from '../contract/result';
import { PMO_MODELS } from './pmo-models';

/**
 * A PMO succeeds when its role matches the organisation's maturity. When the best-fitting
 * model asks for more maturity than exists, the recommendation keeps it as the target and
 * introduces the less controlling models first, one step at a time.
 */
export const assessReadiness = (best: ModelFit, maturity: Maturity): Readiness => {
  const current = maturity.level;
  const stretch = best.requiredLevel > current;
  const targetIndex = PMO_MODELS.findIndex((m) => m.id === best.model);
  const firstIndex = stretch
    ? Math.max(
        0,
        PMO_MODELS.findLastIndex((m) => m.requiredLevel <= current),
      )
    : targetIndex;
  const stagedPath: PmoModelId[] = PMO_MODELS.slice(firstIndex, targetIndex + 1).map((m) => m.id);
  const names = stagedPath.map((id) => PMO_MODELS.find((m) => m.id === id)?.name ?? id);
  return {
    currentLevel: current,
    requiredLevel: best.requiredLevel,
    stretch,
    stagedPath,
    explanation: stretch
      ? `The ${best.name.toLowerCase()} needs maturity level ${best.requiredLevel}; the organisation is at level ${current}. Starting there directly is a risk: introduce it in stages (${names.join(' \u2192 ')}), moving on when a re-assessment shows the next level.`
      : `The ${best.name.toLowerCase()} needs maturity level ${best.requiredLevel}; at level ${current} the organisation is ready for it.`,
  };
};
