import { COMMERCIAL_HOURS_PER_ORDER } from '../customer-orders';
import { ORDER_CONTROLS_ROLE_FTE } from '../order-controls';
import { modelProfile } from '../pmo-models';
import type { Situation } from '../situation';
import { CONTROL_RANK, HOURS_PER_FTE } from './catalogue';

/**
 * Many small client orders (round 27: an architecture practice's 2-person supportive office grew to
 * 8-12 people to keep cost to complete on all 260 of its client projects). Where the orders are too
 * small to need controls of their own (order-controls.ts, controlledOrders) and more than one
 * commercial manager keeps in full, the project leads keep each order's fee and cost in the firm's
 * own system; the office's commercial work is the firm's figures (fee recovery, write-offs) and a
 * review of a sample, the largest orders by value. Its effort is bounded by the orders it reviews.
 */

/**
 * The orders one commercial manager keeps in full at the per-order rate: ORDER_CONTROLS_ROLE_FTE at
 * COMMERCIAL_HOURS_PER_ORDER, 50 orders. Up to it every order is controlled, as before (our judgement,
 * the role round 23 named).
 */
export const ORDERS_KEPT_IN_FULL = (ORDER_CONTROLS_ROLE_FTE * HOURS_PER_FTE) / COMMERCIAL_HOURS_PER_ORDER;

/**
 * Beyond it, the share of the orders the office reviews, the largest by value: a fifth, which in a
 * book of many client orders carries most of the fees at risk (our judgement, after the Pareto
 * spread of order values practitioners report; round 27's reviewer asked for cost control of "the
 * largest or riskiest jobs, not scaling with the number of jobs").
 */
export const REVIEWED_ORDER_SHARE = 0.2;

/** The orders the office reviews commercially: all up to ORDERS_KEPT_IN_FULL, then the largest share. */
export const reviewedOrders = (orders: number): number =>
  Math.min(orders, Math.max(ORDERS_KEPT_IN_FULL, Math.ceil(orders * REVIEWED_ORDER_SHARE)));

/**
 * A supportive office in place that runs no per-job controls today is grown by the commercial review
 * at most by its own size: it reviews as many orders as its own hours allow at the per-order rate,
 * never fewer than one. Our judgement: an office that works is widened by what its new services need,
 * and a sample of client orders is what it can add at once (round 27's reviewer: keep it at 2-3 FTE).
 */
export const inPlaceOrderCap = (s: Situation): number =>
  s.existingPmo !== 'none' &&
  (s.existingPmoFte ?? 0) > 0 &&
  CONTROL_RANK[modelProfile(s.existingPmo).control] < CONTROL_RANK.controlling
    ? Math.max(1, Math.floor(((s.existingPmoFte ?? 0) * HOURS_PER_FTE) / COMMERCIAL_HOURS_PER_ORDER))
    : Number.POSITIVE_INFINITY;

/** The small orders the office controls commercially, order by order: the reviewed ones, within an office in place's cap. */
export const ordersControlled = (s: Situation, orders: number): number =>
  orders <= ORDERS_KEPT_IN_FULL ? orders : Math.min(reviewedOrders(orders), inPlaceOrderCap(s));
