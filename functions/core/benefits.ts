import type { DimensionScore, PmoModelId } from '../contract/result';
import { PMO_MODELS } from './pmo-models';
import { type EngineKey, english, msg, type Say } from './say';

interface BenefitRule {
  benefit: EngineKey;
  /** The least controlling model that delivers it. */
  from: PmoModelId;
  /** The dimensions whose weakness it answers. */
  dimensions: readonly string[];
}

const RULES: readonly BenefitRule[] = [
  {
    benefit: 'benefit.betterDecisionsFromConsolidated',
    from: 'weather-station',
    dimensions: ['reporting', 'tools'],
  },
  {
    benefit: 'benefit.anIndependentViewOf',
    from: 'weather-station',
    dimensions: ['governance', 'reporting'],
  },
  {
    benefit: 'benefit.consistentPracticeFromOne',
    from: 'control-tower',
    dimensions: ['standards', 'lifecycle'],
  },
  {
    benefit: 'benefit.lessDuplicatedEffortShared',
    from: 'control-tower',
    dimensions: ['tools', 'competencies'],
  },
  {
    benefit: 'benefit.higherQualityOutcomesFrom',
    from: 'control-tower',
    dimensions: ['competencies', 'stakeholders'],
  },
  {
    benefit: 'benefit.risksSeenAndMitigated',
    from: 'control-tower',
    dimensions: ['risk-control'],
  },
  { benefit: 'benefit.projectsChosenAndRanked', from: 'resource-source', dimensions: ['portfolio'] },
  { benefit: 'benefit.betterUseOfShared', from: 'resource-source', dimensions: ['resources'] },
];

const rank = (id: PmoModelId) => PMO_MODELS.findIndex((m) => m.id === id);

/**
 * What the recommended PMO would bring this organisation: the benefits its model delivers,
 * strongest case first (the weakest related dimension today), each with the score that argues for it.
 */
export const expectedBenefits = (
  model: PmoModelId,
  dimensions: readonly DimensionScore[],
  say: Say = english,
) =>
  RULES.filter((r) => rank(r.from) <= rank(model))
    .map((r) => {
      const related = dimensions.filter((d) => r.dimensions.includes(d.id) && d.score !== null);
      const weakest = related.reduce<DimensionScore | null>(
        (w, d) => (w === null || (d.score as number) < (w.score as number) ? d : w),
        null,
      );
      return {
        benefit: say(msg(r.benefit)),
        because: say(
          weakest
            ? msg('benefit.because', { dimension: weakest.name, score: weakest.score as number })
            : msg('benefit.notRated'),
        ),
        score: weakest?.score ?? 5,
      };
    })
    .sort((a, b) => a.score - b.score)
    .map(({ benefit, because }) => ({ benefit, because }));
