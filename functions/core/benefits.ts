import type { DimensionScore, PmoModelId } from '../contract/result';
import { PMO_MODELS } from './pmo-models';

interface BenefitRule {
  benefit: string;
  /** The least controlling model that delivers it. */
  from: PmoModelId;
  /** The dimensions whose weakness it answers. */
  dimensions: readonly string[];
}

const RULES: readonly BenefitRule[] = [
  {
    benefit: 'Better decisions from consolidated, trusted project data',
    from: 'weather-station',
    dimensions: ['reporting', 'tools'],
  },
  {
    benefit: 'An independent view of every project for senior management',
    from: 'weather-station',
    dimensions: ['governance', 'reporting'],
  },
  {
    benefit: 'Consistent practice from one project to the next',
    from: 'control-tower',
    dimensions: ['standards', 'lifecycle'],
  },
  {
    benefit: 'Less duplicated effort: shared templates, tools and lessons',
    from: 'control-tower',
    dimensions: ['tools', 'competencies'],
  },
  {
    benefit: 'Higher quality outcomes from trained, supported project managers',
    from: 'control-tower',
    dimensions: ['competencies', 'stakeholders'],
  },
  {
    benefit: 'Risks seen and mitigated across projects, not one at a time',
    from: 'control-tower',
    dimensions: ['risk-control'],
  },
  { benefit: 'Projects chosen and ranked by strategy', from: 'resource-source', dimensions: ['portfolio'] },
  { benefit: 'Better use of shared people and budget', from: 'resource-source', dimensions: ['resources'] },
];

const rank = (id: PmoModelId) => PMO_MODELS.findIndex((m) => m.id === id);

/**
 * What the recommended PMO would bring this organisation: the benefits its model delivers,
 * strongest case first (the weakest related dimension today), each with the score that argues for it.
 */
export const expectedBenefits = (model: PmoModelId, dimensions: readonly DimensionScore[]) =>
  RULES.filter((r) => rank(r.from) <= rank(model))
    .map((r) => {
      const related = dimensions.filter((d) => r.dimensions.includes(d.id) && d.score !== null);
      const weakest = related.reduce<DimensionScore | null>(
        (w, d) => (w === null || (d.score as number) < (w.score as number) ? d : w),
        null,
      );
      return {
        benefit: r.benefit,
        because: weakest
          ? `${weakest.name} scores ${(weakest.score as number).toFixed(2)} of 5 today.`
          : 'Not rated today.',
        score: weakest?.score ?? 5,
      };
    })
    .sort((a, b) => a.score - b.score)
    .map(({ benefit, because }) => ({ benefit, because }));
