import type { Maturity } from '../../contract/result';
import { takesOrders } from '../customer-orders';
import type { Situation } from '../situation';
import type { ServiceId } from './catalogue';
import { OVERSIGHT_SHARE } from './controls-share';
import { TARGET_LEVEL } from './order';
import { runsControlsToday } from './order-central';
import { STRONG_PRACTICE_LEVEL } from './strong-practice';

/**
 * Project controls sized by the need for them, not by the degree of control (round 24). Planning,
 * cost, estimate at completion and change control over contracts and capital projects, and the
 * evidence a regulator requires, are services to delivery and duties of the organisation: the degree
 * of control decides who decides (gates, approvals, compliance over project managers), not how much of
 * that work exists. How much of it falls to the office follows who does the per-job work, how much of
 * the spend is under client contracts, how far the practice falls short and how the work is funded.
 * docs/scoring.md, "Sizing from services".
 */

/** The services that control cost, schedule and change over spend. */
export const CONTROLS_SERVICES: readonly ServiceId[] = ['programme-controls', 'portfolio-controls'];

/**
 * A controls service the situation calls for (its context pressure reaches one: enough spend per
 * project, or customer orders to control), or a regulated organisation's assurance, is held whatever
 * the degree of control, in full: a weather station keeps them as a control tower would (round 24: a
 * city utility's SEK 900M regulated capital programme reset from a control tower kept no cost control;
 * a rolling-stock maker's LD-bearing contracts kept a monthly review). Our judgement, the panel's line.
 */
export const deliveryDuty = (id: ServiceId, s: Situation, pressure: number): boolean =>
  (id === 'assurance' && s.regulated === true) || (CONTROLS_SERVICES.includes(id) && pressure >= 1);

/** Whether the office in place runs the controls today (order-central.ts, where the orders' sizing reads it too). */
/** The oversight share (controls-share.ts), kept here where the controls' need reads it. */
export { OVERSIGHT_SHARE, runsControlsToday };

/**
 * Where an organisation runs both customer orders and its own projects, the share of its stated spend
 * taken as under client contracts, for the commercial controlling of orders: half (our judgement; the
 * engine is not told the split, and a software vendor's internal R&D has no client contract, round 24).
 */
export const BOTH_CONTRACT_SHARE = 0.5;

/**
 * Agile teams funded as teams, outside customer contracts: the office tracks dates and dependencies,
 * not cost and change (the teams' funding decides the cost). It takes the oversight share of the
 * controls (our judgement, after lean portfolio management's guardrails; round 24: a marketplace's
 * six-month agile launch got programme controls as its largest service).
 */
export const AGILE_CONTROLS_SHARE = OVERSIGHT_SHARE;

/** Mean of the rated finance and risk-control levels, or null when neither is rated. */
const controlsPractice = (m: Maturity): number | null => {
  let sum = 0;
  let n = 0;
  for (const d of m.dimensions)
    if ((d.id === 'finance' || d.id === 'risk-control') && d.score !== null) {
      sum += d.score;
      n += 1;
    }
  return n === 0 ? null : sum / n;
};

/**
 * The share of the controls' full effort the finance and risk-control gap calls for: all of it at or
 * below the target level, falling on a straight line to OVERSIGHT_SHARE at STRONG_PRACTICE_LEVEL. More
 * gap never takes less effort.
 */
export const practiceShare = (m: Maturity): number => {
  const level = controlsPractice(m);
  if (level === null || level <= TARGET_LEVEL) return 1;
  const t = Math.min(1, (level - TARGET_LEVEL) / (STRONG_PRACTICE_LEVEL - TARGET_LEVEL));
  return 1 - (1 - OVERSIGHT_SHARE) * t;
};

/**
 * The one coefficient on a controls service's spend-driven effort: the part of the spend under client
 * contracts (commercial controlling where some projects are the organisation's own), who does the
 * per-job work (the contracts, unless a controlling office in place does it), the practice gap, and
 * team-funded agile work. It reads no spend: more spend never takes less effort.
 */
export const controlsNeed = (id: ServiceId, s: Situation, m: Maturity): number => {
  if (!CONTROLS_SERVICES.includes(id)) return 1;
  const orders = id === 'programme-controls' && takesOrders(s);
  const contracts = orders && s.projectsFor === 'both' ? BOTH_CONTRACT_SHARE : 1;
  // Where every project is a customer order the office's own size rule already says where the per-job
  // work sits (order-central.ts: the cross-job work, or the jobs' own controls in a push that delivers
  // them); where some are, the oversight share of the owner's curve on the contract half.
  const perJob = orders && s.projectsFor === 'both' && !runsControlsToday(id, s) ? OVERSIGHT_SHARE : 1;
  const agile = s.deliveryApproach === 'agile' && !takesOrders(s) ? AGILE_CONTROLS_SHARE : 1;
  return contracts * perJob * agile * practiceShare(m);
};
