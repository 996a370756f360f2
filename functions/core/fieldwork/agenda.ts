import type { DimensionScore, PerceptionGap, RoleScores, StakeholderAnalysis } from '../../contract/result';
import { MIN_GROUP_SIZE } from '../group-size';

/**
 * The calibration workshop's agenda, built only from what the disclosure rules already published in
 * an assessment's results (functions/core/disclosure.ts): the overall dimension cells, the spreads
 * of respondents' scores (shown only over at least k raters), and the perception gaps between role
 * groups the results show. Nothing per person reaches it, and it re-checks every figure against the
 * published cells, so a figure the rules withheld (a dimension nobody, or fewer than k, rated; a
 * group too small) is never put before the room. "Don't know" rates are not published by the rules,
 * so the agenda does not use them.
 */

/** The results' parts the agenda may read: a narrow view, so nothing else can reach it. */
export interface PublishedAggregates {
  analysis: Pick<StakeholderAnalysis, 'minGroupSize' | 'consensus' | 'gaps' | 'byRole'>;
  result: {
    maturity: { dimensions: readonly Pick<DimensionScore, 'id' | 'score'>[] };
  } | null;
}

export type AgendaReason =
  /** Respondents' scores of the dimension are far apart (a standard deviation over ≥ k raters). */
  | { kind: 'spread'; spread: number; raters: number; consensus: 'weak' | 'moderate' }
  /** Two shown role groups see the dimension a point or more apart. */
  | {
      kind: 'gap';
      higher: { role: RoleScores['role']; score: number };
      lower: { role: RoleScores['role']; score: number };
      gap: number;
    };

export interface AgendaItem {
  dimension: string;
  /** The published overall score, to calibrate against. */
  score: number;
  reasons: AgendaReason[];
  minutes: number;
}

export interface Agenda {
  k: number;
  /** The divergent dimensions discussed, most divergent first. */
  items: AgendaItem[];
  /** Divergent dimensions left for another session (beyond the half-day's room). */
  reserve: AgendaItem[];
  /** Published dimensions that showed no divergence. */
  aligned: number;
  openingMinutes: number;
  closingMinutes: number;
  totalMinutes: number;
}

export interface AgendaOptions {
  /** How many dimensions one workshop can calibrate (a half-day: 5). */
  maxItems?: number;
  openingMinutes?: number;
  closingMinutes?: number;
}

/** A spread at or above this is discussed (consensusOf calls it moderate from 0.5, weak from 1). */
const SPREAD_TO_DISCUSS = 0.75;

const minutesFor = (reasons: readonly AgendaReason[]) => (reasons.length > 1 ? 30 : 20);

const weight = (reasons: readonly AgendaReason[]) =>
  reasons.reduce((sum, r) => sum + (r.kind === 'gap' ? r.gap : r.spread), 0);

/** A role group's published score of a dimension, if the results show that cell. */
const cellOf = (
  groups: readonly RoleScores[],
  role: RoleScores['role'],
  dimension: string,
  k: number,
): number | null => {
  const group = groups.find((g) => g.role === role);
  if (!group || group.respondents < k) return null;
  return group.dimensions.find((d) => d.id === dimension)?.score ?? null;
};

/** A gap counts only when both of its cells are cells the results publish, with the same scores. */
const publishedGap = (gap: PerceptionGap, groups: readonly RoleScores[], k: number): AgendaReason | null => {
  const higher = cellOf(groups, gap.higher.role as RoleScores['role'], gap.dimension, k);
  const lower = cellOf(groups, gap.lower.role as RoleScores['role'], gap.dimension, k);
  if (higher === null || lower === null || higher !== gap.higher.score || lower !== gap.lower.score)
    return null;
  return {
    kind: 'gap',
    higher: { role: gap.higher.role as RoleScores['role'], score: higher },
    lower: { role: gap.lower.role as RoleScores['role'], score: lower },
    gap: Math.round((higher - lower) * 100) / 100,
  };
};

/** The agenda of the calibration workshop for one assessment's published results. */
export const buildAgenda = (published: PublishedAggregates, options: AgendaOptions = {}): Agenda => {
  const { maxItems = 5, openingMinutes = 15, closingMinutes = 20 } = options;
  const { analysis, result } = published;
  const k = Math.max(MIN_GROUP_SIZE, analysis.minGroupSize);
  const candidates: AgendaItem[] = [];
  let aligned = 0;
  for (const dimension of result?.maturity.dimensions ?? []) {
    // Only a dimension with a published overall score is discussed: one the rules withheld has no
    // figure to calibrate, and none of its cells may appear.
    if (dimension.score === null) continue;
    const reasons: AgendaReason[] = [];
    const consensus = analysis.consensus.find((c) => c.dimension === dimension.id);
    if (
      consensus &&
      consensus.spread !== null &&
      consensus.respondents >= k &&
      consensus.spread >= SPREAD_TO_DISCUSS &&
      (consensus.consensus === 'weak' || consensus.consensus === 'moderate')
    )
      reasons.push({
        kind: 'spread',
        spread: consensus.spread,
        raters: consensus.respondents,
        consensus: consensus.consensus,
      });
    for (const gap of analysis.gaps.filter((g) => g.dimension === dimension.id)) {
      const shown = publishedGap(gap, analysis.byRole, k);
      if (shown) {
        reasons.push(shown);
        break; // the largest gap says it; the results list them largest first
      }
    }
    if (reasons.length === 0) {
      aligned++;
      continue;
    }
    candidates.push({
      dimension: dimension.id,
      score: dimension.score,
      reasons,
      minutes: minutesFor(reasons),
    });
  }
  candidates.sort((a, b) => weight(b.reasons) - weight(a.reasons) || a.dimension.localeCompare(b.dimension));
  const items = candidates.slice(0, maxItems);
  return {
    k,
    items,
    reserve: candidates.slice(maxItems),
    aligned,
    openingMinutes,
    closingMinutes,
    totalMinutes: openingMinutes + closingMinutes + items.reduce((n, i) => n + i.minutes, 0),
  };
};
