import type { Maturity, PmoModelId, PmoScope, PmoService, PmoShape, Staffing } from '../../contract/result';
import type { OrderBound } from '../customer-orders';
import type { Say } from '../say';
import type { Situation } from '../situation';
import type { ServiceId } from './catalogue';
import type { ManagersHeld } from './manager-brake';

export type LeftOutWhy = 'in-place' | 'no-mandate' | 'spend' | 'not-offered';

export interface DesignInput {
  situation: Situation;
  maturity: Maturity;
  shape: PmoShape;
  /** The degree of control; null for no office and capability first. */
  model: PmoModelId | null;
  scope: PmoScope;
  /** Yearly cost of one internal person-day, to hold the office to its share of spend. */
  internalDayRate: number;
  expectations?: Readonly<Record<string, number>>;
  importance?: Readonly<Record<string, number>>;
  /** Dimensions most respondents answered "not applicable": no service is built for them alone. */
  notApplicable?: ReadonlySet<string>;
  /** Status reporting in its lean form, after the decisions it feeds (in-place.ts, leanReporting). */
  leanReporting?: boolean;
  /** Services the office in place ran that are handed over: they come first (in-place.ts, handedOver). */
  handOver?: readonly ServiceId[];
  /** The benefits are stated and not followed (benefits-context.ts); undefined where not rated. */
  benefitsInPlay?: boolean;
  /** A group's hub alone, its units' offices shown apart (hub-first.ts). */
  hubOnly?: boolean;
  /** The share of its hours an office at a line holds as the part-time help below it (help-ramp.ts). */
  helpShare?: number;
  say: Say;
}

export interface OfficeDesign {
  services: PmoService[];
  staffing: Staffing | null;
  /** Person-days to set the chosen services up once. */
  setupDays: number;
  /** Sentences on the spend ceiling and anything it took out. */
  notes: string[];
  /** Expectation ids the office answers. */
  answered: ReadonlySet<string>;
  /** Services considered and left out, with the reason key. */
  leftOut: readonly { id: ServiceId; why: LeftOutWhy }[];
  /** The share of its services' effort the spend ceiling leaves (1: not capped). */
  /** The share of its services the spend ceiling alone leaves the office (1 where the ceiling did not cut it). */
  ceilingScale?: number;
  spendScale?: number;
  /** The FTE its services need before any ceiling scales them (middle of the range). */
  needFte?: number;
  /** The range its services need, before an office in place is weighed against it (decide.ts). */
  servicesFte?: { min: number; max: number };
  /** Up to this day rate the spend ceiling leaves the office as designed (no spend: no limit). */
  wholeUpToRate?: number;
  /** The organisation's headcount, not the services, set its size. */
  headcountCapped?: boolean;
  /** The bound on an office for customer orders held it (customer-orders.ts), not the spend. */
  ordersHeld?: OrderBound;
  /** The managers' brake held it (manager-brake.ts): the FTE it is held to and the leads it serves. */
  managersHeld?: ManagersHeld;
  /** Which of the staffing's roles leads the office (none where no role does). */
  leadRole?: number;
  /** The FTE of the role that leads the office, kept where roles are not named (a decision's labels alone). */
  leadFte?: number;
  /** A hub and spoke's hub holds a controlling service in full (roles.ts, centreControls). */
  centreControls?: boolean;
  /** The FTE of the units' offices left apart while a team assessment confirms them (hub-first.ts). */
  unitsApart?: number;
}
