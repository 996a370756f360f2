import { takesOrders } from '../customer-orders';
import type { Situation } from '../situation';
import type { ServiceId } from './catalogue';

/**
 * Customer work is costed because it is customer work (round 28: a contract-research institute with
 * 140 projects for customers and for itself, its finance rated 2.5, got no project costing or bid
 * review, where a hospital's R&D office rated 2.25 did). Where some or all projects are customer
 * orders, the commercial controlling of them (costing at the bid, cost to complete against the agreed
 * scope and price, changes agreed with the client) is a service to delivery, held at any degree of
 * control as the controls a situation calls for are (controls-need.ts, deliveryDuty), sized by the
 * orders (sizing.ts) and by the need for it (controls-need.ts, controlsNeed): a strong finance
 * function makes it the consolidation of what finance already does (consolidate.ts), never nothing,
 * never a second finance function. Our judgement, the reviewers' line: a firm paid by the order
 * cannot leave its orders uncosted, whatever its answers on finance.
 */
export const customerCosting = (id: ServiceId, s: Pick<Situation, 'projectsFor'>): boolean =>
  id === 'programme-controls' && takesOrders(s);
