import { customerServiceName, projectsForOf } from '../customer-orders';
import { type EngineKey, type EngineMessage, msg } from '../say';
import type { Situation } from '../situation';
import { HUB_THRESHOLD_SHARE, MINIMUM_STANDARD_SHARE, thresholdShare } from './hub-threshold';
import { leanGates } from './lean-gate';
import { deliveryMachine } from './order-central';
import { OFFERED_SHARE, REVIEW_SHARE, type Sized } from './sizing';
import { STRONG_PRACTICE_LEVEL } from './strong-practice';
import type { OfficeKey } from './words';

/** A service's name as the office holds it, and what its form says about it (design.ts). */

/** A service's name: in its supportive form where the office holds it below its control. */
const OFFERED_NAMES = {
  'portfolio-prioritisation': 'office.serviceOffered.portfolio-prioritisation',
  standards: 'office.serviceOffered.standards',
  assurance: 'office.serviceOffered.assurance',
  tooling: 'office.serviceOffered.tooling',
  'portfolio-controls': 'office.serviceOffered.portfolio-controls',
} as const satisfies Partial<Record<Sized['spec']['id'], OfficeKey>>;

/** A service to delivery held above the office's control (sizing.ts, `delivery`): the work stays, others decide. */
const DELIVERY_NAMES = {
  assurance: 'office.serviceDelivery.assurance',
  'portfolio-controls': 'office.serviceDelivery.portfolio-controls',
} as const satisfies Partial<Record<Sized['spec']['id'], OfficeKey>>;

const nameKey = (c: Sized, inUnits: boolean, s: Situation): EngineKey => {
  // Where units run their own projects, people are planned inside each unit (shape.ts, round 16).
  if (inUnits && c.spec.id === 'capacity-planning') return 'structure.service.capacityInUnits';
  const forOrders = customerServiceName(
    c.spec.id,
    projectsForOf(s),
    c.driver === 'people',
    deliveryMachine(s),
  );
  if (forOrders) return forOrders;
  // A regulated organisation's assurance held for its evidence trail alone (choice.ts) says so.
  if (c.form === 'duty') return 'office.serviceDuty.assurance';
  if (c.form === 'lean') return 'office.serviceLean.status-reporting';
  if (c.form === 'minimum') return 'office.serviceMinimum.standards';
  if (c.form === 'delivery' && c.spec.id in DELIVERY_NAMES)
    return DELIVERY_NAMES[c.spec.id as keyof typeof DELIVERY_NAMES];
  const offered = c.form === 'offered' ? OFFERED_NAMES[c.spec.id as keyof typeof OFFERED_NAMES] : undefined;
  if (c.form === 'offered' && offered === undefined)
    throw new Error(`${c.spec.id} has no supportive form, yet it is held above the office's control`);
  // A lean portfolio asked for stop decisions says its go/stop gate (lean-gate.ts).
  if (leanGates(s, c.spec.id)) return 'office.serviceGated.lean-portfolio';
  return offered ?? `office.service.${c.spec.id}`;
};

/** The service's name; one held as a review of strong practice (strong-practice.ts) says so. */
export const serviceName = (c: Sized, inUnits: boolean, s: Situation): EngineMessage =>
  c.form === 'review'
    ? msg('office.serviceReview', { service: msg(nameKey(c, inUnits, s)) })
    : c.form === 'threshold'
      ? msg('office.serviceThreshold', { service: msg(nameKey(c, inUnits, s)) })
      : msg(nameKey(c, inUnits, s));

/** What a service's form says about it: the supportive form, a review of strong practice, or a hub's threshold and minimum standard. */
export const formReasons = (c: Sized): EngineMessage[] =>
  c.said && c.said.length > 0 ? [...formReasonsBy(c), ...c.said] : formReasonsBy(c);

const formReasonsBy = (c: Sized): EngineMessage[] =>
  c.form === 'threshold'
    ? [
        msg(c.spec.id === 'status-reporting' ? 'office.thresholdFormReport' : 'office.thresholdForm', {
          percent: Math.round(HUB_THRESHOLD_SHARE * 100),
          share: Math.round(thresholdShare(c.spec.id) * 100),
        }),
      ]
    : c.form === 'minimum'
      ? [msg('office.minimumForm', { percent: Math.round(MINIMUM_STANDARD_SHARE * 100) })]
      : formReasonsOf(c);

const formReasonsOf = (c: Sized): EngineMessage[] =>
  c.form === 'delivery'
    ? [msg('office.deliveryForm')]
    : c.form === 'offered'
      ? [msg('office.offeredForm', { percent: Math.round(OFFERED_SHARE * 100) })]
      : c.form === 'review'
        ? [
            msg('office.reviewForm', {
              level: STRONG_PRACTICE_LEVEL,
              percent: Math.round(REVIEW_SHARE * 100),
            }),
          ]
        : [];
