import type { ModelFit, PmoAction, PmoModelId, PmoShape, SourcingFit, SourcingId } from '../contract/result';
import type { NoCall } from './fit-pressures';
import type { OfficeDesign } from './office/design';
import type { ShapeReason } from './office/shape';
import type { NeedAssessment } from './pmo-need';
import type { Situation } from './situation';

/** The decisions in order (decide.ts), and what each decision saw. */
export interface Decision {
  situation: Situation;
  need: NeedAssessment;
  fit: ModelFit[];
  sourcingFit: SourcingFit[];
  /** The best eligible model, recommended or not. */
  best: ModelFit;
  /** An office is recommended (false for no office and for capability first). */
  needed: boolean;
  shape: PmoShape;
  shapeReason: ShapeReason;
  /**
   * Why the model differs from the best fit: a light office, the office in place keeping its
   * model (the best leads by too little, or nothing calls for more control: `noCall`), or evidence
   * too thin to carry more control (thin-evidence.ts).
   */
  modelReason: 'best' | 'light' | 'in-place' | 'thin';
  noCall: NoCall | null;
  office: OfficeDesign;
  action: PmoAction;
  actionReason: string;
  model: PmoModelId | null;
  sourcing: SourcingId | null;
  /** A spend ceiling left no room for a contract lead: own people lead, coached (sourcing-paid.ts). */
  coachedLead?: boolean;
  /** What the contract lead would have left unstaffed, where an own lead is coached instead (sourcing-paid.ts). */
  coachedUnstaffed?: { fte: number; own: number };
  /** A reset's cut on thin evidence is a target: the HR step waits for the health check (thin-evidence.ts). */
  cutWaits?: boolean;
}

/** What the sensitivity analysis compares: the verdict the result shows, the model and the sourcing. */
export interface Labels {
  verdict: 'none' | 'needed' | 'programme';
  model: PmoModelId | 'none';
  sourcing: SourcingId | 'none';
}

/** The labels of a decision: an office too small for one is a part-time role, not needed (round 13). */
export const labelOf = (d: Pick<Decision, 'needed' | 'need' | 'model' | 'sourcing'>): Labels => ({
  verdict: d.needed ? (d.need.scope === 'programme' ? 'programme' : 'needed') : 'none',
  model: d.model ?? 'none',
  sourcing: d.sourcing ?? 'none',
});
