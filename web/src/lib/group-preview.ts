import { STAKEHOLDER_ROLES, type StakeholderRole } from '../../../functions/contract/roles';

/** The smallest group size the product ever publishes, whatever an assessment asks for. */
const FLOOR = 3;

export interface GroupPreview {
  /** The group size that applies: the one chosen, never below the product's floor. */
  k: number;
  /** Everyone planned, all roles together. */
  total: number;
  /**
   * Roles with at least k planned: shown on their own from k submissions, in steps of k; `rest` of
   * them (planned mod k) join the pool of small roles even when everyone answers.
   */
  ownGroup: { role: StakeholderRole; planned: number; rest: number }[];
  /** Roles with fewer than k planned: their answers join one pool of small roles. */
  pooled: { role: StakeholderRole; planned: number }[];
  /** People in the pool if everyone answered: the small roles and the rest of the larger ones. */
  poolSize: number;
  /** Whether the pool can ever reach k (if it cannot, those answers count only in the overall figures). */
  poolCanShow: boolean;
  /** Whether any result can appear at all: k submissions in total. */
  resultsPossible: boolean;
}

/**
 * What a chosen group size k lets the consultant see, for the numbers they plan to invite per role,
 * before anyone is invited: which roles can stand as their own group, which are pooled with other
 * small roles, and whether the pool or any result can ever appear. Counts assume everyone answers;
 * fewer answers only ever show less. Roles planned at 0 or left blank are ignored.
 */
export const groupPreview = (
  minGroupSize: number,
  planned: Partial<Record<StakeholderRole, number>>,
): GroupPreview => {
  const k = Math.max(FLOOR, Math.floor(Number.isFinite(minGroupSize) ? minGroupSize : FLOOR));
  const ownGroup: GroupPreview['ownGroup'] = [];
  const pooled: GroupPreview['pooled'] = [];
  for (const role of STAKEHOLDER_ROLES) {
    const raw = planned[role];
    const n = raw === undefined || !Number.isFinite(raw) ? 0 : Math.max(0, Math.floor(raw));
    if (n === 0) continue;
    if (n >= k) ownGroup.push({ role, planned: n, rest: n % k });
    else pooled.push({ role, planned: n });
  }
  const total = [...ownGroup, ...pooled].reduce((sum, r) => sum + r.planned, 0);
  const poolSize =
    pooled.reduce((sum, r) => sum + r.planned, 0) + ownGroup.reduce((sum, r) => sum + r.rest, 0);
  return {
    k,
    total,
    ownGroup,
    pooled,
    poolSize,
    poolCanShow: poolSize >= k,
    resultsPossible: total >= k,
  };
};
