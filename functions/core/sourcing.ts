import type { OrganisationContext } from '../contract/context';
import type { Factor, PmoAction, PmoModelId, SourcingFit, SourcingId } from '../contract/result';
import { BASE_POINTS, factor, reasonsFrom, scoreFromFactors } from './factors';

/** Prerequisites by model: a directive office's decision rights stay inside the organisation. */
const GATES: Record<SourcingId, (model: PmoModelId | null) => string[]> = {
  internal: () => [],
  hybrid: () => [],
  outsourced: (model) =>
    model === 'resource-source'
      ? [
          'A resource source decides priorities and people; those decision rights stay inside the organisation, so it can be hybrid at most.',
        ]
      : [],
};

const expertise = (
  c: OrganisationContext,
  points: Record<OrganisationContext['pmExpertise'], number>,
  why: string,
): Factor => factor('pm-expertise', 'In-house PM expertise', c.pmExpertise, points[c.pmExpertise], why);
const urgency = (
  c: OrganisationContext,
  points: Record<OrganisationContext['urgency'], number>,
  why: string,
): Factor => factor('urgency', 'Urgency', c.urgency, points[c.urgency], why);
const horizon = (
  c: OrganisationContext,
  points: Record<OrganisationContext['horizon'], number>,
  why: string,
): Factor => factor('horizon', 'Lasting or temporary need', c.horizon, points[c.horizon], why);

const RULES: Record<SourcingId, (c: OrganisationContext) => Factor[]> = {
  internal: (c) => [
    expertise(
      c,
      { none: -20, basic: 5, strong: 25 },
      c.pmExpertise === 'none'
        ? 'an internal office needs expertise the organisation lacks'
        : 'in-house expertise can build an office that fits the culture',
    ),
    urgency(
      c,
      { low: 15, medium: 0, high: -15 },
      c.urgency === 'high'
        ? 'building an office from within is slow for an urgent need'
        : 'there is time to diagnose the culture and build standards from it',
    ),
    horizon(
      c,
      { temporary: -20, lasting: 15 },
      c.horizon === 'lasting'
        ? 'a lasting need rewards ownership and acceptance'
        : 'a permanent department is too much for a temporary need',
    ),
    factor(
      'project-managers',
      'Project managers',
      String(c.projectManagers),
      c.projectManagers >= 3 ? 5 : 0,
      c.projectManagers >= 3
        ? 'existing project managers can staff the office'
        : 'too few project managers to staff the office from within',
    ),
  ],
  outsourced: (c) => [
    expertise(
      c,
      { none: 20, basic: 5, strong: -20 },
      c.pmExpertise === 'strong'
        ? 'outside method adds little to strong in-house expertise'
        : 'a consultancy brings expertise the organisation lacks',
    ),
    urgency(
      c,
      { low: -5, medium: 5, high: 20 },
      c.urgency === 'low'
        ? 'speed, the main benefit of outsourcing, is not needed'
        : 'an outside team applies a ready method quickly',
    ),
    horizon(
      c,
      { temporary: 25, lasting: -10 },
      c.horizon === 'temporary'
        ? 'a temporary need avoids building a permanent department'
        : 'a lasting need makes outside fees recurring and ownership weak',
    ),
  ],
  hybrid: (c) => [
    expertise(
      c,
      { none: 5, basic: 15, strong: -5 },
      c.pmExpertise === 'basic'
        ? c.horizon === 'temporary'
          ? 'outside experts can stand the office up alongside staff who know the organisation'
          : 'outside experts can stand the office up and coach staff to take it over'
        : c.pmExpertise === 'none'
          ? c.horizon === 'temporary'
            ? 'outside experts bring the expertise while internal staff work alongside them'
            : 'a hand-over needs internal staff to be trained first'
          : 'strong in-house expertise needs little outside help',
    ),
    urgency(
      c,
      { low: -5, medium: 10, high: 10 },
      c.urgency === 'low'
        ? 'no urgency to justify outside help at the start'
        : 'outside help gives a fast start',
    ),
    horizon(
      c,
      { temporary: -15, lasting: 15 },
      c.horizon === 'lasting'
        ? 'a planned hand-over leaves a lasting internal office'
        : 'a hand-over makes little sense for a temporary need',
    ),
  ],
};

/**
 * An office kept or evolved is run by the team in place: internal unless the other points
 * argue for a change strongly enough. A reset or a new office starts from no team.
 */
const TEAM_IN_PLACE: Record<SourcingId, number> = { internal: 30, hybrid: -25, outsourced: -25 };

const teamInPlace = (sourcing: SourcingId, action: PmoAction | null): Factor[] =>
  action === 'keep' || action === 'evolve'
    ? [
        factor(
          'existing-office',
          'Office in place',
          action,
          TEAM_IN_PLACE[sourcing],
          sourcing === 'internal'
            ? 'the team in place already runs the office'
            : 'bringing in a provider would replace a team that already runs the office',
        ),
      ]
    : [];

const ORDER: readonly SourcingId[] = ['internal', 'hybrid', 'outsourced'];

/** Fit of every sourcing option for a model: eligible first, then by score; ties go to internal, then hybrid. */
export const fitSourcing = (
  context: OrganisationContext,
  model: PmoModelId | null = null,
  action: PmoAction | null = null,
): SourcingFit[] =>
  ORDER.map((sourcing) => {
    const factors = [...RULES[sourcing](context), ...teamInPlace(sourcing, action)];
    const blockers = [
      ...GATES[sourcing](model),
      ...(action === 'keep' && sourcing !== 'internal'
        ? [
            'The office in place fits and is kept: its own team runs it. Bringing in a provider would be a change, not a keep.',
          ]
        : []),
    ];
    return {
      sourcing,
      score: scoreFromFactors(factors),
      base: BASE_POINTS,
      eligible: blockers.length === 0,
      blockers,
      factors,
      reasons: reasonsFrom(factors),
    };
  }).sort((a, b) => Number(b.eligible) - Number(a.eligible) || b.score - a.score);
